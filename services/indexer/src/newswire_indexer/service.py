"""Assemble and run one indexer process: layout, clients, probes, worker, clean shutdown."""

from __future__ import annotations

import asyncio
import logging

from newswire_runtime import Backoff, CachedProbe, RetryBudget, close_all, kafka_probe, retry_transient
from newswire_runtime.elasticsearch import elasticsearch_check

from newswire_indexer.clients import make_consumer, make_elasticsearch, make_producer
from newswire_indexer.errors import as_retriable
from newswire_indexer.layout import ensure_layout
from newswire_indexer.metrics import Health, IndexerMetrics
from newswire_indexer.probes import start_probes
from newswire_indexer.receipts import ReceiptPruner
from newswire_indexer.release import EmbargoReleaser
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.worker import IndexerWorker

logger = logging.getLogger(__name__)


def _transient(exc: Exception) -> bool:
    """Elasticsearch unavailable, overloaded or timing out."""
    return as_retriable(exc) is not None


async def run_setup(settings: IndexerSettings) -> None:
    """Create or update the Elasticsearch layout, then exit (the compose one-shot ``setup`` service)."""
    es = make_elasticsearch(settings.elasticsearch)
    try:
        await ensure_layout(es, settings)
    finally:
        await es.close()


async def run_service(
    settings: IndexerSettings, stop: asyncio.Event, metrics: IndexerMetrics | None = None
) -> IndexerMetrics:
    """Run until ``stop`` is set; the batch in flight is flushed and committed before the clients close."""
    metrics = metrics or IndexerMetrics()
    health = Health()
    es = make_elasticsearch(settings.elasticsearch)
    consumer = make_consumer(settings)
    producer = make_producer(settings)
    kafka, kafka_check = kafka_probe(settings.kafka, settings)
    elasticsearch = CachedProbe(
        "elasticsearch",
        elasticsearch_check(es, settings.readiness_timeout),
        interval=settings.readiness_interval,
        timeout=settings.readiness_timeout,
    )
    runner = None
    try:
        if settings.http_port:
            probes = (kafka, elasticsearch)
            runner = await start_probes(health, metrics, settings.http_host, settings.http_port, probes)
        # Elasticsearch may still be starting (compose starts everything at once): wait for it, do not crash
        startup = RetryBudget(
            Backoff(settings.backoff_initial_ms / 1000, settings.backoff_max_ms / 1000),
            asyncio.sleep,
            settings.max_retries,
            lambda attempt, exhausted: metrics.retries.inc(),
        )
        await retry_transient(startup, "layout", lambda: ensure_layout(es, settings), _transient)
        await producer.start()
        await consumer.start()
        worker = IndexerWorker(settings, es=es, consumer=consumer, producer=producer, metrics=metrics, health=health)
        logger.info("indexing %s into %s", settings.kafka.enriched_topic, settings.elasticsearch.articles_alias)
        housekeeping = [
            asyncio.create_task(EmbargoReleaser(es, settings, metrics).run(stop)),
            asyncio.create_task(ReceiptPruner(es, settings, metrics).run(stop)),
        ]
        try:
            await worker.run(stop)
        finally:
            stop.set()  # the worker may also end by an error: housekeeping must not outlive it
            await asyncio.gather(*housekeeping)
    except BaseException:
        health.failed = True
        raise
    finally:
        health.stopping = True
        closers = [
            ("Kafka consumer", consumer.stop),
            ("Kafka producer", producer.stop),
            ("Kafka readiness probe", kafka_check.close),
            ("Elasticsearch client", es.close),
        ]
        if runner is not None:
            closers.append(("probe server", runner.cleanup))
        await close_all(*closers)
    return metrics
