"""Document-wise cross-validation on nakbatr-aa: train on milliyet + the other folds' articles, score the held-out fold.

Fold k trains on milliyet train minus its validation fold k (10%) and on the AA articles outside AA fold k, then
scores AA fold k (article by article, as the tagger sees copy) and milliyet validation fold k. Pooled figures
count every held-out entity once; milliyet is scored in its IO view (see ``evaluation.ner.gold_scheme``) and in
strict BIO (``milliyet_bio``), and wiki-ner dev is tagged as a check on a third register and annotation style.
Milliyet dev is never read here.

Usage (from the repo root; a CRF training of 1-3.5 minutes per fold on the shared 2-core machine):
    uv run --group training python -m services.tagger.training.ner.cv --name base [--folds 0,1,2,3,4]
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from newswire_tagger.evaluation.ner import score
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.model import LEXICON_FILE, MODEL_FILE, SECOND_FILE, NerModel

from services.tagger.training.ner.corpora import (
    AA_FOLDS,
    WIKI_MAP,
    WIKI_NER,
    Document,
    aa_folds,
    milliyet_split,
    read_conll,
)
from services.tagger.training.ner.team import ROUND4
from services.tagger.training.ner.team import folds as team_folds
from services.tagger.training.ner.train import WORK, add_training_options, lexicon, train, training_data

logger = logging.getLogger("cv_ner")
# Milliyet's gold was converted from IO tags (see evaluation.ner.gold_scheme); the others mark every boundary.
SCHEMES = {"aa": "bio", "milliyet": "io", "wiki": "bio", "team": "bio"}
TEAM = {"team", "team4"}

Tagged = tuple[list[list[str]], list[list[str]]]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: a run name, which folds, and the training options of ``train``."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--name", required=True, help="run name: models go to $TMPDIR/newswire-ner/cv-NAME/fold-K")
    parser.add_argument("--folds", default=",".join(str(k) for k in range(AA_FOLDS)))
    parser.add_argument(
        "--model", type=Path, help="no training: score this model directory (or a cv run's fold-K directories)"
    )
    parser.add_argument(
        "--second-run", type=Path, help="with --model (a cv run): combine each fold's model with this run's fold model"
    )
    add_training_options(parser)
    args = parser.parse_args(argv)
    if args.stack:
        parser.error("--stack is not cross-validated (the auxiliary model is trained by train.py only)")
    if args.second:
        parser.error("--second: cross-validate the two models apart (--aa-repeat 0), then --model A --second-run B")
    return args


def tag_documents(model: NerModel, documents: list[Document]) -> Tagged:
    """Gold and predicted tags of every sentence, each article tagged as one document."""
    gold: list[list[str]] = []
    predicted: list[list[str]] = []
    for document in documents:
        gold += [tags for _words, tags in document]
        predicted += model.tag_document([words for words, _tags in document])
    return gold, predicted


def run_fold(
    args: argparse.Namespace, k: int, folds: list[list[Document]], lex: Lexicon, team: list[list[Document]]
) -> dict[str, Tagged]:
    """Train fold ``k`` (unless --model) and tag its held-out AA articles, milliyet validation sentences and team
    articles (``team.py``: with ``--extra team`` the other folds' team articles are trained on, as documents)."""
    milliyet_train, milliyet_val = milliyet_split(k)
    out = args.model or WORK / f"cv-{args.name}" / f"fold-{k}"
    if args.model is not None and (args.model / f"fold-{k}").is_dir():
        out = args.model / f"fold-{k}"  # an earlier cross-validation run, rescored
        if args.second_run is not None:
            # Two runs' fold models as one two-model directory (NerModel averages their marginals).
            pair = WORK / f"cv-{args.name}" / f"fold-{k}"
            pair.mkdir(parents=True, exist_ok=True)
            for name in (MODEL_FILE, LEXICON_FILE):
                shutil.copyfile(out / name, pair / name)
            shutil.copyfile(args.second_run / f"fold-{k}" / MODEL_FILE, pair / SECOND_FILE)
            out = pair
    if args.model is None:
        out.mkdir(parents=True, exist_ok=True)
        lex.save(out / LEXICON_FILE)
        aa_train = [doc for j, fold in enumerate(folds) if j != k for doc in fold]
        without_team = argparse.Namespace(**{**vars(args), "extra": [e for e in args.extra if e not in TEAM]})
        documents = training_data(without_team, milliyet_train, aa_train, lex)
        if TEAM & set(args.extra):
            documents += [doc for j, fold in enumerate(team) if j != k for doc in fold]
        train(documents, FeatureExtractor(lex), args, out / MODEL_FILE, len(milliyet_train) * args.milliyet_repeat)
    model = NerModel.load(out)
    wiki = read_conll(WIKI_NER / "dev.conll", WIKI_MAP)
    return {
        "aa": tag_documents(model, folds[k]),
        "milliyet": ([t for _w, t in milliyet_val], model.tag([w for w, _t in milliyet_val])),
        # Another register and other conventions: only a check that a change is not specific to one corpus.
        "wiki": ([t for _w, t in wiki], model.tag([w for w, _t in wiki])),
        # Modern news-site copy of every section, the team's labels: held out in fold k whatever the training.
        "team": tag_documents(model, team[k]),
    }


def summary(result: dict[str, Any]) -> dict[str, object]:
    """F1 overall and per type, the figures a comparison table needs."""
    per_type: dict[str, dict[str, float]] = result["per_type"]
    return {"f1": result["f1"], "p": result["precision"], "r": result["recall"]} | {
        kind: figures["f1"] for kind, figures in per_type.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Run the folds, print one JSON line per fold and one pooled line last."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")
    folds = aa_folds(AA_FOLDS)
    lex = (
        Lexicon({})
        if args.model
        else lexicon(args.lexicon_cache, args.rebuild_lexicon, args.no_lexicon, args.listed_companies)
    )
    pooled: dict[str, Tagged] = {part: ([], []) for part in SCHEMES}
    team = team_folds(AA_FOLDS, more=ROUND4) if "team4" in args.extra else team_folds(AA_FOLDS)
    for k in (int(f) for f in args.folds.split(",")):
        tagged = run_fold(args, k, folds, lex, team)
        line: dict[str, object] = {"name": args.name, "fold": k}
        for part, (gold, predicted) in tagged.items():
            pooled[part][0].extend(gold)
            pooled[part][1].extend(predicted)
            line[part] = summary(score(gold, predicted, SCHEMES[part]))
            if SCHEMES[part] != "bio":
                line[f"{part}_bio"] = summary(score(gold, predicted))
        print(json.dumps(line, ensure_ascii=False), flush=True)
    line = {
        "name": args.name,
        "fold": "pooled",
        "folds": args.folds,
        "args": {k: str(v) for k, v in vars(args).items()},
    }
    for part, (gold, predicted) in pooled.items():
        line[part] = score(gold, predicted, SCHEMES[part])
        if SCHEMES[part] != "bio":
            line[f"{part}_bio"] = score(gold, predicted)
    print(json.dumps(line, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
