"""Drop files into the inbox topic and find out what became of each (indexed or dead-lettered)."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch, NotFoundError
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from newswire_runtime import KafkaSettings, new_producer
from newswire_schemas import InboxHeaders

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What became of one dropped file."""

    file: str
    status: str  # "indexed" | "rejected" | "missing"
    document: dict[str, Any]


async def drop_files(kafka: KafkaSettings, files: list[Path]) -> None:
    """Produce each file, byte for byte, to the inbox topic with its name and content type in headers."""
    inbox_topic = kafka.inbox_topic
    producer = new_producer(kafka, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for path in files:
            content_type, _ = mimetypes.guess_type(path.name)
            headers = InboxHeaders(file_name=path.name, content_type=content_type).to_kafka()
            await producer.send_and_wait(inbox_topic, path.read_bytes(), key=path.name.encode(), headers=headers)
            logger.info("dropped %s into %s", path.name, inbox_topic)
    finally:
        await producer.stop()


async def wait_for_outcomes(
    es: AsyncElasticsearch,
    *,
    articles_alias: str,
    deadletters_index: str,
    files: list[str],
    since: datetime,
    timeout_s: float,
    alive: Any = None,
) -> dict[str, Outcome]:
    """Poll Elasticsearch until every file is indexed or dead-lettered (received after ``since``), or time runs out."""
    outcomes: dict[str, Outcome] = {}
    deadline = time.monotonic() + timeout_s
    while len(outcomes) < len(files) and time.monotonic() < deadline:
        if alive is not None:
            alive()
        pending = [f for f in files if f not in outcomes]
        for doc in await _search(es, articles_alias, "received_at", pending, since):
            outcomes.setdefault(doc["file_name"], Outcome(doc["file_name"], "indexed", doc))
        for doc in await _search(es, deadletters_index, "failed_at", pending, since):
            outcomes.setdefault(doc["file_name"], Outcome(doc["file_name"], "rejected", doc))
        if len(outcomes) < len(files):
            await asyncio.sleep(0.5)
    for name in files:
        outcomes.setdefault(name, Outcome(name, "missing", {}))
    return outcomes


async def _search(
    es: AsyncElasticsearch, index: str, time_field: str, files: list[str], since: datetime
) -> list[dict[str, Any]]:
    if not files:
        return []
    query = {"bool": {"filter": [{"terms": {"file_name": files}}, {"range": {time_field: {"gte": since.isoformat()}}}]}}
    try:
        response = await es.search(index=index, query=query, size=len(files) * 2, ignore_unavailable=True)
    except NotFoundError:
        return []
    except (ApiError, ElasticsearchConnectionError) as error:
        # A just-created index can answer 503 until its shard is allocated: not yet, rather than failed.
        if isinstance(error, ApiError) and error.meta.status < 500:
            raise
        logger.debug("search on %s not ready yet: %s", index, error)
        return []
    return [hit["_source"] for hit in response["hits"]["hits"]]
