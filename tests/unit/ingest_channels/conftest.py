"""Offline helpers for the ingest channel tests: a stand-in parser, so no test here depends on the real formats."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswire_ingest.errors import MalformedInputError
from newswire_ingest.metrics import IngestMetrics
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
    max_bytes: int,
) -> Article:
    """Headline on the first line, body after; a file starting with 'BAD' is malformed; id from the content."""
    if data.startswith(b"BAD"):
        raise MalformedInputError("the file has no headline")
    if data.startswith(b"CRASH"):
        raise ZeroDivisionError("parser bug")
    digest = hashlib.sha256(data).hexdigest()
    headline, _, body = data.decode().partition("\n")
    return Article(
        id=f"sha256:{digest[:32]}",
        headline=headline or "untitled",
        body=body,
        source_format="text",
        channel=channel,
        file_name=file_name,
        content_hash=f"sha256:{digest}",
        received_at=received_at,
    )


@pytest.fixture
def settings(tmp_path: Path) -> IngestSettings:
    """Settings pointing the folder channel at a fresh temporary folder, with no age guard."""
    return IngestSettings(watch_dir=tmp_path / "watch", min_file_age=0.0, max_bytes=1024)


@pytest.fixture
def dry_pipeline(settings: IngestSettings) -> Pipeline:
    """A pipeline with no publisher (the dry run): outcomes are computed, nothing is sent anywhere."""
    return Pipeline(
        None, max_bytes=settings.max_bytes, metrics=IngestMetrics(), parse=stub_parse, clock=lambda: FIXED_NOW
    )
