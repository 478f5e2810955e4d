"""The faust app: consume ``newswire.articles``, produce ``newswire.enriched`` (failures to the dead-letter topic)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import faust
from newswire_runtime import Backoff, build_dead_letter, log_fields
from newswire_runtime.faust_options import faust_options
from newswire_schemas import ENRICHED, HEADER_REPLAY, TOPIC_SPECS, Article, DeadLetter
from pydantic import ValidationError

from newswire_tagger.committing import TaggerApp
from newswire_tagger.errors import InvalidArticleError, RetriableError
from newswire_tagger.ledger import OffsetLedger
from newswire_tagger.metrics import CONTENT_TYPE, TaggerMetrics
from newswire_tagger.pipeline import Tagger
from newswire_tagger.probes import add_probes
from newswire_tagger.settings import TaggerSettings
from newswire_tagger.sink import Headers, Sink, TopicSink

logger = logging.getLogger(__name__)


def create_app(
    settings: TaggerSettings, tagger: Tagger, sink: Sink | None = None, metrics: TaggerMetrics | None = None
) -> faust.App:
    """Build the faust app with its agent and ``/metrics`` page; ``sink`` replaces the Kafka output (tests).

    Offsets are committed from the app's offset ledger: an input offset counts once its output (or its dead
    letter) is acknowledged by Kafka, and a commit never passes an offset that does not count yet.
    """
    kafka = settings.kafka
    app = TaggerApp(
        settings.app_id,
        **faust_options(kafka),
        store="memory://",
        datadir=str(settings.data_dir),
        topic_partitions=settings.topic_partitions,
        web_enabled=settings.web_enabled,
        web_bind=settings.web_bind,
        web_host=settings.web_host,
        web_port=settings.web_port,
        producer_acks=-1,
        # faust's 1 MB default would refuse an enriched article the topic itself accepts.
        producer_max_request_size=TOPIC_SPECS[ENRICHED].max_message_bytes,
        consumer_auto_offset_reset="earliest",
    )
    articles = _raw_topic(app, kafka.articles_topic)
    output = sink or TopicSink(
        enriched_topic=_raw_topic(app, kafka.enriched_topic),
        deadletter_topic=_raw_topic(app, kafka.deadletter_topic),
        timeout_s=settings.send_timeout_s,
    )

    measured = metrics if metrics is not None else TaggerMetrics()
    measured.set_models(tagger.model_version, tagger.artifacts)
    if tagger.overrides is not None:
        measured.set_overrides(tagger.overrides.loaded)

    backoff = Backoff(settings.retry_backoff_s, settings.retry_backoff_max_s)

    # concurrency=1: events are finished in offset order, so the ledger's commit point follows right behind.
    @app.agent(articles, concurrency=1)
    async def tag(stream: Any) -> AsyncIterator[None]:
        async for event in stream.events():
            message = event.message
            if await process_until_delivered(
                event, tagger, output, ledger=app.ledger, backoff=backoff, metrics=measured
            ):
                app.ledger.done(message.tp, message.offset)
            yield None

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        # a Content-Type header, not content_type=: aiohttp refuses a charset inside content_type
        return web.bytes(measured.exposition(), headers={"Content-Type": CONTENT_TYPE})

    add_probes(app, settings)
    app.tagger_agent = tag  # type: ignore[attr-defined]  # handle for tests: app.tagger_agent.test_context()
    app.tagger_metrics = measured  # type: ignore[attr-defined]
    return app


async def process_until_delivered(
    event: Any,
    tagger: Tagger,
    sink: Sink,
    *,
    ledger: OffsetLedger[Any],
    backoff: Backoff,
    metrics: TaggerMetrics | None = None,
) -> bool:
    """Process one event until its output is acknowledged (True), or its partition is no longer ours (False).

    faust would acknowledge an event whose agent body raised and move on: a send Kafka did not acknowledge is
    therefore retried here, with backoff, for as long as this worker owns the partition. Once it does not (a
    rebalance moved it), the event is left to the new owner, which reads it again from the committed offset.
    """
    message = event.message
    attempt = 0
    while True:
        try:
            await process_event(event, tagger, sink, metrics)
        except RetriableError as exc:
            attempt += 1
            if not ledger.owns(message.tp):
                logger.info(
                    "%s[%s]@%s left to its new owner: %s", message.topic, message.partition, message.offset, exc
                )
                return False
            delay = backoff.delay(attempt)
            logger.warning(
                "retry %d of %s[%s]@%s in %.1fs: %s",
                attempt,
                message.topic,
                message.partition,
                message.offset,
                delay,
                exc,
                extra={"topic": message.topic, "partition": message.partition, "offset": message.offset},
            )
            await asyncio.sleep(delay)
        else:
            return True


async def process_event(event: Any, tagger: Tagger, sink: Sink, metrics: TaggerMetrics | None = None) -> None:
    """Tag one event; any failure but a retriable one becomes a dead letter so the partition moves on."""
    metrics = metrics if metrics is not None else TaggerMetrics()
    message = event.message
    value: bytes = event.value if isinstance(event.value, bytes) else bytes(event.value or b"")
    article: Article | None = None
    try:
        article = _decode(value)
        started = time.perf_counter()
        enriched = tagger.enrich(article)
        metrics.tagging_seconds.observe(time.perf_counter() - started)
        await sink.send_enriched(enriched, replay_headers(getattr(message, "headers", None)))
        metrics.tagged.labels(language=enriched.language.code).inc()
    except RetriableError:
        metrics.output_failures.inc()
        raise  # retried by process_until_delivered; the ledger does not count the offset meanwhile
    except Exception as exc:
        letter = _dead_letter(exc, value, message, article)
        metrics.deadletters.labels(error_class=letter.error_class).inc()
        logger.exception(
            "dead-lettering article %s from %s[%s]@%s",
            letter.article_id,
            message.topic,
            message.partition,
            message.offset,
            extra=log_fields(letter),
        )
        await sink.send_dead_letter(letter)


def replay_headers(headers: Mapping[str, bytes] | Headers | None) -> Headers:
    """The input's ``replay`` header, carried onto the output so the indexer knows a re-tag from new copy."""
    if not headers:
        return ()
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return tuple((name, bytes(value or b"")) for name, value in pairs if name == HEADER_REPLAY)


def _raw_topic(app: faust.App, name: str) -> Any:
    """A topic of raw bytes: values are validated with the shared pydantic models, not faust records."""
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")


def _decode(value: bytes) -> Article:
    try:
        return Article.model_validate_json(value)
    except ValidationError as exc:
        raise InvalidArticleError(
            f"not a valid newswire.articles message: {exc.error_count()} error(s): {exc}"
        ) from exc


def _dead_letter(exc: Exception, value: bytes, message: Any, article: Article | None) -> DeadLetter:
    """The dead letter of an event the tagger could not process, with the event's coordinates.

    An article that decoded lends its id, file name, channel and run id, so `newswire demo --report` and
    `newswire deadletters list` attribute the failure to the submission it came with.
    """
    if article is None:
        return build_dead_letter("tagger", value, exc, source=message)
    letter = build_dead_letter(
        "tagger",
        value,
        exc,
        source=message,
        article_id=article.id,
        file_name=article.file_name,
        channel=article.channel,
    )
    return letter if article.run_id is None else letter.model_copy(update={"run_id": article.run_id})
