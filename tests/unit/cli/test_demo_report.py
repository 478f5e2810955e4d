"""`newswire demo --report`: entities per type as before, plus each entity's surface forms (suffix stripped)."""

from __future__ import annotations

from typing import Any

from newswire_cli.demo import report_entry
from newswire_cli.feed import Outcome


def indexed(entities: list[dict[str, Any]]) -> Outcome:
    document = {
        "article_id": "a1",
        "headline": "Başlık",
        "persons": [e["name"] for e in entities if e["type"] == "PER"],
        "organizations": [e["name"] for e in entities if e["type"] == "ORG"],
        "places": [e["name"] for e in entities if e["type"] == "LOC"],
        "entities": entities,
        "topics": [],
    }
    return Outcome(file="a.txt", status="indexed", document=document)


def test_mentions_map_canonical_names_to_the_forms_written() -> None:
    entry = report_entry(
        indexed(
            [
                {"type": "LOC", "name": "Amerika Birleşik Devletleri", "mention_texts": ["ABD'nin", "ABD"]},
                {"type": "ORG", "name": "Birleşmiş Milletler", "mention_texts": ["BM", "Birleşmiş Milletler'in"]},
                {"type": "PER", "name": "Lisa Cook", "mention_texts": ["Lisa Cook", "Cook'un"]},
            ]
        )
    )
    assert entry["entities"] == {
        "PER": ["Lisa Cook"],
        "ORG": ["Birleşmiş Milletler"],
        "LOC": ["Amerika Birleşik Devletleri"],
    }
    assert entry["mentions"] == {
        "PER": {"Lisa Cook": ["Lisa Cook", "Cook"]},
        "ORG": {"Birleşmiş Milletler": ["BM", "Birleşmiş Milletler"]},
        "LOC": {"Amerika Birleşik Devletleri": ["ABD"]},
    }


def test_documents_indexed_before_mention_texts_existed_still_report() -> None:
    entry = report_entry(indexed([{"type": "LOC", "name": "Bakü"}]))
    assert entry["mentions"]["LOC"] == {"Bakü": []}


def test_rejected_files_have_empty_maps() -> None:
    entry = report_entry(Outcome(file="b.txt", status="rejected", document={"reason": "bozuk"}))
    assert entry["mentions"] == {"PER": {}, "ORG": {}, "LOC": {}}
