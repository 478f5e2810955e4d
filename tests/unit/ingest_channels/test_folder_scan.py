"""Which files the folder channel picks up, and in what order."""

from __future__ import annotations

import os
from pathlib import Path

from newswire_ingest.channels.folder_scan import is_temporary, scan_ready

PATTERNS = ["*.tmp", "*.part", ".*"]


def _touch(path: Path, mtime: float, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))
    return path


def test_oldest_first_across_subfolders(tmp_path: Path) -> None:
    _touch(tmp_path / "b.txt", 300)
    _touch(tmp_path / "sub" / "deep" / "a.txt", 100)
    _touch(tmp_path / "sub" / "c.txt", 200)
    found = scan_ready(tmp_path, skip=[], ignore_patterns=PATTERNS, min_age=0, now=1000)
    assert [str(c.relative) for c in found] == ["sub/deep/a.txt", "sub/c.txt", "b.txt"]


def test_same_mtime_breaks_ties_by_path(tmp_path: Path) -> None:
    for name in ("z.txt", "a.txt", "m.txt"):
        _touch(tmp_path / name, 100)
    found = scan_ready(tmp_path, skip=[], ignore_patterns=PATTERNS, min_age=0, now=1000)
    assert [c.path.name for c in found] == ["a.txt", "m.txt", "z.txt"]


def test_temp_names_and_dot_files_are_ignored(tmp_path: Path) -> None:
    _touch(tmp_path / "ok.txt", 100)
    _touch(tmp_path / "upload.tmp", 100)
    _touch(tmp_path / "big.xml.part", 100)
    _touch(tmp_path / ".hidden", 100)
    _touch(tmp_path / ".sync" / "inside.txt", 100)
    found = scan_ready(tmp_path, skip=[], ignore_patterns=PATTERNS, min_age=0, now=1000)
    assert [c.path.name for c in found] == ["ok.txt"]


def test_files_younger_than_min_age_wait(tmp_path: Path) -> None:
    _touch(tmp_path / "old.txt", 990)
    _touch(tmp_path / "fresh.txt", 999)
    found = scan_ready(tmp_path, skip=[], ignore_patterns=PATTERNS, min_age=5, now=1000)
    assert [c.path.name for c in found] == ["old.txt"]


def test_processed_and_failed_folders_are_skipped(tmp_path: Path) -> None:
    _touch(tmp_path / "new.txt", 100)
    _touch(tmp_path / "processed" / "done.txt", 50)
    _touch(tmp_path / "failed" / "bad.txt", 50)
    found = scan_ready(
        tmp_path, skip=[tmp_path / "processed", tmp_path / "failed"], ignore_patterns=PATTERNS, min_age=0, now=1000
    )
    assert [c.path.name for c in found] == ["new.txt"]


def test_size_comes_from_stat(tmp_path: Path) -> None:
    _touch(tmp_path / "f.txt", 100, b"12345")
    (found,) = scan_ready(tmp_path, skip=[], ignore_patterns=PATTERNS, min_age=0, now=1000)
    assert found.size == 5


def test_is_temporary() -> None:
    assert is_temporary("x.tmp", PATTERNS)
    assert is_temporary(".DS_Store", PATTERNS)
    assert not is_temporary("x.txt", PATTERNS)
    assert not is_temporary("tmp.txt", PATTERNS)
