"""JSON log lines: the same fields from every service, plus what was passed with ``extra``."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest
from newswire_runtime import JsonFormatter, configure_logging


def _record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("newswire_ingest.x", logging.WARNING, __file__, 1, message, args, None)


def test_json_line_has_the_common_fields_and_the_extras() -> None:
    record = _record("rejected %s", "a.xml")
    record.topic = "newswire.inbox"
    record.offset = 7
    record.article_id = None  # None extras are left out
    line = json.loads(JsonFormatter("ingest").format(record))
    assert list(line)[:5] == ["timestamp", "level", "service", "logger", "message"]
    assert line["timestamp"].endswith("+00:00")
    assert (line["level"], line["service"], line["logger"]) == ("WARNING", "ingest", "newswire_ingest.x")
    assert line["message"] == "rejected a.xml"
    assert (line["topic"], line["offset"]) == ("newswire.inbox", 7)
    assert "article_id" not in line


def _fail() -> None:
    raise ValueError("boom")


def test_exception_is_one_field() -> None:
    try:
        _fail()
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), exc_info=sys.exc_info())
    line = json.loads(JsonFormatter("tagger").format(record))
    assert "ValueError: boom" in line["exception"]


@pytest.mark.parametrize("service", ["ingest", "tagger", "indexer", "cli"])
def test_configure_logging_installs_one_handler(service: str) -> None:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    stream = io.StringIO()
    try:
        configure_logging(service, json_lines=True, level="info", stream=stream)
        logging.getLogger("newswire.test").info("hello %s", "there", extra={"partition": 3})
        assert len(root.handlers) == 1
        assert logging.getLogger("aiokafka").level == logging.WARNING
    finally:
        root.handlers[:], root.level = saved, level
    line = json.loads(stream.getvalue())
    assert (line["service"], line["message"], line["partition"]) == (service, "hello there", 3)
