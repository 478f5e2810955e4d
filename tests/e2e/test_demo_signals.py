"""`newswire demo` as a process: SIGTERM or SIGINT stops the services it started; the console shows progress only.

The demo runs on the session's Kafka and Elasticsearch (given in the environment, so it starts no stack of its
own), with this test's topic and index prefixes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from newswire_runtime import ElasticsearchSettings, KafkaSettings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SERVICES = ("newswire_ingest", "newswire_tagger", "newswire_indexer")

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]


def _children(pid: int) -> dict[str, int]:
    """The demo's service processes: module name → pid (from /proc: parent pid and command line)."""
    found: dict[str, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        names = [name for name in SERVICES if name.encode() in command]
        if parent == pid and names:
            found[names[0]] = int(entry.name)
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_every_service_the_demo_started(
    sent: signal.Signals,
    code: int,
    kafka_settings: KafkaSettings,
    es_settings: ElasticsearchSettings,
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in sorted(SEEDS.iterdir())[:1]:
        shutil.copy(seed, inputs / seed.name)
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
        "KAFKA_TOPIC_PREFIX": kafka_settings.topic_prefix,
        "ELASTICSEARCH_URL": es_settings.url,
        "ELASTICSEARCH_INDEX_PREFIX": es_settings.index_prefix,
    }
    command = [sys.executable, "-m", "newswire_cli", "demo", "--input", str(inputs), "--timeout", "240"]
    stderr = tmp_path / "stderr.log"
    with stderr.open("wb") as err:
        demo = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=err)
    services: dict[str, int] = {}
    try:
        deadline = time.monotonic() + 120
        while len(services := _children(demo.pid)) < len(SERVICES) and time.monotonic() < deadline:
            assert demo.poll() is None, stderr.read_text(encoding="utf-8")
            time.sleep(0.2)
        assert len(services) == len(SERVICES), services
        time.sleep(1.0)  # into the wait loop: files sent, progress polling
        demo.send_signal(sent)
        assert demo.wait(60) == code, stderr.read_text(encoding="utf-8")
        left = {name: pid for name, pid in services.items() if _alive(pid)}
        assert not left, f"still running after the demo exited: {left}"
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
        for pid in {**services, **_children(demo.pid)}.values():
            if _alive(pid):  # a demo that died first left them to init: they are ours to end
                os.kill(pid, signal.SIGKILL)
    console = stderr.read_text(encoding="utf-8")
    assert "demo: 1/1 files sent" in console
    assert "elastic_transport" not in console
    assert "[status:" not in console, "no Elasticsearch request lines"
