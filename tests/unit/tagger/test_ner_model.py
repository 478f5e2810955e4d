"""The packaged NER model loads once, tags token lists and finds the seed article's entities with exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_tagger.ner import NerModel
from newswire_tagger.ner.model import default_model_dir

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
