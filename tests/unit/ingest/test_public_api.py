"""The parsers package exposes exactly its entry point."""

from __future__ import annotations

import inspect

from newswire_ingest import parsers


def test_all_is_the_public_surface() -> None:
    assert parsers.__all__ == ["DEFAULT_MAX_BYTES", "ParsedFile", "parse_file"]
    assert parsers.DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_parse_file_signature_is_the_agreed_one() -> None:
    parameters = inspect.signature(parsers.parse_file).parameters
    assert list(parameters) == ["data", "file_name", "content_type", "channel", "received_at", "max_bytes"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in parameters.items() if name != "data")
    assert parameters["max_bytes"].default == 10 * 1024 * 1024
