"""Repairs to a decoded tag sequence that the CRF cannot be trusted with: names glued across a case suffix.

Turkish marks the end of a proper name with an apostrophe before its case suffix (``İsrail'in``, ``Gazze'ye``), so
a name never continues past such a word: ``İsrail'in Gazze Şeridi'ne`` is two names, not one. The training corpus
cannot show this (it was converted from a scheme without entity boundaries, so adjacent names of one type were
merged), and the model learned to glue them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from newswire_tagger.ner.bio import ENTITY_TYPES
from newswire_tagger.ner.lexicon import split_apostrophe

__all__ = ["combine", "ends_name", "split_at_suffixes"]

# Suffixes after an apostrophe that are not Turkish case endings: the English possessive (``Victoria's Secret``).
_NOT_SUFFIXES = frozenset({"s"})

Marginal = Callable[[str, int], float]


def ends_name(word: str) -> bool:
    """Whether ``word`` is a name closed by an apostrophe and a lower-case suffix (``Ankara'da``, not ``O'Neal``)."""
    _stem, suffix = split_apostrophe(word)
    return bool(suffix) and suffix[0].islower() and suffix not in _NOT_SUFFIXES


def split_at_suffixes(words: Sequence[str], tags: list[str], marginal: Marginal | None = None) -> list[str]:
    """Start a new entity after every inner word that ends a name; retype the new part by the CRF's marginals.

    ``marginal(label, i)`` is the probability of ``label`` at token ``i``; the split-off part takes the type whose
    ``B-``/``I-`` labels are most probable over its tokens (the glued whole had one type for both names).
    """
    out = list(tags)
    n = len(out)
    i = 1
    while i < n:
        if out[i].startswith("I-") and ends_name(words[i - 1]) and words[i][:1].isupper():
            stop = i + 1
            while stop < n and out[stop] == out[i]:
                stop += 1
            kind = out[i][2:] if marginal is None else _best_type(marginal, i, stop)
            out[i:stop] = [f"B-{kind}", *[f"I-{kind}"] * (stop - i - 1)]
        i += 1
    return out


def _best_type(marginal: Marginal, first: int, stop: int) -> str:
    """The entity type with the highest summed ``B-``/``I-`` marginal over tokens ``first``..``stop - 1``."""
    totals = {
        kind: sum(marginal(f"B-{kind}", j) + marginal(f"I-{kind}", j) for j in range(first, stop))
        for kind in ENTITY_TYPES
    }
    return max(totals, key=lambda kind: totals[kind])


_LABELS = ("O", *(f"{p}-{kind}" for kind in ENTITY_TYPES for p in "BI"))


def _allowed(previous: str, label: str) -> bool:
    """BIO2: ``I-X`` only continues a ``B-X`` or an ``I-X``."""
    return not label.startswith("I-") or previous[2:] == label[2:]


def combine(first: list[str], second: list[str], marginal: Marginal) -> list[str]:
    """One tag sequence from two models' best sequences and their averaged token marginals (``marginal``).

    Where the two agree their tags stand. Each stretch where they differ, widened to whole entities on either side
    (a disagreement inside a name is about the whole name), is decoded again: the BIO-valid labelling of highest
    summed log-marginal, joined to the agreed tags around it. Marginals are asked only there, so the cost is
    that of the disagreements.
    """
    n = len(first)
    out = list(first)
    i = 0
    while i < n:
        if first[i] == second[i]:
            i += 1
            continue
        lo, hi = i, i + 1
        while lo > 0 and (first[lo][:2] == "I-" or second[lo][:2] == "I-"):
            lo -= 1
        while hi < n and (first[hi] != second[hi] or first[hi][:2] == "I-" or second[hi][:2] == "I-"):
            hi += 1
        out[lo:hi] = _best_path(marginal, lo, hi, out[lo - 1] if lo > 0 else "O", out[hi] if hi < n else "O")
        i = hi
    return out


def _best_path(marginal: Marginal, lo: int, hi: int, before: str, after: str) -> list[str]:
    """Viterbi over tokens ``lo``..``hi - 1`` scored by log-marginals, BIO-valid after ``before`` and into ``after``."""
    floor = 1e-9
    scores: dict[str, float] = {}
    back: list[dict[str, str]] = []
    for j in range(lo, hi):
        logs = {label: math.log(max(marginal(label, j), floor)) for label in _LABELS}
        step: dict[str, float] = {}
        pointers: dict[str, str] = {}
        for label in _LABELS:
            if j == lo:
                if _allowed(before, label):
                    step[label] = logs[label]
                continue
            options = [(scores[p], p) for p in scores if _allowed(p, label)]
            if options:
                best, pointer = max(options)
                step[label] = best + logs[label]
                pointers[label] = pointer
        scores = step
        back.append(pointers)
    ends = [(score, label) for label, score in scores.items() if _allowed(label, after)]
    label = max(ends or [(score, label) for label, score in scores.items()])[1]
    path = [label]
    for pointers in reversed(back[1:]):
        label = pointers[label]
        path.append(label)
    return path[::-1]
