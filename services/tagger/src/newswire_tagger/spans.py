"""The hand-over between the sequence labeller and entity linking: a typed span of text."""

from __future__ import annotations

from dataclasses import dataclass

from newswire_schemas import EntityType


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of the article text, ``text[start:end]``, suffix included (``Bakü'yü``)."""

    type: EntityType
    start: int
    end: int
    text: str
    confidence: float
