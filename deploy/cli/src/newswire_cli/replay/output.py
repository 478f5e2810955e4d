"""Dead letters for people (a table) and for scripts (JSON, payloads in base64) (pure, no I/O)."""

from __future__ import annotations

import base64
import json
from typing import Any

from newswire_cli.replay.letters import StoredLetter
from newswire_cli.search.output import short_time
from newswire_cli.table import render_table

HEADERS = ("FAILED", "STAGE", "ERROR", "WHAT", "REASON", "REPLAYED", "ID")


def _what(stored: StoredLetter) -> str:
    """The article id, else the file name, else the payload size."""
    letter = stored.letter
    return letter.article_id or letter.file_name or f"{letter.payload_size} bytes"


def letters_table(letters: list[StoredLetter], total: int, *, width: int) -> str:
    """One line per dead letter, the reason clipped to fit, and how many match in all."""
    if not letters:
        return "no dead letters match"
    rows = [
        (
            short_time(s.letter.failed_at.isoformat()),
            s.letter.stage,
            s.letter.error_class,
            _what(s),
            " ".join(s.letter.reason.split()),
            short_time(s.replayed_at) if s.replayed_at else "-",
            s.letter.id,
        )
        for s in letters
    ]
    table = render_table(HEADERS, rows, width=width, flexible=HEADERS.index("REASON"))
    return f"{table}\n{len(letters)} of {total} dead letters"


def letter_record(stored: StoredLetter) -> dict[str, Any]:
    """One dead letter as JSON: the contract's fields, the payload in base64 (null when the index kept none)."""
    record: dict[str, Any] = stored.letter.model_dump(mode="json", exclude={"payload"})
    record["payload_base64"] = base64.b64encode(stored.letter.payload).decode() if stored.payload_kept else None
    record["replayed_at"], record["replayed_to"] = stored.replayed_at, stored.replayed_to
    return record


def letters_json(letters: list[StoredLetter], total: int) -> str:
    """``{"total": N, "deadletters": [...]}``."""
    return json.dumps({"total": total, "deadletters": [letter_record(s) for s in letters]}, ensure_ascii=False)
