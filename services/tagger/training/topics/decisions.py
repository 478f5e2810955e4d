"""Decision rules over saved out-of-fold scores (``variants.py --save DIR``): how the primary is chosen.

    .venv/bin/python services/tagger/training/topics/decisions.py var/oof/shipped.npz
    .venv/bin/python services/tagger/training/topics/decisions.py --mean var/oof/shipped.npz var/oof/shipped-char4.npz

Everything a rule fits (calibration, the primary head's weight, per-code biases, the threshold) is fitted on the
out-of-fold scores of the training labels (silver and round 3) only; the development set's out-of-fold rows are
what is reported, with the TTC-3600 and kemik42k test splits scored by each fold's model (mean of the folds).

Rules: ``weight`` (the shipped one: ``log P(applies) + w log P(primary)``); ``prior`` (the same plus a per-code
bias on the primary decision, fitted by coordinate ascent on the training labels: a class-prior correction between
the training mixture and general news); ``broad`` (hierarchical: one bias shared by the six TTC-3600 codes against
the other eleven, i.e. first "is this a section story", then the code); ``thresholds`` (the shipped primary, one
secondary threshold per code instead of one for all).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import learn
import numpy as np
from newswire_tagger.evaluation.topics import Labels, score

BROAD = tuple(learn.CODES.index(c) for c in ("01000000", "04000000", "07000000", "11000000", "13000000", "15000000"))
STEPS = np.round(np.arange(-1.0, 1.01, 0.1), 2)
ROUNDS = 3


def decide(probs: np.ndarray, log_primary: np.ndarray, weight: float, bias: np.ndarray) -> np.ndarray:
    """Primary index per row: calibrated log-probability, the primary head's weighted log-probability, a bias."""
    return np.asarray((np.log(np.maximum(probs, 1e-6)) + weight * log_primary + bias).argmax(axis=1))


def fit_bias(probs: np.ndarray, log_primary: np.ndarray, weight: float, target: np.ndarray,
             groups: list[tuple[int, ...]]) -> np.ndarray:  # fmt: skip
    """Per-group biases maximising primary accuracy on the training labels (coordinate ascent; ties: smaller)."""
    bias = np.zeros(probs.shape[1])
    for _ in range(ROUNDS):
        for group in groups:
            best = (-1.0, 0.0, 0.0)
            for step in STEPS:
                trial = bias.copy()
                trial[list(group)] = step
                accuracy = float((decide(probs, log_primary, weight, trial) == target).mean())
                best = max(best, (accuracy, -abs(step), step))
            bias[list(group)] = best[2]
    return bias


def labels(primary: np.ndarray, codes: np.ndarray) -> list[Labels]:
    """Gold labels from the saved arrays."""
    return [Labels(learn.CODES[p], frozenset(learn.CODES[k] for k in np.flatnonzero(row)))
            for p, row in zip(primary, codes, strict=True)]  # fmt: skip


def predict(probs: np.ndarray, chosen: np.ndarray, threshold: float | np.ndarray) -> list[Labels]:
    """Primary ``chosen``, then secondaries over ``threshold`` (one, or one per code; at most three), as the
    classifier returns them."""
    thresholds = np.broadcast_to(threshold, (probs.shape[1],))
    out = []
    for row, first in zip(probs, chosen, strict=True):
        order = [int(k) for k in np.argsort(-row, kind="stable") if k != first]
        picked = [int(first), *[k for k in order if row[k] >= thresholds[k]][:3]]
        out.append(Labels(learn.CODES[picked[0]], frozenset(learn.CODES[k] for k in picked)))
    return out


def threshold_for(probs: np.ndarray, chosen: np.ndarray, gold: list[Labels]) -> float:
    """The secondary threshold maximising sets macro-F1 on the training labels (ties: the higher)."""
    grid = np.round(np.arange(0.15, 0.91, 0.05), 2)
    return float(max(grid, key=lambda t: (round(score(gold, predict(probs, chosen, float(t)))["macro_f1"], 4), t)))


def per_code_thresholds(probs: np.ndarray, chosen: np.ndarray, gold: list[Labels], start: float) -> np.ndarray:
    """One secondary threshold per code, from ``start``, by coordinate ascent on the training labels' sets macro-F1."""
    thresholds = np.full(probs.shape[1], start)
    for k in range(probs.shape[1]):
        best = (-1.0, 0.0, start)
        for t in np.round(np.arange(0.15, 0.91, 0.05), 2):
            thresholds[k] = t
            result = round(score(gold, predict(probs, chosen, thresholds))["macro_f1"], 4)
            best = max(best, (result, -abs(t - start), float(t)))
        thresholds[k] = best[2]
    return thresholds


def load(paths: list[Path]) -> dict[str, np.ndarray]:
    """A saved run; several are one ensemble: the mean of their raw scores and primary log-probabilities."""
    runs = [dict(np.load(path)) for path in paths]
    if any((r["keys"] != runs[0]["keys"]).any() for r in runs):
        raise ValueError("runs of different articles or folds cannot be averaged")
    averaged = ("scores", "log_primary", "test_scores", "test_log_primary")
    return {**runs[0], **{k: np.mean([r[k] for r in runs], axis=0) for k in averaged}}


def evaluate(name: str, run: dict[str, np.ndarray], rule: str) -> None:
    """Fit ``rule`` on the training labels' rows of a saved run and print the development and test figures."""
    n, scores, log_primary = int(run["n"]), run["scores"], run["log_primary"]
    gold = labels(run["primary"], run["codes"])
    slope, offset = learn.calibrate(scores[:n], gold[:n])
    probs = learn.sigmoid(scores, slope, offset)
    has_head = bool(np.abs(log_primary).sum())
    weight = learn.choose_primary_weight(probs[:n], log_primary[:n], gold[:n]) if has_head else 0.0
    groups = {"weight": [], "thresholds": [], "prior": [(k,) for k in range(17)], "broad": [BROAD]}[rule]
    bias = fit_bias(probs[:n], log_primary[:n], weight, run["primary"][:n], groups) if groups else np.zeros(17)
    chosen = decide(probs, log_primary, weight, bias)
    threshold: float | np.ndarray = threshold_for(probs[:n], chosen[:n], gold[:n])
    if rule == "thresholds":
        threshold = per_code_thresholds(probs[:n], chosen[:n], gold[:n], float(threshold))
    predicted = predict(probs, chosen, threshold)
    development = score(gold[n:], predicted[n:])
    first = np.flatnonzero(run["round1"][n:]) + n
    round1 = score([gold[i] for i in first], [predicted[i] for i in first])
    training = score(gold[:n], predicted[:n])
    tests = [decide(learn.sigmoid(t, slope, offset), tl, weight, bias) == run["test_primary"]
             for t, tl in zip(run["test_scores"], run["test_log_primary"], strict=True)]  # fmt: skip
    n_ttc = int(run["n_ttc"])
    ttc, kemik = np.mean([t[:n_ttc] for t in tests]), np.mean([t[n_ttc:] for t in tests])
    print(f"{name:24s} {rule:7s} w={weight:<4} development top {development['top_accuracy']:.4f} sets macro-F1 "
          f"{development['macro_f1']:.4f} | round 1 {round1['top_accuracy']:.4f} | training labels "
          f"{training['top_accuracy']:.4f} {training['macro_f1']:.4f} | TTC {ttc:.4f} kemik {kemik:.4f} | "
          f"threshold {np.round(threshold, 2)} bias {' '.join(f'{b:+.1f}' for b in bias)}", flush=True)  # fmt: skip


def main() -> None:
    """Score each saved run under each rule."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--rules", nargs="+", default=["weight", "prior", "broad"])
    parser.add_argument("--mean", action="store_true", help="the runs are one ensemble (word + letter models)")
    args = parser.parse_args()
    runs = [("+".join(p.stem for p in args.runs), args.runs)] if args.mean else [(p.stem, [p]) for p in args.runs]
    for name, paths in runs:
        run = load(paths)
        for rule in args.rules:
            evaluate(name, run, rule)


if __name__ == "__main__":
    main()
