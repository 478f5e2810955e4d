"""Indexer throughput against a plain ``_bulk`` loop: same documents, same batch size, same kind of index.

Run with ``uv run python -m bench.indexer`` (or ``python -m bench indexer``); it leases the shared local Kafka and
Elasticsearch through ``newswire_cli.stack.shared_stack`` (or uses ``KAFKA_BOOTSTRAP_SERVERS`` and
``ELASTICSEARCH_URL`` with ``--no-stack``), works under fresh topic and index prefixes that it deletes
afterwards, and writes ``bench/indexer.json``.

* **indexer**: the real service (``run_service``) with its default concurrency, consuming enriched articles already
  waiting on Kafka: decode, validate, home-index lookup, external versions, ``_bulk`` (each batch as 2 concurrent
  requests, 2 batches in flight), offset commit in order.
* **plain**: a loop sending the documents ``to_document`` made from the same articles, prebuilt in memory, with
  plain ``index`` actions by id, awaited one request after another: the bar any sink is measured against.

Throughput is steady state: documents after the first batch divided by the time from the end of the first
batch to the last document (startup and group join excluded from both). A first round warms Elasticsearch up
and is discarded; then the two sides alternate which goes first, and the median of ``--repeats`` rounds is
reported, because the machine is shared and single runs are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from aiokafka.admin import NewTopic
from elasticsearch import AsyncElasticsearch
from newswire_indexer.clients import make_elasticsearch
from newswire_indexer.documents import month_suffix, to_document
from newswire_indexer.layout import ensure_layout
from newswire_indexer.metrics import IndexerMetrics, Observer
from newswire_indexer.service import run_service
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings, new_admin, new_producer
from newswire_schemas import EnrichedArticle, key_for

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "indexer.json"
EXAMPLE = ROOT / "schemas" / "examples" / "newswire.enriched.json"


class Recorder:
    """Keeps every observation (for exact percentiles) and forwards it to the wrapped histogram."""

    def __init__(self, inner: Observer) -> None:
        self.inner = inner
        self.samples: list[float] = []

    def observe(self, amount: float) -> None:
        """Record and forward."""
        self.samples.append(amount)
        self.inner.observe(amount)


def make_articles(count: int) -> list[EnrichedArticle]:
    """``count`` distinct enriched articles of about 400 words, published over three months (a live wire)."""
    from bench.corpus import wire_article  # noqa: PLC0415 - the corpus module reads the seeds on import

    example = EnrichedArticle.model_validate_json(EXAMPLE.read_bytes())
    articles = []
    for n in range(count):
        body = wire_article(n).decode()
        day = date(2026, 9, 1) + timedelta(days=n % 90)
        article = example.article.model_copy(
            update={
                "id": f"bench-{n:07d}",
                "body": body,
                "published_at": datetime(day.year, day.month, day.day, tzinfo=UTC),
            }
        )
        articles.append(example.model_copy(update={"article": article}))
    return articles


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile in milliseconds."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return round(ordered[rank] * 1000, 1)


def _steady_rate(marks: list[tuple[float, int]], total: int) -> float:
    """Documents per second after the first batch: ``marks`` are (time, documents done so far)."""
    first_time, first_done = next((t, done) for t, done in marks if done > 0)
    last_time = next(t for t, done in marks if done >= total)
    return (total - first_done) / (last_time - first_time)


async def _publish(kafka: KafkaSettings, articles: list[EnrichedArticle]) -> None:
    """Put the articles on the enriched topic (not timed)."""
    producer = new_producer(kafka, acks="all", linger_ms=20)
    await producer.start()
    try:
        for article in articles:
            await producer.send(kafka.enriched_topic, value=article.model_dump_json().encode(), key=key_for(article))
        await producer.flush()
    finally:
        await producer.stop()


class Progress:
    """Wraps the batch-size histogram: when each batch was committed, and an event once ``total`` are done."""

    def __init__(self, inner: Observer, total: int) -> None:
        self.inner = inner
        self.total = total
        self.marks: list[tuple[float, int]] = []
        self.done = asyncio.Event()

    def observe(self, amount: float) -> None:
        """Called by the worker right after a batch's offsets were committed."""
        self.inner.observe(amount)
        done = (self.marks[-1][1] if self.marks else 0) + int(amount)
        self.marks.append((time.perf_counter(), done))
        if done >= self.total:
            self.done.set()


async def measure_indexer(settings: IndexerSettings, total: int) -> tuple[float, list[float], list[float]]:
    """Run the service until every article is indexed; steady rate, bulk latencies and batch latencies."""
    metrics = IndexerMetrics()
    bulks, batches = Recorder(metrics.bulk_seconds), Recorder(metrics.batch_seconds)
    # timestamps come from the worker's own calls: polling the registry would steal CPU from the run
    progress = Progress(metrics.batch_docs, total)
    metrics.bulk_seconds, metrics.batch_seconds, metrics.batch_docs = bulks, batches, progress
    stop = asyncio.Event()
    task = asyncio.create_task(run_service(settings, stop, metrics))
    finished = asyncio.create_task(progress.done.wait())
    try:
        await asyncio.wait({task, finished}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()
            raise RuntimeError("indexer stopped early")
    finally:
        stop.set()
        finished.cancel()
        await task
    return _steady_rate(progress.marks, total), bulks.samples, batches.samples


async def measure_plain(
    es: AsyncElasticsearch, alias: str, articles: list[EnrichedArticle], batch: int
) -> tuple[float, list[float]]:
    """The same documents, prebuilt, sent by a sequential ``_bulk`` loop; steady rate and bulk latencies."""
    now = datetime.now(tz=UTC)
    operations: list[dict[str, Any]] = []
    for article in articles:
        operations.append({"index": {"_index": f"{alias}-{month_suffix(article)}", "_id": article.article.id}})
        operations.append(to_document(article, indexed_at=now))
    marks: list[tuple[float, int]] = []
    latencies: list[float] = []
    for start in range(0, len(articles), batch):
        chunk = operations[2 * start : 2 * (start + batch)]
        began = time.perf_counter()
        response = await es.bulk(operations=chunk, filter_path="errors")
        latencies.append(time.perf_counter() - began)
        if response.body.get("errors"):
            raise RuntimeError("plain bulk loop had item errors")
        marks.append((time.perf_counter(), start + len(chunk) // 2))
    return _steady_rate(marks, len(articles)), latencies


async def _topics(kafka: KafkaSettings, create: bool) -> None:
    """Create the bench prefix's topics, or delete them."""
    admin = new_admin(kafka)
    await admin.start()
    try:
        if create:
            names = (kafka.enriched_topic, kafka.deadletter_topic)
            await admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1) for name in names])
        else:
            doomed = [name for name in await admin.list_topics() if name.startswith(kafka.topic_prefix)]
            await admin.delete_topics(doomed)
    finally:
        await admin.close()


async def _drop_indices(es: AsyncElasticsearch, prefix: str) -> None:
    """Delete the bench prefix's indices and templates."""
    lenient = es.options(ignore_status=404)  # "no template matches" is a 404
    templates = await lenient.indices.get_index_template(name=f"{prefix}*")
    for entry in templates.body.get("index_templates", []):
        await es.indices.delete_index_template(name=entry["name"])
    components = await lenient.cluster.get_component_template(name=f"{prefix}*")
    for entry in components.body.get("component_templates", []):
        await es.cluster.delete_component_template(name=entry["name"])
    names = sorted((await es.indices.get(index=f"{prefix}*", expand_wildcards="all")).body)
    # wildcard deletes are refused and a hundred names overflow the 4 KB request line: delete in slices
    for start in range(0, len(names), 20):
        await es.indices.delete(index=",".join(names[start : start + 20]))


async def run(
    kafka_bootstrap: str, es_url: str, *, docs: int = 10_000, batch: int = 1000, repeats: int = 3
) -> dict[str, Any]:
    """Measure both sides ``repeats`` times (alternating) and return the report."""
    articles = make_articles(docs)
    run_id = uuid.uuid4().hex[:8]
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap, topic_prefix=f"bench-{run_id}.")
    es_base = ElasticsearchSettings(url=es_url, index_prefix=f"bench-{run_id}", request_timeout=120)
    es = make_elasticsearch(es_base)
    await _topics(kafka, create=True)
    rates: dict[str, list[float]] = {"indexer": [], "plain": []}
    bulk_ms: dict[str, list[float]] = {"indexer": [], "plain": []}
    batch_ms: list[float] = []
    # this process's CPU per 1000 documents: on a small machine it is taken from Elasticsearch's cores
    cpu_ms: dict[str, list[float]] = {"indexer": [], "plain": []}
    try:
        await _publish(kafka, articles)
        # round 0 warms Elasticsearch up and is discarded; the order alternates so neither side always goes second
        for round_ in range(repeats + 1):
            settings = IndexerSettings(
                kafka=kafka,
                elasticsearch=es_base.model_copy(update={"index_prefix": f"bench-{run_id}-w{round_}"}),
                group_id=f"bench-{run_id}-{round_}",
                batch_max_docs=batch,
                batch_max_bytes=64 * 1024 * 1024,
                http_port=0,
            )
            plain = settings.model_copy(
                update={"elasticsearch": es_base.model_copy(update={"index_prefix": f"bench-{run_id}-p{round_}"})}
            )
            await ensure_layout(es, plain)
            sides = ["indexer", "plain"] if round_ % 2 else ["plain", "indexer"]
            for side in sides:
                cpu_before = time.process_time()
                if side == "indexer":
                    rate, bulks, batches = await measure_indexer(settings, docs)
                else:
                    rate, bulks = await measure_plain(es, plain.elasticsearch.articles_alias, articles, batch)
                if round_ == 0:
                    continue
                cpu_ms[side].append((time.process_time() - cpu_before) * 1000 / docs * 1000)
                rates[side].append(rate)
                bulk_ms[side] += bulks
                if side == "indexer":
                    batch_ms += batches
    finally:
        try:
            await _drop_indices(es, f"bench-{run_id}")
        finally:
            await es.close()
            await _topics(kafka, create=False)
    indexer, plain_rate = statistics.median(rates["indexer"]), statistics.median(rates["plain"])
    return {
        "docs_per_run": docs,
        "batch_docs": batch,
        "repeats": repeats,
        "avg_value_bytes": round(sum(len(a.model_dump_json()) for a in articles) / docs),
        "docs_per_second_median": {"indexer": round(indexer, 1), "plain_bulk_loop": round(plain_rate, 1)},
        "docs_per_second_runs": {name: [round(r, 1) for r in runs] for name, runs in rates.items()},
        "ratio_indexer_to_plain": round(indexer / plain_rate, 3),
        "ratio_per_round": [round(w / p, 3) for w, p in zip(rates["indexer"], rates["plain"], strict=True)],
        "bulk_latency_ms": {
            name: {"p50": percentile(samples, 50), "p99": percentile(samples, 99), "requests": len(samples)}
            for name, samples in bulk_ms.items()
        },
        "indexer_batch_latency_ms": {"p50": percentile(batch_ms, 50), "p99": percentile(batch_ms, 99)},
        "client_cpu_ms_per_1000_docs": {name: round(statistics.median(v), 1) for name, v in cpu_ms.items()},
    }


@contextlib.contextmanager
def _endpoints(use_stack: bool) -> Iterator[tuple[str, str]]:
    """Kafka and Elasticsearch addresses: leased from the shared local stack, or from the environment."""
    if not use_stack:
        yield KafkaSettings().bootstrap_servers, ElasticsearchSettings().url
        return
    from newswire_cli.stack import shared_stack  # noqa: PLC0415 - only needed when leasing the local stack

    with shared_stack(names=("kafka", "elasticsearch")) as endpoints:
        if endpoints.kafka_bootstrap is None or endpoints.elasticsearch_url is None:
            raise RuntimeError("the local stack did not report Kafka and Elasticsearch addresses")
        yield endpoints.kafka_bootstrap, endpoints.elasticsearch_url


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Measure, write ``bench/indexer.json`` and return the report (``python -m bench`` prints it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=10_000, help="articles per run")
    parser.add_argument("--batch", type=int, default=1000, help="documents per bulk request, both sides")
    parser.add_argument("--repeats", type=int, default=3, help="runs per side; the median is reported")
    parser.add_argument("--no-stack", action="store_true", help="use KAFKA_BOOTSTRAP_SERVERS / ELASTICSEARCH_URL")
    parser.add_argument("--out", type=Path, default=OUT)
    # called without arguments by `python -m bench`, whose own arguments are not ours
    args = parser.parse_args(argv if argv is not None else [])
    with _endpoints(not args.no_stack) as (kafka_bootstrap, es_url):
        report = asyncio.run(run(kafka_bootstrap, es_url, docs=args.docs, batch=args.batch, repeats=args.repeats))
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(sys.argv[1:]), indent=2) + "\n")
