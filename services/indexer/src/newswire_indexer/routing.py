"""Which monthly index an article lives in (its first index, forever), and which delivery of it is stored there.

An article goes to the index of its publication month, but a correction may change ``published_at`` (or add
one where the first version had none). Writing it to another month would leave two documents with the same id,
and external versions only guard one index. So an article that already exists is written to the index that
holds it: found by an ``ids`` search over every monthly index (``{alias}-*``, not the read alias, whose filter
hides embargoed and withdrawn articles), or in a bounded memory of recent writes (a search does not see
documents indexed within the last refresh interval).

The same search tells which version and which delivery (file bytes and reception time) the stored document
came from, so the worker can tell a re-delivered file (same version, same bytes, received again) from a re-tag.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from elasticsearch import AsyncElasticsearch

logger = logging.getLogger(__name__)

_FINGERPRINT_FIELDS = ["version", "content_hash", "received_at"]


@dataclass(frozen=True, slots=True)
class Stored:
    """An article's home index and, when known, a fingerprint of the stored document's version and delivery.

    ``content`` hashes (article version, content hash) and ``delivery`` the reception time: Python hashes, compact
    enough for a memory of hundreds of thousands of articles, compared only within this process.
    """

    index: str
    content: int | None = None
    delivery: int | None = None

    @classmethod
    def of(cls, index: str, document: dict[str, Any]) -> Stored:
        """The fingerprint of a stored (or about to be stored) document's fields."""
        content = hash((document.get("version"), document.get("content_hash")))
        return cls(index, content, hash(document.get("received_at")))

    def redelivered(self, document: dict[str, Any]) -> bool:
        """Whether ``document`` is the stored version, from the same bytes, received another time."""
        if self.content is None:
            return False
        incoming = Stored.of(self.index, document)
        return incoming.content == self.content and incoming.delivery != self.delivery


class HomeIndexCache:
    """Bounded LRU memory of article id → what was stored for it."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, Stored] = OrderedDict()

    def get(self, article_id: str) -> Stored | None:
        """What is remembered of an article, refreshing its recency."""
        stored = self._entries.get(article_id)
        if stored is not None:
            self._entries.move_to_end(article_id)
        return stored

    def put(self, article_id: str, stored: Stored) -> None:
        """Remember an article's home; forget the oldest entry past capacity."""
        if self._capacity <= 0:
            return
        self._entries[article_id] = stored
        self._entries.move_to_end(article_id)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class HomeIndexRouter:
    """Resolves the target index of each article of a batch (one search per batch for unknown ids)."""

    def __init__(self, es: AsyncElasticsearch, alias: str, cache: HomeIndexCache) -> None:
        self._es = es
        self._indices = f"{alias}-*"
        self._cache = cache

    async def lookup(self, article_ids: list[str]) -> dict[str, Stored]:
        """What each of ``article_ids`` that exists in a monthly index looks like there."""
        if not article_ids:
            return {}
        response = await self._es.search(
            index=self._indices,
            query={"ids": {"values": article_ids}},
            source_includes=_FINGERPRINT_FIELDS,
            version=True,
            size=len(article_ids),
            ignore_unavailable=True,
            allow_no_indices=True,
            filter_path="hits.hits._id,hits.hits._index,hits.hits._version,hits.hits._source",
        )
        found: dict[str, tuple[int, Stored]] = {}
        for hit in response.body.get("hits", {}).get("hits", []):
            doc_id, index, version = hit["_id"], hit["_index"], int(hit.get("_version", 0))
            if doc_id in found:
                logger.warning("article %s exists in %s and %s; writing to the newer", doc_id, found[doc_id][1], index)
            if doc_id not in found or version > found[doc_id][0]:
                found[doc_id] = (version, Stored.of(index, hit.get("_source") or {}))
        return {doc_id: stored for doc_id, (_, stored) in found.items()}

    async def resolve(self, wanted: list[tuple[str, str]]) -> list[Stored]:
        """For each ``(article_id, month_index)`` pair, in order, what is stored for it (its month when nothing).

        Earlier pairs win within a batch: a new article's later versions in the same batch go where its first did.
        """
        unknown = list(dict.fromkeys(aid for aid, _ in wanted if self._cache.get(aid) is None))
        existing = await self.lookup(unknown)
        targets: list[Stored] = []
        for article_id, month_index in wanted:
            stored = self._cache.get(article_id) or existing.get(article_id) or Stored(month_index)
            self._cache.put(article_id, stored)
            targets.append(stored)
        return targets

    def written(self, article_id: str, index: str, document: dict[str, Any]) -> None:
        """Remember a document Elasticsearch acknowledged, so a re-delivery of it is known as one."""
        self._cache.put(article_id, Stored.of(index, document))
