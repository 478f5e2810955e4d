"""Records become versioned article items, dead-letter items, or rejections."""

from __future__ import annotations

from datetime import UTC, datetime

from newswire_indexer.decoding import RecordDecoder
from newswire_indexer.items import BulkItem, Rejection
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.versioning import encode_version
from newswire_schemas import DeadLetter, EnrichedArticle

from tests.unit.indexer.conftest import Record

NOW = datetime(2026, 11, 28, 2, 0, 3, tzinfo=UTC)


def test_article_becomes_versioned_item(settings: IndexerSettings, enriched: EnrichedArticle) -> None:
    record = Record(settings.kafka.enriched_topic, 2, 17, enriched.model_dump_json().encode())
    item = RecordDecoder(settings).decode(record, NOW)
    assert isinstance(item, BulkItem)
    assert item.index == "unit-articles-2026.01"
    assert item.doc_id == enriched.article.id
    assert item.version == encode_version(1, enriched.tagged_at)
    assert item.action() == {
        "index": {"_index": item.index, "_id": item.doc_id, "version": item.version, "version_type": "external"}
    }
    assert item.origin.article_id == enriched.article.id
    assert item.source["latency_ms"] == 3000


def test_malformed_article_is_rejected(settings: IndexerSettings) -> None:
    record = Record(settings.kafka.enriched_topic, 0, 3, b'{"article": 1}')
    rejection = RecordDecoder(settings).decode(record, NOW)
    assert isinstance(rejection, Rejection)
    assert rejection.error_class == "MalformedMessageError"
    assert rejection.origin.offset == 3


def test_tombstone_is_rejected(settings: IndexerSettings) -> None:
    assert isinstance(RecordDecoder(settings).decode(Record(settings.kafka.enriched_topic, 0, 0, None), NOW), Rejection)


def test_deadletter_becomes_plain_item(settings: IndexerSettings, letter: DeadLetter) -> None:
    record = Record(settings.kafka.deadletter_topic, 0, 9, letter.model_dump_json().encode())
    item = RecordDecoder(settings).decode(record, NOW)
    assert isinstance(item, BulkItem)
    assert item.index == "unit-deadletters"
    assert item.doc_id == letter.id
    assert item.version is None
    assert item.source["stage"] == "ingest"


def test_malformed_deadletter_is_indexed_as_the_indexers_own(settings: IndexerSettings) -> None:
    record = Record(settings.kafka.deadletter_topic, 1, 4, b"\xff not json")
    item = RecordDecoder(settings).decode(record, NOW)
    assert isinstance(item, BulkItem)
    assert item.doc_id == f"indexer:{settings.kafka.deadletter_topic}:1:4"
    assert item.source["stage"] == "indexer"
    assert item.source["error_class"] == "MalformedMessageError"
    assert item.source["payload_preview"] == "\ufffd not json"


def test_retagged_article_keeps_its_version_rule_but_has_no_latency(
    settings: IndexerSettings, enriched: EnrichedArticle
) -> None:
    value = enriched.model_dump_json().encode()
    record = Record(settings.kafka.enriched_topic, 2, 18, value, headers=[("replay", b"retag")])
    item = RecordDecoder(settings).decode(record, NOW)
    assert isinstance(item, BulkItem)
    assert item.version == encode_version(1, enriched.tagged_at), "a later tagged_at wins, as for any re-tag"
    assert "latency_ms" not in item.source
    assert item.source["indexed_at"] == "2026-11-28T02:00:03.000Z"
