"""A file under the ingest limit but over the broker's message limit is never lost: article or dead letter."""

from __future__ import annotations

import random
import string
import time

import pytest
from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.pipeline import Pipeline, Published, Rejected
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_schemas import DeadLetter

from tests.integration.ingest.expectations import articles_on, read_topic

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


def _incompressible_story(size: int) -> bytes:
    """A plain-text story of about ``size`` bytes that lz4 cannot shrink much (random words)."""
    rng = random.Random(7)  # noqa: S311 - reproducible filler text, not secrets
    words = ("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(size // 6))
    return ("Büyük dosya başlığı\n\n" + " ".join(words) + "\n").encode()


async def test_huge_article_is_published_or_dead_lettered(
    ingest_settings: IngestSettings, publisher: Publisher
) -> None:
    watch = ingest_settings.watch_dir
    watch.mkdir(parents=True)
    data = _incompressible_story(3 * 1024 * 1024)
    (watch / "huge.txt").write_bytes(data)
    started = time.monotonic()
    (outcome,) = await FolderChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings)).scan_once()
    assert time.monotonic() - started < 60
    if isinstance(outcome, Published):
        (article,) = await articles_on(ingest_settings.kafka, count=1)
        assert [article.id] == [a.id for a in outcome.articles]
        assert (ingest_settings.processed_path / "huge.txt").exists()
        return
    assert isinstance(outcome, Rejected)
    assert outcome.dead_letter.error_class == "UnpublishableError"
    (record,) = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=1)
    letter = DeadLetter.model_validate_json(record.value)
    assert letter.payload_size == len(data)
    assert letter.payload_truncated
    assert data.startswith(letter.payload)
    assert letter.article_id is not None
    assert (ingest_settings.failed_path / "huge.txt.error.json").exists()
