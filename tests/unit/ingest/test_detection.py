"""Formats are recognised by their content; names and content types are hints only."""

from __future__ import annotations

import pytest
from newswire_ingest.parsers.detection import sniff

from tests.unit.ingest.fixture_files import fixture, parse


@pytest.mark.parametrize(
    ("name", "disguise", "content_type", "expected"),
    [
        ("nitf.xml", "story.txt", "text/plain", "nitf"),
        ("newsml-g2-newsitem.xml", "item.json", "application/json", "newsml-g2"),
        ("ninjs-2.json", "item.xml", "application/xml", "ninjs"),
        ("seed.txt", "seed.md", "text/markdown", "agency-text"),
        ("markdown.md", "story.txt", "text/plain", "markdown"),
        ("plain.txt", "story.xml", "application/xml", "text"),
        ("nitf.xml", None, None, "nitf"),
    ],
)
def test_detection_is_content_based(name: str, disguise: str | None, content_type: str | None, expected: str) -> None:
    article = parse(fixture(name), file_name=disguise, content_type=content_type)
    assert article.source_format == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2026-01-22 Lead.", "agency-text"),
        ("date 2026-01-22\nLead.", "agency-text"),
        ("DATE 2026-01-22 Lead.", "agency-text"),
        ("dated 2026-01-22 Lead.", "text"),
        ("  \n<?xml version='1.0'?><nitf/>", "xml"),
        ("<!-- yorum --><nitf/>", "xml"),
        ("<<< ACİL >>>\nMetin", "text"),
        ("[FLAŞ] Başlık\n\nMetin", "text"),
        ('  {"headline": "x"}', "json"),
        ("# Başlık\n\nMetin", "markdown"),
        ("Başlık\n---\n\nMetin", "markdown"),
        ("", "empty"),
        ("<HTML><BODY>x", "html"),
    ],
)
def test_sniff(text: str, expected: str) -> None:
    assert sniff(text) == expected


def test_markdown_hint_only_decides_ambiguous_text() -> None:
    assert sniff("Başlık\n\nMetin", file_name="a.md") == "markdown"
    assert sniff("Başlık\n\nMetin", content_type="text/markdown; charset=utf-8") == "markdown"
    assert sniff("Başlık\n\nMetin", file_name="a.txt") == "text"
