"""Errors of the local stack.

::

    StackError                      root: anything the local stack cannot do
    ├── PrerequisiteError           something the machine must provide is missing (exit code 3)
    │   ├── JavaNotFoundError       no JDK new enough for a component
    │   └── MavenNotFoundError      no Maven executable
    ├── ArtifactError               Maven could not resolve or build a component's class path
    ├── PortInUseError              a port the component needs is held by some other program
    └── ComponentFailedError        the process exited, or never became healthy in time
"""

from __future__ import annotations


class StackError(Exception):
    """Root of the local stack's errors."""


class PrerequisiteError(StackError):
    """The machine lacks something the stack needs; the message says what to install or set."""


class JavaNotFoundError(PrerequisiteError):
    """No JDK new enough for a component was configured or found."""


class MavenNotFoundError(PrerequisiteError):
    """The Maven executable is not installed (or the setting names a missing one)."""


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
