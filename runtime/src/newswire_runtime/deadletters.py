"""Building a dead letter: the one shape every stage gives a rejected input, and how it is logged.

The id is stable, so replaying the same input overwrites its dead letter instead of adding one: Kafka
coordinates when the input came from a topic, else a hash of the bytes (a re-sent file gets the same id).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Protocol

from newswire_schemas import DeadLetter, Stage


def dead_letter_id(
    stage: Stage, payload: bytes, *, topic: str | None = None, partition: int | None = None, offset: int | None = None
) -> str:
    """``<stage>:<topic>:<partition>:<offset>`` for Kafka input, else ``<stage>:sha256:<hash of the bytes>``."""
    if topic is not None and partition is not None and offset is not None:
        return f"{stage}:{topic}:{partition}:{offset}"
    return f"{stage}:sha256:{hashlib.sha256(payload).hexdigest()}"


def error_reason(error: BaseException) -> str:
    """The human-readable reason of an error: its ``reason`` attribute, its message, or its repr."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason:
        return reason
    return str(error) or repr(error)


class Located(Protocol):
    """Where a Kafka input was read: an aiokafka ``ConsumerRecord``, a faust message, or a stage's own record."""

    @property
    def topic(self) -> str | None:
        """Source topic."""

    @property
    def partition(self) -> int | None:
        """Source partition."""

    @property
    def offset(self) -> int | None:
        """Offset of the input in its partition."""


def build_dead_letter(
    stage: Stage,
    payload: bytes,
    error: BaseException | None = None,
    *,
    error_class: str | None = None,
    reason: str | None = None,
    retriable: bool = False,
    source: Located | None = None,
    file_name: str | None = None,
    content_type: str | None = None,
    channel: str | None = None,
    article_id: str | None = None,
    payload_size: int | None = None,
    max_payload_bytes: int | None = None,
    failed_at: datetime | None = None,
) -> DeadLetter:
    """A dead letter with the original bytes (cut to ``max_payload_bytes``), the reason and the source coordinates.

    The class and reason come from ``error`` unless given; ``payload_size`` is the size of the whole input when
    ``payload`` is already only its head (a huge file).
    """
    if error_class is None or reason is None:
        if error is None:
            raise TypeError("build_dead_letter needs an error, or error_class and reason")
        error_class, reason = error_class or type(error).__name__, reason or error_reason(error)
    kept = payload if max_payload_bytes is None else payload[:max_payload_bytes]
    size = len(payload) if payload_size is None else payload_size
    topic, partition, offset = (source.topic, source.partition, source.offset) if source else (None, None, None)
    return DeadLetter(
        id=dead_letter_id(stage, payload, topic=topic, partition=partition, offset=offset),
        stage=stage,
        error_class=error_class,
        reason=reason,
        retriable=retriable,
        payload=kept,
        payload_size=size,
        payload_truncated=len(kept) < size,
        file_name=file_name,
        content_type=content_type,
        article_id=article_id,
        channel=channel,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        failed_at=failed_at or datetime.now(UTC),
    )


def log_fields(letter: DeadLetter) -> dict[str, object]:
    """The ``extra=`` fields of a log line about a dead letter: where it came from and what it is."""
    return {
        "topic": letter.source_topic,
        "partition": letter.source_partition,
        "offset": letter.source_offset,
        "article_id": letter.article_id,
        "dead_letter_id": letter.id,
        "error_class": letter.error_class,
    }
