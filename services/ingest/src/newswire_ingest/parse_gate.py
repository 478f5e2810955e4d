"""Where parses run: small inputs inline, large ones on a few dedicated threads, and memory handed back after.

A large parse is CPU work long enough to stall health checks, so it leaves the event loop; and it is where a hostile
file costs most, so only ``concurrency`` of them run at once (the rest queue, their bytes already read). A pool of
that many threads, rather than asyncio's default one, also keeps glibc to as few per-thread heaps. When the last
large parse of a burst has finished and ``settle`` seconds have passed without another, the C heap's free pages are
returned to the system (:func:`newswire_runtime.release_free_memory`), so RSS comes back to its baseline.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from newswire_runtime import release_free_memory

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_LARGE_BYTES = 256 * 1024
"""Inputs above this size are parsed on a worker thread."""
DEFAULT_CONCURRENCY = 2
"""Large parses at once (the machines this runs on have two cores or more)."""


class ParseGate:
    """Runs parse calls: inline up to ``large_bytes`` of input, else on ``concurrency`` worker threads."""

    def __init__(
        self,
        *,
        large_bytes: int = DEFAULT_LARGE_BYTES,
        concurrency: int = DEFAULT_CONCURRENCY,
        settle: float = 1.0,
        release: Callable[[], object] = release_free_memory,
    ) -> None:
        if large_bytes < 0 or concurrency < 1 or settle < 0:
            raise ValueError("large_bytes and settle must be >= 0, concurrency >= 1")
        self.large_bytes = large_bytes
        self.concurrency = concurrency
        self._settle = settle
        self._release = release
        self._executor: ThreadPoolExecutor | None = None
        self._in_flight = 0
        self._release_timer: asyncio.TimerHandle | None = None

    async def run(self, size: int, parse: Callable[[], T]) -> T:
        """``parse()``, inline if ``size`` is small, else on a worker thread (waiting for a free one)."""
        if size <= self.large_bytes:
            return parse()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.concurrency, thread_name_prefix="ingest-parse")
        loop = asyncio.get_running_loop()
        self._in_flight += 1
        try:
            return await loop.run_in_executor(self._executor, parse)
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._schedule_release(loop)

    @property
    def in_flight(self) -> int:
        """Large parses running or queued now."""
        return self._in_flight

    def close(self) -> None:
        """Stop the worker threads (after the parses they hold) and cancel a pending release."""
        if self._release_timer is not None:
            self._release_timer.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _schedule_release(self, loop: asyncio.AbstractEventLoop) -> None:
        """Release free memory ``settle`` seconds from now, unless another large parse starts before."""
        if self._release_timer is not None:
            self._release_timer.cancel()
        # Later, not now: the rejected file's exception and bytes are still referenced until its outcome is handled.
        self._release_timer = loop.call_later(self._settle, self._release_if_idle)

    def _release_if_idle(self) -> None:
        """The timer's callback: trim the heap if no large parse is running (a few ms on a 400 MB heap)."""
        self._release_timer = None
        if self._in_flight == 0:
            self._release()
            logger.debug("free memory released after large parses")
