"""The CLI's path expansion and exit codes that need no broker."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_ingest.cli import UsageError, expand, main

PATTERNS = ["*.tmp", "*.part", ".*"]


def test_expand_files_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/a.txt", "d/sub/b.xml", "d/sub/c.tmp", "d/.hidden", "e.json", "f.json"):
        (tmp_path / name).write_text("x")
    files = expand([str(tmp_path / "d"), str(tmp_path / "*.json"), str(tmp_path / "e.json")], PATTERNS)
    assert [str(f.relative_to(tmp_path)) for f in files] == ["d/a.txt", "d/sub/b.xml", "e.json", "f.json"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        expand([str(tmp_path / "nope.txt")], PATTERNS)
    with pytest.raises(UsageError):
        expand([str(tmp_path / "*.nothing")], PATTERNS)


def test_main_exit_codes_without_broker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main([]) == 2
    assert main(["--help"]) == 0


def test_dry_run_rejects_oversized_file_from_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INGEST_MAX_BYTES", "100")
    (tmp_path / "big.txt").write_bytes(b"x" * 1000)
    assert main([str(tmp_path / "big.txt"), "--dry-run", "--no-progress"]) == 1
    out = capsys.readouterr().out
    assert "parsed 0, rejected 1" in out
    assert "TooLargeError: file is 1,000 bytes; the limit is 100 bytes" in out
