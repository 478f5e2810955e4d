"""HTTP channel on real Kafka: 202 with the article's coordinates, 422 and a dead letter for bad input."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import FormData, web
from aiohttp.test_utils import TestClient, TestServer
from newswire_ingest.channels.http import create_app
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_schemas import DeadLetter
from pydantic import SecretStr

from tests.integration.ingest.expectations import (
    MALFORMED,
    SEED,
    articles_on,
    assert_is_seed_article,
    read_topic,
    rejected_error_names,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

AUTH = {"Authorization": "Bearer integration-token"}
Client = TestClient[web.Request, web.Application]


@pytest.fixture
async def client(ingest_settings: IngestSettings, publisher: Publisher) -> AsyncIterator[Client]:
    """The HTTP app over a started publisher."""
    pipeline = Pipeline.from_settings(publisher, ingest_settings)
    app = create_app(pipeline, publisher, SecretStr("integration-token"))
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def test_raw_post_publishes_the_seed(client: Client, ingest_settings: IngestSettings) -> None:
    response = await client.post(
        "/v1/articles", data=SEED.read_bytes(), headers={**AUTH, "X-File-Name": SEED.name, "Content-Type": "text/plain"}
    )
    assert response.status == 202, await response.text()
    body = await response.json()
    (article,) = await articles_on(ingest_settings.kafka, count=1)
    assert_is_seed_article(article, "http")
    assert body["article_id"] == article.id
    assert body["topic"] == ingest_settings.kafka.articles_topic
    assert body["offset"] == 0
    assert body["version"] == article.version
    assert (await client.get("/readyz")).status == 200


async def test_multipart_and_rejection(client: Client, ingest_settings: IngestSettings) -> None:
    form = FormData()
    form.add_field("file", SEED.read_bytes(), filename=SEED.name, content_type="text/plain")
    assert (await client.post("/v1/articles", data=form, headers=AUTH)).status == 202

    response = await client.post("/v1/articles?filename=broken.xml", data=MALFORMED, headers=AUTH)
    assert response.status == 422
    body = await response.json()
    assert body["error_class"] in rejected_error_names()
    (record,) = await read_topic(ingest_settings.kafka, ingest_settings.kafka.deadletter_topic, count=1)
    letter = DeadLetter.model_validate_json(record.value)
    assert (letter.error_class, letter.reason) == (body["error_class"], body["reason"])
    assert letter.channel == "http"
    assert letter.file_name == "broken.xml"
    (article,) = await articles_on(ingest_settings.kafka, count=1)
    assert article.file_name == SEED.name
    metrics = await (await client.get("/metrics")).text()
    assert 'newswire_ingest_files_published_total{channel="http"' in metrics
