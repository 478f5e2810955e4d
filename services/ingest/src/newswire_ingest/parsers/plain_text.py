"""Plain text (``text``) and Markdown (``markdown``) stories.

Plain text: the first non-blank line is the headline, the rest the body (paragraphs split on blank lines,
hard-wrapped lines joined). A first line longer than 200 characters is not a title but prose: the headline is
then derived from its first sentence, as for agency text, and the whole text is the body.

Markdown: the title is the first ATX heading (``# Başlık``) or Setext heading (a line underlined with ``===`` or
``---``) at the top, else a ``title:`` in YAML front matter, else the first line. Markup is stripped lightly:
heading marks, emphasis, inline code, links and images (their text kept), list and quote marks, rules, code
fences and inline HTML tags. Headings, list items and quotes become paragraphs of their own.

A title alone is refused, unless it opens with an agency flash prefix (``FLAŞ - ...``, ``SON DAKİKA: ...``,
``ACİL | ...``; see :mod:`urgency`): then it is a headline-only article, the one-line flash agencies send.

Neither format carries guid, byline, dateline, language, subjects, source or dates: those stay empty.
"""

from __future__ import annotations

import re

from newswire_ingest.errors import MalformedInputError
from newswire_ingest.parsers.story import Story, derive_headline, inline, paragraphs
from newswire_ingest.parsers.urgency import wire_prefix

MAX_TITLE_LINE = 200
"""A first line longer than this is prose, not a title."""

# The title is bounded (MAX_TITLE_LINE) so a hostile first line cannot make the lazy match backtrack for long.
_ATX = re.compile(r"\A {0,3}(#{1,6})[ \t]+(\S.{0,200}?)[ \t#]*\Z")
_SETEXT_UNDERLINE = re.compile(r"\A {0,3}(=+|-+)[ \t]*\Z")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.MULTILINE)
_BLOCK_LINE = re.compile(r"\A {0,3}(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?|#{1,6}[ \t]+)")
_RULE = re.compile(r"\A {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\Z")
_FENCE = re.compile(r"\A {0,3}(?:```|~~~)")
# Every repeated class below stops at the delimiter that could start another match, so a hostile line of
# unclosed markup costs linear, not quadratic, time.
_INLINE_MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\s]{0,2000}\)"), r"\1"),  # links: keep the link text
    (re.compile(r"`([^`\n]{1,500})`"), r"\1"),
    (re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<![\w_])__(?=\S)([^_\n]{1,500}?)(?<=\S)__(?![\w_])"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>"), ""),  # inline HTML tags
)


def parse_text(text: str) -> Story:
    """Parse a plain-text story: title line, then body."""
    lines = text.strip().split("\n", 1)
    title = inline(lines[0]) or ""
    rest = lines[1] if len(lines) > 1 else ""
    if len(title) > MAX_TITLE_LINE:
        return _untitled(text, "text")
    body = "\n\n".join(paragraphs(rest))
    if not body and wire_prefix(title) is None:
        raise MalformedInputError(
            "text: only a title line, no body text after it (a one-line flash opens with FLAŞ, SON DAKİKA or ACİL)"
        )
    return Story(headline=title, body=body)


def looks_like_markdown(text: str) -> bool:
    """Whether the text opens like Markdown: an ATX or Setext heading, or YAML front matter."""
    stripped = text.lstrip("\n")
    if _FRONT_MATTER.match(stripped):
        return True
    lines = stripped.split("\n", 2)
    if _ATX.match(lines[0]):
        return True
    return len(lines) > 1 and bool(inline(lines[0])) and _SETEXT_UNDERLINE.match(lines[1]) is not None


def parse_markdown(text: str) -> Story:
    """Parse a Markdown story: title from the heading or front matter, markup stripped lightly."""
    text = text.lstrip("\n")
    front_title = None
    if front := _FRONT_MATTER.match(text):
        found = _FRONT_TITLE.search(front.group(1))
        front_title = _strip_inline(found.group(1)) if found else None
        text = text[front.end() :].lstrip("\n")
    lines = text.split("\n")
    title: str | None = None
    if lines and (atx := _ATX.match(lines[0])):
        title, lines = _strip_inline(atx.group(2)), lines[1:]
    elif len(lines) > 1 and inline(lines[0]) and _SETEXT_UNDERLINE.match(lines[1]):
        title, lines = _strip_inline(lines[0]), lines[2:]
    body = "\n\n".join(paragraphs(_plain_lines(lines), soft_breaks=True))
    title = title or front_title
    if not title:
        return parse_text(_plain_lines(lines))
    if len(title) > MAX_TITLE_LINE:
        return _untitled(body, "markdown")
    if not body and wire_prefix(title) is None:
        raise MalformedInputError("markdown: only a title, no body text after it (nor a FLAŞ, SON DAKİKA, ACİL flash)")
    return Story(headline=title, body=body)


def _plain_lines(lines: list[str]) -> str:
    """Markdown lines without block or inline markup; block elements separated by blank lines."""
    out: list[str] = []
    for line in lines:
        if _FENCE.match(line) or _RULE.match(line) or _SETEXT_UNDERLINE.match(line):
            out.append("")
            continue
        block = _BLOCK_LINE.match(line)
        if block:
            out.extend(["", _strip_inline(line[block.end() :].rstrip(" \t#")), ""])
        else:
            out.append(_strip_inline(line))
    return "\n".join(out)


def _strip_inline(text: str) -> str:
    """Remove inline emphasis, code, link and HTML markup, keeping the words."""
    for pattern, replacement in _INLINE_MARKUP:
        text = pattern.sub(replacement, text)
    return text


def _untitled(text: str, label: str) -> Story:
    """A story whose first line is prose: headline from its first sentence, everything as body."""
    body = "\n\n".join(paragraphs(text))
    if not body:
        raise MalformedInputError(f"{label}: no text")
    return Story(headline=derive_headline(body.split("\n\n", 1)[0]), body=body)
