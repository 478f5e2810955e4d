"""A batch is due by count, by bytes or by age, and commits one past its last offset per partition."""

from __future__ import annotations

from aiokafka import TopicPartition
from newswire_indexer.batching import Batch

from tests.unit.indexer.conftest import Record


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _record(offset: int, size: int = 10, partition: int = 0) -> Record:
    return Record("t.newswire.enriched", partition, offset, b"x" * size)


def test_due_by_count() -> None:
    batch = Batch(max_docs=3, max_bytes=10**6, max_wait=60)
    for offset in range(2):
        batch.add(_record(offset))
    assert not batch.due
    assert batch.room == 1
    batch.add(_record(2))
    assert batch.due
    assert batch.room == 0


def test_due_by_bytes() -> None:
    batch = Batch(max_docs=100, max_bytes=1000, max_wait=60)
    batch.add(_record(0, size=999))
    assert not batch.due
    batch.add(_record(1, size=1))
    assert batch.due


def test_due_by_age_counts_from_first_record() -> None:
    clock = Clock()
    batch = Batch(max_docs=100, max_bytes=10**6, max_wait=1.0, clock=clock)
    clock.now += 50
    assert not batch.due, "an empty batch is never due"
    assert batch.remaining_wait() == 1.0
    batch.add(_record(0))
    clock.now += 0.4
    assert abs(batch.remaining_wait() - 0.6) < 1e-9
    clock.now += 0.6
    assert batch.due


def test_next_offsets_per_partition() -> None:
    batch = Batch(max_docs=100, max_bytes=10**6, max_wait=1)
    for record in (_record(5), _record(6), _record(9, partition=1), _record(7)):
        batch.add(record)
    assert batch.next_offsets() == {
        TopicPartition("t.newswire.enriched", 0): 8,
        TopicPartition("t.newswire.enriched", 1): 10,
    }


def test_tombstones_weigh_nothing() -> None:
    batch = Batch(max_docs=10, max_bytes=10, max_wait=1)
    batch.add(Record("t", 0, 0, None))
    assert batch.nbytes == 0
    assert len(batch) == 1
