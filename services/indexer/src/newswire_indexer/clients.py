"""The process's clients, created once: Elasticsearch, the Kafka consumer and the dead-letter producer."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_runtime import ElasticsearchSettings, new_consumer, new_producer
from newswire_runtime.elasticsearch import elasticsearch_client

from newswire_indexer.settings import IndexerSettings


def make_elasticsearch(settings: ElasticsearchSettings) -> AsyncElasticsearch:
    """An async client that never retries by itself: the bulk writer owns retries, backoff and back-pressure."""
    return elasticsearch_client(settings, max_retries=0, retry_on_timeout=False, http_compress=False)


def make_consumer(settings: IndexerSettings) -> AIOKafkaConsumer:
    """Manual commits, earliest reset (a new group indexes the whole history), committed reads only."""
    topics = [settings.kafka.enriched_topic]
    if settings.consume_deadletters:
        topics.append(settings.kafka.deadletter_topic)
    return new_consumer(
        settings.kafka,
        *topics,
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_poll_records=settings.batch_max_docs,
        # a whole batch's worth per fetch: the default 1 MB per partition would take several round trips
        max_partition_fetch_bytes=max(1024 * 1024, settings.batch_max_bytes),
        fetch_max_bytes=max(50 * 1024 * 1024, settings.batch_max_bytes),
        client_id="newswire-indexer",
    )


def make_producer(settings: IndexerSettings) -> AIOKafkaProducer:
    """Idempotent, fully acknowledged producer for the indexer's dead letters."""
    return new_producer(settings.kafka, acks="all", enable_idempotence=True, client_id="newswire-indexer-deadletters")
