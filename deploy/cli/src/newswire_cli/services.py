"""The three pipeline services: how each is started and what environment they share.

``PipelineProcesses`` runs them for one demo or test run (random ports, own consumer groups); ``newswire up``'s
supervisor (``newswire_cli.pipeline``) runs the same commands with the same connection variables, long-lived.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from newswire_runtime import ElasticsearchSettings, KafkaSettings, environment

logger = logging.getLogger(__name__)

_CONNECTION_PREFIXES = ("KAFKA_", "ELASTICSEARCH_")


@dataclass(frozen=True)
class Service:
    """One pipeline service: a short name and the ``python -m`` line that runs it."""

    name: str
    module: str
    arguments: tuple[str, ...] = ()

    def command(self) -> list[str]:
        """``python -m <module> <arguments>`` with this interpreter (the workspace's virtualenv)."""
        return [sys.executable, "-m", self.module, *self.arguments]


SERVICES = (
    Service("ingest", "newswire_ingest", ("serve",)),
    Service("tagger", "newswire_tagger"),
    Service("indexer", "newswire_indexer"),
)
"""In pipeline order."""


def service_environment(kafka: KafkaSettings, elasticsearch: ElasticsearchSettings) -> dict[str, str]:
    """The caller's environment with its connection variables replaced by those of ``kafka`` and ``elasticsearch``."""
    # Inherited connection variables are dropped: one left unset here must not come back from the parent.
    env = {name: value for name, value in os.environ.items() if not name.startswith(_CONNECTION_PREFIXES)}
    env.update(environment(kafka))
    env.update(environment(elasticsearch))
    env["PYTHONUNBUFFERED"] = "1"  # log lines reach the log files as they are written
    return env


_HANDED_OUT: set[int] = set()
"""Ports :func:`free_port` gave this process: the kernel may offer a just-released port again at once."""


def free_port() -> int:
    """A TCP port nobody listens on right now and that this process was not given before.

    For the services' health/metrics servers: several are picked before any of them binds (``newswire demo``
    picks three in a row), so two must never get the same port.
    """
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


@dataclass
class PipelineProcesses:
    """The ingest, tagger and indexer processes of one run, started with a shared environment."""

    kafka: KafkaSettings
    elasticsearch: ElasticsearchSettings
    log_dir: Path
    run_id: str = "demo"
    extra_environment: dict[str, str] = field(default_factory=dict)
    """Variables added for every service (tests: log format, overrides file)."""
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    started_environment: dict[str, str] = field(default_factory=dict)
    """The environment the services were started with (their ports are in it)."""

    def environment(self) -> dict[str, str]:
        """The environment every service gets: shared connections plus per-service ports and group ids."""
        env = service_environment(self.kafka, self.elasticsearch)
        env.update(
            {
                "INGEST_CHANNELS": "inbox",
                "INGEST_GROUP_ID": f"newswire-ingest-{self.run_id}",
                "INGEST_HTTP_PORT": str(free_port()),
                "TAGGER_APP_ID": f"newswire-tagger-{self.run_id}",
                "TAGGER_WEB_PORT": str(free_port()),
                "TAGGER_DATA_DIR": str(self.log_dir / "tagger-data"),
                "INDEXER_GROUP_ID": f"newswire-indexer-{self.run_id}",
                "INDEXER_HTTP_PORT": str(free_port()),
                **self.extra_environment,
            }
        )
        return env

    def start(self) -> None:
        """Start the three services, each logging to ``log_dir/<service>.log``."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        env = self.started_environment = self.environment()
        for service in SERVICES:
            name, command = service.module, service.command()
            log_path = self.log_dir / f"{name}.log"
            with log_path.open("ab") as log:  # the child keeps its own descriptor
                self.processes[name] = subprocess.Popen(
                    command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
                )
            logger.info("started %s (pid %d), log %s", name, self.processes[name].pid, log_path)

    def check_alive(self) -> None:
        """Raise if a service has exited (its log says why)."""
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with code {process.returncode}; see {self.log_dir / (name + '.log')}"
                )

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak resident memory (VmHWM) of each running service so far, in MB."""
        peaks: dict[str, float] = {}
        for name, process in self.processes.items():
            try:
                status = Path(f"/proc/{process.pid}/status").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks[name] = round(int(line.split()[1]) / 1024, 1)
        return peaks

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM every service (graceful: flush and commit), then SIGKILL what is left."""
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for name, process in self.processes.items():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop within %.0fs: killing it", name, timeout)
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()

    def __enter__(self) -> PipelineProcesses:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
