"""Document-level entity scores on nakbatr-aa with the cross-validated NER models: no article is tagged by a model
that trained on it.

Each AA fold's wire files go through the whole tagger (ingest's parser, NER, document pass, recall, linking) with
that fold's NER model from a ``cv.py`` run, and are scored against ``gold.json`` as ``newswire evaluate entities``
scores them. Printed per fold, pooled over all 103 articles, over the odd-numbered articles only (the half the entity
linker's rules were not tuned on, see the knowledge base card) and over the even-numbered (tuning) ones;
``--errors FILE`` writes the misses and false names of the even-numbered articles only.

Usage (from the repo root, after ``cv.py --name NAME``; a minute or two):
    uv run python -m services.tagger.training.ner.cv_entities --run $TMPDIR/newswire-ner/cv-NAME
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from newswire_cli.evaluate import read_wire_file
from newswire_tagger.entities import EntityLinker
from newswire_tagger.evaluation.entities import DocumentScore, read_gold, score_document
from newswire_tagger.ner import NerModel
from newswire_tagger.pipeline import Tagger
from newswire_tagger.topics import TopicClassifier

from services.tagger.training.ner.corpora import AA_DIR, AA_FOLDS, aa_fold_names


def _odd(name: str) -> bool:
    """Whether ``aa_NNN.txt`` has an odd number (the linker's held-out half)."""
    return int(name.removeprefix("aa_").removesuffix(".txt")) % 2 == 1


def main(argv: list[str] | None = None) -> int:
    """Score every fold with its own NER model; print one JSON line per fold, then the pooled lines."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, required=True, help="a cv.py run directory holding fold-0 ... fold-4")
    parser.add_argument(
        "--errors",
        type=Path,
        help="write what was missed and wrongly added, one JSON line per even-numbered (tuning) article only",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    gold = read_gold(AA_DIR / "gold.json")
    linker, topics = EntityLinker.load(), TopicClassifier.load()
    pooled = {"all": DocumentScore(), "odd": DocumentScore(), "even": DocumentScore()}
    errors: list[str] = []
    for k, names in enumerate(aa_fold_names(AA_FOLDS)):
        tagger = Tagger(ner=NerModel.load(args.run / f"fold-{k}"), linker=linker, topics=topics)
        fold = DocumentScore()
        for name in names:
            articles = read_wire_file(AA_DIR / "articles" / name)
            document = score_document(gold[name], [e for a in articles for e in tagger.enrich(a).entities])
            for score in (fold, pooled["all"], pooled["odd" if _odd(name) else "even"]):
                score.add(document)
            if not _odd(name):  # the odd half stays clean: its errors are never written
                errors.append(json.dumps({"file": name, "missed": document.missed, "extra": document.false_positives}))
        print(json.dumps({"fold": k, "articles": len(names)} | fold.figures()), flush=True)
    for part, score in pooled.items():
        print(json.dumps({"fold": f"pooled-{part}"} | score.figures()))
    if args.errors is not None:
        args.errors.write_text("".join(f"{line}\n" for line in errors), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
