"""Share the local stack between concurrent users (test sessions, the demo) with leases.

A user takes a lease (``var/stack-leases/<pid>``) for as long as it needs the stack. Components a user
started are recorded in ``var/stack-autostarted``; when the last lease is returned, those are stopped,
so the last one out turns the lights off, but only the lights a user (not an operator) turned on.
``newswire stack up`` hands the stack to the operator by clearing that record.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from newswire_cli.settings import StackSettings
from newswire_cli.stack import process
from newswire_cli.stack.lifecycle import StackEndpoints, down_unlocked, stack_lock, up_unlocked

logger = logging.getLogger(__name__)


def _leases_dir(settings: StackSettings) -> Path:
    """One empty file per user, named by its pid."""
    return settings.var_dir / "stack-leases"


def autostarted_file(settings: StackSettings) -> Path:
    """Names of the components that users (not the operator) started, one per line."""
    return settings.var_dir / "stack-autostarted"


def live_leases(settings: StackSettings) -> list[int]:
    """Pids holding a lease whose process is still alive; leases of dead processes are removed."""
    folder = _leases_dir(settings)
    if not folder.is_dir():
        return []
    alive = []
    for lease in folder.iterdir():
        if lease.name.isdigit() and process.is_alive(int(lease.name)):
            alive.append(int(lease.name))
        else:
            lease.unlink(missing_ok=True)
    return alive


def _read_autostarted(settings: StackSettings) -> set[str]:
    """The recorded names (empty when nothing was auto-started)."""
    record = autostarted_file(settings)
    return set(record.read_text(encoding="utf-8").split()) if record.is_file() else set()


def hand_to_operator(settings: StackSettings) -> None:
    """Forget which components users started: the operator now owns them (called by ``stack up``/``down``)."""
    autostarted_file(settings).unlink(missing_ok=True)


@contextlib.contextmanager
def shared_stack(settings: StackSettings | None = None) -> Iterator[StackEndpoints]:
    """Use the local stack for the duration of the block, starting it if needed and stopping it if we were last."""
    settings = settings or StackSettings()
    lease = _leases_dir(settings) / str(os.getpid())
    with stack_lock(settings):
        endpoints = up_unlocked(settings)
        if endpoints.started:
            names = _read_autostarted(settings) | set(endpoints.started)
            autostarted_file(settings).write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
        lease.parent.mkdir(parents=True, exist_ok=True)
        lease.touch()
    try:
        yield endpoints
    finally:
        with stack_lock(settings):
            lease.unlink(missing_ok=True)
            others = live_leases(settings)
            names = _read_autostarted(settings)
            if others:
                logger.info("leaving the stack running for %d other user(s): %s", len(others), others)
            elif names:
                down_unlocked(settings, tuple(sorted(names)))
                hand_to_operator(settings)
