"""Prometheus metrics and the health state the probes report."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

BATCH_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
"""Seconds; the tail reaches the capped retry delays seen while Elasticsearch is away."""


class Observer(Protocol):
    """Anything that records durations like a Histogram (the benchmark wraps one to keep exact samples)."""

    def observe(self, amount: float) -> None:
        """Record one observation."""


class IndexerMetrics:
    """The indexer's metrics, in their own registry (several workers may share a test process)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        ns = "newswire_indexer"
        self.batch_seconds: Observer = Histogram(
            f"{ns}_batch_seconds",
            "Time from a batch's flush start to its offsets being committed.",
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.bulk_seconds: Observer = Histogram(
            f"{ns}_bulk_request_seconds",
            "Duration of one _bulk request.",
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.batch_docs: Observer = Histogram(
            f"{ns}_batch_docs",
            "Records per flushed batch.",
            buckets=(1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000),
            registry=self.registry,
        )
        self.indexed = Counter(
            f"{ns}_docs_indexed", "Documents written (articles and dead letters).", registry=self.registry
        )
        self.ignored = Counter(
            f"{ns}_docs_ignored", "Writes refused as replays or stale versions (HTTP 409).", registry=self.registry
        )
        self.retries = Counter(f"{ns}_retries", "Retries of any Elasticsearch or Kafka call.", registry=self.registry)
        self.deadletters = Counter(
            f"{ns}_deadletters", "Records the indexer dead-lettered.", ["error_class"], registry=self.registry
        )
        self.released = Counter(
            f"{ns}_embargoes_released", "Held articles made public at their release time.", registry=self.registry
        )
        self.receipts_pruned = Counter(
            f"{ns}_receipts_pruned", "Receipts deleted after their retention period.", registry=self.registry
        )
        self.withdrawn = Counter(
            f"{ns}_articles_withdrawn", "Kills and holds that took an article out of search.", registry=self.registry
        )
        self.lag = Gauge(
            f"{ns}_consumer_lag", "High watermark minus next offset.", ["topic", "partition"], registry=self.registry
        )


@dataclass
class Health:
    """What /healthz and /readyz report."""

    started: bool = False
    degraded: bool = False
    stopping: bool = False
    failed: bool = False
    last_flush: float = field(default_factory=time.monotonic)

    @property
    def live(self) -> bool:
        """The loop has not died (a long retry is still alive: restarting would not bring Elasticsearch back)."""
        return not self.failed

    @property
    def ready(self) -> bool:
        """Consuming, and Elasticsearch answered within the retry budget."""
        return self.started and not self.degraded and not self.stopping
