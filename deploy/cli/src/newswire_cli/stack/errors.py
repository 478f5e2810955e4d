"""Errors of the local stack.

::

    StackError                      root: anything the local stack cannot do
    ├── ArtifactError               Maven could not resolve or build a component's class path
    ├── PortInUseError              a port the component needs is held by some other program
    └── ComponentFailedError        the process exited, or never became healthy in time
"""

from __future__ import annotations


class StackError(Exception):
    """Root of the local stack's errors."""


class ArtifactError(StackError):
    """Maven failed to resolve or build a component's class path."""


class PortInUseError(StackError):
    """A port the component binds is already taken by another program."""

    def __init__(self, message: str, *, component: str, port: int) -> None:
        super().__init__(message)
        self.component = component
        self.port = port


class ComponentFailedError(StackError):
    """The component's process died, or did not become healthy before the deadline."""

    def __init__(self, message: str, *, component: str, log_tail: str = "") -> None:
        super().__init__(f"{message}\n--- last log lines ---\n{log_tail}" if log_tail else message)
        self.component = component
        self.log_tail = log_tail
