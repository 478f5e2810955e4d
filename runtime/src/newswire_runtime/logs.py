"""Logging for every process: one JSON line per record with the same fields everywhere, or text for people.

JSON fields: ``timestamp`` (UTC, milliseconds), ``level``, ``service``, ``logger``, ``message``, then every field
passed with ``extra=`` (topic, partition, offset, article_id, ...), and ``exception`` when there is one.
"""

from __future__ import annotations

import json
import logging
import logging.config
from datetime import UTC, datetime
from typing import Any, TextIO

from newswire_runtime.log_summary import SUMMARISED_LOGGERS, RepeatSummaryFilter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
"""The line format for people (and for the demo's log files)."""

# Attributes every LogRecord has; anything else came in through ``extra=`` and is worth emitting.
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "taskName"}
_NOISY = ("aiokafka", "kafka", "elastic_transport")
"""Libraries that log every reconnect attempt at ERROR/INFO (and every request): kept to warnings."""
DEFAULT_SUMMARY_INTERVAL = 30.0
"""Seconds between two summary lines of one repeated warning (see :mod:`newswire_runtime.log_summary`)."""


def extra_fields(record: logging.LogRecord) -> dict[str, object]:
    """The fields a record carries beyond the standard ones (from ``extra=``), None values left out."""
    return {key: value for key, value in record.__dict__.items() if key not in _STANDARD and value is not None}


class JsonFormatter(logging.Formatter):
    """One JSON object per record, tagged with the service that wrote it."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        """Render ``record`` as a JSON line."""
        payload: dict[str, object] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "message": record.getMessage(),
        }
        payload.update(extra_fields(record))
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str, ensure_ascii=False)


def logging_config(
    service: str,
    *,
    json_lines: bool,
    level: str = "INFO",
    stream: TextIO | None = None,
    summary_interval: float = DEFAULT_SUMMARY_INTERVAL,
) -> dict[str, Any]:
    """The ``logging.config.dictConfig`` schema of a process: one handler on stderr (or ``stream``), JSON or text.

    Repeated warnings of client libraries and retry loops are summarised every ``summary_interval`` seconds
    (0 turns summaries off). faust's worker takes the schema as ``logging_config`` and applies it when it
    (re)configures logging, so its own handlers never replace ours.
    """
    root_level = logging.getLevelName(level.upper())
    formatter: dict[str, Any] = {"()": JsonFormatter, "service": service} if json_lines else {"format": TEXT_FORMAT}
    handler: dict[str, Any] = {
        "class": "logging.StreamHandler",
        "formatter": "newswire",
        "stream": stream if stream is not None else "ext://sys.stderr",
    }
    filters: dict[str, Any] = {}
    if summary_interval > 0:
        filters["summary"] = {
            "()": RepeatSummaryFilter,
            "interval": summary_interval,
            "loggers": SUMMARISED_LOGGERS,
        }
        handler["filters"] = ["summary"]
    return {
        "version": 1,
        # loggers created before this call (module-level getLogger) must keep working
        "disable_existing_loggers": False,
        "formatters": {"newswire": formatter},
        "filters": filters,
        "handlers": {"newswire": handler},
        "root": {"level": root_level, "handlers": ["newswire"]},
        "loggers": {name: {"level": max(root_level, logging.WARNING)} for name in _NOISY},
    }


def configure_logging(
    service: str,
    *,
    json_lines: bool,
    level: str = "INFO",
    stream: TextIO | None = None,
    summary_interval: float = DEFAULT_SUMMARY_INTERVAL,
) -> None:
    """Send every record to stderr (or ``stream``) as JSON lines or text; call once per process, in ``main``."""
    schema = logging_config(
        service, json_lines=json_lines, level=level, stream=stream, summary_interval=summary_interval
    )
    logging.config.dictConfig(schema)
