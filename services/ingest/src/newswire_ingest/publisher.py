"""The one Kafka producer of an ingest process: articles and dead letters, acknowledged before we move on.

Every send is acknowledged or given up within ``publish_timeout``: the producer's request timeout is 45 % of it,
and aiokafka drops a batch (fails its send, never sends it again) once it is older than that. That holds only
without idempotence (an idempotent aiokafka producer retries a batch forever, so a file answered 503 during an
outage would be published minutes later, behind the client's back). The duplicates idempotence would have
prevented (a retried produce request the broker had written) carry the same article id and version, which the
indexer's external versions absorb. One case stays open: a produce request in flight when its batch expires may
have been written by a broker whose answer never arrived.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, KafkaTimeoutError, MessageSizeTooLargeError, RecordTooLargeError
from aiokafka.structs import RecordMetadata
from newswire_runtime import Backoff, new_producer
from newswire_schemas import Article, DeadLetter, key_for
from newswire_schemas.topics import HEADER_SCHEMA

from newswire_ingest.errors import PublishError, UnpublishableError
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

ARTICLE_SCHEMA: Final = b"newswire.article/2"
"""Value of the ``schema`` header on the articles topic."""
DEADLETTER_SCHEMA: Final = b"newswire.deadletter/2"
"""Value of the ``schema`` header on the dead-letter topic."""

_TOO_LARGE = (MessageSizeTooLargeError, RecordTooLargeError)


class Publisher:
    """Wraps an idempotent ``acks=all`` producer; every publish returns only once the broker acknowledged it."""

    def __init__(self, settings: IngestSettings) -> None:
        self._settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._started = False
        self._backoff = Backoff(settings.retry_backoff, settings.retry_backoff_max)

    @property
    def expiry_ms(self) -> int:
        """Milliseconds after which the producer gives a send up: 45 % of the publish timeout.

        A batch is failed at the first error after that age; a produce request already in flight then still
        waits its own request timeout, so a send is settled within 90 % of ``publish_timeout``.
        """
        return int(self._settings.publish_timeout * 450)

    @property
    def connected(self) -> bool:
        """True once the producer has started and fetched cluster metadata."""
        return self._started

    async def start(self) -> None:
        """Create and start the producer; raises PublishError if the brokers cannot be reached."""
        producer = new_producer(
            self._settings.kafka,
            client_id="newswire-ingest",
            # see the module docstring: an idempotent producer never gives a batch up
            enable_idempotence=False,
            acks="all",
            request_timeout_ms=self.expiry_ms,
            compression_type=self._settings.compression_type,
            max_request_size=self._settings.max_request_size,
            linger_ms=0,
        )
        try:
            await producer.start()
        except KafkaError as exc:
            await producer.stop()
            raise PublishError(f"cannot connect to Kafka at {self._settings.kafka.bootstrap_servers}: {exc!r}") from exc
        self._producer = producer
        self._started = True
        logger.info("producer connected", extra={"bootstrap_servers": self._settings.kafka.bootstrap_servers})
        await self._fetch_topic_metadata(producer)

    async def _fetch_topic_metadata(self, producer: AIOKafkaProducer) -> None:
        """Learn the output topics' partitions now, so the first file does not pay for it (nor finds them missing)."""
        for topic in (self._settings.kafka.articles_topic, self._settings.kafka.deadletter_topic):
            try:
                await producer.partitions_for(topic)
            except KafkaError as exc:
                # Not fatal: the topic may be created later; sends retry and fail as PublishError meanwhile.
                logger.warning("no metadata for topic %s yet: %r", topic, exc, extra={"topic": topic})

    async def stop(self) -> None:
        """Flush pending sends and close the producer."""
        self._started = False
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def publish_article(self, article: Article, deadline: float | None = None) -> RecordMetadata:
        """Publish an article keyed by its id; returns the broker's acknowledgement (see :meth:`_send`)."""
        return await self._send(
            self._settings.kafka.articles_topic,
            key_for(article),
            article.model_dump_json().encode(),
            ARTICLE_SCHEMA,
            deadline,
        )

    async def publish_dead_letter(self, dead_letter: DeadLetter, deadline: float | None = None) -> RecordMetadata:
        """Publish a dead letter keyed by article id (or its own id); returns the broker's acknowledgement."""
        return await self._send(
            self._settings.kafka.deadletter_topic,
            key_for(dead_letter),
            dead_letter.model_dump_json().encode(),
            DEADLETTER_SCHEMA,
            deadline,
        )

    async def send_raw(self, topic: str, key: bytes | None, value: bytes, headers: list[tuple[str, bytes]]) -> None:
        """Send arbitrary bytes (used to feed the inbox topic); waits for the acknowledgement."""
        producer = self._require()
        await producer.send_and_wait(topic, value=value, key=key, headers=headers)

    async def _send(
        self, topic: str, key: bytes, value: bytes, schema: bytes, deadline: float | None = None
    ) -> RecordMetadata:
        """Send with retries on transient failures; a message the broker can never take is UnpublishableError.

        With a ``deadline`` (event-loop time), a retry is made only if it is settled before it: a caller that
        answers at its deadline leaves no send behind that could still reach Kafka.
        """
        producer = self._require()
        attempt = 0
        while True:
            try:
                return await producer.send_and_wait(topic, value=value, key=key, headers=[(HEADER_SCHEMA, schema)])
            except _TOO_LARGE as exc:
                raise UnpublishableError(
                    f"{len(value)} bytes is more than Kafka accepts on {topic} ({type(exc).__name__})"
                ) from exc
            except KafkaError as exc:
                retriable = isinstance(exc, KafkaTimeoutError) or bool(getattr(exc, "retriable", False))
                attempt += 1
                delay = self._backoff.delay(attempt)
                if not retriable or attempt > self._settings.publish_retries or self._too_late(delay, deadline):
                    raise PublishError(f"Kafka did not acknowledge a message on {topic}: {exc!r}") from exc
                logger.warning(
                    "send failed, retrying in %.2fs: %r",
                    delay,
                    exc,
                    extra={"topic": topic, "key": key.decode(errors="replace"), "attempt": attempt},
                )
                await asyncio.sleep(delay)

    def _too_late(self, delay: float, deadline: float | None) -> bool:
        """Whether a retry after ``delay`` could still be unsettled at ``deadline`` (two expiries: see above)."""
        if deadline is None:
            return False
        return asyncio.get_running_loop().time() + delay + 2 * self.expiry_ms / 1000 > deadline

    def _require(self) -> AIOKafkaProducer:
        """The started producer, or PublishError when start() has not succeeded."""
        if self._producer is None:
            raise PublishError("the producer is not started")
        return self._producer
