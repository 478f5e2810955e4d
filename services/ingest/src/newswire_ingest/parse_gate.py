"""Admission of large inputs: a few at a time, parsed off the event loop, and memory handed back after a burst.

A large input is where a hostile file costs most: its bytes, the decoded text, the partial tree, and the dead letter
that carries it all exist at once. So only ``concurrency`` large inputs are processed at once (parse and publish;
the rest wait with their bytes already read), and their parses run on that many dedicated threads: CPU work long
enough to stall health checks leaves the loop, and glibc gets as few per-thread heaps as possible. When the last
large input of a burst is done and ``settle`` seconds pass without another, the C heaps' free pages are returned
(:func:`newswire_runtime.release_free_memory`), so RSS comes back to its baseline. Small inputs are not gated.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from newswire_runtime import release_free_memory

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_LARGE_BYTES = 256 * 1024
"""Inputs above this size are gated and parsed on a worker thread."""
DEFAULT_CONCURRENCY = 2
"""Large inputs processed at once (the machines this runs on have two cores or more)."""


class ParseGate:
    """Admits inputs above ``large_bytes`` ``concurrency`` at a time and parses them on as many threads."""

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
        self._slots = asyncio.Semaphore(concurrency)
        self._executor: ThreadPoolExecutor | None = None
        self._admitted = 0
        self._release_timer: asyncio.TimerHandle | None = None

    @property
    def admitted(self) -> int:
        """Large inputs being processed now (at most ``concurrency``)."""
        return self._admitted

    @contextlib.asynccontextmanager
    async def admit(self, size: int) -> AsyncIterator[None]:
        """Hold a slot for the processing of an input of ``size`` bytes (waiting for one if it is large)."""
        if size <= self.large_bytes:
            yield
            return
        async with self._slots:
            self._admitted += 1
            try:
                yield
            finally:
                self._admitted -= 1
                if self._admitted == 0:
                    self._schedule_release()

    async def run(self, size: int, parse: Callable[[], T]) -> T:
        """``parse()``: inline for a small input, else on a parse thread."""
        if size <= self.large_bytes:
            return parse()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.concurrency, thread_name_prefix="ingest-parse")
        return await asyncio.get_running_loop().run_in_executor(self._executor, parse)

    def close(self) -> None:
        """Stop the parse threads (after the parses they hold) and cancel a pending release."""
        if self._release_timer is not None:
            self._release_timer.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _schedule_release(self) -> None:
        """Release free memory ``settle`` seconds from now, unless another large input is admitted before."""
        if self._release_timer is not None:
            self._release_timer.cancel()
        # Later, not now: the caller still holds the outcome (and a refusal's traceback) until it has answered.
        self._release_timer = asyncio.get_running_loop().call_later(self._settle, self._release_if_idle)

    def _release_if_idle(self) -> None:
        """The timer's callback: trim the heaps if no large input is in process (a few ms)."""
        self._release_timer = None
        if self._admitted == 0:
            self._release()
            logger.debug("free memory released after large inputs")
