"""Hostile-input-safe XML parsing and namespace-agnostic element look-ups.

Everything goes through defusedxml with entity declarations and external references forbidden, so XXE and
billion-laughs are refused before any expansion happens (:class:`HostileInputError`). A bare ``<!DOCTYPE nitf SYSTEM
"nitf-3-6.dtd">`` line, which much real NITF carries, is accepted: expat never fetches the external subset, and
without entity declarations a DTD can neither read files nor expand.
The tree is then checked for depth, so the look-ups here and in the parsers cannot recurse without bound.
Look-ups match local names, which lets one parser read documents with or without the IPTC namespaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden, NotSupportedError
from defusedxml.ElementTree import fromstring as safe_fromstring

from newswire_ingest.errors import HostileInputError, MalformedInputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
"""The Clark name of the ``xml:lang`` attribute."""

MAX_DEPTH = 64
"""Deepest element nesting accepted; real news documents stay far below it."""

_ROOT_NAME = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


def parse_xml(text: str, *, label: str) -> Element:
    """Parse ``text`` safely; ``label`` (``NITF``, ``XML`` ...) starts every error reason."""
    try:
        root = safe_fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        raise HostileInputError(
            f"{label}: the document declares the entity '{exc.name}'; entity declarations are refused because "
            "they enable external-entity (XXE) and entity-expansion (billion laughs) attacks"
        ) from exc
    except (ExternalReferenceForbidden, NotSupportedError) as exc:
        raise HostileInputError(f"{label}: the document refers to external resources; refused") from exc
    except ParseError as exc:
        raise MalformedInputError(f"{label}: not well-formed XML: {exc}") from exc
    _check_depth(root, label)
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


def _check_depth(root: Element, label: str) -> None:
    """Refuse trees nested deeper than :data:`MAX_DEPTH` (checked without recursion)."""
    stack: list[tuple[Element, int]] = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedInputError(f"{label}: elements nested deeper than {MAX_DEPTH} levels")
        stack.extend((child_element, depth + 1) for child_element in element)
