"""A stop request ends the process within the shutdown timeout: gracefully if it can, by the watchdog if not."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
import time

import pytest
from newswire_runtime import ShutdownDeadline, ShutdownSettings, run_until_stopped
from pydantic_settings import SettingsConfigDict


def test_default_timeout_is_fifteen_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ShutdownSettings().shutdown_timeout_s == 15.0

    class Service(ShutdownSettings):
        model_config = SettingsConfigDict(env_prefix="DEMO_")

    monkeypatch.setenv("DEMO_SHUTDOWN_TIMEOUT_S", "4")
    assert Service().shutdown_timeout_s == 4.0


async def test_main_that_stops_in_time_returns_its_result(caplog: pytest.LogCaptureFixture) -> None:
    stop = asyncio.Event()

    async def main() -> str:
        await stop.wait()
        await asyncio.sleep(0.05)  # its graceful cleanup
        return "done"

    deadline = ShutdownDeadline("demo", timeout=60)
    asyncio.get_running_loop().call_later(0.05, stop.set)
    with caplog.at_level(logging.INFO):
        assert await run_until_stopped(main(), stop, deadline) == "done"
    assert deadline.armed
    assert "demo stopped cleanly in" in caplog.text


async def test_main_stuck_after_the_stop_is_cancelled_after_the_grace(caplog: pytest.LogCaptureFixture) -> None:
    stop = asyncio.Event()
    cleaned_up: list[bool] = []

    async def main() -> str:
        try:
            await asyncio.sleep(3600)  # a retry loop against an unreachable broker
        finally:
            cleaned_up.append(True)
        return "never"

    deadline = ShutdownDeadline("demo", timeout=0.3)
    asyncio.get_running_loop().call_later(0.05, stop.set)
    started = time.monotonic()
    with caplog.at_level(logging.INFO):
        assert await run_until_stopped(main(), stop, deadline) is None
    assert time.monotonic() - started < 1.0
    assert cleaned_up == [True]
    assert "demo stopped in" in caplog.text
    assert "its work in hand cancelled" in caplog.text


async def test_main_that_ends_by_itself_does_not_arm_the_deadline() -> None:
    async def main() -> int:
        return 1

    deadline = ShutdownDeadline("demo", timeout=60)
    assert await run_until_stopped(main(), asyncio.Event(), deadline) == 1
    assert not deadline.armed


def test_watchdog_ends_a_process_whose_loop_is_stuck() -> None:
    script = textwrap.dedent(
        """
        import logging, time
        from newswire_runtime import ShutdownDeadline
        logging.basicConfig(level=logging.INFO)
        ShutdownDeadline("demo", timeout=0.5).arm()
        time.sleep(30)  # blocked: no event loop will ever run the graceful stop
        """
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=20, check=False)
    assert time.monotonic() - started < 10
    assert done.returncode == 0
    assert "demo did not stop within 0.5 s" in done.stderr
