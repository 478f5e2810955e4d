"""The entities the agency marked in an item, merged after the tagger's own, each saying who found it.

The tagger's entities come first and stay as they are; one the agency also named (same type, same name or one
of its mentions, case aside) is marked ``sources=["tagger", "agency"]`` and takes the agency's code as its id when
it has none. The agency's other entities follow with ``sources=["agency"]``: confidence 1 (the agency asserted
them), relevance 0.5 (nothing to weigh them by), and their mentions found in the text where the name is written
as such (a Turkish suffix after an apostrophe included: ``Ankara'da``).
"""

from __future__ import annotations

import re
from typing import Final

from newswire_schemas import AgencyEntity, Entity, Mention

AGENCY_CONFIDENCE: Final = 1.0
AGENCY_RELEVANCE: Final = 0.5
_MAX_MENTIONS: Final = 100


def _key(name: str) -> str:
    """What two names must share to be one entity: the name before a suffix apostrophe, case and spacing aside."""
    return " ".join(re.split(r"['’]", name, maxsplit=1)[0].split()).casefold()


def _mentions(text: str, name: str) -> list[Mention]:
    """Where ``name`` is written in ``text`` as a whole word, with any suffix after an apostrophe."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?:['’]\w+)?(?!\w)")
    return [Mention(start=m.start(), end=m.end(), text=m.group()) for m in pattern.finditer(text)][:_MAX_MENTIONS]


def merge_agency_entities(text: str, entities: list[Entity], supplied: list[AgencyEntity]) -> list[Entity]:
    """The tagger's ``entities`` with the agency's ``supplied`` ones merged in (see the module docstring)."""
    merged = list(entities)
    known: dict[tuple[str, str], int] = {}
    for position, entity in enumerate(merged):
        for name in (entity.name, *(mention.text for mention in entity.mentions)):
            known.setdefault((entity.type, _key(name)), position)
    for agency in supplied:
        key = (agency.type, _key(agency.name))
        if key not in known:
            known[key] = len(merged)
            merged.append(_agency_only(text, agency))
            continue
        found = merged[known[key]]
        if "agency" not in found.sources:
            update = {"sources": [*found.sources, "agency"], "id": found.id or agency.code}
            merged[known[key]] = found.model_copy(update=update)
    return merged


def _agency_only(text: str, agency: AgencyEntity) -> Entity:
    """An entity only the agency named."""
    return Entity(
        type=agency.type,
        name=agency.name,
        id=agency.code,
        confidence=AGENCY_CONFIDENCE,
        relevance=AGENCY_RELEVANCE,
        mentions=_mentions(text, agency.name),
        sources=["agency"],
    )
