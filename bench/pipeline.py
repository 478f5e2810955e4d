"""End to end: generated wire files dropped into the inbox topic until searchable; throughput and latency."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch
from newswire_cli.services import PipelineProcesses
from newswire_cli.stack.sharing import shared_stack
from newswire_cli.topics import ensure_topics
from newswire_runtime import ElasticsearchSettings, KafkaSettings, new_producer
from newswire_runtime.elasticsearch import elasticsearch_client
from newswire_schemas import InboxHeaders

from bench.corpus import wire_article

OUT = Path(__file__).resolve().parent / "pipeline.json"
ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


async def _drop(kafka: KafkaSettings, count: int, rate: float, dropped: dict[str, float]) -> None:
    """Send ``count`` generated files, each timed when Kafka acknowledged it; ``rate`` files/s (0: flat out)."""
    topic = kafka.inbox_topic
    producer = new_producer(kafka, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for n in range(count):
            name = f"bench_{n:05d}.txt"
            headers = InboxHeaders(file_name=name, content_type="text/plain").to_kafka()
            await producer.send_and_wait(topic, wire_article(n), headers=headers)
            dropped[name] = time.perf_counter()
            if rate:
                await asyncio.sleep(1 / rate)
    finally:
        await producer.stop()


async def _watch(
    es: AsyncElasticsearch, index: str, count: int, seen: dict[str, float], alive: Callable[[], None]
) -> None:
    """Poll search every 200 ms, while files are still being dropped, and note when each first becomes searchable."""
    deadline = time.perf_counter() + 300
    while len(seen) < count and time.perf_counter() < deadline:
        alive()
        try:
            response = await es.search(
                index=index, size=10000, source_includes=["file_name"], ignore_unavailable=True, query={"match_all": {}}
            )
        except ApiError as error:  # a just-created index answers 503 until its shard is allocated
            if error.meta.status < 500:
                raise
            await asyncio.sleep(0.2)
            continue
        now = time.perf_counter()
        for hit in response["hits"]["hits"]:
            seen.setdefault(hit["_source"]["file_name"], now)
        await asyncio.sleep(0.2)


async def _measure(bootstrap: str, es_url: str, count: int, rate: float) -> dict[str, Any]:
    run = uuid.uuid4().hex[:8]
    prefix, index_prefix = f"bench-{run}.", f"bench-{run}"
    kafka = KafkaSettings(bootstrap_servers=bootstrap, topic_prefix=prefix)
    es_settings = ElasticsearchSettings(url=es_url, index_prefix=index_prefix)
    await ensure_topics(kafka, partitions=4)
    es = elasticsearch_client(es_settings)
    dropped: dict[str, float] = {}
    seen: dict[str, float] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        PipelineProcesses(kafka, es_settings, log_dir=Path(tmp), run_id=run) as processes,
    ):
        await asyncio.sleep(15)  # let the three consumers join their groups before the clock starts
        started = time.perf_counter()
        watcher = asyncio.create_task(_watch(es, f"{index_prefix}-articles", count, seen, processes.check_alive))
        await _drop(kafka, count, rate, dropped)
        await watcher
        finished = max(seen.values(), default=time.perf_counter())
        peak_rss_mb = processes.peak_rss_mb()
    await es.close()
    latencies = [seen[name] - dropped[name] for name in seen]
    return {
        "files": count,
        "indexed": len(seen),
        "offered_rate_per_s": rate or None,
        "throughput_articles_per_s": round(len(seen) / (finished - started), 2),
        "latency_p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "latency_p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
        "latency_p99_s": round(percentile(latencies, 0.99), 3) if latencies else None,
        "peak_rss_mb": peak_rss_mb,
    }


def main() -> dict[str, Any]:
    """Saturated throughput on 500 files, then latency at a steady 10 files/s (search poll every 200 ms)."""
    with ExitStack() as stack:
        bootstrap, es_url = os.environ.get("KAFKA_BOOTSTRAP_SERVERS"), os.environ.get("ELASTICSEARCH_URL")
        if not (bootstrap and es_url):
            endpoints = stack.enter_context(shared_stack())  # stops on exit only what it started
            bootstrap, es_url = endpoints.kafka_bootstrap, endpoints.elasticsearch_url or ""
        result = {
            "saturated": asyncio.run(_measure(bootstrap, es_url, 500, rate=0)),
            "steady_10_per_s": asyncio.run(_measure(bootstrap, es_url, 200, rate=10)),
        }
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result
