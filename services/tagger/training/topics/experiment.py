"""Cross-validation on human-labelled general news (silver, round-3 training and development labels), plus the
TTC-3600 and kemik42k test splits; shared by ``train.py``.

Human-labelled articles are split into folds by near-duplicate group; each fold is scored by a model trained on
the section-labelled corpora, the weak labels and the other folds. Calibration, the primary head's weight and the
secondary threshold are fitted on the out-of-fold scores of the training labels (silver and round 3) only, never
on the articles being measured.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

import corpora
import dataset
import learn
import numpy as np
import pseudo
from learn import Config, Example
from newswire_tagger.evaluation.topics import Labels, score
from newswire_tagger.topics.linear import LinearTopicModel
from newswire_tagger.topics.rules import KeywordRules

FOLDS = 5
FOLD_SEED = 7
# The kind of a hand-labelled article of a section-labelled collection, by source.
HAND_KINDS = {"kemik-topical": "kemik-hand", "ttc": "ttc-hand"}


@dataclass
class Material:
    """Every example the variants draw on, by kind, with evaluation-mode exclusions already applied."""

    sections: list[Example]  # TTC-3600 and kemik42k topical sections, outside the held-out groups
    weak: list[Example]  # keyword weak labels on general sections
    silver: list[Example]  # engineer-labelled general news (headline and 300 characters)
    development: list[Example]  # the committed development labels
    training: list[Example] = field(default_factory=list)  # round-3 training labels (never scored on)
    tests: dict[str, list[Example]] = field(default_factory=dict)
    pool: list[Example] = field(default_factory=list)  # unlabelled general-section articles (self-training)

    @property
    def labelled(self) -> list[Example]:
        """The hand-labelled training articles: silver and round 3 (what calibration is fitted on)."""
        return self.silver + self.training


def build(docs: list[corpora.Doc], splits: dataset.Splits, silver: dict[str, dataset.Labels],
          development: dict[str, dataset.Labels], training: dict[str, dataset.Labels]) -> Material:  # fmt: skip
    """Sort every document into its kind; held-out groups go to the tests, never to training."""
    rules = KeywordRules.load()
    material = Material([], [], [], [], [], {"ttc": [], "kemik": [], "kemik-cross": []})
    ttc_groups = {d.group for d in docs if d.source == "ttc"}
    for doc in docs:
        if doc.key in development:
            material.development.append(dataset.example(doc, development[doc.key], "development"))
            continue
        if doc.group in splits.development:
            continue  # a near-duplicate of a development article: never trained on
        if doc.key in training and doc.group not in splits.held_out and doc.source in HAND_KINDS:
            # A section article labelled by hand (rounds 6, 7): its label replaces the section's, and it is trained
            # on like the section articles, in every fold, never part of calibration.
            material.sections.append(dataset.example(doc, training[doc.key], HAND_KINDS[doc.source]))
        elif doc.key in training and doc.group not in splits.held_out:
            material.training.append(dataset.example(doc, training[doc.key], "training"))
        elif doc.key in silver and doc.group not in splits.held_out:  # hand labels beat the section's
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
            _general(material, doc, rules)
    return material


def _general(material: Material, doc: corpora.Doc, rules: KeywordRules) -> None:
    """A general-section article without a hand label: a weak label where the keyword rules are sure, else the
    self-training pool."""
    weak = dataset.weak_labels(doc, rules)
    if weak is not None:
        material.weak.append(dataset.example(doc, weak, "weak"))
    else:
        material.pool.append(dataset.unlabelled(doc, rules))


def folds(examples: list[Example], k: int = FOLDS) -> list[list[int]]:
    """Indices of ``examples`` in ``k`` folds, whole near-duplicate groups per fold."""
    groups = sorted({e.group for e in examples})
    random.Random(FOLD_SEED).shuffle(groups)  # noqa: S311 - a reproducible split
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[i for i, e in enumerate(examples) if fold_of[e.group] == f] for f in range(k)]


def oof_scores(config: Config, base: list[Example], rotated: list[Example], *, k: int = FOLDS,
               dropped: frozenset[str] = frozenset(),
               pool: list[Example] | None = None) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Raw out-of-fold scores of ``rotated`` and the primary head's log-probabilities: each fold scored by a
    model trained on ``base`` and the other folds (self-training on ``pool`` if the config asks for it)."""
    out = np.zeros((len(rotated), len(learn.CODES)), dtype=np.float32)
    log_primary = np.zeros_like(out)
    for held in folds(rotated, k):
        held_set = set(held)
        train = base + [e for i, e in enumerate(rotated) if i not in held_set]
        model = pseudo.fit(config, train, pool or [], dropped)
        counts = [rotated[i].counts for i in held]
        out[held] = learn.decisions(model, counts)
        log_primary[held] = learn.primary_log_probs(model, counts)
    return out, log_primary


def gold(examples: Iterable[Example]) -> list[Labels]:
    """Gold labels of examples."""
    return [Labels(e.primary, e.codes) for e in examples]


@dataclass(frozen=True)
class Calibration:
    """Per-code Platt slope and offset, the primary head's weight and the secondary threshold."""

    slope: np.ndarray
    offset: np.ndarray
    primary_weight: float
    threshold: float


def calibrated(model: LinearTopicModel, calibration: Calibration, meta: dict[str, object]) -> LinearTopicModel:
    """``model`` with its calibration, primary weight and secondary threshold set."""
    return LinearTopicModel(**{**model.__dict__, "slope": calibration.slope, "offset": calibration.offset,
                               "secondary_threshold": calibration.threshold,
                               "primary_weight": calibration.primary_weight if model.primary_coef is not None else 0.0,
                               "meta": {**model.meta, **meta}})  # fmt: skip


def predicted(model: LinearTopicModel, examples: list[Example]) -> list[Labels]:
    """What a calibrated model returns for examples (primary, then secondaries over the threshold)."""
    counts = [e.counts for e in examples]
    probs = learn.sigmoid(learn.decisions(model, counts), model.slope, model.offset)
    return learn.predict(probs, model.secondary_threshold, log_primary=learn.primary_log_probs(model, counts),
                         weight=model.primary_weight)  # fmt: skip


def evaluate(model: LinearTopicModel, examples: list[Example]) -> dict[str, object]:
    """Figures of a calibrated model on examples, with the closed reading (``newswire evaluate topics``)."""
    labels = gold(examples)
    result = score(labels, predicted(model, examples))
    used = frozenset(code for g in labels for code in g.codes)
    counts = [e.counts for e in examples]
    probs = learn.sigmoid(learn.decisions(model, counts), model.slope, model.offset)
    chosen = learn.primaries(probs, learn.primary_log_probs(model, counts), model.primary_weight, among=used)
    hits = [learn.CODES[k] == g.primary for k, g in zip(chosen, labels, strict=True)]
    result["closed_codes"] = len(used)
    result["closed_top_accuracy"] = sum(hits) / len(hits) if hits else 0.0
    return result


def summary(result: dict[str, object]) -> str:
    """One line of the headline figures."""
    closed = f" closed {result['closed_top_accuracy']:.4f}" if "closed_top_accuracy" in result else ""
    return (
        f"n={result['n']} top {result['top_accuracy']:.4f}{closed} (macro-F1 {result['top_macro_f1']:.4f}) "
        f"sets micro-F1 {result['micro_f1']:.4f} macro-F1 {result['macro_f1']:.4f} "
        f"({result['codes_with_support']} codes)"
    )
