"""CRF features: Turkish lower-casing, apostrophe split, shapes, and pruning to the model's known features."""

from __future__ import annotations

from newswire_tagger.ner.features import word_shape
from newswire_tagger.ner.lexicon import split_apostrophe, tr_lower


def test_turkish_lower_case() -> None:
    assert tr_lower("İSTANBUL") == "istanbul"
    assert tr_lower("IRAK") == "ırak"


def test_apostrophe_split_keeps_name_and_suffix() -> None:
    assert split_apostrophe("türkiye'nin") == ("türkiye", "nin")
    assert split_apostrophe("bakü’ye") == ("bakü", "ye")
    assert split_apostrophe("'") == ("'", "")
    assert split_apostrophe("ankara") == ("ankara", "")


def test_word_shape() -> None:
    assert word_shape("Türkiye'nin") == "Xx'x"
    assert word_shape("Bakü’ye") == "Xx'x"
    assert word_shape("NATO") == "X"
    assert word_shape("1.5") == "d.d"
    assert word_shape("G-7") == "X-d"


def test_capitals_of_other_latin_alphabets_shape_as_capitals() -> None:
    assert word_shape("Åsta") == "Xx"  # (Å was read as a lower-case letter: a Norwegian name was no name)
    assert word_shape("Émile") == "Xx"
    assert word_shape("Łukasz") == "Xx"
    assert word_shape("ÇİĞDEM") == "X"
