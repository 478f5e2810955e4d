"""Word-level knowledge shipped with the NER model: distributional clusters, capitalisation habits, gazetteers."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from newswire_tagger.ner.tokenizer import as_read

__all__ = ["Lexicon", "name_stem", "split_apostrophe", "tr_lower"]

_APOSTROPHES = ("'", "’")
_TR_LOWER = str.maketrans({"İ": "i", "I": "ı"})


def tr_lower(word: str) -> str:
    """Lower-case with Turkish rules (``İ`` → ``i``, ``I`` → ``ı``), which ``str.lower`` gets wrong."""
    return word.translate(_TR_LOWER).lower()


def split_apostrophe(word: str) -> tuple[str, str]:
    """Split ``Türkiye'nin`` into the name and its suffix (``Türkiye``, ``nin``); no apostrophe → empty suffix."""
    if "'" not in word and "’" not in word:
        return word, ""  # most words: two C-level scans, no Python loop
    for i, ch in enumerate(word):
        if ch in _APOSTROPHES and 0 < i < len(word) - 1:
            return word[:i], word[i + 1 :]
    return word, ""


@lru_cache(maxsize=65536)
def name_stem(word: str) -> str:
    """Lower-cased name part before any apostrophe suffix (``Shekerinska'nın`` → ``shekerinska``, ``Bakü´ye`` →
    ``bakü``); names recur within and across articles, so the answers are kept."""
    return split_apostrophe(tr_lower(as_read(word)))[0]


class Lexicon:
    """Maps a lower-cased word stem (the part before any apostrophe) to ready-made feature strings."""

    def __init__(self, entries: dict[str, tuple[str, ...]]) -> None:
        """Wrap a stem → features table (built by the training script)."""
        self._entries = entries

    def __len__(self) -> int:
        """Number of stems with features."""
        return len(self._entries)

    def features(self, stem_lower: str) -> tuple[str, ...]:
        """Features of a stem; unknown stems get none."""
        return self._entries.get(stem_lower, ())

    def capitalisation(self, stem_lower: str) -> str | None:
        """How the corpora write the stem mid-sentence (``always``, ``mostly``, ``mixed``, ``rarely``
        capitalised), or None for a stem too rare to say."""
        return next((f[4:] for f in self.features(stem_lower) if f.startswith("cap=")), None)

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        """Read a gzip TSV: ``stem<TAB>feature feature ...`` per line."""
        entries: dict[str, tuple[str, ...]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                stem, _, feats = line.rstrip("\n").partition("\t")
                # Interned: a few thousand distinct strings shared by ~100k stems.
                entries[stem] = tuple(sys.intern(f) for f in feats.split())
        return cls(entries)

    def save(self, path: Path) -> None:
        """Write the table in the format :meth:`load` reads, sorted so the artifact is reproducible."""
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write("".join(_lines(self._entries)).encode("utf-8"))


def _lines(entries: dict[str, tuple[str, ...]]) -> Iterable[str]:
    """Serialise entries one per line in stem order."""
    for stem in sorted(entries):
        yield f"{stem}\t{' '.join(entries[stem])}\n"
