"""Kafka topic names and the header names carried on them."""

from __future__ import annotations

from typing import Final

INBOX: Final = "newswire.inbox"
"""Raw files as dropped: value is the file's bytes, file name and content type in headers."""
ARTICLES: Final = "newswire.articles"
"""Canonical parsed articles (:class:`newswire_schemas.Article`), keyed by article id."""
ENRICHED: Final = "newswire.enriched"
"""Articles with language, entities and topics (:class:`newswire_schemas.EnrichedArticle`)."""
DEADLETTER: Final = "newswire.deadletter"
"""Rejected input from every stage (:class:`newswire_schemas.DeadLetter`)."""

ALL_TOPICS: Final = (INBOX, ARTICLES, ENRICHED, DEADLETTER)

HEADER_FILE_NAME: Final = "file-name"
"""Original file name of an inbox message (metadata only, never used as a path)."""
HEADER_CONTENT_TYPE: Final = "content-type"
"""MIME type of an inbox message, when the sender knows it."""
HEADER_SCHEMA: Final = "schema"
"""Name and version of the value's model, e.g. ``newswire.article/1``."""
