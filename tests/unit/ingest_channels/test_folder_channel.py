"""The folder channel on a dry-run pipeline: what is filed where, and that one bad file blocks nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.pipeline import Pipeline, Published, Rejected
from newswire_ingest.settings import IngestSettings


def _drop(root: Path, relative: str, data: bytes, mtime: float) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))
    return path


async def test_good_files_go_to_processed_keeping_sub_path(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    root = settings.watch_dir
    _drop(root, "agency/2026/a.txt", b"Headline A\nbody", 100)
    _drop(root, "b.txt", b"Headline B\nbody", 200)
    outcomes = await FolderChannel(settings, dry_pipeline).scan_once()
    assert [o.articles[0].headline for o in outcomes if isinstance(o, Published)] == ["Headline A", "Headline B"]
    assert (root / "processed" / "agency" / "2026" / "a.txt").read_bytes() == b"Headline A\nbody"
    assert (root / "processed" / "b.txt").exists()
    assert not (root / "b.txt").exists()


async def test_rejected_file_goes_to_failed_with_error_json(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    root = settings.watch_dir
    _drop(root, "x/bad.txt", b"BAD file", 100)
    _drop(root, "good.txt", b"Fine\nbody", 200)
    outcomes = await FolderChannel(settings, dry_pipeline).scan_once()
    assert [type(o) for o in outcomes] == [Rejected, Published]
    report = json.loads((root / "failed" / "x" / "bad.txt.error.json").read_text())
    assert report["error_class"] == "MalformedInputError"
    assert report["reason"] == "the file has no headline"
    assert report["article_id"] is None
    assert "failed_at" in report
    assert (root / "failed" / "x" / "bad.txt").read_bytes() == b"BAD file"
    assert (root / "processed" / "good.txt").exists()


async def test_parser_crash_is_rejected_not_fatal(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    _drop(settings.watch_dir, "crash.txt", b"CRASH", 100)
    _drop(settings.watch_dir, "ok.txt", b"OK\n", 200)
    first, second = await FolderChannel(settings, dry_pipeline).scan_once()
    assert isinstance(first, Rejected)
    assert first.dead_letter.error_class == "ZeroDivisionError"
    assert first.dead_letter.retriable
    assert isinstance(second, Published)


async def test_huge_file_rejected_from_stat_and_truncated(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    _drop(settings.watch_dir, "huge.txt", b"H" * (settings.max_bytes * 3), 100)
    _drop(settings.watch_dir, "small.txt", b"Small\n", 200)
    huge, small = await FolderChannel(settings, dry_pipeline).scan_once()
    assert isinstance(huge, Rejected)
    assert huge.dead_letter.error_class == "TooLargeError"
    assert huge.dead_letter.payload_size == settings.max_bytes * 3
    assert len(huge.dead_letter.payload) == settings.max_bytes
    assert huge.dead_letter.payload_truncated
    assert isinstance(small, Published)
    assert (settings.watch_dir / "failed" / "huge.txt.error.json").exists()


async def test_name_collision_in_processed(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    channel = FolderChannel(settings, dry_pipeline)
    _drop(settings.watch_dir, "a.txt", b"One\n", 100)
    await channel.scan_once()
    _drop(settings.watch_dir, "a.txt", b"Two\n", 100)
    await channel.scan_once()
    processed = settings.watch_dir / "processed"
    assert (processed / "a.txt").read_bytes() == b"One\n"
    assert (processed / "a-1.txt").read_bytes() == b"Two\n"


async def test_young_and_temp_files_stay(tmp_path: Path, dry_pipeline: Pipeline) -> None:
    settings = IngestSettings(watch_dir=tmp_path, min_file_age=3600.0, max_bytes=1024)
    (tmp_path / "young.txt").write_bytes(b"Young\n")
    (tmp_path / "upload.part").write_bytes(b"Partial\n")
    assert await FolderChannel(settings, dry_pipeline).scan_once() == []
    assert (tmp_path / "young.txt").exists()
    assert (tmp_path / "upload.part").exists()


async def test_same_content_same_id_on_rescan(settings: IngestSettings, dry_pipeline: Pipeline) -> None:
    _drop(settings.watch_dir, "a.txt", b"Same\nbody", 100)
    (first,) = await FolderChannel(settings, dry_pipeline).scan_once()
    _drop(settings.watch_dir, "again/a.txt", b"Same\nbody", 100)
    (second,) = await FolderChannel(settings, dry_pipeline).scan_once()
    assert isinstance(first, Published)
    assert isinstance(second, Published)
    assert first.articles[0].id == second.articles[0].id


async def test_message_file_yields_every_article_and_is_filed_once(
    settings: IngestSettings, dry_pipeline: Pipeline
) -> None:
    _drop(settings.watch_dir, "message.xml", b"First\nbody one\n===\nSecond\nbody two", 100)
    (outcome,) = await FolderChannel(settings, dry_pipeline).scan_once()
    assert isinstance(outcome, Published)
    assert [a.headline for a in outcome.articles] == ["First", "Second"]
    assert len({a.id for a in outcome.articles}) == 2
    assert (settings.watch_dir / "processed" / "message.xml").exists()
    assert not list((settings.watch_dir / "failed").glob("*"))
