"""Stacked features: the labels an auxiliary CRF (trained on another corpus) gives each token, for the main CRF.

The auxiliary model tags the same feature rows first; its label of the token and of both neighbours, and how sure
it was, become extra features. Training and tagging call the same function, so the two can never drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import pycrfsuite

__all__ = ["AUX_FILE", "add_stacked_features", "aux_predictions"]

AUX_FILE = "aux.crfsuite"
_OUTSIDE = "OUT"


def aux_predictions(tagger: pycrfsuite.Tagger, rows: list[list[str]]) -> tuple[list[str], list[float]]:
    """The auxiliary model's label of every token and that label's marginal probability."""
    tags: list[str] = tagger.tag(rows)
    return tags, [tagger.marginal(tag, i) for i, tag in enumerate(tags)]


def add_stacked_features(rows: list[list[str]], tags: Sequence[str], margins: Sequence[float]) -> None:
    """Append to each row the auxiliary label at offsets -1, 0, +1 and a confidence bucket of its own label."""
    n = len(tags)
    for i, row in enumerate(rows):
        tag = tags[i]
        row.append(f"ax={tag}")
        row.append(f"-1:ax={tags[i - 1] if i > 0 else _OUTSIDE}")
        row.append(f"+1:ax={tags[i + 1] if i + 1 < n else _OUTSIDE}")
        row.append(f"axp={tag}|{_bucket(margins[i])}")


def _bucket(probability: float) -> str:
    """Three confidence levels: enough to tell a sure label from a guess without fragmenting the feature."""
    return "hi" if probability >= 0.9 else "mid" if probability >= 0.6 else "lo"
