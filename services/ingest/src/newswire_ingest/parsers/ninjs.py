"""IPTC ninjs (news in JSON) 1.0-3.x: one object, its composite associations followed, to one or more stories.

======================  ==========================================================================================
Article                 ninjs (the property names of each version are in :mod:`ninjs_versions`)
======================  ==========================================================================================
guid                    ``guid`` (Superdesk and others), else ``uri``
version                 ``version`` (string or number)
headline                1.x ``headline`` / ``headline_*``; 2.x and 3.x ``headlines[]`` (role main first)
lead                    1.x ``description_*``; 2.x and 3.x ``descriptions[]``
body                    1.x ``body_*``; 2.x and 3.x ``bodies[]``; plain text first, markup reduced to paragraphs
byline                  1.x ``byline``; 2.x and 3.x ``by``
dateline                ``located``, else the first place's ``name`` (1.x ``place``, 2.x and 3.x ``places``)
language                ``language``
subjects                1.x ``subject[{code, name, scheme}]``; 2.x and 3.x ``subjects[{uri|literal, name}]``
published_at            first created, else version created, else content created (3.x camelCase names)
source                  copyright holder (3.x ``copyrightHolder``), else ``provider``
======================  ==========================================================================================

Urgency, publishing status, embargo, people / organisations / places, keywords, slugline, editorial note and
priority: :mod:`wire_metadata`.

Composites: the object's own text is one story, and every text item among its ``associations`` (followed to a
depth of :data:`MAX_ASSOCIATION_DEPTH`) is another, with its own uri and version (and the composite's language,
source and time where it states none). Associated pictures, graphics,
videos and items without text are skipped with a note (see :mod:`item_class` for the rule on item classes).
A top-level picture, graphic, video, audio, event or planning object is refused with its class named. Values of
the wrong JSON type are ignored like absent ones.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from newswire_schemas import Subject

from newswire_ingest.errors import MalformedInputError, NotAStoryError, RejectedInputError, UnsupportedFormatError
from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits
from newswire_ingest.parsers import ninjs_versions as names
from newswire_ingest.parsers import wire_metadata
from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.item_class import class_name, refusal
from newswire_ingest.parsers.ninjs_versions import Dialect, objects, string
from newswire_ingest.parsers.safejson import load_json
from newswire_ingest.parsers.story import Parsed, Story, has_words, inline, language_tag, positive_version

MAX_ASSOCIATION_DEPTH = 4
"""Associations nested deeper than this are not followed (real composites nest one or two levels)."""

_NINJS_KEYS = frozenset({"uri", "guid", "headline", "headlines", "bodies", "type", "standard", "$standard"})
_NINJS_PREFIXES = ("headline_", "body_", "description_")
_QCODE = re.compile(r"([A-Za-z][\w-]*):(?!//)\S+")
_MAX_SUBJECTS = 200
_MAX_ASSOCIATIONS = 500


def load(text: str, limits: ParseLimits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The top-level JSON object (held to ``limits``), or a rejection saying why the text is not one."""
    value = load_json(text, limits)
    if not isinstance(value, dict):
        raise UnsupportedFormatError(f"JSON: top level is a {type(value).__name__}, expected one ninjs object")
    if not _NINJS_KEYS & value.keys() and not any(k.startswith(_NINJS_PREFIXES) for k in value):
        raise UnsupportedFormatError(
            "JSON object is not ninjs: none of uri, guid, headline(s), body_*, bodies or type found"
        )
    return value


def parse(item: dict[str, Any]) -> Parsed:
    """Map a ninjs object, and the text items among its associations, to stories (see the module docstring)."""
    dialect = names.detect(item)
    if (refused := refusal(dialect.label, class_name(string(item, "type")))) is not None:
        raise refused
    stories: list[Story] = []
    skipped: list[str] = []
    own, problem = _story_of(item, dialect, dialect.label)
    if own is not None:
        stories.append(own)
    for name, member in _associations(item, dialect):
        label = f"{dialect.label} association '{name}'"
        found, note = _story_of(member, dialect, label)
        if found is not None:
            stories.append(_inherit(found, item, dialect))
        else:
            skipped.append(note.reason if note else f"{label}: no headline and no text (a reference only)")
    if stories:
        return Parsed(tuple(stories), tuple([problem.reason] if problem else []) + tuple(skipped))
    raise problem or _no_text(dialect, skipped)


def _story_of(item: dict[str, Any], dialect: Dialect, label: str) -> tuple[Story | None, RejectedInputError | None]:
    """The item's story, or why it has none (a media class, no headline, or no headline nor text at all)."""
    ident = inline(string(item, "uri"))
    if (refused := refusal(label, class_name(string(item, "type")), ident)) is not None:
        return None, refused
    headline = names.headline(item, dialect)
    body, lead = names.body(item, dialect), names.description(item, dialect)
    if headline:
        return _story(item, dialect, headline, body, lead or None), None
    if has_words(body) or has_words(lead):
        texts = "headline_*" if dialect.named_texts else "headlines[].value"
        return None, MalformedInputError(f"{label}: no headline (neither 'headline' nor '{texts}' has text)")
    return None, None


def _inherit(story: Story, composite: dict[str, Any], dialect: Dialect) -> Story:
    """An associated story takes the composite's language, source and time where it states none of its own."""
    return replace(
        story,
        language=story.language or language_tag(string(composite, "language")),
        source=story.source or _source(composite, dialect),
        published_at=story.published_at or _published(composite, dialect),
    )


def _no_text(dialect: Dialect, skipped: list[str]) -> NotAStoryError:
    """The refusal of an object in which nothing is a text story."""
    if skipped:
        return NotAStoryError(f"{dialect.label}: no text story in it ({'; '.join(skipped[:5])})")
    return NotAStoryError(f"{dialect.label}: neither a headline nor any text: a fragment, not a story")


def _associations(item: dict[str, Any], dialect: Dialect) -> list[tuple[str, dict[str, Any]]]:
    """Associated objects, depth first in document order, as ``(name path, object)``; depth and count bounded."""
    found: list[tuple[str, dict[str, Any]]] = []
    stack = list(reversed(_members(item, dialect, "", 1)))
    while stack and len(found) < _MAX_ASSOCIATIONS:
        name, member, depth = stack.pop()
        found.append((name, member))
        if depth < MAX_ASSOCIATION_DEPTH:
            stack.extend(reversed(_members(member, dialect, f"{name}/", depth + 1)))
    return found


def _members(item: dict[str, Any], dialect: Dialect, prefix: str, depth: int) -> list[tuple[str, Any, int]]:
    """The direct associations of ``item``: a name → object map in 1.x, an array of named objects since 2.x."""
    value = item.get("associations")
    if dialect.named_texts and isinstance(value, dict):
        pairs = [(str(key), member) for key, member in value.items()]
    else:
        pairs = [(string(member, "name") or str(n), member) for n, member in enumerate(objects(value), 1)]
    return [(prefix + name[:100], member, depth) for name, member in pairs if isinstance(member, dict)]


def _story(item: dict[str, Any], dialect: Dialect, headline: str, body: str, lead: str | None) -> Story:
    """The story of one ninjs object whose headline and texts are already read."""
    story = Story(
        headline=headline,
        body=body,
        lead=lead,
        guid=inline(string(item, "guid")) or inline(string(item, "uri")),
        version=positive_version(item.get("version")),
        dateline=inline(string(item, "located")) or _first_name(item.get(dialect.places)),
        published_at=_published(item, dialect),
        source=_source(item, dialect),
        byline=inline(string(item, dialect.byline)),
        language=language_tag(string(item, "language")),
        subjects=_subjects(item.get(dialect.subjects)),
    )
    return wire_metadata.ninjs(item, dialect).apply(story)


def _first_name(value: object) -> str | None:
    """The ``name`` of the first place that has one."""
    for member in objects(value):
        if name := inline(string(member, "name")):
            return name
    return None


def _source(item: dict[str, Any], dialect: Dialect) -> str | None:
    """The copyright holder, else the provider."""
    return inline(string(item, dialect.copyright_holder)) or _provider(item.get("provider"))


def _provider(value: object) -> str | None:
    """A provider given as a string or as ``{name|literal}``."""
    if isinstance(value, str):
        return inline(value)
    for member in objects(value):
        if name := inline(string(member, "name")) or inline(string(member, "literal")):
            return name
    return None


def _published(item: dict[str, Any], dialect: Dialect) -> datetime | None:
    """First creation time, which stays put across corrections; else the version or content time."""
    for key in (dialect.first_created, dialect.version_created, dialect.content_created):
        if (parsed := parse_datetime(item.get(key))) is not None:
            return parsed
    return None


def _subjects(value: object) -> tuple[Subject, ...]:
    """Subjects from 1.x ``{code, name, scheme}`` or 2.x/3.x ``{uri|literal, name}`` members."""
    found: list[Subject] = []
    for member in objects(value)[:_MAX_SUBJECTS]:
        code = inline(string(member, "code")) or inline(string(member, "uri")) or inline(string(member, "literal"))
        if not code:
            continue
        qcode = _QCODE.fullmatch(code)
        scheme = inline(string(member, "scheme")) or (qcode.group(1) if qcode else None)
        found.append(Subject(code=code, name=inline(string(member, "name")), scheme=scheme))
    return tuple(dict.fromkeys(found))
