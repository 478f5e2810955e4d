"""The issue's plain baseline on this project's splits: a six-class TF-IDF + linear SVM on the folder labels.

Issue 11 quotes 94.3% for "a plain TF-IDF + linear SVM on character n-grams" on a TTC-3600 test split. This script
measures that kind of classifier on the splits ``train.py`` uses (test groups drawn by near-duplicate group, so no
copy of a test article is trained on) and, for comparison, on a random split of the same size (copies may straddle
it). It is a six-class classifier of the section a folder names, not a model of the 17 codes: it reads what the
section figures of the card mean, it is not shipped.

    .venv/bin/python services/tagger/training/topics/baseline.py --data ../shared/data --seeds seeds
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

import corpora
import dataset
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

LABELS = Path(__file__).resolve().parent / "labels" / "labels.json"


def _char() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True, max_features=300_000)


def _word() -> TfidfVectorizer:
    return TfidfVectorizer(sublinear_tf=True)


def accuracy(vectoriser: Callable[[], TfidfVectorizer], train: list[corpora.Doc], test: list[corpora.Doc]) -> float:
    """Fit on ``train``'s folder codes, return the share of ``test`` whose folder code is predicted."""
    vec = vectoriser()
    x = vec.fit_transform([f"{d.headline} {d.body}" for d in train])
    model = LinearSVC(C=1.0).fit(x, [d.code for d in train])
    predicted = model.predict(vec.transform([f"{d.headline} {d.body}" for d in test]))
    return sum(p == d.code for p, d in zip(predicted, test, strict=True)) / len(test)


def main(argv: list[str] | None = None) -> int:
    """Print one line per figure and a JSON line last."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    args = parser.parse_args(argv)
    docs = corpora.load(args.data, args.seeds)
    splits = dataset.split(docs, set(dataset.read_labels(LABELS)))
    ttc = [d for d in docs if d.source == "ttc"]
    topical = [d for d in docs if d.source == "kemik-topical"]
    ttc_train = [d for d in ttc if d.group not in splits.held_out]
    ttc_test = [d for d in ttc if d.group in splits.ttc_test]
    kemik_train = [d for d in topical if d.group not in splits.held_out]
    kemik_test = [d for d in topical if d.group in splits.kemik_test]
    ttc_groups = {d.group for d in ttc}
    cross_test = [d for d in kemik_test if d.group not in ttc_groups]
    shuffled = sorted(ttc, key=lambda d: d.key)
    random.Random(0).shuffle(shuffled)  # noqa: S311 - a reproducible split
    random_test, random_train = shuffled[: len(ttc_test)], shuffled[len(ttc_test) :]
    figures = {
        "ttc_group_split_char": accuracy(_char, ttc_train, ttc_test),
        "ttc_group_split_word": accuracy(_word, ttc_train, ttc_test),
        "ttc_random_split_char": accuracy(_char, random_train, random_test),
        "ttc_group_split_char_with_kemik": accuracy(_char, ttc_train + kemik_train, ttc_test),
        "kemik_test_char": accuracy(_char, kemik_train, kemik_test),
        "cross_collection_char_ttc_only": accuracy(_char, ttc_train, cross_test),
    }
    sizes = {"ttc_train": len(ttc_train), "ttc_test": len(ttc_test), "kemik_train": len(kemik_train),
             "kemik_test": len(kemik_test), "cross_test": len(cross_test)}  # fmt: skip
    for name, value in figures.items():
        print(f"{name}: {value:.4f}")
    print(json.dumps({"figures": figures, "sizes": sizes}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
