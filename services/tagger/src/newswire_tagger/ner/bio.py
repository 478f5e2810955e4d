"""BIO2 tag sequences to entity chunks, with the conlleval convention for stray ``I-`` tags."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ENTITY_TYPES", "chunks", "normalise_tag"]

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
