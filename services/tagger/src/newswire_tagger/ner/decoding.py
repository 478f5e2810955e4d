"""Repairs to a decoded tag sequence that the CRF cannot be trusted with: names glued across a case suffix.

Turkish marks the end of a proper name with an apostrophe before its case suffix (``İsrail'in``, ``Gazze'ye``), so
a name never continues past such a word: ``İsrail'in Gazze Şeridi'ne`` is two names, not one. The training corpus
cannot show this (it was converted from a scheme without entity boundaries, so adjacent names of one type were
merged), and the model learned to glue them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newswire_tagger.ner.bio import ENTITY_TYPES
from newswire_tagger.ner.lexicon import split_apostrophe

__all__ = ["ends_name", "split_at_suffixes"]

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
