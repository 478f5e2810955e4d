"""IPTC Media Topics for an article: a learnt multi-label model over all 17 top-level codes, keyword rules for
second-level children and for part of the reasons."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from newswire_schemas import Topic

from newswire_tagger.topics import features
from newswire_tagger.topics.codes import TOPICS
from newswire_tagger.topics.linear import FloatArray, IndexArray, LinearTopicModel
from newswire_tagger.topics.rules import KeywordRules, RuleHit

logger = logging.getLogger(__name__)

# Found through the package, not next to this module: it may run compiled from another directory (`native`).
DEFAULT_MODEL = Path(str(resources.files("newswire_tagger") / "models" / "topics" / "topic_model.npz"))
MAX_SECONDARY = 3
"""Secondary top-level topics returned at most (the labelling guide allows three)."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    code: str
    score: float
    reasons: list[str]


class TopicClassifier:
    """Ranks top-level IPTC topics for an article, with a few second-level children where rules are confident."""

    def __init__(self, model: LinearTopicModel, rules: KeywordRules) -> None:
        """Combine a trained model and keyword rules (use :meth:`load` for the packaged ones)."""
        self.model = model
        self.rules = rules

    @classmethod
    def load(cls, path: Path | None = None) -> TopicClassifier:
        """Load the model artifact at ``path`` (the packaged one by default) and the packaged keyword rules."""
        model_path = path or DEFAULT_MODEL
        model = LinearTopicModel.load(model_path)
        logger.info("topic model %s loaded: %d features, %d codes", model_path, len(model.features), len(model.classes))
        return cls(model, KeywordRules.load())

    def probabilities(self, headline: str, text: str) -> dict[str, float]:
        """Calibrated probability of every top-level code (what :meth:`classify` ranks and thresholds)."""
        scores, _, _ = self.model.decision(features.extract(headline, text))
        return dict(zip(self.model.classes, (float(p) for p in self.model.probabilities(scores)), strict=True))

    def primary(self, headline: str, text: str, among: frozenset[str] | None = None) -> str:
        """The primary top-level code, as :meth:`classify` returns it first; with ``among``, the one it would
        choose were only those codes possible (see :meth:`LinearTopicModel.primary`)."""
        scores, index, values = self.model.decision(features.extract(headline, text))
        return self.model.classes[self.model.primary(self.model.probabilities(scores), index, values, among)]

    def classify(self, headline: str, text: str) -> list[Topic]:
        """Ranked topics: the primary top-level code always (see :meth:`LinearTopicModel.primary`), then other codes
        whose probability reaches the secondary threshold (at most :data:`MAX_SECONDARY`, most probable first),
        each followed by its confident second-level children."""
        head_tokens, body_tokens = features.tokens(headline), features.tokens(text)
        hits = self.rules.match_tokens(head_tokens, body_tokens)
        scores, index, values = self.model.decision(features.extract_tokens(head_tokens, body_tokens))
        probs = self.model.probabilities(scores)
        primary = self.model.primary(probs, index, values)
        order = [int(k) for k in np.argsort(-probs, kind="stable") if k != primary]
        threshold = self.model.secondary_threshold
        chosen = [primary, *[k for k in order if probs[k] >= threshold][:MAX_SECONDARY]]
        topics: list[Topic] = []
        for k in chosen:
            candidate = self._explain(k, float(probs[k]), index, values, hits)
            topics.append(self._topic(candidate, len(topics) + 1))
            for child in self._children(candidate, hits):
                topics.append(self._topic(child, len(topics) + 1))
        return topics

    def _explain(
        self, klass: int, score: float, index: IndexArray, values: FloatArray, hits: dict[str, RuleHit]
    ) -> _Candidate:
        # Reasons are worked out for returned topics only: the arg-sort is most of the model's cost.
        code = self.model.classes[klass]
        reasons = [features.describe(f) for f in self.model.strongest(index, values, klass)]
        keywords = hits.get(code)
        return _Candidate(code, score, reasons + (keywords.reasons[:2] if keywords else []))

    def _children(self, parent: _Candidate, hits: dict[str, RuleHit]) -> list[_Candidate]:
        # A child can be no more certain than its parent: its score is capped by the parent's.
        children = [
            _Candidate(h.code, min(h.score, parent.score), h.reasons)
            for h in hits.values()
            if self.rules.parent.get(h.code) == parent.code and h.score >= self.rules.threshold
        ]
        return sorted(children, key=lambda c: -c.score)

    @staticmethod
    def _topic(candidate: _Candidate, rank: int) -> Topic:
        code = TOPICS[candidate.code]
        return Topic(
            code=code.code,
            qcode=code.qcode,
            label_en=code.label_en,
            label_tr=code.label_tr,
            level=code.level,
            parent=code.parent,
            score=round(min(max(candidate.score, 0.0), 1.0), 4),
            rank=rank,
            reasons=candidate.reasons,
        )
