"""``/healthz`` and ``/readyz`` on faust's web server: liveness, and whether Kafka answers now.

``/readyz`` asks a cached Kafka probe (:mod:`newswire_runtime.readiness`): 503 while no broker answers, 200 again
once one does, so an orchestrator stops counting on the worker during an outage. The probe's client is closed
when the app shuts down.
"""

from __future__ import annotations

from typing import Any

import faust
from newswire_runtime import kafka_probe

from newswire_tagger.settings import TaggerSettings


def add_probes(app: faust.App, settings: TaggerSettings) -> None:
    """Register ``/healthz`` and ``/readyz`` on ``app``."""
    probe, check = kafka_probe(settings.kafka, settings)

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        return web.json({"live": True})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        result = await probe.result()
        body: dict[str, object] = {"ready": result.ok, "dependencies": {"kafka": result.as_json()}}
        return web.json(body, status=200 if result.ok else 503)

    async def close_check(*args: Any, **kwargs: Any) -> None:
        await check.close()

    app.on_before_shutdown.connect(close_check)
