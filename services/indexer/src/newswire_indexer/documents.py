"""Pure mapping from the pipeline's messages to Elasticsearch documents (no I/O, no clock)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from newswire_schemas import Article, DeadLetter, EnrichedArticle, Entity, Topic

from newswire_indexer.visibility import Status, status_of

_ENTITY_FIELDS = {"PER": "persons", "ORG": "organizations", "LOC": "places"}


def _iso(moment: datetime | None) -> str | None:
    """UTC ISO-8601 with millisecond precision (what ``date`` fields store)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def month_suffix(enriched: EnrichedArticle) -> str:
    """``YYYY.MM`` of the publication month (UTC), falling back to the month the file was received."""
    article = enriched.article
    moment = (article.published_at or article.received_at).astimezone(UTC)
    return f"{moment.year:04d}.{moment.month:02d}"


def _unique(values: list[str]) -> list[str]:
    """Distinct values in first-seen order (dashboards count each article once per value)."""
    return list(dict.fromkeys(values))


def _entity_document(entity: Entity) -> dict[str, Any]:
    """One nested ``entities`` item."""
    doc: dict[str, Any] = {
        "type": entity.type,
        "name": entity.name,
        "id": entity.id,
        "title": entity.title,
        "confidence": entity.confidence,
        "relevance": entity.relevance,
        "mention_count": len(entity.mentions),
        # how the article wrote the entity ("ABD'nin", "Amerika Birleşik Devletleri"): what a reader searched for
        "mention_texts": _unique([m.text for m in entity.mentions]),
        "country_code": entity.country_code,
        "sources": entity.sources,
    }
    if entity.geo is not None:
        doc["geo"] = {"lat": entity.geo.lat, "lon": entity.geo.lon}
    return doc


def _entity_fields(entities: list[Entity]) -> dict[str, Any]:
    """Keyword arrays per entity type (what Kibana aggregates), plus the nested detail."""
    names: dict[str, list[str]] = {field: [] for field in _ENTITY_FIELDS.values()}
    for entity in entities:
        names[_ENTITY_FIELDS[entity.type]].append(entity.name)
    places = [e for e in entities if e.type == "LOC"]
    return {
        **{field: _unique(values) for field, values in names.items()},
        "entity_ids": _unique([e.id for e in entities if e.id]),
        "country_codes": _unique([e.country_code for e in places if e.country_code]),
        "places_geo": [{"lat": e.geo.lat, "lon": e.geo.lon} for e in places if e.geo is not None],
        "entities": [_entity_document(e) for e in entities],
    }


def _topic_fields(topics: list[Topic]) -> dict[str, Any]:
    """Flat topic keywords for dashboards plus the ranked detail."""
    ranked = sorted(topics, key=lambda t: t.rank)
    top = next((t for t in ranked if t.level == 1), ranked[0] if ranked else None)
    return {
        "topic_codes": _unique([t.code for t in ranked]),
        "topic_labels": _unique([t.label_en for t in ranked]),
        "topic_labels_tr": _unique([t.label_tr for t in ranked]),
        "top_topic": top.code if top else None,
        "top_topic_label": top.label_en if top else None,
        "top_topic_label_tr": top.label_tr if top else None,
        "topics": [
            {
                "code": t.code,
                "label_en": t.label_en,
                "label_tr": t.label_tr,
                "score": t.score,
                "rank": t.rank,
                "level": t.level,
                "parent": t.parent,
                "reasons": t.reasons,
            }
            for t in ranked
        ],
    }


ARTICLE_TEXT_FIELDS = frozenset({"headline", "lead", "body"})
"""Article fields the document holds as analysed text, and ``article_meta`` therefore leaves out."""


def article_meta(enriched: EnrichedArticle) -> dict[str, Any]:
    """The Article minus its text, as JSON values: with headline, lead and body it gives the Article back."""
    return enriched.article.model_dump(mode="json", exclude=set(ARTICLE_TEXT_FIELDS))


def article_of(document: Mapping[str, Any]) -> Article:
    """The Article a document was indexed from: exact with ``article_meta``, rebuilt from fields for older ones."""
    meta = document.get("article_meta")
    fields = dict(meta) if isinstance(meta, Mapping) else _meta_from_fields(document)
    return Article.model_validate({**fields, **{name: document.get(name) for name in ARTICLE_TEXT_FIELDS}})


_RENAMED = {"id": "article_id"}
"""Article fields the document holds under another name."""


def _meta_from_fields(document: Mapping[str, Any]) -> dict[str, Any]:
    """For documents indexed before ``article_meta``: each Article field the document has under its name.

    Lost there, and so left out: subject names and schemes (codes are kept) and the language the format stated
    (the document's ``language`` is the detected one).
    """
    fields = {
        name: document[_RENAMED.get(name, name)]
        for name in Article.model_fields
        if name not in ARTICLE_TEXT_FIELDS and name != "language" and document.get(_RENAMED.get(name, name)) is not None
    }
    fields["subjects"] = [{"code": code} for code in document.get("subject_codes") or []]
    return fields


def to_document(
    enriched: EnrichedArticle,
    *,
    indexed_at: datetime | None = None,
    status: Status | None = None,
    replay: bool = False,
) -> dict[str, Any]:
    """The article document; ``indexed_at`` (and ``latency_ms``) are added when given.

    ``status`` is decided by the caller with its clock (:func:`visibility.status_of`); left out, it is decided at
    ``indexed_at`` (else at reception). A ``replay`` (a re-tag, a replayed dead letter) gets no ``latency_ms``:
    received long ago, its age would be charted as pipeline latency.
    """
    article = enriched.article
    status = status or status_of(article, indexed_at or article.received_at)
    doc: dict[str, Any] = {
        "article_id": article.id,
        "version": article.version,
        "guid": article.guid,
        "headline": article.headline,
        "lead": article.lead,
        "body": article.body,
        "dateline": article.dateline,
        "byline": article.byline,
        "source": article.source,
        "source_format": article.source_format,
        "channel": article.channel,
        "file_name": article.file_name,
        "content_hash": article.content_hash,
        "subject_codes": _unique([s.code for s in article.subjects]),
        "language": enriched.language.code,
        "language_confidence": enriched.language.confidence,
        "language_supported": enriched.language.supported,
        "tagger_version": enriched.tagger_version,
        "published_at": _iso(article.published_at),
        "received_at": _iso(article.received_at),
        "tagged_at": _iso(enriched.tagged_at),
        **_wire_fields(enriched, status, indexed_at),
        **_entity_fields(enriched.entities),
        **_topic_fields(enriched.topics),
        "article_meta": article_meta(enriched),
    }
    if indexed_at is not None:
        doc["indexed_at"] = _iso(indexed_at)
        if not replay:
            doc["latency_ms"] = max(0, int((indexed_at - article.received_at).total_seconds() * 1000))
    return doc


def _wire_fields(enriched: EnrichedArticle, status: Status, indexed_at: datetime | None) -> dict[str, Any]:
    """Status, urgency, embargo and the agency's own metadata."""
    article = enriched.article
    return {
        "status": status,
        "urgency": article.urgency,
        "headline_only": article.headline_only,
        "pubstatus": article.pubstatus,
        "embargoed": article.embargoed,
        "embargoed_until": _iso(article.embargoed_until),
        "withdrawn_at": _iso(indexed_at or article.received_at) if status == "withdrawn" else None,
        "keywords": _unique(article.keywords),
        "slugline": article.slugline,
        "editorial_note": article.editorial_note,
        "priority": article.priority,
    }


def payload_preview(payload: bytes, limit: int = 2048) -> str:
    """The first ``limit`` bytes decoded as UTF-8, undecodable bytes replaced."""
    return payload[:limit].decode("utf-8", errors="replace")


def deadletter_document(
    letter: DeadLetter, *, preview_bytes: int = 2048, payload_max_bytes: int = 16 * 1024
) -> dict[str, Any]:
    """The dead-letter document: metadata, a readable preview, and the payload itself only when small."""
    doc: dict[str, Any] = {
        "deadletter_id": letter.id,
        "stage": letter.stage,
        "error_class": letter.error_class,
        "reason": letter.reason,
        "retriable": letter.retriable,
        "file_name": letter.file_name,
        "content_type": letter.content_type,
        "article_id": letter.article_id,
        "channel": letter.channel,
        "source_topic": letter.source_topic,
        "source_partition": letter.source_partition,
        "source_offset": letter.source_offset,
        "failed_at": _iso(letter.failed_at),
        "run_id": letter.run_id,
        "payload_size": letter.payload_size,
        "payload_truncated": letter.payload_truncated,
        "payload_sha256": letter.payload_sha256,
        "payload_preview": payload_preview(letter.payload, preview_bytes),
    }
    if len(letter.payload) <= payload_max_bytes:
        doc["payload_base64"] = base64.b64encode(letter.payload).decode("ascii")
    return doc
