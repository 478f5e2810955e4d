"""Offline helpers for the ingest channel tests: a stand-in parser, so no test here depends on the real formats."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswire_ingest.errors import MalformedInputError
from newswire_ingest.limits import ParseLimits
from newswire_ingest.metrics import IngestMetrics
from newswire_ingest.parsers import ParsedFile
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.settings import IngestSettings
from newswire_schemas import Article, Channel

FIXED_NOW = datetime(2026, 1, 22, 12, 0, tzinfo=UTC)


def stub_parse(
    data: bytes,
    *,
    file_name: str | None,
    content_type: str | None,
    channel: Channel,
    received_at: datetime,
    limits: ParseLimits,
) -> ParsedFile:
    """Headline on the first line, body after; a file starting with 'BAD' is malformed; id from the content.

    Parts separated by a ``===`` line are one article each (a message carrying several stories).
    """
    if data.startswith(b"BAD"):
        raise MalformedInputError("the file has no headline")
    if data.startswith(b"CRASH"):
        raise ZeroDivisionError("parser bug")
    file_hash = f"sha256:{hashlib.sha256(data).hexdigest()}"
    articles = []
    for part in data.split(b"\n===\n"):
        headline, _, body = part.decode().partition("\n")
        articles.append(
            Article(
                id=f"sha256:{hashlib.sha256(part).hexdigest()[:32]}",
                headline=headline or "untitled",
                body=body,
                source_format="text",
                channel=channel,
                file_name=file_name,
                content_hash=file_hash,
                received_at=received_at,
            )
        )
    return ParsedFile(tuple(articles))


@pytest.fixture
def settings(tmp_path: Path) -> IngestSettings:
    """Settings pointing the folder channel at a fresh temporary folder, with no age guard."""
    return IngestSettings(watch_dir=tmp_path / "watch", min_file_age=0.0, max_bytes=1024)


@pytest.fixture
def dry_pipeline(settings: IngestSettings) -> Pipeline:
    """A pipeline with no publisher (the dry run): outcomes are computed, nothing is sent anywhere."""
    return Pipeline(
        None, limits=settings.parse_limits, metrics=IngestMetrics(), parse=stub_parse, clock=lambda: FIXED_NOW
    )
