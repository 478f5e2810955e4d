"""Cross-validation of model variants on human-labelled general news (silver and, once committed, development
labels), plus the TTC-3600 and kemik42k test splits; shared by ``train.py``.

Human-labelled articles are split into folds by near-duplicate group; each fold is scored by a model trained on
the section-labelled corpora, the weak labels and the other folds. Calibration and the secondary threshold are
fitted on the out-of-fold scores of the silver articles only, never on the articles being measured.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

import corpora
import dataset
import learn
import numpy as np
from learn import Config, Example
from newswire_tagger.evaluation.topics import Labels, score
from newswire_tagger.topics.linear import LinearTopicModel
from newswire_tagger.topics.rules import KeywordRules

FOLDS = 5
FOLD_SEED = 7


@dataclass
class Material:
    """Every example the variants draw on, by kind, with evaluation-mode exclusions already applied."""

    sections: list[Example]  # TTC-3600 and kemik42k topical sections, outside the held-out groups
    weak: list[Example]  # keyword weak labels on general sections
    silver: list[Example]  # engineer-labelled general news
    development: list[Example]  # the committed development labels (empty until they land)
    tests: dict[str, list[Example]] = field(default_factory=dict)


def build(docs: list[corpora.Doc], splits: dataset.Splits, silver: dict[str, dataset.Labels],
          development: dict[str, dataset.Labels]) -> Material:  # fmt: skip
    """Sort every document into its kind; held-out groups go to the tests, never to training."""
    rules = KeywordRules.load()
    material = Material([], [], [], [], {"ttc": [], "kemik": [], "kemik-cross": []})
    ttc_groups = {d.group for d in docs if d.source == "ttc"}
    for doc in docs:
        if doc.key in development:
            material.development.append(dataset.example(doc, development[doc.key], "development"))
            continue
        if doc.group in splits.development:
            continue  # a near-duplicate of a development article: never trained on
        if doc.key in silver and doc.group not in splits.held_out:  # hand labels beat the section's
            material.silver.append(dataset.example(doc, silver[doc.key], "silver"))
        elif doc.code is not None:
            labels = Labels(doc.code, frozenset({doc.code}))
            if doc.group in splits.ttc_test and doc.source == "ttc":
                material.tests["ttc"].append(dataset.example(doc, labels, doc.source))
            elif doc.group in splits.kemik_test and doc.source == "kemik-topical":
                material.tests["kemik"].append(dataset.example(doc, labels, doc.source))
                if doc.group not in ttc_groups:  # no copy in TTC-3600: a fair cross-collection article
                    material.tests["kemik-cross"].append(dataset.example(doc, labels, doc.source))
            elif doc.group not in splits.held_out:
                material.sections.append(dataset.example(doc, labels, doc.source))
        elif doc.source == "kemik-general" and doc.group not in splits.held_out:
            weak = dataset.weak_labels(doc, rules)
            if weak is not None:
                material.weak.append(dataset.example(doc, weak, "weak"))
    return material


def folds(examples: list[Example], k: int = FOLDS) -> list[list[int]]:
    """Indices of ``examples`` in ``k`` folds, whole near-duplicate groups per fold."""
    groups = sorted({e.group for e in examples})
    random.Random(FOLD_SEED).shuffle(groups)  # noqa: S311 - a reproducible split
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[i for i, e in enumerate(examples) if fold_of[e.group] == f] for f in range(k)]


def oof_scores(config: Config, base: list[Example], rotated: list[Example], k: int = FOLDS,
               dropped: frozenset[str] = frozenset()) -> np.ndarray:  # fmt: skip
    """Raw out-of-fold scores of ``rotated``: each fold scored by a model trained on ``base`` and the other folds."""
    out = np.zeros((len(rotated), len(learn.CODES)), dtype=np.float32)
    for held in folds(rotated, k):
        held_set = set(held)
        train = base + [e for i, e in enumerate(rotated) if i not in held_set]
        model = learn.fit(config, train, dropped)
        out[held] = learn.decisions(model, [rotated[i].counts for i in held])
    return out


def gold(examples: Iterable[Example]) -> list[Labels]:
    """Gold labels of examples."""
    return [Labels(e.primary, e.codes) for e in examples]


def calibrated(model: LinearTopicModel, slope: np.ndarray, offset: np.ndarray, threshold: float,
               meta: dict[str, object]) -> LinearTopicModel:  # fmt: skip
    """``model`` with its calibration and secondary threshold set."""
    return LinearTopicModel(**{**model.__dict__, "slope": slope, "offset": offset,
                               "secondary_threshold": threshold, "meta": {**model.meta, **meta}})  # fmt: skip


def evaluate(model: LinearTopicModel, examples: list[Example]) -> dict[str, object]:
    """Figures of a calibrated model on examples (primary = most probable code, secondaries over threshold)."""
    probs = learn.sigmoid(learn.decisions(model, [e.counts for e in examples]), model.slope, model.offset)
    return score(gold(examples), learn.predict(probs, model.secondary_threshold))


def summary(result: dict[str, object]) -> str:
    """One line of the headline figures."""
    return (
        f"n={result['n']} top {result['top_accuracy']:.4f} (macro-F1 {result['top_macro_f1']:.4f}) "
        f"sets micro-F1 {result['micro_f1']:.4f} macro-F1 {result['macro_f1']:.4f} "
        f"({result['codes_with_support']} codes)"
    )
