"""Dead letters are built one way by every stage: stable ids, truncation, coordinates, log fields."""

from __future__ import annotations

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


def test_other_input_is_identified_by_its_bytes() -> None:
    one = build_dead_letter("ingest", b"abc", error_class="E", reason="r", channel="folder")
    two = build_dead_letter("ingest", b"abc", error_class="E", reason="r", channel="http")
    assert one.id == two.id == dead_letter_id("ingest", b"abc")
    assert one.id.startswith("ingest:sha256:")


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
