"""The clients the CLI's operator commands use, built in this one place (to move to the shared runtime package).

Settings come from the environment as everywhere (``ELASTICSEARCH_*``); without ``ELASTICSEARCH_URL``, the local
stack's address is used (``NEWSWIRE_STACK_HOST`` and ``NEWSWIRE_STACK_ELASTICSEARCH_PORT``), so the commands
find what ``newswire up`` started.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from elasticsearch import AsyncElasticsearch
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from newswire_schemas import ElasticsearchSettings

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
    """A client with the configured credentials; a connection failure becomes :class:`UnreachableError`."""
    client = AsyncElasticsearch(
        settings.url,
        request_timeout=settings.request_timeout,
        basic_auth=(settings.username, settings.password.get_secret_value())
        if settings.username is not None and settings.password is not None
        else None,
        api_key=settings.api_key.get_secret_value() if settings.api_key is not None else None,
        max_retries=1,  # a person is waiting: say quickly that nothing answers
    )
    try:
        yield client
    except ElasticsearchConnectionError as error:
        raise UnreachableError(
            f"Elasticsearch at {settings.url} does not answer ({error.message}); is it running (`newswire ps`)?"
        ) from error
    finally:
        await client.close()
