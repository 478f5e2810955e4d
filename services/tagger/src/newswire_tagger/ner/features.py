"""CRF features for a tokenised sentence: word form, shape, affixes, apostrophe split, lexicon, neighbours ±2."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newswire_tagger.ner.lexicon import Lexicon, split_apostrophe, tr_lower

__all__ = ["FeatureExtractor"]

_SHAPE_RE = (
    (re.compile(r"[A-ZÇĞİÖŞÜÂÎÛ]"), "X"),
    (re.compile(r"[^\WA-ZÇĞİÖŞÜÂÎÛ\d_]"), "x"),
    (re.compile(r"\d"), "d"),
)
_COLLAPSE_RE = re.compile(r"(.)\1+")
_OFFSETS = (-2, -1, 1, 2)
# Per-word features are pure functions of the word, so they are cached; the bound keeps a worker's memory flat.
_CACHE_LIMIT = 300_000


def word_shape(word: str) -> str:
    """Collapsed character classes: ``Türkiye'nin`` → ``Xx'x``, ``NATO`` → ``X``, ``1.5`` → ``d.d``."""
    shape = word
    for pattern, char in _SHAPE_RE:
        shape = pattern.sub(char, shape)
    return _COLLAPSE_RE.sub(r"\1", shape.replace("’", "'"))


@dataclass(frozen=True, slots=True)
class _WordInfo:
    """Cached features of one word form: its own, the ones its neighbours see, and its shape."""

    own: tuple[str, ...]
    context: dict[int, tuple[str, ...]]
    shape: str
    lower: str


class FeatureExtractor:
    """Turns a list of tokens into one list of CRFsuite feature strings per token."""

    def __init__(self, lexicon: Lexicon, known: frozenset[str] | None = None, domain: str = "") -> None:
        """Use ``lexicon`` for word knowledge; with ``known`` (a model's attributes) emit only features it weighs.

        Dropping the rest changes no score (CRFsuite ignores unknown attributes) but saves tagging time.
        With ``domain``, every feature also gets a domain-prefixed copy (Daumé's feature augmentation), so a
        model trained on several corpora can keep weights specific to the target corpus.
        """
        self.lexicon = lexicon
        self._domain = domain
        self._known = known
        self._cache: dict[str, _WordInfo] = {}

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Features for every token of one sentence."""
        infos = [self._info(w) for w in words]
        n = len(infos)
        shapes = ["<s>", *(info.shape for info in infos), "</s>"]
        rows: list[list[str]] = []
        for i, info in enumerate(infos):
            row = ["bias", *info.own]
            for off in _OFFSETS:
                j = i + off
                if 0 <= j < n:
                    row.extend(infos[j].context[off])
            extra = [f"shc={shapes[i]}|{shapes[i + 1]}|{shapes[i + 2]}"]
            if i == 0:
                extra += ["BOS", "BOS|" + info.shape]
            if i == n - 1:
                extra.append("EOS")
            row.extend(self._keep(extra))
            if self._domain:
                row.extend(self._keep([self._domain + f for f in row]))
            rows.append(row)
        return rows

    def _keep(self, features: list[str]) -> list[str]:
        """The features the model knows (all of them while training)."""
        known = self._known
        return features if known is None else [f for f in features if f in known]

    def _info(self, word: str) -> _WordInfo:
        """Cached per-word features."""
        info = self._cache.get(word)
        if info is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            info = self._compute(word)
            self._cache[word] = info
        return info

    def _compute(self, word: str) -> _WordInfo:
        """Build the per-word features from scratch."""
        lower = tr_lower(word)
        stem, suffix = split_apostrophe(lower)
        shape = word_shape(word)
        lex = self.lexicon.features(stem)
        own = [f"w={lower}", f"sh={shape}", *lex]
        if suffix:
            own += [f"st={stem}", f"sf={suffix}", "apos"]
        own += [f"p{k}={stem[:k]}" for k in (1, 2, 3, 4) if len(stem) >= k]
        own += [f"s{k}={lower[-k:]}" for k in (1, 2, 3, 4) if len(lower) > k]
        own += _flags(word)
        base = [f"w={lower}", f"sh={shape}", *lex]
        if suffix:
            base.append(f"sf={suffix}")
        near = tuple(base)
        far = (f"w={lower}", f"sh={shape}", *(f for f in lex if f.startswith("c")))
        context = {off: tuple(f"{off:+d}:{f}" for f in (near if abs(off) == 1 else far)) for off in _OFFSETS}
        return _WordInfo(own=tuple(own), context=context, shape=shape, lower=lower)


def _flags(word: str) -> list[str]:
    """Capitalisation, digit and length flags."""
    flags = []
    if word[:1].isupper():
        flags.append("title")
    if len(word) > 1 and word.isupper():
        flags.append("upper")
    if any(ch.isdigit() for ch in word):
        flags.append("digit")
    if "-" in word:
        flags.append("hyphen")
    flags.append(f"len={min(len(word), 8)}")
    return flags
