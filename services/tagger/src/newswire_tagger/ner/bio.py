"""BIO2 tag sequences to entity chunks, with the conlleval convention for stray ``I-`` tags."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

__all__ = ["ENTITY_TYPES", "chunks", "has_adjacent", "merge_adjacent", "normalise_tag"]

ENTITY_TYPES = ("PER", "ORG", "LOC")
_KEEP = frozenset(ENTITY_TYPES)


def normalise_tag(tag: str) -> str:
    """Keep ``B-``/``I-`` tags of PER, ORG and LOC; every other type counts as ``O``."""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BI" and tag[2:] in _KEEP:
        return tag
    return "O"


def chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities as ``(type, first, last + 1)`` token indices; an ``I-X`` not continuing an ``X`` opens a new one."""
    found: list[tuple[str, int, int]] = []
    kind: str | None = None
    begin = 0
    for i, raw in enumerate(tags):
        if raw == "O" and kind is None:
            continue  # the common case first: outside any entity
        tag = normalise_tag(raw)
        prefix, label = tag[0], tag[2:]
        if kind is not None and (prefix != "I" or label != kind):
            found.append((kind, begin, i))
            kind = None
        if prefix in "BI" and kind is None:
            kind, begin = label, i
    if kind is not None:
        found.append((kind, begin, len(tags)))
    return found


def merge_adjacent(tags: Sequence[str]) -> list[str]:
    """The IO view of a sequence: an entity right after one of the same type is merged into it (``B-X`` → ``I-X``)."""
    out = [normalise_tag(t) for t in tags]
    for i in range(1, len(out)):
        if out[i][:2] == "B-" and out[i - 1][2:] == out[i][2:]:
            out[i] = "I-" + out[i][2:]
    return out


def has_adjacent(tags: Sequence[str]) -> bool:
    """Whether two entities of the same type touch (something an IO-tagged corpus cannot express)."""
    found = chunks(tags)
    return any(a[0] == b[0] and a[2] == b[1] for a, b in itertools.pairwise(found))
