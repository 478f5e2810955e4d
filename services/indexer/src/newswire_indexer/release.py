"""The embargo releaser: a held article becomes public at its release time, whichever indexer runs, restarts or not.

Held articles are documents with ``status: embargoed`` and an ``embargoed_until`` (see :mod:`visibility`); the
state lives in Elasticsearch, not in a process. Every ``INDEXER_RELEASE_INTERVAL_MS`` each indexer process
searches the monthly indices for held articles whose time has come and flips them to ``public`` with an
``update`` guarded by the sequence number it read (``if_seq_no`` / ``if_primary_term``):

* never early: the status was decided with the release time at write, and only ``embargoed_until <= now`` is
  released;
* never lost: a process that dies (or Elasticsearch restarting) leaves the held documents as they are, and the
  next pass of any process releases what is due; it is at most one interval plus one refresh late;
* never over a newer version: a correction or kill written meanwhile changed the sequence number, so the release
  is refused (409) and the newer version's own decision stands. The update raises the document's version by one,
  so a replay of the held version (same external version) stays refused.

Several processes releasing at once are harmless: the first update wins, the others get 409.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any, Final

from elasticsearch import AsyncElasticsearch

from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.periodic import run_every
from newswire_indexer.settings import IndexerSettings

logger = logging.getLogger(__name__)

PAGE: Final = 1000
"""Held articles released per pass at most (the rest go in the next pass, an interval later)."""


def _iso(moment: datetime) -> str:
    """UTC ISO-8601 with milliseconds, as the article documents store times."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def due_query(now: datetime) -> dict[str, Any]:
    """Held articles whose release time is ``now`` or earlier."""
    return {"bool": {"filter": [{"term": {"status": "embargoed"}}, {"range": {"embargoed_until": {"lte": _iso(now)}}}]}}


class EmbargoReleaser:
    """Releases due embargoes every interval until stopped (one per indexer process)."""

    def __init__(self, es: AsyncElasticsearch, settings: IndexerSettings, metrics: IndexerMetrics) -> None:
        self._es = es
        self._indices = f"{settings.elasticsearch.articles_alias}-*"
        self._interval = settings.release_interval_ms / 1000
        self._metrics = metrics

    async def run(self, stop: asyncio.Event) -> None:
        """Release what is due, then wait an interval; an unreachable Elasticsearch only delays the next pass."""
        await run_every(self._interval, stop, "embargo release", lambda: self.release_due(datetime.now(tz=UTC)))

    async def release_due(self, now: datetime) -> int:
        """One pass: make every held article due at ``now`` public; returns how many were released."""
        response = await self._es.search(
            index=self._indices,
            query=due_query(now),
            size=PAGE,
            seq_no_primary_term=True,
            source=False,
            sort=[{"embargoed_until": "asc"}],
            ignore_unavailable=True,
            allow_no_indices=True,
            filter_path="hits.hits._id,hits.hits._index,hits.hits._seq_no,hits.hits._primary_term",
        )
        hits = response.body.get("hits", {}).get("hits", [])
        if not hits:
            return 0
        operations: list[dict[str, Any]] = []
        for hit in hits:
            guard = {"if_seq_no": hit["_seq_no"], "if_primary_term": hit["_primary_term"]}
            operations.append({"update": {"_index": hit["_index"], "_id": hit["_id"], **guard}})
            operations.append({"doc": {"status": "public", "released_at": _iso(now)}})
        answer = await self._es.bulk(operations=operations, filter_path="items.*.status,items.*._id")
        statuses = [next(iter(item.values())) for item in answer.body.get("items", [])]
        released = [s["_id"] for s in statuses if 200 <= int(s["status"]) < 300]
        self._metrics.released.inc(len(released))
        if released:
            logger.info("released %d embargoed articles: %s", len(released), ", ".join(released[:20]))
        return len(released)
