"""Settings of ``newswire up``'s pipeline (env prefix ``NEWSWIRE_PIPELINE_``); the stack's are ``StackSettings``."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class PipelineSettings(BaseSettings):
    """Ports of the services, where files are dropped, and how the supervisor restarts what dies."""

    model_config = SettingsConfigDict(env_prefix="NEWSWIRE_PIPELINE_", extra="ignore")

    ingest_http_port: int = Field(default=8080, ge=1, le=65535, description="Port of ingest's HTTP channel.")
    tagger_web_port: int = Field(default=6066, ge=1, le=65535, description="Port of the tagger's web endpoints.")
    indexer_http_port: int = Field(
        default=8083, ge=1, le=65535, description="Port of the indexer's /healthz, /readyz and /metrics."
    )
    inbox_dir: Path | None = Field(
        default=None, description="Folder ingest watches for wire files; unset means var/inbox (under the var dir)."
    )
    restart_backoff: float = Field(
        default=1.0, gt=0, description="Seconds before the first restart of a service that died; doubles each time."
    )
    restart_backoff_max: float = Field(default=30.0, gt=0, description="Upper bound of one restart delay, in seconds.")
    restart_limit: int = Field(
        default=5, ge=0, description="Restarts within restart_window after which a service is left stopped (failed)."
    )
    restart_window: float = Field(
        default=300.0, gt=0, description="Seconds over which restarts are counted (older ones are forgiven)."
    )
    start_timeout: float = Field(
        default=180.0, gt=0, description="Seconds `newswire up` waits for the services to answer their health checks."
    )
    stop_timeout: float = Field(
        default=20.0, gt=0, description="Seconds a service has to stop after SIGTERM before it is killed."
    )
    supervise_stack: bool = Field(
        default=True, description="Also restart Kafka or Elasticsearch when one crashes (not when stopped on purpose)."
    )

    def inbox(self, var_dir: Path) -> Path:
        """The watched folder: the setting, else ``var/inbox``."""
        return self.inbox_dir if self.inbox_dir is not None else var_dir / "inbox"
