"""CRF features for a tokenised sentence: word form, shape, affixes, apostrophe split, lexicon, neighbours ±2."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newswire_tagger.ner.decoding import ends_name
from newswire_tagger.ner.doc_features import DocumentContext
from newswire_tagger.ner.lexicon import Lexicon, split_apostrophe, tr_lower
from newswire_tagger.ner.tokenizer import as_read

__all__ = ["FeatureExtractor"]

_COMMON_CAPS = frozenset({"cap=rarely", "cap=mixed"})
_OFFSETS = (-2, -1, 1, 2)
# Where a place name may end and a demonym suffix begin: ``filistin|li``, ``gazze|li``, ``ankara|lı``.
_PLACE = frozenset({"gz=LOC", "gw=LOC"})
_DEMONYM = re.compile(r"(?<=\w{3})l[iıuü]")
_PREFIXES = {off: f"{off:+d}:" for off in _OFFSETS}
# Per-word features are pure functions of the word, so they are cached. A cached word costs about 3 KB, so the
# bound keeps the cache near 120 MB; when full, the older half goes (news vocabulary is bursty, recent words recur).
_CACHE_LIMIT = 40_000


def word_shape(word: str) -> str:
    """Collapsed character classes: ``Türkiye'nin`` → ``Xx'x``, ``NATO`` → ``X``, ``1.5`` → ``d.d``."""
    out: list[str] = []
    last = ""
    for ch in word:
        if ch.isupper():  # a capital of any Latin alphabet: "Åsta", "Émile", "Łukasz", as the Turkish ones
            cls = "X"
        elif ch.isdecimal():
            cls = "d"
        elif ch.isalnum():
            cls = "x"
        else:
            cls = "'" if ch == "’" else ch
        if cls != last:
            out.append(cls)
            last = cls
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _WordInfo:
    """Cached features of one word form: its own, the ones its neighbours see, and its shape."""

    own: tuple[str, ...]
    # what the word shows the token two after it ("-2:..."), one after ("-1:..."), one before and two before
    two_before: tuple[str, ...]
    one_before: tuple[str, ...]
    one_after: tuple[str, ...]
    two_after: tuple[str, ...]
    shape: str


@dataclass(frozen=True, slots=True)
class _WordIds:
    """The same features of one word form as a model's attribute ids (features the model lacks left out)."""

    own: tuple[int, ...]
    two_before: tuple[int, ...]
    one_before: tuple[int, ...]
    one_after: tuple[int, ...]
    two_after: tuple[int, ...]


class FeatureExtractor:
    """Turns a list of tokens into one list of CRFsuite feature strings per token."""

    def __init__(self, lexicon: Lexicon, known: frozenset[str] | None = None, domain: str = "") -> None:
        """Use ``lexicon`` for word knowledge; with ``known`` (a model's attributes) emit only features it weighs.

        Dropping the rest changes no score (CRFsuite ignores unknown attributes) but saves tagging time.
        With ``domain``, every feature also gets a domain-prefixed copy (Daumé's feature augmentation), so a
        model trained on several corpora can keep weights specific to the target corpus.
        """
        self.lexicon = lexicon
        self.domain = domain
        self._known = known
        # Per offset, the unprefixed features the model weighs there, so unused ``-1:...`` strings are never built.
        self._context_known = None if known is None else {off: _strip_prefix(known, _PREFIXES[off]) for off in _OFFSETS}
        self._cache: dict[str, _WordInfo] = {}
        self._id_cache: dict[str, _WordIds] = {}
        self._id_index: Mapping[str, int] | None = None  # the model whose ids the id caches hold
        self._edge_cache: dict[tuple[str, str, str, bool, bool], tuple[int, ...]] = {}
        """Ids of a token's shape-context and sentence-edge features, by its shapes ±1 and whether it opens or
        closes its sentence."""
        self._bias_ids: tuple[int, ...] = ()

    def sentence(self, words: Sequence[str], document: DocumentContext | None = None) -> list[list[str]]:
        """Features for every token of one sentence; ``document`` adds what the rest of its article shows."""
        infos = [self._info(w) for w in words]
        rows = _assemble(
            ([i.own for i in infos], [i.two_before for i in infos], [i.one_before for i in infos],
             [i.one_after for i in infos], [i.two_after for i in infos]),
            [info.shape for info in infos],
            None if document is None else document.sentence(words),
            ["bias"],
            self._keep,
        )  # fmt: skip
        if self.domain:
            for row in rows:
                row.extend(self._keep([self.domain + f for f in row]))
        return rows

    def sentence_ids(
        self, words: Sequence[str], document: DocumentContext | None, index: Mapping[str, int]
    ) -> list[list[int]]:
        """The rows of :meth:`sentence` as the attribute ids of a model (``index``), in the same order, without the
        features it does not have; for a model that reads no feature-augmentation copies (no ``domain``)."""
        if index is not self._id_index:
            self._id_cache.clear()
            self._edge_cache.clear()
            self._bias_ids = tuple([index[f] for f in ("bias",) if f in index])
            self._id_index = index
        codes: list[_WordIds] = []
        shapes: list[str] = []
        for word in words:
            info = self._info(word)
            codes.append(self._ids(word, info, index))
            shapes.append(info.shape)
        per_token = None if document is None else document.sentence(words)
        bias = self._bias_ids
        n = len(codes)
        last = n - 1
        rows: list[list[int]] = []
        for i in range(n):
            # the same order as ``_assemble``: bias, own, neighbours -2, -1, +1, +2, shapes and edges, document
            row = list(bias)
            row.extend(codes[i].own)
            if i >= 2:
                row.extend(codes[i - 2].two_before)
            if i >= 1:
                row.extend(codes[i - 1].one_before)
            if i < last:
                row.extend(codes[i + 1].one_after)
            if i + 1 < last:
                row.extend(codes[i + 2].two_after)
            left = shapes[i - 1] if i >= 1 else "<s>"
            right = shapes[i + 1] if i < last else "</s>"
            row.extend(self._edge_ids((left, shapes[i], right, i == 0, i == last), index))
            if per_token is not None:
                for feature in per_token[i]:
                    if feature in index:
                        row.append(index[feature])
            rows.append(row)
        return rows

    def _edge_ids(self, key: tuple[str, str, str, bool, bool], index: Mapping[str, int]) -> tuple[int, ...]:
        """Cached ids of a token's shape-context and sentence-edge features (see ``_assemble``); ``key``: the shapes
        before it (``<s>`` at the start), its own and after it (``</s>`` at the end), whether it opens and whether it
        closes its sentence."""
        found = self._edge_cache.get(key)
        if found is None:
            if len(self._edge_cache) >= _CACHE_LIMIT:
                self._edge_cache.clear()
            left, shape, right, first, final = key
            extra = [f"shc={left}|{shape}|{right}"]
            if first:
                extra += ["BOS", "BOS|" + shape]
            if final:
                extra.append("EOS")
            found = tuple([index[f] for f in extra if f in index])
            self._edge_cache[key] = found
        return found

    def _ids(self, word: str, info: _WordInfo, index: Mapping[str, int]) -> _WordIds:
        """Cached attribute ids of a word's features (:meth:`sentence_ids` empties the cache for another model's
        ``index``)."""
        code = self._id_cache.get(word)
        if code is None:
            if len(self._id_cache) >= _CACHE_LIMIT:
                for old in list(itertools.islice(self._id_cache, _CACHE_LIMIT // 2)):
                    del self._id_cache[old]
            code = _WordIds(
                _known_ids(info.own, index),
                _known_ids(info.two_before, index),
                _known_ids(info.one_before, index),
                _known_ids(info.one_after, index),
                _known_ids(info.two_after, index),
            )
            self._id_cache[word] = code
        return code

    def is_common_word(self, stem: str) -> bool:
        """Whether a lower-cased stem is mostly written in lower case mid-sentence (an ordinary word, not a name)."""
        return any(f in _COMMON_CAPS for f in self.lexicon.features(stem))

    def _keep(self, features: list[str]) -> list[str]:
        """The features the model knows (all of them while training)."""
        known = self._known
        return features if known is None else [f for f in features if f in known]

    def _info(self, word: str) -> _WordInfo:
        """Cached per-word features."""
        info = self._cache.get(word)
        if info is None:
            if len(self._cache) >= _CACHE_LIMIT:
                for old in list(itertools.islice(self._cache, _CACHE_LIMIT // 2)):
                    del self._cache[old]
            info = self._compute(word)
            self._cache[word] = info
        return info

    def _compute(self, word: str) -> _WordInfo:
        """Build the per-word features from scratch, of the word as read (composed, one apostrophe: ``Türkiye´nin``)."""
        word = as_read(word)
        lower = tr_lower(word)
        stem, suffix = split_apostrophe(lower)
        shape = word_shape(word)
        lex = (*self.lexicon.features(stem), *self._derived(stem))
        own = [f"w={lower}", f"sh={shape}", *lex]
        if suffix:
            own += [f"st={stem}", f"sf={suffix}", "apos"]
        own += [f"p{k}={stem[:k]}" for k in (1, 2, 3, 4) if len(stem) >= k]
        own += [f"s{k}={lower[-k:]}" for k in (1, 2, 3, 4) if len(lower) > k]
        own += _flags(word)
        base = [f"w={lower}", f"sh={shape}", *lex]
        if suffix:
            base.append(f"sf={suffix}")
        if ends_name(word):
            # A name never runs on past its case suffix: the next word starts a new one or none.
            base.append("end")
        near = tuple(base)
        far = (f"w={lower}", f"sh={shape}", *(f for f in lex if f.startswith("c")))
        return _WordInfo(
            own=tuple(self._keep(own)),
            two_before=self._context(-2, far),
            one_before=self._context(-1, near),
            one_after=self._context(1, near),
            two_after=self._context(2, far),
            shape=shape,
        )

    def _derived(self, stem: str) -> list[str]:
        """Features derived from the lexicon: a demonym is a place plus ``-li/-lı/-lu/-lü`` (``filistinliler``)."""
        for match in _DEMONYM.finditer(stem):
            if any(f in _PLACE for f in self.lexicon.features(stem[: match.start()])):
                return ["demonym"]
        return []

    def _context(self, offset: int, features: Sequence[str]) -> tuple[str, ...]:
        """The features a neighbour at ``offset`` contributes, prefixed with the offset."""
        prefix = _PREFIXES[offset]
        if self._context_known is None:
            return tuple([prefix + f for f in features])
        allowed = self._context_known[offset]
        return tuple([prefix + f for f in features if f in allowed])


_Feature = TypeVar("_Feature")  # a feature string, or its attribute id


def _assemble(
    parts: tuple[
        list[tuple[_Feature, ...]],
        list[tuple[_Feature, ...]],
        list[tuple[_Feature, ...]],
        list[tuple[_Feature, ...]],
        list[tuple[_Feature, ...]],
    ],
    shapes: list[str],
    per_token: list[list[str]] | None,
    head: list[_Feature],
    keep: Callable[[list[str]], list[_Feature]],
) -> list[list[_Feature]]:
    """Each token's row: ``head``, its own features, what its neighbours ±2 show (``parts``: per token, its own and
    what it shows two after, one after, one before and two before it), then the shapes around it, sentence edges and
    document features through ``keep`` (strings filtered, or ids looked up)."""
    own, two_before, one_before, one_after, two_after = parts
    n = len(own)
    edges = ["<s>", *shapes, "</s>"]
    rows: list[list[_Feature]] = []
    for i in range(n):
        row = [*head, *own[i]]
        if i >= 2:
            row += two_before[i - 2]
        if i >= 1:
            row += one_before[i - 1]
        if i + 1 < n:
            row += one_after[i + 1]
        if i + 2 < n:
            row += two_after[i + 2]
        extra = [f"shc={edges[i]}|{edges[i + 1]}|{edges[i + 2]}"]
        if i == 0:
            extra += ["BOS", "BOS|" + shapes[i]]
        if i == n - 1:
            extra.append("EOS")
        if per_token is not None:
            extra += per_token[i]
        row += keep(extra)
        rows.append(row)
    return rows


def _known_ids(features: tuple[str, ...], index: Mapping[str, int]) -> tuple[int, ...]:
    """The ids of the features a model (``index``) has, in order."""
    return tuple([index[f] for f in features if f in index])


def _strip_prefix(known: frozenset[str], prefix: str) -> frozenset[str]:
    """The names in ``known`` that start with ``prefix``, without it."""
    return frozenset(f[len(prefix) :] for f in known if f.startswith(prefix))


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
