"""Entity-level exact-match evaluation of the NER model on a CoNLL file (conlleval rules, PER/ORG/LOC only)."""

from __future__ import annotations

import itertools
import logging
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newswire_tagger.ner.bio import ENTITY_TYPES, chunks, has_adjacent, merge_adjacent

__all__ = [
    "DOC_MARK",
    "Document",
    "cut_names",
    "evaluate_ner",
    "gold_scheme",
    "gold_tag",
    "read_conll",
    "read_documents",
    "score",
]

logger = logging.getLogger(__name__)

DOC_MARK = "# doc "
Document = list[tuple[list[str], list[str]]]
_MIN_ENTITIES_FOR_IO = 200
# How other corpora write the three types and the entity boundaries: BIOES/BILOU prefixes and long type names.
_LONG_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "LOCATION": "LOC"}
_PREFIXES = {"B": "B", "I": "I", "S": "B", "U": "B", "E": "I", "L": "I"}
_APOSTROPHES = frozenset("'’")


def gold_tag(raw: str) -> str:
    """A gold tag read as BIO2 over PER, ORG and LOC: ``B-PERSON`` → ``B-PER``, ``S-LOC`` → ``B-LOC``, ``E-ORG`` →
    ``I-ORG``, ``b-per`` → ``B-PER``, a bare ``PER`` (IO without prefixes) → ``I-PER``; any other type is ``O``."""
    tag = raw.strip()
    prefix, dash, kind = tag.partition("-")
    if not dash:
        prefix, kind = "I", tag  # "PER", "LOCATION": IO tags without a prefix (I-X after O opens an entity)
    kind = _LONG_TYPES.get(kind.upper(), kind.upper())
    mapped = _PREFIXES.get(prefix.upper())
    return f"{mapped}-{kind}" if mapped is not None and kind in ENTITY_TYPES else "O"


def read_conll(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Token and tag lists per sentence from a ``token<TAB>tag`` file with blank lines between sentences."""
    words: list[list[str]] = []
    tags: list[list[str]] = []
    for document in read_documents(path):
        for sentence_words, sentence_tags in document:
            words.append(sentence_words)
            tags.append(sentence_tags)
    return words, tags


def read_documents(path: Path) -> list[Document]:
    """Sentences grouped by article: a ``# doc ...`` line starts one, as do CoNLL-2003's ``-DOCSTART-`` and
    OntoNotes' ``#begin document`` lines; a file without such lines has no articles (every sentence is its own group,
    so it is tagged alone, as the corpus was annotated). CoNLL-U comments (``# text = ...``) and ``#end document``
    lines are skipped."""
    documents: list[Document] = []
    current: Document = []
    words: list[str] = []
    tags: list[str] = []
    marked = False
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if _is_comment(line):
            continue
        starts = _starts_document(line)
        if starts or not line.strip():
            if words:
                current.append((words, tags))
            words, tags = [], []
            if starts or not marked:
                marked = marked or starts
                if current:
                    documents.append(current)
                current = []
            continue
        # token<TAB>tag; with more columns (token, POS, ..., tag) or spaces instead of tabs, the tag is the last
        fields = line.split("\t") if "\t" in line else line.split()
        words.append(fields[0])
        tags.append(fields[-1].strip() if len(fields) > 1 and fields[-1].strip() else "O")
    if current:
        documents.append(current)
    return documents


def _starts_document(line: str) -> bool:
    """A line that opens an article: ``# doc ...``, ``-DOCSTART- -X- -X- O``, ``#begin document (...)``."""
    return line.startswith((DOC_MARK, "#begin document")) or line.split(maxsplit=1)[:1] == ["-DOCSTART-"]


def _is_comment(line: str) -> bool:
    """A CoNLL-U comment (``# sent_id = 3``, ``# text = ...``) or OntoNotes' ``#end document``, not a token line
    (a ``#`` token is followed by its tag alone: ``#\tO``)."""
    if line.startswith("#end document"):
        return True
    return line.startswith("# ") and not line.startswith(DOC_MARK) and " = " in line


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 as fractions rounded to 4 decimals."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], scheme: str = "bio") -> dict[str, Any]:
    """Overall and per-type exact-match P/R/F1 of predicted against gold BIO2 sequences.

    With ``scheme="io"`` both sides are first read as IO tags (touching entities of one type are one entity), for
    gold converted from a scheme that could not mark the boundary between them.
    """
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    view = merge_adjacent if scheme == "io" else list
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g_chunks = set(chunks(view(g_tags)))
        p_chunks = set(chunks(view(p_tags)))
        n_gold.update(c[0] for c in g_chunks)
        n_pred.update(c[0] for c in p_chunks)
        correct.update(c[0] for c in g_chunks & p_chunks)
    result: dict[str, Any] = _prf(correct.total(), n_pred.total(), n_gold.total())
    result["per_type"] = {
        kind: {**_prf(correct[kind], n_pred[kind], n_gold[kind]), "support": n_gold[kind]} for kind in ENTITY_TYPES
    }
    return result


def cut_names(
    words: Sequence[Sequence[str]], gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, Any]:
    """The gold names the tagger reads as two or more touching names of the same type (``Schröder'in Kohl'e``: two
    people, one name in a gold converted from IO tags, which cannot mark where one ends). ``names`` counts them,
    ``after_suffix`` those cut only after a word with an apostrophe case ending, ``examples`` shows up to ten, and
    ``precision``/``recall``/``f1`` are the strict figures with each such name counted once as found."""
    found = predicted_total = gold_total = n_cut = n_suffix = 0
    examples: list[str] = []
    for sentence, g_tags, p_tags in zip(words, gold, predicted, strict=True):
        g_chunks = chunks(g_tags)
        p_chunks = chunks(p_tags)
        credited = set(p_chunks)
        for kind, first, stop in g_chunks:
            inside = [c for c in p_chunks if c[1] >= first and c[2] <= stop]
            tiled = (
                len(inside) > 1
                and inside[0][1] == first
                and inside[-1][2] == stop
                and all(c[0] == kind for c in inside)
                and all(a[2] == b[1] for a, b in itertools.pairwise(inside))
            )
            if not tiled:
                continue
            n_cut += 1
            n_suffix += all(_APOSTROPHES & set(sentence[c[2] - 1]) for c in inside[:-1])
            credited -= set(inside)
            credited.add((kind, first, stop))
            if len(examples) < 10:
                examples.append(" | ".join(" ".join(sentence[c[1] : c[2]]) for c in inside))
        found += len(set(g_chunks) & credited)
        predicted_total += len(credited)
        gold_total += len(g_chunks)
    return {"names": n_cut, "after_suffix": n_suffix, "examples": examples} | _prf(found, predicted_total, gold_total)


def gold_scheme(gold: Sequence[Sequence[str]]) -> str:
    """``io`` when a sizeable gold set never lets two entities of one type touch (it was converted from IO tags:
    milliyet), else ``bio``. Touching names are common in news (``Ankara'dan İstanbul'a``), so their total absence
    over hundreds of entities is the mark of the conversion, not of the text."""
    n_entities = sum(len(chunks(tags)) for tags in gold)
    return "io" if n_entities >= _MIN_ENTITIES_FOR_IO and not any(has_adjacent(tags) for tags in gold) else "bio"


def evaluate_ner(path: Path) -> dict[str, Any]:
    """Tag ``path`` with the packaged model and score it; fractions 0-1, tokens per CPU second.

    Articles marked by ``# doc`` lines are tagged as whole documents (as the tagger reads copy); other files one
    sentence at a time. The headline ``precision``/``recall``/``f1`` and ``per_type`` are strict conlleval BIO
    figures (every entity boundary counts). ``f1_io`` and ``io`` are the IO view (touching entities of one type
    read as one, on both sides), the fair reading of a gold converted from IO tags; ``gold_scheme`` says which of
    the two the gold looks like (:func:`gold_scheme`). For such a gold, ``cut_names`` counts the names the tagger
    reads as touching names (:func:`cut_names`).
    """
    from newswire_tagger.ner import NerModel  # noqa: PLC0415 - keep `score` importable without loading the model

    documents = read_documents(path)
    raw = Counter(tag for document in documents for _words, tags in document for tag in tags)
    gold = [[gold_tag(tag) for tag in tags] for document in documents for _words, tags in document]
    read_as = {tag: gold_tag(tag) for tag in sorted(raw) if tag != "O" and gold_tag(tag) not in (tag, "O")}
    ignored = {tag: raw[tag] for tag in sorted(raw) if tag != "O" and gold_tag(tag) == "O"}
    if ignored:
        logger.warning("gold labels outside PER/ORG/LOC read as O: %s", ignored)
    if not any(chunks(tags) for tags in gold):
        raise ValueError(f"{path}: no PER, ORG or LOC entity in the gold tags (labels seen: {sorted(raw)[:20]})")
    model = NerModel.load()
    n_tokens = sum(len(tags) for tags in gold)
    # CPU time of this single-threaded process: the per-core rate, unaffected by other work on a shared machine.
    started = time.process_time()
    predicted = [tags for document in documents for tags in model.tag_document([w for w, _t in document])]
    elapsed = time.process_time() - started
    result = score(gold, predicted)
    result["scheme"] = "bio"
    io_view = score(gold, predicted, "io")
    result["f1_io"] = io_view["f1"]
    result["io"] = {key: io_view[key] for key in ("precision", "recall", "f1")} | {
        kind: v["f1"] for kind, v in io_view["per_type"].items()
    }
    result["gold_scheme"] = gold_scheme(gold)
    if result["gold_scheme"] == "io":
        words = [w for document in documents for w, _t in document]
        result["cut_names"] = cut_names(words, gold, predicted)
    result["labels"] = {"read_as": read_as, "ignored": ignored}
    result["tokens_per_s"] = round(n_tokens / elapsed) if elapsed > 0 else 0
    result["n_documents"] = len(documents) if any(len(d) > 1 for d in documents) else 0
    result["n_sentences"] = len(gold)
    result["n_tokens"] = n_tokens
    logger.info(
        "NER on %s: F1 %.4f strict BIO, %.4f IO view (gold looks %s) over %d sentences, %d tokens/s",
        path,
        result["f1"],
        result["f1_io"],
        result["gold_scheme"],
        len(gold),
        result["tokens_per_s"],
    )
    return result
