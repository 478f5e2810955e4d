"""``python -m newswire_ingest serve`` as a test's own subprocess: start it, wait for /readyz, read its log."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import aiohttp


def log_text(log: Path) -> str:
    """The service's log so far (for failure messages)."""
    return log.read_text(encoding="utf-8")


def start_service(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start ``python -m newswire_ingest serve`` with ``env``, output to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "newswire_ingest", "serve"], env=env, stdout=out, stderr=out)


async def wait_ready(url: str, service: subprocess.Popen[bytes], log: Path) -> None:
    """Poll ``/readyz`` until it answers 200 (failing at once if the service exits)."""
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            assert service.poll() is None, log_text(log)
            try:
                async with session.get(f"{url}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"service never became ready:\n{log_text(log)}")
