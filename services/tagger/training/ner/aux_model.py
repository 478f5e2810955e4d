"""The auxiliary CRF for stacking: trained on Turkish-Wiki-NER only, its labels become features of the main model.

Wiki-ner as training data hurts milliyet (other annotation conventions), but what a model trained on it thinks of a
token is still informative; the main CRF learns how far to trust it. The auxiliary model never sees milliyet, so
its labels on milliyet train are as honest as on new text (no leakage into the stacked features).
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pycrfsuite
from newswire_tagger.ner.features import FeatureExtractor

from services.tagger.training.ner.corpora import WIKI_NER, read_conll

__all__ = ["AUX_MAP", "train_aux"]

logger = logging.getLogger(__name__)

# Besides the three core types, nationalities, titles and other named things (works, events, products, buildings,
# laws, languages) get their own labels: "capitalised but not PER/ORG/LOC" is exactly what milliyet tags O.
AUX_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "NORP": "NORP",
    "TITLE": "TITLE",
    **dict.fromkeys(("WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "LAW", "LANGUAGE"), "MISC"),
}
AUX_C1 = 0.1
AUX_C2 = 0.01
AUX_ITERATIONS = 100


def train_aux(features: FeatureExtractor, out: Path, cache: Path, *, retrain: bool = False) -> None:
    """Fit the auxiliary CRF on wiki-ner train and write it to ``out`` and ``cache`` (reused unless ``retrain``)."""
    if cache.is_file() and not retrain:
        shutil.copyfile(cache, out)
        return
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in read_conll(WIKI_NER / "train.conll", AUX_MAP):
        trainer.append(features.sentence(words), tags)
    trainer.set_params(
        {
            "c1": AUX_C1,
            "c2": AUX_C2,
            "max_iterations": AUX_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    started = time.perf_counter()
    trainer.train(str(out))
    logger.info("auxiliary CRF trained in %.0f s -> %s", time.perf_counter() - started, out)
    cache.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out, cache)
