"""Repeated library warnings are summarised: the first line, one count per interval, a closing line."""

from __future__ import annotations

import io
import json
import logging

import pytest
from newswire_runtime import RepeatSummaryFilter, configure_logging


class _Clock:
    """A hand-moved monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _record(name: str, message: str, *args: object, level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, args, None)


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def summary(clock: _Clock) -> RepeatSummaryFilter:
    return RepeatSummaryFilter(30.0, ("aiokafka", "elastic_transport"), clock=clock, background=False)


def test_an_outage_gives_first_line_then_one_count_per_interval(summary: RepeatSummaryFilter, clock: _Clock) -> None:
    passed: list[logging.LogRecord] = []
    for tick in range(6000):  # 100 lines a second for 60 s
        clock.now = 1000.0 + tick / 100
        record = _record("aiokafka.conn", "Unable connect to node with id %s: %s", 1, f"attempt {tick}")
        if summary.filter(record):
            passed.append(record)
    assert [r.getMessage().split(" [")[0] for r in passed] == ["Unable connect to node with id 1: attempt 0"] + [
        f"Unable connect to node with id 1: attempt {n}" for n in (3000,)
    ]
    assert passed[1].getMessage().endswith("[2999 similar lines suppressed in the last 30 s]")
    assert passed[1].suppressed == 2999  # type: ignore[attr-defined]  # set by the filter


def test_keys_are_logger_and_template(summary: RepeatSummaryFilter) -> None:
    assert summary.filter(_record("aiokafka.conn", "Unable connect to node %s", 1))
    assert not summary.filter(_record("aiokafka.conn", "Unable connect to node %s", 2)), "same template"
    assert summary.filter(_record("aiokafka.conn", "Metadata fetch failed %s", 1)), "another template"
    assert summary.filter(_record("aiokafka.consumer", "Unable connect to node %s", 1)), "another logger"


def test_other_loggers_and_lower_levels_pass(summary: RepeatSummaryFilter) -> None:
    for _ in range(3):
        assert summary.filter(_record("newswire_ingest.pipeline", "input rejected: %s", "x"))
        assert summary.filter(_record("aiokafka.conn", "connected %s", 1, level=logging.INFO))
    assert summary.filter(_record("aiokafkaesque", "lookalike %s", 1))
    assert summary.filter(_record("aiokafkaesque", "lookalike %s", 1)), "only aiokafka and its children"


def test_a_quiet_key_gets_a_closing_line_with_its_count(
    summary: RepeatSummaryFilter, clock: _Clock, caplog: pytest.LogCaptureFixture
) -> None:
    for second in range(20):  # a 20 s outage, 5 lines a second
        for fifth in range(5):
            clock.now = 1000.0 + second + fifth / 5
            summary.filter(_record("aiokafka.conn", "Unable connect to node %s", 1))
    clock.now += 10
    with caplog.at_level(logging.INFO, logger="newswire_runtime.log_summary"):
        summary.sweep()
        assert caplog.records == [], "quiet for 10 s only: the outage may go on"
        clock.now += 20
        summary.sweep()
        summary.sweep()
    [closing] = caplog.records
    assert closing.getMessage().startswith("aiokafka.conn: repeats stopped (recovered?) after 20 s, last seen 30 s ago")
    assert "99 lines suppressed in all: Unable connect to node 1" in closing.getMessage()
    assert summary.filter(_record("aiokafka.conn", "Unable connect to node %s", 1)), "a new outage starts afresh"


def test_a_one_off_warning_gets_no_closing_line(
    summary: RepeatSummaryFilter, clock: _Clock, caplog: pytest.LogCaptureFixture
) -> None:
    assert summary.filter(_record("elastic_transport.node_pool", "node %s down", "a"))
    clock.now += 60
    with caplog.at_level(logging.INFO):
        summary.sweep()
    assert caplog.records == []


def test_configure_logging_installs_the_summary_on_the_handler() -> None:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    stream = io.StringIO()
    try:
        configure_logging("ingest", json_lines=True, stream=stream)
        for attempt in range(50):
            logging.getLogger("aiokafka.conn").error("Unable connect to node %s (%d)", "1", attempt)
        logging.getLogger("faust.transport.drivers.aiokafka").warning("Heartbeat failed")
        logging.getLogger("faust.transport.drivers.aiokafka").warning("Heartbeat failed")
    finally:
        root.handlers[:], root.level = saved, level
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in lines] == ["Unable connect to node 1 (0)", "Heartbeat failed"]


def test_summaries_can_be_turned_off() -> None:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    stream = io.StringIO()
    try:
        configure_logging("ingest", json_lines=False, stream=stream, summary_interval=0)
        for attempt in range(5):
            logging.getLogger("aiokafka.conn").error("Unable connect to node %s (%d)", "1", attempt)
    finally:
        root.handlers[:], root.level = saved, level
    assert len(stream.getvalue().splitlines()) == 5
