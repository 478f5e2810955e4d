"""The property names of each ninjs major version, how a document's version is told, and its texts read.

================  ===================================  ============================  =============================
what              1.0-1.x                              2.x                           3.x
================  ===================================  ============================  =============================
headline          ``headline``, else ``headline_*``    ``headlines[]``, role main    as 2.x
                  (``headline_main`` first)            first
body              ``body_*`` (``body_text``,           ``bodies[]``                  ``bodies[]``
                  ``body_main``, ``body_xhtml`` ...)
lead              ``description_*``                    ``descriptions[]``            ``descriptions[]``
member type       the name's suffix (``_xhtml``)       ``contenttype``               ``contentType``
byline, places    ``byline``, ``place``                ``by``, ``places``            ``by``, ``places``
subjects          ``subject``                          ``subjects``                  ``subjects``
dates             ``firstcreated``, ``versioncreated``, ``contentcreated``           ``firstCreated`` ...
copyright holder  ``copyrightholder``                  ``copyrightholder``           ``copyrightHolder``
status, embargo,  ``pubstatus``, ``embargoed``,        as 1.x                        ``pubStatus``,
note              ``ednote``                                                         ``embargoedUntil``, ``edNote``
entities          ``person``, ``organisation``,        ``people``,                   as 2.x
                  ``place``                            ``organisations``,
                                                       ``places``
associations      object: name → ninjs object          array of objects with         as 2.x
                                                       ``name``
================  ===================================  ============================  =============================

The version is the one a document declares (``$standard.version`` in 1.3+ and 2.x, ``standard.version`` in
3.x); else it is told by the names used: camelCase names of 3.x (``versionCreated``, ``pubStatus``, or
``contentType`` inside its arrays ...), else the text arrays of 2.x (``headlines``, ``bodies``,
``descriptions``) or ``associations`` / ``renditions`` given as arrays, else the text names of 1.x
(``headline``, ``body_*`` ...), else other 2.x names (``by``, ``subjects`` ...), else 1.x. Each version is then
read by its own names only. Among several texts, plain text is taken before markup; markup (a ``*html*``,
``*xml*`` or ``*rich*`` suffix or content type, or a value starting with ``<``) is reduced to its paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newswire_ingest.parsers.markup_text import html_paragraphs
from newswire_ingest.parsers.story import has_words, inline, paragraphs

_V3_NAMES = frozenset(
    {"versionCreated", "firstCreated", "contentCreated", "copyrightHolder", "copyrightNotice", "pubStatus"}
    | {"embargoedUntil", "edNote", "usageTerms", "altIds", "infoSources", "trustIndicators", "representationType"}
)
_V3_MEMBER_NAMES = frozenset({"contentType", "sizeInBytes", "charCount", "wordCount", "contactInfo", "videoCodec"})
_MEMBER_ARRAYS = ("headlines", "bodies", "descriptions", "renditions", "associations", "people", "places")
_V2_TEXTS = frozenset({"headlines", "bodies", "descriptions"})
_V1_TEXT_PREFIXES = ("headline_", "body_", "description_")
_V2_NAMES = frozenset({"headlines", "bodies", "descriptions", "by", "subjects", "places", "people", "organisations"})
_MARKUP_HINTS = ("html", "xml", "rich")
_LOWER_DATES = ("firstcreated", "versioncreated", "contentcreated")
_CAMEL_DATES = ("firstCreated", "versionCreated", "contentCreated")


@dataclass(frozen=True, slots=True)
class Dialect:
    """The property names of one ninjs major version."""

    label: str
    named_texts: bool
    content_type: str
    byline: str
    places: str
    subjects: str
    first_created: str
    version_created: str
    content_created: str
    copyright_holder: str
    camel_case: bool = False
    """3.x: status, embargo and note names are camelCase too (``pubStatus``, ``embargoedUntil``, ``edNote``)."""


def detect(item: dict[str, Any]) -> Dialect:
    """The dialect of a ninjs object: its declared version, else the one its property names belong to."""
    declared = _declared_version(item)
    major = declared.split(".", 1)[0] if declared else None
    if major not in {"1", "2", "3"}:
        major = _major_by_names(item)
    label = f"ninjs {declared}" if declared and declared.startswith(major) else f"ninjs {major}.x"
    if major == "1":
        return Dialect(label, True, "", "byline", "place", "subject", *_LOWER_DATES, "copyrightholder")
    if major == "2":
        return Dialect(label, False, "contenttype", "by", "places", "subjects", *_LOWER_DATES, "copyrightholder")
    return Dialect(label, False, "contentType", "by", "places", "subjects", *_CAMEL_DATES, "copyrightHolder", True)


def headline(item: dict[str, Any], dialect: Dialect) -> str | None:
    """The main headline: 1.x ``headline`` or ``headline_*``; 2.x/3.x the ``headlines`` member of role main."""
    if dialect.named_texts:
        names = ["headline", "headline_main", *sorted(k for k in item if k.startswith("headline_"))]
        return next((text for name in names if (text := inline(string(item, name)))), None)
    members = [m for m in objects(item.get("headlines")) if inline(string(m, "value"))]
    members.sort(key=lambda m: m.get("role") != "main")
    return inline(string(members[0], "value")) if members else None


def body(item: dict[str, Any], dialect: Dialect) -> str:
    """The body text: 1.x ``body_*``, 2.x/3.x ``bodies``; plain text first."""
    return _first_text(_texts(item, dialect, "body_", "bodies"))


def description(item: dict[str, Any], dialect: Dialect) -> str:
    """The summary: 1.x ``description_*``, 2.x/3.x ``descriptions``; plain text first."""
    return _first_text(_texts(item, dialect, "description_", "descriptions"))


def string(mapping: dict[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def objects(value: object) -> list[dict[str, Any]]:
    """The dict members of a JSON array (a lone object counts as a one-member array)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [member for member in value if isinstance(member, dict)]
    return []


def _declared_version(item: dict[str, Any]) -> str | None:
    """The version in ``standard`` (3.x) or ``$standard`` (1.3+, 2.x), if the document states one."""
    for key in ("standard", "$standard"):
        standard = item.get(key)
        if isinstance(standard, dict) and (version := inline(string(standard, "version"))):
            return version[:16]
    return None


def _major_by_names(item: dict[str, Any]) -> str:
    """The major version the names of an undeclared object belong to; text-bearing names weigh most."""
    if _uses_camel_case(item):
        return "3"
    if _V2_TEXTS & item.keys() or any(isinstance(item.get(key), list) for key in ("associations", "renditions")):
        return "2"
    if any(key == "headline" or key.startswith(_V1_TEXT_PREFIXES) for key in item):
        return "1"
    return "2" if _V2_NAMES & item.keys() else "1"


def _uses_camel_case(item: dict[str, Any]) -> bool:
    """Whether the object, or a member of its arrays, uses a camelCase name only 3.x has."""
    members = [member for key in _MEMBER_ARRAYS for member in objects(item.get(key))]
    return any((_V3_NAMES | _V3_MEMBER_NAMES) & member.keys() for member in [item, *members])


def _texts(item: dict[str, Any], dialect: Dialect, prefix: str, array: str) -> list[tuple[str, bool | None]]:
    """Candidate ``(value, is_markup)`` texts, plain ones first; ``None`` means "look at the value"."""
    found: list[tuple[str, bool | None]] = []
    if dialect.named_texts:
        for key in (k for k in item if k.startswith(prefix)):
            if (value := string(item, key)) is not None:
                found.append((value, _markup_hint(key[len(prefix) :])))
    else:
        for member in objects(item.get(array)):
            if (value := string(member, "value")) is not None:
                found.append((value, _markup_hint(string(member, dialect.content_type))))
    found.sort(key=lambda candidate: candidate[1] is True)  # stable: plain and unknown keep their order
    return found


def _markup_hint(kind: str | None) -> bool | None:
    """True for a markup suffix or content type, False for plain text, None when it says neither (``main``)."""
    lowered = (kind or "").lower()
    if any(hint in lowered for hint in _MARKUP_HINTS):
        return True
    if lowered == "text" or "plain" in lowered:
        return False
    return None


def _first_text(candidates: list[tuple[str, bool | None]]) -> str:
    """Paragraph text of the first candidate that has words."""
    for value, markup in candidates:
        is_markup = markup if markup is not None else value.lstrip().startswith("<")
        text = "\n\n".join(html_paragraphs(value) if is_markup else paragraphs(value))
        if has_words(text):
            return text
    return ""
