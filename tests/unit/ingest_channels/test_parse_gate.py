"""ParseGate: small inputs inline, large ones admitted a few at a time, memory released once a burst ends."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from newswire_ingest.parse_gate import ParseGate


async def test_small_input_is_parsed_inline() -> None:
    gate = ParseGate(large_bytes=100)
    assert await gate.run(100, threading.get_ident) == threading.get_ident()
    gate.close()


async def test_large_parses_never_exceed_the_concurrency() -> None:
    gate = ParseGate(large_bytes=0, concurrency=2, settle=60)
    running = peak = 0
    lock = threading.Lock()

    def parse() -> str:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return threading.current_thread().name

    async def admitted() -> str:
        async with gate.admit(1):
            return await gate.run(1, parse)

    names = await asyncio.gather(*(admitted() for _ in range(8)))
    gate.close()
    assert peak == 2
    assert {name.split("_")[0] for name in names} == {"ingest-parse"}
    assert len(set(names)) == 2  # two threads, so at most two glibc heaps touched by parses


async def test_admission_is_bounded_and_small_inputs_pass() -> None:
    gate = ParseGate(large_bytes=10, concurrency=1, settle=60)
    async with gate.admit(11):
        assert gate.admitted == 1
        async with gate.admit(10):  # small: never waits, even with every slot taken
            assert gate.admitted == 1
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1), gate.admit(11):
                pass
    assert gate.admitted == 0
    gate.close()


async def test_memory_is_released_once_after_a_burst_settles() -> None:
    released: list[float] = []
    gate = ParseGate(large_bytes=0, concurrency=2, settle=0.2, release=lambda: released.append(time.monotonic()))

    async def admitted() -> None:
        async with gate.admit(1):
            await gate.run(1, lambda: time.sleep(0.01))

    await asyncio.gather(*(admitted() for _ in range(4)))
    ended = time.monotonic()
    assert released == []  # not while the rejected inputs may still be referenced
    await asyncio.sleep(0.4)
    assert len(released) == 1
    assert released[0] - ended >= 0.15
    gate.close()


async def test_a_failing_parse_propagates_and_still_frees_its_slot() -> None:
    gate = ParseGate(large_bytes=0, concurrency=1, settle=60)

    def fail() -> None:
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        async with gate.admit(1):
            await gate.run(1, fail)
    assert gate.admitted == 0
    async with gate.admit(1):
        assert await gate.run(1, lambda: 42) == 42
    gate.close()


def test_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        ParseGate(concurrency=0)
