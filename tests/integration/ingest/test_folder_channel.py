"""Folder channel on real Kafka: the seed becomes the expected article, bad files become dead letters."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import Callable

import pytest
from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_schemas import DeadLetter

from tests.integration.ingest.expectations import (
    MALFORMED,
    SEED,
    articles_on,
    assert_is_seed_article,
    read_topic,
    rejected_error_names,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


async def test_seed_published_then_moved(ingest_settings: IngestSettings, publisher: Publisher) -> None:
    watch = ingest_settings.watch_dir
    (watch / "agency").mkdir(parents=True)
    shutil.copy(SEED, watch / "agency" / SEED.name)
    channel = FolderChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings))
    assert len(await channel.scan_once()) == 1
    (article,) = await articles_on(ingest_settings.kafka, count=1)
    assert_is_seed_article(article, "folder")
    assert article.file_name == SEED.name
    assert (ingest_settings.processed_path / "agency" / SEED.name).read_bytes() == SEED.read_bytes()
    assert not (watch / "agency" / SEED.name).exists()


async def test_bad_file_dead_lettered_and_service_keeps_running(
    ingest_settings: IngestSettings, publisher: Publisher
) -> None:
    watch = ingest_settings.watch_dir
    watch.mkdir(parents=True)
    channel = FolderChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings))
    stop = asyncio.Event()
    task = asyncio.create_task(channel.run(stop))
    try:
        (watch / "broken.xml").write_bytes(MALFORMED)
        await _wait_for((ingest_settings.failed_path / "broken.xml.error.json").exists)
        shutil.copy(SEED, watch / SEED.name)
        await _wait_for((ingest_settings.processed_path / SEED.name).exists)
        assert not task.done()
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
    (record,) = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=1)
    letter = DeadLetter.model_validate_json(record.value)
    assert letter.stage == "ingest"
    assert letter.error_class in rejected_error_names()
    assert letter.reason
    assert letter.payload == MALFORMED
    assert letter.file_name == "broken.xml"
    assert letter.channel == "folder"
    (article,) = await articles_on(ingest_settings.kafka, count=1)
    assert_is_seed_article(article, "folder")


async def _wait_for(condition: Callable[[], bool], within: float = 20.0) -> None:
    """Poll ``condition()`` until true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.1)


async def test_identical_empty_files_are_three_dead_letters(
    ingest_settings: IngestSettings, publisher: Publisher
) -> None:
    watch = ingest_settings.watch_dir
    watch.mkdir(parents=True)
    for name in ("one.txt", "two.txt", "three.txt"):
        (watch / name).write_bytes(b"")
    channel = FolderChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings))
    outcomes = await channel.scan_once()
    assert len(outcomes) == 3
    records = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=3)
    letters = [DeadLetter.model_validate_json(record.value or b"") for record in records]
    assert len({letter.id for letter in letters}) == 3, [letter.id for letter in letters]
    assert len({record.key for record in records}) == 3
    assert len({letter.payload_sha256 for letter in letters}) == 1
    assert all(letter.id.startswith("ingest:folder:") for letter in letters)
