"""The supervisor as a component of the local stack: started detached, pid file, ports checked, health awaited.

It reuses the stack's ``Component`` (pid file trusted through a marker argument, process-group shutdown, stale
and orphan clean-up, health waits); its home is ``var/pipeline``: ``pipeline.pid``, ``state.json``,
``logs/supervisor.log`` and ``logs/<service>.log``, and the tagger's data in ``data/tagger``.
"""

from __future__ import annotations

import socket
import sys
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
from newswire_runtime import ElasticsearchSettings, KafkaSettings

from newswire_cli.pipeline.members import Member, ServiceProcess, StackMember
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.pipeline.state import PipelineState, RunState, read_state
from newswire_cli.services import SERVICES, service_environment
from newswire_cli.settings import StackSettings
from newswire_cli.stack import process
from newswire_cli.stack.base import Component
from newswire_cli.stack.errors import PortInUseError
from newswire_cli.stack.lifecycle import components, stack_lock

HEALTH_PATHS = {"ingest": "/readyz", "tagger": "/readyz", "indexer": "/readyz"}
"""What answers 200 once each service is ready and its Kafka (and Elasticsearch) answer: every /readyz."""
SHUTDOWN_MARGIN_SECONDS = 10.0
"""Beyond the services' grace: time for the supervisor to notice, kill and exit before its group is killed."""
_HEALTH_TIMEOUT_SECONDS = 2.0


class PipelineComponent(Component):
    """``python -m newswire_cli.pipeline.supervisor`` and, through it, ingest, tagger and indexer."""

    name = "pipeline"

    def __init__(self, stack: StackSettings, pipeline: PipelineSettings) -> None:
        # The group is SIGKILLed after stop_timeout: leave the supervisor its own grace period and a margin.
        super().__init__(stack.model_copy(update={"stop_timeout": pipeline.stop_timeout + SHUTDOWN_MARGIN_SECONDS}))
        self.stack_settings = stack
        self.pipeline = pipeline

    @property
    def marker(self) -> str:
        """A Python process has no -D options: the supervisor takes the marker as an argument of its own."""
        return f"--newswire-component={self.name}"

    @property
    def stdout_log(self) -> Path:
        """The supervisor's own log (its output and errors in one file)."""
        return self.logs_dir / "supervisor.log"

    @property
    def stderr_log(self) -> Path:
        """Same file as ``stdout_log``."""
        return self.stdout_log

    @property
    def state_file(self) -> Path:
        """Written by the supervisor: what runs, since when, restarts."""
        return self.home / "state.json"

    @property
    def inbox(self) -> Path:
        """The folder ingest watches."""
        return self.pipeline.inbox(self.stack_settings.var_dir)

    def service_log(self, name: str) -> Path:
        """Where a service's output goes."""
        return self.logs_dir / f"{name}.log"

    def service_ports(self) -> dict[str, tuple[int, str]]:
        """Each service's port and the setting that moves it."""
        return {
            "ingest": (self.pipeline.ingest_http_port, "NEWSWIRE_PIPELINE_INGEST_HTTP_PORT"),
            "tagger": (self.pipeline.tagger_web_port, "NEWSWIRE_PIPELINE_TAGGER_WEB_PORT"),
            "indexer": (self.pipeline.indexer_http_port, "NEWSWIRE_PIPELINE_INDEXER_HTTP_PORT"),
        }

    def service_url(self, name: str) -> str:
        """Base URL of a service's HTTP endpoints."""
        return f"http://{self.settings.host}:{self.service_ports()[name][0]}"

    @property
    def address(self) -> str:
        """Where wire files can be POSTed (they can also be dropped into ``inbox``)."""
        return f"{self.service_url('ingest')}/v1/articles"

    def ports(self) -> tuple[int, ...]:
        """The services' ports, checked free before the supervisor starts."""
        return tuple(port for port, _ in self.service_ports().values())

    def command(self) -> list[str]:
        """The supervisor, run by this interpreter."""
        return [sys.executable, "-m", "newswire_cli.pipeline.supervisor", self.marker]

    def prepare(self) -> None:
        """No Maven here: only the folders (and the inbox people drop files into)."""
        for folder in (self.data_dir, self.logs_dir, self.inbox):
            folder.mkdir(parents=True, exist_ok=True)

    def start(self) -> int:
        """Start the supervisor; a taken port is reported with the service and the setting that moves it."""
        if self.running_pid() is None:
            for name, (port, setting) in self.service_ports().items():
                if process.port_open(self.settings.host, port):
                    raise PortInUseError(
                        f"{name}: port {port} on {self.settings.host} is taken by another program; "
                        f"stop it or choose another port with {setting}",
                        component=name,
                        port=port,
                    )
        return super().start()

    def connections(self) -> tuple[KafkaSettings, ElasticsearchSettings]:
        """The caller's Kafka and Elasticsearch settings (prefixes, timeouts), pointed at the local stack."""
        kafka = KafkaSettings().model_copy(update={"bootstrap_servers": self.stack_settings.kafka_bootstrap})
        es = ElasticsearchSettings().model_copy(update={"url": self.stack_settings.elasticsearch_url})
        return kafka, es

    def service_environment(self) -> dict[str, str]:
        """What every service runs with: the caller's environment, the local stack, and the ports and folders."""
        host = self.settings.host
        env = service_environment(*self.connections())
        ports = {name: str(port) for name, (port, _) in self.service_ports().items()}
        env.update(
            {
                "INGEST_WATCH_DIR": str(self.inbox),
                "INGEST_HTTP_HOST": host,
                "INGEST_HTTP_PORT": ports["ingest"],
                "TAGGER_WEB_HOST": host,
                "TAGGER_WEB_PORT": ports["tagger"],
                "TAGGER_DATA_DIR": str(self.data_dir / "tagger"),
                "INDEXER_HTTP_HOST": host,
                "INDEXER_HTTP_PORT": ports["indexer"],
            }
        )
        return env

    def stack_lock(self) -> AbstractContextManager[None]:
        """The stack's lock, held while the supervisor restarts one of its JVMs."""
        return stack_lock(self.stack_settings)

    def members(self) -> list[Member]:
        """What the supervisor runs: the stack's JVMs (watched, when so configured), then the three services."""
        found: list[Member] = []
        if self.pipeline.supervise_stack:
            lock = self.stack_lock
            found += [StackMember(part, lock) for part in components(self.stack_settings)]
        env = self.service_environment()
        found += [
            ServiceProcess(s.name, s.command(), self.static_member(env, s.name), self.service_log(s.name))
            for s in SERVICES
        ]
        return found

    @staticmethod
    def static_member(env: dict[str, str], service: str) -> dict[str, str]:
        """``env`` with a static consumer-group membership id of the service's own (host and service name).

        A service the supervisor restarts after a crash comes back under the same id and gets its partitions back at
        once, instead of waiting for its dead predecessor's session to time out. An id the caller set in
        ``KAFKA_GROUP_INSTANCE_ID`` is kept as the prefix.
        """
        prefix = env.get("KAFKA_GROUP_INSTANCE_ID") or f"newswire-{socket.gethostname()}"
        return {**env, "KAFKA_GROUP_INSTANCE_ID": f"{prefix}-{service}"}

    def state(self) -> PipelineState | None:
        """What the supervisor last reported."""
        return read_state(self.state_file)

    def service_healthy(self, name: str) -> bool:
        """The service's health endpoint answers 200."""
        try:
            response = httpx.get(self.service_url(name) + HEALTH_PATHS[name], timeout=_HEALTH_TIMEOUT_SECONDS)
        except httpx.HTTPError:
            return False
        return response.status_code == httpx.codes.OK

    def healthy(self) -> bool:
        """Every service answers its health check."""
        return all(self.service_healthy(service.name) for service in SERVICES)

    def failure(self) -> str | None:
        """A service the supervisor gave up on will not become healthy."""
        state = self.state()
        failed = [r.name for r in state.records.values() if r.state is RunState.FAILED] if state else []
        return f"gave up restarting {', '.join(failed)}" if failed else None

    def log_tail(self, lines: int = 40) -> str:
        """The supervisor's log, then the end of each service's log that is not healthy."""
        tails = [super().log_tail(lines)]
        for service in SERVICES:
            log = self.service_log(service.name)
            if log.is_file() and not self.service_healthy(service.name):
                text = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                tails.append(f"[{log.name}]\n" + "\n".join(text))
        return "\n".join(tails)
