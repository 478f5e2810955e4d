"""The IPTC's own NewsML-G2 and ninjs examples parse, or are refused, as ``conformance_table`` says.

The examples are committed under ``fixtures/iptc`` with their licences, so this runs offline everywhere; a missing
or extra file fails the suite instead of being skipped.
"""

from __future__ import annotations

import pytest
from newswire_ingest.errors import RejectedInputError

from tests.unit.ingest.conformance_table import EXPECTED, SAME_ARTICLE_ACROSS_VERSIONS, Parsed, Refused
from tests.unit.ingest.fixture_files import FIXTURES, parse_all

IPTC = FIXTURES / "iptc"
NOT_EXAMPLES = {"LICENSE", "README.md"}


def test_every_example_has_an_expectation_and_every_expectation_a_file() -> None:
    assert IPTC.is_dir(), f"the IPTC examples are missing: {IPTC}"
    on_disk = {
        path.relative_to(IPTC).as_posix()
        for path in IPTC.rglob("*")
        if path.is_file() and path.name not in NOT_EXAMPLES
    }
    assert sorted(on_disk - EXPECTED.keys()) == [], "examples without an expectation"
    assert sorted(EXPECTED.keys() - on_disk) == [], "expectations without an example"
    assert (IPTC / "newsml-g2" / "LICENSE").is_file()
    assert (IPTC / "ninjs" / "LICENSE").is_file()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name: str) -> None:
    expected = EXPECTED[name]
    data = (IPTC / name).read_bytes()
    if isinstance(expected, Refused):
        with pytest.raises(RejectedInputError, match=expected.reason) as caught:
            parse_all(data, file_name=name.rsplit("/", 1)[-1])
        assert type(caught.value) is expected.error, caught.value.reason
        return
    assert isinstance(expected, Parsed)
    parsed = parse_all(data, file_name=name.rsplit("/", 1)[-1])
    assert tuple(a.headline for a in parsed.articles) == expected.headlines
    assert len(parsed.skipped) == expected.skipped, parsed.skipped
    assert all(a.source_format == ("ninjs" if name.startswith("ninjs/") else "newsml-g2") for a in parsed.articles)
    headline_only = [not a.body and not a.lead for a in parsed.articles]
    assert headline_only == [expected.headline_only] * len(parsed.articles)
    assert [a.headline_only for a in parsed.articles] == headline_only
    for article in parsed.articles:
        until = article.embargoed_until.isoformat() if article.embargoed_until else None
        assert (article.urgency, until, article.embargoed) == (expected.urgency, expected.embargoed_until, bool(until))
        assert (article.slugline, len(article.agency_entities)) == (expected.slugline, expected.agency_entities)
        assert article.pubstatus == "usable"


@pytest.mark.parametrize("example", SAME_ARTICLE_ACROSS_VERSIONS)
def test_one_example_in_three_ninjs_versions_is_one_article(example: str) -> None:
    """1.6 names (``headline_main``, ``body_text``), 2.2 arrays and 3.1 camelCase give the very same article."""
    per_version = {}
    for version in ("1.6", "2.2", "3.1"):
        (article,) = parse_all((IPTC / "ninjs" / version / f"{example}.json").read_bytes()).articles
        per_version[version] = article.model_dump(exclude={"file_name", "content_hash"})
    assert per_version["1.6"] == per_version["2.2"] == per_version["3.1"]
    assert per_version["1.6"]["published_at"] is not None


def test_the_same_photo_gets_the_same_answer_in_every_format_and_version() -> None:
    photos = ["ninjs/1.4/ninjsExSimplePhoto1.json", *(f"ninjs/{v}/006_photo_only.json" for v in ("1.6", "2.2", "3.1"))]
    photos += [
        "newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml",
        "newsml-g2/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml",
    ]
    for name in photos:
        with pytest.raises(RejectedInputError) as caught:
            parse_all((IPTC / name).read_bytes())
        assert type(caught.value).__name__ == "NotAStoryError"
        assert "picture item, not a text story" in caught.value.reason
