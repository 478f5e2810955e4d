"""Sorting bulk item results: conflicts ignored, mapping errors dead-lettered, the rest retried."""

from __future__ import annotations

from typing import Any

import pytest
from newswire_indexer.items import Verdict, classify_item, describe_error


@pytest.mark.parametrize(
    ("status", "error_type", "verdict"),
    [
        (200, None, Verdict.INDEXED),
        (201, None, Verdict.INDEXED),
        (409, "version_conflict_engine_exception", Verdict.IGNORED),
        (400, "mapper_parsing_exception", Verdict.REJECTED),
        (400, "document_parsing_exception", Verdict.REJECTED),
        (400, "strict_dynamic_mapping_exception", Verdict.REJECTED),
        (400, "illegal_argument_exception", Verdict.REJECTED),
        (400, "something_new_exception", Verdict.REJECTED),
        (429, "es_rejected_execution_exception", Verdict.RETRY),
        (429, "circuit_breaking_exception", Verdict.RETRY),
        (500, "null_pointer_exception", Verdict.RETRY),
        (503, "unavailable_shards_exception", Verdict.RETRY),
        (404, "index_not_found_exception", Verdict.RETRY),
        (403, "cluster_block_exception", Verdict.RETRY),
    ],
)
def test_classify_item(status: int, error_type: str | None, verdict: Verdict) -> None:
    error = None if error_type is None else {"type": error_type, "reason": "x"}
    assert classify_item(status, error) is verdict


def test_describe_error_includes_cause() -> None:
    error: dict[str, Any] = {
        "type": "document_parsing_exception",
        "reason": "[1:27] failed to parse field [published_at] of type [date]",
        "caused_by": {"type": "illegal_argument_exception", "reason": "failed to parse date field [yesterday]"},
    }
    text = describe_error(error)
    assert text.startswith("document_parsing_exception: [1:27] failed to parse field [published_at]")
    assert "caused by illegal_argument_exception: failed to parse date field [yesterday]" in text
    assert describe_error(None) == "unknown error"
