"""Re-tag, dead-letter replay, tagger metrics and JSON logs, on the real services against the shared Kafka and ES.

One pipeline (ingest, tagger, indexer as processes, ``newswire_cli.services``) runs for the module on topics and
indices of its own; the tagger logs JSON (``TAGGER_LOG_FORMAT=json``) and reads an overrides file the tests edit.
The operator commands run as a user's shell would run them, pointed at the module's prefixes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import TopicPartition
from newswire_cli.__main__ import main
from newswire_cli.feed import drop_files
from newswire_cli.services import PipelineProcesses
from newswire_indexer.documents import article_of
from newswire_runtime import ElasticsearchSettings, KafkaSettings, new_consumer, new_producer
from newswire_runtime.elasticsearch import elasticsearch_client
from newswire_schemas import Article, DeadLetter, key_for

from tests.conftest import _delete_es_prefixed, _own_topics, run_async
from tests.e2e.runs import SEED

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

WAIT_S = 90.0


@dataclass
class Pipeline:
    """The running services and what points at them."""

    kafka: KafkaSettings
    es: ElasticsearchSettings
    processes: PipelineProcesses
    overrides: Path
    log_dir: Path

    def tagger_port(self) -> int:
        return int(self.processes.started_environment["TAGGER_WEB_PORT"])


@pytest.fixture(scope="module")
def pipeline(
    kafka_bootstrap_servers: str, elasticsearch_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Pipeline]:
    folder = tmp_path_factory.mktemp("replay")
    overrides = folder / "overrides.toml"
    overrides.write_text("# corrections added by the tests\n", encoding="utf-8")
    es = ElasticsearchSettings(url=elasticsearch_url, index_prefix=f"test-{uuid.uuid4().hex[:10]}")
    with _own_topics(KafkaSettings(bootstrap_servers=kafka_bootstrap_servers)) as kafka:
        extra = {
            "TAGGER_LOG_FORMAT": "json",
            "TAGGER_OVERRIDES_FILE": str(overrides),
            "TAGGER_OVERRIDES_CHECK_INTERVAL": "0",
        }
        processes = PipelineProcesses(kafka, es, log_dir=folder / "logs", run_id=folder.name, extra_environment=extra)
        try:
            with processes:
                yield Pipeline(kafka, es, processes, overrides, folder / "logs")
        finally:
            _delete_es_prefixed(elasticsearch_url, es.index_prefix)


@pytest.fixture
def operator_env(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment a user's shell gives the `newswire` commands."""
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", pipeline.kafka.bootstrap_servers)
    monkeypatch.setenv("KAFKA_TOPIC_PREFIX", pipeline.kafka.topic_prefix)
    monkeypatch.setenv("ELASTICSEARCH_URL", pipeline.es.url)
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", pipeline.es.index_prefix)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


async def _search(pipeline: Pipeline, index: str, query: dict[str, Any]) -> list[dict[str, Any]]:
    es = elasticsearch_client(pipeline.es)
    try:
        if not await es.indices.exists(index=index):
            return []
        await es.indices.refresh(index=index)
        response = await es.search(index=index, query=query, size=20)
        return [{"_id": hit["_id"], **hit["_source"]} for hit in response["hits"]["hits"]]
    finally:
        await es.close()


def _wait_for(pipeline: Pipeline, index: str, query: dict[str, Any], done: Any, what: str) -> list[dict[str, Any]]:
    """Poll until ``done(documents)`` holds; fail with the last documents seen."""
    deadline, found = time.monotonic() + WAIT_S, []
    while time.monotonic() < deadline:
        pipeline.processes.check_alive()
        found = run_async(lambda: _search(pipeline, index, query))
        if done(found):
            return found
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}; last seen: {found}")


def _article(pipeline: Pipeline, query: dict[str, Any], done: Any = bool) -> dict[str, Any]:
    docs = _wait_for(pipeline, pipeline.es.articles_alias, query, lambda d: len(d) == 1 and done(d[0]), str(query))
    return docs[0]


@pytest.mark.usefixtures("operator_env")
def test_retag_replaces_the_enrichment_of_the_same_article_version(
    pipeline: Pipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / f"retag-{uuid.uuid4().hex[:6]}.txt"
    seed.write_bytes(SEED.read_bytes())
    run_async(lambda: drop_files(pipeline.kafka, [seed]))
    first = _article(pipeline, {"term": {"file_name": seed.name}})
    assert "NATO" in first["organizations"]
    assert first["tagger_version"].startswith("0.1.0+gazetteer.")
    assert "overrides" not in first["tagger_version"], "an overrides file with no rules changes nothing"
    assert first["latency_ms"] >= 0

    code, out = _run(capsys, "retag", "--id", first["article_id"], "--dry-run")
    assert code == 0
    assert f"{first['article_id']}  1  {first['tagger_version']}" in out

    pipeline.overrides.write_text('[[block]]\nname = "NATO"\n', encoding="utf-8")
    code, out = _run(capsys, "retag", "--id", first["article_id"])
    assert code == 0, out
    assert "1 article(s) sent for re-tagging" in out

    again = _article(
        pipeline, {"term": {"article_id": first["article_id"]}}, lambda d: "overrides" in d["tagger_version"]
    )
    assert again["tagger_version"].startswith(first["tagger_version"] + ".overrides.")
    assert "NATO" not in again["organizations"]
    assert (again["version"], again["_id"], again["received_at"]) == (1, first["_id"], first["received_at"])
    assert again["tagged_at"] > first["tagged_at"]
    assert "latency_ms" not in again, "a re-tag is not pipeline latency"
    assert article_of(again) == article_of(first), "the same Article went through again"

    code, out = _run(capsys, "retag", "--outdated", "--id", first["article_id"])
    assert (code, out.splitlines()[0]) == (1, f"0 article(s) match in {pipeline.es.articles_alias}-*")


async def _publish_letters(kafka: KafkaSettings, letters: list[DeadLetter]) -> None:
    producer = new_producer(kafka, acks="all")
    await producer.start()
    try:
        for letter in letters:
            await producer.send_and_wait(kafka.deadletter_topic, letter.model_dump_json().encode(), key=key_for(letter))
    finally:
        await producer.stop()


async def _end_offset(kafka: KafkaSettings, topic: str) -> int:
    consumer = new_consumer(kafka, group_id=None)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or {0}]
        return sum((await consumer.end_offsets(partitions)).values())
    finally:
        await consumer.stop()


def _letters(pipeline: Pipeline, run: str) -> list[DeadLetter]:
    """As if a tagger bug and an ingest bug, both fixed since, had refused good input; and a payload cut short."""
    failed_at = datetime.now(UTC)
    article = Article.model_validate_json((SEED.parents[1] / "schemas/examples/newswire.articles.json").read_bytes())
    article = article.model_copy(update={"id": f"replay-{run}", "received_at": datetime(2026, 1, 22, tzinfo=UTC)})
    wire = SEED.read_bytes().replace(b"Taraflar", f"Taraflar ({run})".encode())
    common: dict[str, Any] = {"error_class": "ZeroDivisionError", "reason": "bug fixed since", "failed_at": failed_at}
    return [
        DeadLetter(id=f"tagger:{run}", stage="tagger", payload=article.model_dump_json().encode(),
                   payload_size=len(article.model_dump_json()), article_id=article.id, **common),
        DeadLetter(id=f"ingest:{run}", stage="ingest", payload=wire, payload_size=len(wire),
                   file_name=f"{run}.txt", content_type="text/plain", **common),
        DeadLetter(id=f"ingest:{run}:cut", stage="ingest", payload=wire[:100], payload_size=len(wire),
                   payload_truncated=True, file_name=f"{run}-big.txt", **common),
    ]  # fmt: skip


@pytest.mark.usefixtures("operator_env")
def test_deadletters_list_and_replay_after_a_fix(pipeline: Pipeline, capsys: pytest.CaptureFixture[str]) -> None:
    run = uuid.uuid4().hex[:8]
    letters = _letters(pipeline, run)
    run_async(lambda: _publish_letters(pipeline.kafka, letters))
    index = pipeline.es.deadletters_index
    ids = {"terms": {"deadletter_id": [letter.id for letter in letters]}}
    _wait_for(pipeline, index, ids, lambda docs: len(docs) == 3, "the dead letters indexed")

    code, out = _run(capsys, "deadletters", "list", "--reason", "fixed since", "--json")
    listed = json.loads(out)
    assert (code, listed["total"]) == (0, 3)
    tagger = next(d for d in listed["deadletters"] if d["stage"] == "tagger")
    assert base64.b64decode(tagger["payload_base64"]) == letters[0].payload
    code, out = _run(capsys, "deadletters", "list", "--from", "topic", "--stage", "ingest")
    assert code == 0
    assert "2 of 2 dead letters" in out

    before = run_async(lambda: _end_offset(pipeline.kafka, pipeline.kafka.articles_topic))
    code, out = _run(capsys, "deadletters", "replay", "--reason", "fixed since", "--dry-run")
    assert code == 1, "one letter cannot be replayed"
    assert f"would send tagger:{run}" in out
    assert f"skip    ingest:{run}:cut: only 100 of" in out
    assert run_async(lambda: _end_offset(pipeline.kafka, pipeline.kafka.articles_topic)) == before

    code, out = _run(capsys, "deadletters", "replay", "--reason", "fixed since")
    assert code == 1
    assert "2 replayed, 1 skipped, of 3 matching" in out
    from_tagger = _article(pipeline, {"term": {"article_id": f"replay-{run}"}})
    assert "latency_ms" not in from_tagger, "the replay header travelled through the tagger"
    from_ingest = _article(pipeline, {"term": {"file_name": f"{run}.txt"}})
    assert from_ingest["latency_ms"] >= 0, "ingest received it anew: its latency is real"
    assert from_ingest["channel"] == "inbox"

    marked = _wait_for(pipeline, index, ids, lambda docs: sum("replayed_at" in d for d in docs) == 2, "marks")
    assert {d["replayed_to"].rsplit(":", 2)[0] for d in marked if "replayed_to" in d} == {
        pipeline.kafka.articles_topic,
        pipeline.kafka.inbox_topic,
    }
    code, out = _run(capsys, "deadletters", "replay", "--reason", "fixed since")
    assert "0 replayed, 1 skipped, of 1 matching" in out, "replayed letters are left out unless --again"


@pytest.mark.usefixtures("operator_env")
def test_identical_files_refused_three_times_are_three_dead_letters(
    pipeline: Pipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"empty-{name}.txt").write_bytes(b"")
    code, out = _run(capsys, "ingest", str(tmp_path), "--no-progress")
    assert code == 1, out
    assert "rejected 3" in out
    query = {"term": {"payload_sha256": hashlib.sha256(b"").hexdigest()}}
    index = pipeline.es.deadletters_index
    _wait_for(pipeline, index, query, lambda docs: len(docs) == 3, "three dead letters, one per file")

    code, out = _run(capsys, "deadletters", "list", "--reason", "empty file", "--json")
    listed = json.loads(out)
    assert (code, listed["total"]) == (0, 3)
    letters = listed["deadletters"]
    assert sorted(letter["file_name"] for letter in letters) == ["empty-a.txt", "empty-b.txt", "empty-c.txt"]
    assert len({letter["id"] for letter in letters}) == 3
    assert {letter["payload_sha256"] for letter in letters} == {hashlib.sha256(b"").hexdigest()}
    assert all(letter["id"].startswith("ingest:cli:") for letter in letters)
    code, out = _run(capsys, "deadletters", "list", "--reason", "empty file")
    assert "3 of 3 dead letters" in out


def test_tagger_metrics(pipeline: Pipeline) -> None:
    text = httpx.get(f"http://127.0.0.1:{pipeline.tagger_port()}/metrics", timeout=10).text
    assert "newswire_tagger_tagging_seconds_bucket" in text
    assert 'newswire_tagger_model_info{gazetteer="' in text
    assert 'newswire_tagger_override_rules{kind="block"}' in text


def test_tagger_logs_are_json_lines_from_start_to_stop(pipeline: Pipeline) -> None:
    pipeline.processes.stop()  # the last test: the shutdown lines are read too
    lines = (pipeline.log_dir / "newswire_tagger.log").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line, stdout included: no banner, no spinner, no table
    assert len(records) > 10
    for record in records:
        assert list(record)[:5] == ["timestamp", "level", "service", "logger", "message"]
        assert record["service"] == "tagger"
        assert datetime.fromisoformat(record["timestamp"]).tzinfo is not None
    loggers = {record["logger"] for record in records}
    assert {"newswire_tagger.ner.model", "faust.worker"} <= loggers, "our lines and faust's, one format"
    assert any(r["logger"].startswith("newswire_tagger.overrides") and "loaded" in r["message"] for r in records)
    assert any(r["message"].endswith("Stopping...") for r in records)
