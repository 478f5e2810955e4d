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

    def part(self, start: int, end: int, entity_type: EntityType | None = None) -> Span:
        """The part ``self.text[start:end]`` as a span of the article, of ``entity_type`` (the span's own type by
        default)."""
        return Span(
            entity_type or self.type, self.start + start, self.start + end, self.text[start:end], self.confidence
        )
