"""Embargoes, kills and re-deliveries on real Kafka and Elasticsearch, through the indexer service itself.

An embargoed article is held (in the monthly index, out of the read alias) and released at its time by whichever
indexer process runs then, also after a restart; a kill takes a story out of the read alias and leaves a record;
a re-issue brings it back; a re-delivered file changes nothing; receipts say what became of traced articles.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from elasticsearch import AsyncElasticsearch
from newswire_indexer.layout import receipts_index, withdrawals_index
from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.receipts import ReceiptPruner
from newswire_indexer.settings import IndexerSettings
from newswire_schemas import EnrichedArticle

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

INDEXED = "newswire_indexer_docs_indexed_total"
IGNORED = "newswire_indexer_docs_ignored_total"
RELEASED = "newswire_indexer_embargoes_released_total"


def wire(article: EnrichedArticle, **fields: Any) -> EnrichedArticle:
    """The enriched article with some article fields changed."""
    return article.model_copy(update={"article": article.article.model_copy(update=fields)})


async def stored(es: AsyncElasticsearch, settings: IndexerSettings, article_id: str) -> dict[str, Any] | None:
    """The article's document in any monthly index (held and withdrawn ones included), or None."""
    hits = await search(
        es,
        f"{settings.elasticsearch.articles_alias}-*",
        query={"ids": {"values": [article_id]}},
        version=True,
        ignore_unavailable=True,
    )
    found = hits["hits"]["hits"]
    return {**found[0]["_source"], "_version": found[0]["_version"]} if found else None


async def public(es: AsyncElasticsearch, settings: IndexerSettings, article_id: str) -> bool:
    """Whether the article is found through the read alias (what search and the dashboards see)."""
    alias = settings.elasticsearch.articles_alias
    hits = await search(es, alias, query={"ids": {"values": [article_id]}}, ignore_unavailable=True)
    return bool(hits["hits"]["hits"])


async def has(es: AsyncElasticsearch, index: str, documents: int) -> bool:
    """Whether ``index`` holds at least that many documents."""
    return await count(es, index) >= documents


@pytest.fixture
def settings(indexer_settings: IndexerSettings) -> IndexerSettings:
    """The test's indexer settings, releasing embargoes every 200 ms."""
    return indexer_settings.model_copy(update={"release_interval_ms": 200})


async def test_an_embargo_is_held_and_released_on_time_by_the_indexer_that_runs_after_a_restart(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    # (to the millisecond, as documents store times: a pass within the stored millisecond releases it, and its
    # released_at, also stored to the millisecond, must not read as before the embargo)
    until = (datetime.now(UTC) + timedelta(seconds=10)).replace(microsecond=0)
    held = wire(make_article("embargo-1", tagged_at=datetime.now(UTC)), embargoed=True, embargoed_until=until)
    await publish(producer, settings.kafka.enriched_topic, [held])
    async with running_indexer(settings) as metrics:
        await eventually(reaches(metrics, INDEXED, 1), what="the held article written")
        doc = await stored(es, settings, "embargo-1")
        assert doc is not None
        assert (doc["status"], doc["embargoed"]) == ("embargoed", True)
        assert not await public(es, settings, "embargo-1"), "held: not behind the read alias"
    # the indexer is gone (a restart, a crash ...): the held article waits in Elasticsearch, not in a process
    async with running_indexer(settings) as metrics:
        while datetime.now(UTC) < until - timedelta(milliseconds=300):
            assert not await public(es, settings, "embargo-1"), "released before its time"
            await asyncio.sleep(0.2)
        await eventually(lambda: public(es, settings, "embargo-1"), within=15, what="the release")
        seen = datetime.now(UTC)
        assert sample(metrics, RELEASED) == 1
    doc = await stored(es, settings, "embargo-1")
    assert doc is not None
    released_at = datetime.fromisoformat(doc["released_at"])
    assert doc["status"] == "public"
    assert until <= released_at < until + timedelta(seconds=2), "within one pass of the release time"
    assert seen - until < timedelta(seconds=4), "searchable within the indexer's ordinary latency"


async def test_a_replay_of_the_held_version_after_its_release_does_not_hold_it_again(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    until = datetime.now(UTC) + timedelta(seconds=2)
    held = wire(make_article("embargo-2", tagged_at=datetime.now(UTC)), embargoed=True, embargoed_until=until)
    await publish(producer, settings.kafka.enriched_topic, [held])
    async with running_indexer(settings):
        await eventually(lambda: public(es, settings, "embargo-2"), within=20, what="the release")
    replay = settings.model_copy(update={"group_id": f"{settings.group_id}-replay"})
    async with running_indexer(replay) as metrics:
        await eventually(reaches(metrics, IGNORED, 1), what="the replay refused")
    assert await public(es, settings, "embargo-2")


async def test_an_embargo_without_a_time_is_held_until_a_later_version_lifts_it(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    held = wire(make_article("embargo-3"), embargoed=True, embargoed_until=None)
    lifted = wire(make_article("embargo-3", version=2, body="Ambargo kalktı."), embargoed=False)
    topic = settings.kafka.enriched_topic
    async with running_indexer(settings) as metrics:
        await publish(producer, topic, [held])
        await eventually(reaches(metrics, INDEXED, 1), what="held")
        await asyncio.sleep(1.0)  # several release passes
        assert not await public(es, settings, "embargo-3")
        await publish(producer, topic, [lifted])
        await eventually(lambda: public(es, settings, "embargo-3"), what="the lifting version")


async def test_a_kill_takes_the_story_out_and_leaves_a_record_and_a_reissue_brings_it_back(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    topic = settings.kafka.enriched_topic
    story = make_article("kill-1", body="Merkez Bankası faizi sabit tuttu.")
    kill = wire(
        make_article("kill-1", version=2, body="Haber iptal edilmiştir."),
        pubstatus="canceled",
        headline="İPTAL: faiz kararı",
        editorial_note="Kullanmayınız.",
    )
    reissue = make_article("kill-1", version=3, body="Merkez Bankası faizi sabit tuttu; karar oybirliğiyle alındı.")
    stale = make_article("kill-1", version=1, tagged_at=TAGGED_AT + timedelta(hours=1))
    async with running_indexer(settings) as metrics:
        await publish(producer, topic, [story])
        await eventually(lambda: public(es, settings, "kill-1"), what="the story")
        await publish(producer, topic, [kill])
        await eventually(reaches(metrics, INDEXED, 2), what="the kill")
        await eventually(lambda: has(es, withdrawals_index(settings.elasticsearch), 1), what="the kill's record")
        assert not await public(es, settings, "kill-1"), "killed: out of the read alias"
        doc = await stored(es, settings, "kill-1")
        assert doc is not None
        assert (doc["status"], doc["pubstatus"], doc["version"]) == ("withdrawn", "canceled", 2)
        assert doc["withdrawn_at"] is not None
        records = await search(es, withdrawals_index(settings.elasticsearch), query={"match_all": {}})
        (record,) = [hit["_source"] for hit in records["hits"]["hits"]]
        assert (record["article_id"], record["version"], record["pubstatus"]) == ("kill-1", 2, "canceled")
        assert (record["notice_headline"], record["editorial_note"]) == ("İPTAL: faiz kararı", "Kullanmayınız.")
        assert record["withdrawn_story"]["body"] == "Merkez Bankası faizi sabit tuttu."
        assert record["withdrawn_story"]["version"] == 1

        await publish(producer, topic, [reissue, stale])
        await eventually(lambda: public(es, settings, "kill-1"), what="the re-issue")
        await eventually(reaches(metrics, IGNORED, 1), what="the stale version refused")
    doc = await stored(es, settings, "kill-1")
    assert doc is not None
    assert (doc["status"], doc["version"]) == ("public", 3)
    assert await count(es, withdrawals_index(settings.elasticsearch)) == 1, "the record outlives the re-issue"


async def test_receipts_say_what_became_of_each_traced_article_and_a_redelivery_is_unchanged(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    first = wire(make_article("traced-1"), run_id="run-a")
    later = datetime.now(UTC)
    again = wire(make_article("traced-1", tagged_at=later), run_id="run-b", received_at=later)
    held = wire(make_article("traced-2"), run_id="run-a", embargoed=True, embargoed_until=later + timedelta(days=1))
    untraced = make_article("untraced")
    topic = settings.kafka.enriched_topic
    async with running_indexer(settings) as metrics:
        await publish(producer, topic, [first, held, untraced])
        await eventually(reaches(metrics, INDEXED, 3), what="3 articles")
        await eventually(lambda: has(es, receipts_index(settings.elasticsearch), 2), what="2 receipts")
        await publish(producer, topic, [again])
        await eventually(reaches(metrics, IGNORED, 1), what="the re-delivery set aside")
        await eventually(lambda: has(es, receipts_index(settings.elasticsearch), 3), what="its receipt")
    doc = await stored(es, settings, "traced-1")
    assert doc is not None
    assert doc["received_at"] == first.article.received_at.isoformat().replace("+00:00", ".000Z")
    receipts = await search(es, receipts_index(settings.elasticsearch), query={"match_all": {}}, size=10)
    found = sorted(
        (r["run_id"], r["article_id"], r["status"]) for r in (h["_source"] for h in receipts["hits"]["hits"])
    )
    assert found == [
        ("run-a", "traced-1", "indexed"),
        ("run-a", "traced-2", "embargoed"),
        ("run-b", "traced-1", "unchanged"),
    ]

    pruner = ReceiptPruner(es, settings, metrics := IndexerMetrics())
    assert await pruner.prune(datetime.now(UTC)) == 0, "a week's retention keeps today's receipts"
    assert await pruner.prune(datetime.now(UTC) + timedelta(days=settings.receipts_retention_days, minutes=1)) == 3
    assert await count(es, receipts_index(settings.elasticsearch)) == 0
    assert sample(metrics, "newswire_indexer_receipts_pruned_total") == 3


async def test_a_redelivery_is_recognised_by_a_process_that_never_saw_the_first(
    es: AsyncElasticsearch, producer: AIOKafkaProducer, settings: IndexerSettings
) -> None:
    """With no memory of it, the stored document's fingerprint comes from the lookup search: still set aside."""
    topic = settings.kafka.enriched_topic
    async with running_indexer(settings) as metrics:
        await publish(producer, topic, [make_article("again-1")])
        await eventually(reaches(metrics, INDEXED, 1), what="first delivery")
    await count(es, settings.elasticsearch.articles_alias)  # a refresh: the next process's search finds it
    later = datetime.now(UTC)
    again = wire(make_article("again-1", tagged_at=later), received_at=later)
    async with running_indexer(settings.model_copy(update={"home_cache_size": 0})) as metrics:
        await publish(producer, topic, [again])
        await eventually(reaches(metrics, IGNORED, 1), what="the re-delivery set aside")
        assert sample(metrics, INDEXED) == 0
