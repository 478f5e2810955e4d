"""Ingest throughput: files per second through the folder channel and the inbox topic, against a bare producer.

Run with ``uv run python -m bench.ingest`` (or ``python bench/ingest.py``); it leases the shared local Kafka through
``newswire_cli.stack.shared_stack`` (or uses ``KAFKA_BOOTSTRAP_SERVERS`` with ``--no-stack``), works on topics
under a fresh prefix that it deletes afterwards, and writes ``bench/ingest.json``.

The bare producer has the same settings as the service's (idempotent, ``acks=all``, same compression) and sends
the same file bytes: sequentially awaited (what the folder channel does per file) and in batches of
``inbox_batch_size`` awaited together (what the inbox channel does per fetched batch).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from aiokafka.admin import NewTopic
from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.channels.inbox import InboxChannel
from newswire_ingest.metrics import IngestMetrics
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_runtime import KafkaSettings, new_admin, new_producer
from newswire_schemas import ALL_TOPICS, InboxHeaders

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_b24a64fc9477b906.txt"
OUT = ROOT / "bench" / "ingest.json"
BARE_TOPIC = "bench.bare"


def make_files(count: int) -> list[bytes]:
    """``count`` distinct wire files: the seed with a numbered closing paragraph (so every article id differs)."""
    seed = SEED.read_bytes().rstrip()
    return [seed + f"\n\nBench paragraph number {i}.\n".encode() for i in range(count)]


async def _create_topics(kafka: KafkaSettings, partitions: int) -> None:
    """The four pipeline topics under the bench prefix."""
    admin = new_admin(kafka)
    await admin.start()
    try:
        names = [*ALL_TOPICS, BARE_TOPIC]
        topics = [NewTopic(kafka.topic(t), num_partitions=partitions, replication_factor=1) for t in names]
        await admin.create_topics(topics)
    finally:
        await admin.close()


async def _delete_topics(kafka: KafkaSettings) -> None:
    """Remove the bench topics again."""
    admin = new_admin(kafka)
    await admin.start()
    try:
        await admin.delete_topics([kafka.topic(t) for t in (*ALL_TOPICS, BARE_TOPIC)])
    finally:
        await admin.close()


async def bench_folder(settings: IngestSettings, files: Sequence[bytes], *, publish: bool = True) -> float:
    """Files per second: one scan of a watch folder holding ``files`` (publish, then move each; or only parse)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = settings.model_copy(update={"watch_dir": Path(tmp), "min_file_age": 0.0})
        for i, data in enumerate(files):
            (Path(tmp) / f"{i:06d}.txt").write_bytes(data)
        publisher = Publisher(folder) if publish else None
        if publisher is not None:
            await publisher.start()
        try:
            channel = FolderChannel(folder, Pipeline.from_settings(publisher, folder))
            started = time.perf_counter()
            outcomes = await channel.scan_once()
            elapsed = time.perf_counter() - started
        finally:
            if publisher is not None:
                await publisher.stop()
    assert len(outcomes) == len(files)  # noqa: S101 - a benchmark that lost files measured nothing
    return len(files) / elapsed


def _published(metrics: IngestMetrics) -> float:
    """Articles the pipeline has published so far, over all formats."""
    return sum(
        sample.value
        for metric in metrics.registry.collect()
        if metric.name == "newswire_ingest_files_published"
        for sample in metric.samples
        if sample.name.endswith("_total")
    )


async def _poll(condition: Callable[[], bool]) -> None:
    """Return as soon as ``condition()`` holds (checked every 5 ms: fine enough for runs of seconds)."""
    while True:
        if condition():
            return
        await asyncio.sleep(0.005)


async def bench_inbox(settings: IngestSettings, files: Sequence[bytes]) -> float:
    """Files per second through the inbox channel, from its first record to the last article acknowledged."""
    publisher = Publisher(settings)
    await publisher.start()
    headers = InboxHeaders(file_name="bench.txt", content_type="text/plain").to_kafka()
    await asyncio.gather(
        *(publisher.send_raw(settings.kafka.inbox_topic, str(i).encode(), d, headers) for i, d in enumerate(files))
    )
    metrics = IngestMetrics()
    channel = InboxChannel(settings, Pipeline.from_settings(publisher, settings, metrics=metrics))
    stop = asyncio.Event()
    task = asyncio.create_task(channel.run(stop))
    try:
        # The consumer-group join is start-up cost, not throughput: the clock starts at the first record.
        received = {"channel": "inbox"}
        await _poll(
            lambda: metrics.registry.get_sample_value("newswire_ingest_files_received_total", received) is not None
        )
        started = time.perf_counter()
        await _poll(lambda: _published(metrics) >= len(files))
        elapsed = time.perf_counter() - started
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
        await publisher.stop()
    return len(files) / elapsed


async def bench_bare(settings: IngestSettings, files: Sequence[bytes], batch: int) -> float:
    """Files per second of a bare idempotent acks=all producer sending ``files``, ``batch`` awaited at a time."""
    producer = new_producer(
        settings.kafka,
        enable_idempotence=True,
        acks="all",
        compression_type=settings.compression_type,
        max_request_size=settings.max_request_size,
        linger_ms=0,
    )
    await producer.start()
    topic = settings.kafka.topic(BARE_TOPIC)
    try:
        await producer.partitions_for(topic)  # same warm start as Publisher.start()
        started = time.perf_counter()
        for first in range(0, len(files), batch):
            chunk = files[first : first + batch]
            await asyncio.gather(
                *(producer.send_and_wait(topic, d, key=str(first + i).encode()) for i, d in enumerate(chunk))
            )
        elapsed = time.perf_counter() - started
    finally:
        await producer.stop()
    return len(files) / elapsed


async def _median_of(repeats: int, measure: Callable[[], Awaitable[float]]) -> tuple[float, list[float]]:
    """Median and all results of ``repeats`` runs of ``measure`` (the machine is shared: single runs are noisy)."""
    runs = [round(await measure(), 1) for _ in range(repeats)]
    return statistics.median(runs), runs


async def run(kafka: KafkaSettings, count: int, repeats: int) -> dict[str, object]:
    """Every measurement on fresh topics (each run its own group and files); returns the report."""
    kafka = kafka.model_copy(update={"topic_prefix": f"bench-{uuid.uuid4().hex[:8]}."})
    settings = IngestSettings(kafka=kafka)
    window = settings.folder_concurrency
    await _create_topics(kafka, partitions=4)
    results: dict[str, tuple[float, list[float]]] = {}
    try:
        for name, measure in (
            ("folder", lambda: bench_folder(settings, make_files(count))),
            ("folder_dry_run_no_kafka", lambda: bench_folder(settings, make_files(count), publish=False)),
            ("inbox", lambda: bench_inbox(settings.model_copy(update={"group_id": _fresh()}), make_files(count))),
            ("bare_sequential", lambda: bench_bare(settings, make_files(count), batch=1)),
            (f"bare_window_{window}", lambda: bench_bare(settings, make_files(count), batch=window)),
            (
                f"bare_batched_{settings.inbox_batch_size}",
                lambda: bench_bare(settings, make_files(count), batch=settings.inbox_batch_size),
            ),
        ):
            results[name] = await _median_of(repeats, measure)
    finally:
        with contextlib.suppress(Exception):
            await _delete_topics(kafka)
    folder, inbox = results["folder"][0], results["inbox"][0]
    return {
        "files_per_run": count,
        "file_bytes": len(make_files(1)[0]),
        "compression": settings.compression_type,
        "folder_concurrency": window,
        "inbox_batch_size": settings.inbox_batch_size,
        "repeats": repeats,
        "files_per_second_median": {name: median for name, (median, _) in results.items()},
        "files_per_second_runs": {name: runs for name, (_, runs) in results.items()},
        "folder_vs_bare_same_window": round(folder / results[f"bare_window_{window}"][0], 3),
        "folder_vs_bare_sequential": round(folder / results["bare_sequential"][0], 3),
        "inbox_vs_bare_same_batch": round(inbox / results[f"bare_batched_{settings.inbox_batch_size}"][0], 3),
    }


def _fresh() -> str:
    """A consumer-group id of its own, so each inbox run reads the whole topic."""
    return f"bench-{uuid.uuid4().hex[:8]}"


@contextlib.contextmanager
def _kafka(use_stack: bool) -> Iterator[KafkaSettings]:
    """Kafka settings: the shared local stack (leased for the run), or the environment's as they are."""
    if not use_stack:
        yield KafkaSettings()
        return
    from newswire_cli.stack import shared_stack  # noqa: PLC0415 - only needed when leasing the local stack

    with shared_stack(names=("kafka",)) as endpoints:
        yield KafkaSettings(bootstrap_servers=endpoints.kafka_bootstrap)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Measure, write ``bench/ingest.json`` and return the report (``python -m bench`` prints it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=int(os.environ.get("BENCH_INGEST_FILES", "500")))
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the median is reported")
    parser.add_argument("--no-stack", action="store_true", help="use KAFKA_BOOTSTRAP_SERVERS, lease nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    # called without arguments by `python -m bench`, whose own arguments are not ours
    args = parser.parse_args(argv if argv is not None else [])
    with _kafka(not args.no_stack) as kafka:
        report = asyncio.run(run(kafka, args.files, args.repeats))
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(sys.argv[1:]), indent=2) + "\n")
