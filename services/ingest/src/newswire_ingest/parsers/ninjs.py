"""IPTC ninjs (news in JSON), 1.x and 2.x field names.

======================  =====================================================  ===========================
Article                 ninjs 1.x                                              ninjs 2.x
======================  =====================================================  ===========================
guid                    ``guid`` (Superdesk and others) or ``uri``             same
version                 ``version`` (string or number)                         same
headline                ``headline``                                           ``headlines[role=main]``
lead                    ``description_text`` / ``description_html``            ``descriptions[].value``
body                    ``body_text``, else ``body_html`` stripped to text     ``bodies[]`` (text first)
byline                  ``byline``                                             ``by``
dateline                ``located``, else ``place[0].name``                    ``located``, ``places[0].name``
language                ``language``                                           same
subjects                ``subject[{code, name, scheme}]``                      ``subjects[{uri|literal, name}]``
published_at            ``firstcreated``, else ``versioncreated``              same (also ``contentcreated``)
source                  ``copyrightholder``, else ``provider``                 same
======================  =====================================================  ===========================

Values of the wrong JSON type are ignored like absent ones; a missing headline, or no body or description at
all, is a :class:`MalformedInputError`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from newswire_schemas import Subject

from newswire_ingest.errors import MalformedInputError, UnsupportedFormatError
from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.markup_text import html_paragraphs
from newswire_ingest.parsers.story import Story, inline, language_tag, paragraphs, positive_version

_NINJS_KEYS = frozenset({"uri", "guid", "headline", "headlines", "body_text", "body_html", "bodies", "type"})
_QCODE = re.compile(r"([A-Za-z][\w-]*):(?!//)\S+")
_MAX_SUBJECTS = 200


def load(text: str) -> dict[str, Any]:
    """The top-level JSON object, or a rejection saying why the text is not one."""
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise MalformedInputError("JSON: nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, and integers longer than Python's digit limit
        raise MalformedInputError(f"JSON: not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise UnsupportedFormatError(f"JSON: top level is a {type(value).__name__}, expected one ninjs object")
    if not _NINJS_KEYS & value.keys():
        raise UnsupportedFormatError("JSON object is not ninjs: none of uri, guid, headline(s), body_* or type found")
    return value


def parse(item: dict[str, Any]) -> Story:
    """Map a ninjs object to a story (see the module docstring)."""
    headline = inline(_string(item, "headline")) or _pick_value(item.get("headlines"), prefer_role="main")
    if not headline:
        raise MalformedInputError("ninjs: no headline (neither 'headline' nor 'headlines[].value' has text)")
    body = _body(item)
    lead = _description(item)
    if not body and not lead:
        raise MalformedInputError("ninjs: no body text (body_text, body_html, bodies[] and descriptions are empty)")
    return Story(
        headline=headline,
        body=body,
        lead=lead,
        guid=inline(_string(item, "guid")) or inline(_string(item, "uri")),
        version=positive_version(item.get("version")),
        dateline=inline(_string(item, "located")) or _first_name(item.get("places") or item.get("place")),
        published_at=_published(item),
        source=inline(_string(item, "copyrightholder")) or _provider(item.get("provider")),
        byline=inline(_string(item, "byline")) or inline(_string(item, "by")),
        language=language_tag(_string(item, "language")),
        subjects=_subjects(item.get("subject") or item.get("subjects")),
    )


def _string(mapping: dict[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _objects(value: object) -> list[dict[str, Any]]:
    """The dict members of a JSON array (a lone object counts as a one-member array)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [member for member in value if isinstance(member, dict)]
    return []


def _pick_value(value: object, *, prefer_role: str) -> str | None:
    """The ``value`` of the member with ``role == prefer_role``, else of the first member that has one."""
    members = [m for m in _objects(value) if inline(_string(m, "value"))]
    members.sort(key=lambda m: m.get("role") != prefer_role)
    return inline(_string(members[0], "value")) if members else None


def _as_text(value: str, content_type: str | None) -> str:
    """Paragraph text from a plain or HTML value."""
    is_html = "html" in content_type if content_type else value.lstrip().startswith("<")
    return "\n\n".join(html_paragraphs(value) if is_html else paragraphs(value))


def _body(item: dict[str, Any]) -> str:
    """Body text: 1.x ``body_text``/``body_html``, else 2.x ``bodies`` (plain text preferred)."""
    bodies = sorted(_objects(item.get("bodies")), key=lambda b: "html" in (_string(b, "contenttype") or ""))
    return _first_text(item, "body_text", "body_html", bodies)


def _description(item: dict[str, Any]) -> str | None:
    """The summary: 1.x ``description_text``/``description_html``, else 2.x ``descriptions``."""
    return _first_text(item, "description_text", "description_html", _objects(item.get("descriptions"))) or None


def _first_text(item: dict[str, Any], text_key: str, html_key: str, members: list[dict[str, Any]]) -> str:
    """The first non-empty text among the 1.x plain and HTML fields and the 2.x ``{contenttype, value}`` list."""
    candidates: list[tuple[str | None, str | None]] = [
        (_string(item, text_key), "text/plain"),
        (_string(item, html_key), "text/html"),
    ]
    candidates += [(_string(m, "value"), _string(m, "contenttype")) for m in members]
    for value, content_type in candidates:
        if value and (text := _as_text(value, content_type)):
            return text
    return ""


def _first_name(value: object) -> str | None:
    """The ``name`` of the first place that has one."""
    for member in _objects(value):
        if name := inline(_string(member, "name")):
            return name
    return None


def _provider(value: object) -> str | None:
    """A provider given as a string or as ``{name|literal}``."""
    if isinstance(value, str):
        return inline(value)
    for member in _objects(value):
        if name := inline(_string(member, "name")) or inline(_string(member, "literal")):
            return name
    return None


def _published(item: dict[str, Any]) -> datetime | None:
    """First creation time, which stays put across corrections; else the version or content time."""
    for key in ("firstcreated", "versioncreated", "contentcreated"):
        if (parsed := parse_datetime(item.get(key))) is not None:
            return parsed
    return None


def _subjects(value: object) -> tuple[Subject, ...]:
    """Subjects from 1.x ``{code, name, scheme}`` or 2.x ``{uri|literal, name}`` members."""
    found: list[Subject] = []
    for member in _objects(value)[:_MAX_SUBJECTS]:
        code = inline(_string(member, "code")) or inline(_string(member, "uri")) or inline(_string(member, "literal"))
        if not code:
            continue
        qcode = _QCODE.fullmatch(code)
        scheme = inline(_string(member, "scheme")) or (qcode.group(1) if qcode else None)
        found.append(Subject(code=code, name=inline(_string(member, "name")), scheme=scheme))
    return tuple(dict.fromkeys(found))
