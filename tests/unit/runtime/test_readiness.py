"""Readiness probes: cached for an interval, bounded by a timeout, a change of state logged once."""

from __future__ import annotations

import asyncio
import logging

import pytest
from newswire_runtime import CachedProbe, readiness


class _Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


class _Dependency:
    """A check whose answer the test sets, counting how often it was asked."""

    def __init__(self) -> None:
        self.up = True
        self.calls = 0
        self.hang = False

    async def __call__(self) -> None:
        self.calls += 1
        if self.hang:
            await asyncio.sleep(60)
        if not self.up:
            raise ConnectionRefusedError("connection refused")


async def test_a_result_is_reused_for_the_interval() -> None:
    clock, dependency = _Clock(), _Dependency()
    probe = CachedProbe("kafka", dependency, interval=2.0, clock=clock)
    results = await asyncio.gather(*(probe.result() for _ in range(20)))
    assert all(result.ok for result in results)
    assert dependency.calls == 1, "concurrent polls share one check"
    dependency.up = False
    clock.now += 1.9
    assert (await probe.result()).ok, "still fresh"
    clock.now += 0.2
    down = await probe.result()
    assert (down.ok, down.reason) == (False, "ConnectionRefusedError: connection refused")
    assert probe.known_down()
    clock.now += 2.1
    assert not probe.known_down(), "an old answer proves nothing"
    assert dependency.calls == 2


async def test_a_hung_dependency_is_unreachable_after_the_timeout() -> None:
    dependency = _Dependency()
    dependency.hang = True
    probe = CachedProbe("elasticsearch", dependency, timeout=0.05)
    result = await probe.result()
    assert (result.ok, result.reason) == (False, "no answer within 0.05 s")


async def test_changes_are_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    clock, dependency = _Clock(), _Dependency()
    probe = CachedProbe("kafka", dependency, interval=1.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="newswire_runtime.readiness"):
        for up in (True, False, False, False, True, True):
            dependency.up = up
            clock.now += 5
            await probe.result()
    assert [record.getMessage() for record in caplog.records] == [
        "kafka unreachable: ConnectionRefusedError: connection refused",
        "kafka reachable again after 15 s",
    ]


async def test_readiness_needs_every_dependency() -> None:
    kafka, elasticsearch = _Dependency(), _Dependency()
    elasticsearch.up = False
    probes = [CachedProbe("kafka", kafka), CachedProbe("elasticsearch", elasticsearch)]
    ready, answers = await readiness(probes)
    assert not ready
    assert answers == {
        "kafka": {"ok": True},
        "elasticsearch": {"ok": False, "reason": "ConnectionRefusedError: connection refused"},
    }
