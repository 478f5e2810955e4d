"""The offset ledger: which input offsets may be committed, because their output is on Kafka.

faust commits what its streams *acknowledged*, and a stream acknowledges more than what was processed: an
event skipped because it belongs to a previous rebalance generation, an event whose agent body raised or was
cancelled. Its commit arithmetic also lets a single missing offset through (``_new_offset`` accepts an acked run
starting one past the committed offset, and any run while nothing is committed yet). Under rebalances that lost
articles: offsets were committed for messages whose enriched output had never been produced.

The ledger is told two things only: where each assigned partition starts (the committed offset, or the log
start for a partition never committed) and which offsets had their output acknowledged by Kafka. The offset to
commit is the first one not yet done: nothing past a gap is ever committed, whatever faust acknowledged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

P = TypeVar("P")
"""A topic-partition (faust's ``TP``; anything hashable in unit tests)."""


@dataclass
class _Partition:
    """One partition's commit point and the offsets done beyond it."""

    next_offset: int
    """The first offset whose output is not known to be on Kafka: what a commit may say."""
    done: set[int] = field(default_factory=set)


class OffsetLedger(Generic[P]):
    """Per assigned partition, the highest contiguous run of offsets whose output Kafka acknowledged."""

    def __init__(self, topics: Iterable[str] | None = None) -> None:
        self._topics = frozenset(topics) if topics is not None else None
        self._partitions: dict[P, _Partition] = {}

    def tracks(self, topic: str) -> bool:
        """True for a topic whose commits the ledger decides (all of them when none were named)."""
        return self._topics is None or topic in self._topics

    def assign(self, starts: Mapping[P, int]) -> None:
        """The partitions now owned and the offset each is read from; everything known before is forgotten.

        Called after every rebalance, once the consumer has been positioned at the committed offsets: an output
        acknowledged under an earlier assignment but not committed is simply produced again (duplicates on the
        enriched topic are harmless, the indexer is idempotent; a gap would not be).
        """
        self._partitions = {tp: _Partition(start) for tp, start in starts.items()}

    def revoke(self, partitions: Iterable[P]) -> None:
        """Forget partitions another worker now owns: their late outputs must not move any commit."""
        for tp in partitions:
            self._partitions.pop(tp, None)

    def done(self, tp: P, offset: int) -> None:
        """Offset ``offset`` of ``tp`` is finished: its output (or dead letter) was acknowledged by Kafka."""
        partition = self._partitions.get(tp)
        if partition is None or offset < partition.next_offset:
            return  # not ours (revoked, or never assigned), or already committed: a replayed duplicate
        partition.done.add(offset)
        while partition.next_offset in partition.done:
            partition.done.remove(partition.next_offset)
            partition.next_offset += 1

    def owns(self, tp: P) -> bool:
        """True while ``tp`` is assigned to this worker (as of the last rebalance)."""
        return tp in self._partitions

    def partitions(self) -> Iterator[P]:
        """The partitions the ledger tracks."""
        return iter(list(self._partitions))

    def committable(self, partitions: Iterable[P] | None = None) -> dict[P, int]:
        """The offset each partition may commit: its first offset without an acknowledged output."""
        wanted = self._partitions if partitions is None else partitions
        return {tp: self._partitions[tp].next_offset for tp in wanted if tp in self._partitions}

    def waiting(self, tp: P) -> int:
        """How many offsets past the commit point are done while an earlier one is not (0 when contiguous)."""
        partition = self._partitions.get(tp)
        return len(partition.done) if partition is not None else 0
