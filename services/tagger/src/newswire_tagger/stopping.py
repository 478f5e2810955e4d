"""faust's worker with a bounded stop: after SIGTERM or SIGINT the process exits within TAGGER_SHUTDOWN_TIMEOUT_S.

faust stops gracefully (the event in hand finishes, the ledger's offsets are committed, the producer is flushed),
but each of those steps waits for Kafka: with the broker unreachable the stop took minutes. The deadline's
watchdog ends the process when the graceful stop overruns; the offset ledger guarantees that nothing past an
unacknowledged output was committed, so the next owner of each partition redoes exactly what is missing.
"""

from __future__ import annotations

import signal
from typing import Any

from faust.worker import Worker
from newswire_runtime import ShutdownDeadline


class BoundedWorker(Worker):
    """faust's worker, armed with a :class:`ShutdownDeadline` by the first stop signal."""

    def __init__(self, *args: Any, deadline: ShutdownDeadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def _schedule_shutdown(self, signal: signal.Signals) -> None:
        self.deadline.arm()
        super()._schedule_shutdown(signal)

    def run(self) -> int:
        """Run until stopped; the exit code (faust's worker ends by ``sys.exit``)."""
        try:
            self.execute_from_commandline()
        except SystemExit as exc:
            if self.deadline.armed:
                self.deadline.stopped()
            return exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
        return 0  # pragma: no cover - execute_from_commandline always exits
