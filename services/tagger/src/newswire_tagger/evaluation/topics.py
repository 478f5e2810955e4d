"""Top-level topic figures of the packaged classifier on labelled articles, in either layout.

* folders: ``DIR/<8-digit IPTC code>/*.txt``, one gold code per article (the whole file is the text);
* a labels file: ``{"path": {"primary": CODE, "secondary": [CODE, ...]}}``, paths resolved under a root folder,
  each file split into headline and body as the ingest service splits plain and agency text.

Figures: top-topic accuracy (the first returned topic is the gold primary), micro- and macro-F1 of the returned
top-level set (primary and secondaries) against the gold set, over the 17 codes, per-code precision and recall
of both, and the confusion between gold and returned primary codes. Fractions 0-1.

``closed_top_accuracy`` is a second reading for a collection whose gold uses fewer than the 17 codes (TTC-3600
files every article under one of six): the primary the classifier would choose were only the collection's codes
possible. ``top_accuracy`` stays the reading of the worker's output; on a set whose gold uses all 17 codes the two
are equal.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newswire_tagger.topics.codes import TOP_LEVEL
from newswire_tagger.topics.corpus import LabelledArticle, read_labelled_dir, read_labels_file

__all__ = ["Labels", "evaluate_topics", "score", "score_articles"]

logger = logging.getLogger(__name__)
CONFUSIONS_SHOWN = 15


@dataclass(frozen=True, slots=True)
class Labels:
    """Gold or predicted top-level codes of one article: the primary and every code (primary included)."""

    primary: str
    codes: frozenset[str]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _counts(pairs: Sequence[tuple[frozenset[str], frozenset[str]]]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        tp.update(gold & predicted)
        fp.update(predicted - gold)
        fn.update(gold - predicted)
    return tp, fp, fn


def score(gold: Sequence[Labels], predicted: Sequence[Labels]) -> dict[str, Any]:
    """All figures of ``predicted`` against ``gold``; macro averages run over the codes with gold support."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold and {len(predicted)} predicted articles")
    sets = _counts([(g.codes, p.codes) for g, p in zip(gold, predicted, strict=True)])
    tops = _counts([(frozenset({g.primary}), frozenset({p.primary})) for g, p in zip(gold, predicted, strict=True)])
    per_code: dict[str, dict[str, float | int]] = {}
    for code in TOP_LEVEL:
        precision, recall, f1 = _prf(sets[0][code], sets[1][code], sets[2][code])
        top_p, top_r, top_f1 = _prf(tops[0][code], tops[1][code], tops[2][code])
        per_code[code] = {
            "precision": precision, "recall": recall, "f1": f1, "support": sets[0][code] + sets[2][code],
            "primary_precision": top_p, "primary_recall": top_r, "primary_f1": top_f1,
            "primary_support": tops[0][code] + tops[2][code],
        }  # fmt: skip
    supported = [c for c in TOP_LEVEL if per_code[c]["support"]]
    primaries = [c for c in TOP_LEVEL if per_code[c]["primary_support"]]
    n = len(gold)
    micro = _prf(sets[0].total(), sets[1].total(), sets[2].total())
    confusion = Counter((g.primary, p.primary) for g, p in zip(gold, predicted, strict=True) if g.primary != p.primary)
    return {
        "n": n,
        "top_accuracy": tops[0].total() / n if n else 0.0,
        "top_in_gold": sum(p.primary in g.codes for g, p in zip(gold, predicted, strict=True)) / n if n else 0.0,
        "top_macro_f1": sum(float(per_code[c]["primary_f1"]) for c in primaries) / len(primaries) if primaries else 0.0,
        "micro_precision": micro[0],
        "micro_recall": micro[1],
        "micro_f1": micro[2],
        "macro_f1": sum(float(per_code[c]["f1"]) for c in supported) / len(supported) if supported else 0.0,
        "codes_with_support": len(supported),
        "per_code": per_code,
        "confusion": [{"gold": g, "predicted": p, "n": k} for (g, p), k in confusion.most_common(CONFUSIONS_SHOWN)],
    }


def _gold(article: LabelledArticle) -> Labels:
    return Labels(article.code, article.codes)


def score_articles(articles: Sequence[LabelledArticle]) -> dict[str, Any]:
    """Classify every article with the packaged classifier and score it (with the CPU time per article)."""
    from newswire_tagger.topics import TopicClassifier  # noqa: PLC0415 - keep `score` importable without the model

    classifier = TopicClassifier.load()
    started = time.process_time()
    predicted = []
    for article in articles:
        top = [t.code for t in classifier.classify(article.headline, article.text) if t.level == 1]
        predicted.append(Labels(top[0], frozenset(top)))
    elapsed = time.process_time() - started
    gold = [_gold(a) for a in articles]
    result = score(gold, predicted)
    result["ms_per_article"] = 1000 * elapsed / len(articles) if articles else 0.0
    used = frozenset(code for labels in gold for code in labels.codes)
    closed = [classifier.primary(a.headline, a.text, among=used) for a in articles]
    result["closed_codes"] = len(used)
    right = sum(c == g.primary for c, g in zip(closed, gold, strict=True))
    result["closed_top_accuracy"] = right / len(gold) if gold else 0.0
    return result


def evaluate_topics(
    path: Path | None = None, labels: Path | None = None, root: Path | None = None, seeds: Path | None = None
) -> dict[str, Any]:
    """Score the classifier on ``path`` (code folders) or on a ``labels`` file whose keys resolve under ``root``
    (``seeds/...`` keys under ``seeds`` when given); exactly one of ``path`` and ``labels``."""
    if path is not None and labels is not None:
        raise ValueError("give either a folder of code folders or a labels file, not both")
    if labels is not None:
        roots = {"": root or labels.parent, **({"seeds": seeds} if seeds is not None else {})}
        articles = read_labels_file(labels, roots)
    elif path is not None:
        articles = read_labelled_dir(path)
    else:
        raise ValueError("give a folder of code folders or a labels file")
    result = {"layout": "labels" if labels else "folders", **score_articles(articles)}
    logger.info(
        "topics: %d articles, top-topic accuracy %.4f (%.4f among the %d codes the gold uses), micro-F1 %.4f, "
        "macro-F1 %.4f over %d codes",
        result["n"], result["top_accuracy"], result["closed_top_accuracy"], result["closed_codes"],
        result["micro_f1"], result["macro_f1"], result["codes_with_support"],
    )  # fmt: skip
    return result
