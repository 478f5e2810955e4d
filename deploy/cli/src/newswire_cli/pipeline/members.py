"""What the supervisor runs: the Python services as its children, and the stack's JVMs through their pid files."""

from __future__ import annotations

import abc
import contextlib
import logging
import signal
import subprocess
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from newswire_cli.stack import process
from newswire_cli.stack.base import Component

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Exit:
    """How a member ended: its exit code when known, and whether someone stopped it on purpose."""

    code: int | None = None
    on_purpose: bool = False


class Member(abc.ABC):
    """One supervised component."""

    name: str
    log: Path | None = None
    owned: bool = False
    """True for the supervisor's own children, which it stops on shutdown; the stack's JVMs are not."""

    def running(self) -> int | None:
        """The pid of an instance already running that the supervisor adopts instead of launching one."""
        return None

    @abc.abstractmethod
    def launch(self) -> int:
        """Start it; return its pid."""

    @abc.abstractmethod
    def poll(self) -> Exit | None:
        """None while it runs, else how it ended."""

    def terminate(self) -> None:  # noqa: B027 - deliberately nothing: only owned members override it
        """Ask it to stop (SIGTERM); members the supervisor does not own are left alone."""

    def kill(self) -> None:  # noqa: B027 - deliberately nothing: only owned members override it
        """Force it to stop (SIGKILL); members the supervisor does not own are left alone."""


class ServiceProcess(Member):
    """A pipeline service, run as a child of the supervisor (same process group) with its output in ``log``."""

    owned = True

    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path) -> None:
        self.name = name
        self.command = command
        self.env = env
        self.log_file = log
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def launch(self) -> int:
        """Start the service, appending to its log file after a line that marks the start."""
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            log.write(f"--- {stamp} newswire supervisor: starting {self.name}: {' '.join(self.command)}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                self.command, env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        return self.process.pid

    def poll(self) -> Exit | None:
        """The exit code once the child has exited (it is reaped here)."""
        if self.process is None:
            return Exit()
        code = self.process.poll()
        return None if code is None else Exit(code)

    def _signal(self, sig: signal.Signals) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(sig)

    def terminate(self) -> None:
        """SIGTERM: the services finish what they hold, commit and flush."""
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL."""
        self._signal(signal.SIGKILL)


class StackMember(Member):
    """Kafka or Elasticsearch: detached JVMs of the local stack, watched through their pid files.

    A JVM whose pid file is gone was stopped on purpose (``newswire stack down``) and is not restarted; one whose
    pid file outlived it crashed.
    """

    def __init__(self, component: Component, lock: Callable[[], AbstractContextManager[None]]) -> None:
        self.name = component.name
        self.component = component
        self.lock = lock
        self.log = component.stderr_log

    def running(self) -> int | None:
        """The JVM ``newswire up`` started before the supervisor: adopted."""
        return self.component.running_pid()

    def launch(self) -> int:
        """Start the JVM the way ``newswire stack up`` does, under the stack's lock; health is not awaited."""
        with self.lock():
            return self.component.start()

    def poll(self) -> Exit | None:
        """Running, crashed (stale pid file) or stopped on purpose (no pid file)."""
        if process.read_pid(self.component.pid_file) is None:
            return Exit(on_purpose=True)
        return None if self.component.running_pid() is not None else Exit()
