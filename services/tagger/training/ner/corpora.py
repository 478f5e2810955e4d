"""Read the NER corpora in /work/shared/data, map their tag sets to PER/ORG/LOC, and carve the validation split."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

from newswire_tagger.evaluation.ner import Document, read_documents
from newswire_tagger.evaluation.ner import read_conll as conll_sentences
from newswire_tagger.ner import split_sentences
from newswire_tagger.ner.decoding import split_at_suffixes

DATA = Path(os.environ.get("NEWSWIRE_DATA", "/work/shared/data"))
MILLIYET = DATA / "ner" / "milliyet"
WIKI_NER = DATA / "ner" / "turkish-wiki-ner"
TWNERTC = DATA / "ner" / "twnertc"
AA_DIR = DATA / "ner" / "nakbatr-aa"
AA = AA_DIR / "aa.conll"
TOPICS = DATA / "topics" / "ttc3600"
KEMIK = DATA / "topics" / "kemik42k"
SEED = 13
AA_FOLDS = 5
VALIDATION_FRACTION = 0.1

Sentence = tuple[list[str], list[str]]

# OntoNotes-style wiki-ner types onto the three core types; everything else (TITLE, NORP, FAC, DATE...) is O.
WIKI_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
_TWNERTC_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of a ``token<TAB>tag`` file; with ``mapping``, entity types are renamed or dropped to O."""
    words, tags = conll_sentences(path)
    return [(w, [_map_tag(t, mapping) for t in ts]) for w, ts in zip(words, tags, strict=True)]


def aa_folds(n_folds: int) -> list[list[Document]]:
    """The nakbatr-aa articles dealt into ``n_folds`` seeded folds of (nearly) equal article count."""
    documents = read_documents(AA)
    return [[documents[i] for i in fold] for fold in _aa_fold_indices(len(documents), n_folds)]


def aa_fold_names(n_folds: int) -> list[list[str]]:
    """The article file names (``aa_017.txt``) of each fold of :func:`aa_folds`, in the same order."""
    names = [line.split()[2] for line in AA.read_text(encoding="utf-8").splitlines() if line.startswith("# doc ")]
    return [[names[i] for i in fold] for fold in _aa_fold_indices(len(names), n_folds)]


def _aa_fold_indices(n_documents: int, n_folds: int) -> list[list[int]]:
    """Seeded deal of article positions into folds."""
    order = list(range(n_documents))
    random.Random(SEED).shuffle(order)  # noqa: S311 - a reproducible split, not security
    return [order[k::n_folds] for k in range(n_folds)]


def _map_tag(tag: str, mapping: dict[str, str] | None) -> str:
    """Rename a BIO2 tag's type through ``mapping`` (unknown types → O)."""
    if mapping is None or tag == "O":
        return tag
    kind = mapping.get(tag[2:])
    return f"{tag[:2]}{kind}" if kind else "O"


def milliyet_split(fold: int = 0) -> tuple[list[Sentence], list[Sentence]]:
    """Milliyet train minus a seeded 10% validation fold (glued names split), and that fold as annotated."""
    sentences = read_conll(MILLIYET / "train.conll")
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)  # noqa: S311 - a reproducible split, not security
    n_val = int(len(sentences) * VALIDATION_FRACTION)
    held = set(order[fold * n_val : (fold + 1) * n_val])
    # Adjacent names were merged when the corpus was converted from IO tags; split them where Turkish marks the end
    # of a name (``İspanya'dan Çin'e``), so training agrees with AA and the decoder.
    train = [(w, split_at_suffixes(w, t)) for i, (w, t) in enumerate(sentences) if i not in held]
    val = [s for i, s in enumerate(sentences) if i in held]
    return train, val


def extra_corpus(name: str) -> list[Sentence]:
    """An additional training corpus by name: ``wiki`` (all of wiki-ner), ``wiki-org`` (its train sentences that
    have an organisation), ``twnertc`` (both files) or ``team`` (the team's labels on kemik42k, ``team.py``)."""
    if name == "wiki":
        return [s for f in ("train", "dev", "test") for s in read_conll(WIKI_NER / f"{f}.conll", WIKI_MAP)]
    if name == "wiki-org":
        return [s for s in read_conll(WIKI_NER / "train.conll", WIKI_MAP) if "B-ORG" in s[1]]
    if name == "twnertc":
        return [s for f in ("dev", "test") for s in read_conll(TWNERTC / f"{f}.conll", _TWNERTC_MAP)]
    if name in ("team", "team4"):
        from services.tagger.training.ner.team import ROUND4, corpus  # noqa: PLC0415 - team imports this module

        return corpus() + (corpus(labels=ROUND4) if name == "team4" else [])
    raise ValueError(f"unknown extra corpus {name!r}")


def unlabelled_sentences() -> Iterator[list[str]]:
    """Every tokenised sentence of raw text for clusters: topics articles and NER corpora, never milliyet dev or AA.

    The kemik42k articles (a few years newer than TTC-3600, with economy and world sections) bring the names of
    companies and foreign people that milliyet's 1990s text lacks.
    """
    for path in [*sorted(TOPICS.glob("*/*.txt")), *sorted(KEMIK.glob("*/*.txt"))]:
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text):
            yield [t.text for t in sentence]
    corpora = [MILLIYET / "train.conll", *(WIKI_NER / f"{f}.conll" for f in ("train", "dev", "test"))]
    corpora += [TWNERTC / f"{f}.conll" for f in ("dev", "test")]
    for path in corpora:
        for words, _ in read_conll(path):
            yield words
