"""Exponential backoff with full jitter, shared by every retry loop of the service."""

from __future__ import annotations

import asyncio
import contextlib
import random


def backoff_delay(attempt: int, *, base: float, cap: float) -> float:
    """Seconds before retry ``attempt`` (0-based): between half and all of min(cap, base * 2**attempt)."""
    ceiling = min(cap, base * (2 ** min(attempt, 30)))
    # Jitter spreads retries of many producers hitting the same broker outage.
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - timing jitter, not cryptography


async def sleep_or_stop(stop: asyncio.Event, delay: float) -> None:
    """Sleep ``delay`` seconds, returning early when ``stop`` is set."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=delay)
