"""Prometheus metrics of the ingest service, on a registry owned by the process (not the global one)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

# Publishing is one broker round trip with acks=all: milliseconds locally, up to seconds under load.
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class IngestMetrics:
    """Counters of files received, published and rejected, of articles and skipped items, and publish latency."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.received = Counter(
            "newswire_ingest_files_received",
            "Files received, by channel.",
            ["channel"],
            registry=self.registry,
        )
        self.published = Counter(
            "newswire_ingest_files_published",
            "Files published as articles, by channel and source format.",
            ["channel", "format"],
            registry=self.registry,
        )
        self.articles = Counter(
            "newswire_ingest_articles_published",
            "Articles published (a newsMessage or composite file holds several), by channel and source format.",
            ["channel", "format"],
            registry=self.registry,
        )
        self.items_skipped = Counter(
            "newswire_ingest_items_skipped",
            "Items inside published files that were no text story (pictures, videos ...), by channel.",
            ["channel"],
            registry=self.registry,
        )
        self.rejected = Counter(
            "newswire_ingest_files_rejected",
            "Files rejected and dead-lettered, by channel and error class.",
            ["channel", "error_class"],
            registry=self.registry,
        )
        self.publish_seconds = Histogram(
            "newswire_ingest_publish_seconds",
            "Seconds from send to broker acknowledgement, by message kind.",
            ["kind"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )

    def exposition(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)
