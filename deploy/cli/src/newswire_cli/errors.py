"""Exit codes of ``newswire`` and how an error maps to one (the README's table is this one).

======  ==========================================================================================
code    meaning
======  ==========================================================================================
0       success
1       the command ran and the answer is "no": files rejected, not all healthy, article not found
2       usage: bad arguments, or an invalid setting in the environment
3       a prerequisite is missing: no suitable JDK, no Maven, jars not downloadable, module missing
4       a service is unreachable: Kafka, Elasticsearch or Kibana does not answer
5       a component failed: a port is taken, a process crashed or was not healthy in time
130     interrupted (Ctrl-C)
======  ==========================================================================================

::

    CliError                 root of the errors a subcommand raises on purpose; carries its exit code
    ├── UsageError           2
    ├── PrerequisiteError    3
    ├── UnreachableError     4
    └── ComponentError       5
"""

from __future__ import annotations

import enum
import sys

from pydantic import ValidationError


class ExitCode(enum.IntEnum):
    """What the exit status of ``newswire`` means."""

    OK = 0
    NEGATIVE = 1
    USAGE = 2
    PREREQUISITE = 3
    UNREACHABLE = 4
    COMPONENT = 5
    INTERRUPTED = 130


class CliError(Exception):
    """An error a subcommand reports in one line, with its exit code."""

    exit_code = ExitCode.NEGATIVE


class UsageError(CliError):
    """Bad arguments or settings."""

    exit_code = ExitCode.USAGE


class PrerequisiteError(CliError):
    """Something the machine must provide is missing."""

    exit_code = ExitCode.PREREQUISITE


class UnreachableError(CliError):
    """A service does not answer."""

    exit_code = ExitCode.UNREACHABLE


class ComponentError(CliError):
    """A process of ours failed to start, crashed or did not stop."""

    exit_code = ExitCode.COMPONENT


def _stack_code(error: BaseException) -> ExitCode | None:
    """Exit code of a local-stack error."""
    from newswire_cli.stack import errors  # noqa: PLC0415 - the stack package is only loaded when it raised

    if isinstance(error, errors.PrerequisiteError | errors.ArtifactError):
        return ExitCode.PREREQUISITE
    if isinstance(error, errors.StackError):
        return ExitCode.COMPONENT
    return None


def _connection_code(error: BaseException) -> ExitCode | None:
    """UNREACHABLE for the connection errors of the clients we use (imported only when loaded)."""
    unreachable: list[type[BaseException]] = [ConnectionError, TimeoutError]
    if "elasticsearch" in sys.modules:
        from elasticsearch import ConnectionError as EsConnectionError  # noqa: PLC0415

        unreachable.append(EsConnectionError)
    if "aiokafka" in sys.modules:
        from aiokafka.errors import KafkaConnectionError  # noqa: PLC0415

        unreachable.append(KafkaConnectionError)
    if "httpx" in sys.modules:
        import httpx  # noqa: PLC0415

        unreachable.append(httpx.TransportError)
    return ExitCode.UNREACHABLE if isinstance(error, tuple(unreachable)) else None


def exit_code_for(error: BaseException) -> ExitCode | None:
    """The exit code an error means, or None for an unexpected error (a bug: let its traceback show)."""
    if isinstance(error, CliError):
        return error.exit_code
    if isinstance(error, ValidationError):
        return ExitCode.USAGE  # a setting from the environment failed validation
    return _stack_code(error) or _connection_code(error)


def one_line(error: BaseException) -> str:
    """The message to print: pydantic's multi-line report shortened to its first problem, others as they are."""
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "?"
        return f"invalid setting {field} of {error.title}: {first['msg']} (got {first.get('input')!r})"
    text = str(error) or type(error).__name__
    return text if type(error).__module__.startswith("newswire") else f"{type(error).__name__}: {text}"
