"""Model output written by hand: spans labelled on sentences the tests write, for the entity pass to work on."""

from __future__ import annotations

import re

from newswire_schemas import Entity, EntityType
from newswire_tagger.spans import Span


def span(text: str, words: str, entity_type: EntityType, nth: int = 0, confidence: float = 0.9) -> Span:
    """The ``nth`` occurrence of ``words`` in ``text`` labelled ``entity_type``."""
    match = list(re.finditer(re.escape(words), text))[nth]
    return Span(entity_type, match.start(), match.end(), words, confidence)


def listed(entities: list[Entity]) -> set[tuple[str, str]]:
    """The (type, name) pairs of resolved entities."""
    return {(e.type, e.name) for e in entities}
