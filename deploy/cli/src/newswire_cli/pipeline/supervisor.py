"""The supervisor: keeps the pipeline's members running, restarting one that dies with backoff, up to a limit.

``python -m newswire_cli.pipeline.supervisor`` is what ``newswire up`` starts in the background (its own session;
its services share its process group, so stopping the group stops them all). On SIGTERM or SIGINT it stops its
services (SIGTERM, then SIGKILL after the grace period) and exits; the stack's JVMs are left to ``newswire down``.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newswire_cli.pipeline.members import Exit, Member
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.pipeline.state import PipelineState, Record, RunState, restart_requests, write_state
from newswire_cli.stack.errors import StackError

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.5
KILL_WAIT_SECONDS = 5.0
"""How long a SIGKILLed member may take to be gone (it cannot refuse, but the kernel takes a moment)."""


@dataclass(frozen=True)
class RestartPolicy:
    """Exponential backoff between restarts; too many restarts within the window and the member is left down."""

    backoff: float = 1.0
    backoff_max: float = 30.0
    limit: int = 5
    window: float = 300.0

    def delay(self, restart_times: list[float], now: float) -> float | None:
        """Seconds to wait before the next restart, or None when the member has used up its restarts."""
        recent = [moment for moment in restart_times if now - moment < self.window]
        if len(recent) >= self.limit:
            return None
        return float(min(self.backoff_max, self.backoff * 2.0 ** len(recent)))


class Supervisor:
    """Runs ``members``, records their state in ``state_file``, and restarts them according to ``policy``."""

    def __init__(
        self,
        members: list[Member],
        policy: RestartPolicy,
        state_file: Path,
        *,
        pid: int,
        clock: Callable[[], float] = time.time,
        grace: float = 15.0,
    ) -> None:
        self.members = {member.name: member for member in members}
        self.policy = policy
        self.state_file = state_file
        self.requests = restart_requests(state_file)
        self.clock = clock
        self.grace = grace
        """Seconds a service may take to stop on SIGTERM before SIGKILL (shutdown and requested restarts)."""
        self.state = PipelineState(pid, {m.name: Record(m.name, log=str(m.log) if m.log else None) for m in members})

    def start_all(self) -> None:
        """Adopt what already runs (the stack's JVMs), launch the rest."""
        for name, member in self.members.items():
            pid = member.running()
            if pid is not None:
                self._record_running(name, pid)
            else:
                self._launch(name)
        self._save()

    def _record_running(self, name: str, pid: int) -> None:
        record = self.state.records[name]
        record.state, record.pid, record.started_at, record.retry_at = RunState.RUNNING, pid, self.clock(), None

    def _launch(self, name: str) -> None:
        """Start one member; a start that fails counts as a death (backoff, limit)."""
        try:
            pid = self.members[name].launch()
        except (OSError, StackError) as error:
            logger.error("%s could not be started: %s", name, error)  # noqa: TRY400 - the message is the report
            self._died(name, Exit())
            return
        self._record_running(name, pid)
        logger.info("%s started (pid %d)", name, pid)

    def _died(self, name: str, ended: Exit) -> None:
        """Record an exit and schedule the restart, or give up."""
        record = self.state.records[name]
        record.pid, record.last_exit = None, ended.code
        if ended.on_purpose:
            record.state = RunState.STOPPED
            logger.info("%s was stopped on purpose: not restarting it", name)
            return
        now = self.clock()
        record.restart_times = [t for t in record.restart_times if now - t < self.policy.window]
        delay = self.policy.delay(record.restart_times, now)
        if delay is None:
            record.state, record.retry_at = RunState.FAILED, None
            logger.error(
                "%s exited (code %s) after %d restarts within %.0f s: leaving it stopped; see %s",
                *(name, ended.code, len(record.restart_times), self.policy.window, record.log),
            )
            return
        record.state, record.retry_at = RunState.BACKOFF, now + delay
        logger.warning("%s exited (code %s): restarting in %.1f s", name, ended.code, delay)

    def tick(self) -> None:
        """One round: requested restarts, notice deaths, perform due restarts, save the state if anything changed."""
        before = self.state.to_json()
        self._serve_restart_requests()
        for name, member in self.members.items():
            record = self.state.records[name]
            if record.state is RunState.RUNNING and (ended := member.poll()) is not None:
                self._died(name, ended)
            elif record.state is RunState.BACKOFF and record.retry_at is not None and self.clock() >= record.retry_at:
                record.restarts += 1
                record.restart_times.append(self.clock())
                self._launch(name)
            elif record.state is RunState.STOPPED and member.running() is not None:
                self._record_running(name, member.running() or 0)  # started again by hand: watch it again
        if self.state.to_json() != before:
            self._save()

    def _serve_restart_requests(self) -> None:
        """Restart each service an operator asked for (``newswire restart``); requests for others are dropped."""
        if not self.requests.is_dir():
            return
        for request in sorted(self.requests.iterdir()):
            request.unlink(missing_ok=True)
            member = self.members.get(request.name)
            if member is None or not member.owned:
                logger.warning("restart of %r requested: not a service this supervisor runs", request.name)
                continue
            self.restart(request.name)

    def restart(self, name: str) -> None:
        """Stop ``name`` (SIGTERM, SIGKILL after the grace period) and start it again; its restart count is cleared.

        An operator's restart is not a crash: it does not count towards the limit, and a service the supervisor
        had given up on (failed) is tried again, presumably after its cause was fixed.
        """
        member, record = self.members[name], self.state.records[name]
        if self._alive(member):
            logger.info("%s: restarting on request (SIGTERM, SIGKILL after %.0f s)", name, self.grace)
            member.terminate()
            self._wait_gone(member, self.grace)
            if self._alive(member):
                logger.warning("%s did not stop within %.0f s: killing it", name, self.grace)
                member.kill()
                self._wait_gone(member, KILL_WAIT_SECONDS)
        else:
            logger.info("%s: starting on request (was %s)", name, record.state.value)
        record.restart_times, record.retry_at = [], None
        self._launch(name)

    def _wait_gone(self, member: Member, timeout: float) -> None:
        """Poll until ``member`` has exited, or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._alive(member):
            time.sleep(0.1)

    def shutdown(self, grace: float) -> None:
        """SIGTERM every member the supervisor owns, SIGKILL those still running after ``grace`` seconds."""
        for member in self.members.values():
            member.terminate()
        self._wait_stopped(grace)
        for member in self.members.values():
            if self._alive(member):
                logger.warning("%s did not stop within %.0f s: killing it", member.name, grace)
                member.kill()
        self._wait_stopped(KILL_WAIT_SECONDS)
        for record in self.state.records.values():
            record.state, record.pid, record.retry_at = RunState.STOPPED, None, None
        self._save()

    def _wait_stopped(self, timeout: float) -> None:
        """Poll until every owned member has exited, or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(self._alive(m) for m in self.members.values()):
            time.sleep(0.1)

    @staticmethod
    def _alive(member: Member) -> bool:
        """True while a member the supervisor owns has not exited (stack JVMs do not count)."""
        return member.owned and member.poll() is None

    def _save(self) -> None:
        write_state(self.state_file, self.state)

    def run(self, stop: threading.Event, grace: float) -> None:
        """Start everything, supervise until ``stop`` is set, then shut down."""
        self.start_all()
        while not stop.wait(POLL_SECONDS):
            self.tick()
        logger.info("stopping the services")
        self.shutdown(grace)


def policy_from(settings: PipelineSettings) -> RestartPolicy:
    """The restart policy the settings describe."""
    return RestartPolicy(
        backoff=settings.restart_backoff,
        backoff_max=settings.restart_backoff_max,
        limit=settings.restart_limit,
        window=settings.restart_window,
    )


def build_parser() -> argparse.ArgumentParser:
    """The supervisor is started by ``newswire up``, with its settings in the environment."""
    parser = argparse.ArgumentParser(
        prog="python -m newswire_cli.pipeline.supervisor",
        description="Supervise ingest, tagger and indexer (and the stack's JVMs) until SIGTERM. Started by "
        "`newswire up`; settings come from NEWSWIRE_STACK_* and NEWSWIRE_PIPELINE_*.",
    )
    parser.add_argument(
        "--newswire-component",
        default="pipeline",
        help="marks the process, so its pid file is trusted only for it (set by `newswire up`)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the supervisor process."""
    build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s")
    # Imported after parsing: the component pulls in the stack's modules, which --help does not need.
    from newswire_cli.pipeline.component import PipelineComponent  # noqa: PLC0415
    from newswire_cli.settings import StackSettings  # noqa: PLC0415

    settings = PipelineSettings()
    part = PipelineComponent(StackSettings(), settings)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda _signum, _frame: stop.set())
    supervisor = Supervisor(
        part.members(), policy_from(settings), part.state_file, pid=os.getpid(), grace=settings.stop_timeout
    )
    logger.info("supervising %s", ", ".join(supervisor.members))
    supervisor.run(stop, grace=settings.stop_timeout)
    logger.info("supervisor stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
