"""CRFsuite's C tagger fed attribute ids: the same tags and marginals as pycrfsuite fed feature strings."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from newswire_tagger.ner import NerModel
from newswire_tagger.ner.crfsuite_c import CTagger
from newswire_tagger.ner.model import MODEL_FILE, _c_tagger, default_model_dir
from newswire_tagger.ner.tokenizer import split_sentences, tokenize

_ARTICLE = (
    "Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Bakü'de görüştü. "
    "Fidan, NATO toplantısının ardından Ermenistan ile barış sürecini değerlendirdi. "
    "AFAD, Malatya'da 5,2 büyüklüğündeki depremin ardından Kızılay ile birlikte çadır kurdu. "
    "Galatasaray, Süper Lig'de Fenerbahçe'yi 2-1 yendi; Mauro Icardi iki gol attı. "
    "TÜRKİYE CUMHURİYET MERKEZ BANKASI FAİZİ SABİT TUTTU. "
    "Türk Hava Yolları (THY) Genel Müdürü, İstanbul Havalimanı'ndaki yeni terminali anlattı. Peki ya sonra?"
)


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


@pytest.fixture(scope="module")
def fast() -> CTagger:
    tagger = CTagger.open(default_model_dir() / MODEL_FILE)
    assert tagger is not None, "pycrfsuite's extension exports CRFsuite's C API on this platform"
    return tagger


def _sentences(text: str) -> list[list[str]]:
    return [[t.text for t in sentence] for sentence in split_sentences(text, tokenize(text))]


def test_the_model_tags_through_the_c_api(model: NerModel) -> None:
    assert model._fast is not None


def test_attribute_ids_are_the_feature_strings_the_model_knows(model: NerModel, fast: CTagger) -> None:
    sentences = _sentences(_ARTICLE)
    context = model._context(sentences)
    index = fast.attribute_ids
    for words in sentences:
        strings = model._features.sentence(words, context)
        ids = model._features.sentence_ids(words, context, index)
        assert ids == [[index[f] for f in row if f in index] for row in strings]


def test_tags_and_marginals_equal_pycrfsuites(model: NerModel, fast: CTagger) -> None:
    sentences = _sentences(_ARTICLE)
    context = model._context(sentences)
    rows = [model._features.sentence(words, context) for words in sentences]
    batch = fast.batch([model._features.sentence_ids(words, context, fast.attribute_ids) for words in sentences])
    checked = 0
    for k, window in enumerate(rows):
        expected = model._tagger.tag(window)
        marginals = {(label, t): model._tagger.marginal(label, t) for label in fast.labels for t in range(len(window))}
        assert batch.tag(k) == expected
        for (label, t), probability in marginals.items():
            assert fast.marginal(label, t) == probability  # the same C code on the same attributes: exactly equal
            checked += 1
    assert checked == len(fast.labels) * sum(len(window) for window in rows)
    assert any(tag != "O" for k in range(len(rows)) for tag in batch.tag(k))


def test_an_empty_window_has_no_tags(fast: CTagger) -> None:
    batch = fast.batch([[], [[fast.attribute_ids["bias"]]]])
    assert batch.tag(0) == []
    assert len(batch.tag(1)) == 1


def test_extract_is_the_same_either_way(model: NerModel) -> None:
    fast = model._fast
    try:
        through_c = model.extract(_ARTICLE)
        model._fast = None
        through_strings = model.extract(_ARTICLE)
    finally:
        model._fast = fast
    assert through_c == through_strings
    assert {s.text for s in through_c} >= {"Hakan Fidan", "Bakü'de", "NATO"}


def test_without_the_c_api_the_model_reads_strings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def unavailable(name: str) -> ctypes.CDLL:
        raise OSError(f"cannot open {name}")

    monkeypatch.setattr(ctypes, "CDLL", unavailable)
    assert CTagger.open(default_model_dir() / MODEL_FILE) is None


def test_a_file_that_is_no_model_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.crfsuite"
    broken.write_bytes(b"not a model")
    with pytest.raises(OSError, match="could not open"):
        CTagger.open(broken)


def test_a_marginal_outside_the_window_decoded_last_is_an_error(fast: CTagger) -> None:
    bias = fast.attribute_ids["bias"]
    batch = fast.batch([[[bias], [bias]], []])
    assert len(batch.tag(0)) == 2
    assert 0.0 <= fast.marginal("O", 1) <= 1.0
    with pytest.raises(IndexError):
        fast.marginal("O", 2)  # CRFsuite itself would read past its lattice
    with pytest.raises(IndexError):
        fast.marginal("O", -1)
    assert batch.tag(1) == []
    with pytest.raises(IndexError):
        fast.marginal("O", 0)  # after an empty window no lattice is the current one


def test_attribute_ids_outside_the_model_are_refused(fast: CTagger) -> None:
    with pytest.raises(ValueError, match="outside the model"):
        fast.batch([[[fast.n_attributes]]])
    with pytest.raises(ValueError, match="outside the model"):
        fast.batch([[[0, -1]]])


def test_the_c_tagger_is_checked_against_pycrfsuite_before_use(model: NerModel, fast: CTagger) -> None:
    attributes = frozenset(a for a, _label in model._tagger.info().state_features)
    assert fast.agrees_with(model._tagger, attributes) is None
    assert fast.agrees_with(model._tagger, attributes - {"bias"}) == "another attribute table than pycrfsuite reads"


def test_a_c_tagger_that_reads_the_model_otherwise_is_left_unused(
    model: NerModel, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(CTagger, "agrees_with", lambda self, reference, attributes: "other tags than pycrfsuite")
    model_file = default_model_dir() / MODEL_FILE
    assert _c_tagger(model_file, model._tagger, frozenset()) is None
    assert "other tags than pycrfsuite" in caplog.text


def test_the_id_cache_belongs_to_one_model(model: NerModel, fast: CTagger) -> None:
    words = ["Ankara", "bugün"]
    first = model._features.sentence_ids(words, None, fast.attribute_ids)
    shifted = {name: i + 1 for name, i in fast.attribute_ids.items()}  # another model's numbering
    assert model._features.sentence_ids(words, None, shifted) == [[i + 1 for i in row] for row in first]
    assert model._features.sentence_ids(words, None, fast.attribute_ids) == first
