"""Housekeeping passes an indexer process runs beside its worker: each one every interval, until stopped.

The state they act on lives in Elasticsearch (held articles, receipts), so a pass that fails, or a process that
dies, only delays the work to the next pass of any process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from elastic_transport import TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)


async def run_every(interval: float, stop: asyncio.Event, what: str, one_pass: Callable[[], Awaitable[object]]) -> None:
    """Run ``one_pass`` now and then every ``interval`` seconds until ``stop`` is set.

    An unreachable or refusing Elasticsearch is logged as a warning and retried at the next pass; any other error
    is logged with its traceback and retried too: a bug in one pass must not end the housekeeping.
    """
    while not stop.is_set():
        try:
            await one_pass()
        except (ApiError, TransportError) as exc:
            logger.warning("%s pass failed, retrying in %.1fs: %s", what, interval, exc)
        except Exception:
            logger.exception("%s pass crashed, retrying in %.1fs", what, interval)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
