"""to_document and deadletter_document: pure mapping from messages to Elasticsearch documents."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newswire_indexer.documents import article_of, deadletter_document, month_suffix, to_document
from newswire_indexer.mappings import ARTICLE_MAPPINGS, DEADLETTER_MAPPINGS
from newswire_schemas import DeadLetter, EnrichedArticle, Subject


def _unmapped(doc: dict[str, Any], mapping: dict[str, Any], path: str = "") -> list[str]:
    """Fields of ``doc`` a strict mapping would refuse."""
    missing: list[str] = []
    properties = mapping["properties"]
    for key, value in doc.items():
        if key not in properties:
            missing.append(path + key)
            continue
        children = properties[key].get("properties")
        if children is not None and properties[key].get("type") != "geo_point":
            for child in value if isinstance(value, list) else [value]:
                missing += _unmapped(child, properties[key], f"{path}{key}.")
    return missing


def test_article_document_has_dashboard_keyword_arrays(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched)
    assert doc["persons"] == ["Ceyhun Bayramov"]
    assert doc["organizations"] == ["NATO"]
    assert doc["places"] == ["Bakü"]
    assert doc["places_geo"] == [{"lat": 40.37767, "lon": 49.89201}]
    assert doc["country_codes"] == ["AZ"]
    assert doc["topic_codes"] == ["11000000", "16000000"]
    assert doc["top_topic"] == "11000000"
    assert doc["top_topic_label"] == "politics and government"
    assert doc["top_topic_label_tr"] == "siyaset"


def test_article_document_keeps_nested_detail(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched)
    baku = next(e for e in doc["entities"] if e["name"] == "Bakü")
    assert baku == {
        "type": "LOC",
        "name": "Bakü",
        "id": "geonames:587084",
        "title": None,
        "confidence": 0.95,
        "relevance": 0.6,
        "mention_count": 1,
        "mention_texts": ["Bakü'yü"],
        "country_code": "AZ",
        "geo": {"lat": 40.37767, "lon": 49.89201},
        "sources": ["tagger"],
    }
    assert [t["rank"] for t in doc["topics"]] == [1, 2]
    assert doc["topics"][0]["reasons"] == enriched.topics[0].reasons != []


def test_article_document_fits_the_strict_mapping(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched, indexed_at=datetime(2026, 11, 28, 2, 0, 5, tzinfo=UTC))
    assert _unmapped(doc, ARTICLE_MAPPINGS) == []


def test_latency_is_received_to_indexed(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched, indexed_at=datetime(2026, 11, 28, 2, 0, 5, 250_000, tzinfo=UTC))
    assert doc["latency_ms"] == 5250
    assert doc["indexed_at"] == "2026-11-28T02:00:05.250Z"
    assert "indexed_at" not in to_document(enriched)


def test_identity_and_metadata(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched)
    assert doc["article_id"] == "nw-5d1c0f2a9b7e4c3d"
    assert doc["version"] == 1
    assert doc["published_at"] == "2026-01-22T00:00:00.000Z"
    assert doc["language"] == "tr"
    assert doc["source_format"] == "agency-text"
    assert doc["subject_codes"] == ["medtop:11000000"]


def test_month_is_publication_month_else_received(enriched: EnrichedArticle) -> None:
    assert month_suffix(enriched) == "2026.01"
    undated = enriched.model_copy(update={"article": enriched.article.model_copy(update={"published_at": None})})
    assert month_suffix(undated) == "2026.11"


def test_repeated_entities_count_once_per_article(enriched: EnrichedArticle) -> None:
    twice = enriched.model_copy(update={"entities": enriched.entities + enriched.entities})
    assert to_document(twice)["places"] == ["Bakü"]


def test_untagged_article_has_empty_topic_fields(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched.model_copy(update={"topics": [], "entities": []}))
    assert doc["top_topic"] is None
    assert doc["topic_codes"] == []
    assert doc["persons"] == []


def test_deadletter_document_preview_and_small_payload(letter: DeadLetter) -> None:
    doc = deadletter_document(letter)
    assert doc["payload_preview"] == "<nitf><head/></nitf>"
    assert doc["payload_base64"] == "PG5pdGY+PGhlYWQvPjwvbml0Zj4="
    assert doc["source_offset"] == 42
    assert _unmapped(doc, DEADLETTER_MAPPINGS) == []


def test_deadletter_document_large_payload_is_previewed_not_stored(letter: DeadLetter) -> None:
    big = letter.model_copy(update={"payload": "ı".encode() * 5000 + b"\xff", "payload_size": 10001})
    doc = deadletter_document(big, preview_bytes=2047, payload_max_bytes=4096)
    assert "payload_base64" not in doc
    # 2047 bytes cut a two-byte "ı" in half: the stray byte becomes U+FFFD instead of an error
    assert doc["payload_preview"] == "ı" * 1023 + "\ufffd"


def test_article_meta_gives_the_article_back_field_for_field(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched, indexed_at=datetime(2026, 11, 28, 2, 0, 5, tzinfo=UTC))
    assert not {"headline", "lead", "body"} & set(doc["article_meta"]), "the text is stored once"
    assert article_of(doc) == enriched.article
    assert not _unmapped({k: v for k, v in doc.items() if k != "article_meta"}, ARTICLE_MAPPINGS)


def test_documents_indexed_before_article_meta_still_give_an_article(enriched: EnrichedArticle) -> None:
    doc = to_document(enriched)
    del doc["article_meta"]
    article = article_of(doc)
    expected = enriched.article.model_copy(
        update={"language": None, "subjects": [Subject(code=s.code) for s in enriched.article.subjects]}
    )
    assert article == expected, "only the stated language and subject names are lost"


def test_a_replay_has_no_latency(enriched: EnrichedArticle) -> None:
    indexed_at = datetime(2026, 11, 28, 2, 0, 5, tzinfo=UTC)
    assert to_document(enriched, indexed_at=indexed_at)["latency_ms"] == 5000
    replayed = to_document(enriched, indexed_at=indexed_at, replay=True)
    assert "latency_ms" not in replayed
    assert replayed["indexed_at"] == "2026-11-28T02:00:05.000Z"
