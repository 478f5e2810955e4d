"""Dead letters built by the ingest stage: ids, truncation, coordinates, retriable flag."""

from __future__ import annotations

from datetime import UTC, datetime

from newswire_ingest.deadletters import Source, build_dead_letter
from newswire_ingest.errors import TooLargeError
from newswire_schemas import DeadLetter, key_for

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_inbox_dead_letter_carries_coordinates() -> None:
    source = Source("inbox", file_name="a.xml", content_type="application/xml", topic="t", partition=2, offset=41)
    letter = build_dead_letter(b"<x", source, TooLargeError("too big"), max_bytes=10, failed_at=NOW)
    assert letter.id == "ingest:t:2:41"
    assert (letter.source_topic, letter.source_partition, letter.source_offset) == ("t", 2, 41)
    assert letter.error_class == "TooLargeError"
    assert letter.reason == "too big"
    assert not letter.retriable
    assert letter.channel == "inbox"
    assert letter.content_type == "application/xml"
    assert DeadLetter.model_validate_json(letter.model_dump_json()) == letter


def test_payload_cut_to_max_bytes_and_marked() -> None:
    letter = build_dead_letter(b"0123456789", Source("cli"), ValueError("x"), max_bytes=4, failed_at=NOW)
    assert letter.payload == b"0123"
    assert letter.payload_size == 10
    assert letter.payload_truncated
    assert letter.retriable  # an unexpected exception: replaying after a fix may succeed


def test_same_bytes_outside_kafka_are_separate_letters_grouped_by_hash() -> None:
    a = build_dead_letter(b"abc", Source("folder", file_name="a"), ValueError(), max_bytes=9, failed_at=NOW)
    b = build_dead_letter(b"abc", Source("folder", file_name="b"), ValueError(), max_bytes=9, failed_at=NOW)
    assert a.id != b.id
    assert a.id.startswith("ingest:folder:20260101T000000.000000Z:")
    assert a.payload_sha256 == b.payload_sha256
    assert a.reason == "ValueError()"
    assert key_for(a) == a.id.encode()


def test_a_named_submission_is_the_id() -> None:
    source = Source("folder", file_name="a.txt", submission="sub/a.txt:12:0:1700000000000000000")
    letter = build_dead_letter(b"", source, ValueError(), max_bytes=9, failed_at=NOW)
    assert letter.id == "ingest:folder:sub/a.txt:12:0:1700000000000000000"
