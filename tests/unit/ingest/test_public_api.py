"""The parsers package exposes exactly its entry point."""

from __future__ import annotations

import inspect

from newswire_ingest import parsers


def test_all_is_the_public_surface() -> None:
    assert parsers.__all__ == ["DEFAULT_LIMITS", "ParseLimits", "ParsedFile", "parse_file"]
    assert parsers.ParseLimits(max_bytes=10 * 1024 * 1024, max_depth=64, max_elements=100_000) == parsers.DEFAULT_LIMITS


def test_parse_file_signature_is_the_agreed_one() -> None:
    parameters = inspect.signature(parsers.parse_file).parameters
    assert list(parameters) == ["data", "file_name", "content_type", "channel", "received_at", "limits"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in parameters.items() if name != "data")
    assert parameters["limits"].default is parsers.DEFAULT_LIMITS
