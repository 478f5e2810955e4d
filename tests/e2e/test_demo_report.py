"""`newswire demo` twice on the same stack: each report says what became of its own run's articles, and only those.

The first run sends a one-line flash, a title without text (rejected), an embargoed NITF story and a NewsML-G2
message of several items. The second run sends the title again, now with its text, the same flash, and a kill of
the embargoed story. The second run's services re-read the whole inbox (new consumer groups), so the first run's
rejected file is rejected again under the first run's id: the second report must not show it.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from newswire_cli.demo import run_files
from newswire_runtime import ElasticsearchSettings, KafkaSettings

FIXTURES = Path(__file__).resolve().parents[1] / "unit" / "ingest" / "fixtures"

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]


def _statuses(report: list[dict[str, Any]]) -> dict[str, list[str]]:
    """File name → the status of each of its entries, in order."""
    found: dict[str, list[str]] = {}
    for entry in report:
        found.setdefault(entry["file"], []).append(entry["status"])
    return found


def _embargoed_nitf(until: datetime) -> bytes:
    """The embargoed NITF fixture, released at ``until`` instead of its own date."""
    text = (FIXTURES / "wire" / "nitf-embargoed.xml").read_text(encoding="utf-8")
    return text.replace("20261202T140000+0300", until.strftime("%Y%m%dT%H%M%S+0000")).encode()


async def test_each_demo_report_covers_its_own_run_only(
    kafka_settings: KafkaSettings, es_settings: ElasticsearchSettings, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(FIXTURES / "wire" / "flash.txt", first / "flash.txt")
    (first / "story.txt").write_text("Boğaz köprüsünde trafik durdu\n", encoding="utf-8")
    (first / "embargoed.xml").write_bytes(_embargoed_nitf(datetime.now(UTC) + timedelta(days=1)))
    shutil.copy(FIXTURES / "newsml-g2-message-package.xml", first / "message.xml")

    report = (
        await run_files(kafka_settings, es_settings, sorted(first.iterdir()), tmp_path / "1", timeout_s=300)
    ).entries()
    statuses = _statuses(report)
    assert statuses["flash.txt"] == ["indexed"]
    assert statuses["story.txt"] == ["rejected"]
    assert statuses["embargoed.xml"] == ["embargoed"]
    assert len(statuses["message.xml"]) > 1, "every article of the message is reported"
    assert set(statuses["message.xml"]) == {"indexed"}
    flash = next(entry for entry in report if entry["file"] == "flash.txt")
    assert (flash["urgency"], flash["headline_only"]) == (1, True)
    assert flash["headline"] == "İstanbul Boğazı gemi trafiğine kapatıldı"
    held = next(entry for entry in report if entry["file"] == "embargoed.xml")
    assert (held["urgency"], held["embargoed_until"] is not None) == (2, True)
    assert "Türkiye Cumhuriyet Merkez Bankası" in held["entities"]["ORG"], "the agency's own entity, merged"

    shutil.copy(FIXTURES / "wire" / "flash.txt", second / "flash.txt")
    story = "Boğaz köprüsünde trafik durdu\n\nKöprüde arızalanan bir araç nedeniyle trafik bir saat durdu.\n"
    (second / "story.txt").write_text(story, encoding="utf-8")
    shutil.copy(FIXTURES / "wire" / "nitf-kill.xml", second / "kill.xml")

    report = (
        await run_files(kafka_settings, es_settings, sorted(second.iterdir()), tmp_path / "2", timeout_s=300)
    ).entries()
    assert _statuses(report) == {"flash.txt": ["unchanged"], "story.txt": ["indexed"], "kill.xml": ["withdrawn"]}
