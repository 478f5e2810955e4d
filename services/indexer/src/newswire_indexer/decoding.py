"""Turn Kafka records into bulk items, or into rejections when the value breaks the topic's contract."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newswire_schemas import HEADER_REPLAY, DeadLetter, EnrichedArticle
from pydantic import ValidationError

from newswire_indexer.batching import KafkaRecord
from newswire_indexer.deadletters import build_deadletter
from newswire_indexer.documents import deadletter_document, month_suffix, to_document
from newswire_indexer.items import BulkItem, Origin, Rejection
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.versioning import encode_version
from newswire_indexer.visibility import status_of

REASON_LIMIT = 4000
"""Characters of a validation error kept as the dead letter's reason."""


def origin_of(record: KafkaRecord, article: EnrichedArticle | None = None) -> Origin:
    """Source coordinates of a record, with what is known about its article."""
    source = article.article if article is not None else None
    return Origin(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        value=record.value or b"",
        article_id=source.id if source else None,
        file_name=source.file_name if source else None,
        channel=source.channel if source else None,
        run_id=source.run_id if source else None,
    )


def is_replay(record: KafkaRecord) -> bool:
    """Whether the record re-sends processed input (``newswire retag``, ``newswire deadletters replay``)."""
    return any(name == HEADER_REPLAY for name, _ in record.headers or ())


class RecordDecoder:
    """Decodes records of the enriched and dead-letter topics (pure apart from the ``now`` it is given)."""

    def __init__(self, settings: IndexerSettings) -> None:
        self._settings = settings
        self._enriched_topic = settings.kafka.enriched_topic
        self._alias = settings.elasticsearch.articles_alias
        self._deadletters = settings.elasticsearch.deadletters_index

    def decode(self, record: KafkaRecord, now: datetime) -> BulkItem | Rejection:
        """A bulk item for the record, or the rejection to dead-letter."""
        if record.topic == self._enriched_topic:
            return self._article(record, now)
        return self._deadletter(record, now)

    def _article(self, record: KafkaRecord, now: datetime) -> BulkItem | Rejection:
        """An enriched article: versioned write to its month's index (the router may move it home).

        Its status (public, embargoed, withdrawn) is decided here, at ``now``: see :mod:`visibility`.
        """
        try:
            enriched = EnrichedArticle.model_validate_json(record.value or b"")
            version = encode_version(enriched.article.version, enriched.tagged_at)
        except (ValidationError, ValueError) as exc:
            return Rejection(origin_of(record), "MalformedMessageError", str(exc)[:REASON_LIMIT])
        return BulkItem(
            index=f"{self._alias}-{month_suffix(enriched)}",
            doc_id=enriched.article.id,
            source=to_document(
                enriched, indexed_at=now, status=status_of(enriched.article, now), replay=is_replay(record)
            ),
            origin=origin_of(record, enriched),
            version=version,
        )

    def _deadletter(self, record: KafkaRecord, now: datetime) -> BulkItem:
        """A dead letter from any stage; one that is itself malformed is indexed as the indexer's own."""
        try:
            letter = DeadLetter.model_validate_json(record.value or b"")
        except ValidationError as exc:
            # indexed, not re-published: publishing a broken dead letter to the dead-letter topic would loop
            letter = build_deadletter(
                Rejection(origin_of(record), "MalformedMessageError", str(exc)[:REASON_LIMIT]), failed_at=now
            )
        return self.deadletter_item(letter, origin_of(record), now)

    def deadletter_item(self, letter: DeadLetter, origin: Origin, now: datetime) -> BulkItem:
        """The bulk item indexing one dead letter (plain overwrite by its id)."""
        source: dict[str, Any] = deadletter_document(
            letter,
            preview_bytes=self._settings.deadletter_preview_bytes,
            payload_max_bytes=self._settings.deadletter_payload_max_bytes,
        )
        source["indexed_at"] = now.isoformat(timespec="milliseconds")
        return BulkItem(index=self._deadletters, doc_id=letter.id, source=source, origin=origin)
