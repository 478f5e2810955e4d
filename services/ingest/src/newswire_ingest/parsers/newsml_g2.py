"""IPTC NewsML-G2 text ``newsItem`` XML, bare or wrapped in a ``newsMessage`` with one item.

==============  ==========================================================================================
Article         NewsML-G2
==============  ==========================================================================================
guid            ``newsItem/@guid``
version         ``newsItem/@version``
headline        ``contentMeta/headline`` (no role or a ``main`` role first), else the ``hl1`` of an inline NITF
lead            ``contentMeta/description`` with a ``summary`` role (or no role)
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

``remoteContent`` (content by reference) is not fetched: an item with no inline content is rejected.
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from newswire_schemas import Subject

from newswire_ingest.errors import MalformedInputError, UnsupportedFormatError
from newswire_ingest.parsers import nitf
from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.markup_text import element_paragraphs, html_paragraphs
from newswire_ingest.parsers.safexml import XML_LANG, attribute, child, children, descendants, first, local_name
from newswire_ingest.parsers.safexml import text_of as _text
from newswire_ingest.parsers.story import Story, inline, join_paragraphs, language_tag, paragraphs, positive_version

_MAX_SUBJECTS = 200


def parse(root: Element) -> Story:
    """Map a ``newsItem`` (or a ``newsMessage`` carrying exactly one) to a story."""
    item = _the_news_item(root)
    meta, content_meta = child(item, "itemMeta"), child(item, "contentMeta")
    body = _content(child(item, "contentSet"))
    headline = _headline(content_meta) or _inline_nitf_headline(item)
    if not headline:
        raise MalformedInputError("NewsML-G2: no <contentMeta><headline> (nor an inline NITF <hl1>) found")
    lead = _summary(content_meta)
    if not body and not lead:
        raise MalformedInputError("NewsML-G2: no text in <contentSet> (inlineXML/inlineData) and no description")
    return Story(
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


def _the_news_item(root: Element) -> Element:
    """The single ``newsItem``: the root itself, or the only one inside a ``newsMessage``."""
    if local_name(root.tag) == "newsItem":
        return root
    items = list(descendants(root, "newsItem"))
    if len(items) == 1:
        return items[0]
    if items:
        raise MalformedInputError(f"NewsML-G2: the newsMessage carries {len(items)} newsItems; send one story per file")
    others = sorted(_item_kinds(root))
    if others:
        raise UnsupportedFormatError(f"NewsML-G2: only text newsItems are supported, found {', '.join(others)}")
    raise MalformedInputError("NewsML-G2: the newsMessage carries no newsItem")


def _item_kinds(root: Element) -> set[str]:
    """The other G2 item kinds inside an ``itemSet`` (packageItem, conceptItem ...)."""
    item_set = first(root, "itemSet")
    return {local_name(e.tag) for e in item_set} if item_set is not None else set()


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
    """The summary description (role containing ``summary``, or no role)."""
    for description in children(content_meta, "description"):
        role = description.get("role") or "summary"
        if "summary" in role and (text := join_paragraphs(element_paragraphs(description))):
            return text
    return None


def _content(content_set: Element | None) -> str:
    """Body text from the first inline rendition that has any."""
    for rendition in list(content_set) if content_set is not None else []:
        kind, content_type = local_name(rendition.tag), (rendition.get("contenttype") or "").lower()
        if kind == "inlineXML":
            embedded = first(rendition, "nitf")
            text = nitf.body_text(embedded) if embedded is not None else _xhtml_text(rendition)
        elif kind == "inlineData":
            raw = _text(rendition)
            text = "\n\n".join(html_paragraphs(raw) if "html" in content_type else paragraphs(raw))
        else:
            continue
        if text:
            return text
    return ""


def _xhtml_text(rendition: Element) -> str:
    """Paragraphs of the (X)HTML ``body`` inside ``inlineXML`` (the whole rendition if there is no body)."""
    body = first(rendition, "body")
    return join_paragraphs(element_paragraphs(body if body is not None else rendition))


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
