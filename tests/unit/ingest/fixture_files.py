"""Shared access to the ingest fixture files and a parse call with test defaults."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newswire_ingest.parsers import DEFAULT_LIMITS, ParsedFile, ParseLimits, parse_file
from newswire_schemas import Article, Channel

FIXTURES = Path(__file__).parent / "fixtures"
"""Directory of the committed wire-file fixtures."""

RECEIVED_AT = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
"""A fixed reception time, so articles compare equal across calls."""

SEED_ENCODINGS = (
    "seed.txt",
    "seed-utf8-bom.txt",
    "seed-utf16le.txt",
    "seed-utf16be.txt",
    "seed-utf16le-nobom.txt",
    "seed-cp1254.txt",
    "seed-iso8859-9.txt",
)
"""The seed story in every encoding the decoder must handle."""


def fixture(name: str) -> bytes:
    """The raw bytes of a fixture file."""
    return (FIXTURES / name).read_bytes()


def parse_all(
    data: bytes,
    *,
    file_name: str | None = None,
    content_type: str | None = None,
    channel: Channel = "cli",
    limits: ParseLimits = DEFAULT_LIMITS,
) -> ParsedFile:
    """``parse_file`` with the fixed reception time: every article of the file and the skipped items."""
    return parse_file(
        data,
        file_name=file_name,
        content_type=content_type,
        channel=channel,
        received_at=RECEIVED_AT,
        limits=limits,
    )


def parse(
    data: bytes,
    *,
    file_name: str | None = None,
    content_type: str | None = None,
    channel: Channel = "cli",
    limits: ParseLimits = DEFAULT_LIMITS,
) -> Article:
    """The one article of a single-story file (fails the test if the file yields several)."""
    parsed = parse_all(data, file_name=file_name, content_type=content_type, channel=channel, limits=limits)
    assert len(parsed.articles) == 1, [a.id for a in parsed.articles]
    return parsed.articles[0]


def parse_fixture(name: str, *, content_type: str | None = None) -> Article:
    """Parse a fixture file under its own name."""
    return parse(fixture(name), file_name=name, content_type=content_type)
