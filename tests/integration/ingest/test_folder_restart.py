"""Crash safety of the folder channel: killed between publish and move, the file is re-sent under the same id."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from newswire_ingest.settings import IngestSettings

from tests.integration.ingest.expectations import SEED, articles_on, assert_is_seed_article

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(180)]


def _start_service(settings: IngestSettings, pause: float, log: Path) -> subprocess.Popen[bytes]:
    """``python -m newswire_ingest serve`` running only the folder channel, in its own process."""
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": settings.kafka.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": settings.kafka.topic_prefix,
        "INGEST_CHANNELS": "folder",
        "INGEST_WATCH_DIR": str(settings.watch_dir),
        "INGEST_MIN_FILE_AGE": "0",
        "INGEST_POLL_INTERVAL": "0.2",
        "INGEST_FOLDER_PAUSE_AFTER_PUBLISH": str(pause),
        "INGEST_LOG_FORMAT": "json",
    }
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "newswire_ingest", "serve"], env=env, stdout=out, stderr=out)


async def test_kill_between_publish_and_move(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    watch = ingest_settings.watch_dir
    (watch / "desk").mkdir(parents=True)
    shutil.copy(SEED, watch / "desk" / SEED.name)
    log = tmp_path / "service.log"

    first = _start_service(ingest_settings, pause=60.0, log=log)
    try:
        (published,) = await articles_on(ingest_settings.kafka, count=1, within=60)
    finally:
        # SIGKILL: no cleanup, exactly as a crash between the acknowledgement and the move.
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    assert (watch / "desk" / SEED.name).exists(), log.read_text()
    assert not (ingest_settings.processed_path / "desk" / SEED.name).exists()

    second = _start_service(ingest_settings, pause=0.0, log=log)
    try:
        deadline = time.monotonic() + 60
        while not (ingest_settings.processed_path / "desk" / SEED.name).exists():
            assert second.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            await asyncio.sleep(0.2)
    finally:
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0, log.read_text()
    assert not (watch / "desk" / SEED.name).exists()

    articles = await articles_on(ingest_settings.kafka, count=2, within=15)
    assert len(articles) == 2
    assert {a.id for a in articles} == {published.id}
    for article in articles:
        assert_is_seed_article(article, "folder")
