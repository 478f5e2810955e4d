"""The offset ledger: a commit never passes an offset whose output Kafka has not acknowledged."""

from __future__ import annotations

from newswire_tagger.ledger import OffsetLedger

A, B = ("articles", 0), ("articles", 1)


def test_commit_point_follows_contiguous_done_offsets() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 10})
    assert ledger.committable() == {A: 10}
    ledger.done(A, 10)
    ledger.done(A, 11)
    assert ledger.committable() == {A: 12}


def test_gap_holds_the_commit_point_until_filled() -> None:
    # faust would commit 14 here (an acked run starting one past the commit point): offset 10 would be lost
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 10})
    for offset in (11, 12, 13):
        ledger.done(A, offset)
    assert ledger.committable() == {A: 10}
    assert ledger.waiting(A) == 3
    ledger.done(A, 10)
    assert ledger.committable() == {A: 14}
    assert ledger.waiting(A) == 0


def test_partition_never_committed_starts_where_it_is_read_from() -> None:
    # an event skipped by faust at the very start (old generation) must not let later ones commit past it
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 0})
    ledger.done(A, 1)
    assert ledger.committable() == {A: 0}


def test_revoked_partition_ignores_late_outputs() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 5, B: 7})
    ledger.revoke([A])
    ledger.done(A, 5)
    assert ledger.committable() == {B: 7}
    assert not ledger.owns(A)
    assert ledger.owns(B)


def test_reassignment_forgets_what_was_not_committed() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 5})
    ledger.done(A, 6)
    ledger.assign({A: 5})  # after a rebalance, read again from the committed offset
    ledger.done(A, 5)
    assert ledger.committable() == {A: 6}


def test_replayed_offsets_below_the_commit_point_change_nothing() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.assign({A: 5})
    ledger.done(A, 3)
    assert ledger.committable() == {A: 5}
    assert ledger.waiting(A) == 0


def test_unassigned_partition_is_not_tracked() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger()
    ledger.done(A, 0)
    assert ledger.committable() == {}
    assert list(ledger.partitions()) == []


def test_topics_filter() -> None:
    ledger: OffsetLedger[tuple[str, int]] = OffsetLedger(topics=["articles"])
    assert ledger.tracks("articles")
    assert not ledger.tracks("other")
