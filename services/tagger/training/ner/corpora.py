"""Read the NER corpora in /work/shared/data, map their tag sets to PER/ORG/LOC, and carve the validation split."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

from newswire_tagger.ner import split_sentences

DATA = Path(os.environ.get("NEWSWIRE_DATA", "/work/shared/data"))
MILLIYET = DATA / "ner" / "milliyet"
WIKI_NER = DATA / "ner" / "turkish-wiki-ner"
TWNERTC = DATA / "ner" / "twnertc"
TOPICS = DATA / "topics" / "ttc3600"
SEED = 13
VALIDATION_FRACTION = 0.1

Sentence = tuple[list[str], list[str]]

# OntoNotes-style wiki-ner types onto the three core types; everything else (TITLE, NORP, FAC, DATE...) is O.
_WIKI_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
_TWNERTC_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of a ``token<TAB>tag`` file; with ``mapping``, entity types are renamed or dropped to O."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, _, tag = line.partition("\t")
        words.append(word)
        tags.append(_map_tag(tag.strip() or "O", mapping))
    if words:
        sentences.append((words, tags))
    return sentences


def _map_tag(tag: str, mapping: dict[str, str] | None) -> str:
    """Rename a BIO2 tag's type through ``mapping`` (unknown types → O)."""
    if mapping is None or tag == "O":
        return tag
    kind = mapping.get(tag[2:])
    return f"{tag[:2]}{kind}" if kind else "O"


def milliyet_split(fold: int = 0) -> tuple[list[Sentence], list[Sentence]]:
    """Milliyet train minus a seeded 10% validation fold, and that fold (fold 0 is the model-selection split)."""
    sentences = read_conll(MILLIYET / "train.conll")
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)  # noqa: S311 - a reproducible split, not security
    n_val = int(len(sentences) * VALIDATION_FRACTION)
    held = set(order[fold * n_val : (fold + 1) * n_val])
    train = [s for i, s in enumerate(sentences) if i not in held]
    val = [s for i, s in enumerate(sentences) if i in held]
    return train, val


def extra_corpus(name: str) -> list[Sentence]:
    """An additional training corpus by name: ``wiki`` (all of wiki-ner) or ``twnertc`` (both files)."""
    if name == "wiki":
        return [s for f in ("train", "dev", "test") for s in read_conll(WIKI_NER / f"{f}.conll", _WIKI_MAP)]
    if name == "twnertc":
        return [s for f in ("dev", "test") for s in read_conll(TWNERTC / f"{f}.conll", _TWNERTC_MAP)]
    raise ValueError(f"unknown extra corpus {name!r}")


def unlabelled_sentences() -> Iterator[list[str]]:
    """Every tokenised sentence of raw text for clusters: topics articles and NER corpora, never milliyet dev."""
    for path in sorted(TOPICS.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text):
            yield [t.text for t in sentence]
    corpora = [MILLIYET / "train.conll", *(WIKI_NER / f"{f}.conll" for f in ("train", "dev", "test"))]
    corpora += [TWNERTC / f"{f}.conll" for f in ("dev", "test")]
    for path in corpora:
        for words, _ in read_conll(path):
            yield words
