"""Batches written concurrently still commit their offsets in order: a later batch never commits past a gap."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from elasticsearch import AsyncElasticsearch
from newswire_indexer.batching import Batch
from newswire_indexer.clients import make_consumer, make_elasticsearch, make_producer
from newswire_indexer.items import BulkOutcome
from newswire_indexer.layout import ensure_layout
from newswire_indexer.metrics import Health, IndexerMetrics
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.worker import IndexerWorker

from tests.integration.indexer.conftest import count, eventually, make_article, publish

pytestmark = [pytest.mark.integration]


@pytest.fixture
async def consumer(indexer_settings: IndexerSettings) -> AsyncIterator[AIOKafkaConsumer]:
    """The worker's consumer, started (it joins the group on its first fetch)."""
    client = make_consumer(indexer_settings)
    await client.start()
    yield client
    await client.stop()


@pytest.fixture
async def worker(indexer_settings: IndexerSettings, consumer: AIOKafkaConsumer) -> AsyncIterator[IndexerWorker]:
    """A worker on real clients, driven batch by batch by the test instead of by ``run``."""
    es = make_elasticsearch(indexer_settings.elasticsearch)
    await ensure_layout(es, indexer_settings)
    producer = make_producer(indexer_settings)
    await producer.start()
    yield IndexerWorker(
        indexer_settings, es=es, consumer=consumer, producer=producer, metrics=IndexerMetrics(), health=Health()
    )
    await producer.stop()
    await es.close()


async def _second_half(
    producer: AIOKafkaProducer, consumer: AIOKafkaConsumer, settings: IndexerSettings, prefix: str
) -> Batch:
    """Publish 20 articles, fetch them, return a batch of records 10 to 19 (as if 0 to 9 were still being written)."""
    await publish(producer, settings.kafka.enriched_topic, [make_article(f"{prefix}-{n}") for n in range(20)])
    records: list[ConsumerRecord[bytes, bytes]] = []
    while len(records) < 20:
        for part in (await consumer.getmany(timeout_ms=1000)).values():
            records += part
    batch = Batch(max_docs=100, max_bytes=10**8, max_wait=1.0)
    for record in records[10:]:
        batch.add(record)
    return batch


async def _committed(consumer: AIOKafkaConsumer, settings: IndexerSettings) -> int | None:
    committed: int | None = await consumer.committed(TopicPartition(settings.kafka.enriched_topic, 0))
    return committed


async def test_later_batch_is_written_at_once_but_committed_after_the_earlier_one(
    es: AsyncElasticsearch,
    producer: AIOKafkaProducer,
    consumer: AIOKafkaConsumer,
    worker: IndexerWorker,
    indexer_settings: IndexerSettings,
) -> None:
    batch = await _second_half(producer, consumer, indexer_settings, "order")
    earlier_done = asyncio.Event()

    async def earlier() -> BulkOutcome:
        await earlier_done.wait()
        return BulkOutcome()

    before = asyncio.create_task(earlier())
    later = asyncio.create_task(worker.complete(await worker.prepare(batch), after=before))
    alias = indexer_settings.elasticsearch.articles_alias

    async def written() -> bool:
        return await count(es, alias) == 10

    await eventually(written, within=30, what="the later batch to be indexed")
    await asyncio.sleep(0.5)
    assert not later.done()
    assert await _committed(consumer, indexer_settings) is None
    earlier_done.set()
    outcome = await asyncio.wait_for(later, timeout=30)
    assert outcome.indexed == 10
    assert await _committed(consumer, indexer_settings) == 20


async def test_later_batch_never_commits_when_the_earlier_one_failed(
    producer: AIOKafkaProducer, consumer: AIOKafkaConsumer, worker: IndexerWorker, indexer_settings: IndexerSettings
) -> None:
    batch = await _second_half(producer, consumer, indexer_settings, "gap")

    async def earlier() -> BulkOutcome:
        raise RuntimeError("the earlier batch could not be written")

    before = asyncio.create_task(earlier())
    with pytest.raises(RuntimeError, match="earlier batch"):
        await worker.complete(await worker.prepare(batch), after=before)
    assert await _committed(consumer, indexer_settings) is None
