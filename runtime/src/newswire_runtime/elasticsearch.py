"""The Elasticsearch client built from :class:`ElasticsearchSettings`: URLs, credentials, TLS and timeouts.

The indexer, ``newswire setup``, the demo and the benchmarks all take their client from here. Needs the
``elasticsearch`` extra (``newswire-runtime[elasticsearch]``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from elasticsearch import AsyncElasticsearch

from newswire_runtime.settings import ElasticsearchSettings


def elasticsearch_options(settings: ElasticsearchSettings) -> dict[str, Any]:
    """Keyword arguments of ``AsyncElasticsearch``: nodes, authentication, TLS, request timeout."""
    options: dict[str, Any] = {"hosts": settings.urls, "request_timeout": settings.request_timeout}
    if settings.api_key is not None:
        options["api_key"] = settings.api_key.get_secret_value()
    elif settings.username is not None and settings.password is not None:
        options["basic_auth"] = (settings.username, settings.password.get_secret_value())
    if settings.ssl_fingerprint:
        # Pinning replaces chain validation (a self-signed node); elastic-transport takes no context beside it.
        options["ssl_assert_fingerprint"] = settings.ssl_fingerprint
    elif settings.uses_tls:
        options["ssl_context"] = settings.ssl_context()
    return options


def elasticsearch_client(settings: ElasticsearchSettings, **options: Any) -> AsyncElasticsearch:
    """An async client with the connection options plus the caller's (e.g. ``max_retries=0``)."""
    return AsyncElasticsearch(**{**elasticsearch_options(settings), **options})


def elasticsearch_check(es: AsyncElasticsearch, timeout: float) -> Callable[[], Awaitable[object]]:
    """A readiness check: ``GET /`` answered within ``timeout`` seconds, without the client's retries."""
    quick = es.options(request_timeout=timeout, max_retries=0)

    async def check() -> object:
        return await quick.info()

    return check
