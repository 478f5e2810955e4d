"""Process bookkeeping for the stack's JVMs: pid files, /proc inspection, process-group shutdown (Linux)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import time
from pathlib import Path

logger = logging.getLogger(__name__)

_PROC = Path("/proc")
_POLL_SECONDS = 0.1


def read_pid(pid_file: Path) -> int | None:
    """The pid recorded in ``pid_file``, or None when the file is missing or does not hold a number."""
    try:
        text = pid_file.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() and int(text) > 0 else None


def write_pid(pid_file: Path, pid: int) -> None:
    """Record ``pid`` atomically, so a reader never sees a half-written file."""
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    partial = pid_file.with_suffix(".tmp")
    partial.write_text(f"{pid}\n", encoding="ascii")
    partial.replace(pid_file)


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name (state first), or None if the process is gone."""
    try:
        raw = (_PROC / str(pid) / "stat").read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The command name is in parentheses and may itself contain spaces or ')': split after the last one.
    return raw[raw.rfind(")") + 2 :].split()


def is_alive(pid: int) -> bool:
    """True while any thread of ``pid`` runs; a zombie whose threads are all gone has exited.

    A JVM's main thread can exit first: the leader then shows as a zombie in /proc/<pid>/stat while its other
    threads still run shutdown hooks, so the leader's state alone would declare a live server dead.
    """
    fields = _stat_fields(pid)
    if fields is None:
        return False
    if fields[0] not in {"Z", "X"}:
        return True
    try:
        threads = [entry.name for entry in (_PROC / str(pid) / "task").iterdir()]
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    return any(_thread_running(pid, tid) for tid in threads if tid != str(pid))


def _thread_running(pid: int, tid: str) -> bool:
    """True when thread ``tid`` of ``pid`` has not exited."""
    try:
        raw = (_PROC / str(pid) / "task" / tid / "stat").read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    return raw[raw.rfind(")") + 2 :][:1] not in {"Z", "X", ""}


def cmdline(pid: int) -> list[str]:
    """The argument vector of a live process; empty when it is gone or a zombie."""
    if not is_alive(pid):
        return []
    # A zombie leader with live threads has no cmdline of its own: read it through one of those threads.
    candidates = [_PROC / str(pid) / "cmdline"]
    with contextlib.suppress(FileNotFoundError, ProcessLookupError, PermissionError):
        candidates += [task / "cmdline" for task in (_PROC / str(pid) / "task").iterdir()]
    for path in candidates:
        try:
            raw = path.read_bytes()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if raw:
            return [part.decode("utf-8", errors="replace") for part in raw.split(b"\0") if part]
    return []


def runs_marker(pid: int, marker: str) -> bool:
    """True when ``pid`` is alive and ``marker`` is one of its arguments (guards against a reused pid)."""
    return marker in cmdline(pid)


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes whose process group is ``pgid``."""
    members = []
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        # After the name: state, ppid, pgrp, ...
        if fields is not None and int(fields[2]) == pgid and is_alive(int(entry.name)):
            members.append(int(entry.name))
    return members


def reap(pid: int) -> None:
    """Collect the exit status of ``pid`` if it is our child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def _wait_group_gone(pgid: int, timeout: float) -> bool:
    """Poll until no live process is left in the group; True when that happened before ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        reap(pgid)
        if not group_members(pgid):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_SECONDS)


def terminate_group(pgid: int, timeout: float) -> bool:
    """SIGTERM the group, wait up to ``timeout`` s, then SIGKILL; True when it ended without SIGKILL."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    if _wait_group_gone(pgid, timeout):
        return True
    logger.warning("process group %d ignored SIGTERM for %.0f s, sending SIGKILL", pgid, timeout)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    if not _wait_group_gone(pgid, 10.0):
        raise ProcessLookupError(f"process group {pgid} still has members after SIGKILL: {group_members(pgid)}")
    return False


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def started_at(pid: int) -> float | None:
    """When ``pid`` started, as a Unix time (from /proc: boot time plus the start tick); None if it is gone."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    try:
        boot = next(
            float(line.split()[1])
            for line in (_PROC / "stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration, ValueError):
        return None
    # starttime is field 22 of /proc/<pid>/stat, the 20th after the command name, in clock ticks since boot
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
