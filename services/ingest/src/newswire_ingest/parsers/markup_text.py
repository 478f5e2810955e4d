"""HTML strings and (X)HTML/NITF element trees to plain paragraphs.

Block elements (``p``, headings, list items, ``div``, ``br`` ...) end a paragraph; scripts, styles and
media are dropped; character references are resolved. Nothing is fetched and no markup survives.
"""

from __future__ import annotations

from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from newswire_ingest.parsers.safexml import local_name
from newswire_ingest.parsers.story import inline

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "blockquote", "li", "ul", "ol", "dl", "dt", "dd"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "tr", "table", "pre", "figure", "figcaption", "br", "hr"}
    | {"block", "body", "body.content", "nitf-table", "note", "bq", "fn", "caption"}
)
_SKIPPED = frozenset({"script", "style", "head", "noscript", "template", "iframe", "object", "svg", "math", "media"})


class _ParagraphCollector(HTMLParser):
    """Collects text, starting a new paragraph at every block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block or a skipped region."""
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<br/>`` and friends end a paragraph; a void skipped tag opens nothing."""
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped region."""
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        """Keep text outside skipped regions."""
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        """Flush the last paragraph."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        if not self._current:
            return
        text = inline("".join(self._current))
        if text:
            self.paragraphs.append(text)
        self._current = []


def html_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment or document, as plain text."""
    collector = _ParagraphCollector()
    collector.feed(html)
    collector.close()
    return collector.paragraphs


def element_paragraphs(root: Element) -> list[str]:
    """The paragraphs of an (X)HTML or NITF element tree, as plain text (iterative, no recursion)."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if not current:
            return
        text = inline("".join(current))
        if text:
            paragraphs.append(text)
        current.clear()

    # Walk events explicitly: (element, entering) pairs, so nesting depth never touches the Python stack.
    stack: list[tuple[Element, bool]] = [(root, True)]
    while stack:
        element, entering = stack.pop()
        name = local_name(element.tag).lower()
        if entering:
            if name in _SKIPPED or not name:
                if element.tail and element is not root:
                    current.append(element.tail)
                continue
            if name in _BLOCKS:
                flush()
            if element.text:
                current.append(element.text)
            stack.append((element, False))
            stack.extend((child, True) for child in reversed(element))
        else:
            if name in _BLOCKS:
                flush()
            if element.tail and element is not root:
                current.append(element.tail)
    flush()
    return paragraphs
