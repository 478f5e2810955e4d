"""The ``Component`` base class: one server of the local stack (a JVM, or the pipeline's supervisor), started
detached and tracked by a pid file.

A subclass names itself, says how to build its class path and command, and how to tell it is healthy::

    class Kafka(Component):
        name = "kafka"
        def command(self) -> list[str]: return self.java_command("kafka.Kafka", ["server.properties"])
        def ports(self) -> tuple[int, ...]: return (self.settings.kafka_port,)
        def healthy(self) -> bool: ...
        @property
        def address(self) -> str: return self.settings.kafka_bootstrap

State lives in ``var/<name>/``: ``<name>.pid``, ``logs/stdout.log`` and ``logs/stderr.log``, ``data/``,
and the cached class path. Every JVM gets ``-Dnewswire.component=<name>`` on its command line: that marker is
how a pid file is trusted (a pid reused by another program does not carry it).
"""

from __future__ import annotations

import abc
import enum
import logging
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from newswire_cli.settings import StackSettings
from newswire_cli.stack import process
from newswire_cli.stack.errors import ComponentFailedError, PortInUseError
from newswire_cli.stack.java import Jdk, find_jdk
from newswire_cli.stack.maven import resolve_classpath

logger = logging.getLogger(__name__)

_HEALTH_POLL_SECONDS = 0.5
_children: dict[int, subprocess.Popen[bytes]] = {}
"""Processes started by this Python process, by pid: kept so they are reaped (and never garbage-collected
while running, which would raise a ResourceWarning) whichever Component instance stops them."""
_LOG_TAIL_LINES = 40


class State(enum.StrEnum):
    """What ``status()`` found."""

    HEALTHY = "healthy"
    STARTING = "starting"  # process alive, not answering yet
    STOPPED = "stopped"


@dataclass(frozen=True)
class ComponentStatus:
    """State, pid and address of one component."""

    name: str
    state: State
    pid: int | None
    address: str


class Component(abc.ABC):
    """A JVM server the project manages: prepare, start detached, wait until healthy, stop without leftovers."""

    name: ClassVar[str]
    """Short name: the folder under var/ and deploy/local/."""
    java_minimum: ClassVar[int | None] = None
    """Oldest Java major version the component runs on; None for a component that is not a JVM."""

    def __init__(self, settings: StackSettings) -> None:
        self.settings = settings

    # -- where things live ---------------------------------------------------------------------------------

    @property
    def home(self) -> Path:
        """``var/<name>``: pid file, logs, data and cached class path."""
        return self.settings.var_dir / self.name

    @property
    def data_dir(self) -> Path:
        """Where the server keeps its data (kept across restarts; delete it to reset)."""
        return self.home / "data"

    @property
    def logs_dir(self) -> Path:
        """Where the process's stdout and stderr go."""
        return self.home / "logs"

    @property
    def stdout_log(self) -> Path:
        """Where the process's standard output goes."""
        return self.logs_dir / "stdout.log"

    @property
    def stderr_log(self) -> Path:
        """Where the process's standard error goes (may be the same file as ``stdout_log``)."""
        return self.logs_dir / "stderr.log"

    @property
    def pid_file(self) -> Path:
        """The pid of the running process, written by ``start()`` and removed by ``stop()``."""
        return self.home / f"{self.name}.pid"

    @property
    def project_dir(self) -> Path:
        """``deploy/local/<name>``: the pom.xml (and Java sources, if any) the class path comes from."""
        return self.settings.deploy_dir / self.name

    @property
    def marker(self) -> str:
        """The argument that identifies this component's JVM on a command line."""
        return f"-Dnewswire.component={self.name}"

    # -- what a subclass provides --------------------------------------------------------------------------

    @property
    @abc.abstractmethod
    def address(self) -> str:
        """Where clients reach the component (``host:port`` or a URL)."""

    @abc.abstractmethod
    def command(self) -> list[str]:
        """The argument vector that starts the server (build it with ``java_command``)."""

    @abc.abstractmethod
    def healthy(self) -> bool:
        """True when the server answers a real request (not just an open port); must not raise."""

    def ports(self) -> tuple[int, ...]:
        """Ports the server binds on ``settings.host``: checked free before start."""
        return ()

    def failure(self) -> str | None:
        """Why the component cannot become healthy although its process lives (None: no such reason known)."""
        return None

    def java_setting(self) -> tuple[str, Path | None]:
        """The setting that names this component's JDK, and its value (None: find one)."""
        return "NEWSWIRE_STACK_JAVA_HOME", self.settings.java_home

    def java_fallback(self) -> tuple[Path, str] | None:
        """A JDK to try before the machine-wide search when the component's own setting is unset."""
        return None

    def jdk(self) -> Jdk:
        """The JDK this component runs on (configured, or found on the machine); raises JavaNotFoundError."""
        if self.java_minimum is None:
            raise TypeError(f"{self.name} is not a JVM component")
        setting, configured = self.java_setting()
        return find_jdk(
            self.java_minimum,
            component=self.name,
            setting=setting,
            configured=configured,
            preferred=self.java_fallback(),
        )

    def java_home(self) -> Path | None:
        """Home of the JDK to run; None for a component that is not a JVM."""
        return self.jdk().home if self.java_minimum is not None else None

    def jvm_options(self) -> list[str]:
        """Extra JVM options (heap, system properties) placed before the main class."""
        return []

    def environment(self) -> dict[str, str]:
        """Environment of the process: ours, with JAVA_HOME pointed at ``java_home()`` when set."""
        env = dict(os.environ)
        java_home = self.java_home()
        if java_home is not None:
            env["JAVA_HOME"] = str(java_home)
        return env

    def prepare(self) -> None:
        """Resolve artifacts and initialise state, idempotently; subclasses extend (call super first)."""
        self.classpath()
        for folder in (self.data_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)

    # -- building blocks -----------------------------------------------------------------------------------

    def classpath(self) -> list[str]:
        """Class path from ``deploy/local/<name>/pom.xml``, resolved once and cached in ``var/<name>/``."""
        return resolve_classpath(
            self.project_dir,
            self.home,
            maven=self.settings.maven,
            offline=self.settings.maven_offline,
            java_home=self.java_home(),  # Maven compiles with the component's JDK (the launcher targets it)
        )

    def java_executable(self) -> str:
        """``<java_home>/bin/java``, or plain ``java``."""
        java_home = self.java_home()
        return str(java_home / "bin" / "java") if java_home is not None else "java"

    def java_command(self, main_class: str, arguments: list[str]) -> list[str]:
        """``java <marker> <jvm_options> -cp <classpath> <main_class> <arguments>``."""
        classpath = ":".join(self.classpath())
        return [self.java_executable(), self.marker, *self.jvm_options(), "-cp", classpath, main_class, *arguments]

    def log_tail(self, lines: int = _LOG_TAIL_LINES) -> str:
        """The last lines of stderr and stdout, for error messages."""
        tails = []
        for log in dict.fromkeys((self.stderr_log, self.stdout_log)):
            if log.is_file():
                text = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                tails.append(f"[{log.name}]\n" + "\n".join(text))
        return "\n".join(tails)

    # -- lifecycle -----------------------------------------------------------------------------------------

    def running_pid(self) -> int | None:
        """The pid from the pid file if that process is ours and alive; a stale pid file is removed."""
        pid = process.read_pid(self.pid_file)
        if pid is None:
            if self.pid_file.exists():
                logger.warning("%s: removing unreadable pid file %s", self.name, self.pid_file)
                self.pid_file.unlink(missing_ok=True)
            return None
        child = _children.get(pid)
        if child is not None and child.poll() is None:
            return pid  # our own child, still running: no need to read /proc (a JVM's early cmdline can be empty)
        if process.runs_marker(pid, self.marker):
            return pid
        # The pid cannot be reused while its process group exists: live members are orphans of our server.
        if not process.is_alive(pid) and process.group_members(pid):
            logger.warning("%s: pid %d is gone but left processes in its group; stopping them", self.name, pid)
            process.terminate_group(pid, self.settings.stop_timeout)
        self._forget_child(pid)
        logger.info("%s: removing stale pid file (pid %d is gone or is another program)", self.name, pid)
        self.pid_file.unlink(missing_ok=True)
        return None

    def start(self) -> int:
        """Start the server detached (own session and process group); return its pid. No-op if already running."""
        pid = self.running_pid()
        if pid is not None:
            logger.info("%s already running (pid %d)", self.name, pid)
            return pid
        for port in self.ports():
            if process.port_open(self.settings.host, port):
                raise PortInUseError(
                    f"{self.name}: port {port} on {self.settings.host} is taken by another program",
                    component=self.name,
                    port=port,
                )
        self.prepare()
        command = self.command()
        logger.info("starting %s: %s", self.name, " ".join(command[:3]) + " ...")
        with self.stdout_log.open("ab") as stdout, self.stderr_log.open("ab") as stderr:
            child = subprocess.Popen(
                command,
                cwd=self.home,
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,  # own process group: stop() signals the whole group, Ctrl-C here does not
            )
        _children[child.pid] = child
        process.write_pid(self.pid_file, child.pid)
        return child.pid

    def wait_healthy(self, timeout: float) -> float:
        """Block until ``healthy()``; return the seconds waited. Raise if the process dies or time runs out."""
        return wait_all_healthy([self], {}, timeout)[self.name]

    def stop(self) -> bool:
        """SIGTERM the process group, wait, SIGKILL if needed; remove the pid file. True if something was stopped."""
        pid = self.running_pid()
        if pid is None:
            return False
        logger.info("stopping %s (pid %d)", self.name, pid)
        clean = process.terminate_group(pid, self.settings.stop_timeout)
        self._forget_child(pid)
        self.pid_file.unlink(missing_ok=True)
        logger.info("%s stopped%s", self.name, "" if clean else " (after SIGKILL)")
        return True

    @staticmethod
    def _forget_child(pid: int) -> None:
        """Reap ``pid`` if we started it (its process group is already gone), so no zombie is left."""
        child = _children.pop(pid, None)
        if child is not None:
            # Never wait(): a pid that runs another program (marker gone) may still be alive; keep what lives.
            if child.poll() is None:
                _children[pid] = child
        else:
            process.reap(pid)

    def status(self) -> ComponentStatus:
        """Healthy, starting (process alive but not answering) or stopped."""
        pid = self.running_pid()
        if pid is None:
            return ComponentStatus(name=self.name, state=State.STOPPED, pid=None, address=self.address)
        state = State.HEALTHY if self.healthy() else State.STARTING
        return ComponentStatus(name=self.name, state=state, pid=pid, address=self.address)


def wait_all_healthy(parts: list[Component], launched: dict[str, float], timeout: float) -> dict[str, float]:
    """Poll every component until all are healthy; seconds from launch (or from now, if running) to healthy.

    Raise :class:`ComponentFailedError` as soon as one exits or ``timeout`` runs out. The waits overlap, so
    starting several JVMs costs the slowest start, not the sum.
    """
    began = time.monotonic()
    seconds: dict[str, float] = {}
    while True:
        for part in parts:
            if part.name not in seconds and part.healthy():
                seconds[part.name] = time.monotonic() - launched.get(part.name, began)
        waiting = [part for part in parts if part.name not in seconds]
        if not waiting:
            return seconds
        for part in waiting:
            if part.running_pid() is None:
                raise ComponentFailedError(
                    f"{part.name} exited before becoming healthy", component=part.name, log_tail=part.log_tail()
                )
            if (reason := part.failure()) is not None:
                raise ComponentFailedError(reason, component=part.name, log_tail=part.log_tail())
            if time.monotonic() - began > timeout:
                raise ComponentFailedError(
                    f"{part.name} not healthy after {timeout:.0f} s", component=part.name, log_tail=part.log_tail()
                )
        time.sleep(_HEALTH_POLL_SECONDS)
