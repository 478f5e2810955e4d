"""Finding an override's names and words in an article, the Turkish way."""

from __future__ import annotations

import re
from functools import lru_cache

from newswire_schemas import Entity, Mention

from newswire_tagger.entities import fold, turkish_lower, turkish_upper

_APOSTROPHES = "'’‘ʼ"


@lru_cache(maxsize=1024)
def _name_pattern(surface: str) -> re.Pattern[str]:
    """The surface as written or in capitals (headlines), alone or with a suffix after an apostrophe."""
    forms = sorted({surface, turkish_upper(surface)}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})(?:[{_APOSTROPHES}][^\W\d_]+)?(?!\w)")


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    """A lowercase word at the start of a word: Turkish glues suffixes on (seçim, seçimde, seçimler)."""
    return re.compile(rf"(?<!\w){re.escape(turkish_lower(word))}")


def name_mentions(text: str, surface: str) -> list[Mention]:
    """Every mention of ``surface`` in ``text``, suffix included in the mention's text."""
    return [Mention(start=m.start(), end=m.end(), text=m.group()) for m in _name_pattern(surface).finditer(text)]


def has_word(lowered_text: str, word: str) -> bool:
    """Whether ``word`` (or a suffixed form) occurs in a text already passed through ``turkish_lower``."""
    return _word_pattern(word).search(lowered_text) is not None


def refers_to(entity: Entity, name_or_id: str) -> bool:
    """Whether a rule naming ``name_or_id`` (a name in any case, or an id) means this entity."""
    return name_or_id == entity.id or fold(name_or_id) == fold(entity.name)


def overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention shares a character with any of the spans."""
    return any(mention.start < end and start < mention.end for start, end in spans)
