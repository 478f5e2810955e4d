"""Errors of the indexer, split by what the caller does with them.

    IndexerError
    ├── RejectedDocumentError       invalid input: dead-letter it, index the rest of the batch, move on
    │   ├── MalformedMessageError   a Kafka value that is not a valid EnrichedArticle / DeadLetter
    │   └── MappingRejectedError    Elasticsearch refused the document (mapping or parse error, HTTP 400)
    └── RetriableError              Elasticsearch is unavailable or pushing back: retry with backoff, never drop
        └── BulkUnavailableError    a whole bulk request failed (429, 5xx, timeout, connection refused)

Version conflicts (HTTP 409) are not errors: they are replays or stale versions and are counted as ignored.
"""

from __future__ import annotations

from elastic_transport import SerializationError, TransportError
from elasticsearch import ApiError


class IndexerError(Exception):
    """Root of every error the indexer raises on purpose."""

    retriable: bool = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RejectedDocumentError(IndexerError):
    """The input can never be indexed as it is: dead-letter it with :attr:`reason`."""


class MalformedMessageError(RejectedDocumentError):
    """The Kafka value does not validate against the topic's contract."""


class MappingRejectedError(RejectedDocumentError):
    """Elasticsearch rejected the document itself (mapper_parsing_exception and friends)."""


class RetriableError(IndexerError):
    """A transient failure: the same request may succeed later."""

    retriable = True


class BulkUnavailableError(RetriableError):
    """A whole bulk request failed for a transient reason."""

    def __init__(self, reason: str, *, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


def as_retriable(exc: Exception) -> BulkUnavailableError | None:
    """The retriable reading of an Elasticsearch client exception, or None when retrying cannot help."""
    if isinstance(exc, ApiError):
        status = exc.meta.status
        if status == 429 or status >= 500:
            return BulkUnavailableError(f"HTTP {status}: {exc.message}", status=status)
        return None
    # connection refused or reset, timeouts, TLS hiccups; a body that cannot be (de)serialized will not improve
    if isinstance(exc, TransportError) and not isinstance(exc, SerializationError):
        # the transport raises "from None"; the socket-level cause is still in __context__ and says what happened
        cause = f" ({exc.__context__!r})" if exc.__context__ is not None else ""
        return BulkUnavailableError(f"{type(exc).__name__}: {exc}{cause}")
    return None
