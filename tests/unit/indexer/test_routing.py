"""The home-index memory is a bounded LRU."""

from __future__ import annotations

from typing import cast

from elasticsearch import AsyncElasticsearch
from newswire_indexer.routing import HomeIndexCache, HomeIndexRouter


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


class _Known(HomeIndexRouter):
    """A router whose Elasticsearch lookup answers from a dict (the search itself is tested in integration)."""

    def __init__(self, existing: dict[str, str], cache: HomeIndexCache) -> None:
        super().__init__(cast(AsyncElasticsearch, None), "a", cache)
        self.existing = existing
        self.asked: list[list[str]] = []

    async def lookup(self, article_ids: list[str]) -> dict[str, str]:
        self.asked.append(article_ids)
        return {i: self.existing[i] for i in article_ids if i in self.existing}


async def test_existing_articles_stay_home_and_the_first_in_a_batch_decides() -> None:
    cache = HomeIndexCache(10)
    router = _Known({"old": "a-2026.01"}, cache)
    targets = await router.resolve([("old", "a-2026.03"), ("new", "a-2026.03"), ("new", "a-2026.04")])
    assert targets == ["a-2026.01", "a-2026.03", "a-2026.03"]
    assert router.asked == [["old", "new"]]
    # remembered: the next batch needs no lookup for these ids
    assert await router.resolve([("new", "a-2026.05")]) == ["a-2026.03"]
    assert router.asked == [["old", "new"], []]
