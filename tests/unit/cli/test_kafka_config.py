"""The Kafka component's configuration, checked without starting a JVM."""

from __future__ import annotations

import base64

from newswire_cli.settings import StackSettings
from newswire_cli.stack.kafka import Kafka, new_cluster_id


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
