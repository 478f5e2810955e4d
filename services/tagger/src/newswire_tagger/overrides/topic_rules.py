"""Topic corrections: pin a topic when words or entities occur (or always), remove one, then rank again."""

from __future__ import annotations

from newswire_schemas import Entity, Topic

from newswire_tagger.entities import turkish_lower
from newswire_tagger.overrides.matching import has_word, refers_to
from newswire_tagger.overrides.spec import TopicRule
from newswire_tagger.topics import TOPICS


def apply_topic_rules(
    rules: tuple[TopicRule, ...], text: str, entities: list[Entity], topics: list[Topic]
) -> list[Topic]:
    """The topics after every rule that holds for this article, ranked as the classifier ranks them."""
    lowered = turkish_lower(text)
    changed = False
    for rule in rules:
        why = _why(rule, lowered, entities)
        if why is None:
            continue
        changed = True
        if rule.remove:
            topics = [t for t in topics if rule.code not in (t.code, t.parent)]
        else:
            topics = _pinned(topics, rule.code, rule.score, f"override: {why}")
    return ranked(topics) if changed else topics


def _why(rule: TopicRule, lowered_text: str, entities: list[Entity]) -> str | None:
    """What made the rule hold for this article (its reason), or None when it does not hold."""
    if not rule.conditional:
        return "always"
    word = next((w for w in rule.words if has_word(lowered_text, w)), None)
    if word is not None:
        return f"word {word!r}"
    named = next((n for n in rule.entities if any(refers_to(e, n) for e in entities)), None)
    return None if named is None else f"entity {named!r}"


def _pinned(topics: list[Topic], code: str, score: float, reason: str) -> list[Topic]:
    """The topic (and its parent, for a child) present with at least ``score``, the reason added."""
    known = TOPICS[code]
    if known.parent is not None:
        topics = _pinned(topics, known.parent, score, reason)
    existing = next((t for t in topics if t.code == code), None)
    if existing is not None:
        update = {"score": max(existing.score, score), "reasons": [*existing.reasons, reason]}
        return [t.model_copy(update=update) if t is existing else t for t in topics]
    topic = Topic(
        code=known.code,
        qcode=known.qcode,
        label_en=known.label_en,
        label_tr=known.label_tr,
        level=known.level,
        parent=known.parent,
        score=score,
        rank=len(topics) + 1,
        reasons=[reason],
    )
    return [*topics, topic]


def ranked(topics: list[Topic]) -> list[Topic]:
    """Parents by score (highest first), each followed by its children by score; ranks 1, 2, ... in that order."""
    codes = {t.code for t in topics}
    heads = sorted((t for t in topics if t.parent is None or t.parent not in codes), key=lambda t: -t.score)
    ordered: list[Topic] = []
    for head in heads:
        ordered.append(head)
        ordered.extend(sorted((t for t in topics if t.parent == head.code), key=lambda t: -t.score))
    return [t.model_copy(update={"rank": rank}) for rank, t in enumerate(ordered, start=1)]
