"""Settings come from INDEXER_* with the shared KAFKA_* and ELASTICSEARCH_* blocks nested."""

from __future__ import annotations

import pytest
from newswire_indexer.settings import IndexerSettings


def test_defaults() -> None:
    settings = IndexerSettings()
    assert settings.group_id == "newswire-indexer"
    assert settings.batch_max_docs >= 100
    assert settings.ilm_retention_days is None
    assert settings.http_host == "127.0.0.1", "the probes and metrics bind loopback unless configured"


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INDEXER_BATCH_MAX_DOCS", "250")
    monkeypatch.setenv("INDEXER_GROUP_ID", "g1")
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
    monkeypatch.setenv("KAFKA_TOPIC_PREFIX", "x.")
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://es:9200")
    settings = IndexerSettings()
    assert settings.batch_max_docs == 250
    assert settings.group_id == "g1"
    assert settings.kafka.bootstrap_servers == "kafka:9092"
    assert settings.kafka.enriched_topic == "x.newswire.enriched"
    assert settings.elasticsearch.url == "http://es:9200"


def test_every_field_is_described() -> None:
    assert all(field.description for field in IndexerSettings.model_fields.values())
