"""Where the worker's output goes: Kafka topics in production, a list in unit tests."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiokafka.errors import KafkaError, KafkaTimeoutError
from newswire_schemas import DeadLetter, EnrichedArticle, key_for

from newswire_tagger.errors import RetriableError

Headers = Sequence[tuple[str, bytes]]
"""Kafka record headers, as aiokafka gives them."""


class Sink(Protocol):
    """Delivers the worker's output; returns only once the output is durable."""

    async def send_enriched(self, enriched: EnrichedArticle, headers: Headers = ()) -> None:
        """Deliver one enriched article, with the headers carried over from its input."""

    async def send_dead_letter(self, letter: DeadLetter) -> None:
        """Deliver one dead letter."""


@dataclass
class TopicSink:
    """Sends to faust topics and waits for the broker's acknowledgement before returning."""

    enriched_topic: Any
    deadletter_topic: Any
    timeout_s: float

    async def send_enriched(self, enriched: EnrichedArticle, headers: Headers = ()) -> None:
        """Send an enriched article keyed by article id and wait until Kafka has it."""
        await self._send(self.enriched_topic, key_for(enriched), enriched.model_dump_json().encode(), headers)

    async def send_dead_letter(self, letter: DeadLetter) -> None:
        """Send a dead letter keyed by article id (or its own id) and wait until Kafka has it."""
        await self._send(self.deadletter_topic, key_for(letter), letter.model_dump_json().encode())

    async def _send(self, topic: Any, key: bytes, value: bytes, headers: Headers = ()) -> None:
        try:
            pending = await topic.send(key=key, value=value, headers=list(headers) or None)
            await asyncio.wait_for(pending, timeout=self.timeout_s)
        except (TimeoutError, ConnectionError, OSError) as exc:
            raise RetriableError(f"Kafka did not acknowledge a message on {topic.get_topic_name()}: {exc}") from exc
        except KafkaError as exc:
            if not (exc.retriable or isinstance(exc, KafkaTimeoutError)):
                raise  # e.g. a record too large: the event is dead-lettered
            raise RetriableError(f"Kafka did not acknowledge a message on {topic.get_topic_name()}: {exc!r}") from exc


@dataclass
class MemorySink:
    """Keeps the output in lists: the sink the unit tests and the benchmark use."""

    enriched: list[EnrichedArticle] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    headers: list[list[tuple[str, bytes]]] = field(default_factory=list)
    """The headers each enriched article was sent with, in the same order."""

    async def send_enriched(self, enriched: EnrichedArticle, headers: Headers = ()) -> None:
        """Record an enriched article and its headers."""
        self.enriched.append(enriched)
        self.headers.append(list(headers))

    async def send_dead_letter(self, letter: DeadLetter) -> None:
        """Record a dead letter."""
        self.dead_letters.append(letter)
