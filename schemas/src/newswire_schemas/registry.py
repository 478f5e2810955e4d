"""Which model travels on which topic, and how messages are keyed."""

from __future__ import annotations

from typing import Final

from pydantic import BaseModel

from newswire_schemas.article import Article
from newswire_schemas.deadletter import DeadLetter
from newswire_schemas.enriched import EnrichedArticle
from newswire_schemas.inbox import InboxHeaders
from newswire_schemas.topics import ARTICLES, DEADLETTER, ENRICHED, INBOX

TOPIC_MODELS: Final[dict[str, type[BaseModel]]] = {
    INBOX: InboxHeaders,
    ARTICLES: Article,
    ENRICHED: EnrichedArticle,
    DEADLETTER: DeadLetter,
}
"""The model of each topic's value (for the inbox: of its headers, the value being raw bytes)."""


def key_for(message: Article | EnrichedArticle | DeadLetter) -> bytes:
    """Kafka key of a message: the article id (a dead letter without one uses its own id)."""
    if isinstance(message, Article):
        return message.id.encode()
    if isinstance(message, EnrichedArticle):
        return message.article.id.encode()
    return (message.article_id or message.id).encode()
