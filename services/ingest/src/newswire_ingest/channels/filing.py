"""Moving ingested files to processed/ or failed/ without ever overwriting, and the ``.error.json`` beside them."""

from __future__ import annotations

import errno
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from newswire_schemas import DeadLetter

ERROR_SUFFIX = ".error.json"
"""Suffix of the file written beside a rejected file, explaining why."""

_MAX_COLLISIONS = 10_000


def _numbered(target: Path, n: int) -> Path:
    """``name.ext`` → ``name-<n>.ext`` (the first suffix only, so ``a.tar.gz`` → ``a-1.tar.gz``)."""
    name = target.name
    stem, dot, rest = name.partition(".")
    if not stem:  # a name starting with a dot: number the end instead
        return target.with_name(f"{name}-{n}")
    return target.with_name(f"{stem}-{n}{dot}{rest}")


def _link_or_copy(source: Path, target: Path) -> None:
    """Create ``target`` from ``source``, failing with FileExistsError if ``target`` exists."""
    try:
        # A hard link is an atomic create-if-absent: two movers can never overwrite each other.
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP):
            raise
        # Another filesystem (or one without hard links): copy into an exclusively created file.
        with source.open("rb") as src, target.open("xb") as dst:
            shutil.copyfileobj(src, dst)
        shutil.copystat(source, target)


def move_no_clobber(source: Path, target: Path) -> Path:
    """Move ``source`` to ``target`` (or ``target`` numbered -1, -2, ... if taken); returns where it went."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for n in range(_MAX_COLLISIONS):
        candidate = target if n == 0 else _numbered(target, n)
        if candidate.exists():
            continue
        try:
            _link_or_copy(source, candidate)
        except FileExistsError:
            continue
        source.unlink()
        return candidate
    raise FileExistsError(f"no free name for {target} after {_MAX_COLLISIONS} tries")


def error_report(dead_letter: DeadLetter, *, original: Path, moved_to: Path) -> dict[str, object]:
    """The content of ``<name>.error.json``: why the file was rejected and where its dead letter is."""
    failed_at: datetime = dead_letter.failed_at
    return {
        "file_name": original.name,
        "original_path": str(original),
        "moved_to": str(moved_to),
        "error_class": dead_letter.error_class,
        "reason": dead_letter.reason,
        "article_id": dead_letter.article_id,
        "dead_letter_id": dead_letter.id,
        "payload_size": dead_letter.payload_size,
        "failed_at": failed_at.isoformat(),
    }


def write_error_report(report: dict[str, object], moved_to: Path) -> Path:
    """Write ``report`` as ``<moved_to>.error.json`` atomically (temp file, then rename)."""
    path = moved_to.with_name(moved_to.name + ERROR_SUFFIX)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, path)
    return path
