"""Experiment: pairwise tie-breakers for the most confused primary codes (not shipped unless it pays).

Same joint cross-validation as ``variants.py shipped``; in each fold, besides the shipped model, one binary
logistic regression per confused pair (a, b) is trained on the fold's hand-labelled articles whose primary is a or
b, over the shipped model's features. When an article's two best primary candidates are such a pair, the primary
becomes the pair model's choice when its log-odds, scaled by ``alpha``, outweigh the margin. ``alpha`` (and the
primary weight, threshold) are chosen on the training labels' out-of-fold rows; the development rows are reported.

    .venv/bin/python services/tagger/training/topics/pairs_experiment.py --data ../shared/data --seeds seeds
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import corpora
import dataset
import experiment
import learn
import names
import numpy as np
import pseudo
from sample_labelset import draw
from sklearn.linear_model import LogisticRegression
from train import CONFIG

PAIRS = [("11", "16"), ("02", "11"), ("02", "16"), ("11", "14"), ("01", "08"), ("04", "11"), ("04", "09"),
         ("07", "08"), ("05", "11"), ("11", "12"), ("02", "14"), ("03", "16"), ("03", "08"), ("08", "14")]  # fmt: skip
ALPHAS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 1000.0)


def code(short: str) -> int:
    """Index of a two-digit top-level code in ``learn.CODES``."""
    return learn.CODES.index(f"{short}000000")


def load(data: Path, seeds: Path) -> tuple[experiment.Material, frozenset[str]]:
    """The material and the dropped name features, as ``variants.py`` builds them."""
    docs = corpora.load(data, seeds)
    development = dataset.read_labels(dataset.LABELS)
    round_one = {key for key, _ in draw(data, seeds)}
    splits = dataset.split(docs, round_one | set(development))
    material = experiment.build(docs, splits, dataset.read_labels(dataset.SILVER), development,
                                dataset.read_training(dataset.LATER_ROUNDS))  # fmt: skip
    found = names.person_names(d.headline + "\n" + d.body for d in docs)
    vocabulary = set().union(*(e.counts for e in material.sections + material.weak + material.labelled))
    return material, frozenset(names.dropped_features(found, vocabulary))


def out_of_fold(material: experiment.Material, dropped: frozenset[str], c: float) -> tuple[np.ndarray, ...]:
    """Out-of-fold raw scores, primary log-probabilities and pair log-odds of the training and development rows."""
    rotated = material.labelled + material.development
    base = material.sections + material.weak
    hand = [e for e in base if e.kind in experiment.HAND_KINDS.values()]
    pairs = [(code(a), code(b)) for a, b in PAIRS]
    scores, log_primary = np.zeros((len(rotated), 17)), np.zeros((len(rotated), 17))
    pair_logit = np.zeros((len(rotated), len(PAIRS)))
    for held in experiment.folds(rotated):
        keep = sorted(set(range(len(rotated))) - set(held))
        model = pseudo.fit(CONFIG, base + [rotated[i] for i in keep], material.pool, dropped)
        counts = [rotated[i].counts for i in held]
        scores[held], log_primary[held] = learn.decisions(model, counts), learn.primary_log_probs(model, counts)
        x_held = learn.matrix(counts, model.vocabulary, model.idf)
        pool = hand + [rotated[i] for i in keep]
        for j, (a, b) in enumerate(pairs):
            chosen = [e for e in pool if e.primary in (learn.CODES[a], learn.CODES[b])]
            x = learn.matrix([e.counts for e in chosen], model.vocabulary, model.idf)
            y = np.array([int(e.primary == learn.CODES[b]) for e in chosen])
            lr = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x, y)
            pair_logit[held, j] = lr.decision_function(x_held)  # > 0: b leads
        logging.info("fold done")
    return scores, log_primary, pair_logit


def decide(objective: np.ndarray, pair_logit: np.ndarray, alpha: float) -> np.ndarray:
    """Primary per row: the best candidate, or the pair model's choice between the two best when they are a pair."""
    index = {(code(a), code(b)): j for j, (a, b) in enumerate(PAIRS)}
    order = np.argsort(-objective, axis=1)
    chosen = order[:, 0].copy()
    if alpha == 0:
        return chosen
    for i in range(len(objective)):
        a, b = sorted((int(order[i, 0]), int(order[i, 1])))
        j = index.get((a, b))
        if j is not None:
            chosen[i] = b if objective[i, a] - objective[i, b] - alpha * pair_logit[i, j] < 0 else a
    return chosen


def main() -> None:
    """Print training-label and development top-topic accuracy for every primary weight and pair weight."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--c", type=float, default=1.0, help="the pair models' inverse regularisation")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    material, dropped = load(args.data, args.seeds)
    scores, log_primary, pair_logit = out_of_fold(material, dropped, args.c)
    n = len(material.labelled)
    gold = experiment.gold(material.labelled + material.development)
    slope, offset = learn.calibrate(scores[:n], gold[:n])
    probs = learn.sigmoid(scores, slope, offset)
    target = np.array([learn.CODES.index(g.primary) for g in gold])
    for weight in learn.PRIMARY_WEIGHTS:
        objective = np.log(np.maximum(probs, 1e-6)) + weight * log_primary
        results = {}
        for alpha in ALPHAS:
            chosen = decide(objective, pair_logit, alpha)
            results[alpha] = (float((chosen[:n] == target[:n]).mean()), float((chosen[n:] == target[n:]).mean()))
            print(f"w={weight} alpha={alpha}: training labels top {results[alpha][0]:.4f} "
                  f"development top {results[alpha][1]:.4f}", flush=True)  # fmt: skip
        best = max(ALPHAS, key=lambda a: (results[a][0], -a))
        print(f"w={weight}: alpha chosen on training labels {best} -> development {results[best][1]:.4f}")


if __name__ == "__main__":
    main()
