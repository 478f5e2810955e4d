"""``newswire ingest PATH...``: publish files, folders (recursively) and globs once, showing progress.

Progress (files done of all, published, rejected) is one updating line on a terminal, a line every few seconds
into a file or pipe (:class:`newswire_runtime.progress.ProgressLine`); ``--no-progress`` leaves only the summary.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from newswire_runtime.progress import ProgressLine
from pydantic import ValidationError

from newswire_ingest.channels.folder_scan import is_temporary
from newswire_ingest.deadletters import Source
from newswire_ingest.errors import PublishError, RetriableError, TooLargeError
from newswire_ingest.pipeline import Outcome, Pipeline, Published
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 4
"""The codes of the ``newswire`` exit-code table (README, Troubleshooting) that this command can return."""


class UsageError(Exception):
    """A path that names nothing, or bad arguments."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newswire ingest``."""
    parser = argparse.ArgumentParser(prog="newswire ingest", description=__doc__)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (recursive) or glob patterns")
    parser.add_argument("--dry-run", action="store_true", help="parse only; publish nothing")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def expand(paths: Sequence[str], ignore_patterns: Sequence[str]) -> list[Path]:
    """Every file named by ``paths``: files as given, folders walked recursively, globs expanded; sorted, unique."""
    found: dict[Path, None] = {}
    for raw in paths:
        matches = [Path(m) for m in sorted(glob.glob(raw, recursive=True))] if glob.has_magic(raw) else [Path(raw)]
        if not matches or not all(m.exists() for m in matches):
            raise UsageError(f"no such file or folder: {raw}")
        for match in matches:
            for file in _files_under(match, ignore_patterns):
                found.setdefault(file, None)
    return list(found)


def _files_under(path: Path, ignore_patterns: Sequence[str]) -> Iterator[Path]:
    """``path`` itself if a file, else its files (recursively, skipping temp names), in name order."""
    if path.is_file():
        yield path
        return
    for file in sorted(path.rglob("*")):
        rel_parts = file.relative_to(path).parts
        if file.is_file() and not any(is_temporary(part, ignore_patterns) for part in rel_parts):
            yield file


def _read_capped(file: Path, limit: int) -> tuple[bytes, int]:
    """The file's first ``limit + 1`` bytes at most, and its size from stat (a huge file is never read whole)."""
    size = file.stat().st_size
    with file.open("rb") as handle:
        return handle.read(limit + 1), size


async def _ingest_one(pipeline: Pipeline, file: Path) -> Outcome:
    """One file through the pipeline; a file over the limit is rejected from its size."""
    source = Source("cli", file_name=file.name)
    data, size = _read_capped(file, pipeline.max_bytes)
    if max(size, len(data)) > pipeline.max_bytes:
        error = TooLargeError(f"file is {size:,} bytes; the limit is {pipeline.max_bytes:,} bytes")
        return await pipeline.reject(data[: pipeline.max_bytes], source, error, payload_size=max(size, len(data)))
    return await pipeline.process(data, source)


async def ingest_files(files: Sequence[Path], settings: IngestSettings, *, dry_run: bool, progress: bool) -> int:
    """Publish (or just parse) ``files``; writes the summary to stdout and returns the exit code."""
    publisher = None if dry_run else Publisher(settings)
    if publisher is not None:
        await publisher.start()
    pipeline = Pipeline.from_settings(publisher, settings)
    published = articles = skipped = 0
    reasons: Counter[str] = Counter()
    line, started = ProgressLine() if progress else None, time.monotonic()

    def show(done: int) -> None:
        """Show the progress after ``done`` files."""
        elapsed = time.monotonic() - started
        counts = f"{published} published, {sum(reasons.values())} rejected"
        if line is not None:
            line.update(f"ingest: {done}/{len(files)} files, {counts} ({elapsed:.0f} s)")

    try:
        for done, file in enumerate(files, start=1):
            try:
                outcome = await _ingest_one(pipeline, file)
            except OSError as exc:
                reasons[f"unreadable: {exc.strerror or exc}"] += 1
                logger.warning("cannot read %s: %s", file, exc)
                show(done)
                continue
            if isinstance(outcome, Published):
                published, articles = published + 1, articles + len(outcome.articles)
                skipped += len(outcome.skipped)
            else:
                reasons[f"{outcome.dead_letter.error_class}: {outcome.dead_letter.reason}"] += 1
                logger.debug("rejected %s", file)
            show(done)
    finally:
        if line is not None:
            line.finish()
        pipeline.close()
        if publisher is not None:
            await publisher.stop()
    verb = "parsed" if dry_run else "published"
    lines = [
        f"{verb} {published}, rejected {sum(reasons.values())} "
        f"({articles} articles; {skipped} items inside files skipped as no text story)"
    ]
    lines += [f"  {count} × {reason}" for reason, count in reasons.most_common()]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_REJECTED if reasons else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``newswire ingest PATH... [--dry-run]``; exit 0 ok, 1 if any file was rejected, 2 on bad usage,
    4 when Kafka is unreachable."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on bad usage (2)
        return int(exc.code or 0)
    try:
        settings = IngestSettings()
    except ValidationError as exc:
        sys.stderr.write(f"invalid INGEST_/KAFKA_ settings:\n{exc}\n")
        return EXIT_USAGE
    if not logging.getLogger().handlers:
        settings.configure_logging("ingest")
    try:
        files = expand(args.paths, settings.ignore_patterns)
        return asyncio.run(ingest_files(files, settings, dry_run=args.dry_run, progress=not args.no_progress))
    except UsageError as exc:
        sys.stderr.write(f"newswire ingest: {exc}\n")
        return EXIT_USAGE
    except (PublishError, RetriableError) as exc:
        sys.stderr.write(f"newswire ingest: Kafka at {settings.kafka.bootstrap_servers} unreachable: {exc.reason}\n")
        return EXIT_UNREACHABLE
    except OSError as exc:
        sys.stderr.write(f"newswire ingest: {exc}\n")
        return EXIT_USAGE
