"""Where re-sent input goes, and as what: an article to re-tag, or a dead letter's payload to its stage's input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from newswire_runtime import KafkaSettings
from newswire_schemas import HEADER_REPLAY, Article, DeadLetter, EnrichedArticle, InboxHeaders
from newswire_schemas.topics import HEADER_SCHEMA
from pydantic import ValidationError

_Input = TypeVar("_Input", Article, EnrichedArticle)

RETAG: bytes = b"retag"
DEADLETTER: bytes = b"deadletter"
"""Values of the ``replay`` header."""


class NotReplayableError(Exception):
    """A dead letter whose payload cannot be sent again as it is; ``reason`` says why and what to do."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Resend:
    """One record to produce: topic, key, value and headers."""

    topic: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]] = field(default_factory=list)


def article_resend(article: Article, kafka: KafkaSettings, replay: bytes = RETAG) -> Resend:
    """The article as ingest publishes it (keyed by id, same id and version), marked as a replay."""
    schema = f"newswire.article/{article.schema_version}".encode()
    return Resend(
        kafka.articles_topic,
        article.id.encode(),
        article.model_dump_json().encode(),
        [(HEADER_SCHEMA, schema), (HEADER_REPLAY, replay)],
    )


def letter_resend(letter: DeadLetter, kafka: KafkaSettings) -> Resend:
    """The payload back to the input of the stage that refused it: ingest's inbox, the tagger's or indexer's topic."""
    if letter.payload_truncated or len(letter.payload) < letter.payload_size:
        raise NotReplayableError(
            f"only {len(letter.payload)} of {letter.payload_size} bytes were kept; send the original file again"
        )
    if letter.stage == "ingest":
        headers = InboxHeaders(file_name=letter.file_name, content_type=letter.content_type).to_kafka()
        key = letter.file_name.encode() if letter.file_name else None
        return Resend(kafka.inbox_topic, key, letter.payload, [*headers, (HEADER_REPLAY, DEADLETTER)])
    if letter.stage == "tagger":
        return article_resend(_valid(Article, letter), kafka, DEADLETTER)
    enriched = _valid(EnrichedArticle, letter)
    return Resend(kafka.enriched_topic, enriched.article.id.encode(), letter.payload, [(HEADER_REPLAY, DEADLETTER)])


def _valid(model: type[_Input], letter: DeadLetter) -> _Input:
    """The payload as the stage's input model; one that still does not validate would only be refused again."""
    try:
        return model.model_validate_json(letter.payload)
    except ValidationError as exc:
        raise NotReplayableError(
            f"the payload is not a valid {model.__name__} ({exc.error_count()} error(s)): the {letter.stage} would "
            "refuse it again"
        ) from exc
