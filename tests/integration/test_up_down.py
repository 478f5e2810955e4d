"""`newswire up`, `ps`, `logs`, `search`, `show`, `restart` and `down` as a user runs them, on a stack of its own.

Everything runs as real processes (the CLI too) with a var/ folder of the test's own and free ports, never the
default ports nor the shared development stack: Kafka, Elasticsearch, the supervisor and the three services.
A service killed with SIGKILL must come back; `down` must leave no process behind.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from newswire_cli.services import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))


def _environment(var_dir: Path) -> dict[str, str]:
    """The user's environment without the test session's pointers to the shared stack, plus ports of our own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KAFKA_", "ELASTICSEARCH_", "NEWSWIRE_"))}
    env |= {
        "NEWSWIRE_STACK_VAR_DIR": str(var_dir),
        "NEWSWIRE_STACK_KAFKA_HEAP_MIN": "256m",
        "NEWSWIRE_STACK_KAFKA_HEAP_MAX": "512m",
        "NEWSWIRE_STACK_ELASTICSEARCH_HEAP_MIN": "512m",
        "NEWSWIRE_STACK_ELASTICSEARCH_HEAP_MAX": "512m",
        "NEWSWIRE_STACK_STOP_TIMEOUT": "20",
        "NEWSWIRE_PIPELINE_RESTART_BACKOFF": "0.5",
        "NEWSWIRE_PIPELINE_STOP_TIMEOUT": "15",
        "COLUMNS": "200",
    }
    for name in ("STACK_KAFKA_PORT", "STACK_KAFKA_CONTROLLER_PORT", "STACK_ELASTICSEARCH_PORT"):
        env[f"NEWSWIRE_{name}"] = str(free_port())
    for name in ("INGEST_HTTP_PORT", "TAGGER_WEB_PORT", "INDEXER_HTTP_PORT"):
        env[f"NEWSWIRE_PIPELINE_{name}"] = str(free_port())
    return env


class User:
    """Runs `newswire ...` the way a shell would."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd

    def run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "newswire_cli", *argv]
        return subprocess.run(
            command, env=self.env, cwd=self.cwd, capture_output=True, text=True, timeout=timeout, check=False
        )

    def ps(self) -> dict[str, dict[str, Any]]:
        rows: list[dict[str, Any]] = json.loads(self.run("ps", "--json").stdout)
        return {row["name"]: row for row in rows}


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:.0f} s")
        time.sleep(1)


def _processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line contains ``text``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture
def user(tmp_path: Path) -> Iterator[User]:
    """A user with a stack of their own; whatever happens, `newswire down` runs at the end."""
    (tmp_path / "home").mkdir()
    person = User(_environment(tmp_path / "var"), tmp_path / "home")
    try:
        yield person
    finally:
        person.run("down", timeout=300)


def _start_time(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (``/proc/PID/stat`` field 22), None once it has exited.

    An exited process whose parent has not reaped it yet (a zombie, state ``Z``: the stack's JVMs are reparented to
    whatever init the machine runs) has stopped all the same."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else int(fields[19])


def test_up_drop_search_restart_logs_down(user: User, tmp_path: Path) -> None:
    up = user.run("up", timeout=600)
    assert up.returncode == 0, up.stdout + up.stderr
    assert f"Drop wire files into {tmp_path / 'var' / 'inbox'}" in up.stdout
    rows = user.ps()
    # A process is its pid and its start time: a pid freed by a kill is soon another process's (or thread's).
    started_at = {row["pid"]: _start_time(row["pid"]) for row in rows.values() if row["pid"] is not None}
    assert {name: row["state"] for name, row in rows.items()} == {
        "kafka": "healthy",
        "elasticsearch": "healthy",
        "supervisor": "running",
        "ingest": "healthy",
        "tagger": "healthy",
        "indexer": "healthy",
    }
    again = user.run("up")
    assert again.returncode == 0
    assert "already supervised" in again.stdout
    assert user.ps()["tagger"]["pid"] == rows["tagger"]["pid"], "a second up changes nothing"

    shutil.copy(SEED, tmp_path / "var" / "inbox" / SEED.name)

    def found() -> bool:
        result = user.run("search", "Bakü'de", "--person", "ceyhun bayramov", "--json")
        return result.returncode == 0 and json.loads(result.stdout)["total"] == 1

    wait_for(found, 120, "the dropped file searchable")
    (article,) = json.loads(user.run("search", "--json").stdout)["articles"]
    show = user.run("show", article["id"])
    assert show.returncode == 0
    assert "per:ceyhun-bayramov" in show.stdout
    assert "Topics (" in show.stdout

    os.kill(rows["tagger"]["pid"], signal.SIGKILL)

    def tagger_back() -> bool:
        tagger = user.ps()["tagger"]
        return bool(tagger["state"] == "healthy" and tagger["pid"] != rows["tagger"]["pid"])

    wait_for(tagger_back, 180, "the killed tagger restarted and healthy")
    assert user.ps()["tagger"]["restarts"] == 1
    supervisor_log = user.run("logs", "supervisor", "-n", "200").stdout
    assert f"tagger exited (code -{signal.SIGKILL.value}): restarting" in supervisor_log
    both = user.run("logs", "tagger", "ingest", "-n", "400").stdout
    assert both.count("tagger | --- ") == 2, "each start of the tagger is marked in its log"
    assert "ingest | " in both

    before = user.ps()["indexer"]["pid"]
    restarted = user.run("restart", "indexer", timeout=120)
    assert restarted.returncode == 0, restarted.stdout + restarted.stderr
    assert "indexer: restarted (pid " in restarted.stdout
    after = user.ps()["indexer"]
    assert (after["state"], after["restarts"]) == ("healthy", 0)
    assert after["pid"] != before
    assert not Path(f"/proc/{before}").exists(), "the old indexer is gone"
    assert user.run("restart", "kafka").returncode == 2, "only the services: the stack has `newswire stack`"

    started = time.monotonic()
    down = user.run("down", timeout=300)
    assert down.returncode == 0, down.stderr
    assert "pipeline: stopped" in down.stdout
    assert time.monotonic() - started < 120
    assert user.run("ps").returncode == 1
    assert [pid for pid, since in started_at.items() if _start_time(pid) == since] == []
    assert _processes_mentioning(str(tmp_path)) == []
