"""Entity corrections: aliases (rename, merge, find what the models missed), forced types, blocked entities."""

from __future__ import annotations

import math

from newswire_schemas import Entity, EntitySource, Mention

from newswire_tagger.entities import slugify
from newswire_tagger.overrides.matching import name_mentions, overlaps, refers_to
from newswire_tagger.overrides.spec import Alias, Block, Retype

ASSERTED_CONFIDENCE = 1.0
"""Confidence of an entity an alias named: the operator asserted it."""


def apply_alias(alias: Alias, text: str, entities: list[Entity]) -> list[Entity]:
    """Entities the alias means become one entity with its name, type and id, plus mentions the models missed."""
    merged = [e for e in entities if _aliased(alias, e)]
    others = [e for e in entities if not any(e is m for m in merged)]
    taken = [(m.start, m.end) for e in others for m in e.mentions]
    known = [m for e in merged for m in e.mentions]
    spans = [(m.start, m.end) for m in known]
    found = [m for m in name_mentions(text, alias.text) if not overlaps(m, taken) and not overlaps(m, spans)]
    mentions = sorted(known + found, key=lambda m: (m.start, m.end))
    if not mentions:
        return entities
    entity = _entity(alias, mentions, merged, text)
    if not merged:
        return [*entities, entity]
    # the alias's entity takes the place of the first one it merged; the others are gone
    return [entity if e is merged[0] else e for e in entities if e is merged[0] or any(e is o for o in others)]


def _aliased(alias: Alias, entity: Entity) -> bool:
    """The entity is what the alias names: written like it, or already the alias's entity."""
    return refers_to(entity, alias.text) or refers_to(entity, alias.name) or entity.id == alias.entity_id


def _entity(alias: Alias, mentions: list[Mention], merged: list[Entity], text: str) -> Entity:
    """The alias's entity: what the merged ones knew that still fits its type, with every mention."""
    same_type = [e for e in merged if e.type == alias.type]
    base = same_type[0] if same_type else None
    return Entity(
        type=alias.type,
        name=alias.name,
        id=alias.entity_id,
        title=base.title if base is not None and alias.type == "PER" else None,
        confidence=ASSERTED_CONFIDENCE,
        relevance=max((e.relevance for e in merged), default=found_relevance(mentions, text)),
        geo=base.geo if base is not None and alias.type == "LOC" else None,
        country_code=base.country_code if base is not None and alias.type == "LOC" else None,
        mentions=mentions,
        sources=_sources(merged) or ["tagger"],
    )


def _sources(entities: list[Entity]) -> list[EntitySource]:
    """Who found any of the entities (tagger, agency), in first-seen order."""
    return list(dict.fromkeys(source for entity in entities for source in entity.sources))


def found_relevance(mentions: list[Mention], text: str) -> float:
    """Relevance of an entity only the overrides found: more mentions and a mention in the headline weigh more."""
    headline_end = text.find("\n\n")
    in_headline = 0 <= mentions[0].start < headline_end
    return round(min(1.0, 0.4 + 0.15 * math.log1p(len(mentions)) + (0.3 if in_headline else 0.0)), 4)


def apply_retype(rule: Retype, entities: list[Entity]) -> list[Entity]:
    """The entities the rule names get its type; what only fits the old type (title, coordinates) is dropped."""
    return [_retyped(rule, e) if refers_to(e, rule.name) else e for e in entities]


def _retyped(rule: Retype, entity: Entity) -> Entity:
    if entity.type == rule.type and rule.id is None:
        return entity
    entity_id = rule.id or (entity.id if entity.type == rule.type else f"{rule.type.lower()}:{slugify(entity.name)}")
    located = rule.type == "LOC"
    return entity.model_copy(
        update={
            "type": rule.type,
            "id": entity_id,
            "title": entity.title if rule.type == "PER" else None,
            "geo": entity.geo if located else None,
            "country_code": entity.country_code if located else None,
        }
    )


def apply_block(rule: Block, entities: list[Entity]) -> list[Entity]:
    """The entities the rule names are dropped (only those of its type, when it gives one)."""
    return [e for e in entities if not (refers_to(e, rule.name) and rule.type in (None, e.type))]


def merge_duplicates(entities: list[Entity]) -> list[Entity]:
    """One entity per (type, id) after corrections made two of them the same: mentions joined, best scores kept."""
    seen: dict[tuple[str, str], int] = {}
    result: list[Entity] = []
    for entity in entities:
        key = (entity.type, entity.id or entity.name)
        if key not in seen:
            seen[key] = len(result)
            result.append(entity)
            continue
        first = result[seen[key]]
        spans = {(m.start, m.end) for m in first.mentions}
        mentions = first.mentions + [m for m in entity.mentions if (m.start, m.end) not in spans]
        result[seen[key]] = first.model_copy(
            update={
                "mentions": sorted(mentions, key=lambda m: (m.start, m.end)),
                "confidence": max(first.confidence, entity.confidence),
                "relevance": max(first.relevance, entity.relevance),
                "sources": _sources([first, entity]),
            }
        )
    return result
