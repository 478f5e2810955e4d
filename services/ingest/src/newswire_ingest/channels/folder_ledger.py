"""The watched folder's ledger: which files were already published, written down durably before they are moved.

Moving a file is the folder channel's acknowledgement; if the move fails (permissions, a full disk, a crash right
after the broker's ack) the file stays where it was. Without a record it would be published again on every restart.
So the outcome is appended here, flushed and fsynced, *before* the move; a file the ledger knows (same device,
inode, size and modification time) is only filed, never published again. Once moved, its entry is settled.

The file is JSON lines, append-only while running; at start it is rewritten with the unsettled entries only
(atomically: temp file, fsync, rename), so it stays as small as the number of files stuck in place.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

Key = tuple[int, int, int, int]
"""``(st_dev, st_ino, st_size, st_mtime_ns)`` of a file."""


class FolderLedger:
    """Outcomes of published files not yet moved, keyed by the file's identity."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pending: dict[Key, dict[str, Any]] = {}

    def open(self) -> None:
        """Read the ledger (a missing one is empty) and rewrite it with the unsettled entries only."""
        self._pending = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                self._replay(line)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f"{self.path.name}.tmp")
        with temp.open("w", encoding="utf-8") as out:
            out.writelines(_line({"key": list(key), **entry}) for key, entry in self._pending.items())
            out.flush()
            os.fsync(out.fileno())
        temp.replace(self.path)
        _fsync_dir(self.path.parent)
        if self._pending:
            logger.info("ledger: %d published files still to be moved", len(self._pending))

    def outcome(self, key: Key) -> dict[str, Any] | None:
        """The recorded outcome of the file with ``key`` if it was published but not moved, else None."""
        return self._pending.get(key)

    def record(self, key: Key, entry: dict[str, Any]) -> None:
        """Write ``entry`` (the outcome of the file with ``key``) durably; returns once it is on disk."""
        self._append({"key": list(key), **entry})
        self._pending[key] = entry

    def settle(self, key: Key) -> None:
        """The file with ``key`` was moved: its entry is done."""
        if self._pending.pop(key, None) is not None:
            self._append({"key": list(key), "settled": True})

    def _append(self, record: dict[str, Any]) -> None:
        """Append one line and fsync it (raises OSError if it could not be written)."""
        with self.path.open("a", encoding="utf-8") as out:
            out.write(_line(record))
            out.flush()
            os.fsync(out.fileno())

    def _replay(self, line: str) -> None:
        """Apply one line read back; a torn last line (crash mid-write) is ignored."""
        try:
            record = json.loads(line)
            key: Key = tuple(record.pop("key"))
        except (ValueError, KeyError, TypeError):
            logger.warning("ledger: unreadable line ignored", extra={"ledger": str(self.path)})
            return
        if record.get("settled"):
            self._pending.pop(key, None)
        else:
            self._pending[key] = record


def _line(record: dict[str, Any]) -> str:
    """One JSON line."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
