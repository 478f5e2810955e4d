"""The consume → bulk → commit loop.

Offsets are committed only after every record of the batch has a final verdict (indexed, ignored as a replay,
or dead-lettered and acknowledged by Kafka). While Elasticsearch is retried the consumer's partitions are paused,
so nothing more is fetched (back-pressure), yet the loop keeps polling so the group does not evict it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaError
from elasticsearch import AsyncElasticsearch
from newswire_runtime import Backoff, RetryBudget, retry_transient

from newswire_indexer.batching import Batch
from newswire_indexer.bulk import BulkWriter
from newswire_indexer.deadletters import DeadLetterPublisher, build_deadletter
from newswire_indexer.decoding import RecordDecoder
from newswire_indexer.errors import as_retriable
from newswire_indexer.followups import FollowUps, WirePlan
from newswire_indexer.items import BulkItem, BulkOutcome, Rejection
from newswire_indexer.metrics import Health, IndexerMetrics
from newswire_indexer.routing import HomeIndexCache, HomeIndexRouter
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.withdrawals import stories_before

logger = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5
"""Longest wait for records before checking for shutdown again (the batch keeps filling afterwards)."""
KEEPALIVE_POLL_SECONDS = 1.0
"""Longest sleep between two polls of a paused consumer (keeps ``max.poll.interval.ms`` satisfied)."""
CPU_SLICE = 50
"""Records decoded or encoded between two yields to the event loop (a few milliseconds of CPU): the bulk in
flight gets its request onto the socket and its answer read while the next batch is being prepared."""


def _transient(exc: Exception) -> bool:
    """Elasticsearch unavailable, overloaded or timing out: retry."""
    return as_retriable(exc) is not None


@dataclass(slots=True)
class Prepared:
    """A decoded batch whose articles know their target index, ready to be written."""

    batch: Batch
    items: list[BulkItem]
    malformed: list[Rejection]
    now: datetime
    started: float
    plan: WirePlan


class IndexerWorker:
    """Consumes enriched articles and dead letters and writes them to Elasticsearch, at least once, idempotently."""

    def __init__(
        self,
        settings: IndexerSettings,
        *,
        es: AsyncElasticsearch,
        consumer: AIOKafkaConsumer,
        producer: AIOKafkaProducer,
        metrics: IndexerMetrics,
        health: Health,
    ) -> None:
        self._settings = settings
        self._consumer = consumer
        self._metrics = metrics
        self._health = health
        self._es = es
        self._decoder = RecordDecoder(settings)
        cache = HomeIndexCache(settings.home_cache_size)
        self._router = HomeIndexRouter(es, settings.elasticsearch.articles_alias, cache)
        self._followups = FollowUps(settings, self._router, metrics)
        self._writer = BulkWriter(
            es, self._task_budget, metrics.bulk_seconds, parallel_requests=settings.bulk_parallel_requests
        )
        self._publisher = DeadLetterPublisher(producer, settings.kafka.deadletter_topic)
        self._backoff = Backoff(settings.backoff_initial_ms / 1000, settings.backoff_max_ms / 1000)

    async def run(self, stop: asyncio.Event) -> None:
        """Loop until ``stop`` is set; the batches in hand are flushed and committed before returning.

        Up to ``max_in_flight_batches`` batches are written while the next one is fetched and decoded, so
        Elasticsearch never waits for Kafka or for this process's CPU. Offsets are still committed in order:
        each write task commits only after the task before it has committed.
        """
        self._health.started = True
        in_flight: deque[asyncio.Task[BulkOutcome]] = deque()
        limit = self._settings.max_in_flight_batches
        while not stop.is_set():
            batch = await self._collect(stop)
            prepared = await self.prepare(batch) if batch.records else None
            # bounded in-flight work: wait for the oldest write at the limit, and for all of them when idle
            while in_flight and (len(in_flight) >= limit or prepared is None or in_flight[0].done()):
                await self._await_polling(in_flight.popleft())
            if prepared is not None:
                after = in_flight[-1] if in_flight else None
                in_flight.append(asyncio.create_task(self.complete(prepared, after=after)))
        while in_flight:
            await self._await_polling(in_flight.popleft())
        logger.info("indexer loop stopped")

    def _new_batch(self) -> Batch:
        """An empty batch with the configured limits."""
        s = self._settings
        return Batch(max_docs=s.batch_max_docs, max_bytes=s.batch_max_bytes, max_wait=s.batch_max_wait_ms / 1000)

    async def _collect(self, stop: asyncio.Event) -> Batch:
        """Fetch until the batch is due or shutdown is requested."""
        batch = self._new_batch()
        while not batch.due and not stop.is_set():
            # never longer than IDLE_POLL_SECONDS: a stop must not wait for a slow batch to fill (SIGTERM is bounded)
            wait = min(IDLE_POLL_SECONDS, batch.remaining_wait() if batch.records else batch.max_wait)
            fetched = await self._consumer.getmany(timeout_ms=max(1, int(wait * 1000)), max_records=batch.room)
            for records in fetched.values():
                for record in records:
                    batch.add(record)
        return batch

    def _budget(self) -> RetryBudget:
        """A retry budget for the consume loop itself: its waits keep the consumer alive and paused."""
        return RetryBudget(self._backoff, self._paused_sleep, self._settings.max_retries, self._on_retry)

    def _task_budget(self) -> RetryBudget:
        """A retry budget for the write task: plain sleeps, the consume loop polls for it meanwhile."""
        return RetryBudget(self._backoff, asyncio.sleep, self._settings.max_retries, self._on_retry)

    def _on_retry(self, attempt: int, exhausted: bool) -> None:
        """Count the retry; past the soft limit report not-ready (but keep trying: never drop)."""
        self._metrics.retries.inc()
        self._health.degraded = exhausted

    async def _paused_sleep(self, seconds: float) -> None:
        """Back-pressure: fetch nothing new for ``seconds`` while still polling to stay in the group."""
        deadline = time.monotonic() + seconds
        try:
            while (left := deadline - time.monotonic()) > 0:
                # re-pause every round: a rebalance during the wait may have assigned fresh partitions
                self._consumer.pause(*self._consumer.assignment())
                stray = await self._consumer.getmany(timeout_ms=max(1, int(min(left, KEEPALIVE_POLL_SECONDS) * 1000)))
                for tp, records in stray.items():
                    # fetched from a partition assigned mid-wait: rewind so they come back after the retry
                    self._consumer.seek(tp, records[0].offset)
        finally:
            self._consumer.resume(*self._consumer.assignment())

    async def _await_polling(self, task: asyncio.Task[BulkOutcome]) -> BulkOutcome:
        """Wait for the write task; while it retries, poll the paused consumer so the group keeps us."""
        while True:
            done, _ = await asyncio.wait({task}, timeout=KEEPALIVE_POLL_SECONDS)
            if done:
                return task.result()
            await self._paused_sleep(0.001)

    async def flush(self, batch: Batch) -> BulkOutcome:
        """Index one batch completely, dead-letter what cannot be indexed, then commit its offsets."""
        return await self.complete(await self.prepare(batch))

    async def prepare(self, batch: Batch) -> Prepared:
        """Decode the batch and resolve each article's home index (retrying while Elasticsearch is away)."""
        started = time.monotonic()
        now = datetime.now(tz=UTC)
        budget = self._budget()
        decoded: list[BulkItem | Rejection] = []
        for start in range(0, len(batch.records), CPU_SLICE):
            decoded += [self._decoder.decode(record, now) for record in batch.records[start : start + CPU_SLICE]]
            await asyncio.sleep(0)
        items = [d for d in decoded if isinstance(d, BulkItem)]
        malformed = [d for d in decoded if isinstance(d, Rejection)]
        plan = await self._plan([i for i in items if i.version is not None], budget)
        items = [i for i in items if i.verdict is None]  # re-deliveries of what is stored are not sent again
        for start in range(0, len(items), CPU_SLICE):
            # serialised here, while the previous bulk is in flight, not on the critical path of the next one
            for item in items[start : start + CPU_SLICE]:
                item.encode()
            await asyncio.sleep(0)
        return Prepared(batch, items, malformed, now, started, plan)

    async def _plan(self, articles: list[BulkItem], budget: RetryBudget) -> WirePlan:
        """Each article's home (one lookup), re-deliveries set aside, the stories kills will replace (one mget)."""
        targets = await retry_transient(
            budget,
            "home index lookup",
            lambda: self._router.resolve([(i.doc_id, i.index) for i in articles]),
            _transient,
        )
        plan = self._followups.plan(articles, targets)
        plan.before = await retry_transient(
            budget, "stories before kills", lambda: stories_before(self._es, plan.kills), _transient
        )
        return plan

    async def complete(self, prepared: Prepared, *, after: asyncio.Task[BulkOutcome] | None = None) -> BulkOutcome:
        """Write a prepared batch, dead-letter what Elasticsearch refuses, then commit the batch's offsets.

        ``after`` is the write of the previous batch: this batch's offsets are committed only once it has
        committed its own (a failure there fails this batch too, so nothing past a gap is ever committed).
        """
        batch, malformed, now = prepared.batch, prepared.malformed, prepared.now
        budget = self._task_budget()
        outcome = await self._writer.write(prepared.items + await self._dead_letter(malformed, now, budget))
        outcome.ignored += len(prepared.plan.unchanged)
        if follow_ups := self._followups.after(prepared.plan, outcome, now):
            self._followups.report(await self._writer.write(follow_ups))
        if outcome.rejected:
            late = await self._writer.write(await self._dead_letter(outcome.rejected, now, budget))
            outcome.indexed += late.indexed
            outcome.retries += late.retries
            for lost in late.rejected:
                # the letter is on the dead-letter topic already; only its searchable copy is missing
                logger.error("dead letter of offset %s was refused too: %s", lost.origin.offset, lost.reason)
        if after is not None:
            await after
        await self._commit(batch, budget)
        self._record(batch, outcome, malformed, time.monotonic() - prepared.started)
        return outcome

    async def _dead_letter(self, rejections: list[Rejection], now: datetime, budget: RetryBudget) -> list[BulkItem]:
        """Publish rejections of articles as dead letters; return the items indexing them."""
        # a broken record of the dead-letter topic is already indexed as-is: publishing it again would loop
        to_publish = [r for r in rejections if r.origin.topic == self._settings.kafka.enriched_topic]
        letters = [build_deadletter(r, failed_at=now) for r in to_publish]
        await self._publisher.publish(letters, budget)
        for letter in letters:
            self._metrics.deadletters.labels(error_class=letter.error_class).inc()
        pairs = zip(letters, to_publish, strict=True)
        return [self._decoder.deadletter_item(letter, r.origin, now) for letter, r in pairs]

    async def _commit(self, batch: Batch, budget: RetryBudget) -> None:
        """Commit the batch's offsets for partitions still assigned; a lost partition's new owner replays (409s)."""
        assigned = self._consumer.assignment()
        offsets = {tp: offset for tp, offset in batch.next_offsets().items() if tp in assigned}
        if not offsets:
            return
        try:
            await retry_transient(
                budget,
                "offset commit",
                lambda: self._consumer.commit(offsets),
                lambda exc: isinstance(exc, KafkaError) and bool(exc.retriable),
            )
        except KafkaError as exc:
            logger.warning("commit of %s failed (%s): the batch will be replayed and ignored as 409s", offsets, exc)

    def _record(self, batch: Batch, outcome: BulkOutcome, malformed: list[Rejection], seconds: float) -> None:
        """Metrics and health after a flush."""
        m = self._metrics
        m.batch_seconds.observe(seconds)
        m.batch_docs.observe(len(batch))
        m.indexed.inc(outcome.indexed)
        m.ignored.inc(outcome.ignored)
        for tp, next_offset in batch.next_offsets().items():
            highwater = self._consumer.highwater(tp)
            if highwater is not None:
                m.lag.labels(topic=tp.topic, partition=str(tp.partition)).set(max(0, highwater - next_offset))
        self._health.degraded = False
        self._health.last_flush = time.monotonic()
        logger.info(
            "batch of %d: %d indexed, %d ignored, %d dead-lettered, %d retries in %.3fs",
            len(batch),
            outcome.indexed,
            outcome.ignored,
            len(malformed) + len(outcome.rejected),
            outcome.retries,
            seconds,
        )
