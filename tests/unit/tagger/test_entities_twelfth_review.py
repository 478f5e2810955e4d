"""EntityLinker.resolve on what a twelfth review of fresh copy found, and the one table of head words.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import re

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.headwords import CASE_HEADS, LOC_HEADS, ORG_HEADS
from newswire_tagger.entities.names import canonical_name, strip_org_case_ending

from tests.unit.tagger.labelled import listed, span


def resolved(linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]]) -> set[tuple[str, str]]:
    """The (type, name) pairs the linker makes of the spans, each the first occurrence of its words."""
    return listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))


# --- one table of head words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Cephesinden", "Cephesi"),
        ("Laboratuvarındaki", "Laboratuvarı"),
        ("Kampüsündeki", "Kampüsü"),
        ("Senatosunda", "Senatosu"),
        ("Sahnesindeki", "Sahnesi"),
        ("Cemaatinden", "Cemaati"),
        ("Manastırında", "Manastırı"),
        ("İlkokulunda", "İlkokulu"),
        ("Hükümetinin", "Hükümeti"),
        ("Bakanlığından", "Bakanlığı"),
        ("sokağında", "sokağı"),
    ],
)
def test_a_case_ending_comes_off_every_possessive_head_the_typing_tables_hold(word: str, head: str) -> None:
    assert strip_org_case_ending(word) == head


@pytest.mark.parametrize("word", ["partisinden", "Kurumuş", "Dağında", "Nehirden"])
def test_a_word_no_head_opens_in_a_names_case_keeps_its_ending(word: str) -> None:
    assert strip_org_case_ending(word) == word


def test_every_possessive_head_that_types_a_name_has_its_case_ending_taken_off() -> None:
    heads = [h for h in "|".join((ORG_HEADS, LOC_HEADS)).split("|") if re.fullmatch(r"[a-zçğıöşü]+[ıiuü]", h)]
    stripping = re.compile(rf"^(?:{'|'.join(CASE_HEADS)})$")
    missing = [h for h in heads if not stripping.match(h[0].replace("i", "İ").upper() + h[1:])]
    assert heads
    assert missing == []


def test_a_body_named_with_its_case_ending_glued_on_is_one_body(linker: EntityLinker) -> None:
    text = "Halk Kurtuluş Cephesinden yapılan açıklamada Halk Kurtuluş Cephesi'nin eylemi üstlendiği bildirildi."
    spans: list[tuple[str, EntityType]] = [("Halk Kurtuluş Cephesinden", "ORG"), ("Halk Kurtuluş Cephesi'nin", "ORG")]
    assert resolved(linker, text, spans) == {("ORG", "Halk Kurtuluş Cephesi")}
    assert canonical_name("Jet İtiş Gücü Laboratuvarındaki", "ORG") == "Jet İtiş Gücü Laboratuvarı"
