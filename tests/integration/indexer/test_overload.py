"""Real 429s: a node whose write thread pool has one thread and a queue of one rejects most concurrent shard
bulks with ``es_rejected_execution_exception``; the worker retries just those items until every article is in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from newswire_indexer.clients import make_elasticsearch
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    count,
    eventually,
    make_article,
    own_node,
    publish,
    running_indexer,
    sample,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow, LARGE_BULKS]

TIGHT_WRITE_POOL = {"thread_pool.write.size": "1", "thread_pool.write.queue_size": "1"}
ARTICLES = 1000


async def test_write_rejections_are_retried_until_every_article_is_indexed_once(
    tmp_path: Path, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    with own_node(tmp_path, TIGHT_WRITE_POOL) as node:
        es_settings = ElasticsearchSettings(url=node.address, index_prefix="overload", request_timeout=30.0)
        # 4 requests per batch, 2 batches in flight, 3 months per request: up to 24 shard bulks for one thread
        settings = indexer_settings.model_copy(
            update={
                "elasticsearch": es_settings,
                "batch_max_docs": 200,
                "bulk_parallel_requests": 4,
                "max_in_flight_batches": 2,
            }
        )
        alias = es_settings.articles_alias
        articles = [
            make_article(f"busy-{n}", published_at=datetime(2026, 1 + n % 3, 10, tzinfo=UTC)) for n in range(ARTICLES)
        ]
        es = make_elasticsearch(es_settings)
        try:
            await publish(producer, settings.kafka.enriched_topic, articles)
            async with running_indexer(settings) as metrics:

                async def all_there() -> bool:
                    return await count(es, alias) == ARTICLES

                await eventually(all_there, within=180, what=f"all {ARTICLES} articles on the overloaded node")
                indexed = sample(metrics, "newswire_indexer_docs_indexed_total")
                retries = sample(metrics, "newswire_indexer_retries_total")

            stats = await es.nodes.stats(metric="thread_pool", filter_path="nodes.*.thread_pool.write.rejected")
            rejected = sum(node["thread_pool"]["write"]["rejected"] for node in stats["nodes"].values())
            assert rejected > 0, "the node never rejected a write: the test proves nothing"
            assert retries > 0
            assert indexed == ARTICLES  # each article indexed once: rejected items went again, the others did not
            duplicates = await es.search(
                index=alias, size=0, aggs={"ids": {"terms": {"field": "article_id", "min_doc_count": 2}}}
            )
            assert duplicates["aggregations"]["ids"]["buckets"] == []
        finally:
            await es.close()
