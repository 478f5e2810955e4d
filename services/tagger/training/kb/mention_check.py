"""Mention-level check of the entity layer on a CoNLL file: the model's spans alone vs after ``resolve``.

    .venv/bin/python services/tagger/training/kb/mention_check.py ../shared/data/ner/milliyet/dev.conll

Each sentence is joined with spaces and tagged; gold chunks and predicted spans are compared exactly (type and
character offsets), per type. A guard that the document-level pass and the knowledge base do not hurt general
copy; note that Milliyet's gold keeps some names glued across a suffix (``Schröder'in Kohl'e``), which the pass
splits on purpose.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newswire_tagger.entities import EntityLinker
from newswire_tagger.evaluation.ner import read_conll
from newswire_tagger.ner import NerModel
from newswire_tagger.ner.bio import chunks

Chunk = tuple[str, int, int]


def f1(pairs: list[tuple[set[Chunk], set[Chunk]]]) -> dict[str, float]:
    """Exact-match F1 per type and overall."""
    correct: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for wanted, found in pairs:
        gold.update(c[0] for c in wanted)
        predicted.update(c[0] for c in found)
        correct.update(c[0] for c in wanted & found)

    def score(c: int, p: int, g: int) -> float:
        return round(2 * c / (p + g), 4) if p + g else 0.0

    result = {kind: score(correct[kind], predicted[kind], gold[kind]) for kind in ("PER", "ORG", "LOC")}
    result["all"] = score(correct.total(), predicted.total(), gold.total())
    return result


def main() -> None:
    """Print the model-only and after-resolve F1 as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("conll", type=Path)
    words, tags = read_conll(parser.parse_args().conll)
    model, linker = NerModel.load(), EntityLinker.load()
    before, after = [], []
    for sentence, labels in zip(words, tags, strict=True):
        text = " ".join(sentence)
        starts = [sum(len(w) + 1 for w in sentence[:i]) for i in range(len(sentence))]
        wanted = {(k, starts[a], starts[b - 1] + len(sentence[b - 1])) for k, a, b in chunks(labels)}
        spans = model.extract(text)
        before.append((wanted, {(s.type, s.start, s.end) for s in spans}))
        entities = linker.resolve(text, spans)
        after.append((wanted, {(e.type, m.start, m.end) for e in entities for m in e.mentions}))
    print(json.dumps({"model_only": f1(before), "after_resolve": f1(after)}))


if __name__ == "__main__":
    main()
