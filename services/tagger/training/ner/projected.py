"""The entity golds' names projected onto their articles' tokens: whole modern articles as NER training documents.

Each entity gold (``training/kb/<set>/gold.json``, two passes and a third look) lists an article's distinct PER,
ORG and LOC names, exhaustively, by the guide. Projected back onto the article, every occurrence of a listed name
written with a capital (or a digit) becomes a mention of the name's type, with its case ending (``Bakü'yü``,
``Bakanlığı'ndan``, ``Bakanlığından``), the longest name first; a listed person's surname or given name alone is
that person (the guide lists the full name only). What is left is ``O``, as the guide lists every name.

A sentence is left out when one of its words would be two types at once (a name the gold lists under two types); a
name the article never writes as listed is counted, not guessed. ``news_gold7`` is never read here: it is the clean
evaluation set. ``news_gold6``, clean until its errors were read (2026-12-03), is a tuning set now: ``WITH_SIXTH``
adds it (``--extra golds6`` in ``train.py`` and ``cv.py``).

    python -m services.tagger.training.ner.projected          # counts: articles, sentences, mentions, coverage
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newswire_tagger.entities.names import fold, strip_apostrophe_suffix, strip_org_case_ending
from newswire_tagger.evaluation.ner import Document

from services.tagger.training.ner.corpora import DATA
from services.tagger.training.ner.team import sentences_of

KB = Path(__file__).resolve().parents[1] / "kb"
# The clean set (news_gold7) is not here, and must never be: it is what the whole tagger is measured on.
SETS = ("econ_gold", "news_gold", "news_gold2", "news_gold3", "news_gold4", "news_gold5")
WITH_SIXTH = (*SETS, "news_gold6")
CLEAN = "news_gold7"
TYPES = ("PER", "ORG", "LOC")
_MAX_WORDS = 14


def _key(token: str) -> str:
    """A token as names are compared: case ending off (after an apostrophe or on a known head), folded."""
    return fold(strip_org_case_ending(strip_apostrophe_suffix(token)))


def _names(gold: dict[str, list[str]]) -> tuple[dict[tuple[str, ...], str], set[tuple[str, ...]]]:
    """Name (folded words) -> type, with persons' single words added; and the names listed under two types."""
    typed: dict[tuple[str, ...], set[str]] = {}
    for kind in TYPES:
        for name in gold.get(kind, []):
            words = tuple(fold(name).split())
            if words:
                typed.setdefault(words, set()).add(kind)
    listed = set(typed)
    for name in gold.get("PER", []):
        words = tuple(fold(name).split())
        for part in {words[0], words[-1]} if len(words) > 1 else set():
            if (part,) not in listed:
                typed.setdefault((part,), set()).add("PER")
    names = {words: next(iter(kinds)) for words, kinds in typed.items() if len(kinds) == 1}
    return names, {words for words, kinds in typed.items() if len(kinds) > 1}


def project(sentences: list[list[str]], gold: dict[str, list[str]], found: Counter[str]) -> Document:
    """The article's sentences with BIO tags from ``gold``'s names; unsure sentences are left out."""
    names, ambiguous = _names(gold)
    longest = max((len(w) for w in (*names, *ambiguous)), default=0)
    document: Document = []
    for tokens in sentences:
        keys = [_key(t) for t in tokens]
        tags = ["O"] * len(tokens)
        unsure = False
        i = 0
        while i < len(tokens):
            if not tokens[i][:1].isupper() and not tokens[i][:1].isdigit():
                i += 1
                continue
            match = None
            for size in range(min(longest, _MAX_WORDS, len(tokens) - i), 0, -1):
                words = tuple(w for k in keys[i : i + size] for w in k.split())
                if words in ambiguous:
                    unsure = True
                if words in names and keys[i + size - 1]:
                    match = (size, names[words])
                    break
            if match is None:
                i += 1
                continue
            size, kind = match
            tags[i] = f"B-{kind}"
            for j in range(i + 1, i + size):
                tags[j] = f"I-{kind}"
            found[" ".join(keys[i : i + size])] += 1
            i += size
        if not unsure:
            document.append((tokens, tags))
    return document


def documents(data: Path = DATA, sets: tuple[str, ...] = SETS) -> list[Document]:
    """Every gold article of ``sets`` as a training document (its sentences, tagged from its names)."""
    return [document for document, _stats in _projected(data, sets)]


def _projected(data: Path, sets: tuple[str, ...]) -> list[tuple[Document, tuple[int, int]]]:
    """Each article's document, with (listed names, names found in it)."""
    if CLEAN in sets:
        raise ValueError(f"{CLEAN} is the clean evaluation set: it is never trained on")
    out = []
    for name in sets:
        files: dict[str, str] = json.loads((KB / name / "files.json").read_text(encoding="utf-8"))
        gold: dict[str, dict[str, list[str]]] = json.loads((KB / name / "gold.json").read_text(encoding="utf-8"))
        for file_name, key in files.items():
            if file_name not in gold:
                continue
            text = (data / "topics" / key).read_text(encoding="utf-8", errors="replace")
            found: Counter[str] = Counter()
            document = project(sentences_of(text.replace("\x92", "'")), gold[file_name], found)
            listed = {" ".join(fold(n).split()) for kind in TYPES for n in gold[file_name].get(kind, [])}
            out.append((document, (len(listed), len(listed & set(found)))))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print how much the projection yields and how many listed names it finds written in their articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--with-sixth", action="store_true", help="the sixth gold too (what --extra golds6 trains on)")
    args = parser.parse_args(argv)
    projected = _projected(args.data, WITH_SIXTH if args.with_sixth else SETS)
    sentences = [s for document, _stats in projected for s in document]
    mentions = Counter(tag[2:] for _words, tags in sentences for tag in tags if tag.startswith("B-"))
    listed = sum(stats[0] for _d, stats in projected)
    found = sum(stats[1] for _d, stats in projected)
    print(
        json.dumps(
            {
                "articles": len(projected),
                "sentences": len(sentences),
                "tokens": sum(len(words) for words, _tags in sentences),
                "mentions": dict(mentions),
                "listed_names": listed,
                "found_in_text": found,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
