"""Message contracts shared by the newswire services: topics (names and metadata), keys and values."""

from __future__ import annotations

from newswire_schemas.article import AgencyEntity, Article, Channel, PubStatus, SourceFormat, Subject
from newswire_schemas.deadletter import DeadLetter, Stage
from newswire_schemas.enriched import (
    EnrichedArticle,
    Entity,
    EntitySource,
    EntityType,
    GeoPoint,
    Language,
    Mention,
    Topic,
)
from newswire_schemas.inbox import InboxHeaders
from newswire_schemas.registry import TOPIC_MODELS, key_for
from newswire_schemas.topics import (
    ALL_TOPICS,
    ARTICLES,
    DEADLETTER,
    ENRICHED,
    HEADER_REPLAY,
    INBOX,
    MAX_MESSAGE_BYTES,
    TOPIC_SPECS,
    TopicSpec,
)

__all__ = [
    "ALL_TOPICS",
    "ARTICLES",
    "DEADLETTER",
    "ENRICHED",
    "HEADER_REPLAY",
    "INBOX",
    "MAX_MESSAGE_BYTES",
    "TOPIC_MODELS",
    "TOPIC_SPECS",
    "AgencyEntity",
    "Article",
    "Channel",
    "DeadLetter",
    "EnrichedArticle",
    "Entity",
    "EntitySource",
    "EntityType",
    "GeoPoint",
    "InboxHeaders",
    "Language",
    "Mention",
    "PubStatus",
    "SourceFormat",
    "Stage",
    "Subject",
    "Topic",
    "TopicSpec",
    "key_for",
]
