"""The whole pipeline over SASL_SSL: ingest, the tagger (faust) and the indexer on a Kafka that refuses anything
less, writing to Elasticsearch through an HTTPS gateway that demands credentials; set up by `newswire setup`
configured through the environment only, as an operator would.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from newswire_cli import setup
from newswire_cli.demo import run_files
from newswire_runtime import ElasticsearchSettings, KafkaSettings, environment

from tests.e2e.runs import seed_and_broken
from tests.tls_gateway import TlsGateway

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


async def test_seed_travels_the_secured_pipeline(
    secure_kafka_settings: KafkaSettings,
    es_gateway: tuple[TlsGateway, ElasticsearchSettings],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gateway, es_settings = es_gateway
    for name, value in (environment(secure_kafka_settings) | environment(es_settings)).items():
        monkeypatch.setenv(name, value)
    assert await asyncio.to_thread(setup.main, []) == 0  # topics (already there) and the index layout
    seed, broken = seed_and_broken(tmp_path)
    outcomes = await run_files(secure_kafka_settings, es_settings, [seed, broken], tmp_path / "logs", timeout_s=180)
    article = outcomes[seed.name]
    assert article.status == "indexed"
    assert article.document["topics"][0]["code"] == "11000000", "tagged by the faust worker over SASL_SSL"
    assert "Bakü" in article.document["places"]
    assert outcomes[broken.name].status == "rejected"
    assert outcomes[broken.name].document["stage"] == "ingest"
    # Every request that reached "Elasticsearch" carried the credentials, and the indexer's writes were among them.
    assert gateway.seen
    assert all(seen.accepted for seen in gateway.seen), [s for s in gateway.seen if not s.accepted]
    assert any(seen.path.startswith("/_bulk") for seen in gateway.seen)
