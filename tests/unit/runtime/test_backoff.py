"""Backoff doubles up to its cap with jitter; the retry budget reports exhaustion but keeps going."""

from __future__ import annotations

import random

import pytest
from newswire_runtime import Backoff, RetryBudget, retry_transient


def test_delay_doubles_and_is_capped_with_jitter() -> None:
    backoff = Backoff(initial=0.2, maximum=5.0, rng=random.Random(7))  # noqa: S311 - seeded jitter, not security
    for attempt, cap in [(1, 0.2), (2, 0.4), (3, 0.8), (5, 3.2), (6, 5.0), (40, 5.0)]:
        delays = [backoff.delay(attempt) for _ in range(200)]
        assert all(cap / 2 <= d <= cap for d in delays)
        assert max(delays) - min(delays) > cap / 10, "jitter spreads the retries"


async def test_budget_marks_exhaustion_and_keeps_retrying() -> None:
    slept: list[float] = []
    seen: list[tuple[int, bool]] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    budget = RetryBudget(Backoff(0.01, 0.02), sleep, max_retries=2, on_retry=lambda a, e: seen.append((a, e)))
    calls = 0

    async def flaky() -> str:
        nonlocal calls
        calls += 1
        if calls < 5:
            raise ConnectionError("refused")
        return "ok"

    result = await retry_transient(budget, "flaky", flaky, lambda exc: isinstance(exc, ConnectionError))
    assert result == "ok"
    assert seen == [(1, False), (2, False), (3, True), (4, True)]
    assert len(slept) == 4


async def test_non_transient_errors_propagate() -> None:
    async def sleep(seconds: float) -> None:
        raise AssertionError("must not wait")

    async def broken() -> None:
        raise KeyError("bug")

    budget = RetryBudget(Backoff(0.01, 0.02), sleep, max_retries=2)
    with pytest.raises(KeyError):
        await retry_transient(budget, "broken", broken, lambda exc: isinstance(exc, ConnectionError))
