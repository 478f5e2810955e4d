"""The folder channel against hostile or awkward entries: links, special files, foreign owners, long names, moves
that fail. Real files in tmp_path, a dry-run pipeline."""

from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path

import pytest
from newswire_ingest.channels.filing import ERROR_SUFFIX
from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.metrics import IngestMetrics
from newswire_ingest.pipeline import Pipeline, Published, Rejected
from newswire_ingest.settings import IngestSettings

from tests.unit.ingest_channels.conftest import FIXED_NOW, stub_parse


def _pipeline(settings: IngestSettings) -> Pipeline:
    """A fresh dry-run pipeline (a restarted service has a fresh one)."""
    return Pipeline(
        None, limits=settings.parse_limits, metrics=IngestMetrics(), parse=stub_parse, clock=lambda: FIXED_NOW
    )


def _skips(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """``(file name, message)`` of every 'entry skipped' line logged."""
    return [
        (Path(str(getattr(r, "file_name", ""))).name, r.getMessage())
        for r in caplog.records
        if r.getMessage().startswith("entry skipped")
    ]


async def test_hard_link_to_a_file_outside_is_refused_and_logged_once(
    settings: IngestSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"Secret\nnot for the wire")
    settings.watch_dir.mkdir(parents=True)
    os.link(secret, settings.watch_dir / "innocent.txt")
    channel = FolderChannel(settings, _pipeline(settings))
    with caplog.at_level(logging.INFO):
        assert await channel.scan_once() == []
        assert await channel.scan_once() == []
    assert _skips(caplog) == [
        ("innocent.txt", "entry skipped: has 2 hard links: a link to a file outside the folder is never ingested")
    ]
    assert (settings.watch_dir / "innocent.txt").exists()
    assert not any(settings.processed_path.iterdir())


async def test_file_of_another_owner_is_refused(settings: IngestSettings, caplog: pytest.LogCaptureFixture) -> None:
    if os.geteuid() != 0:  # only root can give a file away; CI runs as root, so there the case is always checked
        pytest.skip("giving a file to another user needs root")
    settings.watch_dir.mkdir(parents=True)
    theirs = settings.watch_dir / "theirs.txt"
    theirs.write_bytes(b"Theirs\nbody")
    os.chown(theirs, 65534, 65534)
    with caplog.at_level(logging.INFO):
        assert await FolderChannel(settings, _pipeline(settings)).scan_once() == []
    assert _skips(caplog) == [("theirs.txt", "entry skipped: owned by uid 65534, not by the service's uid 0")]


async def test_links_and_special_files_are_skipped_with_why_once_each(
    settings: IngestSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = settings.watch_dir
    root.mkdir(parents=True)
    (tmp_path / "outside.txt").write_bytes(b"Outside\nbody")
    (root / "link.txt").symlink_to(tmp_path / "outside.txt")
    (root / "dirlink").symlink_to(tmp_path)
    os.mkfifo(root / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock"))
        (root / "good.txt").write_bytes(b"Good\nbody")
        channel = FolderChannel(settings, _pipeline(settings))
        with caplog.at_level(logging.INFO):
            (outcome,) = await channel.scan_once()
            assert await channel.scan_once() == []
    assert isinstance(outcome, Published)
    assert sorted(_skips(caplog)) == [
        ("dirlink", "entry skipped: a symbolic link (links are never followed)"),
        ("link.txt", "entry skipped: a symbolic link (links are never followed)"),
        ("pipe.txt", "entry skipped: a FIFO, not a regular file"),
        ("sock", "entry skipped: a socket, not a regular file"),
    ]


async def test_ignored_names_and_unreadable_entries_are_logged_once(
    settings: IngestSettings, caplog: pytest.LogCaptureFixture
) -> None:
    settings.watch_dir.mkdir(parents=True)
    (settings.watch_dir / "upload.part").write_bytes(b"half")
    channel = FolderChannel(settings, _pipeline(settings))
    with caplog.at_level(logging.INFO):
        await channel.scan_once()
        await channel.scan_once()
    assert _skips(caplog) == [("upload.part", "entry skipped: its name matches an ignore pattern")]


async def test_rejected_file_with_a_255_byte_name_gets_its_error_report(settings: IngestSettings) -> None:
    name = "ğ" * 125 + ".txt"  # 254 bytes, 129 characters
    assert len(name.encode()) == 254
    settings.watch_dir.mkdir(parents=True)
    (settings.watch_dir / name).write_bytes(b"BAD file")
    (outcome,) = await FolderChannel(settings, _pipeline(settings)).scan_once()
    assert isinstance(outcome, Rejected)
    (report_path,) = settings.failed_path.glob(f"*{ERROR_SUFFIX}")
    (moved,) = [p for p in settings.failed_path.iterdir() if p != report_path]
    assert all(len(p.name.encode()) <= 255 for p in (report_path, moved))
    assert report_path.name == moved.name + ERROR_SUFFIX
    assert moved.suffix == ".txt"
    report = json.loads(report_path.read_text())
    assert (report["file_name"], report["moved_to"]) == (name, str(moved))


async def test_numbered_copies_of_long_names_fit_and_stay_distinct(settings: IngestSettings) -> None:
    name = "a" * 251 + ".xml"  # 255 bytes: '-1' would make it 257
    channel = FolderChannel(settings, _pipeline(settings))
    for body in (b"First\n", b"Second\n", b"Third\n"):
        settings.watch_dir.mkdir(parents=True, exist_ok=True)
        (settings.watch_dir / name).write_bytes(body)
        await channel.scan_once()
    names = sorted(p.name for p in settings.processed_path.iterdir())
    assert len(names) == 3
    assert all(len(n.encode()) <= 255 - len(ERROR_SUFFIX) or n == name for n in names)
    assert all(n.endswith(".xml") for n in names)


async def test_a_file_whose_move_failed_is_never_published_again(settings: IngestSettings) -> None:
    root = settings.watch_dir
    (root / "agency").mkdir(parents=True)
    (root / "agency" / "story.txt").write_bytes(b"Story\nbody")
    settings.processed_path.mkdir(parents=True)
    (settings.processed_path / "agency").write_bytes(b"")  # a file where the folder should be: the move fails
    first = _pipeline(settings)
    (outcome,) = await FolderChannel(settings, first).scan_once()
    assert isinstance(outcome, Published)
    assert (root / "agency" / "story.txt").exists()
    ledger = [json.loads(line) for line in settings.ledger_path.read_text().splitlines()]
    assert [entry["relative"] for entry in ledger] == ["agency/story.txt"]

    restarted = _pipeline(settings)  # a new process: only the ledger remembers
    assert await FolderChannel(settings, restarted).scan_once() == []
    (settings.processed_path / "agency").unlink()  # the operator fixes the folder
    again = FolderChannel(settings, restarted)
    assert await again.scan_once() == []
    assert (settings.processed_path / "agency" / "story.txt").read_bytes() == b"Story\nbody"
    assert not (root / "agency" / "story.txt").exists()
    assert restarted.metrics.received.labels("folder")._value.get() == 0  # never parsed again
    FolderChannel(settings, restarted).scan_once  # noqa: B018  # the ledger was compacted on the last open
    assert settings.ledger_path.read_text().count('"settled"') == 1


async def test_a_rewritten_file_is_a_new_submission(settings: IngestSettings) -> None:
    root = settings.watch_dir
    root.mkdir(parents=True)
    settings.processed_path.mkdir(parents=True)
    (settings.processed_path / "sub").write_bytes(b"")
    (root / "sub").mkdir()
    story = root / "sub" / "story.txt"
    story.write_bytes(b"Story\nbody")
    channel = FolderChannel(settings, _pipeline(settings))
    assert len(await channel.scan_once()) == 1
    story.write_bytes(b"Story\nbody, corrected and longer")
    assert len(await FolderChannel(settings, _pipeline(settings)).scan_once()) == 1
