"""Summaries of repeated library warnings: an outage gives a few readable lines, not one line per reconnect attempt.

While Kafka or Elasticsearch is down, aiokafka, faust and elastic-transport log every attempt (about 100
ERROR/WARNING lines a second per service). :class:`RepeatSummaryFilter` sits on the process's log handler and,
for the loggers it watches, keys each WARNING-or-worse record by logger and message *template* (the format string
before its arguments are filled in):

* the first record of a key is written as is;
* later ones are counted, and one record per ``interval`` is written with ``[N similar lines suppressed in the
  last S s]`` appended (and ``suppressed=N`` as a field);
* once a key has been quiet for ``interval``, one INFO line of this module's logger says so: ``aiokafka.conn:
  repeats stopped (recovered?) after T s, last seen Q s ago, M lines suppressed in all: <first message>``.

Records below WARNING, and records of other loggers, pass untouched.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SUMMARISED_LOGGERS: tuple[str, ...] = (
    "aiokafka",
    "kafka",
    "elastic_transport",
    "elasticsearch",
    "faust",
    "mode",
    "newswire_runtime.backoff",
    "newswire_ingest.service",
    "newswire_ingest.publisher",
)
"""Loggers (and their children) whose repeated warnings are summarised: client libraries and retry loops."""

SUMMARY_ATTRIBUTE = "log_summary"
"""Set on the records this filter writes itself, so they are never summarised in turn."""

Key = tuple[str, str]

logger = logging.getLogger(__name__)


@dataclass
class _Run:
    """One key's repeats since its first record."""

    first_message: str
    level: int
    first_at: float
    last_at: float
    reported_at: float
    suppressed_since_report: int = 0
    suppressed: int = 0


class RepeatSummaryFilter(logging.Filter):
    """A handler filter that turns repeated warnings of the watched loggers into periodic counts (module doc)."""

    def __init__(
        self,
        interval: float = 30.0,
        loggers: Iterable[str] = SUMMARISED_LOGGERS,
        *,
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
    ) -> None:
        super().__init__()
        self.interval = interval
        self._prefixes = tuple(loggers)
        self._clock = clock
        self._runs: dict[Key, _Run] = {}
        self._lock = threading.Lock()
        self._sweeper: threading.Thread | None = None
        self._background = background

    def watches(self, name: str) -> bool:
        """Whether records of logger ``name`` are summarised."""
        return any(name == prefix or name.startswith(prefix + ".") for prefix in self._prefixes)

    def filter(self, record: logging.LogRecord) -> bool:
        """Let the record through, rewritten as a summary, or count it and drop it."""
        if getattr(record, SUMMARY_ATTRIBUTE, False) or record.levelno < logging.WARNING:
            return True
        if not self.watches(record.name):
            return True
        now = self._clock()
        key: Key = (record.name, str(record.msg))
        with self._lock:
            run = self._runs.get(key)
            if run is None:
                self._runs[key] = _Run(record.getMessage(), record.levelno, now, now, now)
                self._start_sweeper()
                return True
            run.last_at = now
            if now - run.reported_at < self.interval:
                run.suppressed_since_report += 1
                run.suppressed += 1
                return False
            counted, since = run.suppressed_since_report, now - run.reported_at
            run.reported_at, run.suppressed_since_report = now, 0
        _rewrite(record, f"{record.getMessage()} [{counted} similar lines suppressed in the last {since:.0f} s]")
        record.suppressed = counted
        return True

    def sweep(self) -> None:
        """Write the closing line of every key quiet for ``interval`` and forget it (called every second)."""
        now = self._clock()
        with self._lock:
            ended = [(key, run) for key, run in self._runs.items() if now - run.last_at >= self.interval]
            for key, _ in ended:
                del self._runs[key]
        for (name, _), run in ended:
            if run.last_at == run.first_at:
                continue  # a one-off: its only line was written, nothing to close
            logger.info(
                "%s: repeats stopped (recovered?) after %.0f s, last seen %.0f s ago, %d lines suppressed in all: %s",
                name,
                run.last_at - run.first_at,
                now - run.last_at,
                run.suppressed,
                run.first_message,
                extra={SUMMARY_ATTRIBUTE: True, "suppressed": run.suppressed, "source_logger": name},
            )

    def _start_sweeper(self) -> None:
        """Start the background thread that writes closing lines (once per filter, only when something repeats)."""
        if not self._background or self._sweeper is not None:
            return
        self._sweeper = threading.Thread(target=self._sweep_forever, name="log-summary", daemon=True)
        self._sweeper.start()

    def _sweep_forever(self) -> None:
        """Sweep once a second for the life of the process (a daemon thread: it never delays exit)."""
        while True:
            time.sleep(1.0)
            self.sweep()


def _rewrite(record: logging.LogRecord, message: str) -> None:
    """Replace a record's message with ``message`` (already formatted) and drop its traceback."""
    record.msg, record.args = message, None
    record.exc_info, record.exc_text = None, None
