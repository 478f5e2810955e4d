"""The SASL_SSL side of the local Kafka: SCRAM users, the CA and broker certificate, and what clients need.

SCRAM users can only be created when the storage is formatted (KIP-900, ``--add-scram``), so their passwords
are generated just before every format and kept in ``var/kafka/credentials.json`` (owner-only): that file
exists exactly when the storage holds the users. ``admin`` is the broker's own identity between listeners and
the operator's; ``newswire`` is the services'. ``var/kafka/client.env`` holds the ``KAFKA_*`` variables a
service needs for the SASL_SSL listener.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from newswire_runtime import KafkaSettings, environment
from pydantic import SecretStr

from newswire_cli.stack import tls

MECHANISM: Final = "SCRAM-SHA-512"
LISTENER: Final = "SASL_SSL"
ADMIN: Final = "admin"
SERVICE_USER: Final = "newswire"
USERS: Final = (ADMIN, SERVICE_USER)


@dataclass(frozen=True)
class KafkaSecurity:
    """Credentials and TLS material of one local Kafka, kept in its home folder (``var/kafka``)."""

    home: Path

    @property
    def credentials_file(self) -> Path:
        """User name → password of the SCRAM users the storage was formatted with."""
        return self.home / "credentials.json"

    @property
    def tls_dir(self) -> Path:
        """The stack's CA and the broker's certificate."""
        return self.home / "tls"

    @property
    def ca_file(self) -> Path:
        """The CA clients trust (``KAFKA_SSL_CA_FILE``)."""
        return self.tls_dir / "ca.pem"

    @property
    def client_env_file(self) -> Path:
        """``KAFKA_*`` lines for a client of the SASL_SSL listener."""
        return self.home / "client.env"

    def has_credentials(self) -> bool:
        """True when the users exist (the storage was formatted with them)."""
        return self.credentials_file.is_file()

    def credentials(self) -> dict[str, str]:
        """The users' passwords."""
        found: dict[str, str] = json.loads(self.credentials_file.read_text(encoding="utf-8"))
        return found

    def new_credentials(self) -> dict[str, str]:
        """Fresh passwords for every user, written owner-only (call right before formatting the storage)."""
        # token_urlsafe: letters, digits, '-' and '_' only, safe inside --add-scram and a JAAS string.
        found = {user: secrets.token_urlsafe(24) for user in USERS}
        self.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.credentials_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(found, handle)
        return found

    def scram_arguments(self) -> list[str]:
        """``--add-scram`` arguments of ``StorageTool format`` creating every user."""
        arguments: list[str] = []
        for user, password in self.credentials().items():
            arguments += ["--add-scram", f"{MECHANISM}=[name={user},password={password}]"]
        return arguments

    def listener_properties(self, hosts: list[str], *, inter_broker: bool) -> dict[str, str]:
        """Broker settings of the SASL_SSL listener: SCRAM, and PEM key store and trust store (KIP-651)."""
        certificate = tls.issue(self.tls_dir, "broker", hosts)
        password = self.credentials()[ADMIN]
        login = "org.apache.kafka.common.security.scram.ScramLoginModule"
        jaas = f'{login} required username="{ADMIN}" password="{password}";'
        properties = {
            "sasl.enabled.mechanisms": MECHANISM,
            f"listener.name.{LISTENER.lower()}.{MECHANISM.lower()}.sasl.jaas.config": jaas,
            "ssl.keystore.type": "PEM",
            "ssl.keystore.location": str(certificate.bundle),
            "ssl.truststore.type": "PEM",
            "ssl.truststore.location": str(self.ca_file),
            "ssl.client.auth": "none",
        }
        if inter_broker:
            properties["sasl.mechanism.inter.broker.protocol"] = MECHANISM
        return properties

    def client_settings(self, bootstrap: str, user: str = SERVICE_USER, password: str | None = None) -> KafkaSettings:
        """Settings of a client of the SASL_SSL listener, as ``user`` (with its password, or the one given)."""
        return KafkaSettings(
            bootstrap_servers=bootstrap,
            security_protocol=LISTENER,
            sasl_mechanism=MECHANISM,
            sasl_username=user,
            sasl_password=SecretStr(password if password is not None else self.credentials()[user]),
            ssl_ca_file=self.ca_file,
        )

    def write_client_env(self, bootstrap: str) -> Path:
        """Write the ``KAFKA_*`` variables of the service user (owner-only); returns the file."""
        lines = [f"{name}={value}" for name, value in environment(self.client_settings(bootstrap)).items()]
        fd = os.open(self.client_env_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("# Written by `newswire stack up --secure`: source it to talk SASL_SSL to the local Kafka.\n")
            handle.write("\n".join(lines) + "\n")
        return self.client_env_file
