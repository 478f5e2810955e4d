"""A secured Kafka of the test session's own, and an authenticating HTTPS gateway in front of Elasticsearch.

The Kafka is the local stack's component with only a SASL_SSL client listener (SCRAM-SHA-512 users created when
its storage is formatted, a CA and broker certificate generated for it), on free ports, in a folder of its own:
the shared dev stack and the default ports are never touched.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings
from newswire_cli.stack import tls
from newswire_cli.stack.kafka import Kafka
from newswire_cli.stack.maven import CLASSPATH_FILE, FINGERPRINT_FILE
from newswire_runtime import ElasticsearchSettings
from pydantic import SecretStr

from tests.tls_gateway import TlsGateway

logger = logging.getLogger(__name__)

START_TIMEOUT = 180.0


def secure_kafka_settings(folder: Path) -> StackSettings:
    """SASL_SSL only, free ports, a small heap, state under ``folder``."""
    return StackSettings(
        var_dir=folder / "var",
        kafka_port=free_port(),
        kafka_controller_port=free_port(),
        kafka_secure_port=free_port(),
        kafka_secure=True,
        kafka_plaintext=False,
        kafka_heap_min="256m",
        kafka_heap_max="512m",
    )


def reuse_classpath(kafka: Kafka) -> None:
    """Copy the local stack's resolved class path, if it has one, so Maven need not run again (about 6 s)."""
    cached = Kafka(StackSettings()).home
    for name in (CLASSPATH_FILE, FINGERPRINT_FILE):
        if not (cached / name).is_file():
            return
    kafka.home.mkdir(parents=True, exist_ok=True)
    for name in (CLASSPATH_FILE, FINGERPRINT_FILE):
        shutil.copyfile(cached / name, kafka.home / name)  # checked again (fingerprint, jars present) on use


@contextlib.contextmanager
def own_secure_kafka(folder: Path) -> Iterator[Kafka]:
    """Start the secured broker, wait until an authenticated metadata call succeeds, stop it when the block ends."""
    kafka = Kafka(secure_kafka_settings(folder))
    reuse_classpath(kafka)
    kafka.start()
    try:
        seconds = kafka.wait_healthy(START_TIMEOUT)
        logger.info("secured Kafka healthy %.1f s after its JVM started", seconds)
        yield kafka
    finally:
        kafka.stop()


def basic_auth(user: str, password: str) -> str:
    """The ``Authorization`` header value of HTTP basic auth."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def start_gateway(kafka: Kafka, target: ElasticsearchSettings) -> tuple[TlsGateway, ElasticsearchSettings]:
    """Start a gateway to ``target`` (certificate from the Kafka's CA); returns it and the settings that pass it."""
    issued = tls.issue(kafka.security.tls_dir, "es-gateway", ["127.0.0.1", "localhost"])
    password = secrets.token_urlsafe(16)
    gateway = TlsGateway(issued.cert, issued.key, authorization=basic_auth("elastic", password), target=target.url)
    await gateway.start()
    settings = ElasticsearchSettings(
        url=gateway.url,
        username="elastic",
        password=SecretStr(password),
        ssl_ca_file=kafka.security.ca_file,
        index_prefix=target.index_prefix,
    )
    return gateway, settings
