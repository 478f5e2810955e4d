"""Entity-level exact-match evaluation of the NER model on a CoNLL file (conlleval rules, PER/ORG/LOC only)."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newswire_tagger.ner.bio import ENTITY_TYPES, chunks

__all__ = ["evaluate_ner", "read_conll", "score"]

logger = logging.getLogger(__name__)


def read_conll(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Token and tag lists per sentence from a ``token<TAB>tag`` file with blank lines between sentences."""
    words: list[list[str]] = []
    tags: list[list[str]] = []
    cur_w: list[str] = []
    cur_t: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur_w:
                words.append(cur_w)
                tags.append(cur_t)
            cur_w, cur_t = [], []
            continue
        word, _, tag = line.partition("\t")
        cur_w.append(word)
        cur_t.append(tag.strip() or "O")
    if cur_w:
        words.append(cur_w)
        tags.append(cur_t)
    return words, tags


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 as fractions rounded to 4 decimals."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Overall and per-type exact-match P/R/F1 of predicted against gold BIO2 sequences."""
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g_chunks = set(chunks(g_tags))
        p_chunks = set(chunks(p_tags))
        n_gold.update(c[0] for c in g_chunks)
        n_pred.update(c[0] for c in p_chunks)
        correct.update(c[0] for c in g_chunks & p_chunks)
    result: dict[str, Any] = _prf(correct.total(), n_pred.total(), n_gold.total())
    result["per_type"] = {
        kind: {**_prf(correct[kind], n_pred[kind], n_gold[kind]), "support": n_gold[kind]} for kind in ENTITY_TYPES
    }
    return result


def evaluate_ner(path: Path) -> dict[str, Any]:
    """Tag every sentence of ``path`` with the packaged model and score it; fractions 0-1, tokens per CPU second."""
    from newswire_tagger.ner import NerModel  # noqa: PLC0415 - keep `score` importable without loading the model

    words, gold = read_conll(path)
    model = NerModel.load()
    n_tokens = sum(len(s) for s in words)
    # CPU time of this single-threaded process: the per-core rate, unaffected by other work on a shared machine.
    started = time.process_time()
    predicted = model.tag(words)
    elapsed = time.process_time() - started
    result = score(gold, predicted)
    result["tokens_per_s"] = round(n_tokens / elapsed) if elapsed > 0 else 0
    result["n_sentences"] = len(words)
    result["n_tokens"] = n_tokens
    logger.info(
        "NER on %s: F1 %.4f over %d sentences, %d tokens/s", path, result["f1"], len(words), result["tokens_per_s"]
    )
    return result
