"""The wire-semantics steps around a batch's write: before it, re-deliveries set aside and the stories kills will
overwrite read; after it, what was written remembered, receipts of traced articles and records of kills written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newswire_indexer.items import BulkItem, BulkOutcome, Verdict
from newswire_indexer.layout import receipts_index, withdrawals_index
from newswire_indexer.metrics import IndexerMetrics
from newswire_indexer.receipts import receipt_items
from newswire_indexer.routing import HomeIndexRouter, Stored
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.withdrawals import withdrawal_items, withdrawing

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class WirePlan:
    """A batch's article items sorted for the write: to send, set aside as unchanged, and the kills among them."""

    articles: list[BulkItem]
    unchanged: list[BulkItem] = field(default_factory=list)
    kills: list[BulkItem] = field(default_factory=list)
    before: dict[str, dict[str, Any]] = field(default_factory=dict)


class FollowUps:
    """Plans a batch's article writes and builds what follows them (one per worker)."""

    def __init__(self, settings: IndexerSettings, router: HomeIndexRouter, metrics: IndexerMetrics) -> None:
        self._router = router
        self._metrics = metrics
        self._receipts = receipts_index(settings.elasticsearch)
        self._withdrawals = withdrawals_index(settings.elasticsearch)

    def plan(self, articles: list[BulkItem], targets: list[Stored]) -> WirePlan:
        """Send each article to its home; set aside a re-delivery of the version and bytes already stored there."""
        plan = WirePlan(articles)
        for item, stored in zip(articles, targets, strict=True):
            item.index = stored.index
            if stored.redelivered(item.source):
                item.verdict = Verdict.IGNORED
                plan.unchanged.append(item)
        plan.kills = withdrawing([item for item in articles if item.verdict is None])
        return plan

    def after(self, plan: WirePlan, outcome: BulkOutcome, now: datetime) -> list[BulkItem]:
        """Remember what was written; the receipts and withdrawal records to write next."""
        for item in plan.articles:
            if item.verdict is Verdict.INDEXED:
                self._router.written(item.doc_id, item.index, item.source)
        reasons = {rejection.origin: rejection.reason for rejection in outcome.rejected}
        records = withdrawal_items(plan.kills, plan.before, self._withdrawals, now)
        self._metrics.withdrawn.inc(len(records))
        return receipt_items(plan.articles, self._receipts, now, reasons) + records

    @staticmethod
    def report(outcome: BulkOutcome) -> None:
        """Log receipts or records Elasticsearch refused (the articles themselves are indexed or dead-lettered)."""
        for lost in outcome.rejected:
            logger.error("receipt or withdrawal record of offset %s refused: %s", lost.origin.offset, lost.reason)
