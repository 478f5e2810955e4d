"""The audit trail of kills and withholds: one record per withdrawing version in ``{prefix}-withdrawals``.

A version whose ``pubstatus`` is ``canceled`` or ``withheld`` replaces the article's document (status
``withdrawn``: out of the read alias and the dashboards), so the record of what was withdrawn is written here:
the article id and withdrawing version, when, the notice's headline and editorial note, and the story as it stood
before (read just before the kill overwrote it; absent when the kill arrived first or the story was never
indexed). Records are written with ``create`` only after the kill itself was indexed: a stale kill (an older
version than the one indexed) leaves no record, and a replay keeps the first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from elasticsearch import AsyncElasticsearch

from newswire_indexer.items import BulkItem, Verdict

STORY_FIELDS: Final = ["version", "status", "headline", "lead", "body", "published_at", "source", "byline", "urgency"]
"""What the record keeps of the withdrawn story (stored, never searched)."""


def withdrawing(items: list[BulkItem]) -> list[BulkItem]:
    """The article items about to write a kill or a hold."""
    return [item for item in items if item.version is not None and item.source.get("status") == "withdrawn"]


async def stories_before(es: AsyncElasticsearch, kills: list[BulkItem]) -> dict[str, dict[str, Any]]:
    """Article id → the story its home index holds now, for each kill about to overwrite one."""
    if not kills:
        return {}
    docs = [{"_index": item.index, "_id": item.doc_id, "_source": STORY_FIELDS} for item in kills]
    response = await es.mget(docs=docs)
    return {doc["_id"]: doc["_source"] for doc in response.body["docs"] if doc.get("found")}


def withdrawal_items(
    kills: list[BulkItem], before: dict[str, dict[str, Any]], index: str, now: datetime
) -> list[BulkItem]:
    """The records of the kills Elasticsearch indexed."""
    records = []
    for kill in kills:
        if kill.verdict is not Verdict.INDEXED:
            continue
        doc = kill.source
        story = before.get(kill.doc_id)
        if story is not None and story.get("version") == doc["version"]:
            story = None  # a replay of this very kill: what stood before it is no longer known
        source = {
            "article_id": doc["article_id"],
            "version": doc["version"],
            "pubstatus": doc["pubstatus"],
            "withdrawn_at": doc.get("withdrawn_at") or now.isoformat(timespec="milliseconds"),
            "notice_headline": doc["headline"],
            "editorial_note": doc.get("editorial_note"),
            "file_name": doc.get("file_name"),
            "content_hash": doc.get("content_hash"),
            "received_at": doc.get("received_at"),
            "withdrawn_story": story,
        }
        doc_id = f"{doc['article_id']}:{doc['version']}"
        records.append(BulkItem(index=index, doc_id=doc_id, source=source, origin=kill.origin, create=True))
    return records
