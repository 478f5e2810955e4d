"""Dead letters raised by the indexer: built from a rejection, published to Kafka, indexed for search."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from newswire_runtime import RetryBudget, build_dead_letter, log_fields, retry_transient
from newswire_schemas import DeadLetter, key_for

from newswire_indexer.items import Rejection

logger = logging.getLogger(__name__)

MAX_PAYLOAD_BYTES = 512 * 1024
"""Payload kept in a dead letter; larger values are truncated (the Kafka record still has them)."""


def build_deadletter(rejection: Rejection, *, failed_at: datetime | None = None) -> DeadLetter:
    """The DeadLetter record of one rejected Kafka record (its id from the coordinates: a replay overwrites it)."""
    origin = rejection.origin
    letter = build_dead_letter(
        "indexer",
        origin.value,
        error_class=rejection.error_class,
        reason=rejection.reason,
        source=origin,
        file_name=origin.file_name,
        content_type="application/json",
        channel=origin.channel,
        article_id=origin.article_id,
        max_payload_bytes=MAX_PAYLOAD_BYTES,
        failed_at=failed_at,
    )
    # the run id of a traced article travels on (the shared builder does not know it)
    return letter if origin.run_id is None else letter.model_copy(update={"run_id": origin.run_id})


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
                extra=log_fields(letter),
            )
