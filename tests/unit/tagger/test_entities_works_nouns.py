"""The one vocabulary of works' nouns the entity rules share (``nouns.is_works_noun``, ``nouns.WORK_FORMS``)."""

from __future__ import annotations

import re

import pytest
from newswire_tagger.entities.nouns import WORK_FORMS, is_works_noun


@pytest.mark.parametrize(
    "word",
    ["şarkıları", "kitapları", "kitabında", "filmleri", "albümünden", "romanı", "dizisinde", "hitleriyle", "film"],
)
def test_a_works_noun_in_any_of_its_forms_is_one(word: str) -> None:
    assert is_works_noun(word)


@pytest.mark.parametrize(
    "word",
    ["şarkıcılar", "oyuncu", "oyuncuları", "sergiledi", "gösterildi", "operasyonu", "hitap", "besteledi", "Hitler"],
)
def test_an_agent_or_a_verb_made_of_a_works_noun_is_none(word: str) -> None:
    assert not is_works_noun(word)


def test_the_linker_and_the_list_rules_read_the_same_forms_after_a_title() -> None:
    after_title = re.compile(rf"{WORK_FORMS}[a-zçğıöşü]*$")
    for word in ("filmiyle", "şarkısına", "albümünden", "oyununu", "belgeseli", "operası", "klibinde"):
        assert after_title.match(word), word
        assert is_works_noun(word), word
