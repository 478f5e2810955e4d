"""Settings of the tagger worker (env prefix ``TAGGER_``; Kafka from ``KAFKA_``)."""

from __future__ import annotations

from pathlib import Path

from newswire_runtime import LOOPBACK, KafkaSettings, LogSettings, ReadinessSettings, ShutdownSettings
from newswire_schemas import ARTICLES, TOPIC_SPECS
from pydantic import Field
from pydantic_settings import SettingsConfigDict


class TaggerSettings(LogSettings, ReadinessSettings, ShutdownSettings):
    """Everything the tagger worker reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="TAGGER_", extra="ignore")

    kafka: KafkaSettings = Field(default_factory=KafkaSettings, description="Kafka connection and topic names.")
    app_id: str = Field(default="newswire-tagger", description="Faust app id, i.e. the consumer group.")
    web_enabled: bool = Field(default=True, description="Serve faust's web endpoints (health, stats).")
    web_bind: str = Field(
        default=LOOPBACK, description="Interface the web server binds: loopback unless set (0.0.0.0 = every one)."
    )
    web_host: str = Field(
        default=LOOPBACK, description="Host name the web server advertises in its URLs (it does not bind it)."
    )
    web_port: int = Field(default=6066, ge=1, le=65535, description="Port of the web server; one per worker process.")
    data_dir: Path = Field(default=Path("/tmp/newswire-tagger"), description="Faust's data directory.")  # noqa: S108
    topic_partitions: int = Field(
        default=TOPIC_SPECS[ARTICLES].partitions, ge=1, description="Partitions of topics the worker creates."
    )
    send_timeout_s: float = Field(default=30.0, gt=0, description="Seconds to wait for Kafka to acknowledge output.")
    retry_backoff_s: float = Field(
        default=0.5, gt=0, description="First delay before an unacknowledged output is sent again; doubles, jittered."
    )
    retry_backoff_max_s: float = Field(default=10.0, gt=0, description="Upper bound of one retry delay, in seconds.")
    overrides_file: Path | None = Field(
        default=None,
        description="TOML file of tag corrections applied after the models, reloaded when it changes; unset: none.",
    )
    overrides_check_interval: float = Field(
        default=2.0, ge=0, description="Seconds between two checks of the overrides file for changes."
    )
