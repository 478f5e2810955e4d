"""`newswire evaluate`: the tagger's evaluations, wire files read with the ingest service's own parsers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newswire_ingest.parsers import parse_file
from newswire_schemas import Article
from newswire_tagger.evaluation import main as evaluate_main


def read_wire_file(path: Path) -> tuple[Article, ...]:
    """Parse one wire file exactly as the ingest service would (any supported format): its articles."""
    return parse_file(
        path.read_bytes(),
        file_name=path.name,
        content_type=None,
        channel="cli",
        received_at=datetime.now(UTC),
    ).articles


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire evaluate``."""
    return evaluate_main(argv, read_article=read_wire_file)
