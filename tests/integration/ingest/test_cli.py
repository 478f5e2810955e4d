"""The CLI on real Kafka: exit codes and what lands on the topics."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from newswire_ingest.cli import main
from newswire_ingest.settings import IngestSettings

from tests.integration.ingest.expectations import MALFORMED, SEED, articles_on, assert_is_seed_article, read_topic

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


@pytest.fixture
def kafka_env(ingest_settings: IngestSettings, monkeypatch: pytest.MonkeyPatch) -> IngestSettings:
    """Point the CLI (which reads its settings from the environment) at this test's topics."""
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", ingest_settings.kafka.bootstrap_servers)
    monkeypatch.setenv("KAFKA_TOPIC_PREFIX", ingest_settings.kafka.topic_prefix)
    return ingest_settings


async def test_cli_publishes_folder_and_reports_rejections(
    kafka_env: IngestSettings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "in" / "sub" / SEED.name)
    (tmp_path / "in" / "broken.xml").write_bytes(MALFORMED)
    (tmp_path / "in" / "skip.tmp").write_bytes(b"partial")
    # main() runs its own event loop, so it goes to a worker thread to stay out of the test's loop.
    code = await asyncio.to_thread(main, [str(tmp_path / "in"), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "published 1, rejected 1" in out
    (article,) = await articles_on(kafka_env.kafka, count=1)
    assert_is_seed_article(article, "cli")
    assert len(await read_topic(kafka_env.kafka, kafka_env.kafka.deadletter_topic, count=1)) == 1


async def test_dry_run_publishes_nothing(kafka_env: IngestSettings, capsys: pytest.CaptureFixture[str]) -> None:
    assert await asyncio.to_thread(main, [str(SEED), "--dry-run", "--no-progress"]) == 0
    assert "parsed 1, rejected 0" in capsys.readouterr().out
    assert await read_topic(kafka_env.kafka, kafka_env.kafka.articles_topic, count=1, within=3) == []


def test_unreachable_broker_is_exit_4_not_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1")
    assert main([str(SEED), "--no-progress"]) == 4
    assert "Kafka at 127.0.0.1:1 unreachable" in capsys.readouterr().err
