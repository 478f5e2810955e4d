"""What the agency says about an item besides its text: urgency, status, embargo, entities, keywords, notes.

==================  =============================  ===============================  ===============================
Story               NITF 3.x                       NewsML-G2 newsItem               ninjs 1.x / 2.x / 3.x
==================  =============================  ===============================  ===============================
urgency             ``docdata/urgency/@ed-urg``    ``contentMeta/urgency``          ``urgency``
pubstatus           ``docdata/@management-status`` ``itemMeta/pubStatus/@qcode``    ``pubstatus`` / 3.x ``pubStatus``
                    ``canceled`` / ``withheld``    ``stat:canceled`` / ``withheld``
embargoed,          ``management-status=           ``itemMeta/embargoed`` (empty:   ``embargoed`` / 3.x
embargoed_until     "embargoed"`` + ``date.release  until further notice)            ``embargoedUntil``
                    /@norm``
agency_entities     ``identified-content`` and     ``contentMeta/subject`` typed    1.x ``person``, ``organisation``,
                    inline ``person``, ``org``,    ``cpnat:person``,                ``place``; 2.x/3.x ``people``,
                    ``location`` of the body       ``cpnat:organisation``,          ``organisations``, ``places``
                                                   ``cpnat:geoArea`` / ``poi``      (name; code, uri or literal)
                                                   with a name
keywords            ``key-list/keyword/@key``      ``contentMeta/keyword``          ``keywords``
slugline            ``du-key/@key``                ``contentMeta/slugline``         ``slugline``
editorial_note      ``ed-msg/@info``               ``itemMeta/edNote``              ``ednote`` / 3.x ``edNote``
priority            -                              -                                ``priority`` (Superdesk)
==================  =============================  ===============================  ===============================

An urgency outside 1-9 is dropped; an unknown status is ``usable``; an embargo with an unreadable time is an
embargo until further notice (held, never released early). Agency-text, plain text and Markdown carry none of
this; their urgency comes from a flash prefix (:mod:`urgency`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final
from xml.etree.ElementTree import Element

from newswire_schemas import AgencyEntity, PubStatus
from newswire_schemas.article import EntityType

from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.ninjs_versions import Dialect, objects, string
from newswire_ingest.parsers.safexml import attribute, child, children, descendants, first, local_name, text_of
from newswire_ingest.parsers.story import Story, inline
from newswire_ingest.parsers.urgency import urgency_value

MAX_ENTITIES: Final = 200
MAX_KEYWORDS: Final = 100
_STATUS: Final[dict[str, PubStatus]] = {"canceled": "canceled", "cancelled": "canceled", "withheld": "withheld"}
_G2_TYPES: Final[dict[str, EntityType]] = {
    "person": "PER",
    "organisation": "ORG",
    "organization": "ORG",
    "geoarea": "LOC",
    "poi": "LOC",
}
_NITF_TAGS: Final[dict[str, EntityType]] = {"person": "PER", "org": "ORG", "location": "LOC"}


@dataclass(frozen=True, slots=True)
class WireMeta:
    """The agency's metadata of one item, applied onto its :class:`Story`."""

    urgency: int | None = None
    pubstatus: PubStatus = "usable"
    embargoed: bool = False
    embargoed_until: datetime | None = None
    agency_entities: tuple[AgencyEntity, ...] = ()
    keywords: tuple[str, ...] = ()
    slugline: str | None = None
    editorial_note: str | None = None
    priority: int | None = None

    def apply(self, story: Story) -> Story:
        """The story carrying this metadata."""
        return replace(
            story,
            urgency=self.urgency,
            pubstatus=self.pubstatus,
            embargoed=self.embargoed,
            embargoed_until=self.embargoed_until,
            agency_entities=self.agency_entities,
            keywords=self.keywords,
            slugline=self.slugline,
            editorial_note=self.editorial_note,
            priority=self.priority,
        )


def pubstatus(value: str | None) -> PubStatus:
    """``stat:canceled``, ``canceled``, ``http://cv.iptc.org/newscodes/pubstatusg2/withheld`` ... → the status."""
    code = (value or "").strip().rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
    return _STATUS.get(code, "usable")


def _entities(found: Sequence[tuple[EntityType, str | None, str | None]]) -> tuple[AgencyEntity, ...]:
    """Agency entities from ``(type, name, code)``, nameless ones dropped, each (type, name) once."""
    unique: dict[tuple[str, str], AgencyEntity] = {}
    for kind, raw_name, code in found:
        if (name := inline(raw_name)) and len(unique) < MAX_ENTITIES:
            unique.setdefault((kind, name.casefold()), AgencyEntity(type=kind, name=name, code=inline(code)))
    return tuple(unique.values())


def _words(values: list[str | None]) -> tuple[str, ...]:
    """Distinct non-empty one-line values, in order, bounded."""
    return tuple(dict.fromkeys(v for value in values if (v := inline(value))))[:MAX_KEYWORDS]


def nitf(root: Element) -> WireMeta:
    """The metadata of a ``<nitf>`` document."""
    head = child(root, "head")
    docdata = child(head, "docdata")
    status = (attribute(docdata, "management-status") or "").strip().lower()
    embargoed = status == "embargoed"
    identified = child(docdata, "identified-content")
    tagged = [*(identified if identified is not None else []), *_inline_entities(root)]
    return WireMeta(
        urgency=urgency_value(attribute(child(docdata, "urgency"), "ed-urg")),
        pubstatus=pubstatus(status),
        embargoed=embargoed,
        embargoed_until=parse_datetime(attribute(child(docdata, "date.release"), "norm")) if embargoed else None,
        agency_entities=_nitf_entities(tagged),
        keywords=_words([e.get("key") for e in descendants(child(docdata, "key-list"), "keyword")]),
        slugline=inline(attribute(child(docdata, "du-key"), "key")),
        editorial_note=inline(" ".join(v for e in children(docdata, "ed-msg") if (v := e.get("info")))),
    )


def _inline_entities(root: Element | None) -> list[Element]:
    """``person``, ``org`` and ``location`` elements the agency marked inside the body text."""
    content = first(root, "body.content")
    return [e for e in (content.iter() if content is not None else []) if local_name(e.tag) in _NITF_TAGS]


def _nitf_entities(elements: list[Element]) -> tuple[AgencyEntity, ...]:
    """Entities of NITF ``person`` / ``org`` / ``location`` elements (their parts' text joined by spaces)."""
    return _entities(
        [
            (_NITF_TAGS[local_name(e.tag)], " ".join(e.itertext()), e.get("value") or e.get("location-code"))
            for e in elements
            if local_name(e.tag) in _NITF_TAGS
        ]
    )


def newsml_g2(item: Element) -> WireMeta:
    """The metadata of one ``newsItem``: its ``itemMeta``, ``contentMeta`` and entities marked in an inline NITF."""
    item_meta, content_meta = child(item, "itemMeta"), child(item, "contentMeta")
    embargo = child(item_meta, "embargoed")
    subjects = children(content_meta, "subject")
    marked = _nitf_entities(_inline_entities(first(child(item, "contentSet"), "nitf")))
    return WireMeta(
        urgency=urgency_value(text_of(child(content_meta, "urgency")).strip()),
        pubstatus=pubstatus(attribute(child(item_meta, "pubStatus"), "qcode")),
        embargoed=embargo is not None,
        embargoed_until=parse_datetime(text_of(embargo).strip()) if embargo is not None else None,
        agency_entities=_entities(
            [
                (kind, text_of(child(s, "name")), s.get("qcode") or s.get("uri"))
                for s in subjects
                if (kind := _G2_TYPES.get(_type_code(s.get("type")))) is not None
            ]
            + [(e.type, e.name, e.code) for e in marked]
        ),
        keywords=_words([text_of(e) for e in children(content_meta, "keyword")]),
        slugline=inline(text_of(child(content_meta, "slugline"))),
        editorial_note=inline(" ".join(text_of(e) for e in children(item_meta, "edNote"))),
    )


def _type_code(value: str | None) -> str:
    """``cpnat:person`` or ``http://cv.iptc.org/newscodes/cpnature/person`` → ``person``."""
    return (value or "").strip().rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()


def _ninjs_code(member: dict[str, Any]) -> str | None:
    """2.x/3.x ``uri`` or ``literal``; 1.x ``code``, made a URI when its ``scheme`` is one (as 2.x writes it)."""
    code = string(member, "code")
    scheme = string(member, "scheme") or ""
    if code and scheme.startswith(("http://", "https://")) and "://" not in code:
        return scheme + code
    return code or string(member, "uri") or string(member, "literal")


def ninjs(item: dict[str, Any], dialect: Dialect) -> WireMeta:
    """The metadata of one ninjs object, read by its version's names."""
    camel = dialect.camel_case
    embargo = item.get("embargoedUntil" if camel else "embargoed")
    people, organisations = ("person", "organisation") if dialect.named_texts else ("people", "organisations")
    found: list[tuple[EntityType, str | None, str | None]] = []
    kinds: tuple[tuple[EntityType, str], ...] = (("PER", people), ("ORG", organisations), ("LOC", dialect.places))
    for kind, key in kinds:
        found += [(kind, string(member, "name"), _ninjs_code(member)) for member in objects(item.get(key))]
    keywords = item.get("keywords")
    return WireMeta(
        urgency=urgency_value(item.get("urgency")),
        pubstatus=pubstatus(string(item, "pubStatus" if camel else "pubstatus")),
        embargoed=isinstance(embargo, str) and bool(embargo.strip()),
        embargoed_until=parse_datetime(embargo),
        agency_entities=_entities(found),
        keywords=_words([k for k in keywords if isinstance(k, str)] if isinstance(keywords, list) else []),
        slugline=inline(string(item, "slugline")),
        editorial_note=inline(string(item, "edNote" if camel else "ednote")),
        priority=urgency_value(item.get("priority")),
    )
