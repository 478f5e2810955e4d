"""The offered load of a chaos scenario: generated wire stories with unique ids, sent at a steady rate.

Each story is the shipped seed's sentences reshuffled under a headline that carries the scenario's token, so its
id (a hash of what it says) is new in every run. Half of the stories go to the watched folder (written under a
hidden name, then renamed into place), half to the inbox topic, each channel at its own steady pace; a send that
Kafka does not acknowledge (it may be down) is retried until it is.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from newswire_ingest.parsers import parse_file
from newswire_runtime import KafkaSettings, new_producer
from newswire_schemas import InboxHeaders

from tests.chaos.scenarios import LoadChannel

logger = logging.getLogger(__name__)

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
WORDS = 120
"""Words per story: short, so the tagger (the slowest stage) keeps up with the offered rate on two cores."""
SEND_TIMEOUT = 10.0


@dataclass(frozen=True)
class Story:
    """One generated wire file: its name, bytes, the channel it goes by, and the article id ingest will give it."""

    name: str
    data: bytes
    channel: LoadChannel
    article_id: str


def _sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8").strip()
    body = text.removeprefix("date 2026-01-22 ").rsplit(" - ", 1)[0]
    return [s.strip().rstrip(".") + "." for s in body.split(". ") if s.strip()]


def make_stories(token: str, count: int, channels: tuple[LoadChannel, ...]) -> list[Story]:
    """``count`` stories named ``chaos-<token>-<n>.txt``, dealt to ``channels`` in turn, with their article ids."""
    sentences = _sentences()
    stories = []
    for n in range(count):
        rng = random.Random(f"{token}-{n}")  # noqa: S311 - reproducible text, not secrets
        picked: list[str] = []
        while sum(len(s.split()) for s in picked) < WORDS:
            picked.append(rng.choice(sentences))
        body = "\n\n".join(" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3))
        data = f" date 2026-01-{1 + n % 28:02d} Bülten {token} {n}: {body} - ANKARA".encode()
        channel = channels[n % len(channels)]
        name = f"chaos-{token}-{n:05d}.txt"
        parsed = parse_file(data, file_name=name, content_type="text/plain", channel=channel, received_at=_now())
        stories.append(Story(name, data, channel, parsed.articles[0].id))
    return stories


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Feeder:
    """Sends stories at ``rate`` stories/s overall; ``offered`` maps each name to when it was handed over."""

    kafka: KafkaSettings
    watch_dir: Path
    rate: float
    offered: dict[str, float] = field(default_factory=dict)

    async def run(self, stories: list[Story]) -> None:
        """Feed every story; the channels run side by side, so one that stalls does not hold up the other."""
        by_channel: dict[str, list[Story]] = {}
        for story in stories:
            by_channel.setdefault(story.channel, []).append(story)
        share = self.rate / max(1, len(by_channel))
        feeds = {"folder": self._folder, "inbox": self._inbox}
        await asyncio.gather(*(feeds[channel](group, share) for channel, group in by_channel.items()))

    async def _paced(self, index: int, began: float, rate: float) -> None:
        """Sleep until the ``index``-th send is due (a steady pace that catches up after a stall)."""
        await asyncio.sleep(max(0.0, began + index / rate - time.monotonic()))

    async def _folder(self, stories: list[Story], rate: float) -> None:
        began = time.monotonic()
        for index, story in enumerate(stories):
            await self._paced(index, began, rate)
            hidden = self.watch_dir / f".{story.name}"
            hidden.write_bytes(story.data)
            os.replace(hidden, self.watch_dir / story.name)  # appears whole: never read half-written
            self.offered[story.name] = time.time()

    async def _inbox(self, stories: list[Story], rate: float) -> None:
        producer = new_producer(self.kafka, enable_idempotence=True, acks="all", request_timeout_ms=5000)
        began = time.monotonic()
        try:
            await self._start(producer)
            for index, story in enumerate(stories):
                await self._paced(index, began, rate)
                headers = InboxHeaders(file_name=story.name, content_type="text/plain").to_kafka()
                handed = time.time()  # offered when handed to the producer: the broker may have it before the ack
                while True:
                    try:
                        await asyncio.wait_for(
                            producer.send_and_wait(self.kafka.inbox_topic, story.data, headers=headers), SEND_TIMEOUT
                        )
                        break
                    except (KafkaError, TimeoutError) as error:
                        logger.info("chaos load: %s not acknowledged (%r); sending again", story.name, error)
                        await asyncio.sleep(0.5)
                self.offered[story.name] = handed
        finally:
            await producer.stop()

    @staticmethod
    async def _start(producer: AIOKafkaProducer) -> None:
        """Start the producer, retrying while the broker cannot be reached."""
        while True:
            try:
                await producer.start()
            except KafkaError as error:
                logger.info("chaos load: producer cannot start yet (%r)", error)
                await asyncio.sleep(1.0)
            else:
                return
