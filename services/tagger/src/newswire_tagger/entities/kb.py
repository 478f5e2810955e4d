"""The entity knowledge base: known persons, organisations and places, type hints, and words that name no one.

Built by ``training/kb/build_kb.py`` into ``models/kb/kb.json.gz`` (see ``KB_CARD.md`` there). Every lookup
folds the name first (Turkish lowercase, diacritics and punctuation dropped), so ``THY``, ``Thy`` and
``Türk Hava Yolları`` are found however the copy writes them.
"""

from __future__ import annotations

import gzip
import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, cast

from newswire_schemas import EntityType

from newswire_tagger.entities.names import fold

__all__ = ["DISTRICT", "KB_FILE", "KnowledgeBase", "KnownEntity"]

logger = logging.getLogger(__name__)

KB_FILE = "kb.json.gz"
_HINT_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "FAC", "NOT")
# A Wiki-NER vote count is evidence only when several articles agree and the rival types barely appear.
_MIN_HINT_VOTES = 2
_HINT_DOMINANCE = 4


DISTRICT = "district"
"""The kind of a Turkish province's district (``training/kb/districts.tsv``): a place for typing and linking, no
recall form, a surname as often."""


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """One knowledge-base entry: ``per:binyamin-netanyahu``, ``org:un``, ``loc:gazze-seridi``."""

    id: str
    type: EntityType
    name: str
    kind: str
    description: str


class KnowledgeBase:
    """Read-only lookups over the knowledge-base document; load once per process."""

    def __init__(self, document: dict[str, Any]) -> None:
        """Index a parsed knowledge-base document."""
        self.meta: dict[str, Any] = document.get("meta", {})
        self._entities = [KnownEntity(i, cast(EntityType, t), n, k, d) for i, t, n, k, d in document["entities"]]
        self._names: dict[str, list[int]] = document["names"]
        self._hints: dict[str, list[int]] = document["hints"]
        self._not_names: dict[str, str] = document["not_names"]
        self._demonyms = frozenset(document["demonyms"])
        self._given_names = frozenset(document["given_names"])
        self._typing_given_names = frozenset(document.get("typing_given_names", ()))
        self._recall: dict[str, list[Any]] = document.get("recall", {})
        self._capitals_only = frozenset(document.get("capitals_only", ()))
        self._capitals_with_i: dict[str, list[list[Any]]] = document.get("capitals_with_i", {})
        self._club_words: dict[str, set[int]] | None = None  # built on first use (:meth:`club_of_word`)
        # The one type of each name's entities (None where they disagree), asked for tens of times per article.
        self._types: dict[str, EntityType | None] = {}
        for key, refs in self._names.items():
            types = {self._entities[ref].type for ref in refs}
            self._types[key] = next(iter(types)) if len(types) == 1 else None

    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeBase:
        """Load the shipped knowledge base (or the one at ``path``)."""
        source = path or Path(str(resources.files("newswire_tagger") / "models" / "kb" / KB_FILE))
        with gzip.open(source, "rt", encoding="utf-8") as handle:
            kb = cls(json.load(handle))
        logger.info("knowledge base %s loaded: %s", kb.meta.get("version"), kb.meta.get("counts", {}).get("entities"))
        return kb

    def entities(self, name: str) -> list[KnownEntity]:
        """Every entity answering to ``name`` (an alias may be shared: ``Demokrat Parti``); dotted initials never
        answer to a name joined by ``&`` or ``+`` that folds alike (``T.D.`` is someone, not ``T&D``)."""
        key = fold(name)
        refs = self._names.get(key, [])
        if refs and key in self._capitals_with_i:
            refs = self._written_with_i(name, key, refs)
        found = [self._entities[ref] for ref in refs]
        return [e for e in found if "&" not in e.name and "+" not in e.name] if _dotted(name) else found

    def _written_with_i(self, name: str, key: str, refs: list[int]) -> list[int]:
        """``refs`` less the entities that write ``name``'s capitals with the other capital I, where two known ones
        differ only so: ``MIT`` is the Massachusetts institute, not the ``MİT``."""
        if not name.isupper():
            return refs  # (a name with a case ending folds to another key: "MIT'de" is asked as "MIT")
        letters = "".join(c for c in name if c in "Iİ")
        forms: dict[int, set[str]] = {}
        for ref, form in self._capitals_with_i[key]:
            forms.setdefault(ref, set()).add(form)
        kept = [ref for ref in refs if ref not in forms or letters in forms[ref]]
        return kept or refs

    def entity(self, name: str, entity_type: EntityType) -> KnownEntity | None:
        """The one entity of ``entity_type`` called ``name``, or None when there is none or several."""
        found = [e for e in self.entities(name) if e.type == entity_type]
        return found[0] if len(found) == 1 else None

    def known_type(self, name: str) -> EntityType | None:
        """The type every entity called ``name`` has, if it has entities and they agree."""
        if _dotted(name):
            types = {e.type for e in self.entities(name)}
            return next(iter(types)) if len(types) == 1 else None
        return self._types.get(fold(name))

    def is_acronym_in_lower_case(self, word: str) -> bool:
        """Whether ``word`` is a short acronym's letters not written in capitals (``Un``, ``Bae``): every entity
        answering to it writes it in capitals (``UN``, ``BAE``), so in a person's name it is the name's word
        (``Kim Yong Un``, ``Kyung-tae Bae``). Alone, copy writes some so (``Ntv``, ``Yök``)."""
        return fold(word) in self._capitals_only and not _in_capitals(word)

    def recall_forms(self) -> dict[str, tuple[KnownEntity, bool]]:
        """Lower-cased surface forms the tagger may add when the model missed them: entity and is-acronym."""
        return {form: (self._entities[ref], bool(acronym)) for form, (ref, acronym) in self._recall.items()}

    def recall_entity(self, form: str) -> KnownEntity | None:
        """The entity a lower-cased recall form stands for (``twitter``), or None: a curated name, no ordinary word."""
        entry = self._recall.get(form)
        return self._entities[entry[0]] if entry is not None else None

    def hinted_type(self, name: str) -> str | None:
        """What most Wiki-NER/company votes call ``name`` (PER, ORG, LOC, FAC or NOT), if clearly dominant."""
        votes = self._hints.get(fold(name))
        if votes is None:
            return None
        best = max(range(len(votes)), key=lambda i: votes[i])
        rivals = sum(votes) - votes[best]
        if votes[best] >= _MIN_HINT_VOTES and votes[best] >= _HINT_DOMINANCE * rivals:
            return _HINT_TYPES[best]
        return None

    def hint_votes(self, name: str, entity_type: str) -> int:
        """How many times the hint sources gave ``name`` this type."""
        votes = self._hints.get(fold(name))
        return 0 if votes is None else votes[_HINT_TYPES.index(entity_type)]

    def club_of_word(self, word: str) -> KnownEntity | None:
        """The one club with a name or an alias of two words or more holding ``word`` (``Dortmund`` of ``Borussia
        Dortmund``, ``Zaragoza`` of ``Real Zaragoza``), or None: no club, or several (``Madrid``, ``Manchester``,
        ``Moskova``). Every word counts, a club's town or not (``York`` of New York Knicks): the caller asks only of a
        town in a sports story."""
        if self._club_words is None:
            self._club_words = {}
            for key, refs in self._names.items():
                if " " in key:
                    for ref in refs:
                        if self._entities[ref].kind == "club":
                            for part in key.split():
                                self._club_words.setdefault(part, set()).add(ref)
        clubs = self._club_words.get(fold(word), set())
        return self._entities[next(iter(clubs))] if len(clubs) == 1 else None

    def not_name(self, name: str) -> str | None:
        """The kind (crypto, weapon, product...) when ``name`` is a thing, not a person, body or place."""
        return self._not_names.get(fold(name))

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a nationality or people word (``Türk``, ``Filistinliler``) from the lists."""
        return fold(word) in self._demonyms

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a known given name (``Mehmet``, ``Lisa``)."""
        return fold(word) in self._given_names

    def is_any_given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name of either list (:meth:`is_given_name` or :meth:`is_foreign_given_name`)."""
        return self.is_given_name(word) or self.is_foreign_given_name(word)

    def is_foreign_given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name of the wider (Faker) list only (``Deborah``, ``Tala``).

        A typing signal for a span of two or more capitalised words, never a reason to find a name: unlike
        :meth:`is_given_name`, these names are not screened against Turkish surnames and small places.
        """
        return fold(word) in self._typing_given_names


def _in_capitals(name: str) -> bool:
    """Whether ``name`` is written in capitals up to any apostrophe (``UN``, ``UN'in``; not ``Un``)."""
    return name.split("'", 1)[0].split("’", 1)[0].isupper()


def _dotted(name: str) -> bool:
    """Whether ``name`` is written with dots and no ``&`` or ``+`` (``T.D.``): never a name joined by them."""
    return "." in name and "&" not in name and "+" not in name
