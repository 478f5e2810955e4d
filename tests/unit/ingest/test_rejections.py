"""Hostile, malformed and oversized input raises the specific RejectedInputError with a useful reason."""

from __future__ import annotations

import json
import tracemalloc
from datetime import datetime

import pytest
from newswire_ingest.errors import (
    EncodingError,
    HostileInputError,
    MalformedInputError,
    NotAStoryError,
    RejectedInputError,
    TooComplexError,
    TooLargeError,
    UnsupportedFormatError,
)
from newswire_ingest.parsers import ParseLimits, parse_file

from tests.unit.ingest.fixture_files import fixture, parse, parse_fixture


@pytest.mark.parametrize(
    ("name", "error", "reason"),
    [
        ("xxe.xml", HostileInputError, r"declares the entity '\w+'.*external-entity \(XXE\)"),
        ("billion-laughs.xml", HostileInputError, r"declares the entity '\w+'.*billion laughs"),
        ("truncated.xml", MalformedInputError, r"NITF: not well-formed XML: unclosed token: line 17"),
        ("empty.txt", MalformedInputError, r"empty file"),
        ("image.png", EncodingError, r"PNG image signature"),
        ("ninjs-no-headline.json", MalformedInputError, r"ninjs 1\.x: no headline"),
    ],
)
def test_fixture_is_rejected(name: str, error: type[RejectedInputError], reason: str) -> None:
    with pytest.raises(error, match=reason) as caught:
        parse_fixture(name)
    assert caught.value.reason == str(caught.value)


def test_xxe_never_reads_the_file() -> None:
    with pytest.raises(HostileInputError) as caught:
        parse_fixture("xxe.xml")
    assert "root:" not in caught.value.reason


def test_oversized_input_is_refused_before_decoding() -> None:
    data = b"\xff" * 1025  # undecodable too: the size check must come first
    with pytest.raises(TooLargeError, match="1,025 bytes; the limit is 1,024"):
        parse(data, limits=ParseLimits(max_bytes=1024))


def test_default_limit_is_ten_mebibytes() -> None:
    with pytest.raises(TooLargeError):
        parse(b"a" * (10 * 1024 * 1024 + 1))


@pytest.mark.parametrize(
    "doc",
    [
        '<!DOCTYPE newsItem [<!ENTITY % p SYSTEM "http://example.org/x.dtd"> %p;]><newsItem/>',
        '<!DOCTYPE nitf [<!ENTITY x "y">]><nitf/>',
    ],
)
def test_entity_declarations_are_hostile(doc: str) -> None:
    with pytest.raises(HostileInputError):
        parse(doc.encode())


def test_external_doctype_line_is_accepted_and_never_fetched() -> None:
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE nitf SYSTEM "http://example.invalid/nitf-3-6.dtd">\n'
        "<nitf><head><title>Ankara'da toplantı</title></head>"
        "<body><body.head><hedline><hl1>Ankara'da toplantı</hl1></hedline></body.head>"
        "<body.content><p>Bakanlar Ankara'da bir araya geldi.</p></body.content></body></nitf>"
    )
    article = parse(doc.encode())
    assert (article.source_format, article.headline) == ("nitf", "Ankara'da toplantı")


def _peak_traced_mib(data: bytes) -> float:
    """Peak Python-heap allocation (expat's included: pyexpat allocates through PyMem) while parsing ``data``."""
    tracemalloc.start()
    try:
        with pytest.raises(TooComplexError):
            parse(data)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_deeply_nested_xml_is_refused_while_parsing() -> None:
    depth = 1_400_000  # 9.8 MB: the post that cost 440 MB when depth was checked on the finished tree
    data = b"<nitf>" + b"<p>" * depth + b"x" + b"</p>" * depth + b"</nitf>"
    with pytest.raises(TooComplexError, match=r"NITF: nested deeper than 64 levels.*INGEST_MAX_DEPTH"):
        parse(data)
    assert _peak_traced_mib(data) < 40  # the input's decoded copies, not a tree of 1.4 million elements


def test_xml_with_too_many_elements_is_refused_while_parsing() -> None:
    data = b"<newsItem>" + b"<a x='1'>y</a>" * 700_000 + b"</newsItem>"
    with pytest.raises(TooComplexError, match=r"NewsML-G2: more than 100,000 elements.*INGEST_MAX_ELEMENTS"):
        parse(data)
    assert _peak_traced_mib(data) < 80  # 100,000 elements at most, not 700,000


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        (ParseLimits(max_depth=4), "NITF: nested deeper than 4 levels"),
        (ParseLimits(max_elements=6), "NITF: more than 6 elements"),
        (ParseLimits(max_depth=5, max_elements=7), None),
    ],
)
def test_xml_limits_are_the_callers(limits: ParseLimits, reason: str | None) -> None:
    doc = (  # 5 levels, 7 elements
        "<nitf><body><body.head><hedline><hl1>Başlık</hl1></hedline></body.head>"
        "<body.content><p>Metin.</p></body.content></body></nitf>"
    ).encode()
    if reason is None:
        assert parse(doc, limits=limits).headline == "Başlık"
        return
    with pytest.raises(TooComplexError, match=reason):
        parse(doc, limits=limits)


def test_attribute_defaults_are_hostile() -> None:
    # 100 kB of DTD default copied into 2,000 elements made 200 MB of attribute values with defusedxml alone.
    doc = '<!DOCTYPE nitf [<!ATTLIST p x CDATA "' + "A" * 100_000 + '">]><nitf>' + "<p/>" * 2000 + "</nitf>"
    with pytest.raises(HostileInputError, match=r"the document declares attribute defaults \(<!ATTLIST>\)"):
        parse(doc.encode())


def test_deeply_nested_json_is_refused_before_loading() -> None:
    with pytest.raises(TooComplexError, match=r"JSON: nested deeper than 64 levels"):
        parse(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def test_json_with_too_many_values_is_refused_before_loading() -> None:
    data = b'{"headline": "x", "a": [' + b",".join([b"{}"] * 3_000_000) + b"]}"
    with pytest.raises(TooComplexError, match=r"JSON: more than 100,000 values.*INGEST_MAX_ELEMENTS"):
        parse(data)
    assert _peak_traced_mib(data) < 40  # 9 MB of text, not 3 million dicts (290 MB)


def test_json_strings_do_not_count_as_structure() -> None:
    brackets = "[{,}]" * 50_000  # inside a string: text, not values or nesting
    article = parse(json.dumps({"uri": "u", "headline": brackets[:60], "body_text": "Metin. " + brackets}).encode())
    assert article.headline.startswith("[{,}]")


def test_json_with_a_huge_integer_is_rejected() -> None:
    with pytest.raises(MalformedInputError, match="JSON: not valid JSON"):
        parse(b'{"headline": "x", "version": ' + b"9" * 5000 + b"}")


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"<html><body><p>Merhaba</p></body></html>", UnsupportedFormatError, "HTML page"),
        (b"<!DOCTYPE html><html></html>", UnsupportedFormatError, "HTML page"),
        (b"<rss version='2.0'><channel/></rss>", UnsupportedFormatError, r"root <rss>"),
        (b'{"title": "x"}', UnsupportedFormatError, "not ninjs"),
        (b"[1, 2]", MalformedInputError, "only a title"),
        (b'{"headline": "x"', MalformedInputError, "JSON: not valid JSON"),
        (b'{"uri": "urn:x", "bodies": [{"value": "..."}]}', NotAStoryError, "ninjs 2.x: neither a headline nor"),
        (b"<nitf><body>", MalformedInputError, "NITF: not well-formed"),
        (b"<newsItem><contentMeta>", MalformedInputError, "NewsML-G2: not well-formed"),
        (b"<nitf>&bilinmeyen;</nitf>", MalformedInputError, "undefined entity"),
        (b"   \n\t\r\n  ", MalformedInputError, "empty file"),
    ],
)
def test_malformed_or_unsupported_content(data: bytes, error: type[RejectedInputError], reason: str) -> None:
    with pytest.raises(error, match=reason):
        parse(data)


def test_json_array_is_json_when_announced() -> None:
    with pytest.raises(UnsupportedFormatError, match="top level is a list"):
        parse(b"[1, 2]", content_type="application/json")


def test_reasons_are_never_empty() -> None:
    for name in ("xxe.xml", "truncated.xml", "image.png", "empty.txt", "ninjs-no-headline.json"):
        with pytest.raises(RejectedInputError) as caught:
            parse_fixture(name)
        assert len(caught.value.reason) > 10


def test_naive_received_at_is_a_caller_bug_not_bad_input() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_file(
            fixture("seed.txt"),
            file_name=None,
            content_type=None,
            channel="cli",
            received_at=datetime(2026, 1, 1),  # noqa: DTZ001 - the naive value is the point of the test
        )


def test_ninjs_correction_keeps_id_and_raises_version() -> None:
    item = json.loads(fixture("ninjs-2.json"))
    first = parse(json.dumps(item).encode())
    item["version"] = "2"
    item["bodies"][0]["value"] = "<p>Düzeltilmiş metin.</p>"
    second = parse(json.dumps(item).encode())
    assert (first.id, first.version) == (second.id, 1)
    assert second.version == 2
