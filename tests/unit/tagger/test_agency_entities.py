"""The agency's entities merged after the tagger's: sources recorded, nothing the tagger found is changed."""

from __future__ import annotations

from newswire_schemas import AgencyEntity, Entity, EntityType, Mention
from newswire_tagger.agency import merge_agency_entities

TEXT = "Merkez Bankası Başkanı Fatih Karahan, kararı Ankara'da açıkladı. Karar Ankara'da olumlu karşılandı."


def _tagged(kind: EntityType, name: str, start: int, written: str, entity_id: str | None = None) -> Entity:
    mention = Mention(start=start, end=start + len(written), text=written)
    return Entity(type=kind, name=name, id=entity_id, confidence=0.9, relevance=0.8, mentions=[mention])


def test_an_entity_both_found_is_one_entity_with_both_sources() -> None:
    karahan = _tagged("PER", "Fatih Karahan", 23, "Fatih Karahan")
    merged = merge_agency_entities(TEXT, [karahan], [AgencyEntity(type="PER", name="Fatih Karahan", code="wd:Q1")])
    assert len(merged) == 1
    assert (merged[0].sources, merged[0].id, merged[0].confidence) == (["tagger", "agency"], "wd:Q1", 0.9)
    assert karahan.sources == ["tagger"], "the tagger's entity itself is not modified"


def test_a_tagger_id_is_kept_and_a_mention_form_matches() -> None:
    ankara = _tagged("LOC", "Ankara", 45, "Ankara'da", "geonames:323786")
    merged = merge_agency_entities(TEXT, [ankara], [AgencyEntity(type="LOC", name="ankara'da", code="TR-06")])
    assert [(e.name, e.id, e.sources) for e in merged] == [("Ankara", "geonames:323786", ["tagger", "agency"])]


def test_agency_only_entities_follow_with_their_mentions_in_the_text() -> None:
    karahan = _tagged("PER", "Fatih Karahan", 23, "Fatih Karahan")
    supplied = [
        AgencyEntity(type="LOC", name="Ankara", code="TR-06"),
        AgencyEntity(type="ORG", name="Para Politikası Kurulu"),
        AgencyEntity(type="PER", name="Fatih Karahan"),
    ]
    merged = merge_agency_entities(TEXT, [karahan], supplied)
    assert [(e.type, e.name, e.sources) for e in merged] == [
        ("PER", "Fatih Karahan", ["tagger", "agency"]),
        ("LOC", "Ankara", ["agency"]),
        ("ORG", "Para Politikası Kurulu", ["agency"]),
    ]
    ankara = merged[1]
    assert [m.text for m in ankara.mentions] == ["Ankara'da", "Ankara'da"]
    assert all(TEXT[m.start : m.end] == m.text for m in ankara.mentions)
    assert (ankara.confidence, ankara.relevance, ankara.id) == (1.0, 0.5, "TR-06")
    assert merged[2].mentions == [], "not written in the text: no mention invented"


def test_same_name_of_another_type_is_another_entity() -> None:
    place = _tagged("LOC", "Ankara", 45, "Ankara'da")
    merged = merge_agency_entities(TEXT, [place], [AgencyEntity(type="ORG", name="Ankara")])
    assert [(e.type, e.sources) for e in merged] == [("LOC", ["tagger"]), ("ORG", ["agency"])]


def test_nothing_supplied_changes_nothing() -> None:
    entities = [_tagged("PER", "Fatih Karahan", 23, "Fatih Karahan")]
    assert merge_agency_entities(TEXT, entities, []) == entities
