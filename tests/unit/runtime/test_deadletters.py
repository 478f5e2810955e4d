"""Dead letters are built one way by every stage: stable ids, truncation, coordinates, log fields."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from newswire_runtime import build_dead_letter, dead_letter_id, error_reason, log_fields
from newswire_schemas import DeadLetter, key_for

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class _RejectedError(Exception):
    reason = "headline missing"


@dataclass(frozen=True)
class _At:
    topic: str
    partition: int
    offset: int


@pytest.mark.parametrize("stage", ["ingest", "tagger", "indexer"])
def test_kafka_input_is_identified_by_its_coordinates(stage: str) -> None:
    letter = build_dead_letter(
        stage,  # type: ignore[arg-type]  # each Stage literal in turn
        b"{}",
        error_class="E",
        reason="r",
        source=_At("t", 2, 41),
        article_id="a1",
        failed_at=NOW,
    )
    assert letter.id == f"{stage}:t:2:41"
    assert (letter.source_topic, letter.source_partition, letter.source_offset) == ("t", 2, 41)
    assert key_for(letter) == b"a1"
    assert DeadLetter.model_validate_json(letter.model_dump_json()) == letter


def test_each_rejection_outside_kafka_is_its_own_letter_and_identical_bytes_are_grouped() -> None:
    letters = [build_dead_letter("ingest", b"", error_class="E", reason="r", channel="cli") for _ in range(3)]
    assert len({letter.id for letter in letters}) == 3, "three identical empty files: three dead letters"
    assert all(letter.id.startswith("ingest:cli:") for letter in letters)
    assert {letter.payload_sha256 for letter in letters} == {hashlib.sha256(b"").hexdigest()}


def test_a_named_submission_keeps_its_id_when_processed_again() -> None:
    def letter(submission: str) -> DeadLetter:
        return build_dead_letter("ingest", b"abc", error_class="E", reason="r", channel="folder", submission=submission)

    assert letter("a.txt:7:3:1").id == letter("a.txt:7:3:1").id == "ingest:folder:a.txt:7:3:1"
    assert letter("a.txt:7:3:1").id != letter("b.txt:8:3:1").id
    assert dead_letter_id("ingest", channel="http", submission="req-1") == "ingest:http:req-1"


def test_an_id_stays_within_what_elasticsearch_accepts() -> None:
    long_one = dead_letter_id("ingest", channel="folder", submission="é" * 400 + ":1")
    other = dead_letter_id("ingest", channel="folder", submission="é" * 400 + ":2")
    assert len(long_one.encode()) <= 512
    assert long_one != other


def test_the_time_fallback_is_utc_and_sortable() -> None:
    identity = dead_letter_id("tagger", failed_at=NOW)
    assert identity.startswith("tagger:unknown:20260101T000000.000000Z:")


def test_payload_is_cut_and_the_whole_size_kept() -> None:
    letter = build_dead_letter("indexer", b"0123456789", error_class="E", reason="r", max_payload_bytes=4)
    assert (letter.payload, letter.payload_size, letter.payload_truncated) == (b"0123", 10, True)
    head = build_dead_letter("ingest", b"0123", error_class="E", reason="r", payload_size=10_000_000)
    assert (head.payload_size, head.payload_truncated) == (10_000_000, True)
    whole = build_dead_letter("tagger", b"0123", error_class="E", reason="r")
    assert not whole.payload_truncated
    assert whole.failed_at.tzinfo is not None


def test_reason_prefers_the_errors_own_then_its_message_then_repr() -> None:
    assert error_reason(_RejectedError("ignored")) == "headline missing"
    assert error_reason(ValueError("model exploded")) == "model exploded"
    assert error_reason(ValueError()) == "ValueError()"


def test_log_fields_say_where_the_input_came_from() -> None:
    letter = build_dead_letter("tagger", b"x", error_class="E", reason="r", source=_At("t", 0, 9))
    assert log_fields(letter) == {
        "topic": "t",
        "partition": 0,
        "offset": 9,
        "article_id": None,
        "dead_letter_id": "tagger:t:0:9",
        "error_class": "E",
    }


def test_class_and_reason_come_from_the_error_unless_given() -> None:
    letter = build_dead_letter("tagger", b"x", _RejectedError("ignored"))
    assert (letter.error_class, letter.reason) == ("_RejectedError", "headline missing")
    assert build_dead_letter("tagger", b"x", ValueError("v"), reason="said so").reason == "said so"
    with pytest.raises(TypeError, match="needs an error"):
        build_dead_letter("tagger", b"x")
