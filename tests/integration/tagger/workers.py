"""Tagger worker processes for recovery and rebalance tests: started as a deployment starts them, killed at will.

Each worker is ``python -m newswire_tagger`` with its own web port (for ``/metrics``) and log file; every worker
of one test shares the app id, so they form one consumer group. Articles are the contract's example under
numbered ids, published at a steady rate; what reached the enriched topic is read back by article id.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx
from aiokafka.admin import NewTopic
from newswire_cli.services import free_port
from newswire_runtime import KafkaSettings, environment, new_admin, new_consumer, new_producer
from newswire_schemas import ALL_TOPICS, ARTICLES, Article, EnrichedArticle, key_for

EXAMPLE = Path(__file__).resolve().parents[3] / "schemas" / "examples" / "newswire.articles.json"
STARTING = re.compile(r"^(\S+ \S+) INFO faust\.worker: \[\^\w*Worker\]: Starting\.\.\.$", re.MULTILINE)
"""The worker's log line when faust starts, models loaded: its timestamp (local time, text log format)."""
TAGGED = re.compile(r"^newswire_tagger_articles_tagged_total\{[^}]*\} ([0-9.e+]+)$", re.MULTILINE)


async def create_topics(kafka: KafkaSettings, partitions: int) -> None:
    """The pipeline's topics under the settings' prefix, the articles topic with ``partitions`` partitions."""
    admin = new_admin(kafka)
    try:
        await admin.start()
        topics = [
            NewTopic(kafka.topic(name), num_partitions=partitions if name == ARTICLES else 1, replication_factor=1)
            for name in ALL_TOPICS
        ]
        await admin.create_topics(topics)
    finally:
        await admin.close()


def article(number: int) -> Article:
    """The contract's example article under id ``nw-rebalance-<number>``."""
    example = Article.model_validate_json(EXAMPLE.read_bytes())
    return example.model_copy(update={"id": f"nw-rebalance-{number:06d}"})


async def publish_steadily(kafka: KafkaSettings, per_second: float, stop: asyncio.Event, backlog: int = 0) -> list[str]:
    """Publish ``backlog`` articles at once, then more at ``per_second`` until ``stop``; their ids.

    Articles are keyed by id, so they spread over the partitions. A backlog keeps every worker's buffers full,
    which is when a rebalance finds events fetched but not yet processed.
    """
    producer = new_producer(kafka, acks="all", enable_idempotence=True, linger_ms=5)
    await producer.start()
    ids: list[str] = []
    try:
        pending = [
            await producer.send(kafka.articles_topic, item.model_dump_json().encode(), key=key_for(item))
            for item in map(article, range(backlog))
        ]
        await asyncio.gather(*pending)
        ids += [article(number).id for number in range(backlog)]
        started = time.monotonic() - backlog / per_second
        while not stop.is_set():
            item = article(len(ids))
            await producer.send_and_wait(kafka.articles_topic, item.model_dump_json().encode(), key=key_for(item))
            ids.append(item.id)
            await asyncio.sleep(max(0.0, started + len(ids) / per_second - time.monotonic()))
    finally:
        await producer.stop()
    return ids


async def enriched_ids(kafka: KafkaSettings) -> Counter[str]:
    """How many times each article id is on the enriched topic (read from the start to the current end)."""
    consumer = new_consumer(kafka, kafka.enriched_topic, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    found: Counter[str] = Counter()
    try:
        ends = await consumer.end_offsets(list(consumer.assignment()))
        for tp, end in ends.items():
            while await consumer.position(tp) < end:
                for record in (await consumer.getmany(tp, timeout_ms=1000)).get(tp, []):
                    found[EnrichedArticle.model_validate_json(record.value or b"").article.id] += 1
    finally:
        await consumer.stop()
    return found


@dataclass
class Worker:
    """One tagger worker process of the test's group."""

    name: str
    env: dict[str, str]
    log_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    """Variables of this worker only (e.g. its static group instance id)."""
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    first_output_at: float = 0.0
    """Wall-clock time of the first output seen by :meth:`first_output`."""

    def start(self) -> None:
        """Start (or restart) the process; its log is appended to ``<log_dir>/<name>.log``."""
        env = {**self.env, "TAGGER_WEB_PORT": str(self.port), "TAGGER_DATA_DIR": str(self.log_dir / self.name)}
        env.update(self.extra_env)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with (self.log_dir / f"{self.name}.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newswire_tagger"], env=env, stdout=log, stderr=subprocess.STDOUT
            )
        self.started_at = time.monotonic()

    def signal(self, sig: signal.Signals) -> None:
        """Send ``sig`` to the running process."""
        assert self.process is not None
        self.process.send_signal(sig)

    def wait(self, timeout: float) -> int:
        """Wait for the process to exit; its exit code."""
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it is still there after 30 s (cleanup: never leave a worker behind)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def tagged(self) -> float:
        """Articles this process tagged and got acknowledged, from its ``/metrics`` (0 while not serving)."""
        try:
            text = httpx.get(f"http://127.0.0.1:{self.port}/metrics", timeout=2).text
        except httpx.HTTPError:
            return 0.0
        return sum(float(value) for value in TAGGED.findall(text))

    async def first_output(self, within: float) -> float:
        """Seconds from this process's start until its first acknowledged output; fails after ``within``."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if await asyncio.to_thread(self.tagged) > 0:
                self.first_output_at = time.time()
                return time.monotonic() - self.started_at
            await asyncio.sleep(0.2)
        raise AssertionError(f"{self.name} produced nothing within {within:.0f}s (log: {self.log_dir})")

    def takeover_seconds(self) -> float:
        """From the moment this run of the worker started consuming (models loaded, faust starting) to its first
        output: what the consumer-group settings govern (the session of a dead predecessor, the rebalance)."""
        text = (self.log_dir / f"{self.name}.log").read_text(encoding="utf-8", errors="replace")
        starts = STARTING.findall(text)
        assert starts, f"{self.name} never started consuming"
        started = datetime.strptime(starts[-1], "%Y-%m-%d %H:%M:%S,%f").astimezone().timestamp()
        return self.first_output_at - started


def worker_environment(kafka: KafkaSettings, app_id: str, **extra: str) -> dict[str, str]:
    """The environment of every worker of one group: the test's Kafka and topics, one app id."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("KAFKA_", "TAGGER_"))}
    env.update(environment(kafka))
    env.update(
        {
            "PYTHONUNBUFFERED": "1",
            "TAGGER_APP_ID": app_id,
            "TAGGER_LOG_FORMAT": "text",
            **extra,
        }
    )
    return env


@contextlib.contextmanager
def workers(*group: Worker) -> Iterator[tuple[Worker, ...]]:
    """Stop every worker when the block ends, whatever happened."""
    try:
        yield group
    finally:
        for worker in group:
            worker.stop()


async def delete_topics(kafka: KafkaSettings) -> None:
    """Delete every topic named with the settings' prefix (the faust app's own included)."""
    admin = new_admin(kafka)
    try:
        await admin.start()
        if doomed := [name for name in await admin.list_topics() if name.startswith(kafka.topic_prefix)]:
            await admin.delete_topics(doomed)
    finally:
        await admin.close()
