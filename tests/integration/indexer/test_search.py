"""Turkish search: the built-in analyzer strips suffixes after the apostrophe and stems."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_indexer.settings import IndexerSettings

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    eventually,
    make_article,
    publish,
    reaches,
    running_indexer,
    search,
)

pytestmark = [pytest.mark.integration, LARGE_BULKS]


async def test_bakude_finds_bakuye_and_dashboards_aggregate_keywords(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    target = make_article("tr-1", body="Heyet dün akşam Bakü'ye ulaştı ve görüşmelere başladı.")
    other = make_article("tr-2", body="Ankara'da hava bugün yağmurlu olacak.")
    async with running_indexer(indexer_settings) as metrics:
        await publish(producer, indexer_settings.kafka.enriched_topic, [target, other])
        await eventually(reaches(metrics, "newswire_indexer_docs_indexed_total", 2), what="indexing")

    found = await search(es, alias, query={"match": {"body": "Bakü'de"}})
    assert [hit["_id"] for hit in found["hits"]["hits"]] == ["tr-1"]
    exact = await search(es, alias, query={"match": {"body.exact": "Bakü'de"}})
    assert exact["hits"]["total"]["value"] == 0, ".exact keeps the written form"

    aggs = await search(
        es,
        alias,
        size=0,
        aggs={"places": {"terms": {"field": "places"}}, "topics": {"terms": {"field": "top_topic_label"}}},
    )
    assert aggs["aggregations"]["places"]["buckets"] == [{"key": "Bakü", "doc_count": 2}]
    assert aggs["aggregations"]["topics"]["buckets"][0]["key"] == "politics and government"
