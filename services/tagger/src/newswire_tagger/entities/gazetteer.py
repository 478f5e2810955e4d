"""The shipped gazetteer: countries, cities and curated organisations, looked up by folded name."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newswire_schemas import EntityType

from newswire_tagger.entities.names import fold, turkish_lower

logger = logging.getLogger(__name__)

GAZETTEER_FILE = "gazetteer.json"


@dataclass(frozen=True, slots=True)
class Place:
    """A country (``iso3166:AZ``, point = its capital) or a city (``geonames:587084``)."""

    id: str
    name: str
    lat: float
    lon: float
    country_code: str

    @property
    def is_country(self) -> bool:
        """Whether this place is a country rather than a city."""
        return self.id.startswith("iso3166:")


@dataclass(frozen=True, slots=True)
class Organisation:
    """A curated well-known organisation (``org:nato``)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class RecallEntry:
    """A surface form find_missing may add as a span, with what it stands for."""

    type: EntityType
    place: Place | None
    organisation: Organisation | None
    acronym: bool


class Gazetteer:
    """Read-only name lookups over the compact data built by ``training/gazetteer/build_gazetteer.py``."""

    def __init__(self, document: dict[str, Any]) -> None:
        """Index a parsed gazetteer document."""
        self._places: list[list[Any]] = document["places"]
        self._place_names: dict[str, int] = document["place_names"]
        self._orgs: list[list[str]] = document["orgs"]
        self._org_names: dict[str, int] = document["org_names"]
        self.recall: dict[str, RecallEntry] = {
            surface: self._recall_entry(kind, ref, acronym)
            for surface, (kind, ref, acronym) in document["recall"].items()
        }
        self.meta: dict[str, Any] = document.get("meta", {})

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Load the shipped gazetteer (or the one at ``path``)."""
        if path is None:
            source = resources.files("newswire_tagger") / "models" / "gazetteer" / GAZETTEER_FILE
            raw = source.read_text(encoding="utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        gazetteer = cls(json.loads(raw))
        logger.info(
            "gazetteer loaded: %d places, %d place names, %d organisations, %d recall forms",
            len(gazetteer._places),
            len(gazetteer._place_names),
            len(gazetteer._orgs),
            len(gazetteer.recall),
        )
        return gazetteer

    def place(self, name: str) -> Place | None:
        """The place ``name`` most likely means: a country first, else the most populous city of that name."""
        ref = self._place_names.get(fold(name))
        return None if ref is None else self._place_at(ref)

    def organisation(self, name: str) -> Organisation | None:
        """The curated organisation called ``name`` (any alias, ``BM`` or ``Birleşmiş Milletler``)."""
        ref = self._org_names.get(fold(name))
        return None if ref is None else self._org_at(ref)

    def is_affiliation(self, name: str) -> bool:
        """Whether ``name`` is a country, a major city or a curated organisation (who a person serves).

        Minor cities are left out: their thousands of alternate names include words like ``Adalet``.
        """
        if fold(name) in self._org_names or turkish_lower(name) in self.recall:
            return True
        place = self.place(name)
        return place is not None and place.is_country

    def _place_at(self, ref: int) -> Place:
        pid, name, lat, lon, cc = self._places[ref]
        return Place(pid, name, lat, lon, cc)

    def _org_at(self, ref: int) -> Organisation:
        oid, name = self._orgs[ref]
        return Organisation(oid, name)

    def _recall_entry(self, kind: str, ref: int, acronym: bool) -> RecallEntry:
        if kind == "ORG":
            return RecallEntry("ORG", None, self._org_at(ref), acronym)
        return RecallEntry("LOC", self._place_at(ref), None, acronym)
