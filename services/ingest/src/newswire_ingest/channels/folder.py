"""Watched-folder channel: poll a folder tree, publish each finished file, then file it under processed/ or failed/.

Order matters for crash safety: a file is moved only after Kafka acknowledged all its articles (or its dead
letter), and its outcome is written to the folder's ledger (fsynced) before the move. A crash before the ledger
write leaves the file in place and it is published again on restart (same ids and versions: downstream idempotency
absorbs it); a file the ledger knows is only moved, never published again, even when its move keeps failing.

Only regular files owned by the service's user with a single hard link are read (opened without following links,
checked again on the open descriptor); every other entry is logged once, with why it is skipped, and left alone.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from newswire_runtime import Backoff, sleep_or_stop

from newswire_ingest.channels.filing import error_report, move_no_clobber, write_error_report
from newswire_ingest.channels.folder_ledger import FolderLedger
from newswire_ingest.channels.folder_scan import IGNORED, Candidate, kind_of, refusal, scan_ready
from newswire_ingest.deadletters import Source
from newswire_ingest.errors import RetriableError, TooLargeError
from newswire_ingest.pipeline import Outcome, Pipeline, Published
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC  # NONBLOCK: a FIFO swapped in cannot hang us


class SkippedFile(Exception):  # noqa: N818  # a verdict on a file, not an error of the service
    """The file must not be read: ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FolderChannel:
    """Polls ``settings.watch_dir`` and feeds every ready file through the pipeline, a window at a time."""

    def __init__(self, settings: IngestSettings, pipeline: Pipeline) -> None:
        self._settings = settings
        self._pipeline = pipeline
        self._root = settings.watch_dir
        self._uid = os.geteuid()
        self._ledger = FolderLedger(settings.ledger_path)
        self._ledger_open = False
        # Files that could not be read or moved: skipped until they change, so they are not retried on every poll.
        self._stuck: dict[Path, tuple[int, int, int, int]] = {}
        # Entries skipped at the last scan, with the reason logged: each is logged once while it stays as it is.
        self._skipped: dict[Path, str] = {}

    async def run(self, stop: asyncio.Event) -> None:
        """Scan until ``stop`` is set; transient Kafka failures back off and retry the same files."""
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

    def _prepare(self) -> None:
        """Create the folders and read the ledger, once."""
        if self._ledger_open:
            return
        for folder in (self._root, self._settings.processed_path, self._settings.failed_path):
            folder.mkdir(parents=True, exist_ok=True)
        self._ledger.open()
        self._ledger_open = True

    async def scan_once(self, stop: asyncio.Event | None = None) -> list[Outcome]:
        """Process every file ready now, oldest first; returns what became of each file published or rejected."""
        self._prepare()
        skipped: dict[Path, str] = {}
        candidates = scan_ready(
            self._root,
            skip=[self._settings.processed_path, self._settings.failed_path, self._ledger.path],
            ignore_patterns=self._settings.ignore_patterns,
            min_age=self._settings.min_file_age,
            now=time.time(),
            on_skip=skipped.__setitem__,
        )
        ready: list[Candidate] = []
        for candidate in candidates:
            if self._stuck.get(candidate.path) == candidate.identity:
                continue
            if (entry := self._ledger.outcome(candidate.identity)) is not None:
                self._file(candidate, entry)  # published before: finish filing it, never publish again
            elif (reason := refusal(candidate.nlink, candidate.uid, own_uid=self._uid)) is not None:
                skipped[candidate.path] = reason
            else:
                ready.append(candidate)
        outcomes = await self._handle_all(ready, stop, skipped)
        self._log_skipped(skipped)
        return outcomes

    async def _handle_all(
        self, ready: list[Candidate], stop: asyncio.Event | None, skipped: dict[Path, str]
    ) -> list[Outcome]:
        """Handle ``ready`` in a window of ``folder_concurrency`` files; raise the first retriable failure after."""
        # Sends still leave oldest first (the semaphore is FIFO), but the next file is parsed while the previous one
        # awaits its acknowledgement. Each file is moved after its own ack.
        window = asyncio.Semaphore(self._settings.folder_concurrency)

        async def one(candidate: Candidate) -> Outcome | None:
            async with window:
                if stop is not None and stop.is_set():
                    return None
                try:
                    return await self._handle(candidate)
                except SkippedFile as skip:
                    skipped[candidate.path] = skip.reason
                    return None

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

    def _log_skipped(self, skipped: dict[Path, str]) -> None:
        """Log each skipped entry once: when first seen, or when its reason changes (not on every poll)."""
        for path, reason in skipped.items():
            if self._skipped.get(path) != reason:
                level = logging.INFO if reason == IGNORED else logging.WARNING
                logger.log(level, "entry skipped: %s", reason, extra={"file_name": str(path)})
        self._skipped = skipped  # entries gone from the folder are forgotten, and logged again if they come back

    def _read(self, candidate: Candidate, limit: int) -> tuple[bytes, os.stat_result]:
        """Up to ``limit`` bytes of the file and its stat, opened without following links, checked on the descriptor."""
        descriptor = os.open(candidate.path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as handle:
            st = os.fstat(descriptor)
            if (kind := kind_of(st.st_mode)) is not None:
                raise SkippedFile(kind)
            if (reason := refusal(st.st_nlink, st.st_uid, own_uid=self._uid)) is not None:
                raise SkippedFile(reason)
            if (st.st_dev, st.st_ino) != candidate.identity[:2]:
                raise SkippedFile("replaced since the scan; read at the next one")
            return handle.read(limit), st

    async def _handle(self, candidate: Candidate) -> Outcome | None:
        """Read, publish and file one candidate; None if it vanished or could not be read."""
        source = Source(channel="folder", file_name=candidate.path.name)
        limit = self._pipeline.max_bytes
        try:
            # Stat said how big it is: a huge file is never read whole, only the head kept for the dead letter.
            data, st = self._read(candidate, limit + 1)
            source = replace(source, submission=_submission(candidate.relative, st))
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # a symbolic link swapped in after the scan
                raise SkippedFile("a symbolic link (links are never followed)") from exc
            logger.exception("cannot read file", extra=source.log_extra())
            self._stuck[candidate.path] = candidate.identity
            return None
        if candidate.size > limit or len(data) > limit:
            size = max(candidate.size, len(data))
            error = TooLargeError(f"file is {size} bytes; the limit is {limit} bytes")
            outcome: Outcome = await self._pipeline.reject(data[:limit], source, error, payload_size=size)
        else:
            outcome = await self._pipeline.process(data, source)
        entry = self._entry(candidate, outcome)
        try:
            self._ledger.record(candidate.identity, entry)
        except OSError:
            logger.exception("cannot write the folder ledger", extra=source.log_extra())
        if self._settings.folder_pause_after_publish:
            # Test hook: widens the publish→move window so crash-safety tests can kill the process inside it.
            logger.info("pausing before move", extra=source.log_extra())
            await asyncio.sleep(self._settings.folder_pause_after_publish)
        self._file(candidate, entry)
        return outcome

    @staticmethod
    def _entry(candidate: Candidate, outcome: Outcome) -> dict[str, Any]:
        """The ledger entry of a file's outcome: enough to file it (and write its report) without the outcome."""
        if isinstance(outcome, Published):
            return {"relative": str(candidate.relative), "article_ids": [a.id for a in outcome.articles]}
        report = error_report(outcome.dead_letter, original=candidate.relative)
        return {"relative": str(candidate.relative), "article_ids": [outcome.dead_letter.article_id], "report": report}

    def _file(self, candidate: Candidate, entry: dict[str, Any]) -> None:
        """Move the file to processed/ or failed/ (same sub-path), with an error report for failures."""
        report = entry.get("report")
        base = self._settings.failed_path if report is not None else self._settings.processed_path
        try:
            moved_to = move_no_clobber(candidate.path, base / candidate.relative)
            if report is not None:
                write_error_report(report, moved_to)
        except OSError:
            logger.exception("cannot move ingested file", extra={"file_name": str(candidate.path)})
            self._stuck[candidate.path] = candidate.identity
            return
        self._stuck.pop(candidate.path, None)
        try:
            self._ledger.settle(candidate.identity)
        except OSError:
            logger.exception("cannot write the folder ledger", extra={"file_name": str(candidate.path)})
        logger.info(
            "file %s",
            "rejected" if report is not None else "processed",
            extra={
                "file_name": str(candidate.relative),
                "moved_to": str(moved_to),
                "article_ids": entry["article_ids"],
            },
        )


def _submission(relative: Path, stat: os.stat_result) -> str:
    """Path, inode, size and mtime of the file read: the same file after a crash, a new one for each drop."""
    return f"{relative.as_posix()}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
