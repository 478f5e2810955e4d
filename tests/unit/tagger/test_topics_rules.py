"""Keyword rules, text normalisation, the exported linear model and the evaluation entry point."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from newswire_tagger.evaluation.topics import evaluate_topics
from newswire_tagger.topics import features
from newswire_tagger.topics.linear import LinearTopicModel
from newswire_tagger.topics.rules import KeywordRules

RULES = {
    "scale": 4.0,
    "threshold": 0.5,
    "max_hits": 3,
    "headline_weight": 2,
    "boost_weight": 0.5,
    "topics": {
        "03000000": {
            "keywords": {"deprem": 3, "=sel": 2, "su baskın": 3},
            "children": {"20000148": {"deprem": 3}},
        }
    },
}


def test_normalise_lowercases_turkish_and_drops_apostrophe_suffixes() -> None:
    assert features.tokens("İSTANBUL'da IŞIK Bakü’yü") == ["istanbul", "ışık", "bakü"]
    # and the apostrophe's look-alikes some outlets write
    assert features.tokens("Türkiye´nin Ankara`da Baküʼye 2005′te") == ["türkiye", "ankara", "bakü"]


def test_normalise_repairs_cp1252_quotes_and_joins_isbirligi() -> None:
    assert features.tokens("Şevval Sam\x92ın iş birliği") == ["şevval", "sam", "işbirliği"]


def test_features_weight_the_headline() -> None:
    counts = features.extract("Deprem", "deprem oldu")
    assert counts["w:deprem"] == 1 + features.HEADLINE_WEIGHT
    assert counts["s:depre"] == 1 + features.HEADLINE_WEIGHT


def test_letter_ngrams_are_off_by_default_and_padded_when_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any(f.startswith("c:") for f in features.extract("", "vergi"))
    monkeypatch.setattr(features, "CHAR_NGRAMS", (4,))
    counts = features.extract("", "vergi")
    assert sorted(f for f in counts if f.startswith("c:")) == ["c:<ver", "c:ergi", "c:rgi>", "c:verg"]
    assert features.describe("c:verg") == "letters: verg"


def test_prefix_exact_and_phrase_keywords() -> None:
    rules = KeywordRules(RULES)
    hits = rules.match("", "Depremde evler yıkıldı, selam verdi, sel geldi, su baskınları oldu")
    assert set(hits) == {"03000000", "20000148"}
    reasons = " ".join(hits["03000000"].reasons)
    assert "deprem" in reasons
    assert "su baskın" in reasons
    assert "keyword: sel" in reasons
    assert rules.match("", "selam ve selamet") == {}


def test_scores_grow_with_evidence_and_hits_are_capped() -> None:
    rules = KeywordRules(RULES)
    once = rules.match("", "deprem")["03000000"].score
    twice = rules.match("", "deprem deprem")["03000000"].score
    many = rules.match("", "deprem " * 10)["03000000"].score
    assert 0 < once < twice < 1
    assert many == rules.match("", "deprem " * 3)["03000000"].score
    assert rules.match("deprem", "")["03000000"].score == twice


def test_linear_model_round_trip(tmp_path: Path) -> None:
    model = LinearTopicModel(
        classes=("a", "b"),
        features=("w:x", "w:y"),
        vocabulary={"w:x": 0, "w:y": 1},
        idf=np.ones(2, dtype=np.float32),
        coef=np.array([[1.0, -1.0], [-1.0, 1.0]], dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        slope=np.array([2.0, 1.0], dtype=np.float32),
        offset=np.array([0.0, -1.0], dtype=np.float32),
        secondary_threshold=0.4,
        meta={"config": "test"},
    )
    model.save(tmp_path / "m.npz")
    loaded = LinearTopicModel.load(tmp_path / "m.npz")
    scores, index, values = loaded.decision(Counter({"w:x": 3, "w:unknown": 1}))
    assert scores[0] == pytest.approx(1.0)
    probs = loaded.probabilities(scores)
    assert probs[0] == pytest.approx(1 / (1 + np.exp(-2.0)))  # per-code sigmoid, not a softmax
    assert probs[1] == pytest.approx(1 / (1 + np.exp(2.0)))
    assert loaded.strongest(index, values, 0) == ["w:x"]
    assert loaded.secondary_threshold == pytest.approx(0.4)
    assert loaded.meta == {"config": "test"}


def _two_code_model(primary_weight: float, *, with_head: bool = True) -> LinearTopicModel:
    # "a" applies more surely than "b" (calibrated), but the primary head has learnt that "b" leads.
    return LinearTopicModel(
        classes=("a", "b"),
        features=("w:x",),
        vocabulary={"w:x": 0},
        idf=np.ones(1, dtype=np.float32),
        coef=np.array([[2.0, 1.0]], dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        slope=np.ones(2, dtype=np.float32),
        offset=np.zeros(2, dtype=np.float32),
        secondary_threshold=0.5,
        meta={},
        primary_coef=np.array([[-3.0, 3.0]], dtype=np.float32) if with_head else None,
        primary_intercept=np.zeros(2, dtype=np.float32) if with_head else None,
        primary_weight=primary_weight,
    )


@pytest.mark.parametrize(
    ("weight", "with_head", "expected"), [(1.0, True, 1), (0.0, True, 0), (1.0, False, 0), (0.01, True, 0)]
)
def test_primary_weighs_the_primary_head_against_the_calibrated_probability(
    tmp_path: Path, weight: float, with_head: bool, expected: int
) -> None:
    _two_code_model(weight, with_head=with_head).save(tmp_path / "m.npz")
    loaded = LinearTopicModel.load(tmp_path / "m.npz")  # the head and its weight survive the artifact
    scores, index, values = loaded.decision(Counter({"w:x": 1}))
    probs = loaded.probabilities(scores)
    assert probs[0] > probs[1]
    assert loaded.primary(probs, index, values) == expected


@pytest.mark.parametrize("with_head", [True, False])
def test_a_primary_among_given_codes_never_leaves_them(with_head: bool) -> None:
    model = _two_code_model(1.0, with_head=with_head)
    scores, index, values = model.decision(Counter({"w:x": 1}))
    probs = model.probabilities(scores)
    unrestricted = model.primary(probs, index, values)
    other = model.classes[1 - unrestricted]
    assert model.primary(probs, index, values, among=frozenset({other})) == 1 - unrestricted
    assert model.primary(probs, index, values, among=frozenset(model.classes)) == unrestricted


def test_an_article_without_known_features_still_gets_a_primary() -> None:
    model = _two_code_model(1.0)
    scores, index, values = model.decision(Counter({"w:unknown": 2}))
    assert model.primary(model.probabilities(scores), index, values) in (0, 1)


def test_evaluate_topics_on_a_tiny_corpus(tmp_path: Path) -> None:
    sport = tmp_path / "15000000"
    politics = tmp_path / "11000000"
    sport.mkdir()
    politics.mkdir()
    (sport / "a.txt").write_text("Fenerbahçe deplasmanda Beşiktaş'ı 2-0 yendi, golleri ikinci yarıda attı.")
    legacy = "Meclis Genel Kurulu'nda muhalefet partileri hükümetin kanun teklifine itiraz etti. Milletvekili"
    (politics / "b.txt").write_bytes(legacy.encode("cp1254"))
    (tmp_path / "README").write_text("not a code folder")
    result = evaluate_topics(tmp_path)
    assert result["layout"] == "folders"
    assert result["n"] == 2
    assert result["top_accuracy"] == 1.0
    assert {c for c, r in result["per_code"].items() if r["primary_support"]} == {"11000000", "15000000"}
    assert 0.0 <= result["macro_f1"] <= 1.0
    # The closed reading chooses among the two codes the folders use; with both right already it cannot drop.
    assert result["closed_codes"] == 2
    assert result["closed_top_accuracy"] == 1.0


def test_the_closed_reading_recovers_a_primary_filed_outside_the_collection(tmp_path: Path) -> None:
    # A sports story told through a court case: the worker may file it under crime, a sport-only collection may
    # not; the closed reading picks the best of the codes the collection uses.
    sport = tmp_path / "15000000"
    politics = tmp_path / "11000000"
    sport.mkdir()
    politics.mkdir()
    (sport / "a.txt").write_text(
        "Şike davasında mahkeme kararını açıkladı. Sanık futbolcular ve kulüp yöneticileri hapis cezası aldı, "
        "savcılık itiraz etti. Maç sonuçlarıyla ilgili soruşturma sürüyor."
    )
    (politics / "b.txt").write_text("Meclis Genel Kurulu'nda muhalefet hükümetin kanun teklifine itiraz etti.")
    result = evaluate_topics(tmp_path)
    assert result["top_accuracy"] == 0.5  # the worker files the match-fixing trial under crime, as the guide does
    assert result["confusion"] == [{"gold": "15000000", "predicted": "02000000", "n": 1}]
    assert result["closed_codes"] == 2
    assert result["closed_top_accuracy"] == 1.0


def test_evaluate_topics_rejects_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no DIR"):
        evaluate_topics(tmp_path)
