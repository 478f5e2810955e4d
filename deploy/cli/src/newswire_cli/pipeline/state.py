"""The supervisor's state file, ``var/pipeline/state.json``: what it runs, since when, how often it restarted it.

The supervisor rewrites it (atomically) whenever something changes; ``newswire ps`` and ``newswire up`` read it.
Times are Unix times, so another process can compute uptimes.
"""

from __future__ import annotations

import enum
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


class RunState(enum.StrEnum):
    """What the supervisor is doing with one component."""

    RUNNING = "running"
    BACKOFF = "backoff"  # died; restarted at retry_at
    FAILED = "failed"  # died too often within the window: left stopped
    STOPPED = "stopped"  # stopped on purpose (shutdown, or a stack JVM stopped by `newswire stack down`)


@dataclass
class Record:
    """One supervised component."""

    name: str
    state: RunState = RunState.STOPPED
    pid: int | None = None
    started_at: float | None = None
    restarts: int = 0
    last_exit: int | None = None
    retry_at: float | None = None
    log: str | None = None
    restart_times: list[float] = field(default_factory=list)
    """When each recent restart happened (Unix time), for the restart limit."""


@dataclass
class PipelineState:
    """Everything the supervisor reports."""

    supervisor_pid: int
    records: dict[str, Record]

    def to_json(self) -> str:
        """The file's content."""
        return json.dumps(
            {"supervisor_pid": self.supervisor_pid, "records": {n: asdict(r) for n, r in self.records.items()}},
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> PipelineState:
        """Parse what ``to_json`` wrote."""
        raw: dict[str, Any] = json.loads(text)
        records = {
            name: Record(**{**entry, "state": RunState(entry["state"])}) for name, entry in raw["records"].items()
        }
        return cls(supervisor_pid=int(raw["supervisor_pid"]), records=records)


def restart_requests(state_file: Path) -> Path:
    """The folder where ``newswire restart`` leaves one empty file per service to restart; the supervisor reads it."""
    return state_file.parent / "restart-requests"


def write_state(path: Path, state: PipelineState) -> None:
    """Replace the file atomically, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(state.to_json() + "\n", encoding="utf-8")
    partial.replace(path)


def read_state(path: Path) -> PipelineState | None:
    """The last state written, or None when there is none (never started, or unreadable)."""
    try:
        return PipelineState.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
