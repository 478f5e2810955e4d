"""CRF features: Turkish lower-casing, apostrophe split, shapes, and pruning to the model's known features."""

from __future__ import annotations

from newswire_tagger.ner.features import FeatureExtractor, word_shape
from newswire_tagger.ner.lexicon import Lexicon, split_apostrophe, tr_lower


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


def test_sentence_features_use_lexicon_and_neighbours() -> None:
    extractor = FeatureExtractor(Lexicon({"ankara": ("c64=3", "gz=LOC")}))
    rows = extractor.sentence(["Ahmet", "Ankara'ya", "gitti"])
    assert len(rows) == 3
    middle = rows[1]
    assert {"w=ankara'ya", "st=ankara", "sf=ya", "gz=LOC", "c64=3", "-1:w=ahmet", "+1:w=gitti"} <= set(middle)
    assert "BOS" in rows[0]
    assert "EOS" in rows[2]
    assert "+1:gz=LOC" in rows[0]
    assert "+2:c64=3" not in rows[0]  # Ankara is the next word, not the one after


def test_known_features_prune_the_rest() -> None:
    lexicon = Lexicon({"ankara": ("c64=3",)})
    known = frozenset({"bias", "st=ankara", "-1:w=ahmet"})
    rows = FeatureExtractor(lexicon, known).sentence(["Ahmet", "Ankara'ya"])
    assert rows[1] == ["bias", "st=ankara", "-1:w=ahmet"]
    assert rows[0] == ["bias"]
