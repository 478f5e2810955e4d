"""``python -m newswire_ingest serve`` with every channel: ready over HTTP, ingests, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from newswire_ingest.settings import IngestSettings

from tests.integration.ingest.expectations import SEED, articles_on

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(180)]


def _free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _text(log: Path) -> str:
    """The service's log so far (for failure messages)."""
    return log.read_text(encoding="utf-8")


def _start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start ``python -m newswire_ingest serve`` with ``env``, output to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "newswire_ingest", "serve"], env=env, stdout=out, stderr=out)


async def _wait_ready(url: str, service: subprocess.Popen[bytes], log: Path) -> None:
    """Poll ``/readyz`` until it answers 200."""
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            assert service.poll() is None, _text(log)
            try:
                async with session.get(f"{url}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"service never became ready:\n{_text(log)}")


async def test_serve_all_channels_and_sigterm(ingest_settings: IngestSettings, tmp_path: Path) -> None:
    port = _free_port()
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
    service = _start(env, log)
    url = f"http://127.0.0.1:{port}"
    try:
        await _wait_ready(url, service, log)
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
    assert code == 0, _text(log)
    lines = _text(log).splitlines()
    assert not [line for line in lines if '"level": "ERROR"' in line]
    assert any('"ingest service stopped"' in line for line in lines), lines[-5:]
