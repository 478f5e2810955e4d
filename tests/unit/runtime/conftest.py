"""TLS material for the runtime tests: a CA of the project's own, a loopback server certificate, a client one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from newswire_cli.stack import tls
from newswire_runtime import KafkaSettings
from pydantic import SecretStr


@dataclass(frozen=True)
class Pki:
    """A CA, a server certificate for 127.0.0.1/localhost and a client certificate, all signed by the CA."""

    ca: Path
    server: tls.Issued
    client: tls.Issued


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """Made once per session (key generation is the slow part)."""
    folder = tmp_path_factory.mktemp("pki")
    ca = tls.ensure_ca(folder)
    server = tls.issue(folder, "server", ["127.0.0.1", "localhost"])
    client = tls.issue(folder, "client", ["newswire-client"], client=True)
    return Pki(ca, server, client)


@pytest.fixture(scope="session")
def other_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA that signed nothing the tests serve: trusting it alone must fail every handshake."""
    return tls.ensure_ca(tmp_path_factory.mktemp("other-pki"), "some other CA")


def sasl_ssl(ca: Path, **extra: object) -> KafkaSettings:
    """SASL_SSL with SCRAM-SHA-512 as ``newswire``/``pw``, trusting ``ca``; ``extra`` overrides any field."""
    given: dict[str, object] = {
        "bootstrap_servers": "127.0.0.1:9094",
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_username": "newswire",
        "sasl_password": SecretStr("pw"),
        "ssl_ca_file": ca,
    }
    return KafkaSettings.model_validate(given | extra)
