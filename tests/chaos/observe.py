"""What a chaos scenario measures: when each article was first indexed, duplicates, dead letters, group members.

The watch polls Elasticsearch every half second (it may be down: a failed poll is simply a missed one) for the
scenario's articles and keeps, per article id, when it first became searchable. That, not the document's
``indexed_at``, times the writes: the indexer stamps ``indexed_at`` when it decodes a record, so a bulk request
retried through an Elasticsearch outage carries a time from before the outage. A document whose ``indexed_at``
changes between polls was written again (an idempotent re-delivery): counted, without moving its first time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from aiokafka import TopicPartition
from aiokafka.errors import KafkaError
from elasticsearch import ApiError, AsyncElasticsearch, TransportError
from newswire_runtime import ElasticsearchSettings, KafkaSettings, new_admin, new_consumer

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.5


@dataclass
class IndexWatch:
    """When each article whose file name starts with ``prefix`` first became searchable (Unix seconds)."""

    es: AsyncElasticsearch
    settings: ElasticsearchSettings
    prefix: str
    first: dict[str, float] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)
    rewritten: set[str] = field(default_factory=set)
    failed_polls: int = 0

    @property
    def pattern(self) -> str:
        """Every monthly article index."""
        return f"{self.settings.articles_alias}-*"

    async def poll(self) -> None:
        """One search; new ids are recorded, a changed ``indexed_at`` marks a rewrite."""
        try:
            response = await self.es.options(request_timeout=5).search(
                index=self.pattern,
                query={"prefix": {"file_name": self.prefix}},
                source_includes=["article_id", "indexed_at"],
                size=10_000,
                ignore_unavailable=True,
            )
        except (ApiError, TransportError) as error:
            self.failed_polls += 1
            logger.debug("chaos watch: poll failed: %r", error)
            return
        now = time.time()
        for hit in response["hits"]["hits"]:
            source = hit["_source"]
            article_id = source["article_id"]
            self.first.setdefault(article_id, now)
            if self.stamps.setdefault(article_id, source["indexed_at"]) != source["indexed_at"]:
                self.rewritten.add(article_id)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until ``stop`` is set."""
        while not stop.is_set():
            await self.poll()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), POLL_SECONDS)

    async def duplicates(self) -> dict[str, int]:
        """Article ids held by more than one document across the monthly indices (refreshed first)."""
        await self.es.indices.refresh(index=self.pattern, ignore_unavailable=True)
        response = await self.es.search(
            index=self.pattern,
            query={"prefix": {"file_name": self.prefix}},
            size=0,
            aggs={"ids": {"terms": {"field": "article_id", "min_doc_count": 2, "size": 1000}}},
        )
        return {bucket["key"]: bucket["doc_count"] for bucket in response["aggregations"]["ids"]["buckets"]}

    async def total(self) -> int:
        """Documents of this scenario across the monthly indices."""
        response = await self.es.count(index=self.pattern, query={"prefix": {"file_name": self.prefix}})
        return int(response["count"])

    async def dead_letters(self) -> int:
        """Dead letters of this scenario's files that reached the dead-letter index."""
        response = await self.es.count(
            index=self.settings.deadletters_index,
            query={"prefix": {"file_name": self.prefix}},
            ignore_unavailable=True,
        )
        return int(response.get("count", 0))


async def topic_end(kafka: KafkaSettings, topic: str) -> int:
    """Records ever written to ``topic``: the sum of its partitions' end offsets."""
    consumer = new_consumer(kafka)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer.topics()  # forces a metadata refresh
            partitions = consumer.partitions_for_topic(topic) or set()
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return sum(ends.values())
    finally:
        await consumer.stop()


async def group_members(kafka: KafkaSettings, group: str) -> list[str]:
    """Member ids of a consumer group right now (empty when it cannot be asked)."""
    admin = new_admin(kafka, request_timeout_ms=5000)
    try:
        await admin.start()
        described: list[Any] = await admin.describe_consumer_groups([group])
    except KafkaError as error:
        logger.info("chaos: could not describe group %s: %r", group, error)
        return []
    finally:
        await admin.close()
    members = []
    for response in described:
        for entry in response.groups:
            members += [str(member[0]) for member in entry[5]]  # (member_id, ...) in every response version
    return members
