"""A broker outage seen from outside: honest 503s, live readiness and a readable log, on a Kafka of our own.

The broker is this module's own (free ports, under ``var/``), stopped and restarted here; Elasticsearch is the
session's. Every service runs as a real process (``python -m ...``), as an orchestrator would run it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from newswire_cli.services import free_port
from newswire_cli.stack.kafka import Kafka
from newswire_runtime import ElasticsearchSettings, KafkaSettings

from tests.integration.ingest.expectations import read_topic
from tests.own_kafka import own_kafka
from tests.secure_stack import START_TIMEOUT

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(420)]

PUBLISH_TIMEOUT = 10.0
"""INGEST_PUBLISH_TIMEOUT of these tests: the default."""
OUTAGE_SECONDS = 20.0
"""How long the broker stays down in the log-volume test."""
MAX_OUTAGE_LINES = 20
"""Log lines a service may write during the outage (it wrote about 100 a second before summaries)."""


@pytest.fixture(scope="module")
def outage_kafka() -> Iterator[Kafka]:
    """This module's broker: the tests stop and restart it."""
    with own_kafka() as kafka:
        port = int(kafka.address.rsplit(":", 1)[1])
        assert port not in {9092, 9093, 9200, 19092, 19200}, "never the dev stack's broker nor the reserved ports"
        yield kafka


@pytest.fixture
def outage_topics(outage_kafka: Kafka) -> Iterator[KafkaSettings]:
    """Topics of this test's own on the module's broker."""
    from tests.conftest import _own_topics  # noqa: PLC0415 - the session's helper, on another broker

    with _own_topics(outage_kafka.client_settings()) as settings:
        yield settings


@dataclass
class Service:
    """A service process, its probe URL and its log file."""

    name: str
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def lines(self) -> list[str]:
        """Every line the service has logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace").splitlines()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 30 s (a stuck shutdown is another issue's; these tests must not hang)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def _start(name: str, module: str, env: dict[str, str], url: str, folder: Path, *args: str) -> Service:
    """Start ``python -m module`` with ``env`` on top of ours; its output goes to ``folder/<name>.log``."""
    log = folder / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", module, *args], env={**os.environ, **env}, stdout=out, stderr=out
        )
    return Service(name, process, url, log)


async def _status(session: aiohttp.ClientSession, url: str) -> int | None:
    """The status of GET ``url``, None when nothing answers."""
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as response:
            return response.status
    except (aiohttp.ClientError, TimeoutError):
        return None


async def _wait_status(session: aiohttp.ClientSession, service: Service, status: int, within: float) -> float:
    """Seconds until ``/readyz`` of ``service`` answers ``status``; fails after ``within``."""
    began = time.monotonic()
    while time.monotonic() - began < within:
        assert service.process.poll() is None, "\n".join(service.lines()[-30:])
        if await _status(session, f"{service.url}/readyz") == status:
            return time.monotonic() - began
        await asyncio.sleep(0.25)
    raise AssertionError(f"{service.name} /readyz never answered {status}:\n" + "\n".join(service.lines()[-30:]))


def _ingest_env(kafka: KafkaSettings, port: int, **extra: str) -> dict[str, str]:
    """Environment of an HTTP-only ingest service on ``kafka``."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": kafka.topic_prefix,
        "INGEST_CHANNELS": "http",
        "INGEST_HTTP_PORT": str(port),
        "INGEST_PUBLISH_TIMEOUT": str(PUBLISH_TIMEOUT),
        **extra,
    }


def _story(headline: str) -> bytes:
    """A plain-text story of its own (a content id of its own)."""
    return f"{headline}\n\nANKARA - {headline} was reported on {uuid.uuid4().hex}.\n".encode()


async def _post(session: aiohttp.ClientSession, url: str, body: bytes) -> tuple[int, dict[str, str], float]:
    """POST a story: status, headers, seconds to the answer."""
    began = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=120)
    async with session.post(f"{url}/v1/articles", data=body, timeout=timeout) as response:
        await response.read()
        return response.status, dict(response.headers), time.monotonic() - began


async def _article_ids(kafka: KafkaSettings, at_least: int) -> list[str]:
    """Keys of the articles topic (article ids), read from the beginning."""
    records = await read_topic(kafka, kafka.articles_topic, count=at_least + 50, within=8.0)
    return [(record.key or b"").decode() for record in records]


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client:
        yield client


async def test_a_post_kafka_cannot_take_is_503_within_the_deadline_and_never_published_later(
    outage_kafka: Kafka, outage_topics: KafkaSettings, session: aiohttp.ClientSession, tmp_path: Path
) -> None:
    # The readiness probe is made blind (checked once an hour), so the send itself must give up in time.
    env = _ingest_env(outage_topics, port := free_port(), INGEST_READINESS_INTERVAL="3600")
    ingest = _start("ingest", "newswire_ingest", env, f"http://127.0.0.1:{port}", tmp_path, "serve")
    try:
        await _wait_status(session, ingest, 200, within=60)
        status, _, _ = await _post(session, ingest.url, _story("Before the outage"))
        assert status == 202
        await asyncio.to_thread(outage_kafka.stop)
        refused_story = _story("During the outage")
        status, headers, seconds = await _post(session, ingest.url, refused_story)
        assert status == 503
        assert headers["Retry-After"] == "5"
        assert seconds <= PUBLISH_TIMEOUT + 0.5, f"answered after {seconds:.1f} s"

        await asyncio.to_thread(outage_kafka.start)
        await asyncio.to_thread(outage_kafka.wait_healthy, START_TIMEOUT)
        await asyncio.sleep(10)  # an idempotent producer would have delivered the refused post by now
        assert len(await _article_ids(outage_topics, 1)) == 1, "the post answered 503 was published behind our back"

        for _ in range(60):  # the client's retry, after Retry-After, once the producer has reconnected
            status, _, _ = await _post(session, ingest.url, refused_story)
            if status == 202:
                break
            await asyncio.sleep(1)
        assert status == 202
        ids = await _article_ids(outage_topics, 2)
        assert len(ids) == len(set(ids)) == 2, ids
    finally:
        ingest.stop()
        if outage_kafka.running_pid() is None:
            outage_kafka.start()
            outage_kafka.wait_healthy(START_TIMEOUT)


async def test_an_outage_turns_every_readyz_to_503_and_back_with_a_few_log_lines(
    outage_kafka: Kafka,
    outage_topics: KafkaSettings,
    es_settings: ElasticsearchSettings,
    session: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    kafka_env = {
        "KAFKA_BOOTSTRAP_SERVERS": outage_topics.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": outage_topics.topic_prefix,
    }
    ports = {name: free_port() for name in ("ingest", "tagger", "indexer")}
    group = f"outage-{uuid.uuid4().hex[:8]}"
    services = [
        _start(
            "ingest",
            "newswire_ingest",
            _ingest_env(outage_topics, ports["ingest"]),
            f"http://127.0.0.1:{ports['ingest']}",
            tmp_path,
            "serve",
        ),
        _start(
            "tagger",
            "newswire_tagger",
            {
                **kafka_env,
                "TAGGER_APP_ID": f"{group}-tagger",
                "TAGGER_WEB_PORT": str(ports["tagger"]),
                "TAGGER_DATA_DIR": str(tmp_path / "tagger"),
            },
            f"http://127.0.0.1:{ports['tagger']}",
            tmp_path,
        ),
        _start(
            "indexer",
            "newswire_indexer",
            {
                **kafka_env,
                "ELASTICSEARCH_URL": es_settings.url,
                "ELASTICSEARCH_INDEX_PREFIX": es_settings.index_prefix,
                "INDEXER_GROUP_ID": f"{group}-indexer",
                "INDEXER_HTTP_PORT": str(ports["indexer"]),
            },
            f"http://127.0.0.1:{ports['indexer']}",
            tmp_path,
        ),
    ]
    try:
        for service in services:
            await _wait_status(session, service, 200, within=180)
        before = {service.name: len(service.lines()) for service in services}
        down_at = time.monotonic()
        await asyncio.to_thread(outage_kafka.stop)
        for service in services:
            seconds = await _wait_status(session, service, 503, within=10)
            assert seconds < 8, f"{service.name} took {seconds:.1f} s to report the outage"
        status, headers, seconds = await _post(session, services[0].url, _story("While Kafka is known down"))
        assert (status, headers["Retry-After"]) == (503, "5")
        assert seconds < 1.0, "a known outage is answered at once"

        await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down_at)))
        during = {service.name: service.lines()[before[service.name] :] for service in services}
        await asyncio.to_thread(outage_kafka.start)
        await asyncio.to_thread(outage_kafka.wait_healthy, START_TIMEOUT)
        for service in services:
            await _wait_status(session, service, 200, within=60)
    finally:
        for service in services:
            service.stop()
        if outage_kafka.running_pid() is None:
            outage_kafka.start()
            outage_kafka.wait_healthy(START_TIMEOUT)
    counts = {name: len(lines) for name, lines in during.items()}
    shown = "\n".join(f"{name}: {line}" for name, lines in during.items() for line in lines)
    assert max(counts.values()) < MAX_OUTAGE_LINES, f"lines in a {OUTAGE_SECONDS:.0f} s outage: {counts}\n{shown}"


async def test_the_tagger_declares_its_topics_through_a_broker_restart(
    outage_kafka: Kafka, outage_topics: KafkaSettings, tmp_path: Path
) -> None:
    # faust declares its leader topic from a service whose error crashes the worker; with the broker just gone its
    # metadata request raised NodeNotReadyError at once (a CI run lost its tagger that way). It must wait instead.
    from aiokafka.admin import AIOKafkaAdminClient  # noqa: PLC0415
    from newswire_runtime.faust_options import faust_options  # noqa: PLC0415
    from newswire_tagger.committing import TaggerApp  # noqa: PLC0415

    app = TaggerApp(f"declare-{uuid.uuid4().hex[:8]}", **faust_options(outage_topics), datadir=str(tmp_path))
    producer = app.producer
    await producer.start()
    topic = f"{outage_topics.topic_prefix}declared-late"
    try:
        await asyncio.to_thread(outage_kafka.stop)
        declaring = asyncio.create_task(producer.create_topic(topic, partitions=1, replication=1))
        await asyncio.sleep(3)
        assert not declaring.done(), declaring.exception() if declaring.done() else None
        await asyncio.to_thread(outage_kafka.start)
        await asyncio.to_thread(outage_kafka.wait_healthy, START_TIMEOUT)
        await asyncio.wait_for(declaring, timeout=60)
    finally:
        await producer.stop()
        if outage_kafka.running_pid() is None:
            outage_kafka.start()
            outage_kafka.wait_healthy(START_TIMEOUT)
    admin = AIOKafkaAdminClient(bootstrap_servers=outage_topics.bootstrap_servers)
    await admin.start()
    try:
        assert topic in await admin.list_topics()
    finally:
        await admin.close()
