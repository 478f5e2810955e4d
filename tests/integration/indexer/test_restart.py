"""Elasticsearch itself killed for 30 seconds in the middle of a stream, then restarted on its data.

The shared node cannot be stopped under other tests, so this test starts a node of its own: the same local
Elasticsearch the stack runs (``newswire_cli.stack``), on a free port with its data in the test's temporary folder.
It is killed with SIGKILL (a crash or an OOM kill, not a polite shutdown), left down for 30 seconds while
articles keep arriving, and started again on the same data, where it recovers its shards from the translog.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from newswire_indexer.clients import make_elasticsearch
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    OWN_NODE_START_TIMEOUT,
    OwnNode,
    count,
    eventually,
    make_article,
    own_node,
    publish,
    reaches,
    running_indexer,
    sample,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow, LARGE_BULKS]

OUTAGE_SECONDS = 30.0


@pytest.fixture
def node(tmp_path: Path) -> Iterator[OwnNode]:
    """A node for this test alone (the shared one cannot be killed under other tests)."""
    with own_node(tmp_path) as started:
        yield started


def _kill(node: OwnNode) -> None:
    """SIGKILL the node and wait until its process is gone."""
    pid = node.running_pid()
    assert pid is not None, "the node is not running"
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while node.running_pid() is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert node.running_pid() is None, "the killed node is still running"


def _restart(node: OwnNode) -> None:
    """Start the node again on its data and wait until it is healthy."""
    node.start()
    node.wait_healthy(OWN_NODE_START_TIMEOUT)


async def test_elasticsearch_killed_for_30s_mid_stream_loses_nothing_and_duplicates_nothing(
    node: OwnNode, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    es_settings = ElasticsearchSettings(url=node.address, index_prefix="restart", request_timeout=10.0)
    settings = indexer_settings.model_copy(update={"elasticsearch": es_settings, "batch_max_docs": 50})
    topic, alias = settings.kafka.enriched_topic, es_settings.articles_alias
    # three publication months, so the stream spans three indices behind the alias
    articles = [
        make_article(f"restart-{n}", published_at=datetime(2026, 1 + n % 3, 10, tzinfo=UTC)) for n in range(300)
    ]
    es = make_elasticsearch(es_settings)
    try:
        async with running_indexer(settings) as metrics:
            await publish(producer, topic, articles[:100])
            await eventually(reaches(metrics, "newswire_indexer_docs_indexed_total", 100), what="before the kill")

            await asyncio.to_thread(_kill, node)
            killed_at = time.monotonic()
            for start in range(100, 200, 10):  # the stream goes on while Elasticsearch is down
                await publish(producer, topic, articles[start : start + 10])
                await asyncio.sleep(1.0)
            await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - killed_at)))
            assert sample(metrics, "newswire_indexer_docs_indexed_total") == 100, "nothing can be indexed while down"
            assert sample(metrics, "newswire_indexer_retries_total") >= 3

            await asyncio.to_thread(_restart, node)
            await publish(producer, topic, articles[200:])

            async def all_there() -> bool:
                return await count(es, alias) == 300

            await eventually(all_there, within=120, what="all 300 articles after the restart")
            assert sample(metrics, "newswire_indexer_deadletters_total", error_class="MappingRejectedError") == 0

        # exactly once: 300 documents, and no article id behind the alias more than once
        assert await count(es, alias) == 300
        duplicates = await es.search(
            index=alias,
            size=0,
            aggs={"ids": {"terms": {"field": "article_id", "min_doc_count": 2, "size": 10}}},
        )
        assert duplicates["aggregations"]["ids"]["buckets"] == []
        months = {f"{alias}-2026.0{month}" for month in (1, 2, 3)}
        assert months <= set((await es.indices.get_alias(name=alias)).body)  # plus the current month's, made at start
    finally:
        await es.close()


async def test_an_embargo_held_when_elasticsearch_crashes_is_released_once_it_is_back(
    node: OwnNode, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    """The held state is Elasticsearch's (translog), the release the indexer's pass: neither is lost by a crash."""
    es_settings = ElasticsearchSettings(url=node.address, index_prefix="held", request_timeout=10.0)
    settings = indexer_settings.model_copy(update={"elasticsearch": es_settings, "release_interval_ms": 200})
    es = make_elasticsearch(es_settings)

    async def laid_out() -> bool:
        return bool(await es.indices.exists(index=es_settings.deadletters_index))

    try:
        async with running_indexer(settings) as metrics:
            await eventually(laid_out, what="the layout")  # the embargo must still be ahead when it is written
            until = datetime.now(UTC) + timedelta(seconds=8)
            article = make_article("held-1", tagged_at=datetime.now(UTC))
            update = {"embargoed": True, "embargoed_until": until}
            held = article.model_copy(update={"article": article.article.model_copy(update=update)})
            await publish(producer, settings.kafka.enriched_topic, [held])
            await eventually(reaches(metrics, "newswire_indexer_docs_indexed_total", 1), what="the held article")
            assert (await es.get(index=f"{es_settings.articles_alias}-2026.01", id="held-1"))["_source"]["status"] == (
                "embargoed"
            )
            await asyncio.to_thread(_kill, node)  # SIGKILL: what survives is what Elasticsearch made durable
            await asyncio.sleep(max(0.0, (until - datetime.now(UTC)).total_seconds()) + 2)
            assert sample(metrics, "newswire_indexer_embargoes_released_total") == 0, "nothing released while down"
            await asyncio.to_thread(_restart, node)
            back = datetime.now(UTC)

            async def released() -> bool:
                return await count(es, es_settings.articles_alias) == 1

            await eventually(released, within=30, what="the release after the restart")
        response = await es.search(index=f"{es_settings.articles_alias}-*", query={"ids": {"values": ["held-1"]}})
        (doc,) = [hit["_source"] for hit in response["hits"]["hits"]]
        assert doc["status"] == "public"
        assert until <= datetime.fromisoformat(doc["released_at"]) < back + timedelta(seconds=30)
    finally:
        await es.close()
