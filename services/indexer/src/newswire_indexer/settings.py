"""Settings of the indexer worker, read from ``INDEXER_*`` (Kafka and Elasticsearch from their shared prefixes)."""

from __future__ import annotations

from newswire_runtime import (
    LOOPBACK,
    ElasticsearchSettings,
    KafkaSettings,
    LogSettings,
    ReadinessSettings,
    ShutdownSettings,
)
from pydantic import Field
from pydantic_settings import SettingsConfigDict


class IndexerSettings(LogSettings, ReadinessSettings, ShutdownSettings):
    """Everything the indexer needs; built once in ``main()`` and passed down."""

    model_config = SettingsConfigDict(env_prefix="INDEXER_", env_nested_delimiter="__", extra="ignore")

    kafka: KafkaSettings = Field(default_factory=KafkaSettings, description="Kafka connection and topic names.")
    elasticsearch: ElasticsearchSettings = Field(
        default_factory=ElasticsearchSettings, description="Elasticsearch connection and index prefix."
    )
    group_id: str = Field(default="newswire-indexer", min_length=1, description="Kafka consumer group of the workers.")
    consume_deadletters: bool = Field(
        default=True, description="Also index the dead-letter topic of every stage into the dead-letters index."
    )
    batch_max_docs: int = Field(
        default=1000, ge=1, le=10_000, description="Flush a bulk request once it holds this many documents."
    )
    bulk_parallel_requests: int = Field(
        default=2,
        ge=1,
        le=8,
        description="Concurrent _bulk requests a batch is split into (items of one article stay together).",
    )
    max_in_flight_batches: int = Field(
        default=2,
        ge=1,
        le=8,
        description="Batches written at once while the next is decoded (offsets are still committed in order).",
    )
    batch_max_bytes: int = Field(
        default=8 * 1024 * 1024, ge=1024, description="Flush once the Kafka values in the batch reach this many bytes."
    )
    batch_max_wait_ms: int = Field(
        default=1000, ge=1, description="Flush a non-empty batch at the latest this long after its first record."
    )
    max_retries: int = Field(
        default=8,
        ge=0,
        description="Retries of one bulk request before the worker reports not-ready (it keeps retrying: never drops).",
    )
    backoff_initial_ms: int = Field(default=200, ge=1, description="First retry delay; doubles on every retry.")
    backoff_max_ms: int = Field(default=30_000, ge=1, description="Upper bound of one retry delay (before jitter).")
    home_cache_size: int = Field(
        default=200_000,
        ge=0,
        description="Article ids whose monthly index the worker remembers (covers the search refresh gap).",
    )
    index_shards: int = Field(default=1, ge=1, description="Primary shards of each monthly article index.")
    index_replicas: int = Field(default=0, ge=0, description="Replicas per shard (0 suits the single local node).")
    refresh_interval: str = Field(default="1s", description="Index refresh interval (search visibility delay).")
    ilm_retention_days: int | None = Field(
        default=None, ge=1, description="Delete monthly article indices this many days after creation; None keeps them."
    )
    deadletter_preview_bytes: int = Field(
        default=2048, ge=0, description="Bytes of a dead letter's payload decoded into the searchable preview."
    )
    deadletter_payload_max_bytes: int = Field(
        default=16 * 1024, ge=0, description="Payloads up to this size are also stored (base64, not indexed)."
    )
    release_interval_ms: int = Field(
        default=1000,
        ge=50,
        le=60_000,
        description="How often held (embargoed) articles are checked for their release time.",
    )
    receipts_retention_days: float = Field(
        default=7.0,
        ge=0,
        description="Receipts of traced submissions are deleted this many days after their verdict (0 keeps them).",
    )
    receipts_prune_interval_s: float = Field(
        default=3600.0, ge=1, description="How often receipts past their retention are deleted."
    )
    http_host: str = Field(
        default=LOOPBACK,
        description="Interface of the health and metrics server: loopback unless set (0.0.0.0 = every one).",
    )
    http_port: int = Field(
        default=8083, ge=0, le=65535, description="Port of /healthz, /readyz and /metrics (0 = off)."
    )
