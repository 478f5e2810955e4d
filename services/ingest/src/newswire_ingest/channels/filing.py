"""Moving ingested files to processed/ or failed/ without ever overwriting, and the ``.error.json`` beside them.

Every name written fits the file system's name limit (``NAME_MAX``, 255 bytes on Linux file systems, counted in
bytes of UTF-8, not characters): a name that would not (a numbered ``-1`` copy, ``.error.json`` added to a name
already near the limit) is cut and given a hash of the full name, so it stays unique and its extension survives.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from newswire_schemas import DeadLetter

ERROR_SUFFIX = ".error.json"
"""Suffix of the file written beside a rejected file, explaining why."""

_MAX_COLLISIONS = 10_000
_DEFAULT_NAME_MAX = 255
_KEPT_SUFFIX_BYTES = 32
"""An extension longer than this is not worth keeping whole when a name must be cut."""


def name_max(folder: Path) -> int:
    """The longest file name, in bytes, the file system of ``folder`` (or its nearest existing parent) allows."""
    for candidate in (folder, *folder.parents):
        try:
            return os.pathconf(candidate, "PC_NAME_MAX")
        except (OSError, ValueError):
            continue
    return _DEFAULT_NAME_MAX


def fit_name(name: str, limit: int) -> str:
    """``name`` if its bytes fit ``limit``, else cut, with ``~<hash of the whole name>`` before its extension."""
    if len(os.fsencode(name)) <= limit:
        return name
    tag = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
    stem, dot, extension = name.rpartition(".")
    suffix = f"{dot}{extension}" if stem and len(os.fsencode(extension)) < _KEPT_SUFFIX_BYTES else ""
    head = name[: len(name) - len(suffix)]
    room = limit - len(tag) - len(os.fsencode(suffix))
    cut = os.fsencode(head)[:room].decode("utf-8", "ignore")  # never half a character
    return f"{cut}{tag}{suffix}"


def _numbered(target: Path, n: int) -> Path:
    """``name.ext`` → ``name-<n>.ext`` (the first suffix only, so ``a.tar.gz`` → ``a-1.tar.gz``)."""
    name = target.name
    stem, dot, rest = name.partition(".")
    if not stem:  # a name starting with a dot: number the end instead
        return target.with_name(f"{name}-{n}")
    return target.with_name(f"{stem}-{n}{dot}{rest}")


def _fitted(target: Path, limit: int) -> Path:
    """``target`` with its name fitted to ``limit`` bytes."""
    return target.with_name(fit_name(target.name, limit))


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
    """Move ``source`` to ``target`` (or ``target`` numbered -1, -2, ... if taken); returns where it went.

    Names are fitted to the reserved room below the limit, so the ``.error.json`` beside the file fits too.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    limit = name_max(target.parent) - len(ERROR_SUFFIX)
    for n in range(_MAX_COLLISIONS):
        candidate = _fitted(target if n == 0 else _numbered(target, n), limit)
        if candidate.exists():
            continue
        try:
            _link_or_copy(source, candidate)
        except FileExistsError:
            continue
        source.unlink()
        return candidate
    raise FileExistsError(f"no free name for {target} after {_MAX_COLLISIONS} tries")


def error_report(dead_letter: DeadLetter, *, original: Path, moved_to: Path | None = None) -> dict[str, object]:
    """The content of ``<name>.error.json``: why the file was rejected and where its dead letter is."""
    failed_at: datetime = dead_letter.failed_at
    return {
        "file_name": original.name,
        "original_path": str(original),
        "moved_to": None if moved_to is None else str(moved_to),
        "error_class": dead_letter.error_class,
        "reason": dead_letter.reason,
        "article_id": dead_letter.article_id,
        "dead_letter_id": dead_letter.id,
        "payload_size": dead_letter.payload_size,
        "failed_at": failed_at.isoformat(),
    }


def write_error_report(report: dict[str, object], moved_to: Path) -> Path:
    """Write ``report`` (its ``moved_to`` set) as ``<moved_to>.error.json`` atomically (temp file, then rename)."""
    report = {**report, "moved_to": str(moved_to)}
    limit = name_max(moved_to.parent)
    path = moved_to.with_name(fit_name(moved_to.name, limit - len(ERROR_SUFFIX)) + ERROR_SUFFIX)
    temp = path.with_name(f".{hashlib.sha256(os.fsencode(path.name)).hexdigest()[:16]}{ERROR_SUFFIX}.tmp")
    temp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, path)
    return path
