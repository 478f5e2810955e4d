"""Hostile-input-safe XML parsing and namespace-agnostic element look-ups.

Parsing is streaming: expat (through defusedxml, with entity declarations and external references forbidden) feeds
a tree builder that counts as elements open, so a document nested deeper than ``max_depth`` or holding more than
``max_elements`` elements is refused the moment it crosses the line (:class:`TooComplexError`), having cost no more
than the limits allow. XXE and billion-laughs are refused before any expansion (:class:`HostileInputError`), and so
are ``<!ATTLIST>`` declarations: a default attribute value is copied into every element it applies to (100 kB of
DTD made 200 MB of attributes). A bare ``<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">`` line, which much real NITF carries,
is accepted: expat never fetches the external subset.
The tree holds C elements (``xml.etree.ElementTree``'s accelerated builder), not defusedxml's pure-Python ones.
Look-ups match local names, which lets one parser read documents with or without the IPTC namespaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden, NotSupportedError
from defusedxml.ElementTree import DefusedXMLParser

from newswire_ingest.errors import HostileInputError, MalformedInputError, TooComplexError
from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
"""The Clark name of the ``xml:lang`` attribute."""

_CHUNK_CHARS = 64 * 1024
"""Characters fed to expat at a time: a refusal stops the parse within one chunk of the offending element."""

_ROOT_NAME = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


class _BoundedTreeBuilder:
    """A parser target building the tree with the C builder, refusing too deep or too many elements on the way."""

    def __init__(self, limits: ParseLimits, label: str) -> None:
        self._builder = TreeBuilder()
        self._limits = limits
        self._label = label
        self._depth = 0
        self._elements = 0

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        """Open an element, unless it is one level or one element too many."""
        self._depth += 1
        self._elements += 1
        if self._depth > self._limits.max_depth:
            raise self._drop(self._limits.too_deep(self._label))
        if self._elements > self._limits.max_elements:
            raise self._drop(self._limits.too_many(self._label, "elements"))
        return self._builder.start(tag, attrib)

    def _drop(self, error: TooComplexError) -> TooComplexError:
        """Let go of the partial tree now: the refusal's traceback keeps this builder alive for a while."""
        self._builder = TreeBuilder()
        return error

    def end(self, tag: str) -> Element:
        """Close an element."""
        self._depth -= 1
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        """Text inside the current element."""
        self._builder.data(data)

    def close(self) -> Element:
        """The root element."""
        return self._builder.close()


def _attlist_refusal(label: str) -> Callable[..., None]:
    """An expat handler of ``<!ATTLIST>``: default values would be copied into every element (amplification)."""

    def refuse(*_declaration: object) -> None:
        raise HostileInputError(
            f"{label}: the document declares attribute defaults (<!ATTLIST>); refused because a default is copied "
            "into every element it applies to (attribute amplification)"
        )

    return refuse


def parse_xml(text: str, *, label: str, limits: ParseLimits = DEFAULT_LIMITS) -> Element:
    """Parse ``text`` safely within ``limits``; ``label`` (``NITF``, ``XML`` ...) starts every error reason."""
    parser = DefusedXMLParser(
        target=_BoundedTreeBuilder(limits, label), forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    parser.parser.AttlistDeclHandler = _attlist_refusal(label)
    try:
        for start in range(0, len(text), _CHUNK_CHARS):
            parser.feed(text[start : start + _CHUNK_CHARS])
        root: Element = parser.close()
    except EntitiesForbidden as exc:
        raise HostileInputError(
            f"{label}: the document declares the entity '{exc.name}'; entity declarations are refused because "
            "they enable external-entity (XXE) and entity-expansion (billion laughs) attacks"
        ) from exc
    except (ExternalReferenceForbidden, NotSupportedError) as exc:
        raise HostileInputError(f"{label}: the document refers to external resources; refused") from exc
    except ParseError as exc:
        raise MalformedInputError(f"{label}: not well-formed XML: {exc}") from exc
    return root


def sniff_root_name(text: str) -> str | None:
    """The local name of the first element, found without parsing (to name the format in error reasons)."""
    body = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text[:4096], flags=re.DOTALL)
    found = _ROOT_NAME.search(body)
    return found.group(2) if found else None


def local_name(tag: object) -> str:
    """The tag without its ``{namespace}``; comments and processing instructions give ``""``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(parent: Element | None, name: str) -> list[Element]:
    """Direct children with the local name ``name``."""
    if parent is None:
        return []
    return [child for child in parent if local_name(child.tag) == name]


def child(parent: Element | None, name: str) -> Element | None:
    """The first direct child with the local name ``name``."""
    found = children(parent, name)
    return found[0] if found else None


def descendants(parent: Element | None, name: str) -> Iterator[Element]:
    """Every element below ``parent`` (document order) with the local name ``name``."""
    if parent is None:
        return
    for element in parent.iter():
        if element is not parent and local_name(element.tag) == name:
            yield element


def first(parent: Element | None, name: str) -> Element | None:
    """The first descendant with the local name ``name``."""
    return next(descendants(parent, name), None)


def text_of(element: Element | None) -> str:
    """All text inside ``element``, markup dropped (callers collapse whitespace)."""
    if element is None:
        return ""
    return "".join(element.itertext())


def attribute(element: Element | None, name: str) -> str | None:
    """An attribute by local name (so ``xml:lang`` and ``lang`` both work for ``lang``)."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if local_name(key) == name:
            return value
    return None
