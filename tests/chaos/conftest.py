"""One chaos run (own Kafka, Elasticsearch and services) for the whole session, and its table at the end.

The run is driven from synchronous tests through one ``asyncio.Runner``, whose loop lives as long as the run's
clients. Every process it started is stopped when the session ends, fails or is interrupted (``atexit`` covers a
session that dies before its fixtures are torn down; a later run reaps what a killed one left).
"""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.chaos.outcome import Outcome, table
from tests.chaos.runner import ChaosRun
from tests.chaos.scenarios import Scenario
from tests.chaos.stack import CHAOS_VAR

_RESULTS = CHAOS_VAR / "last-results.json"
_QUIET = ("aiokafka", "elastic_transport", "kafka")


@dataclass
class ChaosSession:
    """Runs scenarios on the session's chaos run and keeps their outcomes."""

    runner: asyncio.Runner
    run: ChaosRun
    outcomes: list[Outcome] = field(default_factory=list)

    def scenario(self, scenario: Scenario) -> Outcome:
        """Run one scenario to its end and return what it came to."""
        outcome = self.runner.run(self.run.run(scenario))
        self.outcomes.append(outcome)
        return outcome


_session: list[ChaosSession] = []


@pytest.fixture(scope="session")
def chaos() -> Iterator[ChaosSession]:
    """The session's chaos run, started on first use and stopped at the end of the session."""
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)  # the harness's clients, while a JVM is down
    runner = asyncio.Runner()
    run = ChaosRun()
    atexit.register(run.abandon)
    try:
        runner.run(run.__aenter__())
        session = ChaosSession(runner, run)
        _session.append(session)
        yield session
        runner.run(run.close())
    finally:
        run.abandon()  # idempotent: nothing is left running, whatever happened above
        atexit.unregister(run.abandon)
        runner.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures of every scenario run in this session, as the README's table."""
    if not _session or not _session[0].outcomes:
        return
    outcomes = _session[0].outcomes
    _RESULTS.write_text(json.dumps([o.as_dict() for o in outcomes], indent=2, ensure_ascii=False) + "\n")
    terminalreporter.write_sep("-", "chaos scenarios")
    terminalreporter.write_line(table(outcomes))
    terminalreporter.write_line(f"(figures in {_RESULTS})")
