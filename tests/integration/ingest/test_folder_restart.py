"""Crash safety of the folder channel: killed between publish and move, the file is filed on restart, not re-sent.

The outcome is in the folder ledger (fsynced) before the move; a restarted service finds the file there and only
moves it. (A crash before the ledger write re-sends it under the same id, which downstream idempotency absorbs.)
"""

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
        deadline = time.monotonic() + 30
        while '"pausing before move"' not in log.read_text():  # logged once the outcome is in the ledger
            assert time.monotonic() < deadline, log.read_text()
            await asyncio.sleep(0.1)
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

    (article,) = await articles_on(ingest_settings.kafka, count=2, within=10)  # one: never published again
    assert article.id == published.id
    assert_is_seed_article(article, "folder")
    assert '"file processed"' in log.read_text()


async def test_a_file_whose_move_fails_is_published_once_across_restarts(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    watch, processed = ingest_settings.watch_dir, ingest_settings.processed_path
    (watch / "desk").mkdir(parents=True)
    processed.mkdir(parents=True)
    (processed / "desk").write_bytes(b"")  # a file where the folder should be: every move fails
    shutil.copy(SEED, watch / "desk" / SEED.name)
    log = tmp_path / "service.log"
    for run in range(2):  # publish, then a restart with the move still failing
        service = _start_service(ingest_settings, pause=0.0, log=log)
        try:
            await articles_on(ingest_settings.kafka, count=1, within=60)
            # this run has tried the move (a restart on a loaded machine may take longer than a fixed sleep to poll:
            # the article of the first run is on the topic already), then a few polls more
            deadline = time.monotonic() + 60
            while _move_failures(log) < run + 1:
                assert time.monotonic() < deadline, log.read_text()
                await asyncio.sleep(0.2)
            await asyncio.sleep(2)
        finally:
            service.send_signal(signal.SIGTERM)
            assert service.wait(timeout=30) == 0, log.read_text()
        assert (watch / "desk" / SEED.name).exists()
    (processed / "desk").unlink()
    service = _start_service(ingest_settings, pause=0.0, log=log)
    try:
        deadline = time.monotonic() + 60
        while not (processed / "desk" / SEED.name).exists():
            assert time.monotonic() < deadline, log.read_text()
            await asyncio.sleep(0.2)
    finally:
        service.send_signal(signal.SIGTERM)
        assert service.wait(timeout=30) == 0, log.read_text()
    articles = await articles_on(ingest_settings.kafka, count=2, within=10)
    assert len(articles) == 1, "the file was published again"
    assert _move_failures(log) == 2  # once per run that tried, not once per poll


def _move_failures(log: Path) -> int:
    """How many times the service's log says a move of an ingested file failed."""
    return log.read_text().count('"cannot move ingested file"') if log.exists() else 0
