"""faust's view of :class:`KafkaSettings`: broker URLs and ``broker_credentials``.

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


def faust_options(settings: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments of ``faust.App`` that say where Kafka is and how to authenticate."""
    return {"broker": broker_urls(settings), "broker_credentials": broker_credentials(settings)}
