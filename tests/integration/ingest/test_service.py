"""``python -m newswire_ingest serve`` with every channel: ready over HTTP, ingests, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from pathlib import Path

import aiohttp
import pytest
from newswire_cli.services import free_port
from newswire_ingest.settings import IngestSettings

from tests.integration.ingest.expectations import SEED, articles_on
from tests.integration.ingest.serve import log_text, start_service, wait_ready

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(180)]


async def test_serve_all_channels_and_sigterm(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": ingest_settings.kafka.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": ingest_settings.kafka.topic_prefix,
        "INGEST_GROUP_ID": ingest_settings.group_id,
        "INGEST_WATCH_DIR": str(ingest_settings.watch_dir),
        "INGEST_MIN_FILE_AGE": "0",
        "INGEST_POLL_INTERVAL": "0.2",
        "INGEST_HTTP_PORT": str(port),
        "INGEST_HTTP_TOKEN": "serve-token",
        "INGEST_LOG_FORMAT": "json",
    }
    service = start_service(env, log)
    url = f"http://127.0.0.1:{port}"
    try:
        await wait_ready(url, service, log)
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{url}/healthz") as health:
                assert health.status == 200
            async with session.post(f"{url}/v1/articles", data=SEED.read_bytes()) as denied:
                assert denied.status == 401
            headers = {"Authorization": "Bearer serve-token", "X-File-Name": SEED.name}
            async with session.post(f"{url}/v1/articles", data=SEED.read_bytes(), headers=headers) as accepted:
                assert accepted.status == 202, await accepted.text()
                http_id = (await accepted.json())["article_id"]
        ingest_settings.watch_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED, ingest_settings.watch_dir / SEED.name)
        articles = await articles_on(ingest_settings.kafka, count=2, within=60)
        assert sorted(a.channel for a in articles) == ["folder", "http"]
        assert {a.id for a in articles} == {http_id}
    finally:
        service.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(service.wait, 30)
    assert code == 0, log_text(log)
    lines = log_text(log).splitlines()
    assert not [line for line in lines if '"level": "ERROR"' in line]
    assert any('"ingest service stopped"' in line for line in lines), lines[-5:]
