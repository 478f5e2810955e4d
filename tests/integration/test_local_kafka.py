"""Round trips through the session's real Kafka broker with aiokafka, the client under every service."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from newswire_runtime import KafkaSettings

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


async def _consume(settings: KafkaSettings, topic: str, group: str, count: int) -> list[tuple[bytes, bytes]]:
    """Read ``count`` messages from the start of ``topic`` as one consumer group member."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        received: list[tuple[bytes, bytes]] = []
        while len(received) < count:
            batches = await consumer.getmany(timeout_ms=10_000)
            assert batches, f"no message within 10 s; got {len(received)} of {count}"
            for records in batches.values():
                received += [(record.key, record.value) for record in records]
        await consumer.commit()
        return received
    finally:
        await consumer.stop()


async def test_produced_messages_come_back_in_order(kafka_settings: KafkaSettings, unique_group: str) -> None:
    sent = [(f"article-{n}".encode(), f'{{"n": {n}}}'.encode()) for n in range(5)]
    producer = AIOKafkaProducer(bootstrap_servers=kafka_settings.bootstrap_servers)
    await producer.start()
    try:
        for key, value in sent:
            await producer.send_and_wait(kafka_settings.articles_topic, value=value, key=key)
    finally:
        await producer.stop()

    assert await _consume(kafka_settings, kafka_settings.articles_topic, unique_group, len(sent)) == sent


async def test_idempotent_producer_with_acks_all_writes_each_message_once(
    kafka_settings: KafkaSettings, unique_group: str
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=kafka_settings.bootstrap_servers, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        results = [
            await producer.send_and_wait(kafka_settings.enriched_topic, value=b"v%d" % n, key=b"k%d" % n)
            for n in range(10)
        ]
    finally:
        await producer.stop()

    assert [result.offset for result in results] == list(range(10))
    received = await _consume(kafka_settings, kafka_settings.enriched_topic, unique_group, 10)
    assert [value for _, value in received] == [b"v%d" % n for n in range(10)]


async def test_topics_of_the_fixture_are_its_own(kafka_settings: KafkaSettings) -> None:
    assert kafka_settings.topic_prefix.startswith("test-")
    assert kafka_settings.inbox_topic == f"{kafka_settings.topic_prefix}newswire.inbox"
