"""Gazetteer recall help: spans for well-known places and organisations the statistical model missed.

Precision first. A candidate is a run of capitalised words joined by single spaces (a hyphen, punctuation or a
suffixed word ends the run). A title-case name is added only when it is the whole run, so ``Azerbaycan`` in
``Azerbaycan Dışişleri Bakanlığı`` or ``Washington`` in ``Washington Zirvesi`` is left alone; the run's first
word may be an ordinary sentence-initial word (``Dün Ankara'da``). An acronym from the lexicon (``NATO``,
``ABD``) may stand anywhere in a run. A candidate never overlaps an existing span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newswire_tagger.entities.gazetteer import Gazetteer
from newswire_tagger.entities.names import APOSTROPHES, turkish_lower
from newswire_tagger.spans import Span

RECALL_CONFIDENCE = 0.6
"""Confidence of an added span: below what the model gives the spans it is sure of."""

MAX_NAME_WORDS = 4
# Only capitalised words are candidates: matching just those keeps the scan cheap; the lowercase words
# between two matches show up as a gap that is not a single space, which ends the run.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_WORD = re.compile(rf"(?<!\w)[{_UPPER}]\w*(?:[{APOSTROPHES}](?P<suffix>[a-zçğıöşüâî]+))?")
_SENTENCE_END = frozenset(".!?:;\n\"“”'")


class _Word(NamedTuple):
    start: int
    end: int  # suffix included
    base: str  # suffix excluded
    suffixed: bool


def _capitalised_runs(text: str) -> Iterator[list[_Word]]:
    """Maximal runs of capitalised words separated by exactly one space."""
    run: list[_Word] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        suffix_start = match.start("suffix")
        suffixed = suffix_start >= 0
        if run and (run[-1].suffixed or run[-1].end != start - 1 or text[start - 1] != " "):
            yield run
            run = []
        run.append(_Word(start, end, text[start : suffix_start - 1] if suffixed else match.group(), suffixed))
    if run:
        yield run


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END


class _Taken:
    """Sorted, non-overlapping character intervals already claimed by a span."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._intervals = sorted((s.start, s.end) for s in spans)

    def claim(self, start: int, end: int) -> bool:
        """Claim ``[start, end)`` unless it overlaps a claimed interval; whether it was free."""
        i = bisect.bisect_left(self._intervals, (end, end))
        if i > 0 and self._intervals[i - 1][1] > start:
            return False
        self._intervals.insert(i, (start, end))
        return True


def _match(gazetteer: Gazetteer, text: str, run: list[_Word]) -> list[Span]:
    """The whole run as one name (its first word may be sentence-initial), else its acronyms."""
    first_free = 1 if len(run) > 1 and _sentence_initial(text, run[0].start) else 0
    for i in range(first_free + 1):
        if 0 < len(run) - i <= MAX_NAME_WORDS:
            entry = gazetteer.recall.get(turkish_lower(" ".join(w.base for w in run[i:])))
            # "Un fiyatları" is flour, not the UN: an acronym must be written in capitals.
            if entry is not None and not (entry.acronym and not run[i].base.isupper()):
                start, end = run[i].start, run[-1].end
                return [Span(entry.type, start, end, text[start:end], RECALL_CONFIDENCE)]
    found = []
    for word in run:
        if word.base.isupper() and len(word.base) > 1:
            entry = gazetteer.recall.get(turkish_lower(word.base))
            if entry is not None and entry.acronym:
                found.append(Span(entry.type, word.start, word.end, text[word.start : word.end], RECALL_CONFIDENCE))
    return found


def find_missing(gazetteer: Gazetteer, text: str, spans: Sequence[Span]) -> list[Span]:
    """New LOC/ORG spans for lexicon names not covered by ``spans``, in text order."""
    taken = _Taken(spans)
    return [
        span
        for run in _capitalised_runs(text)
        for span in _match(gazetteer, text, run)
        if taken.claim(span.start, span.end)
    ]
