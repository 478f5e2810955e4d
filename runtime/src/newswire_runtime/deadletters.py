"""Building a dead letter: the one shape every stage gives a rejected input, and how it is logged.

The id (the Kafka key of a dead letter without article id, and its Elasticsearch ``_id``) names one rejection of
one submission, never the bytes: the same bad bytes sent twice are two dead letters, and ``payload_sha256`` groups
them. :func:`dead_letter_id` is the only place the rule is written.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Protocol

from newswire_schemas import DeadLetter, Stage

MAX_ID_BYTES = 400
"""Longest id kept readable (Elasticsearch refuses an ``_id`` over 512 bytes); longer ones end in a hash."""


def dead_letter_id(
    stage: Stage,
    *,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    channel: str | None = None,
    submission: str | None = None,
    failed_at: datetime | None = None,
) -> str:
    """The id of one rejection, from the most stable identity of its submission the stage knows.

    * Kafka input: ``<stage>:<topic>:<partition>:<offset>``; replaying the topic overwrites, never adds.
    * a submission the channel names (a folder file's path, inode, size and mtime; an HTTP request id):
      ``<stage>:<channel>:<submission>``; the same submission processed again (after a crash) overwrites.
    * otherwise ``<stage>:<channel>:<failed_at, UTC, microseconds>:<12 random hex>``: unique.
    """
    if topic is not None and partition is not None and offset is not None:
        return _bounded(f"{stage}:{topic}:{partition}:{offset}")
    if submission:
        return _bounded(f"{stage}:{channel or 'unknown'}:{submission}")
    moment = (failed_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    return f"{stage}:{channel or 'unknown'}:{moment}:{uuid.uuid4().hex[:12]}"


def _bounded(identity: str) -> str:
    """``identity`` if short enough, else its first part and a hash of the whole (still unique, still readable)."""
    if len(identity.encode()) <= MAX_ID_BYTES:
        return identity
    digest = hashlib.sha256(identity.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]
    head = identity.encode()[: MAX_ID_BYTES - 40].decode(errors="ignore")
    return f"{head}~{digest}"


def payload_hash(payload: bytes) -> str:
    """SHA-256 (hex) of rejected bytes: the field that groups identical inputs."""
    return hashlib.sha256(payload).hexdigest()


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
    submission: str | None = None,
    article_id: str | None = None,
    payload_size: int | None = None,
    max_payload_bytes: int | None = None,
    failed_at: datetime | None = None,
) -> DeadLetter:
    """A dead letter with the original bytes (cut to ``max_payload_bytes``), the reason and the source coordinates.

    The class and reason come from ``error`` unless given; ``payload_size`` is the size of the whole input when
    ``payload`` is already only its head (a huge file); ``submission`` names the submission when the input did not
    come from Kafka (see :func:`dead_letter_id`).
    """
    if error_class is None or reason is None:
        if error is None:
            raise TypeError("build_dead_letter needs an error, or error_class and reason")
        error_class, reason = error_class or type(error).__name__, reason or error_reason(error)
    kept = payload if max_payload_bytes is None else payload[:max_payload_bytes]
    size = len(payload) if payload_size is None else payload_size
    topic, partition, offset = (source.topic, source.partition, source.offset) if source else (None, None, None)
    failed_at = failed_at or datetime.now(UTC)
    letter_id = dead_letter_id(
        stage,
        topic=topic,
        partition=partition,
        offset=offset,
        channel=channel,
        submission=submission,
        failed_at=failed_at,
    )
    return DeadLetter(
        id=letter_id,
        stage=stage,
        error_class=error_class,
        reason=reason,
        retriable=retriable,
        payload=kept,
        payload_size=size,
        payload_truncated=len(kept) < size,
        payload_sha256=payload_hash(payload),
        file_name=file_name,
        content_type=content_type,
        article_id=article_id,
        channel=channel,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        failed_at=failed_at,
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
