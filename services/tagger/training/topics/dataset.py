"""Training examples from the corpora: section labels, silver and development labels, keyword weak labels; and
the by-article splits (near-duplicate groups never straddle a split)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import corpora
from learn import Example
from newswire_tagger.evaluation.topics import Labels
from newswire_tagger.topics import features
from newswire_tagger.topics.codes import TOP_LEVEL
from newswire_tagger.topics.rules import KeywordRules

HERE = Path(__file__).resolve().parent
SILVER = HERE / "silver" / "silver.json"
LABELS = HERE / "labels" / "labels.json"
TRAINING = HERE / "labels" / "training.json"  # round 3: training only, never scored on
# Later training rounds, ``training-N.json``: 4, the rest of the general sections and nakbatr-aa; 5, the silver
# articles labelled again with the amended guide (their label replaces the silver one); 6, the topical sections'
# training articles (their label replaces the section's). Round 7 (TTC-3600's training articles, the same way)
# was measured and not shipped (topic model card): ``--training-rounds 4,5,6,7`` uses it.
LATER_ROUNDS = (4, 5, 6)
SPLIT_SEED = 20241
TEST_SHARE = 0.2
# Keyword weak labels: a code whose rule score reaches this is a label of the article (precision over recall).
WEAK_MIN_SCORE = 0.9


def read_labels(path: Path) -> dict[str, Labels]:
    """``{key: Labels}`` from a labels file (``{"key": {"primary": CODE, "secondary": [...]}}``)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for key, entry in document.items():
        codes = [entry["primary"], *entry.get("secondary", [])]
        if any(c not in TOP_LEVEL for c in codes):
            raise ValueError(f"{path}: {key} has codes outside the 17 top-level ones: {codes}")
        out[key] = Labels(entry["primary"], frozenset(codes))
    return out


def read_training(rounds: tuple[int, ...] = LATER_ROUNDS) -> dict[str, Labels]:
    """The training-only hand labels: round 3, and the later ``rounds`` whose files exist."""
    labels = read_labels(TRAINING)
    for number in rounds:
        path = HERE / "labels" / f"training-{number}.json"
        if path.is_file():
            labels |= read_labels(path)
    return labels


def rounds_option(value: str) -> tuple[int, ...]:
    """``--training-rounds`` of train.py and variants.py: later rounds to use, ``4,5`` or ``none``."""
    return () if value == "none" else tuple(int(n) for n in value.split(","))


def counts(doc: corpora.Doc) -> features.Counter[str]:
    """Feature counts of a document as the worker computes them (headline weighted)."""
    return features.extract(doc.headline, doc.body)


def example(doc: corpora.Doc, labels: Labels, kind: str, weight: float = 1.0) -> Example:
    """A training example of ``doc`` with ``labels`` (a section article's codes its section may also hold are
    marked unknown)."""
    unknown = corpora.SECTION_MAY_ALSO.get(labels.primary, frozenset()) if kind in ("ttc", "kemik-topical") else None
    return Example(
        counts(doc), labels.primary, labels.codes, weight, kind, doc.key, doc.group, unknown=unknown or frozenset()
    )


def weak_labels(doc: corpora.Doc, rules: KeywordRules) -> Labels | None:
    """Top-level codes whose keyword evidence is overwhelming, the strongest as primary; None without any."""
    hits = rules.match(doc.headline, doc.body)
    strong = sorted(
        ((h.score, c) for c, h in hits.items() if rules.parent.get(c, "") is None and h.score >= WEAK_MIN_SCORE),
        reverse=True,
    )
    if not strong:
        return None
    return Labels(strong[0][1], frozenset(c for _, c in strong))


def unlabelled(doc: corpora.Doc, rules: KeywordRules) -> Example:
    """A pool article for self-training: no label, its top-level keyword-rule scores in ``extra["rules"]``."""
    hits = rules.match(doc.headline, doc.body)
    scores = {c: h.score for c, h in hits.items() if rules.parent.get(c, "") is None}
    return Example(counts(doc), "", frozenset(), 1.0, "pool", doc.key, doc.group, extra={"rules": scores})


@dataclass(frozen=True)
class Splits:
    """Group ids held out: the development set's, and the test splits of TTC-3600 and kemik42k topical sections."""

    development: frozenset[int]
    ttc_test: frozenset[int]
    kemik_test: frozenset[int]

    @property
    def held_out(self) -> frozenset[int]:
        """Every group no evaluation-mode model may train on."""
        return self.development | self.ttc_test | self.kemik_test


def split(docs: list[corpora.Doc], development_keys: set[str]) -> Splits:
    """Draw the test groups: a fifth of the TTC-3600 groups, then a fifth of the remaining topical-section groups."""
    rng = random.Random(SPLIT_SEED)  # noqa: S311 - a reproducible split
    development = frozenset(d.group for d in docs if d.key in development_keys)
    ttc_groups = sorted({d.group for d in docs if d.source == "ttc"} - development)
    ttc_test = frozenset(rng.sample(ttc_groups, round(TEST_SHARE * len(ttc_groups))))
    kemik_groups = sorted({d.group for d in docs if d.source == "kemik-topical"} - development - ttc_test)
    kemik_test = frozenset(rng.sample(kemik_groups, round(TEST_SHARE * len(kemik_groups))))
    return Splits(development, ttc_test, kemik_test)
