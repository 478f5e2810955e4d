"""Weighted Turkish keyword rules (`keywords.json`): second-level children, reasons and training weak labels."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newswire_tagger.topics.features import normalise, tokens

# Found through the package, not next to this module: it may run compiled from another directory (`native`).
DEFAULT_RULES = Path(str(resources.files("newswire_tagger.topics") / "keywords.json"))


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: counted per match, compared never
class Pattern:
    """One keyword: its first word, the words after it (phrases), exact-or-prefix flags, topic and weight."""

    first: str
    first_exact: bool
    rest: tuple[tuple[str, bool], ...]
    code: str
    label: str
    weight: float

    def rest_matches(self, toks: list[str], at: int) -> bool:
        """Whether the words after the first match the tokens following position ``at``."""
        if at + len(self.rest) >= len(toks):
            return False
        for offset, (word, exact) in enumerate(self.rest, start=1):
            token = toks[at + offset]
            if token != word if exact else not token.startswith(word):
                return False
        return True


@dataclass(frozen=True, slots=True)
class RuleHit:
    """Evidence for one topic: its 0..1 score and the keywords that fired, strongest first."""

    code: str
    score: float
    reasons: list[str]


def _parse(keyword: str, code: str, weight: float) -> Pattern:
    parts = [(p.lstrip("="), p.startswith("=")) for p in normalise(keyword).split()]
    label = " ".join(word for word, _ in parts)
    return Pattern(parts[0][0], parts[0][1], tuple(parts[1:]), code, label, weight)


class KeywordRules:
    """Matches every topic's keywords in one pass over the tokens, indexed by the first three letters."""

    def __init__(self, config: dict[str, Any]) -> None:
        """Build the index from the parsed ``keywords.json`` document."""
        self.scale = float(config["scale"])
        self.threshold = float(config["threshold"])
        self.max_hits = int(config["max_hits"])
        self.headline_weight = int(config["headline_weight"])
        self.boost_weight = float(config["boost_weight"])
        self.parent: dict[str, str | None] = {}
        # One bucket of patterns per 3-letter start: a token costs one dict lookup, most miss.
        self._index: dict[str, list[Pattern]] = defaultdict(list)
        for code, spec in config["topics"].items():
            self._add(code, None, spec.get("keywords", spec.get("boost", {})))
            for child, keywords in spec.get("children", {}).items():
                self._add(child, code, keywords)

    def _add(self, code: str, parent: str | None, keywords: dict[str, float]) -> None:
        self.parent[code] = parent
        for keyword, weight in keywords.items():
            pattern = _parse(keyword, code, float(weight))
            self._index[pattern.first[:3]].append(pattern)

    @classmethod
    def load(cls, path: Path = DEFAULT_RULES) -> KeywordRules:
        """Read the rules from a JSON file (the packaged ``keywords.json`` by default)."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def _count(self, toks: list[str], times: int, found: Counter[Pattern]) -> None:
        index = self._index
        for at, token in enumerate(toks):
            bucket = index.get(token[:3])
            if bucket is None:
                continue
            for p in bucket:
                if (token == p.first if p.first_exact else token.startswith(p.first)) and (
                    not p.rest or p.rest_matches(toks, at)
                ):
                    found[p] += times

    def match(self, headline: str, text: str) -> dict[str, RuleHit]:
        """Every rule topic with any evidence in the article, scored 0..1 (thresholding is the caller's)."""
        return self.match_tokens(tokens(headline), tokens(text))

    def match_tokens(self, headline: list[str], body: list[str]) -> dict[str, RuleHit]:
        """:meth:`match` on already tokenised headline and body."""
        found: Counter[Pattern] = Counter()
        self._count(body, 1, found)
        self._count(headline, self.headline_weight, found)
        per_topic: dict[str, Counter[str]] = defaultdict(Counter)
        weights: dict[tuple[str, str], float] = {}
        for p, n in found.items():
            per_topic[p.code][p.label] += n
            weights[p.code, p.label] = p.weight
        hits = {}
        for code, counts in per_topic.items():
            parts = {kw: weights[code, kw] * min(n, self.max_hits) for kw, n in counts.items()}
            evidence = sum(parts.values())
            strongest = sorted(parts, key=lambda kw: -parts[kw])[:3]
            reasons = [f"keyword: {kw}" + (f" ×{counts[kw]}" if counts[kw] > 1 else "") for kw in strongest]
            hits[code] = RuleHit(code, 1.0 - math.exp(-evidence / self.scale), reasons)
        return hits
