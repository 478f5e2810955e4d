"""The trained topic model: TF-IDF of word and stem features, one-vs-rest linear scores, calibrated per code.

Each of the 17 top-level codes has its own weight vector; its raw score goes through that code's Platt sigmoid
(fitted on out-of-fold scores), so a score is the probability that the code applies to the article, codes
independently of each other (multi-label). A second, multinomial head over the same features was trained on
primary codes only: which code leads is a choice among the codes, which independent sigmoids do not model, so the
primary is the code maximising ``log P(applies) + primary_weight * log P(primary)``. Inference is plain numpy over
an exported vocabulary, so the worker needs no scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.int64]


def sparse_tfidf(counts: Counter[str], vocabulary: dict[str, int], idf: FloatArray) -> tuple[IndexArray, FloatArray]:
    """Indices and L2-normalised sublinear TF-IDF values of the known features in ``counts``."""
    known: list[int] = []
    frequencies: list[float] = []
    for feature, count in counts.items():
        i = vocabulary.get(feature)  # one look-up in the large vocabulary, not two
        if i is not None:
            known.append(i)
            frequencies.append(1.0 + math.log(count))
    if not known:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.array(known, dtype=np.int64)
    tf = np.array(frequencies, dtype=np.float32)
    values = tf * idf[index]
    norm = float(np.sqrt(values @ values))
    return index, values / norm if norm else values


@dataclass(frozen=True)
class LinearTopicModel:
    """Exported weights: ``coef[feature, code]``, ``intercept[code]`` and per-code sigmoid ``slope``/``offset``."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: FloatArray
    coef: FloatArray
    intercept: FloatArray
    slope: FloatArray
    offset: FloatArray
    secondary_threshold: float
    meta: dict[str, object]
    primary_coef: FloatArray | None = None  # ``[feature, code]`` of the multinomial primary head, if trained
    primary_intercept: FloatArray | None = None
    primary_weight: float = 0.0

    @classmethod
    def load(cls, path: Path) -> LinearTopicModel:
        """Read an artifact written by :meth:`save` (``allow_pickle`` stays off: the file is data only)."""
        with np.load(path, allow_pickle=False) as data:
            features = tuple(str(f) for f in data["features"])
            return cls(
                classes=tuple(str(c) for c in data["classes"]),
                features=features,
                vocabulary={f: i for i, f in enumerate(features)},
                idf=data["idf"].astype(np.float32),
                coef=data["coef"].astype(np.float32),
                intercept=data["intercept"].astype(np.float32),
                slope=data["slope"].astype(np.float32),
                offset=data["offset"].astype(np.float32),
                secondary_threshold=float(data["secondary_threshold"]),
                meta=json.loads(str(data["meta"])),
                primary_coef=data["primary_coef"].astype(np.float32) if "primary_coef" in data else None,
                primary_intercept=data["primary_intercept"].astype(np.float32) if "primary_coef" in data else None,
                primary_weight=float(data["primary_weight"]) if "primary_weight" in data else 0.0,
            )

    def save(self, path: Path) -> None:
        """Write the model as a compressed ``.npz`` of plain arrays (weights as float16: a third of the size)."""
        arrays: dict[str, Any] = {
            "classes": np.array(self.classes),
            "features": np.array(self.features),
            "idf": self.idf.astype(np.float32),
            "coef": self.coef.astype(np.float16),
            "intercept": self.intercept.astype(np.float32),
            "slope": self.slope.astype(np.float32),
            "offset": self.offset.astype(np.float32),
            "secondary_threshold": np.float32(self.secondary_threshold),
            "meta": np.array(json.dumps(self.meta, ensure_ascii=False)),
        }
        if self.primary_coef is not None and self.primary_intercept is not None:
            arrays["primary_coef"] = self.primary_coef.astype(np.float16)
            arrays["primary_intercept"] = self.primary_intercept.astype(np.float32)
            arrays["primary_weight"] = np.float32(self.primary_weight)
        np.savez_compressed(path, **arrays)

    def decision(self, counts: Counter[str]) -> tuple[FloatArray, IndexArray, FloatArray]:
        """Raw per-code scores, plus the feature indices and values that produced them (for reasons)."""
        index, values = sparse_tfidf(counts, self.vocabulary, self.idf)
        scores: FloatArray = values @ self.coef[index] + self.intercept
        return scores, index, values

    def probabilities(self, scores: FloatArray) -> FloatArray:
        """Calibrated probability of each code, independently (they need not sum to 1)."""
        z = np.clip(self.slope * scores + self.offset, -30.0, 30.0)
        probs: FloatArray = (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
        return probs

    def primary(
        self, probs: FloatArray, index: IndexArray, values: FloatArray, among: frozenset[str] | None = None
    ) -> int:
        """Index of the primary code: the calibrated probability, weighed with the primary head's when there is one.

        ``among`` restricts the choice to those codes (a closed-set reading for a collection that files articles
        under fewer codes, such as TTC-3600's six); the worker never restricts it."""
        objective = np.log(np.maximum(probs, 1e-6))
        if self.primary_coef is not None and self.primary_intercept is not None and self.primary_weight:
            logits = values @ self.primary_coef[index] + self.primary_intercept
            log_primary = logits - logits.max() - math.log(float(np.exp(logits - logits.max()).sum()))
            objective = objective + self.primary_weight * log_primary
        if among is not None:
            objective = np.where([c in among for c in self.classes], objective, -np.inf)
        return int(np.argmax(objective))

    def strongest(self, index: IndexArray, values: FloatArray, klass: int, k: int = 3) -> list[str]:
        """The ``k`` features pushing hardest towards class number ``klass``, strongest first."""
        if index.size == 0:
            return []
        contribution = values * self.coef[index, klass]
        top = np.argsort(-contribution)[:k]
        return [self.features[int(index[i])] for i in top if contribution[i] > 0]
