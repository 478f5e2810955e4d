"""Dead letters raised by the indexer: built from a rejection, published to Kafka, indexed for search."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from newswire_schemas import DeadLetter, key_for

from newswire_indexer.backoff import RetryBudget, retry_transient
from newswire_indexer.items import Origin, Rejection

logger = logging.getLogger(__name__)

MAX_PAYLOAD_BYTES = 512 * 1024
"""Payload kept in a dead letter; larger values are truncated (the Kafka record still has them)."""


def deadletter_id(origin: Origin) -> str:
    """Stable id from the source coordinates, so a replay overwrites rather than duplicates."""
    return f"indexer:{origin.topic}:{origin.partition}:{origin.offset}"


def build_deadletter(rejection: Rejection, *, failed_at: datetime | None = None) -> DeadLetter:
    """The DeadLetter record of one rejected Kafka record."""
    origin = rejection.origin
    payload = origin.value[:MAX_PAYLOAD_BYTES]
    return DeadLetter(
        id=deadletter_id(origin),
        stage="indexer",
        error_class=rejection.error_class,
        reason=rejection.reason,
        retriable=False,
        payload=payload,
        payload_size=len(origin.value),
        payload_truncated=len(payload) < len(origin.value),
        file_name=origin.file_name,
        content_type="application/json",
        article_id=origin.article_id,
        channel=origin.channel,
        source_topic=origin.topic,
        source_partition=origin.partition,
        source_offset=origin.offset,
        failed_at=failed_at or datetime.now(tz=UTC),
    )


def _transient_kafka(exc: Exception) -> bool:
    """Kafka errors flagged retriable, and timeouts, are worth another try."""
    return isinstance(exc, asyncio.TimeoutError) or (isinstance(exc, KafkaError) and bool(exc.retriable))


class DeadLetterPublisher:
    """Publishes the indexer's dead letters, retrying until Kafka acknowledges every one."""

    def __init__(self, producer: AIOKafkaProducer, topic: str) -> None:
        self._producer = producer
        self._topic = topic

    async def publish(self, letters: list[DeadLetter], budget: RetryBudget) -> None:
        """Send all letters and wait for their acknowledgements (before the batch's offsets are committed)."""
        if letters:
            await retry_transient(budget, "dead-letter publish", lambda: self._send(letters), _transient_kafka)

    async def _send(self, letters: list[DeadLetter]) -> None:
        """One attempt: enqueue everything, then await every delivery."""
        deliveries = [
            await self._producer.send(self._topic, value=letter.model_dump_json().encode(), key=key_for(letter))
            for letter in letters
        ]
        await asyncio.gather(*deliveries)
        for letter in letters:
            logger.warning(
                "dead-lettered %s:%s:%s article %s: %s",
                letter.source_topic,
                letter.source_partition,
                letter.source_offset,
                letter.article_id,
                letter.reason,
            )
