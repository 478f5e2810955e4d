"""A file holding several stories (a NewsML-G2 newsMessage) on real Kafka: every channel publishes each article,
the file is acknowledged only once all are, and a retry after a failed send republishes the same ids."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from aiokafka.structs import RecordMetadata
from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.channels.http import create_app
from newswire_ingest.channels.inbox import InboxChannel
from newswire_ingest.cli import main
from newswire_ingest.errors import PublishError, RetriableError
from newswire_ingest.pipeline import Pipeline, Published
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_schemas import Article, InboxHeaders

from tests.integration.ingest.expectations import articles_on, read_topic

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

MESSAGE = Path(__file__).resolve().parents[2] / "unit" / "ingest" / "fixtures" / "newsml-g2-message-package.xml"
IDS_AND_VERSIONS = [
    ("urn:newsml:aa.com.tr:20260315:3500102", 1),
    ("urn:newsml:aa.com.tr:20260315:3500101", 2),
    ("urn:newsml:aa.com.tr:20260315:3500104", 1),
]


def _ids(articles: list[Article]) -> list[tuple[str, int]]:
    return sorted((a.id, a.version) for a in articles)


class _FailsOnce(Publisher):
    """The real publisher, except that the second article of the first file is not acknowledged (a broker blip)."""

    def __init__(self, settings: IngestSettings) -> None:
        super().__init__(settings)
        self.calls = 0

    async def publish_article(self, article: Article, deadline: float | None = None) -> RecordMetadata:
        """Fail call number 2 once, as a send Kafka did not acknowledge."""
        self.calls += 1
        if self.calls == 2:
            raise PublishError("injected: not acknowledged")
        return await super().publish_article(article, deadline)


async def test_folder_publishes_every_article_then_moves_the_file(
    ingest_settings: IngestSettings, publisher: Publisher
) -> None:
    ingest_settings.watch_dir.mkdir(parents=True)
    shutil.copy(MESSAGE, ingest_settings.watch_dir / MESSAGE.name)
    channel = FolderChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings))
    (outcome,) = await channel.scan_once()
    assert isinstance(outcome, Published)
    assert len(outcome.records) == 3
    assert len(outcome.skipped) == 2
    articles = await articles_on(ingest_settings.kafka, count=3)
    assert _ids(articles) == sorted(IDS_AND_VERSIONS)
    assert {a.channel for a in articles} == {"folder"}
    assert (ingest_settings.processed_path / MESSAGE.name).exists()
    assert await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=1, within=2) == []


async def test_failed_send_keeps_the_file_and_the_retry_republishes_the_same_ids(
    ingest_settings: IngestSettings,
) -> None:
    ingest_settings.watch_dir.mkdir(parents=True)
    shutil.copy(MESSAGE, ingest_settings.watch_dir / MESSAGE.name)
    flaky = _FailsOnce(ingest_settings)
    await flaky.start()
    try:
        channel = FolderChannel(ingest_settings, Pipeline.from_settings(flaky, ingest_settings))
        with pytest.raises(RetriableError):
            await channel.scan_once()
        assert (ingest_settings.watch_dir / MESSAGE.name).exists(), "a file half published must not be filed"
        assert not (ingest_settings.processed_path / MESSAGE.name).exists()
        (outcome,) = await channel.scan_once()
        assert isinstance(outcome, Published)
    finally:
        await flaky.stop()
    # First attempt: 2 of 3 acknowledged; retry: all 3 again. Five records, three articles, same ids and versions.
    records = await articles_on(ingest_settings.kafka, count=5)
    assert len(records) == 5
    assert sorted(set(_ids(records))) == sorted(IDS_AND_VERSIONS)
    assert (ingest_settings.processed_path / MESSAGE.name).exists()


async def test_http_answers_every_article(ingest_settings: IngestSettings, publisher: Publisher) -> None:
    pipeline = Pipeline.from_settings(publisher, ingest_settings)
    async with TestClient(TestServer(create_app(pipeline, publisher, None))) as client:
        response = await client.post("/v1/articles", data=MESSAGE.read_bytes(), headers={"X-File-Name": MESSAGE.name})
        assert response.status == 202, await response.text()
        body = await response.json()
    assert sorted((a["article_id"], a["version"]) for a in body["articles"]) == sorted(IDS_AND_VERSIONS)
    assert all(a["topic"] == ingest_settings.kafka.articles_topic for a in body["articles"])
    assert len(body["skipped"]) == 2
    assert _ids(await articles_on(ingest_settings.kafka, count=3)) == sorted(IDS_AND_VERSIONS)


async def test_inbox_record_becomes_every_article_and_is_committed(
    ingest_settings: IngestSettings, publisher: Publisher
) -> None:
    headers = InboxHeaders(file_name=MESSAGE.name, content_type="application/xml").to_kafka()
    await publisher.send_raw(ingest_settings.kafka.inbox_topic, b"inbox-message", MESSAGE.read_bytes(), headers)
    channel = InboxChannel(ingest_settings, Pipeline.from_settings(publisher, ingest_settings))
    stop = asyncio.Event()
    task = asyncio.create_task(channel.run(stop))
    try:
        articles = await articles_on(ingest_settings.kafka, count=3, within=60)
        await asyncio.sleep(1.0)  # let the batch commit
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=15)
    assert _ids(articles) == sorted(IDS_AND_VERSIONS)
    assert {a.channel for a in articles} == {"inbox"}


async def test_cli_counts_files_and_articles(
    ingest_settings: IngestSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", ingest_settings.kafka.bootstrap_servers)
    monkeypatch.setenv("KAFKA_TOPIC_PREFIX", ingest_settings.kafka.topic_prefix)
    assert await asyncio.to_thread(main, [str(MESSAGE), "--no-progress"]) == 0
    assert "published 1, rejected 0 (3 articles; 2 items inside files skipped" in capsys.readouterr().out
    assert _ids(await articles_on(ingest_settings.kafka, count=3)) == sorted(IDS_AND_VERSIONS)
