"""The clients of the operator commands (``search``, ``show``, ``up``, ``retag``, ``deadletters``): the runtime's.

Settings come from the environment as everywhere (``ELASTICSEARCH_*``, ``KAFKA_*``); without ``ELASTICSEARCH_URL``
or ``KAFKA_BOOTSTRAP_SERVERS``, the local stack's address is used (``NEWSWIRE_STACK_HOST`` and its ports), so the
commands find what ``newswire up`` started. A connection failure becomes :class:`UnreachableError` (exit code 4).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from elasticsearch import AsyncElasticsearch
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client

from newswire_cli.errors import UnreachableError
from newswire_cli.settings import StackSettings


def elasticsearch_settings() -> ElasticsearchSettings:
    """``ELASTICSEARCH_*`` from the environment, pointed at the local stack when no URL is given."""
    settings = ElasticsearchSettings()
    if "ELASTICSEARCH_URL" not in os.environ:
        settings = settings.model_copy(update={"url": StackSettings().elasticsearch_url})
    return settings


def kafka_settings() -> KafkaSettings:
    """``KAFKA_*`` from the environment, pointed at the local stack when no bootstrap servers are given."""
    settings = KafkaSettings()
    if "KAFKA_BOOTSTRAP_SERVERS" not in os.environ:
        settings = settings.model_copy(update={"bootstrap_servers": StackSettings().kafka_bootstrap})
    return settings


@asynccontextmanager
async def elasticsearch(settings: ElasticsearchSettings) -> AsyncIterator[AsyncElasticsearch]:
    """A client with the configured credentials and TLS, closed on exit; a person waits, so one retry only."""
    client = elasticsearch_client(settings, max_retries=1)
    try:
        yield client
    except ElasticsearchConnectionError as error:
        raise UnreachableError(
            f"Elasticsearch at {settings.url} does not answer ({error.message}); is it running (`newswire ps`)?"
        ) from error
    finally:
        await client.close()
