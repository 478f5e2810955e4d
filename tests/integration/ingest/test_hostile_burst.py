"""A burst of hostile files against ``python -m newswire_ingest serve``: all refused, and memory comes back.

Target of issue 13: RSS back within 50 MB of its baseline one minute after the burst. The baseline is taken once
the service has published a few ordinary files; the figures are logged (``-o log_cli=true --log-cli-level=INFO``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import aiohttp
import pytest
from newswire_cli.services import free_port
from newswire_ingest.settings import IngestSettings

from tests.integration.ingest.expectations import SEED
from tests.integration.ingest.hostile_burst import HOSTILE, run_burst
from tests.integration.ingest.serve import log_text, start_service, wait_ready

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(600)]

logger = logging.getLogger(__name__)
COPIES = 8


async def _warm_up(url: str) -> None:
    """Publish a few ordinary files, so the baseline is that of a service at work, not of one just started."""
    async with aiohttp.ClientSession() as session:
        for n in range(5):
            data = SEED.read_bytes() + f"\n\nWarm-up paragraph {n}.\n".encode()
            async with session.post(f"{url}/v1/articles", data=data, headers={"X-File-Name": SEED.name}) as answer:
                assert answer.status == 202, await answer.text()
    await asyncio.sleep(2)


async def test_memory_returns_to_baseline_after_a_hostile_burst(
    ingest_settings: IngestSettings, tmp_path: Path
) -> None:
    port, log = free_port(), tmp_path / "serve.log"
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": ingest_settings.kafka.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": ingest_settings.kafka.topic_prefix,
        "INGEST_CHANNELS": "http",
        "INGEST_HTTP_PORT": str(port),
        "INGEST_LOG_FORMAT": "json",
    }
    service = start_service(env, log)
    url = f"http://127.0.0.1:{port}"
    try:
        await wait_ready(url, service, log)
        await _warm_up(url)
        figures = await run_burst(url, service.pid, copies=COPIES)
    finally:
        service.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(service.wait, 60)
    logger.info("hostile burst figures: %s", figures)
    expected = {f"422 {error_class}": 0 for _, error_class in HOSTILE.values()}
    for _, error_class in HOSTILE.values():
        expected[f"422 {error_class}"] += COPIES
    assert figures.answers == expected
    assert figures.settled_after_s is not None, figures  # within 50 MB of the baseline within a minute
    assert code == 0, log_text(log)[-3000:]
