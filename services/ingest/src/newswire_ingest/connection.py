"""aiokafka client arguments derived from the shared :class:`~newswire_schemas.KafkaSettings`."""

from __future__ import annotations

import ssl
from typing import Any

from newswire_schemas import KafkaSettings


def kafka_client_kwargs(kafka: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments every aiokafka client of this service shares (servers, security)."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": kafka.bootstrap_servers.split(","),
        "security_protocol": kafka.security_protocol,
    }
    if kafka.security_protocol in ("SSL", "SASL_SSL"):
        # The system trust store; deployments with a private CA mount it there.
        kwargs["ssl_context"] = ssl.create_default_context()
    if kafka.sasl_mechanism is not None:
        kwargs["sasl_mechanism"] = kafka.sasl_mechanism
        kwargs["sasl_plain_username"] = kafka.sasl_username
        kwargs["sasl_plain_password"] = kafka.sasl_password.get_secret_value() if kafka.sasl_password else None
    return kwargs
