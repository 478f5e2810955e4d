"""Fitting the exported topic model: vocabulary, one-vs-rest linear heads, a multinomial primary head, Platt
calibration, the primary head's weight and the secondary threshold.

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
PRIMARY_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)


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
    unknown: frozenset[str] = frozenset()  # codes this article is neither a positive nor a negative example of


@dataclass(frozen=True)
class Config:
    """What a model variant is: classifier, regularisation, how primaries and secondaries are targets."""

    classifier: str = "svm"  # "svm" (LinearSVC) or "logreg" (liblinear logistic regression)
    c: float = 1.0
    secondary_weight: float = 1.0  # weight of an example as positive for its secondary codes
    balanced: bool = True  # per-code balancing of positives against negatives
    section_weight: float = 1.0  # weight of a section-labelled article (TTC-3600, kemik42k topical sections)
    weak_weight: float = 1.0  # weight of a keyword weak-labelled article
    partial_sections: bool = False  # section articles leave out the heads of codes their section may also hold
    silver_weight: float = 1.0  # weight of a silver-labelled article (labelled from the headline and 300 characters)
    primary_c: float = 0.0  # C of the multinomial primary head; 0: no primary head
    # Weights in the primary head: hand-labelled articles count 1; section and weak labels say less about which
    # code leads, but keep the head from forgetting the topical sections' vocabulary.
    primary_section_weight: float = 0.1
    primary_weak_weight: float = 0.5
    # Self-training (``pseudo.py``): primary-head probability a pool article's label needs (0: none), its weight in
    # both heads, at most so many per primary code (0: no cap), rounds, only where the keyword rules agree.
    pseudo_threshold: float = 0.0
    pseudo_weight: float = 0.5
    pseudo_cap: int = 0
    pseudo_rounds: int = 1
    pseudo_rules: bool = False
    # NB-SVM (Wang & Manning 2012): each code's head sees the features scaled by their log-count ratio between
    # its positive and negative examples (0: off, else the smoothing alpha); ``nb_beta`` < 1 interpolates the
    # weights towards their mean magnitude (the paper's beta). Exported as ``coef * r``: nothing changes at run time.
    nb_alpha: float = 0.0
    nb_beta: float = 1.0
    nb_binary: bool = False  # the ratio from document counts (the paper's), not summed TF-IDF values

    def name(self) -> str:
        """Short readable name for reports."""
        return (
            f"{self.classifier} C={self.c} sec={self.secondary_weight} bal={int(self.balanced)} "
            f"sections={self.section_weight} partial={int(self.partial_sections)} weak={self.weak_weight} "
            f"silver={self.silver_weight} "
            f"primary C={self.primary_c} (sections={self.primary_section_weight} weak={self.primary_weak_weight})"
            + (f" pseudo>={self.pseudo_threshold} w={self.pseudo_weight} cap={self.pseudo_cap} "
               f"rounds={self.pseudo_rounds} rules={int(self.pseudo_rules)}" if self.pseudo_threshold else "")
            + (f" nb alpha={self.nb_alpha} beta={self.nb_beta} binary={int(self.nb_binary)}" if self.nb_alpha else "")
        )  # fmt: skip

    def weight(self, kind: str) -> float:
        """How much one article of this kind counts."""
        weights = {"ttc": self.section_weight, "kemik-topical": self.section_weight, "weak": self.weak_weight}
        return weights.get(kind, self.silver_weight if kind == "silver" else 1.0)

    def primary_weight_of(self, kind: str) -> float:
        """How much one article of this kind counts in the primary head."""
        weights = {"ttc": self.primary_section_weight, "kemik-topical": self.primary_section_weight}
        return weights.get(kind, self.primary_weak_weight if kind == "weak" else 1.0)


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
    if not config.nb_alpha:
        clf.fit(x, y, sample_weight=w)
        return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])
    # x' = x * r (columns), so x' . v + b = x . (v * r) + b: the exported weights are v * r, the intercept b.
    r = log_count_ratio(csr_matrix(x > 0, dtype=np.float64) if config.nb_binary else x, y, config.nb_alpha)
    clf.fit(csr_matrix(x.multiply(r.reshape(1, -1))), y, sample_weight=w)
    v = clf.coef_[0]
    if config.nb_beta < 1.0:
        v = (1.0 - config.nb_beta) * np.abs(v).mean() + config.nb_beta * v
    return (v * r).astype(np.float32), float(clf.intercept_[0])


def log_count_ratio(x: csr_matrix, y: np.ndarray, alpha: float) -> np.ndarray:
    """Per feature, log of its smoothed share of the positives' summed values over its share of the negatives'."""
    p = alpha + np.asarray(x[y == 1].sum(axis=0)).ravel()
    q = alpha + np.asarray(x[y == 0].sum(axis=0)).ravel()
    return np.asarray(np.log((p / p.sum()) / (q / q.sum())))


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
        if config.partial_sections:
            w = np.where([code in e.unknown for e in examples], 0.0, w)
        rows = np.flatnonzero(w > 0)
        coef[:, k], intercept[k] = _head(config, x[rows], y[rows], w[rows])
    primary = _primary_head(config, x, examples) if config.primary_c else None
    ones = np.ones(len(CODES), dtype=np.float32)
    return LinearTopicModel(
        classes=CODES, features=tuple(kept), vocabulary=vocab, idf=idf, coef=coef, intercept=intercept,
        slope=ones, offset=np.zeros(len(CODES), dtype=np.float32), secondary_threshold=0.5,
        meta={"config": config.name()}, primary_coef=primary[0] if primary else None,
        primary_intercept=primary[1] if primary else None, primary_weight=1.0 if primary else 0.0,
    )  # fmt: skip


def _primary_head(config: Config, x: csr_matrix, examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression on primary codes: which of the codes leads, learnt as a choice among them."""
    y = np.array([CODES.index(e.primary) for e in examples])
    w = np.array([e.weight * config.primary_weight_of(e.kind) for e in examples], dtype=np.float64)
    keep = w > 0
    clf = LogisticRegression(C=config.primary_c, max_iter=3000).fit(x[keep], y[keep], sample_weight=w[keep])
    coef = np.zeros((x.shape[1], len(CODES)), dtype=np.float32)
    intercept = np.full(len(CODES), -30.0, dtype=np.float32)  # a code never primary in training stays so
    coef[:, clf.classes_] = clf.coef_.T
    intercept[clf.classes_] = clf.intercept_
    return coef, intercept


def decisions(model: LinearTopicModel, docs: list[Counter[str]]) -> np.ndarray:
    """Raw per-code scores of each document, through the exported model's own code path."""
    return np.stack([model.decision(doc)[0] for doc in docs])


def primary_log_probs(model: LinearTopicModel, docs: list[Counter[str]]) -> np.ndarray:
    """Log-probabilities of the primary head for each document (zeros when the model has none)."""
    if model.primary_coef is None or model.primary_intercept is None:
        return np.zeros((len(docs), len(CODES)), dtype=np.float32)
    x = matrix(docs, model.vocabulary, model.idf)
    logits = x @ model.primary_coef + model.primary_intercept
    logits -= logits.max(axis=1, keepdims=True)
    return np.asarray(logits - np.log(np.exp(logits).sum(axis=1, keepdims=True)), dtype=np.float32)


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


def primaries(probs: np.ndarray, log_primary: np.ndarray | None = None, weight: float = 0.0,
              among: frozenset[str] | None = None) -> np.ndarray:  # fmt: skip
    """Primary code index per row, as :meth:`LinearTopicModel.primary` chooses it (``among``: only those codes)."""
    objective = np.log(np.maximum(probs, 1e-6))
    if log_primary is not None and weight:
        objective = objective + weight * log_primary
    if among is not None:
        objective = np.where(np.array([c in among for c in CODES]), objective, -np.inf)
    return np.asarray(objective.argmax(axis=1))


def predict(probs: np.ndarray, threshold: float, max_secondary: int = 3, log_primary: np.ndarray | None = None,
            weight: float = 0.0) -> list[Labels]:  # fmt: skip
    """Primary and secondaries at or above ``threshold``, as the classifier returns them."""
    out = []
    for row, first in zip(probs, primaries(probs, log_primary, weight), strict=True):
        order = [int(k) for k in np.argsort(-row, kind="stable") if k != first]
        chosen = [int(first), *[k for k in order if row[k] >= threshold][:max_secondary]]
        out.append(Labels(CODES[chosen[0]], frozenset(CODES[k] for k in chosen)))
    return out


def choose_primary_weight(probs: np.ndarray, log_primary: np.ndarray, gold: list[Labels]) -> float:
    """The primary head's weight maximising primary accuracy (ties: the smaller weight)."""
    target = np.array([CODES.index(g.primary) for g in gold])
    accuracy = {w: float((primaries(probs, log_primary, w) == target).mean()) for w in PRIMARY_WEIGHTS}
    return max(PRIMARY_WEIGHTS, key=lambda w: (accuracy[w], -w))


def choose_threshold(probs: np.ndarray, gold: list[Labels], log_primary: np.ndarray | None = None,
                     weight: float = 0.0) -> tuple[float, dict[str, float]]:  # fmt: skip
    """The secondary threshold maximising macro-F1 of the returned sets (ties: the higher threshold)."""
    best, best_key = 0.5, (-1.0, 0.0)
    table = {}
    for t in np.round(np.arange(0.15, 0.91, 0.05), 2):
        result = score(gold, predict(probs, float(t), log_primary=log_primary, weight=weight))
        table[f"{t:.2f}"] = round(result["macro_f1"], 4)
        key = (round(result["macro_f1"], 4), float(t))
        if key > best_key:
            best, best_key = float(t), key
    return best, table


def sigmoid(scores: np.ndarray, slope: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Calibrated probabilities, as :meth:`LinearTopicModel.probabilities` computes them."""
    return 1.0 / (1.0 + np.exp(-np.clip(slope * scores + offset, -30, 30)))
