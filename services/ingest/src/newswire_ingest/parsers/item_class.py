"""Which items become articles: one rule for every format and version.

============================================  ============================================================
item                                          what happens
============================================  ============================================================
text (also untyped, composite, component)     an article, if it has a headline; a headline with no text is a
                                              headline-only article (:func:`story.headline_only_rule`)
picture, graphic, video, audio, interactive   not an article. A file holding only such items is refused
                                              (``NotAStoryError`` naming the class); inside a newsMessage or a
                                              composite the item is skipped with one log line, and its text
                                              siblings are still published
concept, knowledge, planning, catalog, event  not a story: refused, or skipped inside a message
============================================  ============================================================

Media items are refused rather than indexed from their captions: a caption is metadata about an image, not a
story, and indexing it would count photos as articles in every dashboard and feed the topic model one-liners. The
same photo gets the same answer in NewsML-G2, and in ninjs 1.x, 2.x and 3.x.

The class is read from NewsML-G2 ``itemClass`` (``ninat:picture`` or its ``cv.iptc.org/newscodes/ninature`` URI)
and from ninjs ``type``.
"""

from __future__ import annotations

from newswire_ingest.errors import NotAStoryError

MEDIA_CLASSES = frozenset({"picture", "graphic", "video", "audio", "interactive"})
"""Item classes that never become articles (IPTC NewsItem Nature values without text)."""

NOT_STORY_CLASSES = frozenset({"event", "planning", "concept", "scheme", "catalog", "newscoverage"})
"""Classes of items describing the world or the coverage plan, not reporting news."""


def class_name(value: str | None) -> str:
    """``ninat:picture``, ``http://cv.iptc.org/newscodes/ninature/picture`` or ``picture`` → ``picture``.

    An item that does not state its class is taken as text.
    """
    if not value or not value.strip():
        return "text"
    code = value.strip().rstrip("/")
    for separator in ("/", ":"):
        code = code.rsplit(separator, 1)[-1]
    return code.lower() or "text"


def refusal(label: str, item_class: str, ident: str | None = None) -> NotAStoryError | None:
    """The refusal of an item of ``item_class`` (``None`` if such items become articles).

    ``label`` names the format and element (``NewsML-G2 newsItem``, ``ninjs 2.x``); ``ident`` the item's guid.
    """
    named = f"{label} {ident}" if ident else label
    if item_class in MEDIA_CLASSES:
        return NotAStoryError(
            f"{named}: {item_class} item, not a text story "
            "(picture, graphic, video, audio and interactive items are not indexed as articles)"
        )
    if item_class in NOT_STORY_CLASSES:
        return NotAStoryError(f"{named}: {item_class} item, not a story")
    return None
