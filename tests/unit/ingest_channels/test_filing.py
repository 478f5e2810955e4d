"""Moving files without overwriting, and the error report beside a rejected file."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswire_ingest.channels.filing import error_report, fit_name, move_no_clobber, name_max, write_error_report
from newswire_schemas import DeadLetter


def test_move_to_free_name(tmp_path: Path) -> None:
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text("one")
    moved = move_no_clobber(source, tmp_path / "out" / "sub" / "a.txt")
    assert moved == tmp_path / "out" / "sub" / "a.txt"
    assert moved.read_text() == "one"
    assert not source.exists()


def test_collisions_are_numbered_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "out" / "story.news.xml"
    target.parent.mkdir()
    target.write_text("first")
    moved = []
    for text in ("second", "third"):
        source = tmp_path / "story.news.xml"
        source.write_text(text)
        moved.append(move_no_clobber(source, target))
    assert [p.name for p in moved] == ["story-1.news.xml", "story-2.news.xml"]
    assert target.read_text() == "first"
    assert [p.read_text() for p in moved] == ["second", "third"]


def test_dot_name_collision(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".env").write_text("a")
    source = tmp_path / ".env"
    source.write_text("b")
    assert move_no_clobber(source, tmp_path / "out" / ".env").name == ".env-1"


def test_error_report_written_beside_the_file(tmp_path: Path) -> None:
    moved_to = tmp_path / "failed" / "sub" / "bad.xml"
    moved_to.parent.mkdir(parents=True)
    moved_to.write_text("<x")
    letter = DeadLetter(
        id="ingest:sha256:00",
        stage="ingest",
        error_class="MalformedInputError",
        reason="no headline",
        payload=b"<x",
        payload_size=2,
        article_id="aa:1",
        failed_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    path = write_error_report(error_report(letter, original=Path("sub/bad.xml"), moved_to=moved_to), moved_to)
    assert path.name == "bad.xml.error.json"
    report = json.loads(path.read_text())
    assert report["reason"] == "no headline"
    assert report["error_class"] == "MalformedInputError"
    assert report["article_id"] == "aa:1"
    assert report["failed_at"] == "2026-01-01T00:00:00+00:00"
    assert report["original_path"] == "sub/bad.xml"
    assert sorted(p.name for p in moved_to.parent.iterdir()) == ["bad.xml", "bad.xml.error.json"]


@pytest.mark.parametrize(
    ("name", "limit"),
    [("a" * 300 + ".xml", 255), ("ğ" * 200 + ".json", 244), ("x" * 300, 100), ("kısa.txt", 255)],
)
def test_names_are_fitted_in_bytes_keeping_the_extension(name: str, limit: int) -> None:
    fitted = fit_name(name, limit)
    assert len(fitted.encode()) <= limit
    if len(name.encode()) <= limit:
        assert fitted == name
    else:
        assert fitted.endswith(Path(name).suffix)
        assert fitted != fit_name(name + "x", limit)  # the hash of the whole name keeps cut names apart
        fitted.encode().decode()  # no half character left at the cut


def test_name_max_is_the_file_systems(tmp_path: Path) -> None:
    assert name_max(tmp_path) == os.pathconf(tmp_path, "PC_NAME_MAX")
    assert name_max(tmp_path / "not" / "yet") == name_max(tmp_path)
