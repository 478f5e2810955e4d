"""Train the 17-code IPTC topic model, measure it on held-out articles, and export it for the worker.

    uv run --group training python services/tagger/training/topics/train.py --data ../shared/data

Material (``corpora``, ``dataset``): TTC-3600 and kemik42k topical sections (one code per article, from the
folder), silver labels of general-section kemik42k articles (``silver/silver.json``), keyword weak labels on the
other general-section articles, and the development set (``labels/labels.json``) once committed. Near-duplicates
share a group; every split is by group. The development set and its near-duplicates are never trained on,
except in protocol B below and in the shipped model.

1. evaluation model: trained on everything outside the held-out groups (development set, a fifth of TTC-3600,
   a fifth of the remaining topical-section articles); per-code Platt calibration and the secondary threshold
   fitted on out-of-fold scores of the silver articles (5 folds);
2. figures: TTC-3600 test split, kemik42k topical test split, cross-collection (a model trained without any
   kemik42k topical article, on the test articles without a copy in TTC-3600), silver out-of-fold, and on the
   development set: protocol A (the evaluation model, never trained on it) and protocol B (5-fold
   document-wise cross-validation adding the other folds to training, calibration unchanged);
3. shipped model: everything (test splits and development set included), calibrated on out-of-fold scores of
   silver and development articles; written to ``models/topics/topic_model.npz`` with ``metrics.json``.
"""

from __future__ import annotations

import argparse
import json
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
from learn import Config, Example
from newswire_tagger.evaluation.topics import Labels, score
from newswire_tagger.topics.linear import LinearTopicModel
from sample_labelset import draw

MODEL_DIR = Path(__file__).resolve().parents[2] / "src" / "newswire_tagger" / "models" / "topics"
# Chosen by 5-fold cross-validation on the silver articles (the variants and their figures: the model card).
CONFIG = Config(classifier="svm", c=0.3, secondary_weight=1.0, balanced=True, section_weight=0.3, weak_weight=1.0)
DROPPED: frozenset[str] = frozenset()  # person-name features, set in main() (names.py)


def calibrate_on(config: Config, base: list[Example], rotated: list[Example]) -> tuple[np.ndarray, ...]:
    """Out-of-fold scores of ``rotated``, and the Platt slope, offset and threshold fitted on them."""
    oof = experiment.oof_scores(config, base, rotated, dropped=DROPPED)
    gold = experiment.gold(rotated)
    slope, offset = learn.calibrate(oof, gold)
    threshold, _ = learn.choose_threshold(learn.sigmoid(oof, slope, offset), gold)
    return oof, slope, offset, np.float32(threshold)


def calibrated_fit(config: Config, train: list[Example], slope: np.ndarray, offset: np.ndarray, *,
                   threshold: float, meta: dict[str, object]) -> LinearTopicModel:  # fmt: skip
    """Fit on ``train`` and attach the given calibration."""
    return experiment.calibrated(learn.fit(config, train, DROPPED), slope, offset, float(threshold), meta)


def protocol_b(
    config: Config, base: list[Example], development: list[Example], model: LinearTopicModel
) -> list[Labels]:
    """Document-wise 5-fold CV on the development set: each fold predicted by a model also trained on the others."""
    oof = experiment.oof_scores(config, base, development, dropped=DROPPED)
    return learn.predict(learn.sigmoid(oof, model.slope, model.offset), model.secondary_threshold)


def development_figures(config: Config, base: list[Example], material: experiment.Material,
                        model: LinearTopicModel, round_one: set[str]) -> dict[str, Any]:  # fmt: skip
    """Protocols A and B on the development set, on all of it and on its random first round alone."""
    development = material.development
    gold = experiment.gold(development)
    predicted_a = learn.predict(
        learn.sigmoid(learn.decisions(model, [e.counts for e in development]), model.slope, model.offset),
        model.secondary_threshold,
    )
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
    oof, slope, offset, threshold = calibrate_on(config, base, material.silver)
    out: dict[str, Any] = {"threshold": float(threshold)}
    probs = learn.sigmoid(oof, slope, offset)
    out["silver_oof"] = score(experiment.gold(material.silver), learn.predict(probs, float(threshold)))
    mode = {"mode": "evaluation"}
    model = calibrated_fit(config, base + material.silver, slope, offset, threshold=threshold, meta=mode)
    for name in ("ttc", "kemik"):
        out[name] = experiment.evaluate(model, material.tests[name])
    without_kemik = [e for e in base + material.silver if e.kind != "kemik-topical"]
    cross = calibrated_fit(config, without_kemik, slope, offset, threshold=threshold, meta={"mode": "cross"})
    out["kemik_cross"] = experiment.evaluate(cross, material.tests["kemik-cross"])
    # The same cross-collection model with person names learnt, to show what dropping them costs or gains.
    with_names = experiment.calibrated(learn.fit(config, without_kemik), slope, offset, float(threshold), {})
    out["kemik_cross_with_names"] = experiment.evaluate(with_names, material.tests["kemik-cross"])
    if material.development:
        out.update(development_figures(config, base + material.silver, material, model, round_one))
    for name, result in out.items():
        if isinstance(result, dict):
            print(f"  {name:24s} {experiment.summary(result)}")
    return out, model


def ship(config: Config, material: experiment.Material, meta: dict[str, Any]) -> LinearTopicModel:
    """Step 3: train on everything and calibrate on silver and development out-of-fold scores."""
    tests = [e for name in ("ttc", "kemik") for e in material.tests[name]]
    base = material.sections + tests + material.weak
    rotated = material.silver + material.development
    _, slope, offset, threshold = calibrate_on(config, base, rotated)
    return calibrated_fit(config, base + rotated, slope, offset, threshold=threshold, meta=meta)


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
    args = parser.parse_args()
    config = CONFIG if args.section_weight is None else replace(CONFIG, section_weight=args.section_weight)
    started = time.time()
    docs = corpora.load(args.data, args.seeds)
    development = dataset.read_labels(args.labels) if args.labels.is_file() else {}
    round_one = {key for key, _ in draw(args.data, args.seeds)}
    # Every labelled article is held out, the rare-code second round too (its articles were drawn after silver's).
    splits = dataset.split(docs, round_one | set(development))
    material = experiment.build(docs, splits, dataset.read_labels(dataset.SILVER), development)
    sizes = {"sections": len(material.sections), "weak": len(material.weak), "silver": len(material.silver),
             "development": len(material.development), **{k: len(v) for k, v in material.tests.items()}}  # fmt: skip
    print(f"{len(docs)} articles; examples {sizes}")
    global DROPPED  # noqa: PLW0603 - one setting for every fit of this run
    found = names.person_names(d.headline + "\n" + d.body for d in docs)
    vocabulary = set().union(*(e.counts for e in material.sections + material.weak + material.silver))
    DROPPED = frozenset(names.dropped_features(found, vocabulary))
    print(f"{len(found)} person names, {len(DROPPED)} features never learnt")
    results, evaluation_model = figures(config, material, round_one)
    if args.save_evaluation_model:
        evaluation_model.save(args.save_evaluation_model)
    if args.no_ship:
        return
    meta = {"config": config.name(), "trained_on": sizes, "person_name_features_dropped": len(DROPPED),
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
