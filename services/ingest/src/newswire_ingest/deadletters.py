"""Building the dead letter of an input the ingest stage could not turn into an article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from newswire_schemas import Channel, DeadLetter

from newswire_ingest.errors import RejectedInputError


@dataclass(frozen=True, slots=True)
class Source:
    """Where an input came from: channel, file metadata and, for the inbox, its Kafka coordinates."""

    channel: Channel
    file_name: str | None = None
    content_type: str | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None

    def log_extra(self) -> dict[str, object]:
        """Fields every log line about this input carries."""
        return {
            "channel": self.channel,
            "file_name": self.file_name,
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
        }


def dead_letter_id(payload: bytes, source: Source) -> str:
    """Stable id: Kafka coordinates for inbox input, else a hash of the bytes (a re-sent file gets the same id)."""
    if source.topic is not None and source.partition is not None and source.offset is not None:
        return f"ingest:{source.topic}:{source.partition}:{source.offset}"
    return f"ingest:sha256:{hashlib.sha256(payload).hexdigest()}"


def build_dead_letter(
    payload: bytes,
    source: Source,
    error: BaseException,
    *,
    max_bytes: int,
    failed_at: datetime,
    payload_size: int | None = None,
    article_id: str | None = None,
) -> DeadLetter:
    """A dead letter carrying the original bytes (cut to ``max_bytes``), the reason and the source coordinates."""
    size = len(payload) if payload_size is None else payload_size
    kept = payload[:max_bytes]
    rejected = isinstance(error, RejectedInputError)
    reason = error.reason if isinstance(error, RejectedInputError) else (str(error) or repr(error))
    return DeadLetter(
        id=dead_letter_id(payload, source),
        stage="ingest",
        error_class=type(error).__name__,
        reason=reason,
        # Bad input stays bad; an unexpected exception is our bug, so a replay after a fix may succeed.
        retriable=not rejected,
        payload=kept,
        payload_size=size,
        payload_truncated=len(kept) < size,
        file_name=source.file_name,
        content_type=source.content_type,
        article_id=article_id,
        channel=source.channel,
        source_topic=source.topic,
        source_partition=source.partition,
        source_offset=source.offset,
        failed_at=failed_at,
    )
