"""Connection settings every process shares: one Kafka block (``KAFKA_``), one Elasticsearch block (``ELASTICSEARCH_``).

Each service nests them in its own settings model, so one set of variables points every process (and the CLI) at
the same cluster with the same credentials. A combination that would silently weaken security (credentials with a
protocol that never sends them, TLS files with a plaintext URL) is refused with a message naming the variables.
"""

from __future__ import annotations

import ssl
from typing import Any, Literal, Self

from newswire_schemas import ARTICLES, DEADLETTER, ENRICHED, INBOX
from pydantic import Field, FilePath, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from newswire_runtime.tls import client_context

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
"""Kafka's security protocols, as Kafka and aiokafka spell them."""
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
"""SASL mechanisms with a user name and password."""


class TlsSettings(BaseSettings):
    """TLS client settings (``<PREFIX>SSL_*``): trusted CA, client certificate, host name check."""

    ssl_ca_file: FilePath | None = Field(
        default=None, description="PEM file of the CA(s) to trust; unset means the system trust store."
    )
    ssl_cert_file: FilePath | None = Field(default=None, description="PEM client certificate (mutual TLS).")
    ssl_key_file: FilePath | None = Field(
        default=None, description="PEM private key of the client certificate, if not inside the certificate file."
    )
    ssl_key_password: SecretStr | None = Field(default=None, description="Password of an encrypted private key.")
    ssl_check_hostname: bool = Field(
        default=True, description="Check that the server certificate names the host (the chain is always checked)."
    )

    def ssl_context(self) -> ssl.SSLContext:
        """A client TLS context from these settings."""
        password = self.ssl_key_password.get_secret_value() if self.ssl_key_password else None
        return client_context(
            ca_file=self.ssl_ca_file,
            cert_file=self.ssl_cert_file,
            key_file=self.ssl_key_file,
            key_password=password,
            check_hostname=self.ssl_check_hostname,
        )

    def _tls_files_set(self) -> list[str]:
        """Names of the TLS fields that are set (for error messages)."""
        names = ("ssl_ca_file", "ssl_cert_file", "ssl_key_file", "ssl_key_password")
        return [name for name in names if getattr(self, name) is not None]

    def _check_key_pair(self) -> None:
        """A key (or its password) without a certificate is a mistake, not a choice."""
        if self.ssl_cert_file is None and (self.ssl_key_file or self.ssl_key_password):
            raise ValueError(f"{self.variable('ssl_key_file')} needs {self.variable('ssl_cert_file')}")

    def variable(self, field: str) -> str:
        """The environment variable that sets ``field``."""
        return f"{self.model_config.get('env_prefix', '')}{field}".upper()


class KafkaSettings(TlsSettings):
    """How to reach Kafka (servers, protocol, SASL, TLS), and the names of the pipeline's topics."""

    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = Field(default="localhost:9092", description="Comma-separated host:port list.")
    security_protocol: SecurityProtocol = Field(
        default="PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."
    )
    sasl_mechanism: SaslMechanism | None = Field(
        default=None, description="PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; required with a SASL protocol."
    )
    sasl_username: str | None = Field(default=None, description="SASL user name; required with a SASL protocol.")
    sasl_password: SecretStr | None = Field(default=None, description="SASL password; required with a SASL protocol.")
    topic_prefix: str = Field(default="", description="Prefix added to every topic name (test isolation).")
    # Consumer-group timing, shared by every consumer group of the pipeline (tagger, indexer, inbox): a member
    # that dies without leaving is noticed after session_timeout_ms, so it bounds how long its partitions idle.
    session_timeout_ms: int = Field(
        default=10_000,
        ge=1000,
        le=300_000,
        description="Consumer-group session timeout: a member silent this long is dropped and its partitions move"
        " (the broker's group.min.session.timeout.ms, 6000 by default, is the floor it accepts).",
    )
    heartbeat_interval_ms: int = Field(
        default=3000, ge=100, description="Heartbeats to the group coordinator: about a third of the session timeout."
    )
    rebalance_timeout_ms: int = Field(
        default=30_000,
        ge=1000,
        description="How long a rebalance waits for the live members to rejoin (finishing the event in hand first).",
    )
    group_instance_id: str | None = Field(
        default=None,
        min_length=1,
        description="Static group membership: a stable id unique per process within its group (e.g. the pod name)."
        " A restarted member with the same id gets its partitions back without a rebalance; a stopped one keeps"
        " them until the session timeout. Unset: dynamic membership (leave on shutdown, rebalance on join).",
    )

    @model_validator(mode="after")
    def _consistent_group_timing(self) -> Self:
        """A heartbeat as slow as the session timeout would get every member evicted."""
        if self.heartbeat_interval_ms >= self.session_timeout_ms:
            raise ValueError(
                f"{self.variable('heartbeat_interval_ms')}={self.heartbeat_interval_ms} must be below"
                f" {self.variable('session_timeout_ms')}={self.session_timeout_ms} (a third of it is usual)"
            )
        return self

    @model_validator(mode="after")
    def _consistent_security(self) -> Self:
        """SASL settings need a SASL protocol and vice versa; TLS files need a TLS protocol."""
        sasl = {
            "sasl_mechanism": self.sasl_mechanism,
            "sasl_username": self.sasl_username,
            "sasl_password": self.sasl_password,
        }
        if self.uses_sasl:
            missing = [self.variable(name) for name, value in sasl.items() if value is None]
            if missing:
                raise ValueError(f"KAFKA_SECURITY_PROTOCOL={self.security_protocol} needs {', '.join(missing)}")
        elif given := [self.variable(name) for name, value in sasl.items() if value is not None]:
            raise ValueError(
                f"{', '.join(given)} set but KAFKA_SECURITY_PROTOCOL={self.security_protocol} never sends them:"
                " use SASL_SSL (or SASL_PLAINTEXT)"
            )
        if not self.uses_tls and (files := self._tls_files_set()):
            names = ", ".join(self.variable(name) for name in files)
            raise ValueError(f"{names} set but KAFKA_SECURITY_PROTOCOL={self.security_protocol} does not use TLS")
        self._check_key_pair()
        return self

    @property
    def servers(self) -> list[str]:
        """The bootstrap servers as a list."""
        return [server.strip() for server in self.bootstrap_servers.split(",") if server.strip()]

    @property
    def uses_tls(self) -> bool:
        """True when connections are encrypted (SSL or SASL_SSL)."""
        return self.security_protocol in ("SSL", "SASL_SSL")

    @property
    def uses_sasl(self) -> bool:
        """True when clients authenticate with SASL."""
        return self.security_protocol in ("SASL_PLAINTEXT", "SASL_SSL")

    @property
    def sasl_credentials(self) -> tuple[str, str] | None:
        """(user name, password) when a SASL protocol is used (the validator guarantees both are set)."""
        if not self.uses_sasl or self.sasl_username is None or self.sasl_password is None:
            return None
        return self.sasl_username, self.sasl_password.get_secret_value()

    def group_options(self) -> dict[str, Any]:
        """aiokafka consumer-group keyword arguments: session, heartbeat, rebalance timing and static membership."""
        options: dict[str, Any] = {
            "session_timeout_ms": self.session_timeout_ms,
            "heartbeat_interval_ms": self.heartbeat_interval_ms,
            "rebalance_timeout_ms": self.rebalance_timeout_ms,
        }
        if self.group_instance_id is not None:
            options["group_instance_id"] = self.group_instance_id
        return options

    def topic(self, name: str) -> str:
        """The full name of one of the pipeline's topics."""
        return f"{self.topic_prefix}{name}"

    @property
    def inbox_topic(self) -> str:
        """Full name of the inbox topic."""
        return self.topic(INBOX)

    @property
    def articles_topic(self) -> str:
        """Full name of the articles topic."""
        return self.topic(ARTICLES)

    @property
    def enriched_topic(self) -> str:
        """Full name of the enriched topic."""
        return self.topic(ENRICHED)

    @property
    def deadletter_topic(self) -> str:
        """Full name of the dead-letter topic."""
        return self.topic(DEADLETTER)


class ElasticsearchSettings(TlsSettings):
    """How to reach Elasticsearch (URLs, credentials, TLS), and the prefix of the project's indices."""

    model_config = SettingsConfigDict(env_prefix="ELASTICSEARCH_", extra="ignore")

    url: str = Field(
        default="http://localhost:9200", description="Base URL of the cluster; several nodes comma-separated."
    )
    username: str | None = Field(default=None, description="Basic-auth user, if security is on.")
    password: SecretStr | None = Field(default=None, description="Basic-auth password.")
    api_key: SecretStr | None = Field(default=None, description="API key (instead of user and password).")
    ssl_fingerprint: str | None = Field(
        default=None,
        description="SHA-256 fingerprint (hex) of the server certificate to pin, instead of a CA (self-signed nodes).",
    )
    request_timeout: float = Field(default=30.0, gt=0, description="Seconds before a request times out.")
    index_prefix: str = Field(default="newswire", description="Prefix of indices, aliases and templates.")

    @model_validator(mode="after")
    def _consistent_security(self) -> Self:
        """One way to authenticate, both halves of basic auth, TLS settings only with https URLs."""
        if (self.username is None) != (self.password is None):
            raise ValueError("ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD go together")
        if self.api_key is not None and self.username is not None:
            raise ValueError("set ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD, not both")
        schemes = {url.partition("://")[0] for url in self.urls}
        if not self.urls or not schemes <= {"http", "https"} or len(schemes) > 1:
            raise ValueError(f"ELASTICSEARCH_URL needs http:// or https:// URLs, all of one scheme: {self.url!r}")
        tls = self._tls_files_set() + (["ssl_fingerprint"] if self.ssl_fingerprint else [])
        if tls and not self.uses_tls:
            names = ", ".join(self.variable(name) for name in tls)
            raise ValueError(f"{names} set but ELASTICSEARCH_URL is not https: {self.url}")
        if self.ssl_fingerprint and self.ssl_ca_file:
            raise ValueError("set ELASTICSEARCH_SSL_CA_FILE or ELASTICSEARCH_SSL_FINGERPRINT, not both")
        self._check_key_pair()
        return self

    @property
    def urls(self) -> list[str]:
        """The node URLs as a list."""
        return [url.strip().rstrip("/") for url in self.url.split(",") if url.strip()]

    @property
    def uses_tls(self) -> bool:
        """True when the URLs are https."""
        return all(url.startswith("https://") for url in self.urls)

    @property
    def articles_alias(self) -> str:
        """Read alias over the monthly article indices."""
        return f"{self.index_prefix}-articles"

    @property
    def deadletters_index(self) -> str:
        """Index holding dead letters from every stage."""
        return f"{self.index_prefix}-deadletters"


def environment(settings: BaseSettings) -> dict[str, str]:
    """The environment variables that recreate ``settings`` in a child process (secrets in clear: pass, never log)."""
    prefix = str(settings.model_config.get("env_prefix", ""))
    found: dict[str, str] = {}
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if value is None or isinstance(value, BaseSettings):
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, bool):
            value = "true" if value else "false"
        found[f"{prefix}{name}".upper()] = str(value)
    return found
