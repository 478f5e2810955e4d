"""The format-neutral result of a parser, the text shaping every parser shares, and the headline-only rule."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime

from newswire_schemas import AgencyEntity, PubStatus, Subject

from newswire_ingest.parsers.urgency import wire_prefix

# Controls (JSON escapes and XML character references can smuggle them in after decoding), lone surrogates
# (JSON "\ud800") and zero-width no-break spaces. Newlines and tabs are handled by the callers.
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_WORD = re.compile(r"\w")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[\"“‘«(]?[A-ZÇĞİÖŞÜ0-9])")

WRAP_WIDTH = 100
"""A line longer than this was not hard-wrapped (wires wrap at 64-80 columns)."""
_CROSSHEAD_WIDTH = 80

HEADLINE_LIMIT = 120
"""Derived headlines are cut at a word boundary to at most this many characters."""


@dataclass(frozen=True, slots=True)
class Story:
    """What a parser found in one file, before ids, hashes and channel metadata are added."""

    headline: str
    body: str
    lead: str | None = None
    guid: str | None = None
    version: int = 1
    dateline: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    byline: str | None = None
    language: str | None = None
    subjects: tuple[Subject, ...] = field(default=())
    headline_only: bool = False
    """A flash or urgent: the item has a headline and no text (see :func:`headline_only_rule`)."""
    urgency: int | None = None
    """IPTC urgency 1-9 as the format states it; a flash prefix fills it in when the format says nothing."""
    pubstatus: PubStatus = "usable"
    embargoed: bool = False
    embargoed_until: datetime | None = None
    agency_entities: tuple[AgencyEntity, ...] = field(default=())
    keywords: tuple[str, ...] = field(default=())
    slugline: str | None = None
    editorial_note: str | None = None
    priority: int | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a parser found in one file: its stories in order, and one note per item inside it that was skipped."""

    stories: tuple[Story, ...]
    skipped: tuple[str, ...] = ()


def has_words(text: str | None) -> bool:
    """Whether ``text`` holds a letter or digit: elisions such as ``[ ... ]`` or ``.....`` are no text."""
    return bool(text) and _WORD.search(text or "") is not None


def headline_only_rule(story: Story) -> Story:
    """A story with a headline but no lead or body text is a headline-only item (flash, urgent): still an article.

    The one place this rule lives, for every format. A flash prefix (``FLAŞ - ``, ``SON DAKİKA:``, ``ACİL |``, see
    :mod:`urgency`) is taken off the headline (and off a lead that repeats it) and sets the urgency unless the
    format stated one; a headline that is nothing but a prefix takes the first paragraph after it. The body stays
    empty rather than repeating the headline (search and tagging would count it twice), and ``headline_only``
    marks it. A lead or body without a single letter or digit (an elision like ``[ ... ]``) counts as no text, and
    so do a lead and body that only repeat the headline.
    """
    flagged = _without_prefix(story)
    body = flagged.body if has_words(flagged.body) else ""
    lead = flagged.lead if has_words(flagged.lead) else None
    if all(_same_words(text) == _same_words(flagged.headline) for text in (body, lead) if text):
        body, lead = "", None  # nothing but the headline again (an agency-text flash's lead, a NITF echo)
    if flagged is story and (body, lead) == (story.body, story.lead) and (body or lead):
        return story
    return replace(flagged, body=body, lead=lead, headline_only=not body and not lead)


def _without_prefix(story: Story) -> Story:
    """The story with a flash prefix taken off its headline (and lead), and the prefix's urgency if none is stated."""
    prefix = wire_prefix(story.headline)
    if prefix is None:
        return story
    headline, lead, body = inline(story.headline[prefix.end :]), story.lead, story.body
    if lead and (repeated := wire_prefix(lead)) is not None:
        lead = inline(lead[repeated.end :])
    if not has_words(headline):
        # "SON DAKİKA" on a line of its own: the headline proper is the first paragraph after it
        first, rest = _first_paragraph(lead, body)
        headline, lead, body = first or story.headline, rest[0], rest[1]
    urgency = story.urgency if story.urgency is not None else prefix.urgency
    return replace(story, headline=headline or story.headline, lead=lead, body=body, urgency=urgency)


def _first_paragraph(lead: str | None, body: str) -> tuple[str | None, tuple[str | None, str]]:
    """The first paragraph of lead-then-body, and the lead and body without it."""
    if has_words(lead):
        head, _, tail = (lead or "").partition("\n\n")
        return inline(head), (tail or None, body)
    head, _, tail = body.partition("\n\n")
    return inline(head), (lead, tail)


def _same_words(text: str) -> str:
    """What two texts must share to be the same line: case, spacing and closing punctuation aside."""
    return " ".join(text.split()).casefold().rstrip(" .!…")


def inline(text: str | None) -> str | None:
    """One line of text: unwanted characters dropped, whitespace collapsed; ``None`` when empty."""
    if text is None:
        return None
    collapsed = " ".join(_UNWANTED.sub("", unicodedata.normalize("NFC", text)).split())
    return collapsed or None


def paragraphs(text: str, *, soft_breaks: bool = False) -> list[str]:
    """Split on blank lines and at line breaks that are no hard wrap (:func:`unwrapped`); wrapped lines joined.

    ``soft_breaks``: every line break inside a block is a space, as in Markdown.
    """
    chunks = _PARAGRAPH_BREAK.split(text.replace("\r", "\n"))
    if soft_breaks:
        return [p for p in (inline(chunk) for chunk in chunks) if p]
    return [p for p in (inline(part) for chunk in chunks for part in unwrapped(chunk)) if p]


def unwrapped(chunk: str) -> list[str]:
    """The paragraphs of a block of lines with no blank line between them.

    Wires hard-wrap their text (at 64-80 columns) and some write one paragraph per line with no blank line between
    them; a line break is read as a wrap only when the next line's first word would not have fitted on the line
    (the greedy wrap every wrapper does, at a width no less than the block's longest line of at most
    ``WRAP_WIDTH``). Otherwise the break was made on purpose: a paragraph ends there (a line longer than
    ``WRAP_WIDTH`` was never wrapped). A crosshead, a short line with no lower-case letter (``KASA DOLDU``), is a
    paragraph of its own, so it is never read as the start of the next sentence; unless the whole block is in
    capitals, as the oldest wires are.
    """
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    if len(lines) < 2:
        return lines
    width = max((len(line) for line in lines if len(line) <= WRAP_WIDTH), default=0)
    crossheads = any(_has_lower(line) for line in lines)
    parts: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        if not following:
            break
        heading = crossheads and (_is_crosshead(line) or _is_crosshead(following))
        if heading or len(line) > width or len(line) + 1 + len(following.split()[0]) <= width:
            parts.append(" ".join(current))
            current = []
    parts.append(" ".join(current))
    return [p for p in parts if p]


def _has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def _is_crosshead(line: str) -> bool:
    """A short (stripped) line with letters, none of them in lower case: a heading inside the story."""
    return len(line) <= _CROSSHEAD_WIDTH and not _has_lower(line) and sum(c.isalpha() for c in line) >= 4


def join_paragraphs(parts: list[str]) -> str:
    """Paragraphs joined with blank lines, empty ones dropped."""
    return "\n\n".join(p for p in (inline(part) for part in parts) if p)


def derive_headline(lead: str, limit: int = HEADLINE_LIMIT) -> str:
    """A headline made from the first sentence of ``lead``, cut at a word boundary to ``limit`` characters.

    A cut headline ends with "…" so nobody mistakes it for the agency's own title.
    """
    text = inline(lead) or ""
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def language_tag(value: str | None) -> str | None:
    """A BCP 47-looking language tag (``tr``, ``tr-TR``), or ``None`` if the value is not one."""
    tag = inline(value)
    if tag and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}", tag):
        return tag.replace("_", "-")
    return None


def positive_version(value: object) -> int:
    """A version number >= 1 from an int or numeric string; 1 when absent or unusable."""
    if isinstance(value, bool):
        return 1
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and re.fullmatch(r"\s*[0-9]{1,9}\s*", value):
        number = int(value)
    else:
        return 1
    return number if 1 <= number <= 2_000_000_000 else 1
