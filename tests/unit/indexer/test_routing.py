"""The home-index memory is a bounded LRU."""

from __future__ import annotations

from newswire_indexer.routing import HomeIndexCache


def test_lru_forgets_the_least_recently_used() -> None:
    cache = HomeIndexCache(2)
    cache.put("a", "i-2026.01")
    cache.put("b", "i-2026.02")
    assert cache.get("a") == "i-2026.01"
    cache.put("c", "i-2026.03")
    assert cache.get("b") is None
    assert cache.get("a") == "i-2026.01"
    assert len(cache) == 2


def test_zero_capacity_remembers_nothing() -> None:
    cache = HomeIndexCache(0)
    cache.put("a", "i")
    assert cache.get("a") is None
