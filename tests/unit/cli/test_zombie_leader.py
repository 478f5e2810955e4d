"""A process whose main thread exited while others run (as a JVM in shutdown) is still alive."""

from __future__ import annotations

import subprocess
import sys
import time

from newswire_cli.stack import process

CHILD = """
import ctypes, threading, time
threading.Thread(target=time.sleep, args=(30,)).start()
ctypes.CDLL(None).pthread_exit(None)  # the leader exits; the sleeping thread keeps the process alive
"""


def test_zombie_leader_with_live_threads_is_alive_and_keeps_its_marker() -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, "-Dnewswire.component=probe"])
    try:
        deadline = time.monotonic() + 10
        while (process._stat_fields(child.pid) or ["?"])[0] != "Z" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (process._stat_fields(child.pid) or ["?"])[0] == "Z", "leader did not become a zombie"
        assert process.is_alive(child.pid)
        assert process.runs_marker(child.pid, "-Dnewswire.component=probe")
        assert child.poll() is None
    finally:
        child.kill()
        child.wait(timeout=10)
    assert not process.is_alive(child.pid)
