"""A small aiohttp server: ``/healthz``, ``/readyz`` and ``/metrics``.

``/readyz`` is 200 only while the worker consumes within its retry budget *and* Kafka and Elasticsearch answer
now (cached probes, :mod:`newswire_runtime.readiness`): an orchestrator stops routing during an outage.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from aiohttp import web
from newswire_runtime import CachedProbe, readiness
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from newswire_indexer.metrics import Health, IndexerMetrics

logger = logging.getLogger(__name__)


def make_app(health: Health, metrics: IndexerMetrics, probes: Sequence[CachedProbe] = ()) -> web.Application:
    """The probe and metrics routes; ``probes`` are the dependencies ``/readyz`` checks live."""

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"live": health.live}, status=200 if health.live else 503)

    async def readyz(_: web.Request) -> web.Response:
        reachable, dependencies = await readiness(probes)
        ready = health.ready and reachable
        body = {
            "ready": ready,
            "degraded": health.degraded,
            "started": health.started,
            "dependencies": dependencies,
        }
        return web.json_response(body, status=200 if ready else 503)

    async def metrics_view(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_view)
    return app


async def start_probes(
    health: Health, metrics: IndexerMetrics, host: str, port: int, probes: Sequence[CachedProbe] = ()
) -> web.AppRunner:
    """Start serving; the caller cleans the returned runner up on shutdown."""
    runner = web.AppRunner(make_app(health, metrics, probes), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    logger.info("probes and metrics on http://%s:%d", host, port)
    return runner
