"""faust's view of :class:`KafkaSettings`: broker URLs, ``broker_credentials`` and the consumer-group timing.

faust takes its Kafka security from credentials objects, not from a protocol string: ``SASLCredentials``
without an ``ssl_context`` is SASL over *plaintext*, so SASL_SSL must hand it the TLS context explicitly.
Imported only by the tagger (faust is not a dependency of this package).
"""

from __future__ import annotations

from typing import Any

import faust

from newswire_runtime.settings import KafkaSettings


def broker_urls(settings: KafkaSettings) -> list[str]:
    """faust wants ``kafka://host:port`` URLs, one per bootstrap server."""
    return [f"kafka://{server}" for server in settings.servers]


def broker_credentials(settings: KafkaSettings) -> Any:
    """The credentials object for the configured protocol, or None for PLAINTEXT."""
    context = settings.ssl_context() if settings.uses_tls else None
    if (credentials := settings.sasl_credentials) is not None:
        username, password = credentials
        return faust.SASLCredentials(
            username=username, password=password, mechanism=settings.sasl_mechanism, ssl_context=context
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def group_options(settings: KafkaSettings) -> dict[str, Any]:
    """faust's names (seconds) for the shared consumer-group timing; its 60 s session default idles a restart."""
    options: dict[str, Any] = {
        "broker_session_timeout": settings.session_timeout_ms / 1000,
        "broker_heartbeat_interval": settings.heartbeat_interval_ms / 1000,
        "broker_rebalance_timeout": settings.rebalance_timeout_ms / 1000,
    }
    if settings.group_instance_id is not None:
        options["consumer_group_instance_id"] = settings.group_instance_id
    return options


def faust_options(settings: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments of ``faust.App``: where Kafka is, how to authenticate, and the consumer-group timing."""
    return {
        "broker": broker_urls(settings),
        "broker_credentials": broker_credentials(settings),
        **group_options(settings),
    }
