"""Receipts: what became of each article of a traced submission, for whoever sent it to look up.

A file sent with a run id (the inbox header ``run-id``, e.g. by ``newswire demo``) carries it on its articles;
for each of them the indexer writes one receipt to ``{prefix}-receipts`` once Elasticsearch has answered:

===========  =====================================================================================
status       meaning
===========  =====================================================================================
indexed      written, public (searchable through the read alias)
embargoed    written and held: public at ``embargoed_until`` (or when a later version lifts it)
withdrawn    written as a kill or a hold: the story is out of the read alias
unchanged    nothing to write: this version is already indexed (a re-delivery or a replay) or a newer
             version is
rejected     Elasticsearch refused the document (also dead-lettered, with the reason)
===========  =====================================================================================

Receipts are keyed by the enriched record's coordinates and written with ``create``: a replay of the record
after a crash keeps the first verdict. Untraced articles (no run id) get none, so ordinary traffic pays nothing.
They are kept ``INDEXER_RECEIPTS_RETENTION_DAYS`` after their verdict (:class:`ReceiptPruner`), then deleted.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from elasticsearch import AsyncElasticsearch

from newswire_indexer.items import BulkItem, Origin, Verdict
from newswire_indexer.layout import receipts_index
from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.periodic import run_every
from newswire_indexer.settings import IndexerSettings

logger = logging.getLogger(__name__)

PRUNE_PAGE: Final = 1000
"""Receipts deleted per bulk request while pruning."""

_COPIED: Final = (
    "article_id",
    "version",
    "urgency",
    "headline",
    "headline_only",
    "embargoed_until",
    "file_name",
    "content_hash",
    "received_at",
)
_BY_STATUS: Final = {"public": "indexed", "embargoed": "embargoed", "withdrawn": "withdrawn"}


def receipt_status(item: BulkItem) -> str | None:
    """The receipt status of an article item with a final verdict (``None`` while it has none)."""
    if item.verdict is Verdict.INDEXED:
        return _BY_STATUS[item.source["status"]]
    if item.verdict is Verdict.IGNORED:
        return "unchanged"
    if item.verdict is Verdict.REJECTED:
        return "rejected"
    return None


def receipt_items(articles: list[BulkItem], index: str, now: datetime, reasons: dict[Origin, str]) -> list[BulkItem]:
    """The receipts of the traced article items of a batch; ``reasons`` says why a rejected one was refused."""
    receipts = []
    for item in articles:
        status = receipt_status(item)
        if item.origin.run_id is None or status is None:
            continue
        origin = item.origin
        source: dict[str, Any] = {key: item.source.get(key) for key in _COPIED}
        source |= {
            "run_id": origin.run_id,
            "status": status,
            "reason": reasons.get(origin) if status == "rejected" else None,
            "decided_at": now.isoformat(timespec="milliseconds"),
            "index": item.index,
        }
        doc_id = f"{origin.topic}:{origin.partition}:{origin.offset}"
        receipts.append(BulkItem(index=index, doc_id=doc_id, source=source, origin=origin, create=True))
    return receipts


class ReceiptPruner:
    """Deletes receipts older than the retention period, every interval, until stopped (one per indexer process).

    Several processes pruning at once are harmless: a receipt already deleted is a version conflict, skipped.
    """

    def __init__(self, es: AsyncElasticsearch, settings: IndexerSettings, metrics: IndexerMetrics) -> None:
        self._es = es
        self._index = receipts_index(settings.elasticsearch)
        self._retention = timedelta(days=settings.receipts_retention_days)
        self._interval = settings.receipts_prune_interval_s
        self._metrics = metrics

    async def run(self, stop: asyncio.Event) -> None:
        """Prune now and every interval; with a retention of 0 receipts are kept and nothing runs."""
        if not self._retention:
            await stop.wait()
            return
        await run_every(self._interval, stop, "receipt pruning", lambda: self.prune(datetime.now(tz=UTC)))

    async def prune(self, now: datetime) -> int:
        """Delete the receipts decided before ``now`` minus the retention period; returns how many went.

        Search and bulk delete, a page at a time (``_delete_by_query`` lives in the reindex module, which not every
        node has: the local stack's does not).
        """
        cutoff = (now - self._retention).astimezone(UTC).isoformat(timespec="milliseconds")
        deleted = 0
        while True:
            response = await self._es.search(
                index=self._index,
                query={"range": {"decided_at": {"lt": cutoff}}},
                size=PRUNE_PAGE,
                source=False,
                ignore_unavailable=True,
                allow_no_indices=True,
                filter_path="hits.hits._id",
            )
            ids = [hit["_id"] for hit in response.body.get("hits", {}).get("hits", [])]
            if not ids:
                break
            answer = await self._es.bulk(
                operations=[{"delete": {"_index": self._index, "_id": doc_id}} for doc_id in ids],
                refresh=True,
                filter_path="items.*.status",
            )
            statuses = [next(iter(item.values()))["status"] for item in answer.body.get("items", [])]
            deleted += sum(1 for status in statuses if int(status) == 200)
            if len(ids) < PRUNE_PAGE:
                break
        self._metrics.receipts_pruned.inc(deleted)
        if deleted:
            logger.info("deleted %d receipts decided before %s", deleted, cutoff)
        return deleted
