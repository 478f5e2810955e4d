"""Kafka 4.0 as a single KRaft node (broker and controller in one JVM) from Maven Central jars.

Storage is formatted once with ``kafka.tools.StorageTool``, with the SCRAM users of the SASL_SSL listener
(:mod:`newswire_cli.stack.kafka_security`); the cluster id is kept in ``var/kafka/cluster.id``.
``server.properties`` is written from :class:`StackSettings` on every start, so a port change needs no reset.
Listeners: PLAINTEXT (default), SASL_SSL beside it (``kafka_secure``) or alone (``kafka_plaintext=false``).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiokafka.errors import KafkaError
from newswire_runtime import KafkaSettings, new_admin
from newswire_schemas import TOPIC_SPECS

from newswire_cli.stack import process
from newswire_cli.stack.base import Component
from newswire_cli.stack.errors import ComponentFailedError, StackError
from newswire_cli.stack.kafka_security import LISTENER, KafkaSecurity

logger = logging.getLogger(__name__)

KAFKA_VERSION = "4.0.0"
"""Equal to the apache/kafka image tag in deploy/compose."""
_HEALTH_TIMEOUT_MS = 3000
_FORMAT_TIMEOUT_SECONDS = 120.0


def new_cluster_id() -> str:
    """A Kafka cluster id: a random UUID in URL-safe base64 without padding (what ``random-uuid`` prints)."""
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        # Kafka refuses ids that start with '-' (they read as command-line options).
        if not text.startswith("-"):
            return text


async def _cluster_has_broker(client: KafkaSettings) -> bool:
    """One metadata round trip: True when the cluster lists at least one broker and a controller."""
    admin = new_admin(client, request_timeout_ms=_HEALTH_TIMEOUT_MS)
    try:
        await admin.start()
        cluster = await admin.describe_cluster()
    finally:
        await admin.close()
    return bool(cluster.get("brokers")) and cluster.get("controller_id", -1) >= 0


class Kafka(Component):
    """The local broker: ``127.0.0.1:9092`` for clients, ``9093`` for the KRaft controller, ``9094`` SASL_SSL."""

    name = "kafka"
    java_minimum = 17

    @property
    def security(self) -> KafkaSecurity:
        """SCRAM users, TLS material and client settings of the SASL_SSL listener."""
        return KafkaSecurity(self.home)

    @property
    def address(self) -> str:
        """Bootstrap servers for clients."""
        return self.settings.kafka_bootstrap

    @property
    def config_file(self) -> Path:
        """The generated ``server.properties``."""
        return self.home / "server.properties"

    @property
    def cluster_id_file(self) -> Path:
        """Where the cluster id chosen at format time is kept."""
        return self.home / "cluster.id"

    def ports(self) -> tuple[int, ...]:
        """Client (PLAINTEXT, SASL_SSL) and controller listener ports."""
        return (*self._client_listeners().values(), self.settings.kafka_controller_port)

    def client_settings(self) -> KafkaSettings:
        """How a client reaches this broker: PLAINTEXT when open, else SASL_SSL as the service user."""
        if self.settings.kafka_plaintext:
            return KafkaSettings(bootstrap_servers=self.settings.kafka_bootstrap)
        return self.security.client_settings(self.settings.kafka_secure_bootstrap)

    def _client_listeners(self) -> dict[str, int]:
        """Name → port of every client listener."""
        s = self.settings
        found = {"PLAINTEXT": s.kafka_port} if s.kafka_plaintext else {}
        if s.kafka_secure:
            found[LISTENER] = s.kafka_secure_port
        return found

    def listener_properties(self) -> dict[str, str]:
        """Listeners, their protocols, and (with SASL_SSL) its SCRAM and TLS settings."""
        host, ctrl = self.settings.host, self.settings.kafka_controller_port
        clients = self._client_listeners()
        advertised = ",".join(f"{name}://{host}:{port}" for name, port in clients.items())
        properties = {
            "listeners": f"{advertised},CONTROLLER://{host}:{ctrl}",
            "advertised.listeners": advertised,
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": next(iter(clients)),
            "listener.security.protocol.map": ",".join(f"{name}:{name}" for name in clients) + ",CONTROLLER:PLAINTEXT",
        }
        if self.settings.kafka_secure:
            hosts = list(dict.fromkeys([host, "127.0.0.1", "localhost"]))
            properties |= self.security.listener_properties(hosts, inter_broker=not self.settings.kafka_plaintext)
        return properties

    def server_properties(self) -> dict[str, str]:
        """Broker configuration: one combined node, static voter, loopback listeners, single-replica topics."""
        host, ctrl = self.settings.host, self.settings.kafka_controller_port
        return {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@{host}:{ctrl}",
            **self.listener_properties(),
            "log.dirs": str(self.data_dir),
            "auto.create.topics.enable": "true",
            "num.partitions": "1",
            # Ingest accepts files up to 10 MiB (INGEST_MAX_BYTES); the broker default of ~1 MiB would refuse them.
            "message.max.bytes": str(max(spec.max_message_bytes for spec in TOPIC_SPECS.values())),
            "default.replication.factor": "1",
            "offsets.topic.replication.factor": "1",
            # 50 partitions by default: fewer makes the first consumer-group join on a fresh node quicker.
            "offsets.topic.num.partitions": "10",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            # Tests and the demo join groups constantly; the 3 s default delay only slows them down.
            "group.initial.rebalance.delay.ms": "0",
            # After a restart the controller still holds the previous incarnation's session and refuses the new
            # registration (DUPLICATE_BROKER_REGISTRATION) until it expires: 9 s by default, 4 s here.
            "broker.session.timeout.ms": "4000",
            "broker.heartbeat.interval.ms": "1000",
        }

    def jvm_options(self) -> list[str]:
        """Heap, headless mode and the log4j2 configuration (logs go to var/kafka/logs/server.log)."""
        return [
            f"-Xms{self.settings.kafka_heap_min}",
            f"-Xmx{self.settings.kafka_heap_max}",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={self.logs_dir}",
            f"-Dlog4j2.configurationFile={self.project_dir / 'log4j2.properties'}",
            # log4j2's own shutdown hook would close the log before Kafka's hook has logged its shutdown.
            "-Dlog4j2.shutdownHookEnabled=false",
        ]

    def command(self) -> list[str]:
        """``java ... kafka.Kafka var/kafka/server.properties``."""
        return self.java_command("kafka.Kafka", [str(self.config_file)])

    def prepare(self) -> None:
        """Resolve the jars, write server.properties, format storage (with the SCRAM users) if it never was."""
        super().prepare()
        formatted = (self.data_dir / "meta.properties").is_file()
        if not formatted:
            self.security.new_credentials()
        elif self.settings.kafka_secure and not self.security.has_credentials():
            raise StackError(
                f"the Kafka storage in {self.data_dir} was formatted without SCRAM users, which can only be added"
                f" when formatting: `newswire stack down`, remove {self.data_dir} and {self.cluster_id_file},"
                " then `newswire stack up --secure`"
            )
        lines = [f"{key}={value}" for key, value in self.server_properties().items()]
        header = "# Written by newswire_cli.stack.kafka on every start; edits are lost.\n"
        fd = os.open(self.config_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds the admin password
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(header + "\n".join(lines) + "\n")
        if not formatted:
            self._format_storage()
        if self.settings.kafka_secure:
            self.security.write_client_env(self.settings.kafka_secure_bootstrap)

    def _cluster_id(self) -> str:
        """The kept cluster id, or a new one (recorded before use so a failed format reuses it)."""
        if self.cluster_id_file.is_file():
            return self.cluster_id_file.read_text(encoding="ascii").strip()
        cluster_id = new_cluster_id()
        self.cluster_id_file.write_text(cluster_id + "\n", encoding="ascii")
        return cluster_id

    def _format_storage(self) -> None:
        """``StorageTool format``: writes meta.properties and the bootstrap metadata into the data folder."""
        arguments = ["format", "-t", self._cluster_id(), "-c", str(self.config_file), "--ignore-formatted"]
        arguments += self.security.scram_arguments()
        command = self.java_command("kafka.tools.StorageTool", arguments)
        logger.info("formatting Kafka storage in %s", self.data_dir)
        completed = subprocess.run(
            command,
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=_FORMAT_TIMEOUT_SECONDS,
            check=False,
        )
        if completed.returncode != 0:
            raise ComponentFailedError(
                f"Kafka storage format failed (exit {completed.returncode})",
                component=self.name,
                log_tail=(completed.stdout + completed.stderr)[-4000:],
            )

    def healthy(self) -> bool:
        """Every client listener accepts TCP, then a metadata request (authenticated on SASL_SSL) lists the broker."""
        if not all(process.port_open(self.settings.host, port) for port in self._client_listeners().values()):
            return False
        clients = [self.client_settings()]
        if self.settings.kafka_secure and self.settings.kafka_plaintext:
            clients.append(self.security.client_settings(self.settings.kafka_secure_bootstrap))
        # Run in a worker thread so the check also works when the caller already has an event loop running.
        with ThreadPoolExecutor(max_workers=1) as pool:
            try:
                return all(pool.submit(asyncio.run, _cluster_has_broker(client)).result() for client in clients)
            except (KafkaError, OSError, TimeoutError) as error:
                logger.debug("Kafka not healthy yet: %r", error)
                return False
