"""Which parser a decoded text goes to, decided by its content.

The file name's extension and the content type are hints only: they never override what the content shows (a
NITF file named ``.txt`` is NITF). They matter only where the content is ambiguous: a plain text without a
heading is read as Markdown when it is announced as Markdown, and a text opening with ``[`` is read as JSON only
when announced as JSON.
"""

from __future__ import annotations

import re
from typing import Literal

from newswire_ingest.parsers import agency_text
from newswire_ingest.parsers.plain_text import looks_like_markdown

Sniffed = Literal["xml", "json", "html", "agency-text", "markdown", "text", "empty"]
"""What the content looks like; XML and JSON are split into wire formats after a safe parse."""

_XML_START = re.compile(r"<(?:\?xml|!--|!DOCTYPE|[A-Za-z_])")
_HTML_START = re.compile(r"<!DOCTYPE\s+html|<html[\s>]|<(?:head|body)[\s>]", re.IGNORECASE)
_MARKDOWN_HINTS = frozenset({"md", "markdown", "mdown", "text/markdown", "text/x-markdown"})
_JSON_HINTS = frozenset({"json", "application/json", "application/ninjs+json", "text/json"})


def sniff(text: str, *, file_name: str | None = None, content_type: str | None = None) -> Sniffed:
    """Classify decoded text by its opening (see the module docstring for how hints are used)."""
    start = text.lstrip()[:256]
    hints = _hints(file_name, content_type)
    kind: Sniffed = "text"
    if not start:
        kind = "empty"
    elif _HTML_START.match(start):
        kind = "html"
    elif _XML_START.match(start):
        kind = "xml"
    elif start.startswith("{") or (start.startswith("[") and hints & _JSON_HINTS):
        kind = "json"
    elif agency_text.matches(text):
        kind = "agency-text"
    elif looks_like_markdown(text) or hints & _MARKDOWN_HINTS:
        kind = "markdown"
    return kind


def _hints(file_name: str | None, content_type: str | None) -> set[str]:
    """The lower-cased extension of the file name and the media type without parameters."""
    found: set[str] = set()
    if file_name and "." in file_name:
        found.add(file_name.rsplit(".", 1)[-1].strip().lower())
    if content_type:
        found.add(content_type.split(";", 1)[0].strip().lower())
    return found
