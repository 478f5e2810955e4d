"""The two logging switches every service reads under its own prefix: ``<PREFIX>LOG_FORMAT`` and ``<PREFIX>LOG_LEVEL``.

A service's settings class inherits :class:`LogSettings`, so ingest, the tagger and the indexer spell them alike
(``INGEST_LOG_FORMAT=json``, ``TAGGER_LOG_FORMAT=json``, ``INDEXER_LOG_FORMAT=json``). The older boolean
``<PREFIX>LOG_JSON`` is still read, with a warning, until deployments have moved to the new name.
"""

from __future__ import annotations

import logging
from typing import Any, Literal, Self, TextIO

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings

from newswire_runtime.logs import DEFAULT_SUMMARY_INTERVAL, configure_logging, logging_config

LogFormat = Literal["json", "text"]
"""``json``: one JSON object per line (containers, log shippers); ``text``: lines for people."""
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
"""Level names as the ``logging`` module spells them."""

logger = logging.getLogger(__name__)


class LogSettings(BaseSettings):
    """Log format and level, read under the inheriting class's ``env_prefix``."""

    log_format: LogFormat = Field(
        default="text", description="json: one JSON object per line (containers, log shippers); text: for people."
    )
    log_level: LogLevel = Field(default="INFO", description="Root log level: DEBUG, INFO, WARNING, ERROR or CRITICAL.")
    log_summary_interval: float = Field(
        default=DEFAULT_SUMMARY_INTERVAL,
        ge=0,
        description="Seconds between two summary lines of a repeated client-library warning (outages); 0 = off.",
    )
    log_json: bool | None = Field(
        default=None, description="Deprecated alias of LOG_FORMAT (true = json, false = text); LOG_FORMAT wins."
    )

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_name(cls, value: object) -> object:
        """Any case, and ``WARN`` as the shell habit spells it."""
        if isinstance(value, str):
            name = value.strip().upper()
            return "WARNING" if name == "WARN" else name
        return value

    @model_validator(mode="after")
    def _apply_deprecated_alias(self) -> Self:
        """``LOG_JSON`` sets the format only when ``LOG_FORMAT`` itself was not given."""
        if self.log_json is not None and "log_format" not in self.model_fields_set:
            self.log_format = "json" if self.log_json else "text"
            # assignment marks the field as given; it was not, and deprecations() tells the two cases apart
            self.model_fields_set.discard("log_format")
        return self

    def _variable(self, field: str) -> str:
        """The environment variable that sets ``field``."""
        return f"{self.model_config.get('env_prefix', '')}{field}".upper()

    def deprecations(self) -> list[str]:
        """One message per deprecated variable in use (empty when none is)."""
        if self.log_json is None:
            return []
        old, new = self._variable("log_json"), self._variable("log_format")
        if "log_format" in self.model_fields_set:
            return [f"{old} is deprecated and ignored: {new}={self.log_format} is set; remove {old}"]
        return [f"{old} is deprecated: use {new}={self.log_format} instead"]

    @property
    def json_lines(self) -> bool:
        """True when records are written as JSON lines."""
        return self.log_format == "json"

    def logging_config(self, service: str, stream: TextIO | None = None) -> dict[str, Any]:
        """The ``dictConfig`` schema of these settings (what faust's worker is given)."""
        return logging_config(
            service,
            json_lines=self.json_lines,
            level=self.log_level,
            stream=stream,
            summary_interval=self.log_summary_interval,
        )

    def configure_logging(self, service: str, stream: TextIO | None = None) -> None:
        """Configure the process's logging, then warn about each deprecated variable in use."""
        configure_logging(
            service,
            json_lines=self.json_lines,
            level=self.log_level,
            stream=stream,
            summary_interval=self.log_summary_interval,
        )
        for message in self.deprecations():
            logger.warning(message)
