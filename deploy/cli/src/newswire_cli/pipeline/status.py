"""What ``newswire ps`` shows: one row per component, from the stack's pid files, the supervisor's state file and
each service's health endpoint."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

from newswire_cli.pipeline.component import PipelineComponent
from newswire_cli.pipeline.state import PipelineState, Record, RunState
from newswire_cli.services import SERVICES
from newswire_cli.stack import process
from newswire_cli.stack.lifecycle import components
from newswire_cli.table import render_table

HEALTHY = "healthy"


@dataclass(frozen=True)
class Row:
    """One component as ``ps`` shows it."""

    name: str
    state: str
    pid: int | None
    uptime_s: float | None
    restarts: int | None
    address: str


def uptime(pid: int | None, now: float) -> float | None:
    """Seconds since ``pid`` started; None without a live process."""
    started = process.started_at(pid) if pid is not None else None
    return max(0.0, now - started) if started is not None else None


def format_uptime(seconds: float | None) -> str:
    """``42s``, ``12m03s``, ``2h05m``, ``3d04h``; ``-`` when not running."""
    if seconds is None:
        return "-"
    whole = int(seconds)
    days, rest = divmod(whole, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d{hours:02d}h"
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def describe(record: Record, now: float) -> str:
    """The state of a record that is not running."""
    if record.state is RunState.BACKOFF and record.retry_at is not None:
        return f"restarting in {max(0.0, record.retry_at - now):.0f}s (exit {record.last_exit})"
    if record.state is RunState.FAILED:
        return f"failed (exit {record.last_exit}; gave up)"
    return record.state.value


def _addresses(part: PipelineComponent) -> dict[str, str]:
    """Where each service is reached."""
    return {
        "ingest": f"{part.address}, inbox {part.inbox}",
        "tagger": part.service_url("tagger"),
        "indexer": f"{part.service_url('indexer')}/metrics",
    }


def stack_rows(part: PipelineComponent, state: PipelineState | None, now: float) -> list[Row]:
    """Kafka and Elasticsearch: health from the stack, restarts from the supervisor."""
    rows = []
    for component in components(part.stack_settings):
        status = component.status()
        record = state.records.get(component.name) if state else None
        restarts = record.restarts if record is not None else 0
        rows.append(
            Row(component.name, status.state.value, status.pid, uptime(status.pid, now), restarts, status.address)
        )
    return rows


def pipeline_rows(part: PipelineComponent, now: float) -> list[Row]:
    """The supervisor, then each service as it last reported it (health checked now)."""
    supervisor_pid = part.running_pid()
    state = part.state() if supervisor_pid is not None else None
    rows = [
        Row(
            "supervisor",
            "running" if supervisor_pid is not None else "stopped",
            supervisor_pid,
            uptime(supervisor_pid, now),
            None,
            str(part.stdout_log),
        )
    ]
    addresses = _addresses(part)
    for service in SERVICES:
        record = state.records.get(service.name) if state else None
        if record is None or record.state is not RunState.RUNNING:
            text = describe(record, now) if record is not None else "stopped"
            rows.append(
                Row(service.name, text, None, None, record.restarts if record else None, addresses[service.name])
            )
            continue
        health = HEALTHY if part.service_healthy(service.name) else "starting"
        rows.append(
            Row(service.name, health, record.pid, uptime(record.pid, now), record.restarts, addresses[service.name])
        )
    return rows


def collect(part: PipelineComponent) -> list[Row]:
    """Every row, stack first."""
    now = time.time()
    state = part.state() if part.running_pid() is not None else None
    return stack_rows(part, state, now) + pipeline_rows(part, now)


def all_healthy(rows: list[Row]) -> bool:
    """True when every component answers (the supervisor counts when running)."""
    return all(row.state in {HEALTHY, "running"} for row in rows)


def table(rows: list[Row], *, width: int) -> str:
    """The readable ``ps`` output."""
    headers = ("NAME", "STATE", "PID", "UPTIME", "RESTARTS", "ADDRESS")
    cells = [
        (
            row.name,
            row.state,
            str(row.pid) if row.pid is not None else "-",
            format_uptime(row.uptime_s),
            str(row.restarts) if row.restarts is not None else "-",
            row.address,
        )
        for row in rows
    ]
    return render_table(headers, cells, width=width, flexible=5)


def as_json(rows: list[Row]) -> list[dict[str, Any]]:
    """``ps --json``: the rows as objects."""
    return [asdict(row) for row in rows]
