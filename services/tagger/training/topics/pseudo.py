"""Self-training: the model labels unlabelled general-section articles, its confident labels join training.

A fit with ``Config.pseudo_threshold`` set trains as usual, lets that model label the pool (general-section kemik42k
articles with no hand or keyword label, outside every held-out group), keeps the articles whose primary-head
probability reaches the threshold (at most ``pseudo_cap`` per primary code, most confident first; with
``pseudo_rules`` only those whose strongest keyword rule names the same code) as ``pseudo`` examples at
``pseudo_weight``, and trains again (``pseudo_rounds`` times). The pool is labelled by a model trained on exactly
the training set it is given, so every protocol stays as clean as without self-training.
"""

from __future__ import annotations

import logging

import learn
import numpy as np
from learn import Config, Example
from newswire_tagger.topics.linear import LinearTopicModel

logger = logging.getLogger(__name__)


def fit(config: Config, train: list[Example], pool: list[Example],
        dropped: frozenset[str] = frozenset()) -> LinearTopicModel:  # fmt: skip
    """``learn.fit``, then (when the config asks for it) self-training rounds over ``pool``."""
    model = learn.fit(config, train, dropped)
    if not config.pseudo_threshold or not pool:
        return model
    for _ in range(config.pseudo_rounds):
        model = learn.fit(config, train + label(model, config, pool), dropped)
    return model


def label(model: LinearTopicModel, config: Config, pool: list[Example]) -> list[Example]:
    """Confident pseudo-labelled examples of ``pool``: primary from the primary head, the codes the one-vs-rest
    heads call positive as secondaries."""
    counts = [e.counts for e in pool]
    raw = learn.decisions(model, counts)
    probs = np.exp(learn.primary_log_probs(model, counts))
    first, confidence = probs.argmax(axis=1), probs.max(axis=1)
    kept: list[Example] = []
    taken = dict.fromkeys(learn.CODES, 0)
    for i in np.argsort(-confidence, kind="stable"):
        code = learn.CODES[first[i]]
        if confidence[i] < config.pseudo_threshold:
            break
        if config.pseudo_cap and taken[code] >= config.pseudo_cap:
            continue  # class balance: a frequent code stops here, rarer ones keep taking
        if config.pseudo_rules and not agrees(pool[i], code):
            continue
        taken[code] += 1
        codes = frozenset({code, *(learn.CODES[k] for k in np.flatnonzero(raw[i] > 0))})
        e = pool[i]
        kept.append(Example(e.counts, code, codes, config.pseudo_weight, "pseudo", e.key, e.group))
    logger.info("pseudo-labelled %d of %d: %s", len(kept), len(pool), {c[:2]: n for c, n in taken.items() if n})
    return kept


def agrees(example: Example, code: str) -> bool:
    """Whether the example's strongest top-level keyword rule names ``code`` (``extra["rules"]``: code → score)."""
    rules = example.extra.get("rules")
    return isinstance(rules, dict) and bool(rules) and max(rules, key=rules.__getitem__) == code
