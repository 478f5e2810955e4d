"""Elasticsearch 9 as one JVM from Maven Central jars, started by the launcher in ``deploy/local/elasticsearch``.

``prepare()`` compiles the launcher and resolves the server jars with Maven once (cached by the base class in
``var/elasticsearch/classpath.txt``); the node keeps its data in ``var/elasticsearch/data`` and writes
``newswire-local.log`` to ``var/elasticsearch/logs``. See ``deploy/local/elasticsearch/README.md`` for which
upstream modules the node has, which are stood in for, and which are missing (ILM, security, Painless, reindex).
"""

from __future__ import annotations

import logging
from pathlib import Path

import httpx

from newswire_cli.stack import process
from newswire_cli.stack.base import Component

logger = logging.getLogger(__name__)

MAIN_CLASS = "newswire.localstack.LocalNode"
HEALTHY_STATUSES = frozenset({"green", "yellow"})
_HEALTH_TIMEOUT_SECONDS = 3.0

# What the distribution's jvm.options set and still matter for an in-process node: Lucene and native access
# through the foreign-function API, Netty without Unsafe tricks, log4j closed by the node's own shutdown hook.
_JVM_FLAGS = (
    "--enable-native-access=ALL-UNNAMED",
    "--add-modules=jdk.incubator.vector",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djava.locale.providers=CLDR",
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j2.formatMsgNoLookups=true",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
)


class ElasticsearchComponent(Component):
    """The local single-node cluster ``newswire-local`` on ``http://127.0.0.1:9200`` (port from the settings)."""

    name = "elasticsearch"

    @property
    def address(self) -> str:
        """Base URL for clients."""
        return self.settings.elasticsearch_url

    @property
    def config_dir(self) -> Path:
        """``deploy/local/elasticsearch/config``: log4j2.properties (read by the node at start)."""
        return self.project_dir / "config"

    def ports(self) -> tuple[int, ...]:
        """The HTTP port (the transport port picks the first free one of 9300-9399)."""
        return (self.settings.elasticsearch_port,)

    java_minimum = 21

    def java_setting(self) -> tuple[str, Path | None]:
        """Elasticsearch has a JDK setting of its own (it needs a newer Java than Kafka)."""
        return "NEWSWIRE_STACK_ELASTICSEARCH_JAVA_HOME", self.settings.elasticsearch_java_home

    def java_fallback(self) -> tuple[Path, str] | None:
        """The stack's shared JDK setting is tried first when it is new enough."""
        java_home = self.settings.java_home
        return (java_home, "NEWSWIRE_STACK_JAVA_HOME") if java_home is not None else None

    def jvm_options(self) -> list[str]:
        """Heap from the settings plus the flags the distribution's jvm.options would have given."""
        heap = [f"-Xms{self.settings.elasticsearch_heap_min}", f"-Xmx{self.settings.elasticsearch_heap_max}"]
        return [*heap, *_JVM_FLAGS, f"-Djava.io.tmpdir={self.tmp_dir}"]

    @property
    def tmp_dir(self) -> Path:
        """A temp folder of the node's own, as the real launcher creates one."""
        return self.home / "tmp"

    def node_settings(self) -> dict[str, str]:
        """Elasticsearch settings passed on the command line (the launcher adds single-node defaults)."""
        return {
            "http.port": str(self.settings.elasticsearch_port),
            "network.host": self.settings.host,
            "path.home": str(self.home),
            "path.data": str(self.data_dir),
            "path.logs": str(self.logs_dir),
        }

    def command(self) -> list[str]:
        """``java ... newswire.localstack.LocalNode --config-dir ... --http.port ... --path.data ...``."""
        arguments = ["--config-dir", str(self.config_dir)]
        for key, value in self.node_settings().items():
            arguments += [f"--{key}", value]
        return self.java_command(MAIN_CLASS, arguments)

    def prepare(self) -> None:
        """Build and resolve (cached), create data, logs and temp folders."""
        super().prepare()
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def healthy(self) -> bool:
        """``GET /_cluster/health`` answers green or yellow."""
        if not process.port_open(self.settings.host, self.settings.elasticsearch_port):
            return False
        try:
            response = httpx.get(f"{self.address}/_cluster/health", timeout=_HEALTH_TIMEOUT_SECONDS)
            status = response.json().get("status") if response.status_code == httpx.codes.OK else None
        except (httpx.HTTPError, ValueError) as error:
            logger.debug("Elasticsearch not healthy yet: %r", error)
            return False
        return status in HEALTHY_STATUSES
