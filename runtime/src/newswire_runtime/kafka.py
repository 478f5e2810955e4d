"""aiokafka clients built from :class:`KafkaSettings`: the one place that turns settings into connection options.

Every producer, consumer and admin client of the services, the CLI and the tests comes from here, so a security
setting (protocol, SASL, CA, client certificate, host name check) cannot be honoured by one client and ignored by
another. Callers add what is theirs (group id, acks, fetch sizes) as keyword arguments.
"""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from newswire_runtime.settings import KafkaSettings


def kafka_options(settings: KafkaSettings) -> dict[str, Any]:
    """Connection keyword arguments every aiokafka client takes: servers, protocol, TLS context, SASL."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.servers,
        "security_protocol": settings.security_protocol,
    }
    if settings.uses_tls:
        options["ssl_context"] = settings.ssl_context()
    if (credentials := settings.sasl_credentials) is not None:
        # aiokafka names them "plain" but uses them for every user/password mechanism, SCRAM included.
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"], options["sasl_plain_password"] = credentials
    return options


def new_producer(settings: KafkaSettings, **options: Any) -> AIOKafkaProducer:
    """A producer (not started) with the connection options plus the caller's."""
    return AIOKafkaProducer(**kafka_options(settings), **options)


def new_consumer(settings: KafkaSettings, *topics: str, **options: Any) -> AIOKafkaConsumer:
    """A consumer (not started) of ``topics`` with the connection options plus the caller's.

    A consumer with a ``group_id`` also gets the group timing of ``settings`` (session timeout, heartbeat,
    rebalance timeout, static membership), unless the caller passes its own.
    """
    if options.get("group_id") is not None:
        options = {**settings.group_options(), **options}
    return AIOKafkaConsumer(*topics, **kafka_options(settings), **options)


def new_admin(settings: KafkaSettings, **options: Any) -> AIOKafkaAdminClient:
    """An admin client (not started) with the connection options plus the caller's."""
    return AIOKafkaAdminClient(**kafka_options(settings), **options)
