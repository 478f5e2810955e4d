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
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from newswire_indexer.items import BulkItem, Origin, Verdict

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
