"""The probe server reports liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer
from newswire_indexer.metrics import Health, IndexerMetrics
from newswire_indexer.probes import make_app
from newswire_runtime import CachedProbe


async def test_probes_follow_health_and_expose_metrics() -> None:
    health, metrics = Health(), IndexerMetrics()
    async with TestClient(TestServer(make_app(health, metrics))) as client:
        assert (await client.get("/healthz")).status == 200
        assert (await client.get("/readyz")).status == 503, "not consuming yet"
        health.started = True
        assert (await client.get("/readyz")).status == 200
        health.degraded = True
        assert (await client.get("/readyz")).status == 503, "Elasticsearch away past the retry budget"
        assert (await client.get("/healthz")).status == 200, "a long outage is not a reason to restart"
        health.failed = True
        assert (await client.get("/healthz")).status == 503

        metrics.ignored.inc(3)
        metrics.lag.labels(topic="t", partition="0").set(7)
        text = await (await client.get("/metrics")).text()
    assert "newswire_indexer_docs_ignored_total 3.0" in text
    assert 'newswire_indexer_consumer_lag{partition="0",topic="t"} 7.0' in text
    assert "newswire_indexer_batch_seconds_bucket" in text


async def _refused() -> None:
    raise ConnectionRefusedError("no node")


async def _answers() -> None:
    return None


async def test_readiness_follows_kafka_and_elasticsearch() -> None:
    health = Health(started=True)
    probes = [CachedProbe("kafka", _answers), CachedProbe("elasticsearch", _refused)]
    async with TestClient(TestServer(make_app(health, IndexerMetrics(), probes))) as client:
        response = await client.get("/readyz")
        assert response.status == 503, "consuming, but Elasticsearch does not answer"
        body = await response.json()
        assert body["dependencies"]["elasticsearch"] == {"ok": False, "reason": "ConnectionRefusedError: no node"}
        assert body["dependencies"]["kafka"] == {"ok": True}
