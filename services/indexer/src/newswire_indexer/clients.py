"""The process's clients, created once: Elasticsearch, the Kafka consumer and the dead-letter producer."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.helpers import create_ssl_context
from elasticsearch import AsyncElasticsearch
from newswire_schemas import ElasticsearchSettings, KafkaSettings

from newswire_indexer.settings import IndexerSettings


def make_elasticsearch(settings: ElasticsearchSettings) -> AsyncElasticsearch:
    """An async client that never retries by itself: the bulk writer owns retries, backoff and back-pressure."""
    auth: dict[str, Any] = {}
    if settings.api_key is not None:
        auth["api_key"] = settings.api_key.get_secret_value()
    elif settings.username is not None and settings.password is not None:
        auth["basic_auth"] = (settings.username, settings.password.get_secret_value())
    return AsyncElasticsearch(
        settings.url,
        request_timeout=settings.request_timeout,
        max_retries=0,
        retry_on_timeout=False,
        http_compress=False,
        **auth,
    )


def kafka_security(settings: KafkaSettings) -> dict[str, Any]:
    """Connection keyword arguments shared by consumer and producer."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = create_ssl_context()
    if settings.sasl_mechanism is not None:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return options


def make_consumer(settings: IndexerSettings) -> AIOKafkaConsumer:
    """Manual commits, earliest reset (a new group indexes the whole history), committed reads only."""
    topics = [settings.kafka.enriched_topic]
    if settings.consume_deadletters:
        topics.append(settings.kafka.deadletter_topic)
    return AIOKafkaConsumer(
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
        **kafka_security(settings.kafka),
    )


def make_producer(settings: IndexerSettings) -> AIOKafkaProducer:
    """Idempotent, fully acknowledged producer for the indexer's dead letters."""
    return AIOKafkaProducer(
        acks="all",
        enable_idempotence=True,
        client_id="newswire-indexer-deadletters",
        **kafka_security(settings.kafka),
    )
