"""Component lifecycle on a real (tiny) process: pid files, stale pids, detached start, group shutdown."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time

import pytest
from newswire_cli.stack import process
from newswire_cli.stack.base import State
from newswire_cli.stack.errors import ComponentFailedError, PortInUseError

from .sleeper import SleeperComponent


def _dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_no_pid_file_means_stopped(sleeper: SleeperComponent) -> None:
    assert sleeper.running_pid() is None
    assert sleeper.status().state is State.STOPPED
    assert sleeper.stop() is False


def test_pid_file_of_a_dead_process_is_removed(sleeper: SleeperComponent) -> None:
    process.write_pid(sleeper.pid_file, _dead_pid())
    assert sleeper.running_pid() is None
    assert not sleeper.pid_file.exists()


def test_pid_reused_by_another_program_is_not_trusted(sleeper: SleeperComponent) -> None:
    process.write_pid(sleeper.pid_file, os.getpid())  # alive, but pytest carries no component marker
    assert sleeper.running_pid() is None
    assert not sleeper.pid_file.exists()
    assert process.is_alive(os.getpid())


def test_unreadable_pid_file_is_removed(sleeper: SleeperComponent) -> None:
    sleeper.pid_file.parent.mkdir(parents=True)
    sleeper.pid_file.write_text("not a pid\n")
    assert sleeper.running_pid() is None
    assert not sleeper.pid_file.exists()


def test_start_is_detached_idempotent_and_stop_leaves_nothing(sleeper: SleeperComponent) -> None:
    pid = sleeper.start()
    assert process.read_pid(sleeper.pid_file) == pid
    assert os.getpgid(pid) == pid  # leader of its own process group
    assert os.getsid(pid) == pid  # and of its own session
    assert sleeper.start() == pid
    assert sleeper.status().state is State.HEALTHY
    assert sleeper.wait_healthy(timeout=1) < 1

    assert sleeper.stop() is True
    assert not sleeper.pid_file.exists()
    assert process.group_members(pid) == []
    assert sleeper.status().state is State.STOPPED


def test_status_is_starting_while_the_process_does_not_answer(sleeper: SleeperComponent) -> None:
    sleeper.answers = False
    sleeper.start()
    assert sleeper.status().state is State.STARTING


def test_stop_kills_a_group_that_ignores_sigterm(sleeper: SleeperComponent) -> None:
    sleeper.program = textwrap.dedent(
        """
        import signal, subprocess, sys, time
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        subprocess.Popen([sys.executable, "-c", "import signal, time; signal.signal(15, 1); time.sleep(60)"])
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    pid = sleeper.start()
    for _ in range(100):
        if len(process.group_members(pid)) == 2 and "ready" in (sleeper.logs_dir / "stdout.log").read_text():
            break
        time.sleep(0.05)
    assert len(process.group_members(pid)) == 2  # the program and its own child

    assert sleeper.stop() is True
    assert process.group_members(pid) == []


def test_orphans_of_a_dead_server_are_stopped_with_its_stale_pid_file(sleeper: SleeperComponent) -> None:
    sleeper.program = "import subprocess, sys; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])"
    pid = sleeper.start()
    for _ in range(100):
        if not process.is_alive(pid) and process.group_members(pid):
            break
        time.sleep(0.05)
    assert len(process.group_members(pid)) == 1  # the leader exited, its child lives on in the group

    assert sleeper.running_pid() is None
    assert process.group_members(pid) == []
    assert not sleeper.pid_file.exists()


def test_wait_healthy_reports_a_process_that_died(sleeper: SleeperComponent) -> None:
    sleeper.program = "import sys; sys.stderr.write('bad config'); sys.exit(3)"
    sleeper.answers = False
    sleeper.start()
    with pytest.raises(ComponentFailedError, match="bad config"):
        sleeper.wait_healthy(timeout=10)
    assert not sleeper.pid_file.exists()


def test_wait_healthy_times_out(sleeper: SleeperComponent) -> None:
    sleeper.answers = False
    sleeper.start()
    with pytest.raises(ComponentFailedError, match="not healthy after"):
        sleeper.wait_healthy(timeout=0.2)


def test_start_refuses_a_port_held_by_another_program(sleeper: SleeperComponent) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        sleeper.bound_ports = (listener.getsockname()[1],)
        with pytest.raises(PortInUseError) as caught:
            sleeper.start()
    assert caught.value.port == sleeper.bound_ports[0]
    assert sleeper.running_pid() is None


def test_a_zombie_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    for _ in range(200):
        fields = (process._PROC / str(child.pid) / "stat").read_text()
        if ") Z " in fields:
            break
        time.sleep(0.01)
    assert not process.is_alive(child.pid)
    assert process.cmdline(child.pid) == []
    child.wait()
