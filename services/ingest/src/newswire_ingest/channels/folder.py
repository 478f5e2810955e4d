"""Watched-folder channel: poll a folder tree, publish each finished file, then file it under processed/ or failed/.

Order matters for crash safety: a file is moved only after Kafka acknowledged all its articles (or its dead
letter). A crash in between leaves the file in place, so it is published again on restart, every article under the
same id and version, which downstream idempotency absorbs.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import replace
from pathlib import Path

from newswire_runtime import Backoff, sleep_or_stop

from newswire_ingest.channels.filing import error_report, move_no_clobber, write_error_report
from newswire_ingest.channels.folder_scan import Candidate, scan_ready
from newswire_ingest.deadletters import Source
from newswire_ingest.errors import RetriableError, TooLargeError
from newswire_ingest.pipeline import Outcome, Pipeline, Published
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)


class FolderChannel:
    """Polls ``settings.watch_dir`` and feeds every ready file through the pipeline, one at a time."""

    def __init__(self, settings: IngestSettings, pipeline: Pipeline) -> None:
        self._settings = settings
        self._pipeline = pipeline
        self._root = settings.watch_dir
        # Files published but not movable (e.g. permissions): skipped until they change, so they are not re-sent
        # on every poll. Keyed by path, valued by (size, mtime) when it failed.
        self._stuck: dict[Path, tuple[int, float]] = {}

    async def run(self, stop: asyncio.Event) -> None:
        """Scan until ``stop`` is set; transient Kafka failures back off and retry the same files."""
        for folder in (self._root, self._settings.processed_path, self._settings.failed_path):
            folder.mkdir(parents=True, exist_ok=True)
        logger.info("watching folder", extra={"watch_dir": str(self._root)})
        failures = 0
        backoff = Backoff(self._settings.retry_backoff, self._settings.retry_backoff_max)
        while not stop.is_set():
            try:
                await self.scan_once(stop)
                failures = 0
                delay = self._settings.poll_interval
            except RetriableError as exc:
                failures += 1
                delay = backoff.delay(failures)
                logger.warning("folder scan interrupted, retrying in %.1fs: %s", delay, exc.reason)
            await sleep_or_stop(stop, delay)

    async def scan_once(self, stop: asyncio.Event | None = None) -> list[Outcome]:
        """Process every file ready now, oldest first; returns what became of each."""
        candidates = scan_ready(
            self._root,
            skip=[self._settings.processed_path, self._settings.failed_path],
            ignore_patterns=self._settings.ignore_patterns,
            min_age=self._settings.min_file_age,
            now=time.time(),
        )
        ready = [c for c in candidates if self._stuck.get(c.path) != (c.size, c.mtime)]
        # A window of files in flight: sends still leave oldest first (the semaphore is FIFO), but the next file
        # is parsed while the previous one awaits its acknowledgement. Each file is moved after its own ack.
        window = asyncio.Semaphore(self._settings.folder_concurrency)

        async def one(candidate: Candidate) -> Outcome | None:
            async with window:
                if stop is not None and stop.is_set():
                    return None
                return await self._handle(candidate)

        results = await asyncio.gather(*(one(c) for c in ready), return_exceptions=True)
        outcomes: list[Outcome] = []
        retriable: RetriableError | None = None
        for candidate, result in zip(ready, results, strict=True):
            if isinstance(result, RetriableError):
                retriable = retriable or result
            elif isinstance(result, BaseException):
                logger.error("file not handled", exc_info=result, extra={"file_name": str(candidate.path)})
            elif result is not None:
                outcomes.append(result)
        if retriable is not None:
            # Unacknowledged files stay where they are; the caller backs off and the next scan retries them.
            raise retriable
        return outcomes

    async def _handle(self, candidate: Candidate) -> Outcome | None:
        """Read, publish and file one candidate; None if it vanished or could not be read."""
        source = Source(channel="folder", file_name=candidate.path.name)
        limit = self._pipeline.max_bytes
        try:
            with candidate.path.open("rb") as handle:
                # Stat said how big it is: a huge file is never read whole, only the head kept for the dead letter.
                data = handle.read(limit + 1)
                source = replace(source, submission=_submission(candidate.relative, os.fstat(handle.fileno())))
        except FileNotFoundError:
            return None
        except OSError:
            logger.exception("cannot read file", extra=source.log_extra())
            self._stuck[candidate.path] = (candidate.size, candidate.mtime)
            return None
        if candidate.size > limit or len(data) > limit:
            size = max(candidate.size, len(data))
            error = TooLargeError(f"file is {size} bytes; the limit is {limit} bytes")
            outcome: Outcome = await self._pipeline.reject(data[:limit], source, error, payload_size=size)
        else:
            outcome = await self._pipeline.process(data, source)
        if self._settings.folder_pause_after_publish:
            # Test hook: widens the publish→move window so crash-safety tests can kill the process inside it.
            logger.info("pausing before move", extra=source.log_extra())
            await asyncio.sleep(self._settings.folder_pause_after_publish)
        self._file(candidate, outcome)
        return outcome

    def _file(self, candidate: Candidate, outcome: Outcome) -> None:
        """Move the file to processed/ or failed/ (same sub-path), with an error report for failures."""
        published = isinstance(outcome, Published)
        base = self._settings.processed_path if published else self._settings.failed_path
        try:
            moved_to = move_no_clobber(candidate.path, base / candidate.relative)
            if not isinstance(outcome, Published):
                report = error_report(outcome.dead_letter, original=candidate.relative, moved_to=moved_to)
                write_error_report(report, moved_to)
        except OSError:
            logger.exception("cannot move ingested file", extra={"file_name": str(candidate.path)})
            self._stuck[candidate.path] = (candidate.size, candidate.mtime)
            return
        self._stuck.pop(candidate.path, None)
        ids = [a.id for a in outcome.articles] if isinstance(outcome, Published) else [outcome.dead_letter.article_id]
        logger.info(
            "file %s",
            "processed" if published else "rejected",
            extra={"file_name": str(candidate.relative), "moved_to": str(moved_to), "article_ids": ids},
        )


def _submission(relative: Path, stat: os.stat_result) -> str:
    """Path, inode, size and mtime of the file read: the same file after a crash, a new one for each drop."""
    return f"{relative.as_posix()}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
