"""The home-index memory is a bounded LRU; the router keeps articles home and knows re-deliveries."""

from __future__ import annotations

from typing import Any, cast

from elasticsearch import AsyncElasticsearch
from newswire_indexer.routing import HomeIndexCache, HomeIndexRouter, Stored


def test_lru_forgets_the_least_recently_used() -> None:
    cache = HomeIndexCache(2)
    cache.put("a", Stored("i-2026.01"))
    cache.put("b", Stored("i-2026.02"))
    assert cache.get("a") == Stored("i-2026.01")
    cache.put("c", Stored("i-2026.03"))
    assert cache.get("b") is None
    assert cache.get("a") == Stored("i-2026.01")
    assert len(cache) == 2


def test_zero_capacity_remembers_nothing() -> None:
    cache = HomeIndexCache(0)
    cache.put("a", Stored("i"))
    assert cache.get("a") is None


def _doc(version: int, content_hash: str, received_at: str) -> dict[str, Any]:
    return {"version": version, "content_hash": content_hash, "received_at": received_at}


def test_a_redelivery_is_the_same_version_and_bytes_received_again() -> None:
    stored = Stored.of("i", _doc(1, "sha256:aa", "2026-12-02T10:00:00.000Z"))
    assert stored.redelivered(_doc(1, "sha256:aa", "2026-12-02T11:00:00.000Z"))
    assert not stored.redelivered(_doc(1, "sha256:aa", "2026-12-02T10:00:00.000Z")), "the same record: a re-tag"
    assert not stored.redelivered(_doc(2, "sha256:aa", "2026-12-02T11:00:00.000Z")), "another version"
    assert not stored.redelivered(_doc(1, "sha256:bb", "2026-12-02T11:00:00.000Z")), "other bytes"
    assert not Stored("i").redelivered(_doc(1, "sha256:aa", "x")), "nothing known: never skipped"


class _Known(HomeIndexRouter):
    """A router whose Elasticsearch lookup answers from a dict (the search itself is tested in integration)."""

    def __init__(self, existing: dict[str, str], cache: HomeIndexCache) -> None:
        super().__init__(cast(AsyncElasticsearch, None), "a", cache)
        self.existing = existing
        self.asked: list[list[str]] = []

    async def lookup(self, article_ids: list[str]) -> dict[str, Stored]:
        self.asked.append(article_ids)
        return {i: Stored(self.existing[i]) for i in article_ids if i in self.existing}


async def test_existing_articles_stay_home_and_the_first_in_a_batch_decides() -> None:
    cache = HomeIndexCache(10)
    router = _Known({"old": "a-2026.01"}, cache)
    targets = await router.resolve([("old", "a-2026.03"), ("new", "a-2026.03"), ("new", "a-2026.04")])
    assert [t.index for t in targets] == ["a-2026.01", "a-2026.03", "a-2026.03"]
    assert router.asked == [["old", "new"]]
    # remembered: the next batch needs no lookup for these ids
    assert [t.index for t in await router.resolve([("new", "a-2026.05")])] == ["a-2026.03"]
    assert router.asked == [["old", "new"], []]


async def test_what_was_written_is_remembered_with_its_fingerprint() -> None:
    router = _Known({}, HomeIndexCache(10))
    router.written("x", "a-2026.12", _doc(1, "sha256:aa", "t1"))
    (stored,) = await router.resolve([("x", "a-2026.01")])
    assert stored.index == "a-2026.12"
    assert stored.redelivered(_doc(1, "sha256:aa", "t2"))
