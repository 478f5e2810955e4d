"""The two rules every format shares: which item classes become articles, and headline-only items."""

from __future__ import annotations

import pytest
from newswire_ingest.parsers.item_class import class_name, refusal
from newswire_ingest.parsers.story import Story, headline_only_rule


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ninat:picture", "picture"),
        ("http://cv.iptc.org/newscodes/ninature/video/", "video"),
        ("Graphic", "graphic"),
        ("text", "text"),
        (None, "text"),
        ("  ", "text"),
        ("ninat:composite", "composite"),
    ],
)
def test_class_name(value: str | None, expected: str) -> None:
    assert class_name(value) == expected


def test_only_media_and_non_story_classes_are_refused() -> None:
    assert refusal("L", "text") is None
    assert refusal("L", "composite") is None
    media = refusal("L", "picture", "urn:p")
    assert media is not None
    assert media.reason.startswith("L urn:p: picture item, not a text story")
    planning = refusal("L", "planning")
    assert planning is not None
    assert planning.reason == "L: planning item, not a story"


def test_headline_only_rule() -> None:
    flash = headline_only_rule(Story(headline="FLAŞ", body=""))
    assert (flash.body, flash.lead, flash.headline_only) == ("", None, True)
    elided = headline_only_rule(Story(headline="H", body="[ ... ]", lead="....."))
    assert (elided.body, elided.lead, elided.headline_only) == ("", None, True)
    caption_only = headline_only_rule(Story(headline="H", body="", lead="Özet var."))
    assert (caption_only.lead, caption_only.headline_only) == ("Özet var.", False)
    story = Story(headline="H", body="Metin.")
    assert headline_only_rule(story) is story
