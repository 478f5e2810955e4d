"""A batch of Kafka records that flushes by count, by bytes or by age, and knows which offsets it covers."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from aiokafka import TopicPartition


class KafkaRecord(Protocol):
    """The parts of an aiokafka ``ConsumerRecord`` the indexer reads."""

    @property
    def topic(self) -> str:
        """Topic the record came from."""

    @property
    def partition(self) -> int:
        """Partition the record came from."""

    @property
    def offset(self) -> int:
        """Offset of the record in its partition."""

    @property
    def value(self) -> bytes | None:
        """Raw value (None for a tombstone)."""

    @property
    def headers(self) -> Sequence[tuple[str, bytes]]:
        """Record headers."""


@dataclass
class Batch:
    """Records collected for one bulk request; ``due`` once any of the three limits is reached."""

    max_docs: int
    max_bytes: int
    max_wait: float
    clock: Callable[[], float] = time.monotonic
    records: list[KafkaRecord] = field(default_factory=list)
    nbytes: int = 0
    started: float | None = None

    def add(self, record: KafkaRecord) -> None:
        """Append a record; the first one starts the age clock."""
        if self.started is None:
            self.started = self.clock()
        self.records.append(record)
        self.nbytes += len(record.value or b"")

    def __len__(self) -> int:
        return len(self.records)

    @property
    def full(self) -> bool:
        """Count or byte limit reached."""
        return len(self.records) >= self.max_docs or self.nbytes >= self.max_bytes

    def remaining_wait(self) -> float:
        """Seconds until the age limit (the full wait for an empty batch)."""
        if self.started is None:
            return self.max_wait
        return max(0.0, self.max_wait - (self.clock() - self.started))

    @property
    def due(self) -> bool:
        """Full, or non-empty and old enough."""
        return self.full or (self.started is not None and self.remaining_wait() <= 0)

    @property
    def room(self) -> int:
        """How many more records fit under the count limit."""
        return max(0, self.max_docs - len(self.records))

    def next_offsets(self) -> dict[TopicPartition, int]:
        """Offset to commit per partition: one past the last record of the batch."""
        offsets: dict[TopicPartition, int] = {}
        for record in self.records:
            tp = TopicPartition(record.topic, record.partition)
            offsets[tp] = max(offsets.get(tp, 0), record.offset + 1)
        return offsets
