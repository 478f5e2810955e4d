"""Dead letters on the dead-letter topic: every partition read from its start to where it ended when asked.

The topic keeps whole payloads (the index keeps small ones only) for its retention (``TOPIC_SPECS``: 30 days).
A letter written twice (the same input refused again) counts once, as its latest copy.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiokafka import TopicPartition
from newswire_runtime import KafkaSettings, new_admin, new_consumer
from newswire_schemas import DeadLetter
from pydantic import ValidationError

from newswire_cli.errors import CliError
from newswire_cli.replay.letters import LetterFilter, StoredLetter

logger = logging.getLogger(__name__)

POLL_MS = 1000


async def from_topic(kafka: KafkaSettings, chosen: LetterFilter, limit: int) -> tuple[list[StoredLetter], int]:
    """The newest ``limit`` dead letters on the topic the filter chooses, and how many it chooses in all."""
    found: dict[str, DeadLetter] = {}
    async for letter in _read_all(kafka):
        if chosen.matches(letter):
            found[letter.id] = letter
    newest = sorted(found.values(), key=lambda letter: letter.failed_at, reverse=True)
    return [StoredLetter(letter) for letter in newest[:limit]], len(newest)


async def _read_all(kafka: KafkaSettings) -> AsyncIterator[DeadLetter]:
    """Every dead letter on the topic up to its end offsets at the start (no consumer group, nothing committed)."""
    topic = kafka.deadletter_topic
    assigned = [TopicPartition(topic, partition) for partition in await _partitions(kafka, topic)]
    consumer = new_consumer(kafka, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    try:
        consumer.assign(assigned)
        await consumer.seek_to_beginning(*assigned)
        ends = await consumer.end_offsets(assigned)
        remaining = {tp for tp in assigned if ends[tp] > await consumer.position(tp)}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=POLL_MS)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < ends[tp] and (letter := _decode(record.value, tp, record.offset)) is not None:
                        yield letter
            remaining = {tp for tp in remaining if await consumer.position(tp) < ends[tp]}
    finally:
        await consumer.stop()


async def _partitions(kafka: KafkaSettings, topic: str) -> list[int]:
    """The topic's partitions, from the brokers (never creating it); a missing topic is the operator's to hear about."""
    admin = new_admin(kafka)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"] or not described["partitions"]:
        raise CliError(f"no topic {topic} on the brokers (another KAFKA_TOPIC_PREFIX?)")
    return sorted(partition["partition"] for partition in described["partitions"])


def _decode(value: bytes | None, tp: TopicPartition, offset: int) -> DeadLetter | None:
    """A dead letter, or None (logged) for a record that is not one."""
    try:
        return DeadLetter.model_validate_json(value or b"")
    except ValidationError:
        logger.warning("not a dead letter at %s[%d]@%d: skipped", tp.topic, tp.partition, offset)
        return None
