"""The processing core every channel shares: bytes and metadata in, acknowledged articles or a dead letter out.

A file may hold several stories (a NewsML-G2 newsMessage, a composite ninjs object). It is handled as a unit:
its outcome is :class:`Published` only once Kafka acknowledged every one of its articles, and a retriable failure
of any send raises, so the channel acknowledges nothing of the file (no move, no commit, a 503) and processes it
again later. The retry sends every article again under the same ids and versions, which downstream idempotency
(article id as key and ``_id``, external versions) absorbs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from aiokafka.structs import RecordMetadata
from newswire_schemas import Article, Channel, DeadLetter

from newswire_ingest.deadletters import Source, build_dead_letter
from newswire_ingest.errors import RejectedInputError, UnpublishableError
from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits
from newswire_ingest.metrics import IngestMetrics
from newswire_ingest.parse_gate import ParseGate
from newswire_ingest.publisher import Publisher

if TYPE_CHECKING:
    from newswire_ingest.parsers.dispatch import ParsedFile
    from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

# If the broker refuses a dead letter as too large, its payload is cut to this and sent again.
_FALLBACK_PAYLOAD_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class Published:
    """The input became articles (one per story, in file order); ``records`` are their broker acknowledgements.

    ``records`` is empty on a dry run; ``skipped`` notes the items inside the file that were no text story.
    """

    articles: tuple[Article, ...]
    records: tuple[RecordMetadata, ...] = ()
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """The input was dead-lettered; ``record`` is the acknowledgement of the dead letter (None on a dry run)."""

    dead_letter: DeadLetter
    error: BaseException
    record: RecordMetadata | None


Outcome = Published | Rejected
"""What became of one input."""


class ParseFile(Protocol):
    """The signature of :func:`newswire_ingest.parsers.parse_file`."""

    def __call__(
        self,
        data: bytes,
        *,
        file_name: str | None,
        content_type: str | None,
        channel: Channel,
        received_at: datetime,
        limits: ParseLimits,
    ) -> ParsedFile:
        """Parse one file into its articles or raise a RejectedInputError."""
        ...


def default_parser() -> ParseFile:
    """The parser entry point of this package (imported late: the parsers package is the heavier import)."""
    from newswire_ingest.parsers import parse_file  # noqa: PLC0415

    return parse_file


def _utcnow() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


class Pipeline:
    """Parses input with ``parse_file`` and publishes the article, or the dead letter when it is rejected.

    Every parse is held to ``limits``; large inputs are processed a few at a time through ``gate`` (see
    :mod:`newswire_ingest.parse_gate`). One pipeline serves every channel of a process: the bound is per process.
    """

    def __init__(
        self,
        publisher: Publisher | None,
        *,
        limits: ParseLimits = DEFAULT_LIMITS,
        gate: ParseGate | None = None,
        metrics: IngestMetrics | None = None,
        clock: Callable[[], datetime] = _utcnow,
        parse: ParseFile | None = None,
    ) -> None:
        self._publisher = publisher
        self._parse_file = parse if parse is not None else default_parser()
        self.limits = limits
        self._gate = gate if gate is not None else ParseGate()
        self.metrics = metrics if metrics is not None else IngestMetrics()
        self._clock = clock

    @classmethod
    def from_settings(
        cls, publisher: Publisher | None, settings: IngestSettings, *, metrics: IngestMetrics | None = None
    ) -> Pipeline:
        """The pipeline of a process configured by ``settings`` (its parse limits and parse threads)."""
        gate = ParseGate(large_bytes=settings.large_parse_bytes, concurrency=settings.parse_concurrency)
        return cls(publisher, limits=settings.parse_limits, gate=gate, metrics=metrics)

    @property
    def max_bytes(self) -> int:
        """The size limit inputs are held to."""
        return self.limits.max_bytes

    def close(self) -> None:
        """Stop the parse threads (after the parses they hold)."""
        self._gate.close()

    async def process(self, data: bytes, source: Source, *, deadline: float | None = None) -> Outcome:
        """Parse and publish; rejected or crashing input is dead-lettered. RetriableError propagates to the caller.

        ``deadline`` (event-loop time) bounds the sends' retries: see :meth:`Publisher._send`. A large input first
        waits for one of the gate's slots (not bounded by the deadline: the wait is on this process, not on Kafka).
        """
        async with self._gate.admit(len(data)):
            return await self._process(data, source, deadline)

    async def _process(self, data: bytes, source: Source, deadline: float | None) -> Outcome:
        """:meth:`process`, once admitted."""
        self.metrics.received.labels(source.channel).inc()
        received_at = self._clock()
        try:
            parsed = await self._parse(data, source, received_at)
        except RejectedInputError as exc:
            return await self._reject(data, source, exc, deadline=deadline)
        except Exception as exc:
            # A parser bug must not lose the input nor stop the channel: dead-letter it under its own class name.
            logger.exception("unexpected error parsing input", extra=source.log_extra())
            return await self._reject(data, source, exc, deadline=deadline)
        for note in parsed.skipped:
            # Pictures, videos and other non-stories inside a message: one line each, never a dead letter.
            logger.info("item skipped: %s", note, extra=source.log_extra())
        self.metrics.items_skipped.labels(source.channel).inc(len(parsed.skipped))
        if self._publisher is None:
            return Published(parsed.articles, (), parsed.skipped)
        return await self._publish(data, source, parsed, deadline)

    async def _publish(self, data: bytes, source: Source, parsed: ParsedFile, deadline: float | None) -> Outcome:
        """Send every article of the file and wait for all acknowledgements (see the module docstring)."""
        if self._publisher is None:
            raise RuntimeError("no publisher on a dry run")
        started = time.perf_counter()
        sends = [self._publisher.publish_article(article, deadline) for article in parsed.articles]
        results = await asyncio.gather(*sends, return_exceptions=True)
        records = tuple(r for r in results if isinstance(r, RecordMetadata))
        if len(records) < len(results):
            index, failure = next((n, r) for n, r in enumerate(results) if isinstance(r, BaseException))
            if not isinstance(failure, UnpublishableError):
                raise failure  # retriable (or a bug): nothing of the file is acknowledged, the channel retries it
            failed = (index, failure)
            return await self._reject_unpublishable(data, source, parsed, failed, sent=len(records), deadline=deadline)
        self.metrics.publish_seconds.labels("article").observe(time.perf_counter() - started)
        self.metrics.published.labels(source.channel, parsed.articles[0].source_format).inc()
        self.metrics.articles.labels(source.channel, parsed.articles[0].source_format).inc(len(parsed.articles))
        ids = [article.id for article in parsed.articles]
        logger.debug("published %d articles", len(ids), extra={**source.log_extra(), "article_ids": ids})
        return Published(parsed.articles, records, parsed.skipped)

    async def _reject_unpublishable(
        self,
        data: bytes,
        source: Source,
        parsed: ParsedFile,
        failed: tuple[int, UnpublishableError],
        *,
        sent: int,
        deadline: float | None,
    ) -> Rejected:
        """Dead-letter a file one of whose articles Kafka can never take, saying which and what was sent."""
        index, error = failed
        article = parsed.articles[index]
        if len(parsed.articles) > 1:
            error = UnpublishableError(
                f"article {index + 1} of {len(parsed.articles)} ({article.id}): {error.reason}; "
                f"{sent} other articles of the file were published"
            )
        return await self._reject(data, source, error, article_id=article.id, deadline=deadline)

    async def reject(
        self,
        data: bytes,
        source: Source,
        error: BaseException,
        *,
        payload_size: int | None = None,
        article_id: str | None = None,
        deadline: float | None = None,
    ) -> Rejected:
        """Dead-letter ``data`` because of ``error`` and wait for the acknowledgement."""
        async with self._gate.admit(len(data)):
            return await self._reject(
                data, source, error, payload_size=payload_size, article_id=article_id, deadline=deadline
            )

    async def _reject(
        self,
        data: bytes,
        source: Source,
        error: BaseException,
        *,
        payload_size: int | None = None,
        article_id: str | None = None,
        deadline: float | None = None,
    ) -> Rejected:
        """:meth:`reject`, once admitted."""
        dead_letter = build_dead_letter(
            data,
            source,
            error,
            max_bytes=self.limits.max_bytes,
            failed_at=self._clock(),
            payload_size=payload_size,
            article_id=article_id,
        )
        self.metrics.rejected.labels(source.channel, dead_letter.error_class).inc()
        logger.warning(
            "input rejected: %s: %s",
            dead_letter.error_class,
            dead_letter.reason,
            extra={**source.log_extra(), "article_id": article_id, "dead_letter_id": dead_letter.id},
        )
        if self._publisher is None:
            return Rejected(dead_letter, error, None)
        return Rejected(dead_letter, error, await self._publish_dead_letter(dead_letter, deadline))

    async def _parse(self, data: bytes, source: Source, received_at: datetime) -> ParsedFile:
        """Call the parser entry point through the gate (on a parse thread for large inputs)."""

        def run() -> ParsedFile:
            return self._parse_file(
                data,
                file_name=source.file_name,
                content_type=source.content_type,
                channel=source.channel,
                received_at=received_at,
                limits=self.limits,
            )

        parsed = await self._gate.run(len(data), run)
        if source.run_id is None:
            return parsed
        traced = tuple(article.model_copy(update={"run_id": source.run_id}) for article in parsed.articles)
        return replace(parsed, articles=traced)

    async def _publish_dead_letter(self, dead_letter: DeadLetter, deadline: float | None) -> RecordMetadata:
        """Publish a dead letter; one the broker finds too large is sent again with a shorter payload."""
        if self._publisher is None:
            raise RuntimeError("no publisher on a dry run")
        started = time.perf_counter()
        try:
            record = await self._publisher.publish_dead_letter(dead_letter, deadline)
        except UnpublishableError:
            smaller = dead_letter.model_copy(
                update={"payload": dead_letter.payload[:_FALLBACK_PAYLOAD_BYTES], "payload_truncated": True}
            )
            record = await self._publisher.publish_dead_letter(smaller, deadline)
        self.metrics.publish_seconds.labels("dead_letter").observe(time.perf_counter() - started)
        return record
