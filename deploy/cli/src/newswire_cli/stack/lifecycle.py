"""Bring the whole local stack up or down: the Python API behind ``newswire stack`` and the test fixtures.

Every operation holds ``var/stack.lock`` (an exclusive ``flock``), so two test sessions or a session and an
operator never start the same JVM twice or stop it under each other's feet.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from newswire_cli.settings import StackSettings
from newswire_cli.stack.base import Component, ComponentStatus, State, wait_all_healthy
from newswire_cli.stack.errors import StackError
from newswire_cli.stack.kafka import Kafka

logger = logging.getLogger(__name__)

ELASTICSEARCH_MODULE = "newswire_cli.stack.elasticsearch"


@dataclass(frozen=True)
class StackEndpoints:
    """Where clients reach the running stack, and which components this call started."""

    kafka_bootstrap: str
    elasticsearch_url: str | None
    """None while no Elasticsearch component is installed."""
    started: tuple[str, ...] = field(default=())
    """Names of the components this call started (empty when everything was already running)."""
    startup_seconds: dict[str, float] = field(default_factory=dict)
    """Seconds from start to healthy, per component started by this call."""


def elasticsearch_class() -> type[Component] | None:
    """The Elasticsearch component from its module, or None while that module does not exist."""
    try:
        module = importlib.import_module(ELASTICSEARCH_MODULE)
    except ModuleNotFoundError as error:
        if error.name != ELASTICSEARCH_MODULE:
            raise  # the module exists but something it imports is missing: that is a real error
        return None
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Component) and getattr(value, "name", None) == "elasticsearch":
            return value
    raise StackError(f"{ELASTICSEARCH_MODULE} defines no Component subclass named 'elasticsearch'")


def components(settings: StackSettings, names: tuple[str, ...] | None = None) -> list[Component]:
    """The components of the stack (all, or those named), Kafka first; naming a missing one is an error."""
    found: list[Component] = [Kafka(settings)]
    es_class = elasticsearch_class()
    if es_class is not None:
        found.append(es_class(settings))
    if names is None:
        return found
    missing = set(names) - {part.name for part in found}
    if missing:
        raise StackError(f"no such component installed: {sorted(missing)}")
    return [part for part in found if part.name in names]


@contextlib.contextmanager
def stack_lock(settings: StackSettings) -> Iterator[None]:
    """Hold ``var/stack.lock`` exclusively (blocking) for the duration of the block."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    with (settings.var_dir / "stack.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _endpoints(settings: StackSettings, started: list[str], seconds: dict[str, float]) -> StackEndpoints:
    """The addresses of every installed component, and what this call started."""
    addresses = {part.name: part.address for part in components(settings)}
    return StackEndpoints(
        kafka_bootstrap=addresses["kafka"],
        elasticsearch_url=addresses.get("elasticsearch"),
        started=tuple(started),
        startup_seconds=seconds,
    )


def up_unlocked(settings: StackSettings, names: tuple[str, ...] | None = None) -> StackEndpoints:
    """``up`` (of all components, or only those named) for a caller that already holds the stack lock."""
    parts = components(settings, names)
    launched: dict[str, float] = {}
    try:
        # Start every JVM first, then wait: the waits overlap, so the total is the slowest, not the sum.
        for part in parts:
            if part.running_pid() is None:
                part.start()
                launched[part.name] = time.monotonic()
        seconds = wait_all_healthy(parts, launched, settings.start_timeout)
    except BaseException:
        for part in parts:
            if part.name in launched:
                part.stop()
        raise
    for name in launched:
        logger.info("%s healthy %.1f s after its JVM started", name, seconds[name])
    return _endpoints(settings, list(launched), {name: seconds[name] for name in launched})


def up(settings: StackSettings | None = None, names: tuple[str, ...] | None = None) -> StackEndpoints:
    """Start whatever is not running, wait until every component is healthy, return the endpoints. Idempotent.

    ``names`` limits this to some components (``("kafka",)``); the endpoints still list every address.
    """
    settings = settings or StackSettings()
    with stack_lock(settings):
        return up_unlocked(settings, names)


def down_unlocked(settings: StackSettings, names: tuple[str, ...] | None = None) -> list[str]:
    """``down`` for a caller that already holds the stack lock; returns the names of the components stopped."""
    stopped = []
    for part in reversed(components(settings)):
        if (names is None or part.name in names) and part.stop():
            stopped.append(part.name)
    leftovers = [part.name for part in components(settings) if part.running_pid() is not None]
    if names is None and leftovers:
        raise StackError(f"still running after stop: {leftovers}")
    return stopped


def down(settings: StackSettings | None = None) -> list[str]:
    """Stop every component (SIGTERM, then SIGKILL) and check that none is left; returns what was stopped."""
    settings = settings or StackSettings()
    with stack_lock(settings):
        return down_unlocked(settings)


def status(settings: StackSettings | None = None) -> list[ComponentStatus]:
    """State of every component (no lock: a read-only look)."""
    return [part.status() for part in components(settings or StackSettings())]


def all_healthy(statuses: list[ComponentStatus]) -> bool:
    """True when every listed component is healthy."""
    return all(entry.state is State.HEALTHY for entry in statuses)
