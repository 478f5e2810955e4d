"""Building the dead letter of an input the ingest stage could not turn into an article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newswire_runtime import build_dead_letter as runtime_dead_letter
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
    run_id: str | None = None
    """Submission the input came with (inbox header ``run-id``, HTTP ``X-Run-Id``): copied onto its outputs."""
    submission: str | None = None
    """What names this one submission outside Kafka (folder: path, inode, size, mtime; HTTP: the request id).

    Part of a dead letter's id: see :func:`newswire_runtime.dead_letter_id`."""

    def log_extra(self) -> dict[str, object]:
        """Fields every log line about this input carries."""
        return {
            "channel": self.channel,
            "file_name": self.file_name,
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
        }


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
    letter = runtime_dead_letter(
        "ingest",
        payload,
        error,
        # Bad input stays bad; an unexpected exception is our bug, so a replay after a fix may succeed.
        retriable=not isinstance(error, RejectedInputError),
        source=source,
        file_name=source.file_name,
        content_type=source.content_type,
        channel=source.channel,
        submission=source.submission,
        article_id=article_id,
        payload_size=payload_size,
        max_payload_bytes=max_bytes,
        failed_at=failed_at,
    )
    # the submission's run id travels on (the shared builder does not know it)
    return letter if source.run_id is None else letter.model_copy(update={"run_id": source.run_id})
