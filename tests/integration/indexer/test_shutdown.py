"""SIGTERM flushes the batch in hand and commits it: the real process, started as a container would start it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Awaitable, Callable

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from elasticsearch import AsyncElasticsearch
from newswire_cli.services import free_port
from newswire_indexer.settings import IndexerSettings

from tests.integration.indexer.conftest import count, eventually, make_article, publish

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _committed(settings: IndexerSettings) -> int | None:
    """The offset the indexer's group committed on partition 0 of the enriched topic."""
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka.bootstrap_servers, group_id=settings.group_id)
    await consumer.start()
    try:
        committed: int | None = await consumer.committed(TopicPartition(settings.kafka.enriched_topic, 0))
        return committed
    finally:
        await consumer.stop()


def _ready(port: int) -> Callable[[], Awaitable[bool]]:
    """The process answers /readyz with 200 (its consume loop runs)."""

    async def check() -> bool:
        async with httpx.AsyncClient() as client:
            try:
                return (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200
            except httpx.TransportError:
                return False

    return check


async def test_sigterm_flushes_and_commits(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    await publish(producer, indexer_settings.kafka.enriched_topic, [make_article(f"term-{n}") for n in range(25)])
    port = free_port()
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": indexer_settings.kafka.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": indexer_settings.kafka.topic_prefix,
        "ELASTICSEARCH_URL": indexer_settings.elasticsearch.url,
        "ELASTICSEARCH_INDEX_PREFIX": indexer_settings.elasticsearch.index_prefix,
        "INDEXER_GROUP_ID": indexer_settings.group_id,
        # a batch that would wait a minute: only the shutdown flush can write it in time
        "INDEXER_BATCH_MAX_WAIT_MS": "60000",
        "INDEXER_HTTP_HOST": "127.0.0.1",
        "INDEXER_HTTP_PORT": str(port),
    }
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "newswire_indexer", env=env)
    try:
        await eventually(_ready(port), within=120, what="the indexer process to report ready")
        await asyncio.sleep(3)  # join the group and fetch the 25 records into the open batch
        assert await count(es, indexer_settings.elasticsearch.articles_alias) == 0
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=60) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert await count(es, indexer_settings.elasticsearch.articles_alias) == 25
    assert await _committed(indexer_settings) == 25
