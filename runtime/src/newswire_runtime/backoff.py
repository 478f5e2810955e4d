"""Exponential backoff with jitter (one formula for every retry loop), and a retry loop that never drops data."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

Sleeper = Callable[[float], Awaitable[None]]
"""Waits the given number of seconds (a consumer's version keeps its group membership meanwhile)."""


@dataclass
class Backoff:
    """Delay before retry ``attempt`` (1-based): doubling from ``initial``, capped at ``maximum``, equal jitter."""

    initial: float
    maximum: float
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before the given retry: half fixed, half random, so many clients do not retry in step."""
        cap = min(self.maximum, self.initial * 2.0 ** min(max(0, attempt - 1), 60))
        jitter: float = self.rng.uniform(0, cap / 2)
        return cap / 2 + jitter


async def sleep_or_stop(stop: asyncio.Event, delay: float) -> None:
    """Sleep ``delay`` seconds, returning early when ``stop`` is set."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=delay)


@dataclass
class RetryBudget:
    """Counts consecutive retries of one operation and reports when the soft limit is exceeded."""

    backoff: Backoff
    sleep: Sleeper
    max_retries: int
    on_retry: Callable[[int, bool], None] = field(default=lambda attempt, exhausted: None)
    attempt: int = 0

    @property
    def exhausted(self) -> bool:
        """True once more than ``max_retries`` retries were needed (a service reports not-ready)."""
        return self.attempt > self.max_retries

    async def wait(self, what: str) -> None:
        """Sleep before the next attempt; past the soft limit keep retrying at the capped delay."""
        self.attempt += 1
        delay = self.backoff.delay(self.attempt)
        level = logging.ERROR if self.exhausted else logging.WARNING
        logger.log(level, "%s failed, retry %d in %.2fs", what, self.attempt, delay)
        self.on_retry(self.attempt, self.exhausted)
        await self.sleep(delay)


async def retry_transient(
    budget: RetryBudget, what: str, operation: Callable[[], Awaitable[T]], is_transient: Callable[[Exception], bool]
) -> T:
    """Run ``operation`` until it succeeds; transient failures wait on ``budget``, others propagate."""
    while True:
        try:
            return await operation()
        except Exception as exc:
            if not is_transient(exc):
                raise
            await budget.wait(f"{what} ({type(exc).__name__}: {exc})")
