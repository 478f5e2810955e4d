"""ninjs 1.x, 2.x and 3.x are each read by their own names; composites are followed to their text items."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from newswire_ingest.errors import MalformedInputError, NotAStoryError, TooComplexError
from newswire_ingest.parsers import ParseLimits

from tests.unit.ingest.fixture_files import fixture, parse, parse_all

BODY = "Meclis Genel Kurulu'nda bütçe görüşmeleri başladı.\n\nGörüşmelerin iki hafta sürmesi bekleniyor."
WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SAME_STORY: dict[str, dict[str, Any]] = {
    "1.x": {
        "uri": "urn:x:1",
        "type": "text",
        "versioncreated": "2026-12-01T09:30:00Z",
        "byline": "Ali Veli",
        "headline_main": "Bütçe görüşmeleri başladı",
        "description_text": "Özet.",
        "body_xhtml": "<p>Meclis Genel Kurulu'nda bütçe görüşmeleri başladı.</p><p>Görüşmelerin iki hafta sürmesi "
        "bekleniyor.</p>",
        "place": [{"name": "ANKARA"}],
        "copyrightholder": "AA",
    },
    "2.x": {
        "uri": "urn:x:1",
        "type": "text",
        "versioncreated": "2026-12-01T09:30:00Z",
        "by": "Ali Veli",
        "headlines": [{"role": "sub", "value": "Alt başlık"}, {"role": "main", "value": "Bütçe görüşmeleri başladı"}],
        "descriptions": [{"value": "Özet."}],
        "bodies": [{"contenttype": "text/plain", "value": BODY}],
        "places": [{"name": "ANKARA"}],
        "copyrightholder": "AA",
    },
    "3.x": {
        "uri": "urn:x:1",
        "type": "text",
        "versionCreated": "2026-12-01T09:30:00Z",
        "by": "Ali Veli",
        "headlines": [{"value": "Bütçe görüşmeleri başladı"}],
        "descriptions": [{"contentType": "text/plain", "value": "Özet."}],
        "bodies": [{"contentType": "application/xhtml+xml", "value": "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"}],
        "places": [{"name": "ANKARA"}],
        "copyrightHolder": "AA",
    },
}


def _parse(item: dict[str, Any]) -> Any:
    return parse(json.dumps(item, ensure_ascii=False).encode())


@pytest.mark.parametrize("version", sorted(SAME_STORY))
def test_each_version_by_its_own_names_gives_the_same_article(version: str) -> None:
    article = _parse(SAME_STORY[version])
    assert (article.id, article.headline, article.lead, article.body) == (
        "urn:x:1",
        "Bütçe görüşmeleri başladı",
        "Özet.",
        BODY,
    )
    assert (article.byline, article.dateline, article.source, article.published_at) == (
        "Ali Veli",
        "ANKARA",
        "AA",
        WHEN,
    )


def test_other_versions_names_are_not_read() -> None:
    """A document declaring 3.x is read by 3.x names only: its lowercase 2.x date is not a 3.x property."""
    item = {**SAME_STORY["3.x"], "standard": {"version": "3.1"}, "versioncreated": "2020-01-01T00:00:00Z"}
    del item["versionCreated"]
    assert _parse(item).published_at is None
    with pytest.raises(MalformedInputError, match=r"^ninjs 2\.2: no headline \(neither 'headline' nor 'headlines"):
        _parse(
            {"$standard": {"version": "2.2"}, "uri": "u", "headline_main": "Başlık", "bodies": [{"value": "Metin."}]}
        )


def test_declared_version_names_the_version_in_reasons() -> None:
    with pytest.raises(NotAStoryError, match=r"^ninjs 1\.6: picture item, not a text story"):
        _parse({"$standard": {"version": "1.6"}, "uri": "u", "type": "picture", "headline": "Foto"})


@pytest.mark.parametrize("kind", ["picture", "graphic", "video", "audio"])
@pytest.mark.parametrize("version", sorted(SAME_STORY))
def test_media_items_are_refused_alike_in_every_version(version: str, kind: str) -> None:
    with pytest.raises(NotAStoryError, match=rf"^ninjs {version[0]}\.x: {kind} item, not a text story"):
        _parse({**SAME_STORY[version], "type": kind})


@pytest.mark.parametrize("kind", ["event", "planning"])
def test_event_and_planning_objects_are_not_stories(kind: str) -> None:
    with pytest.raises(NotAStoryError, match=rf"^ninjs 3\.x: {kind} item, not a story$"):
        _parse({"uri": "u", "type": kind, "versionCreated": "2026-01-01T00:00:00Z"})


def test_composite_gives_one_article_per_text_association() -> None:
    parsed = parse_all(fixture("ninjs-composite.json"))
    assert [(a.id, a.version, a.headline) for a in parsed.articles] == [
        ("urn:newsml:aa.com.tr:20260316:3510001", 3, "Yerel seçim takvimi açıklandı"),
        ("urn:newsml:aa.com.tr:20260316:3510003", 1, "Seçmen kütükleri askıya çıkıyor"),
    ]
    assert parsed.articles[1].body == "Seçmen kütükleri muhtarlıklarda 15 gün askıda kalacak."
    # The parts state no language or time of their own: the composite's apply.
    assert {(a.language, a.published_at) for a in parsed.articles} == {("tr", datetime(2026, 3, 16, 9, 0, tzinfo=UTC))}
    assert [note.split(":", 1)[0] for note in parsed.skipped] == [
        "ninjs 2.x association 'photo' urn",
        "ninjs 2.x association 'sidebar/chart' urn",
    ]


def test_composite_1x_associations_are_a_name_map() -> None:
    item = {
        "uri": "urn:c",
        "type": "composite",
        "headline": "Ana haber",
        "body_text": "Ana metin.",
        "associations": {
            "yan": {"uri": "urn:y", "type": "text", "headline": "Yan haber", "body_text": "Yan metin."},
            "foto": {"uri": "urn:f", "type": "picture", "headline": "Foto", "description_text": "Altyazı."},
            "ref": {"uri": "urn:r", "type": "text"},
        },
    }
    parsed = parse_all(json.dumps(item).encode())
    assert [a.id for a in parsed.articles] == ["urn:c", "urn:y"]
    assert parsed.skipped[1] == "ninjs 1.x association 'ref': no headline and no text (a reference only)"


def test_composite_without_text_items_is_refused_listing_them() -> None:
    item = {"uri": "urn:c", "type": "composite", "associations": [{"name": "p", "uri": "urn:p", "type": "picture"}]}
    with pytest.raises(NotAStoryError, match=r"^ninjs 2\.x: no text story in it \(ninjs 2\.x association 'p' urn:p"):
        parse_all(json.dumps(item).encode())


def test_deeply_nested_associations_are_bounded() -> None:
    item: dict[str, Any] = {"uri": "leaf", "headline": "Derin", "body_text": "metin"}
    for depth in range(200):
        item = {"uri": f"n{depth}", "associations": {"a": item}}
    data = json.dumps(item).encode()
    with pytest.raises(NotAStoryError, match="no headline and no text"):
        parse_all(data, limits=ParseLimits(max_depth=1_000))
    with pytest.raises(TooComplexError, match="nested deeper than 64 levels"):
        parse_all(data)  # 400 JSON levels: the default depth limit refuses it before any association is followed


def test_headline_without_text_is_a_headline_only_article_and_elisions_are_no_text() -> None:
    flash = _parse({"uri": "f", "headline": "SON DAKİKA: Başlık"})
    assert (flash.headline, flash.lead, flash.body, flash.urgency) == ("Başlık", None, "", 2)
    elided = _parse({"uri": "e", "headlines": [{"value": "Başlık"}], "bodies": [{"value": "[ ... ]"}]})
    assert elided.body == ""
