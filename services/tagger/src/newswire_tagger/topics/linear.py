"""The trained linear topic model: TF-IDF of word and stem features, one weight vector per class, softmax scores.

Inference is plain numpy over an exported vocabulary, so the worker needs no scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]


def sparse_tfidf(
    counts: Counter[str], vocabulary: dict[str, int], idf: FloatArray
) -> tuple[npt.NDArray[np.int64], FloatArray]:
    """Indices and L2-normalised sublinear TF-IDF values of the known features in ``counts``."""
    pairs = [(vocabulary[f], c) for f, c in counts.items() if f in vocabulary]
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    tf = np.fromiter((1.0 + math.log(c) for _, c in pairs), dtype=np.float32, count=len(pairs))
    values = tf * idf[index]
    norm = float(np.sqrt(values @ values))
    return index, values / norm if norm else values


@dataclass(frozen=True)
class LinearTopicModel:
    """Exported weights: ``coef[feature, class]``, ``intercept[class]``, softmax temperature fitted out of fold."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: FloatArray
    coef: FloatArray
    intercept: FloatArray
    temperature: float
    meta: dict[str, object]

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
                temperature=float(data["temperature"]),
                meta=json.loads(str(data["meta"])),
            )

    @property
    def gate_margin(self) -> float:
        """Best raw score below which an article is unlike the training topics (a low out-of-fold quantile)."""
        return float(self.meta.get("gate_margin", -0.5))  # type: ignore[arg-type]  # meta is JSON

    def save(self, path: Path) -> None:
        """Write the model as a compressed ``.npz`` of plain arrays."""
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            features=np.array(self.features),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            temperature=np.float32(self.temperature),
            meta=np.array(json.dumps(self.meta, ensure_ascii=False)),
        )

    def decision(self, counts: Counter[str]) -> tuple[FloatArray, npt.NDArray[np.int64], FloatArray]:
        """Raw class scores, plus the feature indices and values that produced them (for reasons)."""
        index, values = sparse_tfidf(counts, self.vocabulary, self.idf)
        scores: FloatArray = values @ self.coef[index] + self.intercept
        return scores, index, values

    def probabilities(self, scores: FloatArray) -> FloatArray:
        """Softmax of the scores at the fitted temperature: calibrated class probabilities summing to 1."""
        z = scores / self.temperature
        e = np.exp(z - z.max())
        probs: FloatArray = (e / e.sum()).astype(np.float32)
        return probs

    def strongest(self, index: npt.NDArray[np.int64], values: FloatArray, klass: int, k: int = 3) -> list[str]:
        """The ``k`` features pushing hardest towards class number ``klass``, strongest first."""
        if index.size == 0:
            return []
        contribution = values * self.coef[index, klass]
        top = np.argsort(-contribution)[:k]
        return [self.features[int(index[i])] for i in top if contribution[i] > 0]
