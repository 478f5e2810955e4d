"""NITF 3.x (News Industry Text Format) XML.

==============  ==========================================================================================
Article         NITF
==============  ==========================================================================================
guid            ``head/docdata/doc-id/@id-string``
version         ``head/docdata/du-key/@version``
headline        ``body/body.head/hedline/hl1``, else the whole ``hedline``, else ``head/title``
lead            ``body/body.head/abstract`` paragraphs
body            ``body/body.content``: each ``p`` (and ``hl2``, list item, table row ...) a paragraph;
                ``media`` is dropped
byline          ``body/body.head/byline`` text (``person`` and ``byttl`` included as written)
dateline        ``dateline/location/city``, else ``dateline/location``, else the ``dateline`` text without
                its ``story.date``
published_at    ``docdata/date.issue/@norm``, else ``date.release/@norm``, ``pubdata/@date.publication``,
                ``dateline/story.date/@norm``
language        ``xml:lang`` on ``nitf``, ``body`` or ``head``
subjects        ``tobject/tobject.subject/@tobject.subject.refnum`` (scheme ``subj``, the IPTC Subject
                Codes; name from ``.detail``, ``.matter`` or ``.type``) and
                ``docdata/identified-content/classifier/@value`` (scheme from ``@idsrc`` or ``@type``)
source          ``docdata/doc.copyright/@holder``, else ``pubdata/@name``, else ``doc-id/@regsrc``
==============  ==========================================================================================

Urgency, management status (kills, holds, embargoes), ``identified-content`` and inline people, organisations and
locations, keywords, slug and editorial message: :mod:`wire_metadata`. A headline with no ``body.content`` text
and no ``abstract`` is a headline-only story (a flash); see :func:`story.headline_only_rule`. Documents with a
``<!DOCTYPE>`` are refused before this module sees them (see ``safexml``).
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from newswire_schemas import Subject

from newswire_ingest.errors import MalformedInputError
from newswire_ingest.parsers import wire_metadata
from newswire_ingest.parsers.dates import parse_datetime
from newswire_ingest.parsers.markup_text import element_paragraphs
from newswire_ingest.parsers.safexml import XML_LANG, attribute, child, children, descendants, first, text_of
from newswire_ingest.parsers.story import Story, inline, join_paragraphs, language_tag, positive_version

_MAX_SUBJECTS = 200


def parse(root: Element) -> Story:
    """Map a parsed ``<nitf>`` element to a story (see the module docstring)."""
    head, body = child(root, "head"), child(root, "body")
    body_head = child(body, "body.head")
    docdata = child(head, "docdata")
    headline = headline_of(root)
    if not headline:
        raise MalformedInputError("NITF: no <hedline>/<hl1> headline (nor <head><title>) found")
    text = body_text(root)
    abstract = child(body_head, "abstract")
    lead = join_paragraphs(element_paragraphs(abstract)) if abstract is not None else ""
    story = Story(
        headline=headline,
        body=text,
        lead=lead or None,
        guid=inline(attribute(child(docdata, "doc-id"), "id-string")),
        version=positive_version(attribute(child(docdata, "du-key"), "version")),
        dateline=_dateline(child(body_head, "dateline")),
        published_at=_published(head, body_head),
        source=_source(head),
        byline=inline(text_of(child(body_head, "byline"))),
        language=_language(root, body, head),
        subjects=_subjects(head),
    )
    return wire_metadata.nitf(root).apply(story)


def headline_of(root: Element) -> str | None:
    """The NITF headline: ``hl1``, else the ``hedline`` text, else ``head/title``."""
    hedline = first(root, "hedline")
    return (
        inline(text_of(child(hedline, "hl1")))
        or inline(text_of(hedline))
        or inline(text_of(child(child(root, "head"), "title")))
    )


def body_text(root: Element) -> str:
    """The paragraphs of ``body.content`` (also used for NITF inside a NewsML-G2 ``inlineXML``)."""
    content = first(root, "body.content")
    return join_paragraphs(element_paragraphs(content)) if content is not None else ""


def _language(*elements: Element | None) -> str | None:
    """The first usable ``xml:lang`` among the given elements."""
    for element in elements:
        if element is not None and (tag := language_tag(element.get(XML_LANG))):
            return tag
    return None


def _dateline(dateline: Element | None) -> str | None:
    """The dateline place: city, else location, else the dateline text without its date."""
    if dateline is None:
        return None
    location = first(dateline, "location")
    if place := inline(text_of(first(location, "city"))) or inline(text_of(location)):
        return place
    story_date = text_of(first(dateline, "story.date"))
    text = text_of(dateline).replace(story_date, "") if story_date else text_of(dateline)
    return inline(text.strip().strip(",-–— "))


def _published(head: Element | None, body_head: Element | None) -> datetime | None:
    """The first readable issue, release, publication or story date."""
    docdata = child(head, "docdata")
    candidates = (
        attribute(child(docdata, "date.issue"), "norm"),
        attribute(child(docdata, "date.release"), "norm"),
        attribute(child(head, "pubdata"), "date.publication"),
        attribute(first(body_head, "story.date"), "norm"),
    )
    return next((parsed for value in candidates if (parsed := parse_datetime(value)) is not None), None)


def _source(head: Element | None) -> str | None:
    """Copyright holder, else publication name, else the doc-id registering source."""
    docdata = child(head, "docdata")
    return (
        inline(attribute(child(docdata, "doc.copyright"), "holder"))
        or inline(attribute(child(head, "pubdata"), "name"))
        or inline(attribute(child(docdata, "doc-id"), "regsrc"))
    )


def _subjects(head: Element | None) -> tuple[Subject, ...]:
    """Subject codes from ``tobject.subject`` and ``identified-content/classifier``."""
    found: list[Subject] = []
    for tobject in children(head, "tobject"):
        for subject in children(tobject, "tobject.subject"):
            code = inline(attribute(subject, "tobject.subject.refnum"))
            if code:
                name = next(
                    (n for k in ("detail", "matter", "type") if (n := inline(subject.get(f"tobject.subject.{k}")))),
                    None,
                )
                found.append(Subject(code=code, name=name, scheme="subj"))
    for classifier in descendants(child(child(head, "docdata"), "identified-content"), "classifier"):
        if code := inline(classifier.get("value")):
            scheme = inline(classifier.get("idsrc")) or inline(classifier.get("type"))
            found.append(Subject(code=code, name=inline(text_of(classifier)), scheme=scheme))
    return tuple(dict.fromkeys(found[:_MAX_SUBJECTS]))
