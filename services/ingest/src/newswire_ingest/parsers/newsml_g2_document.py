"""A NewsML-G2 document to its stories: a ``newsItem``, or a ``newsMessage`` with its packages resolved.

=======================================  =====================================================================
root                                     result
=======================================  =====================================================================
``newsItem``                             one story (:func:`newsml_g2.parse_item`)
``newsMessage``                          one story per text ``newsItem`` in its ``itemSet``, each with its own
                                         guid and version: first the items its ``packageItem`` s refer to, in
                                         package order (nested packages followed), then the others in document
                                         order. Items that are no text story (pictures, videos, concepts, items
                                         without a headline ...) are skipped with one note each; the message is
                                         refused only when none of its items is a story
``packageItem`` on its own               refused: a package refers to items it does not carry
``conceptItem``, ``knowledgeItem``,      refused: ``NewsML-G2 planningItem: not a story (...)``
``planningItem``, ``catalogItem``
``groupSet``, ``contentSet``,            refused as a fragment of an item (the Guidelines' listings show such
``contentMeta`` and other parts          snippets)
=======================================  =====================================================================
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from newswire_ingest.errors import MalformedInputError, NotAStoryError, RejectedInputError
from newswire_ingest.parsers.newsml_g2 import label_of, parse_item
from newswire_ingest.parsers.safexml import descendants, first, local_name
from newswire_ingest.parsers.story import Parsed, Story, inline

NAR_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
"""The namespace of NewsML-G2 elements."""

_NOT_STORIES = {
    "conceptItem": "a concept: a person, organisation, place, event or other entity",
    "knowledgeItem": "a set of concepts for a vocabulary",
    "planningItem": "planning of news coverage and events",
    "catalogItem": "a catalog of vocabularies",
}
_FRAGMENTS = frozenset(
    {"groupSet", "group", "itemRef", "contentSet", "contentMeta", "itemMeta", "itemSet", "rightsInfo", "header"}
    | {"inlineXML", "inlineData", "remoteContent", "partMeta", "hopHistory", "assert", "events", "event"}
    | {"concept", "conceptSet", "newsCoverageSet", "newsCoverage"}
)
_ITEMS = frozenset({"newsItem", "packageItem"} | _NOT_STORIES.keys())
ROOT_NAMES = frozenset({"newsItem", "newsMessage", "packageItem"} | _NOT_STORIES.keys() | _FRAGMENTS)
"""Root element names read as NewsML-G2 (whatever their namespace; the Guidelines' snippets have none)."""

_MAX_PACKAGE_DEPTH = 16
_MAX_LISTED = 5


def is_newsml_g2(root: Element) -> bool:
    """Whether a parsed root is NewsML-G2: a known G2 element name, or any element in the G2 namespace."""
    return local_name(root.tag) in ROOT_NAMES or str(root.tag).startswith("{" + NAR_NAMESPACE)


def parse_document(root: Element) -> Parsed:
    """The stories of a NewsML-G2 document (see the module docstring)."""
    name = local_name(root.tag)
    if name == "newsItem":
        return Parsed((parse_item(root),))
    if name == "newsMessage":
        return _message(root)
    raise _refusal(root)


def _refusal(root: Element) -> NotAStoryError:
    """Why a root other than a newsItem or newsMessage gives no story."""
    name = local_name(root.tag)
    if name == "packageItem":
        refs = [ref for e in descendants(root, "itemRef") if (ref := inline(e.get("residref")))]
        listed = ", ".join(refs[:_MAX_LISTED]) + (", ..." if len(refs) > _MAX_LISTED else "")
        return NotAStoryError(
            f"{label_of(root)}: a package refers to {len(refs)} items ({listed or 'none'}) but carries none of "
            "them; send the newsItems, or a newsMessage carrying the package and its items"
        )
    if name in _NOT_STORIES:
        return NotAStoryError(f"NewsML-G2 {name}: not a story ({_NOT_STORIES[name]})")
    return NotAStoryError(f"NewsML-G2 <{name}> fragment: part of an item, not a whole item (send the whole newsItem)")


def _message(root: Element) -> Parsed:
    """One story per text newsItem of a newsMessage, in package order; the other items noted as skipped."""
    item_set = first(root, "itemSet")
    items = [e for e in (item_set if item_set is not None else []) if local_name(e.tag) in _ITEMS]
    items = items or list(descendants(root, "newsItem"))  # tolerate items outside an itemSet
    news = [e for e in items if local_name(e.tag) == "newsItem"]
    packages = [e for e in items if local_name(e.tag) == "packageItem"]
    ordered, skipped = _package_order(news, packages)
    stories: list[Story] = []
    errors: list[RejectedInputError] = []
    for item in ordered:
        try:
            stories.append(parse_item(item))
        except RejectedInputError as exc:
            errors.append(exc)
    errors += [_refusal(e) for e in items if local_name(e.tag) not in {"newsItem", "packageItem"}]
    if stories:
        return Parsed(tuple(stories), tuple(e.reason for e in errors) + tuple(skipped))
    if len(errors) == 1 or (not errors and packages):
        raise errors[0] if errors else _refusal(packages[0])
    raise _nothing_in(items, errors)


def _nothing_in(items: list[Element], errors: list[RejectedInputError]) -> RejectedInputError:
    """The refusal of a newsMessage none of whose items is a story."""
    if not items:
        return MalformedInputError("NewsML-G2 newsMessage: carries no items (no newsItem in an itemSet)")
    reasons = "; ".join(e.reason for e in errors[:_MAX_LISTED]) + ("; ..." if len(errors) > _MAX_LISTED else "")
    summary = f"NewsML-G2 newsMessage: none of its {len(items)} items is a text story ({reasons})"
    if any(isinstance(e, MalformedInputError) for e in errors):
        return MalformedInputError(summary)
    return NotAStoryError(summary)


def _package_order(news: list[Element], packages: list[Element]) -> tuple[list[Element], list[str]]:
    """The newsItems in the order the packages list them, then the rest; and notes on refs not carried."""
    by_guid = {guid: item for item in news if (guid := inline(item.get("guid")))}
    package_by_guid = {guid: p for p in packages if (guid := inline(p.get("guid")))}
    ordered: dict[int, Element] = {}
    notes: list[str] = []
    seen: set[int] = set()

    def follow(package: Element, depth: int) -> None:
        if id(package) in seen or depth > _MAX_PACKAGE_DEPTH:
            return
        seen.add(id(package))
        for ref in (inline(e.get("residref")) or "" for e in descendants(package, "itemRef")):
            if ref in by_guid:
                ordered.setdefault(id(by_guid[ref]), by_guid[ref])
            elif ref in package_by_guid:
                follow(package_by_guid[ref], depth + 1)
            else:
                notes.append(f"{label_of(package)}: refers to {ref[:200] or 'an item without residref'}, not carried")

    for package in packages:
        follow(package, 0)
    for item in news:
        ordered.setdefault(id(item), item)
    return list(ordered.values()), notes
