"""Finding the files of a watched folder that are ready to ingest: oldest first, finished writes only.

Only regular files are candidates. Everything else met on the walk is reported to ``on_skip`` with the reason:
symbolic links (never followed), FIFOs, sockets and devices, folders that cannot be read, and names matching the
ignore patterns. :func:`refusal` adds the rules on a candidate's ownership: a file with more than one hard link
(a link to a file elsewhere, e.g. ``/etc/shadow``, would be ingested) or owned by another user is refused.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

OnSkip = Callable[[Path, str], None]
"""Told of every entry the walk leaves out, with why."""

IGNORED = "its name matches an ignore pattern"
"""The reason given for names in ``ignore_patterns`` (files still being written: expected, not a warning)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file ready to ingest, with the stat taken when it was found."""

    path: Path
    relative: Path
    size: int
    mtime: float
    identity: tuple[int, int, int, int]
    """``(st_dev, st_ino, st_size, st_mtime_ns)``: the file as it was found (the ledger's key)."""
    nlink: int
    uid: int


def is_temporary(name: str, patterns: Sequence[str]) -> bool:
    """True if ``name`` matches one of the ignore patterns (files still being written, dot-files)."""
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def refusal(nlink: int, uid: int, *, own_uid: int) -> str | None:
    """Why a regular file must not be read (more than one hard link, another owner), or None."""
    if nlink > 1:
        return f"has {nlink} hard links: a link to a file outside the folder is never ingested"
    if uid != own_uid:
        return f"owned by uid {uid}, not by the service's uid {own_uid}"
    return None


def kind_of(mode: int) -> str | None:
    """Why an entry of this mode is no candidate (its kind), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link (links are never followed)"
    if stat.S_ISFIFO(mode):
        return "a FIFO, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _is_inside(path: Path, folder: Path) -> bool:
    """True if ``path`` is ``folder`` or below it."""
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _walk(
    root: Path, skip: Sequence[Path], patterns: Sequence[str], on_skip: OnSkip
) -> Iterator[tuple[Path, os.stat_result]]:
    """Regular files below ``root`` (not following links), pruning ``skip`` paths; the rest goes to ``on_skip``."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            on_skip(folder, f"a folder that cannot be read ({exc.strerror or exc})")
            continue
        for entry in entries:
            path = Path(entry.path)
            if any(_is_inside(path, s) for s in skip):
                continue
            if is_temporary(entry.name, patterns):
                on_skip(path, IGNORED)
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone since the listing
            if stat.S_ISDIR(st.st_mode):
                stack.append(path)
            elif (kind := kind_of(st.st_mode)) is not None:
                on_skip(path, kind)
            else:
                yield path, st


def _ignore(_path: Path, _reason: str) -> None:
    """The default ``on_skip``: nothing."""


def scan_ready(
    root: Path,
    *,
    skip: Sequence[Path],
    ignore_patterns: Sequence[str],
    min_age: float,
    now: float,
    on_skip: OnSkip = _ignore,
) -> list[Candidate]:
    """Regular files under ``root`` older than ``min_age`` seconds, oldest modification first (then by path)."""
    root = root.absolute()
    skip_abs = [s.absolute() for s in skip]
    found = [
        Candidate(
            path,
            path.relative_to(root),
            st.st_size,
            st.st_mtime,
            (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns),
            st.st_nlink,
            st.st_uid,
        )
        for path, st in _walk(root, skip_abs, ignore_patterns, on_skip)
        if now - st.st_mtime >= min_age
    ]
    found.sort(key=lambda c: (c.mtime, str(c.relative)))
    return found
