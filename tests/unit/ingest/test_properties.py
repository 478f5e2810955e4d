"""Property-based: whatever the bytes, parse_file returns valid Articles or raises RejectedInputError."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newswire_ingest.errors import RejectedInputError
from newswire_schemas import Article

from tests.unit.ingest.fixture_files import FIXTURES, parse_all

FIXTURE_NAMES = sorted(p.name for p in FIXTURES.iterdir() if p.is_file())
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Structured strategies cost more to draw than the parse they feed; fewer examples keep the unit suite fast.
STRUCTURED_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=100)
NINJS_KEYS = ["uri", "guid", "headline", "headlines", "body_text", "body_html", "bodies", "descriptions", "version"]
NINJS_KEYS += ["subject", "subjects", "located", "places", "place", "by", "byline", "language", "firstcreated"]
NINJS_KEYS += ["type", "associations", "headline_main", "body_xhtml", "versionCreated", "standard", "$standard"]


def _outcome(data: bytes, file_name: str | None = None, content_type: str | None = None) -> list[Article]:
    """Parse, allowing only valid Articles (at least one, ids unique per version) or an explained rejection."""
    try:
        parsed = parse_all(data, file_name=file_name, content_type=content_type)
    except RejectedInputError as exc:
        _assert_explained(exc)
        return []
    assert parsed.articles
    assert len({(a.id, a.version) for a in parsed.articles}) == len(parsed.articles)
    assert all(note.strip() for note in parsed.skipped)
    for article in parsed.articles:
        assert article.headline.strip()
        assert "\n" not in article.headline
        assert 1 <= len(article.id) <= 200
        assert Article.model_validate_json(article.model_dump_json()) == article
    return list(parsed.articles)


def _assert_explained(error: RejectedInputError) -> None:
    """A rejection must say why."""
    assert error.reason.strip()


@PROPERTY_SETTINGS
@given(st.binary(max_size=4096), st.sampled_from([None, "x.txt", "x.xml", "x.json", "x.md"]))
def test_arbitrary_bytes(data: bytes, file_name: str | None) -> None:
    _outcome(data, file_name=file_name)


@st.composite
def mutated_fixture(draw: st.DrawFn) -> bytes:
    """A fixture with random byte flips, insertions, deletions or truncation."""
    data = bytearray((FIXTURES / draw(st.sampled_from(FIXTURE_NAMES))).read_bytes())
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        position = draw(st.integers(min_value=0, max_value=len(data)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and position < len(data):
            data[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[position : position + draw(st.integers(min_value=1, max_value=64))]
        else:
            del data[position:]
    return bytes(data)


@PROPERTY_SETTINGS
@given(mutated_fixture())
def test_mutated_fixtures(data: bytes) -> None:
    _outcome(data)


@PROPERTY_SETTINGS
@given(
    st.sampled_from(["", " date 2026-01-22 ", "date 2026-01-22\n", "# ", "<nitf>", "{", "---\n", "Başlık\n===\n"]),
    st.text(max_size=2000),
    st.sampled_from(["utf-8", "utf-16", "cp1254"]),
)
def test_random_text_behind_format_openings(opening: str, text: str, encoding: str) -> None:
    _outcome((opening + text).encode(encoding, errors="ignore"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from([*NINJS_KEYS, "value", "role"]), inner),
    max_leaves=30,
)


@STRUCTURED_SETTINGS
@given(
    st.sampled_from(["ninjs-1.json", "ninjs-2.json", "ninjs-composite.json"]),
    st.dictionaries(st.sampled_from(NINJS_KEYS), json_values, max_size=6),
    st.lists(st.sampled_from(NINJS_KEYS), max_size=4),
)
def test_ninjs_with_random_field_values(name: str, overrides: dict[str, Any], dropped: list[str]) -> None:
    item = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    item.update(overrides)
    for key in dropped:
        item.pop(key, None)
    _outcome(json.dumps(item).encode())


XML_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=30)


@st.composite
def mutated_xml_fixture(draw: st.DrawFn) -> bytes:
    """A NITF or NewsML-G2 fixture with random text, attribute values and removed elements."""
    names = ["nitf.xml", "newsml-g2-newsitem.xml", "newsml-g2-newsmessage.xml", "newsml-g2-message-package.xml"]
    name = draw(st.sampled_from(names))
    root = ElementTree.fromstring((FIXTURES / name).read_bytes())  # noqa: S314 - our own trusted fixture
    for element in list(root.iter()):
        action = draw(st.sampled_from(["keep", "keep", "text", "attribute", "drop"]))
        if action == "text":
            element.text = draw(XML_TEXT)
        elif action == "attribute" and element.attrib:
            element.set(draw(st.sampled_from(sorted(element.attrib))), draw(XML_TEXT))
        elif action == "drop" and len(element):
            element.remove(element[draw(st.integers(0, len(element) - 1))])
    serialised: bytes = ElementTree.tostring(root, encoding="utf-8")
    return serialised


@STRUCTURED_SETTINGS
@given(mutated_xml_fixture())
def test_mutated_xml_fixtures(data: bytes) -> None:
    _outcome(data)
