"""One IPTC NewsML-G2 ``newsItem`` to a story (messages, packages and other items: :mod:`newsml_g2_document`).

==============  ==========================================================================================
Article         NewsML-G2
==============  ==========================================================================================
guid            ``newsItem/@guid``
version         ``newsItem/@version``
headline        ``contentMeta/headline`` (no role or a ``main`` role first), else the ``hl1`` of an inline NITF
lead            ``contentMeta/description`` with a ``summary`` or ``abstract`` role (or no role)
body            ``contentSet``: the first ``inlineXML`` (NITF ``body.content``, or (X)HTML paragraphs) or
                ``inlineData`` (plain text, or HTML by its ``contenttype``) with text
byline          ``contentMeta/by``, else ``contentMeta/creator/name``
dateline        ``contentMeta/located/name``, else ``contentMeta/dateline``
published_at    ``itemMeta/firstCreated``, else ``itemMeta/versionCreated``, else ``contentMeta/contentCreated``
language        ``contentMeta/language/@tag``, else ``newsItem/@xml:lang``
subjects        ``contentMeta/subject`` with ``@qcode`` (or ``@uri``): code as written, scheme the qcode
                prefix (``medtop``), name the first ``name`` child
source          ``itemMeta/provider`` (``@literal``, ``name``, or ``@qcode`` without ``nprov:``), else
                ``rightsInfo/copyrightHolder``
==============  ==========================================================================================

Urgency, ``pubStatus``, ``embargoed``, typed subjects (people, organisations, places), keywords, slugline and
``edNote``: :mod:`wire_metadata`.

``itemMeta/itemClass`` decides first (:mod:`item_class`): a picture, graphic, video, audio or interactive item is
refused with its class named. ``inlineXML`` counts as text when it is NITF or (X)HTML (by ``contenttype``, else by
its root element); other vocabularies in it (SportsML statistics, ``<events>``) are data, not body text. An item
with a headline and no text is a headline-only story. An item whose text is only referenced (``remoteContent``) is
refused, as the text is never fetched; an item with neither headline nor text is metadata, not a story.
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from newswire_schemas import Subject

from newswire_ingest.errors import MalformedInputError, NotAStoryError
from newswire_ingest.parsers import nitf, wire_metadata
from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.item_class import class_name, refusal
from newswire_ingest.parsers.markup_text import element_paragraphs, html_paragraphs
from newswire_ingest.parsers.safexml import XML_LANG, attribute, child, children, first, local_name
from newswire_ingest.parsers.safexml import text_of as _text
from newswire_ingest.parsers.story import (
    Story,
    has_words,
    inline,
    join_paragraphs,
    language_tag,
    paragraphs,
    positive_version,
)

_MAX_SUBJECTS = 200
_XHTML_ROOTS = frozenset({"html", "body", "div", "p", "section", "article", "h1", "h2", "ul", "ol", "table"})
_LEAD_ROLES = ("summary", "abstract")


def label_of(item: Element) -> str:
    """How reasons name an item: its element and guid (``NewsML-G2 newsItem urn:newsml:...``)."""
    guid = inline(item.get("guid"))
    return f"NewsML-G2 {local_name(item.tag)}" + (f" {guid[:200]}" if guid else "")


def item_class(item: Element) -> str:
    """The item's class (``text``, ``picture`` ...) from ``itemMeta/itemClass``; ``text`` when unstated."""
    element = child(child(item, "itemMeta"), "itemClass")
    return class_name(attribute(element, "qcode") or attribute(element, "uri"))


def parse_item(item: Element) -> Story:
    """Map one ``newsItem`` to a story (see the module docstring); refusals name the item and why."""
    label = label_of(item)
    if (refused := refusal(label, item_class(item))) is not None:
        raise refused
    meta, content_meta, content_set = child(item, "itemMeta"), child(item, "contentMeta"), child(item, "contentSet")
    body = _content(content_set)
    headline = _headline(content_meta) or _inline_nitf_headline(item)
    lead = _summary(content_meta)
    if not headline:
        raise _headless(label, has_words(body) or has_words(lead), _data_payload(content_set))
    if not has_words(body) and not has_words(lead) and first(content_set, "remoteContent") is not None:
        raise MalformedInputError(f"{label}: its text is only referenced (<contentSet><remoteContent>), never fetched")
    story = Story(
        headline=headline,
        body=body,
        lead=lead,
        guid=inline(item.get("guid")),
        version=positive_version(item.get("version")),
        dateline=inline(_text(first(child(content_meta, "located"), "name")))
        or inline(_text(child(content_meta, "dateline"))),
        published_at=_published(meta, content_meta),
        source=_source(item, meta),
        byline=inline(_text(child(content_meta, "by"))) or inline(_text(first(child(content_meta, "creator"), "name"))),
        language=language_tag(attribute(child(content_meta, "language"), "tag")) or language_tag(item.get(XML_LANG)),
        subjects=_subjects(content_meta),
    )
    return wire_metadata.newsml_g2(item).apply(story)


def _headless(label: str, has_text: bool, payload: str | None) -> MalformedInputError | NotAStoryError:
    """The refusal of an item without a headline: broken if it has text, else not a story at all."""
    if has_text:
        return MalformedInputError(f"{label}: no <contentMeta><headline> (nor an inline NITF <hl1>) found")
    if payload:
        return NotAStoryError(f"{label}: no headline, and its content is <{payload}> data, not text: not a story")
    return NotAStoryError(f"{label}: no headline and no text (metadata only): not a story")


def _headline(content_meta: Element | None) -> str | None:
    """The main headline: one without a role, or with a ``main`` role, before the others."""
    heads = children(content_meta, "headline")
    heads.sort(key=lambda h: bool(h.get("role")) and "main" not in (h.get("role") or ""))
    return next((text for h in heads if (text := inline(_text(h)))), None)


def _inline_nitf_headline(item: Element) -> str | None:
    """The ``hl1`` of a NITF document carried in ``inlineXML``, if any."""
    embedded = first(child(item, "contentSet"), "nitf")
    return nitf.headline_of(embedded) if embedded is not None else None


def _summary(content_meta: Element | None) -> str | None:
    """The summary description (role containing ``summary`` or ``abstract``, or no role)."""
    for description in children(content_meta, "description"):
        role = (description.get("role") or "summary").lower()
        if any(r in role for r in _LEAD_ROLES) and (text := join_paragraphs(element_paragraphs(description))):
            return text
    return None


def _content(content_set: Element | None) -> str:
    """Body text from the first inline rendition that has any."""
    for rendition in list(content_set) if content_set is not None else []:
        kind, content_type = local_name(rendition.tag), (rendition.get("contenttype") or "").lower()
        if kind == "inlineXML":
            embedded = first(rendition, "nitf")
            text = nitf.body_text(embedded) if embedded is not None else _xhtml_text(rendition, content_type)
        elif kind == "inlineData":
            raw = _text(rendition)
            text = "\n\n".join(html_paragraphs(raw) if "html" in content_type else paragraphs(raw))
        else:
            continue
        if has_words(text):
            return text
    return ""


def _xhtml_text(rendition: Element, content_type: str) -> str:
    """Paragraphs of (X)HTML in ``inlineXML``; other XML vocabularies are data and give no text."""
    roots = [element for element in rendition if local_name(element.tag)]
    named_html = "html" in content_type
    if not named_html and (content_type or any(local_name(r.tag).lower() not in _XHTML_ROOTS for r in roots)):
        return ""
    body = first(rendition, "body")
    return join_paragraphs(element_paragraphs(body if body is not None else rendition))


def _data_payload(content_set: Element | None) -> str | None:
    """The root element name of a non-text ``inlineXML`` payload (``events``, ``sports-content``), if any."""
    for rendition in children(content_set, "inlineXML"):
        for element in rendition:
            if (name := local_name(element.tag)) and name.lower() not in _XHTML_ROOTS and name != "nitf":
                return name
    return None


def _published(meta: Element | None, content_meta: Element | None) -> datetime | None:
    """First creation time (stable across corrections), else version or content creation time."""
    for value in (
        _text(child(meta, "firstCreated")),
        _text(child(meta, "versionCreated")),
        _text(child(content_meta, "contentCreated")),
    ):
        if (parsed := parse_datetime(value.strip())) is not None:
            return parsed
    return None


def _source(item: Element, meta: Element | None) -> str | None:
    """The provider, else the copyright holder."""
    for party in (child(meta, "provider"), first(child(item, "rightsInfo"), "copyrightHolder")):
        if party is None:
            continue
        qcode = (party.get("qcode") or "").split(":", 1)[-1]
        if name := inline(party.get("literal")) or inline(_text(child(party, "name"))) or inline(qcode):
            return name
    return None


def _subjects(content_meta: Element | None) -> tuple[Subject, ...]:
    """``subject`` qcodes (or URIs) with their first name."""
    found: list[Subject] = []
    for subject in children(content_meta, "subject")[:_MAX_SUBJECTS]:
        qcode, uri = inline(subject.get("qcode")), inline(subject.get("uri"))
        code = qcode or uri
        if not code:
            continue
        scheme = qcode.split(":", 1)[0] if qcode and ":" in qcode else None
        found.append(Subject(code=code, name=inline(_text(child(subject, "name"))), scheme=scheme or None))
    return tuple(dict.fromkeys(found))
