"""IngestSettings: defaults, environment parsing and the nested Kafka block."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_ingest.limits import ParseLimits
from newswire_ingest.settings import IngestSettings
from pydantic import ValidationError


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


def test_parse_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_MAX_DEPTH", "32")
    monkeypatch.setenv("INGEST_MAX_ELEMENTS", "5000")
    monkeypatch.setenv("INGEST_MAX_BYTES", "2048")
    monkeypatch.setenv("INGEST_PARSE_CONCURRENCY", "3")
    settings = IngestSettings()
    assert settings.parse_limits == ParseLimits(max_bytes=2048, max_depth=32, max_elements=5000)
    assert settings.parse_concurrency == 3
    assert settings.large_parse_bytes == 256 * 1024


@pytest.mark.parametrize("name", ["INGEST_MAX_DEPTH", "INGEST_MAX_ELEMENTS", "INGEST_PARSE_CONCURRENCY"])
def test_parse_limits_must_be_positive(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "0")
    with pytest.raises(ValidationError, match=name.removeprefix("INGEST_").lower()):
        IngestSettings()
