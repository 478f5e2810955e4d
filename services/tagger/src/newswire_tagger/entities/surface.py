"""Surface forms of an entity: how the article wrote it, Turkish suffix stripped (``ABD'nin`` → ``ABD``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newswire_schemas import Entity

from newswire_tagger.entities.names import canonical_name

__all__ = ["mentions_map", "surface_forms"]


def surface_forms(entity_type: str, texts: Iterable[str]) -> list[str]:
    """Distinct suffix-stripped forms of the mention ``texts``, in first-seen order."""
    return list(dict.fromkeys(name for text in texts if (name := canonical_name(text, entity_type))))


def mentions_map(entities: Sequence[Entity]) -> dict[str, dict[str, list[str]]]:
    """Per type, each entity's canonical name → the surface forms seen (``{"LOC": {"ABD": ["ABD", "Amerika"]}}``)."""
    result: dict[str, dict[str, list[str]]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for entity in entities:
        forms = result[entity.type].setdefault(entity.name, [])
        for form in surface_forms(entity.type, [m.text for m in entity.mentions]):
            if form not in forms:
                forms.append(form)
    return result
