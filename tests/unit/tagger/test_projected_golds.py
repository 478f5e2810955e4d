"""The entity golds' names projected onto tokens: whole articles become NER training documents."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from services.tagger.training.ner.projected import SETS, WITH_SIXTH, _projected, project

GOLD = {"PER": ["Selin Akbulut"], "ORG": ["Kent Vakfı", "Sağlık Bakanlığı"], "LOC": ["Bursa", "Kent"]}


def tags_of(sentence: str, gold: dict[str, list[str]] = GOLD) -> list[str]:
    [(_words, tags)] = project([sentence.split(" ")], gold, Counter())
    return tags


def test_names_are_tagged_with_their_case_endings_the_longest_first() -> None:
    assert tags_of("Kent Vakfı'nın başkanı Bursa'da Sağlık Bakanlığından heyetle görüştü .") == [
        "B-ORG", "I-ORG", "O", "B-LOC", "B-ORG", "I-ORG", "O", "O", "O",
    ]  # fmt: skip


def test_a_listed_persons_surname_or_given_name_alone_is_that_person() -> None:
    assert tags_of("Akbulut , Selin Akbulut'un kızı Selin ile geldi .") == [
        "B-PER", "O", "B-PER", "I-PER", "O", "B-PER", "O", "O", "O",
    ]  # fmt: skip


def test_a_word_in_lower_case_is_no_mention() -> None:
    assert tags_of("kent merkezinde Kent Vakfı vardı .") == ["O", "O", "B-ORG", "I-ORG", "O", "O"]


def test_a_sentence_with_a_name_listed_under_two_types_is_left_out() -> None:
    gold = {"ORG": ["Elazığ"], "LOC": ["Elazığ"]}
    assert project([["Elazığ", "kazandı", "."], ["Maç", "bitti", "."]], gold, Counter()) == [
        (["Maç", "bitti", "."], ["O", "O", "O"])
    ]


def test_the_clean_gold_is_never_projected() -> None:
    assert "news_gold7" not in SETS
    assert "news_gold7" not in WITH_SIXTH
    with pytest.raises(ValueError, match="clean evaluation set"):
        _projected(Path("."), ("news_gold7",))
    with pytest.raises(ValueError, match="clean evaluation set"):
        _projected(Path("."), (*WITH_SIXTH, "news_gold7"))
