"""JSON log lines carry the structured fields passed with ``extra``."""

from __future__ import annotations

import json
import logging

from newswire_ingest.logconfig import JsonFormatter


def test_json_line_has_extra_fields() -> None:
    record = logging.LogRecord("newswire_ingest.x", logging.WARNING, __file__, 1, "rejected %s", ("a.xml",), None)
    record.topic = "newswire.inbox"
    record.offset = 7
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "rejected a.xml"
    assert line["level"] == "WARNING"
    assert line["topic"] == "newswire.inbox"
    assert line["offset"] == 7
