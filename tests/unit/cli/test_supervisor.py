"""The supervisor: restarts with backoff up to a limit, leaves alone what was stopped on purpose, stops in time."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from newswire_cli.pipeline.members import Exit, ServiceProcess, StackMember
from newswire_cli.pipeline.state import PipelineState, RunState, read_state, restart_requests
from newswire_cli.pipeline.supervisor import RestartPolicy, Supervisor

from .sleeper import SleeperComponent

FAST = RestartPolicy(backoff=0.05, backoff_max=0.2, limit=2, window=60)


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Poll until ``condition()`` holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(0.05)


def python(tmp_path: Path, name: str, program: str) -> ServiceProcess:
    """A service that runs a small Python program, logging to ``tmp_path/<name>.log``."""
    return ServiceProcess(name, [sys.executable, "-c", program], dict(os.environ), tmp_path / f"{name}.log")


@contextlib.contextmanager
def running(supervisor: Supervisor) -> Iterator[threading.Event]:
    """The supervisor's loop in a thread, stopped (with its services) when the block ends."""
    stop = threading.Event()
    thread = threading.Thread(target=supervisor.run, args=(stop, 2.0))
    thread.start()
    try:
        yield stop
    finally:
        stop.set()
        thread.join(timeout=30)


def _state(path: Path) -> PipelineState:
    state = read_state(path)
    assert state is not None
    return state


def _in_state(path: Path, name: str, wanted: RunState) -> bool:
    """True once the state file exists and says ``name`` is in ``wanted``."""
    state = read_state(path)
    return state is not None and state.records[name].state is wanted


def test_policy_doubles_the_delay_caps_it_and_gives_up_within_the_window() -> None:
    policy = RestartPolicy(backoff=1.0, backoff_max=5.0, limit=4, window=100.0)
    assert [policy.delay([0.0] * n, 1.0) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, None]
    assert policy.delay([0.0] * 4, 150.0) == 1.0, "restarts older than the window are forgiven"


def test_a_dying_service_is_restarted_with_backoff_then_left_failed(tmp_path: Path) -> None:
    crasher = python(tmp_path, "crasher", "import sys; sys.exit(3)")
    state_file = tmp_path / "state.json"
    with running(Supervisor([crasher], FAST, state_file, pid=os.getpid())):
        wait_for(lambda: _in_state(state_file, "crasher", RunState.FAILED))
    record = _state(state_file).records["crasher"]
    assert (record.restarts, record.state) == (2, RunState.STOPPED)
    assert crasher.log_file.read_text().count("newswire supervisor: starting crasher") == 3


def test_a_healthy_service_next_to_a_failing_one_keeps_running(tmp_path: Path) -> None:
    steady = python(tmp_path, "steady", "import time; time.sleep(60)")
    crasher = python(tmp_path, "crasher", "raise SystemExit(1)")
    state_file = tmp_path / "state.json"
    with running(Supervisor([steady, crasher], FAST, state_file, pid=os.getpid())):
        wait_for(lambda: _in_state(state_file, "crasher", RunState.FAILED))
        steady_record = _state(state_file).records["steady"]
        assert (steady_record.state, steady_record.restarts) == (RunState.RUNNING, 0)
        assert steady.poll() is None
    assert steady.poll() is not None, "stopped with the supervisor"


def test_shutdown_sends_sigterm_then_sigkill_after_the_grace_period(tmp_path: Path) -> None:
    polite = python(tmp_path, "polite", "import time; time.sleep(60)")
    stubborn = python(
        tmp_path,
        "stubborn",
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('rea' + 'dy', flush=True); time.sleep(60)",
    )
    supervisor = Supervisor([polite, stubborn], FAST, tmp_path / "state.json", pid=os.getpid())
    supervisor.start_all()
    wait_for(lambda: "ready" in stubborn.log_file.read_text())
    started = time.monotonic()
    supervisor.shutdown(grace=0.5)
    assert time.monotonic() - started < 5
    assert polite.poll() == Exit(-signal.SIGTERM)
    assert stubborn.poll() == Exit(-signal.SIGKILL)
    assert {r.state for r in _state(tmp_path / "state.json").records.values()} == {RunState.STOPPED}


def test_a_requested_restart_stops_the_service_starts_it_again_and_revives_a_failed_one(tmp_path: Path) -> None:
    stubborn = python(
        tmp_path,
        "stubborn",
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('rea' + 'dy', flush=True); time.sleep(60)",
    )
    crasher = python(tmp_path, "crasher", "raise SystemExit(1)")
    state_file = tmp_path / "state.json"
    supervisor = Supervisor([stubborn, crasher], FAST, state_file, pid=os.getpid(), grace=0.5)
    with running(supervisor):
        wait_for(lambda: _in_state(state_file, "crasher", RunState.FAILED))
        wait_for(lambda: "ready" in stubborn.log_file.read_text())
        first = _state(state_file).records["stubborn"].pid
        requests = restart_requests(state_file)
        requests.mkdir()
        for name in ("stubborn", "crasher", "kafka"):  # kafka: not one of this supervisor's services
            (requests / name).touch()

        def restarted() -> bool:
            record = _state(state_file).records["stubborn"]
            return record.state is RunState.RUNNING and record.pid not in (None, first)

        wait_for(restarted)
        assert "newswire supervisor: starting stubborn" in stubborn.log_file.read_text().split("ready", 1)[1]
        assert _state(state_file).records["stubborn"].restarts == 0, "an operator's restart is not a crash"
        # tried again with a fresh restart count: 1 + 2 restarts before, then 1 + 2 again, and given up again
        wait_for(lambda: crasher.log_file.read_text().count("newswire supervisor: starting crasher") == 6)
        wait_for(lambda: _in_state(state_file, "crasher", RunState.FAILED))
        assert list(requests.iterdir()) == [], "every request is consumed, the unknown one too"


def test_a_stack_jvm_stopped_on_purpose_stays_stopped_and_a_crashed_one_is_restarted(
    sleeper: SleeperComponent, tmp_path: Path
) -> None:
    sleeper.start()
    member = StackMember(sleeper, contextlib.nullcontext)
    state_file = tmp_path / "state.json"
    supervisor = Supervisor([member], FAST, state_file, pid=os.getpid())
    supervisor.start_all()
    first = _state(state_file).records["sleeper"]
    assert (first.state, first.pid) == (RunState.RUNNING, sleeper.running_pid()), "adopted, not started again"

    sleeper.stop()  # like `newswire stack down`: the pid file goes
    supervisor.tick()
    time.sleep(0.3)
    supervisor.tick()
    assert _state(state_file).records["sleeper"].state is RunState.STOPPED
    assert sleeper.running_pid() is None

    sleeper.start()  # started again by hand: watched again
    supervisor.tick()
    pid = sleeper.running_pid()
    assert pid is not None
    assert _state(state_file).records["sleeper"].state is RunState.RUNNING
    os.kill(pid, signal.SIGKILL)  # a crash: the pid file stays behind

    def restarted() -> bool:
        supervisor.tick()
        record = _state(state_file).records["sleeper"]
        return record.state is RunState.RUNNING and record.pid not in (None, pid)

    wait_for(restarted)
    assert _state(state_file).records["sleeper"].restarts == 1
