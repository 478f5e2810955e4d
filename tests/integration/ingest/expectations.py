"""Helpers of the ingest integration tests: the seed and its expected article, reading a topic back."""

from __future__ import annotations

import asyncio
import hashlib
import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from newswire_ingest.errors import RejectedInputError
from newswire_ingest.parsers import parse_file
from newswire_runtime import KafkaSettings
from newswire_schemas import Article

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_b24a64fc9477b906.txt"
# An XML document declaring an entity: every parser refuses it, whatever format detection decides.
MALFORMED = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY boom "boom">]>\n<x>&boom;</x>\n'


def rejected_error_names() -> set[str]:
    """Class names of every RejectedInputError subclass (what a dead letter of bad input may carry)."""
    found: set[str] = set()
    todo: list[type[BaseException]] = [RejectedInputError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def expected_seed_article() -> Article:
    """The article the parser makes of the seed (what every channel must publish, channel aside)."""
    (article,) = parse_file(
        SEED.read_bytes(),
        file_name=SEED.name,
        content_type=None,
        channel="cli",
        received_at=datetime.now(UTC),
    ).articles
    return article


def assert_is_seed_article(article: Article, channel: str) -> None:
    """``article`` is the seed's article as published by ``channel``."""
    expected = expected_seed_article()
    assert article.channel == channel
    assert article.content_hash == "sha256:" + hashlib.sha256(SEED.read_bytes()).hexdigest()
    ignored = {"channel", "received_at", "file_name"}
    assert article.model_dump(exclude=ignored) == expected.model_dump(exclude=ignored)


async def read_topic(
    kafka: KafkaSettings, topic: str, *, count: int, within: float = 30.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """Read ``topic`` from the beginning (no group) until ``count`` records arrived or ``within`` seconds passed."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka.bootstrap_servers, enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        deadline = time.monotonic() + within
        while not partitions and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        records: list[ConsumerRecord[bytes, bytes]] = []
        while len(records) < count and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=300)
            for batch in batches.values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


async def articles_on(kafka: KafkaSettings, *, count: int, within: float = 30.0) -> list[Article]:
    """The first ``count`` articles of the articles topic, validated with the shared model."""
    records = await read_topic(kafka, kafka.articles_topic, count=count, within=within)
    for record in records:
        assert dict(record.headers)["schema"] == b"newswire.article/2"
    articles = [Article.model_validate_json(r.value) for r in records]
    assert all(r.key == a.id.encode() for r, a in zip(records, articles, strict=True))
    return articles
