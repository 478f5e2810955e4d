"""Elasticsearch away mid-stream (a proxy we cut): the worker retries, then every article is there exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from urllib.parse import urlsplit

import pytest
from aiokafka import AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.settings import IndexerSettings

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    count,
    eventually,
    make_article,
    publish,
    reaches,
    running_indexer,
    sample,
)
from tests.integration.indexer.proxy import ToggleProxy

pytestmark = [pytest.mark.integration, pytest.mark.slow, LARGE_BULKS]

INDEXED = "newswire_indexer_docs_indexed_total"
IGNORED = "newswire_indexer_docs_ignored_total"


@pytest.fixture
async def proxy(indexer_settings: IndexerSettings) -> AsyncIterator[ToggleProxy]:
    """A proxy in front of the real Elasticsearch."""
    target = urlsplit(indexer_settings.elasticsearch.url)
    toggle = ToggleProxy(target.hostname or "127.0.0.1", target.port or 9200)
    await toggle.start()
    yield toggle
    await toggle.stop()


async def test_outage_mid_stream_loses_nothing_and_duplicates_nothing(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings, proxy: ToggleProxy
) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    topic = indexer_settings.kafka.enriched_topic
    settings = indexer_settings.model_copy(
        update={"elasticsearch": indexer_settings.elasticsearch.model_copy(update={"url": proxy.url})}
    )
    articles = [make_article(f"outage-{n}") for n in range(300)]
    async with running_indexer(settings) as metrics:
        await publish(producer, topic, articles[:100])
        await eventually(reaches(metrics, INDEXED, 100), what="before the outage")

        proxy.down()
        await publish(producer, topic, articles[100:200])
        await eventually(reaches(metrics, "newswire_indexer_retries_total", 3), what="retries during the outage")
        await publish(producer, topic, articles[200:])
        await asyncio.sleep(3)
        assert proxy.refused > 0
        proxy.restore()

        await eventually(reaches(metrics, INDEXED, 300), what="after the outage")

    assert await count(es, alias) == 300
    ids = await es.search(
        index=alias, size=0, aggs={"ids": {"cardinality": {"field": "article_id", "precision_threshold": 1000}}}
    )
    assert ids["aggregations"]["ids"]["value"] == 300


async def test_outage_cutting_a_bulk_in_flight_is_replayed_as_conflicts(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings, proxy: ToggleProxy
) -> None:
    """Cut connections while bulks are in flight: what Elasticsearch applied before the cut comes back as 409s."""
    alias = indexer_settings.elasticsearch.articles_alias
    settings = indexer_settings.model_copy(
        update={
            "elasticsearch": indexer_settings.elasticsearch.model_copy(update={"url": proxy.url}),
            "batch_max_docs": 200,
        }
    )
    articles = [make_article(f"cut-{n}", body="Bakü'ye varış. " * 200) for n in range(1000)]
    async with running_indexer(settings) as metrics:
        await publish(producer, indexer_settings.kafka.enriched_topic, articles)
        for _ in range(5):
            await asyncio.sleep(0.4)
            proxy.down()
            await asyncio.sleep(0.6)
            proxy.restore()
        await eventually(_all_accounted(metrics, 1000), what="every article indexed or ignored")
        assert sample(metrics, INDEXED) + sample(metrics, IGNORED) == 1000
    assert await count(es, alias) == 1000


def _all_accounted(metrics: IndexerMetrics, total: int) -> Callable[[], Awaitable[bool]]:
    """Every article has a final verdict: indexed, or ignored as the replay of a write that had landed."""

    async def check() -> bool:
        return sample(metrics, INDEXED) + sample(metrics, IGNORED) >= total

    return check
