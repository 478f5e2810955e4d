"""HTTP channel: authentication, size limits and health endpoints, with aiohttp's test client (no Kafka)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import FormData, web
from aiohttp.test_utils import TestClient, TestServer
from newswire_ingest.channels.http import BackPressure, create_app, run_http
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_runtime import CachedProbe
from pydantic import SecretStr

TOKEN = "s3cret"

Client = TestClient[web.Request, web.Application]


@pytest.fixture
async def client(settings: IngestSettings, dry_pipeline: Pipeline) -> AsyncIterator[Client]:
    """A test client of the app with a token set; its publisher is never started."""
    app = create_app(dry_pipeline, Publisher(settings), SecretStr(TOKEN))
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def test_missing_token_is_401(client: Client) -> None:
    response = await client.post("/v1/articles", data=b"Headline\nbody")
    assert response.status == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


async def test_wrong_token_is_401(client: Client) -> None:
    response = await client.post("/v1/articles", data=b"x", headers={"Authorization": "Bearer nope"})
    assert response.status == 401


async def test_body_over_limit_is_413(client: Client, settings: IngestSettings) -> None:
    response = await client.post("/v1/articles", data=b"x" * (settings.max_bytes + 1), headers=AUTH)
    assert response.status == 413
    assert "limit" in (await response.json())["reason"]


async def test_chunked_body_over_limit_is_413(client: Client, settings: IngestSettings) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(4):
            yield b"y" * settings.max_bytes

    response = await client.post("/v1/articles", data=chunks(), headers=AUTH)
    assert response.status == 413


async def test_multipart_over_limit_is_413(client: Client, settings: IngestSettings) -> None:
    form = FormData()
    form.add_field("file", b"z" * (settings.max_bytes + 10), filename="big.txt")
    response = await client.post("/v1/articles", data=form, headers=AUTH)
    assert response.status == 413


async def test_dry_run_accepts_raw_body_with_file_name(client: Client) -> None:
    response = await client.post("/v1/articles?filename=q.txt", data=b"Headline\nbody", headers=AUTH)
    assert response.status == 202
    body = await response.json()
    assert body["article_id"].startswith("sha256:")
    assert body["version"] == 1


async def test_multipart_without_file_field_is_400(client: Client) -> None:
    form = FormData()
    form.add_field("other", b"x", filename="x.txt")
    response = await client.post("/v1/articles", data=form, headers=AUTH)
    assert response.status == 400


async def test_rejection_is_422_with_reason(client: Client) -> None:
    response = await client.post("/v1/articles", data=b"BAD", headers={**AUTH, "X-File-Name": "bad.txt"})
    assert response.status == 422
    body = await response.json()
    assert body.pop("dead_letter_id") == f"ingest:http:{response.headers['X-Request-Id']}"
    assert body == {"error_class": "MalformedInputError", "reason": "the file has no headline"}


async def test_a_client_request_id_names_the_dead_letter(client: Client) -> None:
    headers = {**AUTH, "X-Request-Id": "upload-7"}
    response = await client.post("/v1/articles", data=b"BAD", headers=headers)
    assert (await response.json())["dead_letter_id"] == "ingest:http:upload-7"
    assert response.headers["X-Request-Id"] == "upload-7"


async def test_healthz_ok_readyz_not_ready(client: Client) -> None:
    assert (await client.get("/healthz")).status == 200
    ready = await client.get("/readyz")
    assert ready.status == 503


async def test_metrics_count_by_channel(client: Client) -> None:
    await client.post("/v1/articles", data=b"BAD", headers=AUTH)
    text = await (await client.get("/metrics")).text()
    assert 'newswire_ingest_files_received_total{channel="http"} 1.0' in text
    assert 'newswire_ingest_files_rejected_total{channel="http",error_class="MalformedInputError"} 1.0' in text


async def test_no_token_configured_means_open(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    app = create_app(dry_pipeline, Publisher(settings), None)
    async with TestClient(TestServer(app)) as open_client:
        assert (await open_client.post("/v1/articles", data=b"Open\nbody")).status == 202


async def test_message_with_two_stories_answers_both_articles(client: Client) -> None:
    response = await client.post("/v1/articles", data=b"One\nbody\n===\nTwo\nbody", headers=AUTH)
    assert response.status == 202
    body = await response.json()
    assert [a["version"] for a in body["articles"]] == [1, 1]
    assert len({a["article_id"] for a in body["articles"]}) == 2
    assert body["article_id"] == body["articles"][0]["article_id"]
    assert body["skipped"] == []


async def test_probes_are_not_access_logged_and_readiness_changes_are(
    settings: IngestSettings, dry_pipeline: Pipeline, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(dry_pipeline, Publisher(settings), None)
    stop = asyncio.Event()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = asyncio.create_task(run_http(app, "127.0.0.1", port, stop))
    caplog.set_level(logging.DEBUG)
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as session:
            for _ in range(50):  # until the server listens
                with contextlib.suppress(aiohttp.ClientConnectionError):
                    (await session.get("/healthz")).release()
                    break
                await asyncio.sleep(0.05)
            for path in ("/healthz", "/readyz", "/readyz", "/metrics", "/readyz"):
                (await session.get(path)).release()
            (await session.post("/v1/articles", data=b"Headline\nbody")).release()
    finally:
        stop.set()
        await server
    access = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert len(access) == 1, access
    assert '"POST /v1/articles HTTP/1.1" 202' in access[0]
    readiness = [r.getMessage() for r in caplog.records if r.getMessage().startswith("readiness")]
    assert readiness == ["readiness: not ready (producer not connected)"], "three probes, one line"


async def _refused() -> None:
    raise ConnectionRefusedError("broker down")


async def test_known_unreachable_kafka_is_503_with_retry_after_at_once(
    settings: IngestSettings, dry_pipeline: Pipeline
) -> None:
    probe = CachedProbe("kafka", _refused, interval=30.0)
    app = create_app(dry_pipeline, Publisher(settings), SecretStr(TOKEN), BackPressure(probe, 10.0, 7))
    async with TestClient(TestServer(app)) as test_client:
        ready = await test_client.get("/readyz")
        assert ready.status == 503
        assert "producer not connected" in (await ready.json())["reason"]
        await probe.result()
        response = await test_client.post("/v1/articles", data=b"Headline\nbody", headers=AUTH)
        assert response.status == 503
        assert response.headers["Retry-After"] == "7"
        assert (await response.json())["reason"] == "Kafka unreachable: ConnectionRefusedError: broker down"
