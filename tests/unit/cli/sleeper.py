"""A throw-away Component running a small Python program instead of a JVM."""

from __future__ import annotations

import sys

from newswire_cli.stack.base import Component


class SleeperComponent(Component):
    """Runs ``python -c <program> <marker>``: a process the base class can start, inspect and stop."""

    name = "sleeper"
    program = "import time; time.sleep(60)"
    answers = True
    bound_ports: tuple[int, ...] = ()

    @property
    def address(self) -> str:
        """Not a server: a placeholder address."""
        return "nowhere:0"

    def prepare(self) -> None:
        """No Maven here: only the folders."""
        for folder in (self.data_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        """The program, with the marker as an argument so the pid file can be trusted."""
        return [sys.executable, "-c", self.program, self.marker]

    def ports(self) -> tuple[int, ...]:
        """Ports the test says are needed."""
        return self.bound_ports

    def healthy(self) -> bool:
        """Whatever the test says."""
        return self.answers
