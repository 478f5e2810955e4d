"""Ingest, tagger and indexer as subprocesses of a chaos run, each in a process group of its own.

They are started as ``newswire demo`` starts them (:class:`newswire_cli.services.PipelineProcesses`: the same
commands, connection variables and per-run group ids), with ingest running its watched-folder and inbox channels.
Any one of them can be SIGKILLed and started again with the same environment (ports, group, folders), and a second
tagger worker can join the first one's consumer group. What a run started is recorded in ``services.pids`` so a
later run can stop it should this process die without cleaning up.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from newswire_cli.pipeline.component import HEALTH_PATHS
from newswire_cli.services import SERVICES, PipelineProcesses, free_port
from newswire_runtime import ElasticsearchSettings, KafkaSettings

from tests.chaos.stack import SERVICE_PIDS

logger = logging.getLogger(__name__)

READY_TIMEOUT = 120.0
STOP_TIMEOUT = 15.0
_PORT_VARIABLES = {"ingest": "INGEST_HTTP_PORT", "tagger": "TAGGER_WEB_PORT", "indexer": "INDEXER_HTTP_PORT"}


@dataclass
class Worker:
    """One service process: which service, its environment, its log, and the running process (if any)."""

    name: str
    service: str
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def health_url(self) -> str:
        """The endpoint that answers 200 once the service works (as ``newswire up`` waits for it)."""
        return f"http://127.0.0.1:{self.env[_PORT_VARIABLES[self.service]]}{HEALTH_PATHS[self.service]}"

    def alive(self) -> bool:
        """The process runs."""
        return self.process is not None and self.process.poll() is None


class ChaosServices:
    """The three services of one chaos run (plus extra tagger workers); killable and restartable one by one."""

    def __init__(self, kafka: KafkaSettings, es: ElasticsearchSettings, folder: Path, run_id: str) -> None:
        self.folder = folder
        self.watch_dir = folder / "watch"
        self.logs = folder / "logs"
        for path in (self.watch_dir, self.logs):
            path.mkdir(parents=True, exist_ok=True)
        extra = {
            "INGEST_CHANNELS": "inbox,folder,http",  # http serves /readyz, as under `newswire up`
            "INGEST_WATCH_DIR": str(self.watch_dir),
            "INGEST_MIN_FILE_AGE": "0.2",  # files are renamed into place whole: no partial-write wait needed
            "INGEST_POLL_INTERVAL": "0.25",
        }
        demo = PipelineProcesses(kafka, es, log_dir=folder, run_id=run_id, extra_environment=extra)
        env = demo.environment()
        self.workers = {s.name: Worker(s.name, s.name, env, self.logs / f"{s.name}.log", None) for s in SERVICES}
        self._command = {s.name: s.command() for s in SERVICES}

    def add_tagger(self, name: str) -> Worker:
        """Another tagger worker in the same consumer group (its own web port and data folder), not started."""
        env = self.workers["tagger"].env | {
            "TAGGER_WEB_PORT": str(free_port()),
            "TAGGER_DATA_DIR": str(self.folder / f"{name}-data"),
        }
        if instance := env.get("KAFKA_GROUP_INSTANCE_ID"):  # static members of one group need ids of their own
            env["KAFKA_GROUP_INSTANCE_ID"] = f"{instance}-{name}"
        self.workers[name] = Worker(name, "tagger", env, self.logs / f"{name}.log")
        return self.workers[name]

    @property
    def tagger_group(self) -> str:
        """The tagger's consumer group (its faust app id)."""
        return self.workers["tagger"].env["TAGGER_APP_ID"]

    def start(self, name: str) -> None:
        """Start one worker (no-op while it runs) in its own session and process group."""
        worker = self.workers[name]
        if worker.alive():
            return
        with worker.log.open("ab") as log:
            worker.process = subprocess.Popen(
                self._command[worker.service],
                env=worker.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        with (self.folder / SERVICE_PIDS).open("a", encoding="ascii") as pids:
            pids.write(f"{worker.process.pid}\n")
        logger.info("chaos: started %s (pid %d)", name, worker.process.pid)

    def start_all(self) -> None:
        """Start every worker that is not running."""
        for name in self.workers:
            self.start(name)

    def ready(self, name: str) -> bool:
        """The worker's health endpoint answers 200."""
        try:
            return httpx.get(self.workers[name].health_url, timeout=2.0).status_code == httpx.codes.OK
        except httpx.HTTPError:
            return False

    def wait_ready(self, names: list[str] | None = None, timeout: float = READY_TIMEOUT) -> float:
        """Wait until the named workers (default: all running ones) are ready; the seconds waited."""
        began = time.monotonic()
        waiting = list(names or [n for n, w in self.workers.items() if w.alive()])
        while waiting:
            for name in list(waiting):
                if not self.workers[name].alive():
                    raise RuntimeError(f"{name} exited while starting; see {self.workers[name].log}")
                if self.ready(name):
                    waiting.remove(name)
            if time.monotonic() - began > timeout:
                raise TimeoutError(f"{waiting} not ready after {timeout:.0f} s; see their logs in {self.logs}")
            if waiting:
                time.sleep(0.2)
        return time.monotonic() - began

    def kill(self, name: str, sig: signal.Signals = signal.SIGKILL) -> None:
        """Send ``sig`` to the worker's process group (SIGKILL: a crash) and wait until the process has exited."""
        worker = self.workers[name]
        if worker.process is None or not worker.alive():
            raise RuntimeError(f"{name} is not running")
        os.killpg(worker.process.pid, sig)
        try:
            worker.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            logger.warning("chaos: %s ignored %s for %.0f s: SIGKILL", name, sig.name, STOP_TIMEOUT)
            os.killpg(worker.process.pid, signal.SIGKILL)
            worker.process.wait()
        _kill_group(worker.process.pid)  # anything the service forked dies with it
        logger.info("chaos: %s %s (exit %s)", name, sig.name, worker.process.returncode)

    def stop_all(self) -> None:
        """SIGTERM every running worker, SIGKILL what is left after the grace period; no process survives."""
        running = [w for w in self.workers.values() if w.process is not None and w.alive()]
        for worker in running:
            assert worker.process is not None
            os.killpg(worker.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        for worker in self.workers.values():
            if worker.process is None:
                continue
            try:
                worker.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("chaos: %s did not stop within %.0f s: SIGKILL", worker.name, STOP_TIMEOUT)
            _kill_group(worker.process.pid)
            worker.process.wait()


def _kill_group(pgid: int) -> None:
    """SIGKILL whatever is left in a process group (nothing, usually)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return
