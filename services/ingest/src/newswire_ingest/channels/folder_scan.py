"""Finding the files of a watched folder that are ready to ingest: oldest first, finished writes only."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file ready to ingest, with the stat taken when it was found."""

    path: Path
    relative: Path
    size: int
    mtime: float


def is_temporary(name: str, patterns: Sequence[str]) -> bool:
    """True if ``name`` matches one of the ignore patterns (files still being written, dot-files)."""
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def _is_inside(path: Path, folder: Path) -> bool:
    """True if ``path`` is ``folder`` or below it."""
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _walk(root: Path, skip: Sequence[Path], patterns: Sequence[str]) -> Iterator[tuple[Path, os.stat_result]]:
    """Regular files below ``root`` (not following links), pruning ``skip`` folders and ignored names."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            # A folder removed or unreadable mid-scan is retried on the next poll.
            continue
        for entry in entries:
            if is_temporary(entry.name, patterns):
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not any(_is_inside(path, s) for s in skip):
                        stack.append(path)
                elif entry.is_file(follow_symlinks=False):
                    yield path, entry.stat(follow_symlinks=False)
            except OSError:
                continue


def scan_ready(
    root: Path,
    *,
    skip: Sequence[Path],
    ignore_patterns: Sequence[str],
    min_age: float,
    now: float,
) -> list[Candidate]:
    """Files under ``root`` older than ``min_age`` seconds, oldest modification first (then by path)."""
    root = root.absolute()
    skip_abs = [s.absolute() for s in skip]
    found = [
        Candidate(path, path.relative_to(root), st.st_size, st.st_mtime)
        for path, st in _walk(root, skip_abs, ignore_patterns)
        if now - st.st_mtime >= min_age
    ]
    found.sort(key=lambda c: (c.mtime, str(c.relative)))
    return found
