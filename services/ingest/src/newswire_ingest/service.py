"""``serve``: the long-running service, running the configured channels over one producer until signalled."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Coroutine
from typing import Any

from newswire_runtime import Backoff, kafka_probe, sleep_or_stop

from newswire_ingest.channels.folder import FolderChannel
from newswire_ingest.channels.http import BackPressure, create_app, run_http
from newswire_ingest.channels.inbox import InboxChannel
from newswire_ingest.errors import ExposedEndpointError, PublishError
from newswire_ingest.metrics import IngestMetrics
from newswire_ingest.pipeline import Pipeline
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)


async def _connect(publisher: Publisher, settings: IngestSettings, stop: asyncio.Event) -> bool:
    """Start the producer, retrying with backoff until it connects (True) or ``stop`` is set (False)."""
    attempt = 0
    backoff = Backoff(settings.retry_backoff, settings.retry_backoff_max)
    while not stop.is_set():
        try:
            await publisher.start()
        except PublishError as exc:
            attempt += 1
            delay = backoff.delay(attempt)
            logger.warning("Kafka unavailable, retrying in %.1fs: %s", delay, exc.reason)
            await sleep_or_stop(stop, delay)
        else:
            return True
    return False


def _install_signal_handlers(stop: asyncio.Event) -> None:
    """SIGTERM and SIGINT set ``stop``: channels finish the file in hand, commit, and the producer flushes."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)


async def serve(settings: IngestSettings, stop: asyncio.Event | None = None) -> int:
    """Run the channels in ``settings.channels`` until SIGTERM/SIGINT (or ``stop``); 0 on a clean stop, else 1."""
    if problem := settings.http_exposure_error():
        # Refuse before anything starts: an open, unauthenticated endpoint must never run, even briefly.
        raise ExposedEndpointError(problem)
    stop = stop if stop is not None else asyncio.Event()
    _install_signal_handlers(stop)
    publisher = Publisher(settings)
    pipeline = Pipeline.from_settings(publisher, settings, metrics=IngestMetrics())
    jobs: dict[str, Coroutine[Any, Any, None]] = {}
    probe, check = kafka_probe(settings.kafka, settings)
    if "http" in settings.channels:
        # HTTP starts first so /healthz answers (and /readyz says 503) while Kafka is still unreachable.
        pressure = BackPressure(probe, settings.publish_timeout, settings.http_retry_after)
        app = create_app(pipeline, publisher, settings.http_token, pressure)
        jobs["http"] = run_http(app, settings.http_host, settings.http_port, stop)
    tasks: dict[asyncio.Task[Any], str] = {asyncio.create_task(job, name=name): name for name, job in jobs.items()}
    try:
        if not await _connect(publisher, settings, stop):
            return 0
        if "inbox" in settings.channels:
            tasks[asyncio.create_task(InboxChannel(settings, pipeline).run(stop), name="inbox")] = "inbox"
        if "folder" in settings.channels:
            tasks[asyncio.create_task(FolderChannel(settings, pipeline).run(stop), name="folder")] = "folder"
        logger.info("ingest service running", extra={"channels": sorted(settings.channels)})
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        # Channels end on their own only once stop is set; ending earlier, or with an exception, is a failure
        # that shuts the rest down so the supervisor restarts us.
        failed = not stop.is_set()
        for task in done - {stopper}:
            if failed or task.exception() is not None:
                failed = True
                logger.error("channel %s stopped unexpectedly", tasks[task], exc_info=task.exception())
        stopper.cancel()
        stop.set()
        for result in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                failed = True
                logger.error("channel failed while stopping", exc_info=result)
        return 1 if failed else 0
    finally:
        stop.set()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        pipeline.close()
        await publisher.stop()
        await check.close()
        logger.info("ingest service stopped")
