"""One idempotent producer for the re-sent records, each acknowledged before it counts as sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaProducer
from aiokafka.structs import RecordMetadata
from newswire_runtime import KafkaSettings, new_producer
from newswire_schemas import MAX_MESSAGE_BYTES

from newswire_cli.replay.targets import Resend


class Republisher:
    """Sends batches of records and waits for every acknowledgement."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self._producer = producer

    async def send(self, records: Sequence[Resend]) -> list[RecordMetadata]:
        """Send all, then await all; the broker's coordinates of each, in order."""
        deliveries = [await self._producer.send(r.topic, value=r.value, key=r.key, headers=r.headers) for r in records]
        return list(await asyncio.gather(*deliveries))


@asynccontextmanager
async def republisher(kafka: KafkaSettings) -> AsyncIterator[Republisher]:
    """A started producer (acks from every replica, idempotent), flushed and closed on exit."""
    producer = new_producer(
        kafka, client_id="newswire-replay", enable_idempotence=True, acks="all", max_request_size=MAX_MESSAGE_BYTES
    )
    await producer.start()
    try:
        yield Republisher(producer)
    finally:
        await producer.stop()
