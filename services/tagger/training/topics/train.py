"""Train the 17-code IPTC topic model, measure it on held-out articles, and export it for the worker.

    uv run --group training python services/tagger/training/topics/train.py --data ../shared/data

Material (``corpora``, ``dataset``): TTC-3600 and kemik42k topical sections (one code per article, from the
folder), hand labels of general-section kemik42k articles (``silver/silver.json``, one engineer from the headline
and 300 characters; ``labels/training.json``, round 3 with the amended guide), keyword weak labels on the other
general-section articles, and the development set (``labels/labels.json``). Near-duplicates share a group; every
split is by group. The development set and its near-duplicates are never trained on, except in protocol B below
and in the shipped model.

1. evaluation model: trained on everything outside the held-out groups (development set, a fifth of TTC-3600,
   a fifth of the remaining topical-section articles); per-code Platt calibration, the primary head's weight and
   the secondary threshold fitted on out-of-fold scores of the silver and round-3 articles (5 folds);
2. figures: TTC-3600 test split, kemik42k topical test split, cross-collection (a model trained without any
   kemik42k topical article, on the test articles without a copy in TTC-3600), silver and round-3 out-of-fold,
   and on the development set: protocol A (the evaluation model, never trained on it) and protocol B (5-fold
   document-wise cross-validation adding the other folds to training, calibration unchanged);
3. shipped model: everything (test splits and development set included), calibrated on out-of-fold scores of
   every hand-labelled article; written to ``models/topics/topic_model.npz`` with ``metrics.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import corpora
import dataset
import experiment
import learn
import names
import numpy as np
import pseudo
from learn import Config, Example
from newswire_tagger.evaluation.topics import Labels, score
from newswire_tagger.topics import features
from newswire_tagger.topics.linear import LinearTopicModel
from sample_labelset import draw

MODEL_DIR = Path(__file__).resolve().parents[2] / "src" / "newswire_tagger" / "models" / "topics"
# Chosen by 5-fold cross-validation on hand-labelled articles (the variants and their figures: the model card).
CONFIG = Config(classifier="svm", c=0.3, secondary_weight=1.0, balanced=True, section_weight=0.3, weak_weight=1.0,
                partial_sections=True, primary_c=10.0)  # fmt: skip
DROPPED: frozenset[str] = frozenset()  # person-name features, set in main() (names.py)
POOL: list[Example] = []  # unlabelled general-section articles for self-training, set in main() (pseudo.py)


def calibrate_on(
    config: Config, base: list[Example], rotated: list[Example]
) -> tuple[experiment.Calibration, np.ndarray, np.ndarray]:
    """Platt slope and offset, primary weight and threshold fitted on out-of-fold scores of ``rotated``; with the
    out-of-fold calibrated probabilities and primary log-probabilities they were fitted on."""
    oof, log_primary = experiment.oof_scores(config, base, rotated, dropped=DROPPED, pool=POOL)
    gold = experiment.gold(rotated)
    slope, offset = learn.calibrate(oof, gold)
    probs = learn.sigmoid(oof, slope, offset)
    weight = learn.choose_primary_weight(probs, log_primary, gold) if config.primary_c else 0.0
    threshold, _ = learn.choose_threshold(probs, gold, log_primary, weight)
    return experiment.Calibration(slope, offset, weight, threshold), probs, log_primary


def calibrated_fit(config: Config, train: list[Example], calibration: experiment.Calibration,
                   meta: dict[str, object]) -> LinearTopicModel:  # fmt: skip
    """Fit on ``train`` and attach the given calibration."""
    return experiment.calibrated(pseudo.fit(config, train, POOL, DROPPED), calibration, meta)


def protocol_b(
    config: Config, base: list[Example], development: list[Example], model: LinearTopicModel
) -> list[Labels]:
    """Document-wise 5-fold CV on the development set: each fold predicted by a model also trained on the others."""
    oof, log_primary = experiment.oof_scores(config, base, development, dropped=DROPPED, pool=POOL)
    probs = learn.sigmoid(oof, model.slope, model.offset)
    return learn.predict(probs, model.secondary_threshold, log_primary=log_primary, weight=model.primary_weight)


def development_figures(config: Config, base: list[Example], material: experiment.Material,
                        model: LinearTopicModel, round_one: set[str]) -> dict[str, Any]:  # fmt: skip
    """Protocols A and B on the development set, on all of it and on its random first round alone."""
    development = material.development
    gold = experiment.gold(development)
    predicted_a = experiment.predicted(model, development)
    predicted_b = protocol_b(config, base, development, model)
    first = [i for i, e in enumerate(development) if e.key in round_one]
    out = {}
    for protocol, predicted in (("a", predicted_a), ("b", predicted_b)):
        out[f"development_{protocol}"] = score(gold, predicted)
        out[f"development_{protocol}_round1"] = score([gold[i] for i in first], [predicted[i] for i in first])
    return out


def figures(
    config: Config, material: experiment.Material, round_one: set[str]
) -> tuple[dict[str, Any], LinearTopicModel]:
    """Steps 1 and 2: the evaluation model and every held-out figure."""
    base = material.sections + material.weak
    labelled = material.labelled
    calibration, probs, log_primary = calibrate_on(config, base, labelled)
    out: dict[str, Any] = {"threshold": calibration.threshold, "primary_weight": calibration.primary_weight}
    gold = experiment.gold(labelled)
    predicted = learn.predict(probs, calibration.threshold, log_primary=log_primary, weight=calibration.primary_weight)
    out["labelled_oof"] = score(gold, predicted)
    out["silver_oof"] = score(gold[: len(material.silver)], predicted[: len(material.silver)])
    out["training_oof"] = score(gold[len(material.silver) :], predicted[len(material.silver) :])
    model = calibrated_fit(config, base + labelled, calibration, {"mode": "evaluation"})
    for name in ("ttc", "kemik"):
        out[name] = experiment.evaluate(model, material.tests[name])
    without_kemik = [e for e in base + labelled if e.kind not in ("kemik-topical", "kemik-hand")]
    cross = calibrated_fit(config, without_kemik, calibration, {"mode": "cross"})
    out["kemik_cross"] = experiment.evaluate(cross, material.tests["kemik-cross"])
    if material.development:
        out.update(development_figures(config, base + labelled, material, model, round_one))
    for name, result in out.items():
        if isinstance(result, dict):
            print(f"  {name:24s} {experiment.summary(result)}", flush=True)
    return out, model


def ship(config: Config, material: experiment.Material, meta: dict[str, Any]) -> LinearTopicModel:
    """Step 3: train on everything and calibrate on out-of-fold scores of every hand-labelled article."""
    tests = [e for name in ("ttc", "kemik") for e in material.tests[name]]
    base = material.sections + tests + material.weak
    rotated = material.labelled + material.development
    calibration, _, _ = calibrate_on(config, base, rotated)
    meta = {**meta, "primary_weight": calibration.primary_weight}
    return calibrated_fit(config, base + rotated, calibration, meta)


def variant(args: argparse.Namespace) -> Config:
    """The shipped configuration with the variant options given on the command line."""
    options = {"section_weight": args.section_weight, "primary_c": args.primary_c,
               "pseudo_threshold": args.pseudo_threshold, "pseudo_cap": args.pseudo_cap,
               "pseudo_rounds": args.pseudo_rounds, "pseudo_rules": args.pseudo_rules or None}  # fmt: skip
    return replace(CONFIG, **{k: v for k, v in options.items() if v is not None})


def main() -> None:
    """Run the whole procedure and write the artifact and its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--labels", type=Path, default=dataset.LABELS, help="development labels (if present)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-ship", action="store_true", help="figures only, no artifact written")
    parser.add_argument("--save-evaluation-model", type=Path, help="also write the evaluation model here")
    parser.add_argument("--section-weight", type=float, help="a variant: weight of section-labelled articles")
    parser.add_argument("--primary-c", type=float, help="a variant: C of the primary head (0: none)")
    parser.add_argument("--char-ngrams", type=int, nargs="*", help="a variant: letter n-gram lengths (features.py)")
    parser.add_argument("--lead-words", type=int, help="a variant: lead words counted twice (features.py)")
    parser.add_argument("--pseudo-threshold", type=float, help="a variant: self-training threshold (pseudo.py)")
    parser.add_argument("--pseudo-cap", type=int, help="a variant: self-training labels per primary code at most")
    parser.add_argument("--pseudo-rounds", type=int, help="a variant: self-training rounds")
    parser.add_argument("--pseudo-rules", action="store_true", help="a variant: only where keyword rules agree")
    parser.add_argument(
        "--training-rounds", type=dataset.rounds_option, default=dataset.LATER_ROUNDS, help="later rounds: 4,5 or none"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.char_ngrams is not None:
        features.CHAR_NGRAMS = tuple(args.char_ngrams)
    if args.lead_words is not None:
        features.LEAD_WORDS = args.lead_words
    config = variant(args)
    started = time.time()
    docs = corpora.load(args.data, args.seeds)
    development = dataset.read_labels(args.labels) if args.labels.is_file() else {}
    round_one = {key for key, _ in draw(args.data, args.seeds)}
    # Every labelled article is held out, the rare-code second round too (its articles were drawn after silver's).
    splits = dataset.split(docs, round_one | set(development))
    material = experiment.build(docs, splits, dataset.read_labels(dataset.SILVER), development,
                                dataset.read_training(args.training_rounds))  # fmt: skip
    sizes = {"sections": len(material.sections), "weak": len(material.weak), "silver": len(material.silver),
             **{kind: sum(e.kind == kind for e in material.sections) for kind in experiment.HAND_KINDS.values()},
             "training": len(material.training), "development": len(material.development),
             **{k: len(v) for k, v in material.tests.items()}}  # fmt: skip
    print(f"{len(docs)} articles; examples {sizes}")
    POOL[:] = material.pool
    print(f"{len(POOL)} unlabelled general-section articles in the self-training pool")
    global DROPPED  # noqa: PLW0603 - one setting for every fit of this run
    found = names.person_names(d.headline + "\n" + d.body for d in docs)
    vocabulary = set().union(*(e.counts for e in material.sections + material.weak + material.labelled))
    DROPPED = frozenset(names.dropped_features(found, vocabulary))
    print(f"{len(found)} person names, {len(DROPPED)} features never learnt")
    results, evaluation_model = figures(config, material, round_one)
    if args.save_evaluation_model:
        evaluation_model.save(args.save_evaluation_model)
    if args.no_ship:
        return
    meta = {"config": config.name(), "char_ngrams": list(features.CHAR_NGRAMS), "lead_words": features.LEAD_WORDS,
            "trained_on": sizes, "person_name_features_dropped": len(DROPPED),
            "created": time.strftime("%Y-%m-%d")}  # fmt: skip
    model = ship(config, material, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    model.save(args.out / "topic_model.npz")
    metrics = {"config": config.name(), "examples": sizes, "figures": results,
               "shipped_threshold": model.secondary_threshold, "seconds": round(time.time() - started)}  # fmt: skip
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out / 'topic_model.npz'} ({(args.out / 'topic_model.npz').stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
