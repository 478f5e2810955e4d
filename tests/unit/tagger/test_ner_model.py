"""The packaged NER model loads once, tags token lists and finds the seed article's entities with exact offsets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from newswire_tagger.ner import NerModel, split_sentences
from newswire_tagger.ner.model import LEXICON_FILE, MODEL_FILE, SECOND_FILE, default_model_dir

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


@pytest.fixture(scope="module")
def seed_text() -> str:
    return next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")


def test_load_is_cached(model: NerModel) -> None:
    assert NerModel.load() is model
    assert NerModel.load(default_model_dir()) is model


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        NerModel.load(tmp_path)


def test_a_second_model_is_combined_with_the_first(model: NerModel, seed_text: str, tmp_path: Path) -> None:
    # Two copies of one CRF always agree and average to the same marginals: the same spans and confidences.
    for name in (MODEL_FILE, LEXICON_FILE):
        shutil.copyfile(default_model_dir() / name, tmp_path / name)
    shutil.copyfile(default_model_dir() / MODEL_FILE, tmp_path / SECOND_FILE)
    pair = NerModel.load(tmp_path)
    assert pair is not model
    assert pair.extract(seed_text) == model.extract(seed_text)


def test_tag_returns_bio2_per_token(model: NerModel) -> None:
    sentences = [["Ceyhun", "Bayramov", ",", "Bakü'yü", "ziyaret", "etti"], []]
    tags = model.tag(sentences)
    assert [len(t) for t in tags] == [6, 0]
    assert tags[0][:2] == ["B-PER", "I-PER"]
    assert tags[0][3] == "B-LOC"


def test_seed_article_entities(model: NerModel, seed_text: str) -> None:
    spans = model.extract(seed_text)
    assert spans == sorted(spans, key=lambda s: s.start)
    for span in spans:
        assert seed_text[span.start : span.end] == span.text
        assert 0.0 < span.confidence <= 1.0
    found = {(s.type, s.text) for s in spans}
    expected = {
        ("PER", "Ceyhun Bayramov"),
        ("PER", "Radmila Shekerinska"),
        ("PER", "Shekerinska"),  # surname alone, propagated from the full name
        ("ORG", "NATO"),
        ("LOC", "Bakü'yü"),
        ("LOC", "Bakü'ye"),
        ("LOC", "Azerbaycan"),
        ("LOC", "Afganistan'daki"),
    }
    assert expected <= found, expected - found
    assert any(t == "ORG" and x.startswith("Azerbaycan Dışişleri Bakanlığı") for t, x in found)
    assert any(t == "LOC" and x == "Ermenistan" for t, x in found)


def _sentences(text: str) -> list[list[str]]:
    return [[t.text for t in sentence] for sentence in split_sentences(text)]


def test_a_surname_opening_a_sentence_is_a_person_when_read_with_its_article(model: NerModel) -> None:
    sentences = _sentences(
        "Sağlık Bakanı Dr. Zanele Mbeki dün Nairobi'de açıklama yaptı. Mbeki, kentteki hastanelerin dolduğunu söyledi."
    )
    assert model.tag_document(sentences)[1][0] == "B-PER"
    # The rest of the article is evidence: the person is surer with it than in the sentence read alone.
    second = "Mbeki, kentteki hastanelerin dolduğunu söyledi."
    text = "Sağlık Bakanı Dr. Zanele Mbeki dün Nairobi'de açıklama yaptı. " + second
    with_article = next(s for s in model.extract(text) if s.start == text.index(second))
    alone = [s for s in model.extract(second) if s.start == 0]
    assert with_article.type == "PER"
    assert with_article.confidence > max((s.confidence for s in alone if s.type == "PER"), default=0.0)


def test_names_glued_across_a_suffix_come_out_apart(model: NerModel) -> None:
    spans = model.extract("Rusya'nın Kırım Yarımadası'ndaki askeri üslerine yönelik saldırılar sürüyor.")
    assert [(s.type, s.text) for s in spans] == [("LOC", "Rusya'nın"), ("LOC", "Kırım Yarımadası'ndaki")]


def test_demonyms_are_not_people(model: NerModel) -> None:
    spans = model.extract("Kenyalı ve Norveçli yetkililer toplandı. Filistinliler ve İsrailliler de katıldı.")
    assert not [s for s in spans if s.type == "PER"]
