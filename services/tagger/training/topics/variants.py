"""Compare model variants by one joint cross-validation over every hand-labelled article (the model card's table).

    .venv/bin/python services/tagger/training/topics/variants.py --data ../shared/data base partial shipped

Silver, round-3 training and development articles are split together into 5 folds by near-duplicate group; each
fold is scored by a model trained on the section-labelled corpora, the weak labels and the other four folds.
Calibration, the secondary threshold and the primary head's weight are fitted on the out-of-fold scores of the
silver and round-3 articles only; the development set's out-of-fold predictions are what is reported (with the
random first round alone), so no figure comes from an article the model or its calibration saw. TTC-3600 and
kemik42k test splits are scored by each fold's model (the mean is reported). Cheaper than ``train.py`` (5 fits
per variant instead of 18), at the price of training on four fifths of the hand labels. ``--save DIR`` writes each
variant's out-of-fold scores for ``decisions.py`` (decision rules tried without refitting).
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path

import corpora
import dataset
import experiment
import learn
import names
import numpy as np
import pseudo
from learn import Config
from newswire_tagger.evaluation.topics import score
from newswire_tagger.topics import features
from sample_labelset import draw
from train import CONFIG

PLAIN = replace(CONFIG, partial_sections=False, primary_c=0.0)
IN_DOMAIN_HEAD = {"primary_c": 10.0, "primary_section_weight": 0.0, "primary_weak_weight": 0.0}
VARIANTS: dict[str, Config] = {
    "round1": PLAIN,  # without the round-3 training labels
    "base": PLAIN,
    "silver-0.5": replace(PLAIN, silver_weight=0.5),
    "partial": replace(PLAIN, partial_sections=True),
    "primary-in-domain": replace(PLAIN, **IN_DOMAIN_HEAD),
    "primary": replace(PLAIN, primary_c=10.0),
    "partial-primary-in-domain": replace(PLAIN, partial_sections=True, **IN_DOMAIN_HEAD),
    "lead1400": PLAIN,  # features of the headline and the body's first 1,400 characters only
    "shipped": CONFIG,
    "shipped-primary-c3": replace(CONFIG, primary_c=3.0),
    "shipped-primary-c30": replace(CONFIG, primary_c=30.0),
    "shipped-c1": replace(CONFIG, c=1.0),
    "shipped-headline-features": CONFIG,  # headline words also as features of their own (``h:``)
    "shipped-sections-0.5": replace(CONFIG, section_weight=0.5, primary_section_weight=0.3),
    "shipped-char4": CONFIG,  # + letter 4-grams of every content word (``c:``)
    "shipped-char345": CONFIG,  # + letter 3-, 4- and 5-grams
    "shipped-lead40": CONFIG,  # the body's first 40 content words counted twice
    # Self-training on the unlabelled general-section articles (``pseudo.py``).
    "shipped-pseudo-0.9": replace(CONFIG, pseudo_threshold=0.9),
    "shipped-pseudo-0.7-cap100": replace(CONFIG, pseudo_threshold=0.7, pseudo_cap=100),
    "shipped-pseudo-0.7-rules": replace(CONFIG, pseudo_threshold=0.7, pseudo_rules=True),
    "shipped-pseudo-0.9-rounds2": replace(CONFIG, pseudo_threshold=0.9, pseudo_rounds=2),
    "shipped-pseudo-0.5-cap30": replace(CONFIG, pseudo_threshold=0.5, pseudo_cap=30),  # rare codes' share up
    # Seventh round: NB-SVM scaling of the one-vs-rest heads' features (``learn.log_count_ratio``), without and
    # with the paper's interpolation; secondaries half as strong as positives, so the heads lean to the lead code.
    "shipped-nbsvm": replace(CONFIG, nb_alpha=1.0),
    "shipped-nbsvm-beta0.25": replace(CONFIG, nb_alpha=1.0, nb_beta=0.25),
    "shipped-nbsvm-binary": replace(CONFIG, nb_alpha=1.0, nb_binary=True),  # ratio of document counts
    "shipped-secondary-0.5": replace(CONFIG, secondary_weight=0.5),
}
# Variants that change how features are counted: the ``features`` settings they run with.
FEATURE_SETTINGS: dict[str, dict[str, object]] = {
    "shipped-char4": {"CHAR_NGRAMS": (4,)},
    "shipped-char345": {"CHAR_NGRAMS": (3, 4, 5)},
    "shipped-lead40": {"LEAD_WORDS": 40},
}
LEAD_CHARS = 1400
RECOUNTED = frozenset({"lead1400", "shipped-headline-features", *FEATURE_SETTINGS})


def lead_counts(material: experiment.Material, docs: list[corpora.Doc]) -> None:
    """Recount every example from the headline and the first ``LEAD_CHARS`` of the body (what annotators read)."""
    by_key = {d.key: d for d in docs}
    for examples in (material.sections, material.weak, material.labelled, material.development,
                     *material.tests.values()):  # fmt: skip
        for e in examples:
            doc = by_key[e.key]
            e.counts = features.extract(doc.headline, doc.body[:LEAD_CHARS])


def recount(material: experiment.Material, docs: list[corpora.Doc], settings: dict[str, object]) -> None:
    """Recount every example with ``features`` settings changed (what the worker would run with)."""
    for attribute, value in settings.items():
        setattr(features, attribute, value)
    by_key = {d.key: d for d in docs}
    for examples in (material.sections, material.weak, material.labelled, material.development,
                     *material.tests.values()):  # fmt: skip
        for e in examples:
            e.counts = dataset.counts(by_key[e.key])


def headline_counts(material: experiment.Material, docs: list[corpora.Doc]) -> None:
    """Add the headline's content words as features of their own, so a word can weigh more in the headline."""
    by_key = {d.key: d for d in docs}
    for examples in (material.sections, material.weak, material.labelled, material.development,
                     *material.tests.values()):  # fmt: skip
        for e in examples:
            for word in features.words(by_key[e.key].headline):
                e.counts["h:" + word[: features.STEM_LEN]] += 1


def run(name: str, config: Config, material: experiment.Material, dropped: frozenset[str],
        save: Path | None = None) -> None:  # fmt: skip
    """Cross-validate one variant and print its figures."""
    labelled = material.labelled if name != "round1" else material.silver
    rotated = labelled + material.development
    base = material.sections + material.weak
    tests = material.tests["ttc"] + material.tests["kemik"]
    scores, log_primary = np.zeros((len(rotated), 17)), np.zeros((len(rotated), 17))
    test_scores = []
    for held in experiment.folds(rotated):
        keep = set(range(len(rotated))) - set(held)
        model = pseudo.fit(config, base + [rotated[i] for i in sorted(keep)], material.pool, dropped)
        counts = [rotated[i].counts for i in held]
        scores[held], log_primary[held] = learn.decisions(model, counts), learn.primary_log_probs(model, counts)
        test_counts = [e.counts for e in tests]
        test_scores.append((learn.decisions(model, test_counts), learn.primary_log_probs(model, test_counts)))
    n = len(labelled)
    gold = experiment.gold(rotated)
    if save is not None:  # out-of-fold scores, for decision rules tried afterwards (``decisions.py``)
        save.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(save / f"{name}.npz", scores=scores, log_primary=log_primary, n=n,
                            keys=np.array([e.key for e in rotated]),
                            primary=np.array([learn.CODES.index(g.primary) for g in gold]),
                            codes=np.array([[c in g.codes for c in learn.CODES] for g in gold]),
                            round1=np.array([e.key in ROUND_ONE for e in rotated]),
                            test_scores=np.stack([t for t, _ in test_scores]),
                            test_log_primary=np.stack([t for _, t in test_scores]),
                            test_primary=np.array([learn.CODES.index(e.primary) for e in tests]),
                            n_ttc=len(material.tests["ttc"]))  # fmt: skip
    slope, offset = learn.calibrate(scores[:n], gold[:n])
    probs = learn.sigmoid(scores, slope, offset)
    weights = learn.PRIMARY_WEIGHTS if config.primary_c else (0.0,)
    for weight in weights:
        threshold, _ = learn.choose_threshold(probs[:n], gold[:n], log_primary[:n], weight)
        predicted = learn.predict(probs, threshold, log_primary=log_primary, weight=weight)
        development = score(gold[n:], predicted[n:])
        first = [i for i, e in enumerate(material.development) if e.key in ROUND_ONE]
        round1 = score([gold[n + i] for i in first], [predicted[n + i] for i in first])
        calibration = score(gold[:n], predicted[:n])
        accuracy, closed = [], []
        used = frozenset(e.primary for e in tests)  # the six codes the collections file under
        for test, test_log in test_scores:
            test_probs = learn.sigmoid(test, slope, offset)
            for among, out in ((None, accuracy), (used, closed)):
                chosen = learn.primaries(test_probs, test_log, weight, among=among)
                out.append([learn.CODES[k] == e.primary for k, e in zip(chosen, tests, strict=True)])
        ttc = float(np.mean([a[: len(material.tests["ttc"])] for a in accuracy]))
        kemik = float(np.mean([a[len(material.tests["ttc"]) :] for a in accuracy]))
        ttc_closed = float(np.mean([a[: len(material.tests["ttc"])] for a in closed]))
        print(f"{name:28s} w={weight:<4} development top {development['top_accuracy']:.4f} sets macro-F1 "
              f"{development['macro_f1']:.4f} | round 1 {round1['top_accuracy']:.4f} {round1['macro_f1']:.4f} | "
              f"training labels {calibration['top_accuracy']:.4f} {calibration['macro_f1']:.4f} | "
              f"TTC {ttc:.4f} (closed {ttc_closed:.4f}) kemik {kemik:.4f} | threshold {threshold}",
              flush=True)  # fmt: skip


ROUND_ONE: set[str] = set()


def main() -> None:
    """Build the material once, then cross-validate each variant named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+", choices=sorted(VARIANTS))
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--save", type=Path, help="write each variant's out-of-fold scores here")
    parser.add_argument(
        "--training-rounds", type=dataset.rounds_option, default=dataset.LATER_ROUNDS, help="later rounds: 4,5 or none"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if len(args.variants) > 1 and RECOUNTED & set(args.variants):
        parser.error(f"{', '.join(sorted(RECOUNTED))} change every example's features: run each alone")
    docs = corpora.load(args.data, args.seeds)
    development = dataset.read_labels(dataset.LABELS)
    ROUND_ONE.update(key for key, _ in draw(args.data, args.seeds))
    splits = dataset.split(docs, ROUND_ONE | set(development))
    material = experiment.build(docs, splits, dataset.read_labels(dataset.SILVER), development,
                                dataset.read_training(args.training_rounds))  # fmt: skip
    logging.getLogger(__name__).info("pool of %d unlabelled general-section articles", len(material.pool))
    found = names.person_names(d.headline + "\n" + d.body for d in docs)
    for name in args.variants:
        if name in FEATURE_SETTINGS:
            recount(material, docs, FEATURE_SETTINGS[name])
        vocabulary = set().union(*(e.counts for e in material.sections + material.weak + material.labelled))
        dropped = frozenset(names.dropped_features(found, vocabulary))
        if name == "lead1400":
            lead_counts(material, docs)
        if name == "shipped-headline-features":
            headline_counts(material, docs)
        run(name, VARIANTS[name], material, dropped, args.save)


if __name__ == "__main__":
    main()
