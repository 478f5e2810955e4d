"""Fixtures of the indexer integration tests: settings on unique topics and indices, clients, a running worker."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from elasticsearch import ApiError, AsyncElasticsearch
from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings
from newswire_cli.stack.elasticsearch import ElasticsearchComponent
from newswire_indexer.clients import make_elasticsearch
from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.service import run_service
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_schemas import EnrichedArticle, key_for

LARGE_BULKS = pytest.mark.filterwarnings("ignore:Sending a large body directly:ResourceWarning")
"""aiohttp advises (ResourceWarning, silent outside tests) against request bodies over 1 MB given as bytes, which is
how elastic-transport sends every ``_bulk``; with warnings as errors the advice would fail the request itself."""

EXAMPLE = Path(__file__).resolve().parents[3] / "schemas" / "examples" / "newswire.enriched.json"
TAGGED_AT = datetime(2026, 11, 28, 2, 0, 1, tzinfo=UTC)


OWN_NODE_START_TIMEOUT = 180.0


class OwnNode(ElasticsearchComponent):
    """The local stack's Elasticsearch as a node of one test's own: free port, data in the test's folder.

    For what the shared node must not suffer (being killed) or must not be configured with (tiny thread pools).
    """

    def __init__(self, folder: Path, extra: dict[str, str] | None = None) -> None:
        super().__init__(
            StackSettings(
                var_dir=folder / "var",
                elasticsearch_port=free_port(),
                elasticsearch_heap_min="512m",
                elasticsearch_heap_max="512m",
            )
        )
        self.extra = extra or {}

    def node_settings(self) -> dict[str, str]:
        """The stack's settings plus the test's ``extra`` node settings."""
        return {**super().node_settings(), **self.extra}


@contextlib.contextmanager
def own_node(folder: Path, extra: dict[str, str] | None = None) -> Iterator[OwnNode]:
    """Start an :class:`OwnNode`, wait until it is healthy, stop it when the block ends."""
    node = OwnNode(folder, extra)
    node.prepare()
    node.start()
    try:
        node.wait_healthy(OWN_NODE_START_TIMEOUT)
        yield node
    finally:
        node.stop()


def make_article(
    article_id: str,
    *,
    version: int = 1,
    body: str | None = None,
    tagged_at: datetime = TAGGED_AT,
    published_at: datetime | None = datetime(2026, 1, 22, tzinfo=UTC),
    language: str = "tr",
    tagger_version: str = "0.1.0",
) -> EnrichedArticle:
    """The contract's example enriched article under another id, version, body or tagging time."""
    example = EnrichedArticle.model_validate_json(EXAMPLE.read_bytes())
    article = example.article.model_copy(
        update={
            "id": article_id,
            "version": version,
            "body": body if body is not None else example.article.body,
            "published_at": published_at,
        }
    )
    return example.model_copy(
        update={
            "article": article,
            "tagged_at": tagged_at,
            "tagger_version": tagger_version,
            "language": example.language.model_copy(update={"code": language}),
        }
    )


@pytest.fixture
def indexer_settings(
    kafka_settings: KafkaSettings, es_settings: ElasticsearchSettings, unique_group: str
) -> IndexerSettings:
    """Settings on this test's topics and indices, with short waits so tests run fast."""
    return IndexerSettings(
        kafka=kafka_settings,
        elasticsearch=es_settings.model_copy(update={"request_timeout": 30.0}),
        group_id=unique_group,
        batch_max_wait_ms=200,
        backoff_initial_ms=100,
        backoff_max_ms=1000,
        max_retries=3,
        http_port=0,
    )


@pytest.fixture
async def es(es_settings: ElasticsearchSettings) -> AsyncIterator[AsyncElasticsearch]:
    """A direct client (not through any proxy) to check what was indexed."""
    client = make_elasticsearch(es_settings)
    yield client
    await client.close()


@pytest.fixture
async def producer(kafka_settings: KafkaSettings) -> AsyncIterator[AIOKafkaProducer]:
    """A producer standing in for the tagger."""
    client = AIOKafkaProducer(bootstrap_servers=kafka_settings.bootstrap_servers, acks="all")
    await client.start()
    yield client
    await client.stop()


async def publish(producer: AIOKafkaProducer, topic: str, articles: list[EnrichedArticle]) -> None:
    """Publish enriched articles keyed by article id, waiting for every acknowledgement."""
    for article in articles:
        await producer.send(topic, value=article.model_dump_json().encode(), key=key_for(article))
    await producer.flush()


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 60.0, what: str = "condition") -> None:
    """Poll ``check`` until it holds; fail the test after ``within`` seconds.

    A 503 from Elasticsearch while polling (a monthly index the indexer just created, its shards not yet started on
    a busy machine) means "not yet", not a failure of what the test checks.
    """
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if await check():
                return
        except ApiError as error:
            if error.meta.status != 503:
                raise
        await asyncio.sleep(0.25)
    pytest.fail(f"timed out after {within}s waiting for {what}")


def sample(metrics: IndexerMetrics, name: str, **labels: str) -> float:
    """Current value of one metric sample (0 when never touched)."""
    return metrics.registry.get_sample_value(name, labels) or 0.0


async def search(es: AsyncElasticsearch, index: str, **body: Any) -> dict[str, Any]:
    """Refresh, then search (the indexer's writes become visible at the next refresh)."""
    await es.indices.refresh(index=index, ignore_unavailable=True, allow_no_indices=True)
    response = await es.search(index=index, **body)
    return dict(response.body)


async def count(es: AsyncElasticsearch, index: str) -> int:
    """Documents in an index or behind an alias, after a refresh."""
    await es.indices.refresh(index=index, ignore_unavailable=True, allow_no_indices=True)
    return int((await es.count(index=index, ignore_unavailable=True, allow_no_indices=True))["count"])


@contextlib.asynccontextmanager
async def running_indexer(settings: IndexerSettings) -> AsyncIterator[IndexerMetrics]:
    """An indexer process's service, running in this event loop until the block ends (then shut down cleanly)."""
    metrics = IndexerMetrics()
    stop = asyncio.Event()
    task = asyncio.create_task(run_service(settings, stop, metrics))
    try:
        yield metrics
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=60)


def reaches(metrics: IndexerMetrics, name: str, value: float) -> Callable[[], Awaitable[bool]]:
    """A check for :func:`eventually`: the metric sample has reached ``value``."""

    async def check() -> bool:
        return sample(metrics, name) >= value

    return check
