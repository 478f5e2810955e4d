"""Drop files into the inbox topic, under a run id so that what becomes of them can be looked up (``report``)."""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newswire_runtime import KafkaSettings, new_producer
from newswire_schemas import InboxHeaders

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What became of one dropped file (of its first article, for a file of several)."""

    file: str
    status: str  # "indexed" | "embargoed" | "withdrawn" | "unchanged" | "rejected" | "missing"
    document: dict[str, Any]
    """The article's document, or the file's dead letter; empty when missing."""


async def drop_files(
    kafka: KafkaSettings,
    files: list[Path],
    *,
    run_id: str | None = None,
    on_sent: Callable[[Path], None] | None = None,
) -> None:
    """Produce each file, byte for byte, to the inbox topic with its name, content type and run id in headers.

    ``on_sent`` is called with each file once Kafka acknowledged it (progress)."""
    inbox_topic = kafka.inbox_topic
    producer = new_producer(kafka, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for path in files:
            content_type, _ = mimetypes.guess_type(path.name)
            headers = InboxHeaders(file_name=path.name, content_type=content_type, run_id=run_id).to_kafka()
            await producer.send_and_wait(inbox_topic, path.read_bytes(), key=path.name.encode(), headers=headers)
            logger.debug("dropped %s into %s", path.name, inbox_topic)
            if on_sent is not None:
                on_sent(path)
    finally:
        await producer.stop()
