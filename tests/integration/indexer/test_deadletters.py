"""A document Elasticsearch refuses, and a value that is not an article, are dead-lettered; the rest is indexed."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_indexer.settings import IndexerSettings
from newswire_schemas import DeadLetter

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    count,
    eventually,
    make_article,
    publish,
    reaches,
    running_indexer,
    search,
)

pytestmark = [pytest.mark.integration, LARGE_BULKS]


async def _indexer_letters(bootstrap: str, topic: str, expected: int) -> list[DeadLetter]:
    """Read the dead-letter topic from the start until ``expected`` letters of the indexer arrived."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    letters: list[DeadLetter] = []
    try:
        while len(letters) < expected:
            batch = await consumer.getmany(timeout_ms=10_000)
            if not batch:
                break
            for records in batch.values():
                letters += [DeadLetter.model_validate_json(r.value or b"") for r in records]
    finally:
        await consumer.stop()
    return [letter for letter in letters if letter.stage == "indexer"]


async def test_refused_and_malformed_records_are_dead_lettered_while_the_batch_is_indexed(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    topic = indexer_settings.kafka.enriched_topic
    good = [make_article(f"dl-good-{n}") for n in range(10)]
    # valid for the contract, refused by Elasticsearch: a keyword term over Lucene's 32766-byte limit
    refused = make_article("dl-refused", language="x" * 40_000)
    await publish(producer, topic, [*good[:5], refused])
    await producer.send_and_wait(topic, value=b'{"not": "an enriched article"}', key=b"garbage")
    await publish(producer, topic, good[5:])

    settings = indexer_settings.model_copy(update={"batch_max_wait_ms": 2000})
    async with running_indexer(settings) as metrics:
        # 10 articles + 2 dead letters written directly + the same 2 again when read back from the topic
        await eventually(reaches(metrics, "newswire_indexer_docs_indexed_total", 14), what="batch and dead letters")

    assert await count(es, indexer_settings.elasticsearch.articles_alias) == 10
    letters = await _indexer_letters(settings.kafka.bootstrap_servers, settings.kafka.deadletter_topic, 2)
    by_class = {letter.error_class: letter for letter in letters}
    assert set(by_class) == {"MappingRejectedError", "MalformedMessageError"}
    assert by_class["MappingRejectedError"].article_id == "dl-refused"
    assert by_class["MappingRejectedError"].source_topic == topic
    assert "immense term" in by_class["MappingRejectedError"].reason or "400" in by_class["MappingRejectedError"].reason
    assert by_class["MalformedMessageError"].payload == b'{"not": "an enriched article"}'

    stored = await search(es, indexer_settings.elasticsearch.deadletters_index, query={"term": {"stage": "indexer"}})
    assert stored["hits"]["total"]["value"] == 2
    previews = {hit["_source"]["error_class"]: hit["_source"]["payload_preview"] for hit in stored["hits"]["hits"]}
    assert previews["MalformedMessageError"] == '{"not": "an enriched article"}'
