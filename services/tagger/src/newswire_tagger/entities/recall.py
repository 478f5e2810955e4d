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
from collections.abc import Sequence

from newswire_tagger.entities.gazetteer import Gazetteer
from newswire_tagger.entities.names import APOSTROPHES, turkish_lower
from newswire_tagger.spans import Span

RECALL_CONFIDENCE = 0.6
"""Confidence of an added span: below what the model gives the spans it is sure of."""

MAX_NAME_WORDS = 4
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
# One match per run, so Python-level work is per run rather than per word; a suffixed word ends the run.
_RUN = re.compile(rf"(?<!\w)[{_UPPER}]\w*(?: [{_UPPER}]\w*)*(?:[{APOSTROPHES}](?P<suffix>[a-zçğıöşüâî]+))?")
_SENTENCE_END = frozenset(".!?:;\n\"“”'")


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


class _Taken:
    """Sorted, non-overlapping character intervals already claimed by a span."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._intervals: list[tuple[int, int]] = []
        for interval in sorted((s.start, s.end) for s in spans):
            if self._intervals and interval[0] < self._intervals[-1][1]:  # overlapping input spans: coalesce
                previous = self._intervals.pop()
                interval = (previous[0], max(previous[1], interval[1]))  # noqa: PLW2901 - the coalesced interval
            self._intervals.append(interval)

    def claim(self, start: int, end: int) -> bool:
        """Claim ``[start, end)`` unless it overlaps a claimed interval; whether it was free."""
        i = bisect.bisect_left(self._intervals, (end, end))
        if i > 0 and self._intervals[i - 1][1] > start:
            return False
        self._intervals.insert(i, (start, end))
        return True


def _match(gazetteer: Gazetteer, text: str, run: re.Match[str]) -> list[Span]:
    """The whole run as one name (its first word may be sentence-initial), else its acronyms."""
    start, end = run.span()
    suffix_start = run.start("suffix")
    words = (text[start : suffix_start - 1] if suffix_start >= 0 else run.group()).split(" ")
    first_free = 1 if len(words) > 1 and _sentence_initial(text, start) else 0
    offset = start
    for i in range(first_free + 1):
        if 0 < len(words) - i <= MAX_NAME_WORDS:
            entry = gazetteer.recall.get(turkish_lower(" ".join(words[i:])))
            # "Un fiyatları" is flour, not the UN: an acronym must be written in capitals.
            if entry is not None and not (entry.acronym and not words[i].isupper()):
                return [Span(entry.type, offset, end, text[offset:end], RECALL_CONFIDENCE)]
        offset += len(words[i]) + 1
    found = []
    offset = start
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            entry = gazetteer.recall.get(turkish_lower(word))
            if entry is not None and entry.acronym:
                word_end = end if i == len(words) - 1 else offset + len(word)
                found.append(Span(entry.type, offset, word_end, text[offset:word_end], RECALL_CONFIDENCE))
        offset += len(word) + 1
    return found


def find_missing(gazetteer: Gazetteer, text: str, spans: Sequence[Span]) -> list[Span]:
    """New LOC/ORG spans for lexicon names not covered by ``spans``, in text order."""
    taken = _Taken(spans)
    return [
        span
        for run in _RUN.finditer(text)
        for span in _match(gazetteer, text, run)
        if taken.claim(span.start, span.end)
    ]
