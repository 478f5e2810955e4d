"""A match report's box score: referees and line-ups are people, the stadium a place (sentences written here)."""

from __future__ import annotations

from newswire_tagger.entities.lineups import box_score, with_box_score
from newswire_tagger.spans import Span

REPORT = """Kartalspor deplasmanda kazandı
Maçın tek golünü Yalçın attı.

Stat: 29 Ekim
Hakemler: Ali Palabıyık, Tarık Ongun, Özgür Yankaya
Kartalspor: Volkan, Serdar, Mert (Dk. 70 Akın Can), Sabah, Yalçın, Arda 12, Eren, Kaan, Cem
Dereboyuspor: Erkan, Hakan, Oğuz, Rıza, Barış (Dk. 61 Uğur), Ümit, Samet
Goller: Dk. 55 Yalçın (Kartalspor)
"""


def found(text: str) -> dict[str, str]:
    return {s.text: s.type for s in box_score(text)}


def test_referees_players_and_substitutes_are_people_and_the_stadium_a_place() -> None:
    names = found(REPORT)
    assert names["29 Ekim"] == "LOC"
    assert {"Ali Palabıyık", "Tarık Ongun", "Özgür Yankaya", "Akın Can", "Uğur", "Arda"} <= names.keys()
    # a player named like a newspaper ("Sabah") is a player here; the goals' line is no line-up
    assert names["Sabah"] == "PER"
    assert "Dk. 55 Yalçın" not in names
    assert sum(kind == "PER" for kind in names.values()) == 3 + 9 + 1 + 7 + 1
    assert all(REPORT[s.start : s.end] == s.text for s in box_score(REPORT))


def test_a_list_without_referees_is_left_to_the_model() -> None:
    text = "Toplantı\nKatılanlar: Ahmet Kaya, Mehmet Demir, Ayşe Gül, Fatma Er, Can Ak\n"
    assert box_score(text) == []


def test_box_score_names_replace_the_spans_they_overlap() -> None:
    start = REPORT.index("Sabah")
    newspaper = Span("ORG", start, start + 5, "Sabah", 0.8)
    title = Span("PER", 0, 10, "Kartalspor", 0.4)
    merged = with_box_score(REPORT, [title, newspaper], lambda _name: False)
    assert title in merged
    assert newspaper not in merged
    assert Span("PER", start, start + 5, "Sabah", 0.9) in merged
