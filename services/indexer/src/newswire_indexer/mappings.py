"""Index settings, analysis and mappings of the article and dead-letter indices (plain data, no I/O)."""

from __future__ import annotations

from typing import Any, Final

EXACT_ANALYZER: Final = "newswire_exact"
"""Standard tokens, Turkish-aware lowercase, no stemming: quoted-phrase and exact-form search."""

ANALYSIS: Final[dict[str, Any]] = {
    "filter": {"newswire_turkish_lowercase": {"type": "lowercase", "language": "turkish"}},
    "analyzer": {
        EXACT_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            # no apostrophe filter and no stemmer: "Bakü'de" stays one token, so .exact matches the written form
            "filter": ["newswire_turkish_lowercase"],
        }
    },
    "normalizer": {
        "newswire_folded": {"type": "custom", "filter": ["newswire_turkish_lowercase"]},
    },
}

_KEYWORD: Final = {"type": "keyword", "ignore_above": 1024}
_DATE: Final = {"type": "date"}


def _turkish_text(*, sortable: bool = False) -> dict[str, Any]:
    """Text with the built-in ``turkish`` analyzer, an ``.exact`` sub-field and optionally a sort key."""
    fields: dict[str, Any] = {"exact": {"type": "text", "analyzer": EXACT_ANALYZER}}
    if sortable:
        fields["keyword"] = {"type": "keyword", "ignore_above": 1024, "normalizer": "newswire_folded"}
    return {"type": "text", "analyzer": "turkish", "fields": fields}


ENTITY_PROPERTIES: Final[dict[str, Any]] = {
    "type": {"type": "keyword"},
    "name": _KEYWORD,
    "id": _KEYWORD,
    "title": _KEYWORD,
    "confidence": {"type": "float"},
    "relevance": {"type": "float"},
    "mention_count": {"type": "integer"},
    "mention_texts": _KEYWORD,
    "country_code": {"type": "keyword"},
    "geo": {"type": "geo_point"},
    "sources": {"type": "keyword"},
}

TOPIC_PROPERTIES: Final[dict[str, Any]] = {
    "code": {"type": "keyword"},
    "label_en": _KEYWORD,
    "label_tr": _KEYWORD,
    "score": {"type": "float"},
    "rank": {"type": "integer"},
    "level": {"type": "byte"},
    "parent": {"type": "keyword"},
    # why the topic fired, for `newswire show` and readers: kept in _source, never searched or aggregated
    "reasons": {"type": "keyword", "index": False, "doc_values": False},
}

TEXT_MAPPINGS: Final[dict[str, Any]] = {
    # with the analysis settings in one component: Elasticsearch validates each component template on its own,
    # so a field naming a custom analyzer must travel with the analyzer's definition
    "properties": {
        "headline": _turkish_text(sortable=True),
        "lead": _turkish_text(),
        "body": _turkish_text(),
        "dateline": {**_KEYWORD, "normalizer": "newswire_folded"},
    }
}

FIELD_MAPPINGS: Final[dict[str, Any]] = {
    # strict: a field the contract does not know is a bug to surface, not a silent new column.
    # Everything except the analysed text, which lives with its analyzers in TEXT_MAPPINGS.
    "dynamic": "strict",
    "properties": {
        "article_id": {"type": "keyword"},
        "version": {"type": "integer"},
        "guid": _KEYWORD,
        "byline": _KEYWORD,
        "source": _KEYWORD,
        "source_format": {"type": "keyword"},
        "channel": {"type": "keyword"},
        "file_name": _KEYWORD,
        "content_hash": {"type": "keyword", "index": False, "doc_values": False},
        "subject_codes": {"type": "keyword"},
        "language": {"type": "keyword"},
        "language_confidence": {"type": "float"},
        "language_supported": {"type": "boolean"},
        "tagger_version": {"type": "keyword"},
        "persons": _KEYWORD,
        "organizations": _KEYWORD,
        "places": _KEYWORD,
        "entity_ids": _KEYWORD,
        "country_codes": {"type": "keyword"},
        "places_geo": {"type": "geo_point"},
        "entities": {"type": "nested", "properties": ENTITY_PROPERTIES},
        "topic_codes": {"type": "keyword"},
        "topic_labels": _KEYWORD,
        "topic_labels_tr": _KEYWORD,
        "top_topic": {"type": "keyword"},
        "top_topic_label": _KEYWORD,
        "top_topic_label_tr": _KEYWORD,
        "topics": {"type": "nested", "properties": TOPIC_PROPERTIES},
        "published_at": _DATE,
        "received_at": _DATE,
        "tagged_at": _DATE,
        "indexed_at": _DATE,
        "latency_ms": {"type": "long"},
        # wire semantics (layout 3): who sees the article, how urgent it is, and what the agency says about it
        "status": {"type": "keyword"},
        "urgency": {"type": "byte"},
        "headline_only": {"type": "boolean"},
        "pubstatus": {"type": "keyword"},
        "embargoed": {"type": "boolean"},
        "embargoed_until": _DATE,
        "released_at": _DATE,
        "withdrawn_at": _DATE,
        "keywords": _KEYWORD,
        "slugline": _KEYWORD,
        "editorial_note": {"type": "text", "fields": {"keyword": _KEYWORD}},
        "priority": {"type": "byte"},
        # the Article as it came, minus its text (headline, lead and body are above): what `newswire retag`
        # publishes again, field for field; kept in _source, never indexed
        "article_meta": {"type": "object", "enabled": False},
    },
}

ARTICLE_MAPPINGS: Final[dict[str, Any]] = {
    "dynamic": "strict",
    "properties": {**TEXT_MAPPINGS["properties"], **FIELD_MAPPINGS["properties"]},
}
"""The complete mapping of an article index, as the composed template gives it."""

DEADLETTER_MAPPINGS: Final[dict[str, Any]] = {
    "dynamic": "strict",
    "properties": {
        "deadletter_id": {"type": "keyword"},
        "stage": {"type": "keyword"},
        "error_class": {"type": "keyword"},
        "reason": {"type": "text", "fields": {"keyword": _KEYWORD}},
        "retriable": {"type": "boolean"},
        "file_name": _KEYWORD,
        "content_type": {"type": "keyword"},
        "article_id": {"type": "keyword"},
        "channel": {"type": "keyword"},
        "source_topic": {"type": "keyword"},
        "source_partition": {"type": "integer"},
        "source_offset": {"type": "long"},
        "failed_at": _DATE,
        "indexed_at": _DATE,
        "run_id": {"type": "keyword"},
        "payload_size": {"type": "long"},
        "payload_truncated": {"type": "boolean"},
        # groups the rejections of identical bytes (each rejection is its own document)
        "payload_sha256": {"type": "keyword"},
        "payload_preview": {"type": "text"},
        # kept for `newswire deadletters replay`, never searched: not indexed, no doc values
        "payload_base64": {"type": "binary"},
        # set by `newswire deadletters replay`: when, and where the payload went (topic:partition:offset)
        "replayed_at": _DATE,
        "replayed_to": {"type": "keyword"},
    },
}


RECEIPT_MAPPINGS: Final[dict[str, Any]] = {
    "dynamic": "strict",
    "properties": {
        "run_id": {"type": "keyword"},
        "article_id": {"type": "keyword"},
        "version": {"type": "integer"},
        "status": {"type": "keyword"},
        "reason": {"type": "text"},
        "urgency": {"type": "byte"},
        "headline": _KEYWORD,
        "headline_only": {"type": "boolean"},
        "embargoed_until": _DATE,
        "file_name": _KEYWORD,
        "content_hash": {"type": "keyword"},
        "received_at": _DATE,
        "decided_at": _DATE,
        "index": {"type": "keyword"},
    },
}
"""What became of each article of a traced submission (one with a run id): ``{prefix}-receipts``."""

WITHDRAWAL_MAPPINGS: Final[dict[str, Any]] = {
    "dynamic": "strict",
    "properties": {
        "article_id": {"type": "keyword"},
        "version": {"type": "integer"},
        "pubstatus": {"type": "keyword"},
        "withdrawn_at": _DATE,
        "notice_headline": {"type": "text", "fields": {"keyword": _KEYWORD}},
        "editorial_note": {"type": "text"},
        "file_name": _KEYWORD,
        "content_hash": {"type": "keyword"},
        "received_at": _DATE,
        # the story as it stood before the kill, kept for the record, never searched
        "withdrawn_story": {"type": "object", "enabled": False},
    },
}
"""The audit trail of kills and withholds: ``{prefix}-withdrawals``, one document per withdrawing version."""


def index_settings(*, shards: int, replicas: int, refresh_interval: str, lifecycle: str | None) -> dict[str, Any]:
    """The ``settings`` component: shard layout, refresh, and the ILM policy where the cluster has ILM."""
    settings: dict[str, Any] = {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "refresh_interval": refresh_interval,
    }
    if lifecycle is not None:
        settings["lifecycle"] = {"name": lifecycle}
    return {"index": settings}
