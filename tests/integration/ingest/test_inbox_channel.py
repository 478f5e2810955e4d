"""Inbox channel on real Kafka: raw files in, articles or dead letters out, offsets committed, replays idempotent."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from newswire_ingest.channels.inbox import InboxChannel
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_schemas import DeadLetter, InboxHeaders

from tests.integration.ingest.expectations import (
    MALFORMED,
    SEED,
    articles_on,
    assert_is_seed_article,
    read_topic,
    rejected_error_names,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


async def _feed(publisher: Publisher, settings: IngestSettings) -> None:
    """Put the seed and a malformed file on the inbox topic, the way `newswire feed` does (same partition)."""
    topic = settings.kafka.inbox_topic
    for name, data in ((SEED.name, SEED.read_bytes()), ("broken.xml", MALFORMED)):
        headers = InboxHeaders(file_name=name, content_type="text/plain").to_kafka()
        await publisher.send_raw(topic, b"inbox-test", data, headers)


async def _run_until(channel: InboxChannel, settings: IngestSettings, *, articles: int) -> None:
    """Run the inbox channel until ``articles`` articles are on the topic, then stop it cleanly."""
    stop = asyncio.Event()
    task = asyncio.create_task(channel.run(stop))
    try:
        await articles_on(settings.kafka, count=articles, within=60)
        await asyncio.sleep(1.0)  # let the batch commit
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=15)


async def _committed(settings: IngestSettings, group: str) -> int:
    """Sum of the committed offsets of ``group`` on the inbox topic."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap_servers)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == settings.kafka.inbox_topic)


async def test_inbox_to_article_and_dead_letter(ingest_settings: IngestSettings, publisher: Publisher) -> None:
    await _feed(publisher, ingest_settings)
    pipeline = Pipeline.from_settings(publisher, ingest_settings)
    await _run_until(InboxChannel(ingest_settings, pipeline), ingest_settings, articles=1)

    (article,) = await articles_on(ingest_settings.kafka, count=1)
    assert_is_seed_article(article, "inbox")
    assert article.file_name == SEED.name
    (record,) = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=1)
    letter = DeadLetter.model_validate_json(record.value)
    assert letter.error_class in rejected_error_names()
    assert letter.reason
    assert letter.payload == MALFORMED
    assert letter.source_topic == ingest_settings.kafka.inbox_topic
    assert letter.source_partition is not None
    assert letter.source_offset == 1
    assert letter.file_name == "broken.xml"
    assert await _committed(ingest_settings, ingest_settings.group_id) == 2


async def test_replay_gives_the_same_ids(ingest_settings: IngestSettings, publisher: Publisher) -> None:
    await _feed(publisher, ingest_settings)
    pipeline = Pipeline.from_settings(publisher, ingest_settings)
    await _run_until(InboxChannel(ingest_settings, pipeline), ingest_settings, articles=1)
    # A new consumer group reads the inbox again from the start: a full replay.
    replay = ingest_settings.model_copy(update={"group_id": ingest_settings.group_id + "-replay"})
    await _run_until(InboxChannel(replay, pipeline), replay, articles=2)

    articles = await articles_on(ingest_settings.kafka, count=2)
    assert len(articles) == 2
    assert articles[0].id == articles[1].id
    letters = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=2)
    assert len({DeadLetter.model_validate_json(r.value).id for r in letters}) == 1
