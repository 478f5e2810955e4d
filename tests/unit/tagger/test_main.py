"""``python -m newswire_tagger``: a bad setting or overrides file stops it at once, with exit code 2 and the reason."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from newswire_tagger.__main__ import EXIT_USAGE, main


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = saved, level


def test_missing_overrides_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAGGER_OVERRIDES_FILE", str(tmp_path / "nope.toml"))
    assert main([]) == EXIT_USAGE
    assert "nope.toml: no such file (TAGGER_OVERRIDES_FILE)" in capsys.readouterr().err


def test_invalid_overrides_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.toml").write_text('[[retype]]\nname = "x"\ntype = "THING"\n', encoding="utf-8")
    monkeypatch.setenv("TAGGER_OVERRIDES_FILE", str(tmp_path / "bad.toml"))
    assert main([]) == EXIT_USAGE
    assert "retype.0.type" in capsys.readouterr().err


def test_bad_setting_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TAGGER_LOG_FORMAT", "xml")
    assert main([]) == EXIT_USAGE
    assert "TAGGER_/KAFKA_ settings" in capsys.readouterr().err
