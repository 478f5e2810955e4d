"""Dead letters in the dead-letters index: search them, and mark the ones replayed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from elasticsearch import AsyncElasticsearch, NotFoundError

from newswire_cli.errors import CliError
from newswire_cli.replay.letters import LetterFilter, StoredLetter, letter_of


async def from_index(
    es: AsyncElasticsearch, index: str, chosen: LetterFilter, limit: int
) -> tuple[list[StoredLetter], int]:
    """The newest ``limit`` dead letters the filter chooses, and how many it chooses in all."""
    try:
        response = await es.search(
            index=index,
            query=chosen.query(),
            sort=[{"failed_at": {"order": "desc"}}, {"deadletter_id": {"order": "asc"}}],
            size=limit,
            track_total_hits=True,
        )
    except NotFoundError as error:
        raise CliError(
            f"no index {index}: nothing dead-lettered yet (or another ELASTICSEARCH_INDEX_PREFIX)"
        ) from error
    hits = response.body["hits"]
    return [letter_of(hit["_source"]) for hit in hits["hits"]], int(hits["total"]["value"])


async def mark_replayed(es: AsyncElasticsearch, index: str, sent: dict[str, str], when: datetime) -> None:
    """Record in the index when each dead letter was replayed and where its payload went (missing ones ignored)."""
    operations: list[dict[str, Any]] = []
    for letter_id, where in sent.items():
        operations.append({"update": {"_index": index, "_id": letter_id}})
        operations.append({"doc": {"replayed_at": when.isoformat(timespec="milliseconds"), "replayed_to": where}})
    if operations:
        await es.bulk(operations=operations, refresh="wait_for")
