"""Bulk items, where they came from, and how Elasticsearch's answer for each one is sorted."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Final

import orjson


@dataclass(frozen=True, slots=True)
class Origin:
    """Source coordinates of a Kafka record, kept so a failure can be dead-lettered with them."""

    topic: str
    partition: int
    offset: int
    value: bytes
    article_id: str | None = None
    file_name: str | None = None
    channel: str | None = None
    run_id: str | None = None


@dataclass(slots=True)
class BulkItem:
    """One ``index`` (or ``create``) action: target, id, external version (None = plain write) and the document.

    ``verdict`` is set once Elasticsearch answered for it (or when the worker decided not to send it).
    """

    index: str
    doc_id: str
    source: dict[str, Any]
    origin: Origin
    version: int | None = None
    encoded: bytes | None = None
    create: bool = False
    verdict: Verdict | None = None

    def encode(self) -> bytes:
        """The item's two NDJSON lines, encoded once (the worker does it while the previous bulk is in flight)."""
        if self.encoded is None:
            # orjson: compact UTF-8 like json.dumps(ensure_ascii=False), several times faster on 5 KB articles.
            self.encoded = b"".join((orjson.dumps(self.action()), b"\n", orjson.dumps(self.source), b"\n"))
        return self.encoded

    def action(self) -> dict[str, Any]:
        """The action line of this item."""
        meta: dict[str, Any] = {"_index": self.index, "_id": self.doc_id}
        if self.version is not None:
            meta["version"] = self.version
            meta["version_type"] = "external"
        return {"create" if self.create else "index": meta}


class Verdict(enum.Enum):
    """What to do with one item after Elasticsearch answered."""

    INDEXED = "indexed"
    IGNORED = "ignored"
    """Version conflict: a replay or a stale version; the stored document is newer or the same."""
    REJECTED = "rejected"
    """The document itself is invalid for the mapping: dead-letter it."""
    RETRY = "retry"
    """Back-pressure or a node problem: send this item again."""


REJECTED_ERROR_TYPES: Final = frozenset(
    {
        "mapper_parsing_exception",
        "document_parsing_exception",
        "strict_dynamic_mapping_exception",
        "illegal_argument_exception",
        "mapper_exception",
        "parse_exception",
        "x_content_parse_exception",
        "json_parse_exception",
    }
)
"""Error types that mean "this document can never be indexed as it is"."""


def classify_item(status: int, error: dict[str, Any] | None) -> Verdict:
    """Sort one bulk item result; anything not known to be the document's fault is retried, never dropped."""
    if 200 <= status < 300:
        return Verdict.INDEXED
    error_type = (error or {}).get("type")
    if status == 409 or error_type == "version_conflict_engine_exception":
        return Verdict.IGNORED
    if status == 429 or status >= 500:
        return Verdict.RETRY
    if error_type in REJECTED_ERROR_TYPES or status == 400:
        return Verdict.REJECTED
    # 401/403/404 and friends are the cluster's state, not the document's: keep it until an operator fixes it
    return Verdict.RETRY


def describe_error(error: dict[str, Any] | None) -> str:
    """``type: reason`` of an item error, with the innermost cause when Elasticsearch gives one."""
    if not error:
        return "unknown error"
    text = f"{error.get('type', 'error')}: {_clip(str(error.get('reason', '')))}"
    cause = error.get("caused_by")
    if isinstance(cause, dict):
        text += f" (caused by {cause.get('type', 'error')}: {_clip(str(cause.get('reason', '')))})"
    return text


def _clip(text: str, limit: int = 500) -> str:
    """Elasticsearch quotes the offending value in its reasons; a 40 KB value must not flood logs and letters."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit} more characters)"


@dataclass(slots=True)
class Rejection:
    """An item Elasticsearch or the decoder refused, with the reason to put in the dead letter."""

    origin: Origin
    error_class: str
    reason: str


@dataclass(slots=True)
class BulkOutcome:
    """Tally of one batch after every item reached a final verdict."""

    indexed: int = 0
    ignored: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    retries: int = 0
