"""Settings of the local real stack: ports, heaps, JDKs and where its state lives (env prefix ``NEWSWIRE_STACK_``).

The repository root is found from this package's location first (the workspace installs ``newswire_cli``
editable, so the module file sits inside the checkout), then from the current directory; in both cases the
root is the nearest ancestor whose ``pyproject.toml`` declares the uv workspace. ``var/`` sits at that root.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from newswire_runtime import TlsSettings
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_WORKSPACE_MARKER = "[tool.uv.workspace]"


def _is_repo_root(path: Path) -> bool:
    """True when ``path`` holds the workspace's root ``pyproject.toml``."""
    pyproject = path / "pyproject.toml"
    return pyproject.is_file() and _WORKSPACE_MARKER in pyproject.read_text(encoding="utf-8")


def find_repo_root(start: Path | None = None) -> Path:
    """The newswire checkout: searched upwards from ``start``, this package's file, then the current directory."""
    starts = [start] if start is not None else [Path(__file__).resolve().parent, Path.cwd().resolve()]
    for origin in starts:
        for candidate in (origin, *origin.parents):
            if _is_repo_root(candidate):
                return candidate
    raise FileNotFoundError(f"no newswire checkout (a pyproject.toml with {_WORKSPACE_MARKER}) above {starts}")


def _default_var_dir() -> Path:
    """``var/`` at the repository root (git-ignored)."""
    return find_repo_root() / "var"


def _default_deploy_dir() -> Path:
    """``deploy/local`` at the repository root: one folder (with a pom.xml) per component."""
    return find_repo_root() / "deploy" / "local"


class StackSettings(BaseSettings):
    """Where and how the local Kafka and Elasticsearch run."""

    model_config = SettingsConfigDict(env_prefix="NEWSWIRE_STACK_", extra="ignore")

    host: str = Field(default="127.0.0.1", description="Address every listener binds to (loopback only).")
    kafka_port: int = Field(default=9092, ge=1, le=65535, description="Kafka client (PLAINTEXT) listener port.")
    kafka_controller_port: int = Field(default=9093, ge=1, le=65535, description="KRaft controller listener port.")
    kafka_secure: bool = Field(
        default=False,
        description="Also open a SASL_SSL listener (SCRAM-SHA-512 users, the stack's own CA); `stack up --secure`.",
    )
    kafka_secure_port: int = Field(default=9094, ge=1, le=65535, description="Kafka SASL_SSL listener port.")
    kafka_plaintext: bool = Field(
        default=True, description="Keep the PLAINTEXT listener; false leaves SASL_SSL only (needs kafka_secure)."
    )
    kafka_heap_min: str = Field(default="512m", description="Kafka JVM -Xms.")
    kafka_heap_max: str = Field(default="1g", description="Kafka JVM -Xmx.")
    elasticsearch_port: int = Field(default=9200, ge=1, le=65535, description="Elasticsearch HTTP port.")
    elasticsearch_heap_min: str = Field(default="1g", description="Elasticsearch JVM -Xms.")
    elasticsearch_heap_max: str = Field(default="1g", description="Elasticsearch JVM -Xmx.")
    java_home: Path | None = Field(
        default=None,
        description="JDK for Kafka (17+); unset: $JAVA_HOME, the java on PATH, or the newest in /usr/lib/jvm etc.",
    )
    elasticsearch_java_home: Path | None = Field(
        default=None,
        description="JDK for Elasticsearch (21+); unset: java_home if new enough, else found as for Kafka.",
    )
    maven: str = Field(default="mvn", description="Maven executable used to resolve the class paths.")
    maven_offline: bool = Field(default=False, description="Pass -o to Maven (everything already in ~/.m2).")
    var_dir: Path = Field(default_factory=_default_var_dir, description="State, data and logs of the stack.")
    deploy_dir: Path = Field(
        default_factory=_default_deploy_dir, description="Folder holding one pom.xml folder per component."
    )
    start_timeout: float = Field(default=180.0, gt=0, description="Seconds `up` waits for each component.")
    stop_timeout: float = Field(default=30.0, gt=0, description="Seconds between SIGTERM and SIGKILL.")

    @model_validator(mode="after")
    def _some_kafka_listener(self) -> Self:
        """Kafka needs at least one client listener."""
        if not (self.kafka_plaintext or self.kafka_secure):
            raise ValueError("NEWSWIRE_STACK_KAFKA_PLAINTEXT=false needs NEWSWIRE_STACK_KAFKA_SECURE=true")
        return self

    @property
    def kafka_bootstrap(self) -> str:
        """host:port clients use to reach the local broker (the PLAINTEXT listener, or SASL_SSL when alone)."""
        return f"{self.host}:{self.kafka_port if self.kafka_plaintext else self.kafka_secure_port}"

    @property
    def kafka_secure_bootstrap(self) -> str:
        """host:port of the SASL_SSL listener (when ``kafka_secure``)."""
        return f"{self.host}:{self.kafka_secure_port}"

    @property
    def elasticsearch_url(self) -> str:
        """Base URL of the local Elasticsearch."""
        return f"http://{self.host}:{self.elasticsearch_port}"


class KibanaSettings(TlsSettings):
    """How `newswire kibana import` and `newswire setup` reach Kibana (env prefix ``KIBANA_``)."""

    model_config = SettingsConfigDict(env_prefix="KIBANA_", extra="ignore")

    url: str = Field(default="http://localhost:5601", description="Base URL of Kibana.")
    username: str | None = Field(default=None, description="User that imports the dashboards, when security is on.")
    password: SecretStr | None = Field(default=None, description="That user's password.")
    system_password: SecretStr | None = Field(
        default=None,
        description="If set, `newswire setup` gives it to Elasticsearch's built-in kibana_system user (compose).",
    )

    @model_validator(mode="after")
    def _both_halves(self) -> Self:
        """Basic auth needs both the user and the password."""
        if (self.username is None) != (self.password is None):
            raise ValueError("KIBANA_USERNAME and KIBANA_PASSWORD go together")
        self._check_key_pair()
        return self
