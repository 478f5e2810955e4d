"""Fitting the exported topic model: vocabulary, one-vs-rest linear heads, Platt calibration, secondary threshold.

The worker computes features and TF-IDF with the very functions used here (``features``, ``sparse_tfidf``), so
what is trained is what runs.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from newswire_tagger.evaluation.topics import Labels, score
from newswire_tagger.topics.codes import TOP_LEVEL
from newswire_tagger.topics.linear import LinearTopicModel, sparse_tfidf
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

MIN_DF = 2
CODES = TOP_LEVEL


@dataclass
class Example:
    """One training article: feature counts, primary code, all its codes, how much it counts, where it came from."""

    counts: Counter[str]
    primary: str
    codes: frozenset[str]
    weight: float = 1.0
    kind: str = "section"
    key: str = ""
    group: int = -1
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """What a model variant is: classifier, regularisation, how primaries and secondaries are targets."""

    classifier: str = "svm"  # "svm" (LinearSVC) or "logreg" (liblinear logistic regression)
    c: float = 1.0
    secondary_weight: float = 1.0  # weight of an example as positive for its secondary codes
    balanced: bool = True  # per-code balancing of positives against negatives
    section_weight: float = 1.0  # weight of a section-labelled article (TTC-3600, kemik42k topical sections)
    weak_weight: float = 1.0  # weight of a keyword weak-labelled article

    def name(self) -> str:
        """Short readable name for reports."""
        return (
            f"{self.classifier} C={self.c} sec={self.secondary_weight} bal={int(self.balanced)} "
            f"sections={self.section_weight} weak={self.weak_weight}"
        )

    def weight(self, kind: str) -> float:
        """How much one article of this kind counts."""
        return {"ttc": self.section_weight, "kemik-topical": self.section_weight, "weak": self.weak_weight}.get(kind, 1)


def vocabulary(docs: list[Counter[str]], dropped: frozenset[str] = frozenset()) -> tuple[list[str], np.ndarray]:
    """Features seen in at least MIN_DF documents, less ``dropped``, and their smoothed IDF (as scikit-learn)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    kept = sorted(f for f, n in df.items() if n >= MIN_DF and f not in dropped)
    idf = np.array([math.log((1 + len(docs)) / (1 + df[f])) + 1.0 for f in kept], dtype=np.float32)
    return kept, idf


def matrix(docs: list[Counter[str]], vocab: dict[str, int], idf: np.ndarray) -> csr_matrix:
    """Rows of TF-IDF vectors computed by the very function the worker uses."""
    data, cols, ptr = [], [], [0]
    for doc in docs:
        index, values = sparse_tfidf(doc, vocab, idf)
        cols.append(index)
        data.append(values)
        ptr.append(ptr[-1] + index.size)
    return csr_matrix((np.concatenate(data), np.concatenate(cols), ptr), shape=(len(docs), len(vocab)))


def _head(config: Config, x: csr_matrix, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    if config.balanced:  # positives and negatives weigh the same in total
        pos = w[y == 1].sum()
        neg = w[y == 0].sum()
        w = np.where(y == 1, w * (pos + neg) / (2 * pos), w * (pos + neg) / (2 * neg))
    if config.classifier == "svm":
        clf: LinearSVC | LogisticRegression = LinearSVC(C=config.c, random_state=0)
    else:
        clf = LogisticRegression(C=config.c, solver="liblinear", random_state=0)
    clf.fit(x, y, sample_weight=w)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def fit(config: Config, examples: list[Example], dropped: frozenset[str] = frozenset()) -> LinearTopicModel:
    """Train one head per code (uncalibrated: slope 1, offset 0, threshold 0.5); calibrate with :func:`calibrate`.

    Features in ``dropped`` (person names: see ``names.py``) are left out of the vocabulary, so never learnt.
    """
    kept, idf = vocabulary([e.counts for e in examples], dropped)
    vocab = {f: i for i, f in enumerate(kept)}
    x = matrix([e.counts for e in examples], vocab, idf)
    base = np.array([e.weight * config.weight(e.kind) for e in examples], dtype=np.float64)
    coef = np.zeros((len(kept), len(CODES)), dtype=np.float32)
    intercept = np.zeros(len(CODES), dtype=np.float32)
    for k, code in enumerate(CODES):
        y = np.array([int(code in e.codes) for e in examples])
        if not y.any():
            intercept[k] = -10.0  # never seen: never predicted
            continue
        secondary = np.array([code in e.codes and code != e.primary for e in examples])
        w = np.where(secondary, base * config.secondary_weight, base)
        coef[:, k], intercept[k] = _head(config, x, y, w)
    ones = np.ones(len(CODES), dtype=np.float32)
    return LinearTopicModel(
        classes=CODES, features=tuple(kept), vocabulary=vocab, idf=idf, coef=coef, intercept=intercept,
        slope=ones, offset=np.zeros(len(CODES), dtype=np.float32), secondary_threshold=0.5,
        meta={"config": config.name()},
    )  # fmt: skip


def decisions(model: LinearTopicModel, docs: list[Counter[str]]) -> np.ndarray:
    """Raw per-code scores of each document, through the exported model's own code path."""
    return np.stack([model.decision(doc)[0] for doc in docs])


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and offset of the sigmoid mapping one code's raw scores to the probability that it applies."""
    if y.min() == y.max():
        return 1.0, -10.0 if y.max() == 0 else 10.0
    lr = LogisticRegression(C=100.0).fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def calibrate(scores: np.ndarray, gold: list[Labels]) -> tuple[np.ndarray, np.ndarray]:
    """Per-code Platt parameters fitted on out-of-fold raw scores of labelled general-news articles."""
    params = [platt(scores[:, k], np.array([int(c in g.codes) for g in gold])) for k, c in enumerate(CODES)]
    return np.array([a for a, _ in params], dtype=np.float32), np.array([b for _, b in params], dtype=np.float32)


def predict(probs: np.ndarray, threshold: float, max_secondary: int = 3) -> list[Labels]:
    """Primary (most probable code) and secondaries at or above ``threshold``, as the classifier returns them."""
    out = []
    for row in probs:
        order = np.argsort(-row, kind="stable")
        chosen = [int(order[0]), *[int(k) for k in order[1:] if row[k] >= threshold][:max_secondary]]
        out.append(Labels(CODES[chosen[0]], frozenset(CODES[k] for k in chosen)))
    return out


def choose_threshold(probs: np.ndarray, gold: list[Labels]) -> tuple[float, dict[str, float]]:
    """The secondary threshold maximising macro-F1 of the returned sets (ties: the higher threshold)."""
    best, best_key = 0.5, (-1.0, 0.0)
    table = {}
    for t in np.round(np.arange(0.15, 0.91, 0.05), 2):
        result = score(gold, predict(probs, float(t)))
        table[f"{t:.2f}"] = round(result["macro_f1"], 4)
        key = (round(result["macro_f1"], 4), float(t))
        if key > best_key:
            best, best_key = float(t), key
    return best, table


def sigmoid(scores: np.ndarray, slope: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Calibrated probabilities, as :meth:`LinearTopicModel.probabilities` computes them."""
    return 1.0 / (1.0 + np.exp(-np.clip(slope * scores + offset, -30, 30)))
