"""Share the local stack between concurrent users (test sessions, the demo) with leases.

A user takes a lease, ``var/stack-leases/<pid>.<token>`` listing the components it uses, for as long as it
needs them. Components a user (not the operator) started are recorded in ``var/stack-autostarted``; when a
lease is returned, each recorded component that no live lease still uses is stopped: the last one out turns
the lights off, but only lights a user turned on. ``newswire stack up`` and ``down`` clear that record.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from newswire_cli.settings import StackSettings
from newswire_cli.stack import process
from newswire_cli.stack.lifecycle import StackEndpoints, components, down_unlocked, stack_lock, up_unlocked

logger = logging.getLogger(__name__)


def _leases_dir(settings: StackSettings) -> Path:
    """One small file per lease, named ``<pid>.<token>``, holding the component names it uses."""
    return settings.var_dir / "stack-leases"


def autostarted_file(settings: StackSettings) -> Path:
    """Names of the components that users (not the operator) started, one per line."""
    return settings.var_dir / "stack-autostarted"


def live_leases(settings: StackSettings) -> dict[str, set[str]]:
    """Leases whose process is alive, with the components each uses; leases of dead processes are removed."""
    folder = _leases_dir(settings)
    if not folder.is_dir():
        return {}
    alive: dict[str, set[str]] = {}
    for lease in folder.iterdir():
        pid = lease.name.partition(".")[0]
        if pid.isdigit() and process.is_alive(int(pid)):
            alive[lease.name] = set(lease.read_text(encoding="utf-8").split())
        else:
            lease.unlink(missing_ok=True)
    return alive


def _read_autostarted(settings: StackSettings) -> set[str]:
    """The recorded names (empty when nothing was auto-started)."""
    record = autostarted_file(settings)
    return set(record.read_text(encoding="utf-8").split()) if record.is_file() else set()


def _write_autostarted(settings: StackSettings, names: set[str]) -> None:
    """Replace the record (removing it when empty)."""
    record = autostarted_file(settings)
    if names:
        record.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    else:
        record.unlink(missing_ok=True)


def hand_to_operator(settings: StackSettings) -> None:
    """Forget which components users started: the operator now owns them (called by ``stack up``/``down``)."""
    autostarted_file(settings).unlink(missing_ok=True)


def _release(settings: StackSettings, lease: Path) -> None:
    """Return a lease; stop the auto-started components no other live lease uses. Caller holds the lock."""
    lease.unlink(missing_ok=True)
    in_use = set().union(*live_leases(settings).values())
    autostarted = _read_autostarted(settings)
    idle = tuple(sorted(autostarted - in_use))
    if idle:
        down_unlocked(settings, idle)
    if autostarted & in_use:
        logger.info("leaving %s running for other users", sorted(autostarted & in_use))
    _write_autostarted(settings, autostarted & in_use)


@contextlib.contextmanager
def shared_stack(
    settings: StackSettings | None = None, names: tuple[str, ...] | None = None
) -> Iterator[StackEndpoints]:
    """Use the local stack (or the named components) for the block: start if needed, stop if we were last."""
    settings = settings or StackSettings()
    used = names if names is not None else tuple(part.name for part in components(settings))
    lease = _leases_dir(settings) / f"{os.getpid()}.{uuid.uuid4().hex[:8]}"
    with stack_lock(settings):
        endpoints = up_unlocked(settings, used)
        _write_autostarted(settings, _read_autostarted(settings) | set(endpoints.started))
        lease.parent.mkdir(parents=True, exist_ok=True)
        lease.write_text("\n".join(used) + "\n", encoding="utf-8")
    try:
        yield endpoints
    finally:
        with stack_lock(settings):
            _release(settings, lease)
