"""Real Kafka and Elasticsearch for integration and e2e tests, found or started only when a test asks for them.

Each service comes from, in order: the environment (``KAFKA_BOOTSTRAP_SERVERS``, ``ELASTICSEARCH_URL``), a
testcontainers container when a Docker engine answers, or the local stack (``newswire_cli.stack``), started
here and stopped at the end of the session if this session started it. A service that cannot be had fails
the tests that need it: nothing is skipped. Per-test isolation comes from the factory fixtures below.

The secured tests get a Kafka of their own instead (``secure_kafka``: SASL_SSL only, free ports, started once per
session when first asked for) and reach Elasticsearch through an authenticating HTTPS gateway (``es_gateway``).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import re
import uuid
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import pytest
from aiokafka.admin import NewTopic
from newswire_runtime import ElasticsearchSettings, KafkaSettings, new_admin
from newswire_schemas import ALL_TOPICS

if TYPE_CHECKING:
    from newswire_cli.stack.kafka import Kafka

    from tests.tls_gateway import TlsGateway

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
KAFKA_IMAGE = "confluentinc/cp-kafka:8.0.0"
"""Confluent Platform 8.0 ships Apache Kafka 4.0, the version of the local stack and of compose."""
_T = TypeVar("_T")


def _elasticsearch_image() -> str:
    """The official image of the version the local Elasticsearch is built from (read from its pom)."""
    pom = (ROOT / "deploy" / "local" / "elasticsearch" / "pom.xml").read_text(encoding="utf-8")
    found = re.search(r"<elasticsearch\.version>([^<]+)</elasticsearch\.version>", pom)
    if found is None:
        raise LookupError("no <elasticsearch.version> in deploy/local/elasticsearch/pom.xml")
    return f"docker.elastic.co/elasticsearch/elasticsearch:{found.group(1)}"


def _docker_engine_answers() -> bool:
    """True when a Docker engine answers a ping (the docker CLI alone proves nothing)."""
    import docker  # noqa: PLC0415 - only needed when no service was given in the environment

    # docker-py leaks the socket of a failed connect; collect it here, where its ResourceWarning is expected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            client = docker.from_env(timeout=2)
            try:
                client.ping()
            finally:
                client.close()
        except Exception:  # noqa: BLE001 - any failure (no socket, refused, timeout) means "no engine"
            return False
        finally:
            gc.collect()
    return True


def run_async(make: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
    """Run a coroutine to completion from sync code, on a worker thread so a running loop is never in the way."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


@contextlib.contextmanager
def _local_stack(component: str) -> Iterator[str]:
    """Address of one component of the local stack, started (and later stopped) if this session is the first."""
    from newswire_cli.settings import StackSettings  # noqa: PLC0415 - imported only when the local stack is used
    from newswire_cli.stack import StackError, shared_stack  # noqa: PLC0415
    from newswire_cli.stack.lifecycle import elasticsearch_class  # noqa: PLC0415

    if component == "elasticsearch" and elasticsearch_class() is None:
        pytest.fail("no Elasticsearch: set ELASTICSEARCH_URL, start a Docker engine, or add the local component")
    try:
        with shared_stack(StackSettings(), names=(component,)) as endpoints:
            address = endpoints.kafka_bootstrap if component == "kafka" else endpoints.elasticsearch_url
            assert address is not None
            yield address
    except StackError as error:
        pytest.fail(f"local {component} could not be started: {error}")


@pytest.fixture(scope="session")
def kafka_bootstrap_servers() -> Iterator[str]:
    """Bootstrap servers of a real Kafka 4.0 broker for the whole session."""
    if given := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield given
    elif _docker_engine_answers():
        from testcontainers.community.kafka import KafkaContainer  # noqa: PLC0415

        with KafkaContainer(KAFKA_IMAGE).with_kraft() as container:
            yield str(container.get_bootstrap_server())
    else:
        with _local_stack("kafka") as address:
            yield address


@pytest.fixture(scope="session")
def elasticsearch_url() -> Iterator[str]:
    """Base URL of a real Elasticsearch for the whole session."""
    if given := os.environ.get("ELASTICSEARCH_URL"):
        yield given
    elif _docker_engine_answers():
        from testcontainers.community.elasticsearch import ElasticSearchContainer  # noqa: PLC0415

        with ElasticSearchContainer(_elasticsearch_image(), mem_limit="2g") as container:
            yield f"http://{container.get_container_host_ip()}:{container.get_exposed_port(container.port)}"
    else:
        with _local_stack("elasticsearch") as address:
            yield address


async def _create_topics(kafka: KafkaSettings, names: list[str]) -> None:
    """Create the topics (one partition, one replica) and wait until the broker knows them."""
    admin = new_admin(kafka)
    try:
        await admin.start()
        await admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1) for name in names])
    finally:
        await admin.close()


async def _delete_topics(kafka: KafkaSettings) -> None:
    """Delete every topic named with the settings' prefix (including ones a test or a faust app created itself)."""
    admin = new_admin(kafka)
    try:
        await admin.start()
        doomed = [name for name in await admin.list_topics() if name.startswith(kafka.topic_prefix)]
        if doomed:
            await admin.delete_topics(doomed)
    finally:
        await admin.close()


@contextlib.contextmanager
def _own_topics(kafka: KafkaSettings) -> Iterator[KafkaSettings]:
    """The settings with a topic prefix of their own; the four pipeline topics exist, and are deleted afterwards."""
    settings = kafka.model_copy(update={"topic_prefix": f"test-{uuid.uuid4().hex[:10]}."})
    run_async(lambda: _create_topics(settings, [settings.topic(name) for name in ALL_TOPICS]))
    yield settings
    run_async(lambda: _delete_topics(settings))


@pytest.fixture
def kafka_settings(kafka_bootstrap_servers: str) -> Iterator[KafkaSettings]:
    """KafkaSettings with a topic prefix of its own; the four pipeline topics exist, and are deleted afterwards."""
    with _own_topics(KafkaSettings(bootstrap_servers=kafka_bootstrap_servers)) as settings:
        yield settings


@pytest.fixture(scope="session")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kafka]:
    """A SASL_SSL-only Kafka of this session's own (free ports, own folder): never the shared stack."""
    from tests.secure_stack import own_secure_kafka  # noqa: PLC0415 - started only when a test asks for it

    with own_secure_kafka(tmp_path_factory.mktemp("secure-kafka")) as kafka:
        yield kafka


@pytest.fixture
def secure_kafka_settings(secure_kafka: Kafka) -> Iterator[KafkaSettings]:
    """Service-user SASL_SSL settings on the secured Kafka, with topics of this test's own."""
    with _own_topics(secure_kafka.client_settings()) as settings:
        yield settings


@pytest.fixture
async def es_gateway(
    secure_kafka: Kafka, es_settings: ElasticsearchSettings
) -> AsyncIterator[tuple[TlsGateway, ElasticsearchSettings]]:
    """An HTTPS gateway demanding basic auth in front of the session's Elasticsearch, and settings that pass it."""
    from tests.secure_stack import start_gateway  # noqa: PLC0415

    gateway, settings = await start_gateway(secure_kafka, es_settings)
    try:
        yield gateway, settings
    finally:
        await gateway.stop()


@pytest.fixture
def unique_group() -> str:
    """A consumer-group id no other test uses."""
    return f"test-group-{uuid.uuid4().hex[:10]}"


# What carries the index prefix in Elasticsearch, and how to list it: (list URL, key of the names, delete URL).
_ES_PREFIXED = (
    ("/_data_stream/{p}*?expand_wildcards=all", "data_streams", "/_data_stream/{n}"),
    ("/_index_template/{p}*", "index_templates", "/_index_template/{n}"),
    ("/_component_template/{p}*", "component_templates", "/_component_template/{n}"),
)


def _delete_es_prefixed(url: str, prefix: str) -> None:
    """Delete the data streams, indices and templates named with ``prefix`` (wildcard deletes are refused)."""
    with httpx.Client(base_url=url, timeout=60) as client:
        for list_url, key, delete_url in _ES_PREFIXED:
            response = client.get(list_url.format(p=prefix))
            if response.status_code == 404 or "no handler found" in response.text:
                continue  # nothing matched, or the node lacks the feature (the local node has no data streams)
            response.raise_for_status()
            for entry in response.json().get(key, []):
                client.delete(delete_url.format(n=entry["name"])).raise_for_status()
        indices = client.get(f"/{prefix}*", params={"expand_wildcards": "all"})
        indices.raise_for_status()
        if names := sorted(indices.json()):
            client.delete("/" + ",".join(names)).raise_for_status()


@pytest.fixture
def es_settings(elasticsearch_url: str) -> Iterator[ElasticsearchSettings]:
    """ElasticsearchSettings with an index prefix of its own; everything under that prefix is deleted afterwards."""
    settings = ElasticsearchSettings(url=elasticsearch_url, index_prefix=f"test-{uuid.uuid4().hex[:10]}")
    yield settings
    _delete_es_prefixed(elasticsearch_url, settings.index_prefix)
