"""Kafka topic names, their metadata (partitions, size limit, who produces and consumes), and header names.

The metadata is the one source for every place that creates or sizes topics: ``newswire setup`` and the demo
create the topics from it, the local stack and compose size the broker from it (a test checks compose against
it), and the services size their producers and consumers from it.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

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
HEADER_RUN_ID: Final = "run-id"
"""Submission an inbox message belongs to (e.g. one `newswire demo` run): copied onto its articles for tracing."""
HEADER_SCHEMA: Final = "schema"
"""Name and version of the value's model, e.g. ``newswire.article/2``."""
HEADER_REPLAY: Final = "replay"
"""Set on a record that sends already-processed input through again (``retag``, ``deadletter``); the tagger copies
it onto its output, and the indexer then leaves ``latency_ms`` out: the age of an old story is not pipeline latency."""

Party = Literal["ingest", "tagger", "indexer", "feeders"]
"""Who writes or reads a topic: a service, or the systems that feed raw files in (the demo, an agency's gateway)."""

MAX_MESSAGE_BYTES: Final = 16 * 1024 * 1024
"""Largest message on any topic: a 10 MiB file (the ingest limit) plus headers, or its article as JSON."""


DEFAULT_PARTITIONS: Final = 4
"""Partitions of every topic: up to four workers of one service share the load."""

DAY_MS: Final = 24 * 60 * 60 * 1000
"""One day in milliseconds, the unit of ``retention.ms``."""


class TopicSpec(BaseModel):
    """What a topic is: its name, how it is sized, and which parties produce and consume it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(description="Topic name, before any deployment prefix.")
    producers: tuple[Party, ...] = Field(description="Who writes to it.")
    consumers: tuple[Party, ...] = Field(description="Who reads it.")
    partitions: int = Field(default=DEFAULT_PARTITIONS, ge=1, description="Partitions (the most workers of a group).")
    max_message_bytes: int = Field(default=MAX_MESSAGE_BYTES, ge=1024, description="The topic's max.message.bytes.")
    retention_ms: int = Field(
        ge=DAY_MS, description="The topic's retention.ms: how long records stay to be read again or replayed."
    )


TOPIC_SPECS: Final[dict[str, TopicSpec]] = {
    spec.name: spec
    for spec in (
        # Raw files are ingested within seconds; a week covers re-reading them after an ingest fix.
        TopicSpec(name=INBOX, producers=("feeders",), consumers=("ingest",), retention_ms=7 * DAY_MS),
        # Re-tags read Elasticsearch, not this topic: a week to re-tag from Kafka after a tagger fix.
        TopicSpec(name=ARTICLES, producers=("ingest",), consumers=("tagger",), retention_ms=7 * DAY_MS),
        # The source to rebuild an index from (an indexer reset to the earliest offsets): two weeks.
        TopicSpec(name=ENRICHED, producers=("tagger",), consumers=("indexer",), retention_ms=14 * DAY_MS),
        # Dead letters wait for a fix and `newswire deadletters replay`: a month (the index keeps them longer).
        TopicSpec(
            name=DEADLETTER,
            producers=("ingest", "tagger", "indexer"),
            consumers=("indexer",),
            retention_ms=30 * DAY_MS,
        ),
    )
}
"""Every topic of the pipeline, by name."""
