"""Rank-1 top-level topic accuracy of the packaged classifier on ``DIR/<8-digit IPTC code>/*.txt``."""

from __future__ import annotations

import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newswire_tagger.topics import TopicClassifier
from newswire_tagger.topics.corpus import read_labelled_dir

logger = logging.getLogger(__name__)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold classes, and per-class precision/recall/F1/support (fractions 0-1)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    per_class = {}
    for code in sorted(set(gold)):
        precision, recall, f1 = _f1(tp[code], fp[code], fn[code])
        per_class[code] = {"precision": precision, "recall": recall, "f1": f1, "support": tp[code] + fn[code]}
    n = len(gold)
    return {
        "accuracy": sum(tp.values()) / n if n else 0.0,
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(per_class) if per_class else 0.0,
        "n": n,
        "per_class": per_class,
    }


def evaluate_topics(path: Path) -> dict[str, Any]:
    """Classify every article under ``path`` (headline empty, whole file as text); the rank-1 code is the guess."""
    articles = read_labelled_dir(path)
    classifier = TopicClassifier.load()
    started = time.perf_counter()
    predicted = [classifier.classify("", a.text)[0].code for a in articles]
    elapsed = time.perf_counter() - started
    result = score([a.code for a in articles], predicted)
    result["ms_per_article"] = 1000 * elapsed / len(articles)
    logger.info(
        "topics: %d articles, accuracy %.4f, macro-F1 %.4f", result["n"], result["accuracy"], result["macro_f1"]
    )
    return result
