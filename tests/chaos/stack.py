"""A Kafka and an Elasticsearch of the chaos run's own: free ports, state under ``var/chaos/<run>``, killable.

The JVMs are the local stack's components (``newswire_cli.stack``) with settings of their own, so the shared dev
stack and the default ports are never touched. Maven's resolved class paths are kept in ``var/chaos/cache`` and
copied into each run's folder, so a run does not pay for Maven again. A run folder is named after the pid of the
process that owns it: a later run stops whatever a dead owner left behind (:func:`reap_orphans`).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import time
import uuid
from pathlib import Path

from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings, find_repo_root
from newswire_cli.stack import process
from newswire_cli.stack.base import Component, wait_all_healthy
from newswire_cli.stack.elasticsearch import ElasticsearchComponent
from newswire_cli.stack.kafka import Kafka
from newswire_cli.stack.maven import CLASSPATH_FILE, FINGERPRINT_FILE

logger = logging.getLogger(__name__)

CHAOS_VAR = find_repo_root() / "var" / "chaos"
"""Every chaos run's state lives below this folder (git-ignored, like all of var/)."""
START_TIMEOUT = 240.0
STACK_NAMES = ("kafka", "elasticsearch")
SERVICE_PIDS = "services.pids"
"""Process groups of the services a run started, one per line: what :func:`reap_orphans` kills."""


def _settings(var_dir: Path) -> StackSettings:
    """Free ports (never 9092/9093/9200 nor the dev stack's), small heaps, stop after 15 s."""
    return StackSettings(
        var_dir=var_dir,
        kafka_port=free_port(),
        kafka_controller_port=free_port(),
        elasticsearch_port=free_port(),
        kafka_heap_min="256m",
        kafka_heap_max="512m",
        elasticsearch_heap_min="512m",
        elasticsearch_heap_max="768m",
        stop_timeout=15.0,
    )


def _parts(settings: StackSettings) -> dict[str, Component]:
    return {"kafka": Kafka(settings), "elasticsearch": ElasticsearchComponent(settings)}


def _reuse_classpaths(parts: dict[str, Component]) -> None:
    """Resolve each class path once in the cache folder, then copy the cached files into the run's folder."""
    cache = _parts(StackSettings(var_dir=CHAOS_VAR / "cache"))
    for name, part in parts.items():
        cache[name].classpath()  # Maven only when the cache is missing or stale
        part.home.mkdir(parents=True, exist_ok=True)
        for file_name in (CLASSPATH_FILE, FINGERPRINT_FILE):
            shutil.copyfile(cache[name].home / file_name, part.home / file_name)


def reap_orphans() -> list[str]:
    """Stop the JVMs and services of runs whose owner died (a killed test session), then delete their folders."""
    reaped: list[str] = []
    if not CHAOS_VAR.is_dir():
        return reaped
    for folder in CHAOS_VAR.glob("run-*"):
        owner = folder.name.split("-")[1]
        if owner.isdigit() and process.is_alive(int(owner)):
            continue
        settings = StackSettings(var_dir=folder)
        for part in _parts(settings).values():
            if part.stop():
                reaped.append(f"{folder.name}/{part.name}")
        pids = folder / SERVICE_PIDS
        for line in pids.read_text(encoding="ascii").split() if pids.is_file() else []:
            if process.group_members(int(line)):
                process.terminate_group(int(line), 5.0)
                reaped.append(f"{folder.name}/service {line}")
        shutil.rmtree(folder, ignore_errors=True)
    if reaped:
        logger.warning("stopped what dead chaos runs left behind: %s", ", ".join(reaped))
    return reaped


class ChaosStack:
    """Kafka and Elasticsearch for one chaos run: start, SIGKILL, restart, stop; nothing survives ``stop``."""

    def __init__(self, var_dir: Path | None = None) -> None:
        self.var_dir = var_dir or CHAOS_VAR / f"run-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.settings = _settings(self.var_dir)
        self.parts = _parts(self.settings)

    @property
    def kafka_bootstrap(self) -> str:
        """Where clients reach this run's broker."""
        return self.settings.kafka_bootstrap

    @property
    def elasticsearch_url(self) -> str:
        """Where clients reach this run's node."""
        return self.settings.elasticsearch_url

    def start(self) -> dict[str, float]:
        """Start both JVMs and wait until both answer; seconds from launch to healthy, per component."""
        reap_orphans()
        _reuse_classpaths(self.parts)
        launched = {}
        try:
            for name, part in self.parts.items():
                part.start()
                launched[name] = time.monotonic()
            return wait_all_healthy(list(self.parts.values()), launched, START_TIMEOUT)
        except BaseException:
            self.stop()
            raise

    def kill(self, name: str) -> None:
        """SIGKILL the component's whole process group, as a crash would, and wait until it is gone."""
        part = self.parts[name]
        pid = part.running_pid()
        if pid is None:
            raise RuntimeError(f"{name} is not running")
        os.killpg(pid, signal.SIGKILL)
        process.terminate_group(pid, 10.0)  # waits for the group to be gone (and reaps the leader)
        part.running_pid()  # the pid file is stale now: removed here
        logger.info("chaos: SIGKILLed %s (pid %d)", name, pid)

    def restart(self, name: str) -> float:
        """Start a killed component again; seconds from launch until it is healthy."""
        part = self.parts[name]
        launched = time.monotonic()
        part.start()
        return wait_all_healthy([part], {name: launched}, START_TIMEOUT)[name]

    def stop(self) -> None:
        """Stop both JVMs (SIGTERM, then SIGKILL) and delete the run's folder."""
        for part in reversed(self.parts.values()):
            part.stop()
        shutil.rmtree(self.var_dir, ignore_errors=True)
