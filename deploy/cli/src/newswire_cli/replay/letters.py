"""Which dead letters an operator means (:class:`LetterFilter`) and what is known of each (:class:`StoredLetter`).

They are read from the dead-letters index (``letter_index``: searchable, payloads up to the indexer's limit kept) or
from the dead-letter topic (``letter_topic``: every payload); both give the same records, newest first.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newswire_schemas import DeadLetter, Stage

from newswire_cli.search.query import Moment, date_bounds


@dataclass(frozen=True)
class LetterFilter:
    """Which dead letters: every option given must hold (values of one option are alternatives)."""

    stages: tuple[Stage, ...] = ()
    error_classes: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    reason: str = ""
    since: Moment | None = None
    until: Moment | None = None
    include_replayed: bool = True

    @property
    def empty(self) -> bool:
        """True when nothing narrows the selection (every dead letter)."""
        return not (self.stages or self.error_classes or self.article_ids or self.ids or self.reason.strip()) and (
            self.since is None and self.until is None
        )

    def query(self) -> dict[str, Any]:
        """The Elasticsearch query on the dead-letters index."""
        terms = {
            "stage": self.stages,
            "error_class": self.error_classes,
            "article_id": self.article_ids,
            "deadletter_id": self.ids,
        }
        filters: list[dict[str, Any]] = [{"terms": {name: list(v)}} for name, v in terms.items() if v]
        if self.since is not None or self.until is not None:
            filters.append({"range": {"failed_at": date_bounds(self.since, self.until)}})
        must = [{"match": {"reason": {"query": self.reason, "operator": "and"}}}] if self.reason.strip() else []
        must_not = [] if self.include_replayed else [{"exists": {"field": "replayed_at"}}]
        return {"bool": {"filter": filters, "must": must, "must_not": must_not}}

    def matches(self, letter: DeadLetter) -> bool:
        """The same choice made in Python, for letters read from the topic."""
        checks = [
            not self.stages or letter.stage in self.stages,
            not self.error_classes or letter.error_class in self.error_classes,
            not self.article_ids or letter.article_id in self.article_ids,
            not self.ids or letter.id in self.ids,
            all(word in letter.reason.lower() for word in self.reason.lower().split()),
            _within(letter.failed_at, self.since, self.until),
        ]
        return all(checks)


def _within(moment: datetime, since: Moment | None, until: Moment | None) -> bool:
    """Whether ``moment`` lies within the bounds the index query would use."""
    bounds = {op: datetime.fromisoformat(value) for op, value in date_bounds(since, until).items()}
    return all({"gte": moment >= b, "lt": moment < b, "lte": moment <= b}[op] for op, b in bounds.items())


@dataclass(frozen=True)
class StoredLetter:
    """A dead letter as found; ``payload_kept`` is False when the index holds only a preview of the payload."""

    letter: DeadLetter
    payload_kept: bool = True
    replayed_at: str | None = None
    replayed_to: str | None = None


def letter_of(document: dict[str, Any]) -> StoredLetter:
    """A dead letter back from its document in the dead-letters index (inverse of the indexer's mapping)."""
    kept = "payload_base64" in document
    letter = DeadLetter(
        id=document["deadletter_id"],
        stage=document["stage"],
        error_class=document["error_class"],
        reason=document["reason"],
        retriable=document.get("retriable", False),
        payload=base64.b64decode(document["payload_base64"]) if kept else b"",
        payload_size=document.get("payload_size", 0),
        payload_truncated=document.get("payload_truncated", False),
        payload_sha256=document.get("payload_sha256"),
        file_name=document.get("file_name"),
        content_type=document.get("content_type"),
        article_id=document.get("article_id"),
        channel=document.get("channel"),
        source_topic=document.get("source_topic"),
        source_partition=document.get("source_partition"),
        source_offset=document.get("source_offset"),
        failed_at=document["failed_at"],
    )
    return StoredLetter(letter, kept, document.get("replayed_at"), document.get("replayed_to"))
