"""Send bulk requests until every item has a final verdict: indexed, ignored or rejected.

Whole-request failures that are transient (429, 5xx, timeouts, refused connections) are retried with backoff;
item failures are sorted by :func:`newswire_indexer.items.classify_item` and only the retriable items go again.
A whole request refused as invalid (400, 413) is split in halves until the offending document stands alone.
"""

from __future__ import annotations

import asyncio
import logging
import time
import zlib
from collections.abc import Callable
from typing import Any, cast

from elastic_transport import SerializationError, TransportError
from elasticsearch import ApiError, AsyncElasticsearch
from newswire_runtime import RetryBudget

from newswire_indexer.errors import BulkUnavailableError, as_retriable
from newswire_indexer.items import BulkItem, BulkOutcome, Rejection, Verdict, classify_item, describe_error
from newswire_indexer.metrics import Observer

logger = logging.getLogger(__name__)

FILTER_PATH = "errors,items.*.status,items.*.error"
"""Only what the verdicts need: a 1000-item answer shrinks from ~300 KB to a few bytes when all succeed."""


def _refusal(exc: ApiError | SerializationError) -> str:
    """Readable reason of a request refused as a whole."""
    if isinstance(exc, ApiError):
        return f"HTTP {exc.meta.status}: {exc.message}"
    return f"{type(exc).__name__}: {exc}"


class BulkWriter:
    """Writes items in bulk with the retry and sorting rules above; one instance per process."""

    def __init__(
        self,
        es: AsyncElasticsearch,
        budget_factory: Callable[[], RetryBudget],
        timer: Observer | None = None,
        *,
        parallel_requests: int = 1,
    ) -> None:
        self._es = es
        self._budget_factory = budget_factory
        self._timer = timer
        self._lanes = max(1, parallel_requests)

    async def write(self, items: list[BulkItem]) -> BulkOutcome:
        """Index ``items``; returns only when each one is indexed, ignored or rejected.

        The items go out as up to ``parallel_requests`` concurrent ``_bulk`` requests, so Elasticsearch indexes
        them on several write threads. Items of one article share a lane and keep their order; across lanes
        order does not matter, because external versions make the newest version win whatever arrives first.
        """
        outcome = BulkOutcome()
        budget = self._budget_factory()
        lanes: list[list[BulkItem]] = [[] for _ in range(self._lanes)]
        for item in items:
            lanes[zlib.crc32(item.doc_id.encode()) % self._lanes].append(item)
        await asyncio.gather(*(self._write(lane, outcome, budget) for lane in lanes if lane))
        outcome.retries = budget.attempt
        return outcome

    async def _write(self, items: list[BulkItem], outcome: BulkOutcome, budget: RetryBudget) -> None:
        """Loop until no item is left to retry."""
        pending = items
        while pending:
            try:
                answer = await self._send(pending)
            except BulkUnavailableError as exc:
                await budget.wait(f"bulk of {len(pending)} items ({exc.reason})")
                continue
            except (ApiError, SerializationError) as exc:
                await self._split(pending, _refusal(exc), outcome, budget)
                return
            pending = self._sort(pending, answer, outcome)
            if pending:
                await budget.wait(f"{len(pending)} items of a bulk")

    async def _send(self, items: list[BulkItem]) -> dict[str, Any]:
        """One ``_bulk`` request; transient failures raised as :class:`BulkUnavailableError`."""
        # the client's NDJSON serializer passes bytes through untouched; its type hints only know dicts
        body = cast(Any, b"".join(item.encode() for item in items))
        started = time.perf_counter()
        try:
            response = await self._es.bulk(operations=body, filter_path=FILTER_PATH)
        except (ApiError, TransportError) as exc:
            unavailable = as_retriable(exc)
            if unavailable is not None:
                raise unavailable from exc
            raise
        finally:
            if self._timer is not None:
                self._timer.observe(time.perf_counter() - started)
        return dict(response.body)

    @staticmethod
    def _sort(items: list[BulkItem], answer: dict[str, Any], outcome: BulkOutcome) -> list[BulkItem]:
        """Record final verdicts in ``outcome``; return the items to send again."""
        if not answer.get("errors"):
            outcome.indexed += len(items)
            for item in items:
                item.verdict = Verdict.INDEXED
            return []
        retry: list[BulkItem] = []
        for item, result in zip(items, answer["items"], strict=True):
            status_and_error: dict[str, Any] = next(iter(result.values()))
            error = status_and_error.get("error")
            verdict = classify_item(int(status_and_error["status"]), error)
            item.verdict = None if verdict is Verdict.RETRY else verdict
            if verdict is Verdict.INDEXED:
                outcome.indexed += 1
            elif verdict is Verdict.IGNORED:
                outcome.ignored += 1
            elif verdict is Verdict.REJECTED:
                outcome.rejected.append(Rejection(item.origin, "MappingRejectedError", describe_error(error)))
            else:
                retry.append(item)
        return retry

    async def _split(self, items: list[BulkItem], reason: str, outcome: BulkOutcome, budget: RetryBudget) -> None:
        """A request refused as a whole: halve it until the document at fault is alone, then reject that one."""
        if len(items) == 1:
            logger.error("bulk refused for a single document %s: %s", items[0].doc_id, reason)
            items[0].verdict = Verdict.REJECTED
            outcome.rejected.append(Rejection(items[0].origin, "MappingRejectedError", reason))
            return
        logger.warning("bulk of %d items refused (%s), splitting", len(items), reason)
        middle = len(items) // 2
        await self._write(items[:middle], outcome, budget)
        await self._write(items[middle:], outcome, budget)
