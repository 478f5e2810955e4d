"""A bounded stop: after SIGTERM a service exits within ``<PREFIX>SHUTDOWN_TIMEOUT_S``, whatever is unreachable.

A graceful stop finishes the work in hand, commits what Kafka acknowledged and closes its clients. With Kafka or
Elasticsearch away each of those steps can wait for minutes (client request timeouts, retry loops that never drop
data). Two stages keep the stop bounded:

1. after two thirds of the timeout the service's main task is cancelled, so its ``finally`` blocks close what
   they can (:func:`run_until_stopped`);
2. at the timeout a watchdog thread logs and ends the process (:class:`ShutdownDeadline`), even when the event
   loop itself is stuck.

Nothing acknowledged is lost either way: offsets are committed only after the work they guard, so whatever was not
committed is read again by the next owner of the partition (duplicates that the idempotent writes absorb).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from pydantic import Field
from pydantic_settings import BaseSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

EXIT_STOPPED = 0
"""Exit code of a stop on request, graceful or cut short by the deadline (the log line tells which)."""
GRACE_SHARE = 2 / 3
"""Share of the timeout the main task gets before it is cancelled; the rest is for its cleanup."""


class ShutdownSettings(BaseSettings):
    """``<PREFIX>SHUTDOWN_TIMEOUT_S``, read under the inheriting service's prefix."""

    shutdown_timeout_s: float = Field(
        default=15.0,
        gt=0,
        le=600,
        description="Seconds from SIGTERM/SIGINT to exit, even with Kafka or Elasticsearch unreachable.",
    )


class ShutdownDeadline:
    """Once armed, the process exits within ``timeout`` seconds: normally, or by the watchdog thread."""

    def __init__(self, service: str, timeout: float, exit_code: int = EXIT_STOPPED) -> None:
        self.service = service
        self.timeout = timeout
        self.exit_code = exit_code
        self._armed_at: float | None = None
        self._timer: threading.Timer | None = None

    @property
    def grace(self) -> float:
        """Seconds the main task gets before it is cancelled."""
        return self.timeout * GRACE_SHARE

    @property
    def armed(self) -> bool:
        """True once a stop was requested."""
        return self._armed_at is not None

    def arm(self) -> None:
        """Start the countdown (the first call only: a second signal changes nothing)."""
        if self._armed_at is not None:
            return
        self._armed_at = time.monotonic()
        self._timer = threading.Timer(self.timeout, self._expire)
        self._timer.name = f"{self.service}-shutdown-deadline"
        self._timer.daemon = True
        self._timer.start()
        logger.info("%s stopping: exit within %g s", self.service, self.timeout)

    def stopped(self, *, clean: bool = True) -> None:
        """The stop is complete (``clean``: nothing had to be cancelled): disarm and say how long it took."""
        if self._timer is not None:
            self._timer.cancel()
        took = time.monotonic() - self._armed_at if self._armed_at is not None else 0.0
        if clean:
            logger.info("%s stopped cleanly in %.1f s", self.service, took)
        else:
            logger.warning(
                "%s stopped in %.1f s, its work in hand cancelled: uncommitted input will be processed again",
                self.service,
                took,
            )

    def _expire(self) -> None:
        """The watchdog: the graceful stop overran; exit now (what was not committed will be read again)."""
        logger.warning(
            "%s did not stop within %g s (Kafka or Elasticsearch unreachable?): exiting now;"
            " uncommitted input will be processed again",
            self.service,
            self.timeout,
        )
        for handler in logging.getLogger().handlers:
            handler.flush()
        os._exit(self.exit_code)


async def run_until_stopped(main: Awaitable[T], stop: asyncio.Event, deadline: ShutdownDeadline) -> T | None:
    """Run ``main``; once ``stop`` is set it has ``deadline.grace`` seconds before it is cancelled (then None).

    The deadline is armed when ``stop`` is set, and told how the stop ended, so the log always says.
    """
    task = asyncio.ensure_future(main)
    stopping = asyncio.ensure_future(stop.wait())
    cancelled = False
    try:
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not task.done():
            deadline.arm()
            done, _ = await asyncio.wait({task}, timeout=deadline.grace)
            if not done:
                logger.warning(
                    "%s still busy %.1f s after the stop request: cancelling it", deadline.service, deadline.grace
                )
                cancelled = task.cancel()
        try:
            result = await task
        except asyncio.CancelledError:
            if not cancelled:
                raise
            result = None
        if deadline.armed:
            deadline.stopped(clean=not cancelled)
        return result
    finally:
        stopping.cancel()


async def close_all(*closers: tuple[str, Callable[[], Awaitable[object]]]) -> None:
    """Close each client in turn, even when one before it fails.

    With the broker gone, aiokafka's ``stop()`` can raise the ``CancelledError`` of its own fetch task; left to
    propagate it skipped the remaining closes and ended a clean stop with exit code 1. A cancellation of the
    caller itself still propagates.
    """
    for name, close in closers:
        try:
            await close()
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise
            logger.warning("closing the %s: it raised a cancellation of its own (broker unreachable?)", name)
        except Exception as exc:  # noqa: BLE001 - one failed close must not keep the others open
            logger.warning("closing the %s failed: %r", name, exc)
