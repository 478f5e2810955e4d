"""What the rest of an article says about a capitalised word: evidence the CRF cannot see in one sentence.

A name at the start of a sentence (``Malhis, ...``) looks like any capitalised word there; elsewhere in the same
article it is written mid-sentence with a capital, or closes a full name (``Fadia Malhis``). An ordinary word that
opens a sentence is written in lower case elsewhere. These features carry that, computed from the text alone (no
first tagging pass), so they cost one scan of the article's tokens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newswire_tagger.ner.lexicon import Lexicon, name_stem

__all__ = ["DocumentContext"]

# After these a capital letter says nothing about the word (a sentence or a quotation may start there).
_OPENERS = frozenset({".", "!", "?", ":", '"', "'", "(", "-", "...", "…", "“", "‘", "«", ";", "”", "’", "–", "—"})
_FIRST_NAME = frozenset({"gz=PERF", "gw=PER"})

# Per token of a sentence: None for a word that is not title-case, else its stem, whether a capital is expected
# where it stands (a sentence or quotation opens there) and whether it closes a run of capitalised words with a
# first name in it (``Dr. İsmail Heniyye``).
_Reading = tuple[str, bool, bool] | None


def _title(word: str) -> bool:
    """Capitalised but not ALL CAPS (headlines and acronyms say nothing about names)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


class DocumentContext:
    """Counts over one article of how each stem is written: capitalised mid-sentence, lower case, as a surname."""

    def __init__(self, sentences: Sequence[Sequence[str]], lexicon: Lexicon) -> None:
        """Scan the article's tokenised sentences once."""
        self._lexicon = lexicon
        self.capitalised: Counter[str] = Counter()
        self.surnames: Counter[str] = Counter()
        self.lower: set[str] = set()
        # Each sentence's reading, kept for :meth:`sentence` (the sentence is kept too, so its id stays its own).
        self._read: dict[int, tuple[Sequence[str], list[_Reading]]] = {}
        for words in sentences:
            readings = self._read_sentence(words)
            self._read[id(words)] = (words, readings)
            for word, reading in zip(words, readings, strict=True):
                if reading is None:
                    if word[:1].islower():
                        self.lower.add(name_stem(word))
                else:
                    stem, opens, surname = reading
                    self.capitalised[stem] += not opens
                    self.surnames[stem] += surname

    def _read_sentence(self, words: Sequence[str]) -> list[_Reading]:
        """One pass over a sentence: each title-case word's stem, whether it opens, whether it closes a full name.

        First names come from the Turkish lists or are mostly persons in Wikipedia.
        """
        readings: list[_Reading] = []
        first_name_before = False  # a first name earlier in the current run of capitalised words
        titles = [*map(_title, words), False]
        for i, word in enumerate(words):
            if not titles[i]:
                readings.append(None)
                first_name_before = False
                continue
            stem = name_stem(word)
            closes_run = not titles[i + 1]
            readings.append((stem, i == 0 or words[i - 1] in _OPENERS, closes_run and first_name_before))
            if not first_name_before:
                first_name_before = any(f in _FIRST_NAME for f in self._lexicon.features(stem))
        return readings

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Document features of every token of a sentence of this article; only capitalised words get any."""
        read = self._read.get(id(words))
        readings = read[1] if read is not None and read[0] is words else self._read_sentence(words)
        rows: list[list[str]] = []
        for reading in readings:
            found: list[str] = []
            if reading is not None:
                stem, opens, surname = reading
                if stem in self.lower:
                    found.append("dc=low")
                # The token's own occurrence is not evidence about itself.
                if self.capitalised[stem] - (not opens) > 0:
                    found.append("dc=cap")
                if self.surnames[stem] - surname > 0:
                    found.append("dc=sur")
            rows.append(found)
        return rows

    def features(self, words: Sequence[str], i: int) -> list[str]:
        """Document features of token ``i`` of a sentence of this article (see :meth:`sentence`)."""
        return self.sentence(words)[i]
