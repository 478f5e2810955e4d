"""Apostrophe look-alikes before a case suffix (``Türkiye´nin``, ``Ankara`da``) are read as the apostrophe, and a
pre-tokenised corpus's decomposed letters as composed ones."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from newswire_schemas import Article
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon, name_stem
from newswire_tagger.ner.tokenizer import as_read, tokenize, uniform_apostrophes
from newswire_tagger.pipeline import Tagger


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Türkiye´nin", "Türkiye'nin"),  # acute accent
        ("Ankara`da", "Ankara'da"),  # grave accent
        ("Bakü‘ye", "Bakü'ye"),  # left single quotation mark
        ("Gazzeʼde", "Gazze'de"),  # modifier letter apostrophe
        ("2005′te", "2005'te"),  # prime after a year
        ("ALMANYA´DA", "ALMANYA'DA"),  # a headline in capitals
        ("dedi ‘Geliyoruz’ diye", "dedi ‘Geliyoruz’ diye"),  # an opening quote after a space stays a quote
        ("Türkiye'nin ve Bakü’nün", "Türkiye'nin ve Bakü’nün"),  # the two apostrophes the corpora use are kept
        ("1 ´ 2", "1 ´ 2"),
    ],
)
def test_a_look_alike_before_a_suffix_is_read_as_the_apostrophe(written: str, read: str) -> None:
    assert uniform_apostrophes(written) == read
    assert len(uniform_apostrophes(written)) == len(written)  # one character for one: offsets hold


def test_a_look_alike_does_not_split_the_word() -> None:
    assert [t.text for t in tokenize(uniform_apostrophes("Türkiye´nin"))] == ["Türkiye'nin"]
    assert name_stem("Bakü´ye") == name_stem("Bakü'ye") == "bakü"


def test_pre_tokenised_words_get_the_features_of_the_apostrophe_form() -> None:
    extractor = FeatureExtractor(Lexicon({"türkiye": ("gz=LOC",)}))
    assert extractor.sentence(["Türkiye´nin", "başkenti"]) == extractor.sentence(["Türkiye'nin", "başkenti"])


def test_a_decomposed_word_is_read_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Şırnak´taki")  # "S" + cedilla, "ı", "´" ...
    assert as_read(decomposed) == "Şırnak'taki"
    assert as_read("NATO") == "NATO"
    extractor = FeatureExtractor(Lexicon({"şırnak": ("gz=LOC",)}))
    assert extractor.sentence([decomposed, "ilçesi"]) == extractor.sentence(["Şırnak'taki", "ilçesi"])
    assert name_stem(decomposed) == "şırnak"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load()


def _article(body: str) -> Article:
    return Article(
        id="apostrophes",
        headline="Bakan Bayramov NATO heyetini kabul etti",
        lead="",
        body=body,
        source_format="agency-text",
        channel="cli",
        content_hash="sha256:" + "0" * 64,
        received_at=datetime.now(UTC),
    )


def test_an_article_written_with_look_alikes_gets_the_same_entities_quoted_as_written(tagger: Tagger) -> None:
    standard = "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, dün Bakü'de NATO'nun heyetini kabul etti."
    written = standard.replace("'", "´")
    expected = tagger.enrich(_article(standard))
    enriched = tagger.enrich(_article(written))
    assert {(e.type, e.name) for e in enriched.entities} == {(e.type, e.name) for e in expected.entities}
    assert ("LOC", "Bakü") in {(e.type, e.name) for e in enriched.entities}
    text = enriched.article.text
    mentions = [m for e in enriched.entities for m in e.mentions]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert "Bakü´de" in {m.text for m in mentions}  # the mention as the article writes it
