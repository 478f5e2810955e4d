"""Never twice, never lost: replays are ignored, corrections win, stale versions lose, equal versions re-tag."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from aiokafka import AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_indexer.settings import IndexerSettings

from tests.integration.indexer.conftest import (
    LARGE_BULKS,
    TAGGED_AT,
    count,
    eventually,
    make_article,
    publish,
    reaches,
    running_indexer,
    sample,
    search,
)

pytestmark = [pytest.mark.integration, LARGE_BULKS]

IGNORED = "newswire_indexer_docs_ignored_total"
INDEXED = "newswire_indexer_docs_indexed_total"


async def test_replaying_the_topic_twice_changes_nothing(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    articles = [make_article(f"replay-{n}") for n in range(40)]
    await publish(producer, indexer_settings.kafka.enriched_topic, articles)
    async with running_indexer(indexer_settings) as metrics:
        await eventually(reaches(metrics, INDEXED, 40), what="first pass")
    assert await count(es, alias) == 40

    for replay in ("a", "b"):
        # a new consumer group starts from the earliest offset: a full replay of the topic
        replay_settings = indexer_settings.model_copy(update={"group_id": f"{indexer_settings.group_id}-{replay}"})
        async with running_indexer(replay_settings) as metrics:
            await eventually(reaches(metrics, IGNORED, 40), what=f"replay {replay}")
            assert sample(metrics, INDEXED) == 0
        assert await count(es, alias) == 40


async def test_correction_wins_and_stale_version_is_ignored(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    topic = indexer_settings.kafka.enriched_topic
    original = make_article("corr-1", version=1, body="İlk sürüm.")
    # the correction also moves publication to another month: it must still replace, not duplicate
    correction = make_article(
        "corr-1", version=2, body="Düzeltilmiş sürüm.", published_at=datetime(2026, 2, 3, tzinfo=UTC)
    )
    stale = make_article("corr-1", version=1, body="Geç gelen eski sürüm.", tagged_at=TAGGED_AT + timedelta(hours=1))
    async with running_indexer(indexer_settings) as metrics:
        await publish(producer, topic, [original])
        await eventually(reaches(metrics, INDEXED, 1), what="original")
        await publish(producer, topic, [correction])
        await eventually(reaches(metrics, INDEXED, 2), what="correction")
        await publish(producer, topic, [stale])
        await eventually(reaches(metrics, IGNORED, 1), what="stale version ignored")

    hits = (await search(es, alias, query={"ids": {"values": ["corr-1"]}}))["hits"]["hits"]
    assert len(hits) == 1, "one document per article across the monthly indices"
    assert hits[0]["_source"]["body"] == "Düzeltilmiş sürüm."
    assert hits[0]["_source"]["version"] == 2
    assert hits[0]["_index"].endswith("-2026.01"), "a correction stays in the article's first index"


async def test_equal_version_retags_when_tagged_later(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, indexer_settings: IndexerSettings
) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    topic = indexer_settings.kafka.enriched_topic
    first = make_article("retag-1", tagger_version="0.1.0")
    retag = make_article("retag-1", tagger_version="0.2.0", tagged_at=TAGGED_AT + timedelta(seconds=30))
    async with running_indexer(indexer_settings) as metrics:
        await publish(producer, topic, [first])
        await eventually(reaches(metrics, INDEXED, 1), what="first tagging")
        await publish(producer, topic, [retag, first])
        await eventually(reaches(metrics, IGNORED, 1), what="older tagging ignored")
        assert sample(metrics, INDEXED) == 2

    hits = (await search(es, alias, query={"ids": {"values": ["retag-1"]}}))["hits"]["hits"]
    assert len(hits) == 1
    assert hits[0]["_source"]["tagger_version"] == "0.2.0"
    assert datetime.fromisoformat(hits[0]["_source"]["tagged_at"]) == TAGGED_AT + timedelta(seconds=30)
