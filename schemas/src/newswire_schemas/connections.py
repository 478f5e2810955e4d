"""Connection settings every service shares: one Kafka block, one Elasticsearch block.

Both read their own environment prefix (``KAFKA_``, ``ELASTICSEARCH_``) so one set of variables points
every service at the same cluster; each service nests them in its own settings model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from newswire_schemas.topics import ARTICLES, DEADLETTER, ENRICHED, INBOX


class KafkaSettings(BaseSettings):
    """How to reach Kafka, and the names of the pipeline's topics."""

    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = Field(default="localhost:9092", description="Comma-separated host:port list.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="Protocol used to talk to the brokers."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism, when a SASL protocol is used."
    )
    sasl_username: str | None = Field(default=None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(default=None, description="SASL password.")
    topic_prefix: str = Field(default="", description="Prefix added to every topic name (test isolation).")

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


class ElasticsearchSettings(BaseSettings):
    """How to reach Elasticsearch, and the prefix of the project's indices."""

    model_config = SettingsConfigDict(env_prefix="ELASTICSEARCH_", extra="ignore")

    url: str = Field(default="http://localhost:9200", description="Base URL of the cluster.")
    username: str | None = Field(default=None, description="Basic-auth user, if security is on.")
    password: SecretStr | None = Field(default=None, description="Basic-auth password.")
    api_key: SecretStr | None = Field(default=None, description="API key (instead of user and password).")
    request_timeout: float = Field(default=30.0, gt=0, description="Seconds before a request times out.")
    index_prefix: str = Field(default="newswire", description="Prefix of indices, aliases and templates.")

    @property
    def articles_alias(self) -> str:
        """Read alias over the monthly article indices."""
        return f"{self.index_prefix}-articles"

    @property
    def deadletters_index(self) -> str:
        """Index holding dead letters from every stage."""
        return f"{self.index_prefix}-deadletters"
