"""SIGTERM stops every service within its shutdown timeout (15 s), even with Kafka or Elasticsearch unreachable.

The services run as deployments run them (``python -m ...`` in their own process group). The broker is a Kafka
of the test's own, SIGKILLed before the services are told to stop; Elasticsearch is cut by a proxy. Each process
must exit within the bound with code 0, and say in its log that it was stopping and how the stop ended.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from newswire_cli.services import PipelineProcesses
from newswire_runtime import ElasticsearchSettings, KafkaSettings

from tests.integration.indexer.proxy import ToggleProxy
from tests.integration.tagger.workers import create_topics, delete_topics
from tests.own_kafka import kill, own_kafka

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(600)]

BOUND_S = 15.0
"""The default shutdown timeout of every service."""
MARGIN_S = 3.0
"""Signal delivery and interpreter exit on a busy two-core machine."""
READY = {
    "newswire_ingest": "inbox consumer started",
    "newswire_tagger": "Worker]: Ready",
    "newswire_indexer": "indexing ",
}
"""A log line each service writes once it consumes."""


async def wait_for_lines(processes: PipelineProcesses, expected: dict[str, str], within: float) -> None:
    """Wait until each service's log holds its expected line; fail (with the log's tail) after ``within`` s."""
    deadline = time.monotonic() + within
    missing = dict(expected)
    while missing and time.monotonic() < deadline:
        processes.check_alive()
        for name, line in list(missing.items()):
            if line in (processes.log_dir / f"{name}.log").read_text(encoding="utf-8", errors="replace"):
                del missing[name]
        await asyncio.sleep(0.5)
    assert not missing, f"no {missing} within {within:.0f}s (logs in {processes.log_dir})"


async def terminate_and_time(processes: PipelineProcesses, names: list[str]) -> dict[str, tuple[float, int]]:
    """SIGTERM the named services at once; for each, seconds until it exited and its exit code."""
    for name in names:
        os.killpg(processes.processes[name].pid, signal.SIGTERM)
    sent = time.monotonic()
    exits: dict[str, tuple[float, int]] = {}
    while len(exits) < len(names) and time.monotonic() - sent < BOUND_S + 30:
        for name in names:
            code = processes.processes[name].poll()
            if code is not None and name not in exits:
                exits[name] = (time.monotonic() - sent, code)
        await asyncio.sleep(0.1)
    return exits


def assert_bounded_stop(processes: PipelineProcesses, exits: dict[str, tuple[float, int]], names: list[str]) -> None:
    """Each service exited in time, with code 0, and logged the stop and how it ended."""
    for name in names:
        assert name in exits, f"{name} still running {BOUND_S + 30:.0f}s after SIGTERM"
        seconds, code = exits[name]
        log = (processes.log_dir / f"{name}.log").read_text(encoding="utf-8", errors="replace")
        assert seconds <= BOUND_S + MARGIN_S, f"{name} took {seconds:.1f}s"
        assert code == 0, f"{name} exited with {code} (log: {processes.log_dir})"
        assert "stopping: exit within 15 s" in log
        endings = ("stopped cleanly in", "its work in hand cancelled", "did not stop within 15 s")
        assert any(ending in log for ending in endings), f"{name} did not log how its stop ended"


async def test_sigterm_with_kafka_down_stops_every_service_in_time(
    tmp_path: Path, es_settings: ElasticsearchSettings
) -> None:
    names = list(READY)
    with own_kafka() as broker:
        kafka = KafkaSettings(bootstrap_servers=broker.address, topic_prefix=f"test-{uuid.uuid4().hex[:8]}.")
        await create_topics(kafka, partitions=1)
        processes = PipelineProcesses(kafka, es_settings, tmp_path / "logs", run_id=uuid.uuid4().hex[:8])
        processes.start()
        try:
            await wait_for_lines(processes, READY, within=180)
            kill(broker)
            await asyncio.sleep(3)  # Kafka is now down, not merely going
            exits = await terminate_and_time(processes, names)
        finally:
            processes.stop()
    assert_bounded_stop(processes, exits, names)


async def test_sigterm_with_elasticsearch_down_stops_the_indexer_in_time(
    tmp_path: Path, kafka_bootstrap_servers: str, es_settings: ElasticsearchSettings
) -> None:
    host, _, port = es_settings.url.removeprefix("http://").partition(":")
    proxy = ToggleProxy(host, int(port))
    await proxy.start()
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap_servers, topic_prefix=f"test-{uuid.uuid4().hex[:8]}.")
    await create_topics(kafka, partitions=1)
    through_proxy = es_settings.model_copy(update={"url": proxy.url})
    processes = PipelineProcesses(kafka, through_proxy, tmp_path / "logs", run_id=uuid.uuid4().hex[:8])
    name = "newswire_indexer"
    try:
        processes.start()  # all three: the indexer is the one under test, the others must stop too
        await wait_for_lines(processes, READY, within=180)
        proxy.down()
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap_servers)
        await producer.start()
        try:
            # a record the indexer will try to write while Elasticsearch is away
            await producer.send_and_wait(kafka.enriched_topic, b'{"not": "an enriched article"}', key=b"x")
        finally:
            await producer.stop()
        await asyncio.sleep(3)
        exits = await terminate_and_time(processes, list(READY))
    finally:
        processes.stop()
        await proxy.stop()
        await delete_topics(kafka)
    assert_bounded_stop(processes, exits, [name])
