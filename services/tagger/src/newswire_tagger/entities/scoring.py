"""Confidence and relevance of linked entities.

Confidence is the best mention's confidence: mentions of one string share the model's errors, so more of them
are not independent evidence. It is raised a quarter of the way to 1 when the gazetteer confirms the type (a
known place for LOC, a curated organisation for ORG, a title for PER) and lowered when it contradicts it.

Relevance says how central an entity is: log(1 + mentions), a bonus when the first mention is in the headline
(first paragraph of ``Article.text``) or the lead (second), how early the first mention is and how far the
mentions spread; divided by the article's maximum so its most central entity scores 1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from newswire_tagger.entities.merging import Cluster

CONFIRMED_GAIN = 0.25
# A person the knowledge base does not know is emitted only from this confidence up. Below it the tuning sets'
# unknown persons were right one time in three (43 of 135: a title-cased headline's words, a place, a product read
# as a name): each of the seven sets gained 0.2-1.0 point of person F1 at 0.6, the best value over the seven together.
MIN_PERSON_CONFIDENCE = 0.6
CONTRADICTED_FACTOR = 0.85
HEADLINE_BONUS = 1.0
LEAD_BONUS = 0.5
EARLY_WEIGHT = 0.5
SPREAD_WEIGHT = 0.5
# Without paragraph breaks there is no headline to find: the first characters stand in for the lead.
UNBROKEN_LEAD_CHARS = 300


def confidence(cluster: Cluster, *, confirmed: bool, contradicted: bool) -> float:
    """The entity's confidence in [0, 1], see the module docstring."""
    best = max(o.confidence for o in cluster.occurrences)
    if confirmed:
        best += (1.0 - best) * CONFIRMED_GAIN
    elif contradicted:
        best *= CONTRADICTED_FACTOR
    return round(min(1.0, max(0.0, best)), 4)


@dataclass(frozen=True, slots=True)
class Zones:
    """Where the headline and the lead of an article text end."""

    headline_end: int
    lead_end: int

    @classmethod
    def of(cls, text: str) -> Zones:
        """Find the first two paragraph breaks of ``text``."""
        first = text.find("\n\n")
        if first < 0:
            return cls(headline_end=0, lead_end=min(len(text), UNBROKEN_LEAD_CHARS))
        second = text.find("\n\n", first + 2)
        return cls(headline_end=first, lead_end=len(text) if second < 0 else second)

    def bonus(self, offset: int) -> float:
        """Weight of a first mention at ``offset``."""
        if offset < self.headline_end:
            return HEADLINE_BONUS
        return LEAD_BONUS if offset < self.lead_end else 0.0


def relevances(clusters: Sequence[Cluster], text: str) -> list[float]:
    """Relevance of each cluster in [0, 1], the most central one at 1."""
    if not clusters:
        return []
    zones = Zones.of(text)
    size = max(len(text), 1)
    raw = []
    for cluster in clusters:
        first = cluster.occurrences[0].start
        last = cluster.occurrences[-1].start
        raw.append(
            math.log1p(len(cluster.occurrences))
            + zones.bonus(first)
            + EARLY_WEIGHT * (1.0 - first / size)
            + SPREAD_WEIGHT * (last - first) / size
        )
    top = max(raw)
    return [round(r / top, 4) for r in raw]
