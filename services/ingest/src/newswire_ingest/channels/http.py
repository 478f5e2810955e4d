"""HTTP channel (aiohttp): ``POST /v1/articles`` plus health, readiness and Prometheus metrics.

Back-pressure is honest: a post Kafka cannot take is answered ``503`` with ``Retry-After`` within the publish
timeout, at once while the readiness probe knows Kafka is unreachable, and what was answered 503 is not
published later (see :mod:`newswire_ingest.publisher` for the one exception).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
import uuid
from dataclasses import dataclass
from typing import Final

from aiohttp import BodyPartReader, web
from aiohttp.web_log import AccessLogger
from aiohttp.web_request import BaseRequest
from aiokafka.structs import RecordMetadata
from newswire_runtime import CachedProbe
from pydantic import SecretStr

from newswire_ingest.deadletters import Source
from newswire_ingest.errors import RetriableError
from newswire_ingest.pipeline import Pipeline, Published
from newswire_ingest.publisher import Publisher

logger = logging.getLogger(__name__)

PIPELINE_KEY: Final = web.AppKey("pipeline", Pipeline)
"""Application key of the shared pipeline."""
PUBLISHER_KEY: Final = web.AppKey("publisher", Publisher)
"""Application key of the shared publisher (for readiness)."""
TOKEN_KEY: Final = web.AppKey("token", str)
"""Application key of the bearer token ('' when authentication is off)."""
REQUEST_ID_HEADER: Final = "X-Request-Id"
"""Names a submission: echoed back, and the id of its dead letter (a client retry with the same id overwrites)."""
_REQUEST_ID = re.compile(r"[\x21-\x7e]{1,100}")


@dataclass(frozen=True, slots=True)
class BackPressure:
    """When a post gets 503 instead of hanging: the Kafka probe, the deadline and the Retry-After it answers."""

    probe: CachedProbe | None = None
    publish_timeout: float = 10.0
    retry_after: int = 5


BACK_PRESSURE_KEY: Final = web.AppKey("back_pressure", BackPressure)
"""Application key of the back-pressure settings."""

# Multipart framing around the file; the file itself is still held to max_bytes.
_MULTIPART_SLACK = 64 * 1024
PROBE_PATHS: Final = frozenset({"/healthz", "/readyz", "/metrics"})
"""Paths polled every few seconds by supervisors and Prometheus: left out of the access log."""


class QuietProbesAccessLogger(AccessLogger):
    """aiohttp's access log without probes and scrapes; readiness changes are logged by ``readyz`` instead."""

    def log(self, request: BaseRequest, response: web.StreamResponse, time: float) -> None:
        """Log the request unless it is a probe."""
        if request.path not in PROBE_PATHS:
            super().log(request, response, time)


class Readiness:
    """The last readiness answered, so that only a change of it is logged (not every probe)."""

    def __init__(self) -> None:
        self.ready: bool | None = None

    def answered(self, ready: bool, reason: str) -> None:
        """Record an answer; log it when it differs from the previous one."""
        if ready != self.ready:
            self.ready = ready
            logger.info("readiness: %s", "ready" if ready else f"not ready ({reason})", extra={"ready": ready})


READINESS_KEY: Final = web.AppKey("readiness", Readiness)
"""Application key of the readiness the probe last answered."""


class PayloadTooLargeError(Exception):
    """The request body is over the size limit."""


def _unauthorized(request: web.Request) -> bool:
    """True if a token is configured and the request does not carry it as a bearer token."""
    token = request.app[TOKEN_KEY]
    if not token:
        return False
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    # Constant-time comparison: the token must not leak through response timing.
    return scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode())


async def _read_limited(part: BodyPartReader | web.Request, limit: int) -> bytes:
    """Read a body or multipart field, failing as soon as it exceeds ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await part.read_chunk(65536) if isinstance(part, BodyPartReader) else await part.content.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise PayloadTooLargeError
        chunks.append(chunk)


async def _read_upload(request: web.Request, limit: int) -> tuple[bytes, str | None, str | None]:
    """The uploaded bytes, file name and content type, from a raw body or the multipart field ``file``."""
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if isinstance(part, BodyPartReader) and part.name == "file":
                data = await _read_limited(part, limit)
                return data, part.filename, part.headers.get("Content-Type")
        raise web.HTTPBadRequest(
            text='{"error": "multipart body has no field named file"}', content_type="application/json"
        )
    name = request.headers.get("X-File-Name") or request.query.get("filename")
    content_type = request.headers.get("Content-Type")
    return await _read_limited(request, limit), name, content_type


def _request_id(request: web.Request) -> str:
    """The client's ``X-Request-Id`` when it is printable ASCII of at most 100 characters, else a new one."""
    given = request.headers.get(REQUEST_ID_HEADER, "").strip()
    return given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


async def post_article(request: web.Request) -> web.Response:
    """Ingest one file: 202 with its articles' coordinates, 422 with the rejection reason, 401/413/503 otherwise."""
    request_id = _request_id(request)
    if (refused := _refusal(request, request_id)) is not None:
        return refused
    limit = request.app[PIPELINE_KEY].max_bytes
    if request.content_length is not None and request.content_length > limit + _MULTIPART_SLACK:
        return _too_large(limit)
    try:
        data, file_name, content_type = await _read_upload(request, limit)
    except PayloadTooLargeError:
        return _too_large(limit)
    run_id = request.headers.get("X-Run-Id", "")[:100] or None  # tracing only, like the inbox's run-id header
    source = Source("http", file_name=file_name, content_type=content_type, run_id=run_id, submission=request_id)
    return await _ingest(request, data, source, request_id)


def _refusal(request: web.Request, request_id: str) -> web.Response | None:
    """401 without the token; 503 at once while the probe knows Kafka is unreachable; else None."""
    if _unauthorized(request):
        return web.json_response({"error": "unauthorized"}, status=401, headers={"WWW-Authenticate": "Bearer"})
    pressure = request.app[BACK_PRESSURE_KEY]
    if pressure.probe is not None and pressure.probe.known_down():
        # Kafka was unreachable moments ago: answer now rather than queue a send that would only expire.
        last = pressure.probe.last
        return _unavailable(pressure, request_id, f"Kafka unreachable: {last.reason if last else ''}")
    return None


async def _ingest(request: web.Request, data: bytes, source: Source, request_id: str) -> web.Response:
    """Run the pipeline within the publish timeout; 202, 422, or 503 with Retry-After."""
    pressure = request.app[BACK_PRESSURE_KEY]
    deadline = asyncio.get_running_loop().time() + pressure.publish_timeout
    try:
        async with asyncio.timeout_at(deadline):
            outcome = await request.app[PIPELINE_KEY].process(data, source, deadline=deadline)
    except RetriableError as exc:
        return _unavailable(pressure, request_id, exc.reason)
    except TimeoutError:
        # Only when a produce request was still in flight at the deadline: it may yet be written (see publisher).
        reason = f"Kafka did not answer within {pressure.publish_timeout:g} s; the file may still reach it"
        logger.warning("post timed out: %s", reason, extra={**source.log_extra(), "request_id": request_id})
        return _unavailable(pressure, request_id, reason)
    headers = {REQUEST_ID_HEADER: request_id}
    if isinstance(outcome, Published):
        return web.json_response(_accepted(outcome), status=202, headers=headers)
    letter = outcome.dead_letter
    body = {"error_class": letter.error_class, "reason": letter.reason, "dead_letter_id": letter.id}
    return web.json_response(body, status=422, headers=headers)


def _unavailable(pressure: BackPressure, request_id: str, reason: str) -> web.Response:
    """The 503: Kafka did not take the file; nothing of it is published later (retry after ``Retry-After``)."""
    headers = {"Retry-After": str(pressure.retry_after), REQUEST_ID_HEADER: request_id}
    return web.json_response({"error": "unavailable", "reason": reason}, status=503, headers=headers)


def _accepted(outcome: Published) -> dict[str, object]:
    """The 202 body: every article's coordinates; the first one's also at top level (files of one story)."""
    records: list[RecordMetadata | None] = [*outcome.records] or [None] * len(outcome.articles)
    articles = [
        {
            "article_id": article.id,
            "version": article.version,
            "topic": record.topic if record else None,
            "partition": record.partition if record else None,
            "offset": record.offset if record else None,
        }
        for article, record in zip(outcome.articles, records, strict=True)
    ]
    return {**articles[0], "articles": articles, "skipped": list(outcome.skipped)}


def _too_large(limit: int) -> web.Response:
    """The 413 response."""
    return web.json_response({"error": "too large", "reason": f"the limit is {limit} bytes"}, status=413)


async def healthz(_request: web.Request) -> web.Response:
    """Liveness: the process answers."""
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """Readiness: the Kafka producer is connected and a broker answers now (cached probe)."""
    reason = "" if request.app[PUBLISHER_KEY].connected else "producer not connected"
    probe = request.app[BACK_PRESSURE_KEY].probe
    if not reason and probe is not None and not (result := await probe.result()).ok:
        reason = f"Kafka unreachable: {result.reason}"
    request.app[READINESS_KEY].answered(not reason, reason)
    if not reason:
        return web.json_response({"status": "ready"})
    return web.json_response({"status": "not ready", "reason": reason}, status=503)


async def metrics(request: web.Request) -> web.Response:
    """Prometheus exposition of the pipeline's metrics."""
    body = request.app[PIPELINE_KEY].metrics.exposition()
    return web.Response(body=body, headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"})


def create_app(
    pipeline: Pipeline, publisher: Publisher, token: SecretStr | None, pressure: BackPressure | None = None
) -> web.Application:
    """The aiohttp application of the HTTP channel."""
    # aiohttp's own limit backs ours up for bodies read through other paths.
    app = web.Application(client_max_size=pipeline.max_bytes + _MULTIPART_SLACK)
    app[PIPELINE_KEY] = pipeline
    app[PUBLISHER_KEY] = publisher
    app[TOKEN_KEY] = token.get_secret_value() if token else ""
    app[READINESS_KEY] = Readiness()
    app[BACK_PRESSURE_KEY] = pressure or BackPressure()
    app.add_routes(
        [
            web.post("/v1/articles", post_article),
            web.get("/healthz", healthz),
            web.get("/readyz", readyz),
            web.get("/metrics", metrics),
        ]
    )
    return app


async def run_http(app: web.Application, host: str, port: int, stop: asyncio.Event) -> None:
    """Serve ``app`` until ``stop`` is set."""
    runner = web.AppRunner(app, access_log_class=QuietProbesAccessLogger)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    auth = "bearer token required" if app[TOKEN_KEY] else "no authentication (loopback only)"
    logger.info("HTTP channel listening on %s: %s", ", ".join(map(str, runner.addresses)), auth)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
