"""IngestSettings: defaults, environment parsing and the nested Kafka block."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_ingest.settings import IngestSettings


def test_defaults() -> None:
    settings = IngestSettings()
    assert settings.max_bytes == 10 * 1024 * 1024
    assert settings.channels == ["inbox", "folder", "http"]
    assert settings.compression_type == "lz4"
    assert settings.http_token is None
    assert settings.processed_path == Path("var/inbox/processed")


def test_every_field_is_described() -> None:
    assert all(field.description for field in IngestSettings.model_fields.values())


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_CHANNELS", "folder, http")
    monkeypatch.setenv("INGEST_IGNORE_PATTERNS", '["*.swp"]')
    monkeypatch.setenv("INGEST_HTTP_TOKEN", "tok-value-xyz")
    monkeypatch.setenv("INGEST_COMPRESSION_TYPE", "none")
    monkeypatch.setenv("INGEST_FAILED_DIR", "/srv/failed")
    monkeypatch.setenv("KAFKA_TOPIC_PREFIX", "t1.")
    settings = IngestSettings()
    assert settings.channels == ["folder", "http"]
    assert settings.ignore_patterns == ["*.swp"]
    assert settings.http_token is not None
    assert settings.http_token.get_secret_value() == "tok-value-xyz"
    assert "tok-value-xyz" not in repr(settings)
    assert settings.compression_type is None
    assert settings.failed_path == Path("/srv/failed")
    assert settings.kafka.articles_topic == "t1.newswire.articles"


def test_unknown_channel_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_CHANNELS", "inbox,ftp")
    with pytest.raises(ValueError, match="channels"):
        IngestSettings()
