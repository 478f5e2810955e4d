"""The shared connection settings: what they read, and the combinations they refuse (with the variable names)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from newswire_runtime import ElasticsearchSettings, KafkaSettings, environment
from pydantic import SecretStr, ValidationError

from .conftest import Pki, sasl_ssl


def _clear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from an environment without the shared blocks (the shell running the tests may set them)."""
    for name in [n for n in os.environ if n.startswith(("KAFKA_", "ELASTICSEARCH_"))]:
        monkeypatch.delenv(name)


def test_kafka_defaults_are_plaintext_without_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear(monkeypatch)
    kafka = KafkaSettings()
    assert (kafka.security_protocol, kafka.uses_tls, kafka.uses_sasl) == ("PLAINTEXT", False, False)
    assert kafka.servers == ["localhost:9092"]
    assert kafka.sasl_credentials is None


def test_kafka_reads_the_security_variables(monkeypatch: pytest.MonkeyPatch, pki: Pki) -> None:
    _clear(monkeypatch)
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "a:9094, b:9094")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "newswire")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret-value")
    monkeypatch.setenv("KAFKA_SSL_CA_FILE", str(pki.ca))
    monkeypatch.setenv("KAFKA_SSL_CHECK_HOSTNAME", "false")
    kafka = KafkaSettings()
    assert kafka.servers == ["a:9094", "b:9094"]
    assert kafka.sasl_credentials == ("newswire", "s3cret-value")
    assert kafka.ssl_ca_file == pki.ca
    assert kafka.ssl_check_hostname is False
    assert "s3cret-value" not in repr(kafka)


@pytest.mark.parametrize(
    ("given", "complaint"),
    [
        ({"security_protocol": "SASL_SSL"}, "needs KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD"),
        ({"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN"}, "needs KAFKA_SASL_USERNAME"),
        ({"sasl_username": "u", "sasl_password": "p"}, "KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD set but"),
        ({"sasl_mechanism": "PLAIN"}, "never sends them"),
    ],
)
def test_kafka_refuses_sasl_half_configured(given: dict[str, str], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        KafkaSettings(**given)  # type: ignore[arg-type]


def test_kafka_refuses_tls_files_without_tls(pki: Pki) -> None:
    with pytest.raises(ValidationError, match="KAFKA_SSL_CA_FILE set but KAFKA_SECURITY_PROTOCOL=PLAINTEXT"):
        KafkaSettings(ssl_ca_file=pki.ca)


def test_missing_files_and_lone_keys_are_refused(pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="ssl_ca_file"):
        KafkaSettings(security_protocol="SSL", ssl_ca_file=tmp_path / "absent.pem")
    with pytest.raises(ValidationError, match="KAFKA_SSL_KEY_FILE needs KAFKA_SSL_CERT_FILE"):
        KafkaSettings(security_protocol="SSL", ssl_key_file=pki.client.key)


@pytest.mark.parametrize(
    ("given", "complaint"),
    [
        ({"username": "elastic"}, "go together"),
        ({"api_key": "k", "username": "u", "password": "p"}, "not both"),
        ({"url": "ftp://es:9200"}, "http:// or https://"),
        ({"url": "http://a:9200,https://b:9200"}, "all of one scheme"),
        ({"ssl_fingerprint": "ab" * 32}, "ELASTICSEARCH_SSL_FINGERPRINT set but ELASTICSEARCH_URL is not https"),
    ],
)
def test_elasticsearch_refuses_inconsistent_settings(given: dict[str, str], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        ElasticsearchSettings(**given)  # type: ignore[arg-type]


def test_elasticsearch_takes_a_url_list_and_one_trust_anchor(pki: Pki) -> None:
    es = ElasticsearchSettings(url="https://a:9200/, https://b:9200", ssl_ca_file=pki.ca)
    assert es.urls == ["https://a:9200", "https://b:9200"]
    assert es.uses_tls
    with pytest.raises(ValidationError, match="not both"):
        ElasticsearchSettings(url="https://a:9200", ssl_ca_file=pki.ca, ssl_fingerprint="ab" * 32)


def test_environment_recreates_the_settings_in_a_child(monkeypatch: pytest.MonkeyPatch, pki: Pki) -> None:
    kafka = sasl_ssl(pki.ca, ssl_check_hostname=False, topic_prefix="t.")
    es = ElasticsearchSettings(url="https://127.0.0.1:1", api_key=SecretStr("k"), ssl_ca_file=pki.ca)
    env = environment(kafka) | environment(es)
    assert env["KAFKA_SASL_PASSWORD"] == "pw"
    assert env["KAFKA_SSL_CHECK_HOSTNAME"] == "false"
    assert "KAFKA_SSL_CERT_FILE" not in env
    _clear(monkeypatch)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert KafkaSettings() == kafka
    assert ElasticsearchSettings() == es
