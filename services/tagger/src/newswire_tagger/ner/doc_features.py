"""What the rest of an article says about a capitalised word: evidence the CRF cannot see in one sentence.

A name at the start of a sentence (``Malhis, ...``) looks like any capitalised word there; elsewhere in the same
article it is written mid-sentence with a capital, or closes a full name (``Fadia Malhis``). An ordinary word that
opens a sentence is written in lower case elsewhere. These features carry that, computed from the text alone (no
first tagging pass), so they cost one scan of the article's tokens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newswire_tagger.ner.lexicon import Lexicon, split_apostrophe, tr_lower

__all__ = ["DocumentContext"]

# After these a capital letter says nothing about the word (a sentence or a quotation may start there).
_OPENERS = frozenset({".", "!", "?", ":", '"', "'", "(", "-", "...", "…", "“", "‘", "«", ";", "”", "’", "–", "—"})
_FIRST_NAME = frozenset({"gz=PERF", "gw=PER"})


def _stem(word: str) -> str:
    """Lower-cased name part before any apostrophe suffix."""
    return split_apostrophe(tr_lower(word))[0]


def _title(word: str) -> bool:
    """Capitalised but not ALL CAPS (headlines and acronyms say nothing about names)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _opens(words: Sequence[str], i: int) -> bool:
    """Whether position ``i`` is where a sentence or quotation may start, so a capital is expected there."""
    return i == 0 or words[i - 1] in _OPENERS


class DocumentContext:
    """Counts over one article of how each stem is written: capitalised mid-sentence, lower case, as a surname."""

    def __init__(self, sentences: Sequence[Sequence[str]], lexicon: Lexicon) -> None:
        """Scan the article's tokenised sentences once."""
        self._lexicon = lexicon
        self._stems: dict[str, str] = {}
        self.capitalised: Counter[str] = Counter()
        self.surnames: Counter[str] = Counter()
        self.lower: set[str] = set()
        for words in sentences:
            for i, word in enumerate(words):
                if word[:1].islower():
                    self.lower.add(self._stem(word))
                elif _title(word):
                    stem = self._stem(word)
                    self.capitalised[stem] += not _opens(words, i)
                    self.surnames[stem] += self._surname_at(words, i)

    def _stem(self, word: str) -> str:
        """The word's stem, computed once per article (names recur)."""
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = _stem(word)
        return stem

    def _surname_at(self, words: Sequence[str], i: int) -> bool:
        """Whether token ``i`` closes a run of capitalised words with a first name in it (``Dr. İsmail Heniyye``).

        First names come from the Turkish lists or are mostly persons in Wikipedia.
        """
        if not _last_of_run(words, i):
            return False
        j = i - 1
        while j >= 0 and _title(words[j]):
            if any(f in _FIRST_NAME for f in self._lexicon.features(self._stem(words[j]))):
                return True
            j -= 1
        return False

    def features(self, words: Sequence[str], i: int) -> list[str]:
        """Document features of token ``i`` of a sentence of this article; only capitalised words get any."""
        word = words[i]
        if not _title(word):
            return []
        stem = self._stem(word)
        found = []
        if stem in self.lower:
            found.append("dc=low")
        # The token's own occurrence is not evidence about itself.
        elsewhere = self.capitalised[stem] - (not _opens(words, i))
        if elsewhere > 0:
            found.append("dc=cap")
        if self.surnames[stem] - self._surname_at(words, i) > 0:
            found.append("dc=sur")
        return found


def _last_of_run(words: Sequence[str], i: int) -> bool:
    """Whether the capitalised word at ``i`` is not followed by another capitalised word."""
    return i + 1 >= len(words) or not _title(words[i + 1])
