"""Settings of the ingest service: environment variables prefixed ``INGEST_``, Kafka nested as ``KAFKA_``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from newswire_runtime import KafkaSettings, LogSettings, ReadinessSettings, ShutdownSettings, is_loopback
from newswire_schemas import ARTICLES, TOPIC_SPECS
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode, SettingsConfigDict

from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits
from newswire_ingest.parse_gate import DEFAULT_CONCURRENCY, DEFAULT_LARGE_BYTES

ChannelName = Literal["inbox", "folder", "http"]
"""A channel the service can run (the CLI is a separate entry point)."""

CompressionType = Literal["gzip", "lz4", "zstd", "snappy"]
"""Producer compression codecs aiokafka supports (all but gzip come from ``cramjam``)."""

ALL_CHANNELS: tuple[ChannelName, ...] = ("inbox", "folder", "http")
"""Every channel ``serve`` can run."""

MIB = 1024 * 1024


class IngestSettings(LogSettings, ReadinessSettings, ShutdownSettings):
    """Everything the ingest service reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="INGEST_", extra="ignore")

    kafka: KafkaSettings = Field(
        default_factory=KafkaSettings, description="Kafka connection and topic names (variables prefixed KAFKA_)."
    )
    max_bytes: int = Field(
        default=DEFAULT_LIMITS.max_bytes, gt=0, description="Largest file accepted, in bytes (10 MiB)."
    )
    max_depth: int = Field(
        default=DEFAULT_LIMITS.max_depth,
        gt=0,
        description="Deepest nesting of XML elements or JSON arrays/objects; deeper files are refused while parsing.",
    )
    max_elements: int = Field(
        default=DEFAULT_LIMITS.max_elements,
        gt=0,
        description="Most XML elements or JSON values in one file; a file with more is refused while parsing.",
    )
    large_parse_bytes: int = Field(
        default=DEFAULT_LARGE_BYTES,
        ge=0,
        description="Inputs larger than this (256 KiB) are parsed on the parse threads, not on the event loop.",
    )
    parse_concurrency: int = Field(
        default=DEFAULT_CONCURRENCY,
        ge=1,
        description="Parse threads: large inputs parsed at once by the process (the rest wait their turn).",
    )
    group_id: str = Field(default="newswire-ingest", min_length=1, description="Consumer group of the inbox consumer.")
    channels: Annotated[list[ChannelName], NoDecode] = Field(
        default_factory=lambda: list(ALL_CHANNELS),
        description="Channels `serve` runs: comma-separated or a JSON list of inbox, folder, http.",
    )
    watch_dir: Path = Field(default=Path("var/inbox"), description="Folder watched (recursively) for wire files.")
    processed_dir: Path = Field(
        default=Path("processed"), description="Where published files go; relative paths are inside watch_dir."
    )
    failed_dir: Path = Field(
        default=Path("failed"), description="Where rejected files and their .error.json go; relative to watch_dir."
    )
    ledger_file: Path = Field(
        default=Path(".ingest-ledger.jsonl"),
        description="The folder channel's ledger of published files not yet moved (fsynced); relative to watch_dir.",
    )
    min_file_age: float = Field(
        default=2.0, ge=0, description="Seconds since last modification before a file is read (partial-write guard)."
    )
    ignore_patterns: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["*.tmp", "*.part", ".*"],
        description="Glob patterns of names never picked up (files still being written); comma-separated or JSON.",
    )
    poll_interval: float = Field(default=1.0, gt=0, description="Seconds between two scans of the watch folder.")
    http_host: str = Field(
        default="127.0.0.1", description="Address the HTTP channel listens on; any other than loopback needs a token."
    )
    http_port: int = Field(default=8080, ge=0, le=65535, description="Port of the HTTP channel (0 picks a free one).")
    http_token: SecretStr | None = Field(
        default=None,
        description="Bearer token required by POST /v1/articles; unset means none (only allowed on loopback).",
    )
    compression_type: CompressionType | None = Field(
        default="lz4", description="Producer compression: lz4 (default), gzip, zstd, snappy, or none when empty."
    )
    max_request_size: int = Field(
        default=TOPIC_SPECS[ARTICLES].max_message_bytes,
        gt=0,
        description="Largest produce request (default: the topics' max.message.bytes, 16 MiB).",
    )
    publish_retries: int = Field(default=5, ge=0, description="Retries of a send Kafka did not acknowledge.")
    publish_timeout: float = Field(
        default=10.0,
        ge=1.0,
        description="Seconds an HTTP post waits for Kafka before 503 + Retry-After; a send not acknowledged within"
        " half of it is dropped by the producer (never published later).",
    )
    http_retry_after: int = Field(
        default=5, ge=1, description="Seconds the Retry-After header of a 503 asks HTTP clients to wait."
    )
    retry_backoff: float = Field(default=0.5, gt=0, description="First retry delay in seconds; doubles, with jitter.")
    retry_backoff_max: float = Field(default=30.0, gt=0, description="Upper bound of one retry delay, in seconds.")
    inbox_batch_size: int = Field(default=200, gt=0, description="Inbox messages processed between two commits.")
    folder_concurrency: int = Field(
        default=8, ge=1, description="Watched-folder files in flight at once (each moved after its own ack)."
    )
    folder_pause_after_publish: float = Field(
        default=0.0, ge=0, description="Testing aid: seconds to wait between publish and move (crash-safety tests)."
    )

    @field_validator("channels", "ignore_patterns", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        """Accept a JSON list or a comma-separated string from the environment."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("http_token")
    @classmethod
    def _token_not_empty(cls, value: SecretStr | None) -> SecretStr | None:
        """An empty token would silently turn authentication off: refuse it."""
        if value is not None and not value.get_secret_value().strip():
            raise ValueError("INGEST_HTTP_TOKEN is empty: give a token, or unset it (no authentication, loopback only)")
        return value

    @field_validator("compression_type", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        """An empty or 'none' value turns compression off."""
        if isinstance(value, str) and value.strip().lower() in ("", "none"):
            return None
        return value

    def http_exposure_error(self) -> str | None:
        """Why the HTTP channel must not start as configured (reachable from other machines without a token)."""
        if "http" not in self.channels or self.http_token is not None or is_loopback(self.http_host):
            return None
        return (
            f"the HTTP channel would listen on {self.http_host!r} without authentication: set INGEST_HTTP_TOKEN,"
            " or INGEST_HTTP_HOST=127.0.0.1"
        )

    @property
    def parse_limits(self) -> ParseLimits:
        """The bounds every parse of this process is held to."""
        return ParseLimits(max_bytes=self.max_bytes, max_depth=self.max_depth, max_elements=self.max_elements)

    @property
    def processed_path(self) -> Path:
        """Absolute-or-watch-relative folder of published files."""
        return self.watch_dir / self.processed_dir

    @property
    def ledger_path(self) -> Path:
        """Absolute-or-watch-relative path of the folder channel's ledger."""
        return self.watch_dir / self.ledger_file

    @property
    def failed_path(self) -> Path:
        """Absolute-or-watch-relative folder of rejected files."""
        return self.watch_dir / self.failed_dir
