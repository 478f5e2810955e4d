"""Inbox channel: consume raw files from the inbox topic and commit only what Kafka has acknowledged downstream."""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError
from newswire_runtime import Backoff, close_all, new_consumer, sleep_or_stop
from newswire_schemas import INBOX, TOPIC_SPECS, InboxHeaders
from pydantic import ValidationError

from newswire_ingest.deadletters import Source
from newswire_ingest.errors import RetriableError
from newswire_ingest.pipeline import Outcome, Pipeline
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)


def source_of(record: ConsumerRecord[bytes, bytes]) -> Source:
    """The pipeline source of an inbox record: headers decoded with the shared contract, plus coordinates."""
    try:
        headers = InboxHeaders.from_kafka(list(record.headers or ()))
    except ValidationError as exc:
        # Headers breaking the contract (e.g. a 2 kB file name) must not make the record a poison pill.
        logger.warning(
            "invalid inbox headers ignored: %s",
            exc.errors()[0]["msg"],
            extra={"topic": record.topic, "partition": record.partition, "offset": record.offset},
        )
        headers = InboxHeaders()
    return Source(
        channel="inbox",
        file_name=headers.file_name,
        content_type=headers.content_type,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        run_id=headers.run_id,
    )


class InboxChannel:
    """Consumes ``newswire.inbox`` in batches; a batch is committed once all its outputs are acknowledged."""

    def __init__(self, settings: IngestSettings, pipeline: Pipeline) -> None:
        self._settings = settings
        self._pipeline = pipeline
        self._consumer: AIOKafkaConsumer | None = None

    def _new_consumer(self) -> AIOKafkaConsumer:
        """A consumer of the inbox topic with manual commits."""
        largest = max(self._settings.max_bytes + 64 * 1024, TOPIC_SPECS[INBOX].max_message_bytes)
        return new_consumer(
            self._settings.kafka,
            self._settings.kafka.inbox_topic,
            group_id=self._settings.group_id,
            client_id="newswire-ingest-inbox",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            # A message is a whole file: let one fetch carry the largest message the topic (or we) accept.
            max_partition_fetch_bytes=largest,
            fetch_max_bytes=max(largest * 2, 52428800),
        )

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set, starting (and restarting) the consumer with backoff."""
        failures = 0
        backoff = Backoff(self._settings.retry_backoff, self._settings.retry_backoff_max)
        while not stop.is_set():
            consumer = self._new_consumer()
            try:
                await consumer.start()
                logger.info("inbox consumer started", extra={"topic": self._settings.kafka.inbox_topic})
                self._consumer = consumer
                failures = 0
                await self._consume(consumer, stop)
            except (KafkaError, RetriableError) as exc:
                failures += 1
                delay = backoff.delay(failures)
                logger.warning("inbox consumer failed, restarting in %.1fs: %r", delay, exc)
                await sleep_or_stop(stop, delay)
            finally:
                self._consumer = None
                await close_all(("inbox consumer", consumer.stop))

    async def _consume(self, consumer: AIOKafkaConsumer, stop: asyncio.Event) -> None:
        """Fetch, process and commit batches until ``stop`` is set."""
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=self._settings.inbox_batch_size)
            for tp, records in batches.items():
                await self.process_batch(consumer, tp, records)

    async def process_batch(
        self, consumer: AIOKafkaConsumer, tp: TopicPartition, records: list[ConsumerRecord[bytes, bytes]]
    ) -> list[Outcome]:
        """Process one partition's records, then commit past the last; on a retriable failure rewind instead."""
        if not records:
            return []
        # Sends are issued in offset order and awaited together, so a batch costs one round trip, not one per file.
        tasks = [asyncio.ensure_future(self._process_one(record)) for record in records]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        failure = next((r for r in results if isinstance(r, BaseException)), None)
        if failure is not None:
            # Nothing of this batch is committed: rewind so every record is processed again (same ids on replay).
            consumer.seek(tp, records[0].offset)
            if isinstance(failure, RetriableError):
                raise failure
            raise RetriableError(f"inbox batch failed on {tp.topic}[{tp.partition}]: {failure!r}") from failure
        await consumer.commit({tp: records[-1].offset + 1})
        return [r for r in results if not isinstance(r, BaseException)]

    async def _process_one(self, record: ConsumerRecord[bytes, bytes]) -> Outcome:
        """Run one record through the pipeline (a tombstone counts as an empty file)."""
        source = source_of(record)
        data = record.value or b""
        try:
            return await self._pipeline.process(data, source)
        except RetriableError:
            logger.warning("publish failed; the batch will be retried", extra=source.log_extra())
            raise
        except Exception as exc:
            # Anything else would fail the same way on every retry: dead-letter the record so the partition moves on.
            logger.exception("unexpected error on an inbox record", extra=source.log_extra())
            return await self._pipeline.reject(data, source, exc)
