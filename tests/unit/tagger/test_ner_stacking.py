"""Stacked features carry the auxiliary CRF's labels (token and neighbours) and a confidence bucket."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
from newswire_tagger.ner import NerModel
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.model import LEXICON_FILE, MODEL_FILE
from newswire_tagger.ner.stacking import AUX_FILE, add_stacked_features, aux_predictions


def test_labels_of_the_token_and_its_neighbours_become_features() -> None:
    rows = [["bias"], ["bias"], ["bias"]]
    add_stacked_features(rows, ["B-PER", "I-PER", "O"], [0.95, 0.7, 0.3])
    assert rows[0] == ["bias", "ax=B-PER", "-1:ax=OUT", "+1:ax=I-PER", "axp=B-PER|hi"]
    assert rows[1] == ["bias", "ax=I-PER", "-1:ax=B-PER", "+1:ax=O", "axp=I-PER|mid"]
    assert rows[2] == ["bias", "ax=O", "-1:ax=I-PER", "+1:ax=OUT", "axp=O|lo"]


def test_empty_sentence_gets_nothing() -> None:
    rows: list[list[str]] = []
    add_stacked_features(rows, [], [])
    assert rows == []


def test_a_model_directory_with_an_auxiliary_crf_tags_through_it(tmp_path: Path) -> None:
    sentences = [(["Ahmet", "Ankara'ya", "gitti"], ["B-PER", "B-LOC", "O"]), (["Veli", "geldi"], ["B-PER", "O"])]
    features = FeatureExtractor(Lexicon({}))
    aux_trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        aux_trainer.append(features.sentence(words), tags)
    aux_trainer.train(str(tmp_path / AUX_FILE))
    aux = pycrfsuite.Tagger()
    aux.open(str(tmp_path / AUX_FILE))
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        rows = features.sentence(words)
        add_stacked_features(rows, *aux_predictions(aux, rows))
        trainer.append(rows, tags)
    trainer.train(str(tmp_path / MODEL_FILE))
    Lexicon({}).save(tmp_path / LEXICON_FILE)
    model = NerModel.load(tmp_path)
    assert any(a.startswith("ax=") for a, _ in model._tagger.info().state_features)
    assert model.tag([["Ahmet", "Ankara'ya", "gitti"]]) == [["B-PER", "B-LOC", "O"]]
