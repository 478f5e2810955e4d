"""Tag corrections without retraining: an overrides file applied as the tagger's last step, reloaded on change.

Order: aliases, forced types and blocks on the entities (then entities made identical are merged), then topic
rules, which see the corrected entities. Nothing here touches the models.
"""

from __future__ import annotations

from newswire_schemas import Entity, Topic

from newswire_tagger.overrides.entity_rules import apply_alias, apply_block, apply_retype, merge_duplicates
from newswire_tagger.overrides.reloading import NONE, LoadedOverrides, OverridesFile
from newswire_tagger.overrides.spec import Overrides, OverridesError, parse_overrides
from newswire_tagger.overrides.topic_rules import apply_topic_rules

__all__ = [
    "NONE",
    "LoadedOverrides",
    "Overrides",
    "OverridesError",
    "OverridesFile",
    "apply_overrides",
    "parse_overrides",
]


def apply_overrides(
    rules: Overrides, text: str, entities: list[Entity], topics: list[Topic]
) -> tuple[list[Entity], list[Topic]]:
    """Entities and topics after the rules; unchanged (the same lists) when there are none."""
    if rules.empty:
        return entities, topics
    corrected = entities
    for alias in rules.alias:
        corrected = apply_alias(alias, text, corrected)
    for retype in rules.retype:
        corrected = apply_retype(retype, corrected)
    for block in rules.block:
        corrected = apply_block(block, corrected)
    if corrected is not entities:
        corrected = merge_duplicates(corrected)
    return corrected, apply_topic_rules(rules.topic, text, corrected, topics)
