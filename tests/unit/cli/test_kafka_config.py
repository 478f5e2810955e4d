"""The Kafka component's configuration, checked without starting a JVM."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from newswire_cli.settings import StackSettings
from newswire_cli.stack.errors import StackError
from newswire_cli.stack.kafka import Kafka, new_cluster_id
from newswire_runtime import KafkaSettings


def test_single_combined_node_on_loopback(settings: StackSettings) -> None:
    props = Kafka(settings.model_copy(update={"kafka_port": 19092, "kafka_controller_port": 19093})).server_properties()
    assert props["process.roles"] == "broker,controller"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["log.dirs"] == str(settings.var_dir / "kafka" / "data")


def test_topics_fit_one_broker(settings: StackSettings) -> None:
    props = Kafka(settings).server_properties()
    assert props["auto.create.topics.enable"] == "true"
    replication = [key for key in props if key.endswith("replication.factor")]
    assert len(replication) >= 3
    assert all(props[key] == "1" for key in replication)
    assert props["group.initial.rebalance.delay.ms"] == "0"


def test_command_carries_marker_heap_and_main_class(settings: StackSettings) -> None:
    kafka = Kafka(settings)
    options = kafka.jvm_options()
    assert "-Xms512m" in options
    assert "-Xmx1g" in options
    assert kafka.marker == "-Dnewswire.component=kafka"
    assert kafka.ports() == (9092, 9093)


def test_cluster_ids_look_like_kafkas() -> None:
    for _ in range(200):
        cluster_id = new_cluster_id()
        assert len(cluster_id) == 22
        assert not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def _secure(settings: StackSettings, *, plaintext: bool = True) -> Kafka:
    """A Kafka with the SASL_SSL listener whose users exist (as right after a format)."""
    kafka = Kafka(
        settings.model_copy(update={"kafka_secure": True, "kafka_plaintext": plaintext, "kafka_secure_port": 19094})
    )
    kafka.security.new_credentials()
    return kafka


def test_secure_listener_beside_plaintext(settings: StackSettings) -> None:
    kafka = _secure(settings)
    props = kafka.server_properties()
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:9092,SASL_SSL://127.0.0.1:19094,CONTROLLER://127.0.0.1:9093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:9092,SASL_SSL://127.0.0.1:19094"
    assert props["listener.security.protocol.map"] == "PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT"
    assert props["inter.broker.listener.name"] == "PLAINTEXT"
    assert props["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert (props["ssl.keystore.type"], props["ssl.truststore.type"]) == ("PEM", "PEM")
    assert kafka.ports() == (9092, 19094, 9093)
    password = kafka.security.credentials()["admin"]
    assert f'username="admin" password="{password}"' in props["listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config"]


def test_secure_only_talks_sasl_ssl_between_listeners_too(settings: StackSettings) -> None:
    kafka = _secure(settings, plaintext=False)
    props = kafka.server_properties()
    assert "PLAINTEXT://" not in props["listeners"].replace("CONTROLLER://", "")
    assert props["inter.broker.listener.name"] == "SASL_SSL"
    assert props["sasl.mechanism.inter.broker.protocol"] == "SCRAM-SHA-512"
    assert kafka.ports() == (19094, 9093)
    client = kafka.client_settings()
    assert (client.security_protocol, client.bootstrap_servers) == ("SASL_SSL", "127.0.0.1:19094")
    assert client.ssl_ca_file == kafka.security.ca_file


def test_scram_users_are_created_at_format(settings: StackSettings) -> None:
    kafka = _secure(settings)
    arguments = kafka.security.scram_arguments()
    assert arguments[::2] == ["--add-scram", "--add-scram"]
    assert [a.split(",")[0] for a in arguments[1::2]] == ["SCRAM-SHA-512=[name=admin", "SCRAM-SHA-512=[name=newswire"]
    assert kafka.security.credentials_file.stat().st_mode & 0o077 == 0, "passwords readable by the owner only"


def test_broker_certificate_names_loopback_and_is_signed_by_the_ca(settings: StackSettings) -> None:
    import ssl  # noqa: PLC0415

    kafka = _secure(settings)
    bundle = Path(kafka.server_properties()["ssl.keystore.location"])
    assert bundle.stat().st_mode & 0o077 == 0
    context = ssl.create_default_context(cafile=str(kafka.security.ca_file))
    assert context.cert_store_stats()["x509_ca"] == 1
    text = bundle.read_text(encoding="ascii")
    assert text.startswith("-----BEGIN PRIVATE KEY-----"), "PKCS#8, as Kafka's PEM key store reads it"
    assert text.count("BEGIN CERTIFICATE") == 2, "the broker certificate, then the CA"


def test_client_env_file_recreates_the_service_settings(
    settings: StackSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka = _secure(settings)
    kafka.security.listener_properties(["127.0.0.1"], inter_broker=False)  # makes the CA
    path = kafka.security.write_client_env(settings.kafka_secure_bootstrap)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for name, _, value in (line.partition("=") for line in lines):
        monkeypatch.setenv(name, value)
    assert KafkaSettings() == kafka.security.client_settings(settings.kafka_secure_bootstrap)
    assert path.stat().st_mode & 0o077 == 0


def test_secure_start_on_storage_without_users_says_how_to_reset(
    settings: StackSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka = Kafka(settings.model_copy(update={"kafka_secure": True}))
    monkeypatch.setattr(Kafka, "classpath", lambda self: [])
    kafka.data_dir.mkdir(parents=True)
    (kafka.data_dir / "meta.properties").write_text("formatted before SCRAM users existed\n")
    with pytest.raises(StackError, match="formatted without SCRAM users"):
        kafka.prepare()


def test_at_least_one_client_listener(settings: StackSettings) -> None:
    with pytest.raises(ValueError, match="NEWSWIRE_STACK_KAFKA_SECURE=true"):
        StackSettings(var_dir=settings.var_dir, kafka_plaintext=False)
