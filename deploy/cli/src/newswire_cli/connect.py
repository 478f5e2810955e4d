"""The Elasticsearch client of ``newswire search``, ``show`` and ``up``: the runtime package's, with the CLI's defaults.

Settings come from the environment as everywhere (``ELASTICSEARCH_*``); without ``ELASTICSEARCH_URL``, the local
stack's address is used (``NEWSWIRE_STACK_HOST`` and ``NEWSWIRE_STACK_ELASTICSEARCH_PORT``), so the commands
find what ``newswire up`` started. A connection failure becomes :class:`UnreachableError` (exit code 4).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from elasticsearch import AsyncElasticsearch
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from newswire_runtime import ElasticsearchSettings
from newswire_runtime.elasticsearch import elasticsearch_client

from newswire_cli.errors import UnreachableError
from newswire_cli.settings import StackSettings


def elasticsearch_settings() -> ElasticsearchSettings:
    """``ELASTICSEARCH_*`` from the environment, pointed at the local stack when no URL is given."""
    settings = ElasticsearchSettings()
    if "ELASTICSEARCH_URL" not in os.environ:
        settings = settings.model_copy(update={"url": StackSettings().elasticsearch_url})
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
