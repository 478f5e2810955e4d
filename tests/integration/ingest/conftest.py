"""Fixtures of the ingest integration tests: service settings on the session broker, a started publisher."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_runtime import KafkaSettings


@pytest.fixture
def ingest_settings(kafka_settings: KafkaSettings, unique_group: str, tmp_path: Path) -> IngestSettings:
    """Service settings on the session broker, with this test's topic prefix, group and watch folder."""
    return IngestSettings(
        kafka=kafka_settings,
        group_id=unique_group,
        watch_dir=tmp_path / "watch",
        min_file_age=0.0,
        poll_interval=0.2,
        retry_backoff=0.2,
    )


@pytest.fixture
async def publisher(ingest_settings: IngestSettings) -> AsyncIterator[Publisher]:
    """A started publisher, stopped after the test."""
    started = Publisher(ingest_settings)
    await started.start()
    try:
        yield started
    finally:
        await started.stop()
