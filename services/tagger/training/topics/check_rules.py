"""Check the keyword rules against the trained model on articles it did not see (never the held-out part).

    uv run --group training python services/tagger/training/topics/check_rules.py \
        --data ../shared/data/topics/ttc3600

Trains a probe model on 80% of the training part and classifies the other 20% with the full classifier: every
article whose rank-1 topic comes from a rule is an error there (the corpus has only the model's six topics), so
this shows how often rules steal the first rank, and which keywords did it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from newswire_tagger.topics import features
from newswire_tagger.topics.classifier import TopicClassifier
from newswire_tagger.topics.corpus import read_labelled_dir
from newswire_tagger.topics.linear import LinearTopicModel
from newswire_tagger.topics.rules import KeywordRules
from sklearn.model_selection import train_test_split
from train import MODEL_DIR, SEED, fit


def main() -> None:
    """Print rank-1 accuracy with and without rules, and the articles the rules took over."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    # The probe is the shipped configuration (classifier, temperature, gate) as train.py chose it.
    chosen = json.loads((MODEL_DIR / "metrics.json").read_text(encoding="utf-8"))
    articles = read_labelled_dir(args.data)
    labels = np.array([a.code for a in articles])
    train_idx, _held_out = train_test_split(np.arange(len(labels)), test_size=0.2, stratify=labels, random_state=SEED)
    fit_idx, probe_idx = train_test_split(train_idx, test_size=0.2, stratify=labels[train_idx], random_state=SEED + 1)
    docs = [features.extract("", articles[i].text) for i in fit_idx]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "probe.npz"
        fit(chosen["chosen"], docs, labels[fit_idx], chosen["temperature"], chosen["gate_margin"]).save(path)
        classifier = TopicClassifier(LinearTopicModel.load(path), KeywordRules.load())
    plain = with_rules = 0
    taken: Counter[str] = Counter()
    for i in probe_idx:
        article = articles[i]
        topics = classifier.classify("", article.text)
        scores, _, _ = classifier.model.decision(features.extract("", article.text))
        plain += classifier.model.classes[int(scores.argmax())] == article.code
        with_rules += topics[0].code == article.code
        if topics[0].code not in classifier.model.classes:
            taken[topics[0].code] += 1
            print(f"  {article.path.name}: {article.code} -> {topics[0].code} {topics[0].score} {topics[0].reasons}")
    n = len(probe_idx)
    print(
        f"probe n={n}: model alone {plain / n:.4f}, with rules {with_rules / n:.4f}; "
        f"rank 1 taken by rules: {dict(taken)}"
    )
    extra = Counter(t.code for i in probe_idx for t in classifier.classify("", articles[i].text)[1:] if t.level == 1)
    print(f"secondary top-level topics returned: {dict(extra.most_common())}")


if __name__ == "__main__":
    main()
