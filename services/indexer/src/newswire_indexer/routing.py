"""Which monthly index an article lives in: its first index, forever.

An article goes to the index of its publication month, but a correction may change ``published_at`` (or add
one where the first version had none). Writing it to another month would leave two documents with the same id
behind the alias, and external versions only guard one index. So an article that already exists is written to
the index that holds it: found by an ``ids`` search on the alias, or in a bounded memory of recent writes (a
search does not see documents indexed within the last refresh interval).
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from elasticsearch import AsyncElasticsearch

logger = logging.getLogger(__name__)


class HomeIndexCache:
    """Bounded LRU memory of article id → index it was written to."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, str] = OrderedDict()

    def get(self, article_id: str) -> str | None:
        """The remembered index of an article, refreshing its recency."""
        index = self._entries.get(article_id)
        if index is not None:
            self._entries.move_to_end(article_id)
        return index

    def put(self, article_id: str, index: str) -> None:
        """Remember where an article was written; forget the oldest entry past capacity."""
        if self._capacity <= 0:
            return
        self._entries[article_id] = index
        self._entries.move_to_end(article_id)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class HomeIndexRouter:
    """Resolves the target index of each article of a batch (one search per batch for unknown ids)."""

    def __init__(self, es: AsyncElasticsearch, alias: str, cache: HomeIndexCache) -> None:
        self._es = es
        self._alias = alias
        self._cache = cache

    async def lookup(self, article_ids: list[str]) -> dict[str, str]:
        """Index currently holding each of ``article_ids`` that exists behind the alias."""
        if not article_ids:
            return {}
        response = await self._es.search(
            index=self._alias,
            query={"ids": {"values": article_ids}},
            source=False,
            version=True,
            size=len(article_ids),
            ignore_unavailable=True,
            allow_no_indices=True,
            filter_path="hits.hits._id,hits.hits._index,hits.hits._version",
        )
        found: dict[str, tuple[int, str]] = {}
        for hit in response.body.get("hits", {}).get("hits", []):
            doc_id, index, version = hit["_id"], hit["_index"], int(hit.get("_version", 0))
            if doc_id in found:
                logger.warning("article %s exists in %s and %s; writing to the newer", doc_id, found[doc_id][1], index)
            if doc_id not in found or version > found[doc_id][0]:
                found[doc_id] = (version, index)
        return {doc_id: index for doc_id, (_, index) in found.items()}

    async def resolve(self, wanted: list[tuple[str, str]]) -> list[str]:
        """Target index for each ``(article_id, month_index)`` pair, in order; earlier pairs win within a batch."""
        unknown = list(dict.fromkeys(aid for aid, _ in wanted if self._cache.get(aid) is None))
        existing = await self.lookup(unknown)
        targets: list[str] = []
        for article_id, month_index in wanted:
            home = self._cache.get(article_id) or existing.get(article_id) or month_index
            self._cache.put(article_id, home)
            targets.append(home)
        return targets
