"""The folder ledger: durable, compacted at open, tolerant of a torn last line."""

from __future__ import annotations

import json
from pathlib import Path

from newswire_ingest.channels.folder_ledger import FolderLedger


def test_pending_entries_survive_a_restart_and_settled_ones_go(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    ledger = FolderLedger(path)
    ledger.open()
    ledger.record((1, 2, 3, 4), {"relative": "a.txt"})
    ledger.record((1, 5, 3, 4), {"relative": "b.txt"})
    ledger.settle((1, 2, 3, 4))
    with path.open("a") as torn:
        torn.write('{"key": [1, 9')  # a crash mid-write
    again = FolderLedger(path)
    again.open()
    assert again.outcome((1, 2, 3, 4)) is None
    assert again.outcome((1, 5, 3, 4)) == {"relative": "b.txt"}
    assert [json.loads(line) for line in path.read_text().splitlines()] == [{"key": [1, 5, 3, 4], "relative": "b.txt"}]
