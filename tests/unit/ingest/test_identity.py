"""Article ids, content hashes and stored file names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from newswire_ingest.identity import article_id, content_hash, guid_id, safe_file_name

from tests.unit.ingest.fixture_files import fixture, parse


def _content_id(**changes: object) -> str:
    fields: dict[str, object] = {
        "guid": None,
        "source": "AA",
        "headline": "Başlık",
        "published_at": datetime(2026, 1, 22, tzinfo=UTC),
        "lead": "Giriş.",
        "body": "Gövde paragrafı.",
    }
    fields.update(changes)
    return article_id(**fields)  # type: ignore[arg-type]  # the test varies one field at a time


def test_guid_is_kept_when_plain() -> None:
    assert guid_id("urn:newsml:aa.com.tr:20260122:12345") == "urn:newsml:aa.com.tr:20260122:12345"
    assert _content_id(guid="urn:newsml:aa.com.tr:20260122:12345") == "urn:newsml:aa.com.tr:20260122:12345"


@pytest.mark.parametrize("guid", ["x" * 201, "haber kimliği", "id\twith\ttabs", "ğüş"])
def test_unsafe_guid_is_hashed(guid: str) -> None:
    made = guid_id(guid)
    assert made.startswith("guid-")
    assert len(made) == 45
    assert made == guid_id(guid)


def test_content_id_ignores_whitespace_and_normalisation_form() -> None:
    base = _content_id()
    assert _content_id(body="  Gövde \n paragrafı.  ") == base
    assert _content_id(body="Go\u0308vde paragrafı.") == base
    assert _content_id(published_at=datetime(2026, 1, 22, 2, 0, tzinfo=timezone(timedelta(hours=2)))) == base


@pytest.mark.parametrize(
    "change",
    [{"headline": "Başka"}, {"source": None}, {"published_at": None}, {"body": "Başka gövde."}, {"lead": None}],
)
def test_content_id_changes_with_the_story(change: dict[str, object]) -> None:
    assert _content_id(**change) != _content_id()


def test_content_id_shape() -> None:
    made = _content_id()
    assert made.startswith("nw-")
    assert len(made) == 23
    int(made[3:], 16)


def test_content_hash_is_of_raw_bytes() -> None:
    assert content_hash(b"") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\wire\\in\\haber.xml", "haber.xml"),
        ("/var/inbox/seed.txt", "seed.txt"),
        ("kötü\x00ad\x1b.txt", "kötüad.txt"),
        ("dir/..", None),
        ("", None),
        (None, None),
        ("a" * 300, "a" * 255),
    ],
)
def test_file_names_are_metadata_only(given: str | None, stored: str | None) -> None:
    assert safe_file_name(given) == stored


def test_parse_file_stores_the_safe_name() -> None:
    article = parse(fixture("seed.txt"), file_name="../../inbox/\x07seed.txt")
    assert article.file_name == "seed.txt"
