"""Create the indices, templates, alias and (where the cluster has it) ILM policy, idempotently.

Monthly indices ``{prefix}-articles-YYYY.MM`` are created on first write from the composable template
``{prefix}-articles`` (component templates ``{prefix}-settings``, ``-analysis``, ``-mappings``), which also
puts every one of them behind the read alias ``{prefix}-articles``. Plain indices rather than a data stream,
because corrections and re-tags overwrite documents.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch, BadRequestError, NotFoundError
from newswire_runtime import ElasticsearchSettings

from newswire_indexer.mappings import (
    ANALYSIS,
    ARTICLE_MAPPINGS,
    DEADLETTER_MAPPINGS,
    FIELD_MAPPINGS,
    RECEIPT_MAPPINGS,
    TEXT_MAPPINGS,
    WITHDRAWAL_MAPPINGS,
    index_settings,
)
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.visibility import PUBLIC_FILTER

logger = logging.getLogger(__name__)

TEMPLATE_PRIORITY = 200
"""Above the stack's built-in templates (priority 100 and below) so ours wins on our patterns."""
LAYOUT_VERSION = 5
"""Bumped when the templates change; recorded in their ``_meta``. 2: topics carry their ``reasons``. 3: wire
semantics (status and the alias filter, urgency, embargo, agency metadata, entity sources), receipts, withdrawals.
4: ``article_meta`` (what ``newswire retag`` publishes again) and the replay marks of dead letters. 5: dead letters'
``payload_sha256`` (one document per rejection; identical inputs grouped by it)."""


def article_index(settings: IndexerSettings, suffix: str) -> str:
    """Concrete monthly index name for a ``YYYY.MM`` suffix."""
    return f"{settings.elasticsearch.articles_alias}-{suffix}"


def receipts_index(settings: ElasticsearchSettings) -> str:
    """Index of the receipts of traced submissions (:mod:`receipts`)."""
    return f"{settings.index_prefix}-receipts"


def withdrawals_index(settings: ElasticsearchSettings) -> str:
    """Index of the records of kills and holds (:mod:`withdrawals`)."""
    return f"{settings.index_prefix}-withdrawals"


async def ilm_available(es: AsyncElasticsearch) -> bool:
    """Whether the cluster offers index lifecycle management (absent without the x-pack modules)."""
    try:
        await es.ilm.get_status()
    except (NotFoundError, BadRequestError) as exc:
        logger.info("cluster has no ILM (%s): monthly indices are kept until removed by hand", exc.meta.status)
        return False
    return True


def lifecycle_policy(retention_days: int | None) -> dict[str, Any]:
    """ILM policy: hot while written; deleted ``retention_days`` after creation when retention is set."""
    phases: dict[str, Any] = {"hot": {"min_age": "0ms", "actions": {}}}
    if retention_days is not None:
        phases["delete"] = {"min_age": f"{retention_days}d", "actions": {"delete": {}}}
    return {"phases": phases, "_meta": {"managed_by": "newswire-indexer"}}


async def _put_templates(es: AsyncElasticsearch, settings: IndexerSettings, lifecycle: str | None) -> None:
    """Component templates and the composable index template of the article indices."""
    prefix = settings.elasticsearch.index_prefix
    alias = settings.elasticsearch.articles_alias
    meta = {"managed_by": "newswire-indexer", "layout_version": LAYOUT_VERSION}
    components: dict[str, dict[str, Any]] = {
        f"{prefix}-settings": {
            "settings": index_settings(
                shards=settings.index_shards,
                replicas=settings.index_replicas,
                refresh_interval=settings.refresh_interval,
                lifecycle=lifecycle,
            )
        },
        f"{prefix}-analysis": {"settings": {"index": {"analysis": ANALYSIS}}, "mappings": TEXT_MAPPINGS},
        f"{prefix}-mappings": {"mappings": FIELD_MAPPINGS},
    }
    for name, template in components.items():
        await es.cluster.put_component_template(name=name, template=template, meta=meta)
    await es.indices.put_index_template(
        name=alias,
        index_patterns=[f"{alias}-*"],
        composed_of=list(components),
        template={"aliases": {alias: {"filter": PUBLIC_FILTER}}},
        priority=TEMPLATE_PRIORITY,
        meta=meta,
    )


async def _ensure_index(es: AsyncElasticsearch, index: str, body: dict[str, Any]) -> None:
    """Create an index unless it exists; an existing one gets the (additive) mappings re-applied."""
    if await es.indices.exists(index=index):
        await es.indices.put_mapping(index=index, **body["mappings"])
        return
    try:
        await es.indices.create(index=index, **body)
    except ApiError as exc:
        # another worker created it between our check and our create: that is the state we wanted
        if exc.error != "resource_already_exists_exception":
            raise


async def ensure_layout(es: AsyncElasticsearch, settings: IndexerSettings, *, now: datetime | None = None) -> None:
    """Bring the cluster to the layout this version of the indexer writes to; safe to run any number of times.

    Migration of an existing cluster is additive: the templates are replaced (new monthly indices get the new
    mapping), every existing monthly index gets the new fields with a put-mapping (documents written before keep
    theirs and simply lack the new ones) and the read alias gets its status filter on every monthly index.
    """
    prefix = settings.elasticsearch.index_prefix
    lifecycle: str | None = None
    if await ilm_available(es):
        lifecycle = f"{prefix}-articles"
        await es.ilm.put_lifecycle(name=lifecycle, policy=lifecycle_policy(settings.ilm_retention_days))
    await _put_templates(es, settings, lifecycle)
    # Monthly indices created by an older layout get its additive changes too: a correction or re-tag written
    # to an older month must not meet a strict mapping that lacks a new field.
    alias = settings.elasticsearch.articles_alias
    await es.indices.put_mapping(index=f"{alias}-*", allow_no_indices=True, **ARTICLE_MAPPINGS)
    # the current month's index exists from the start so the read alias (and a Kibana data view) resolves
    moment = (now or datetime.now(tz=UTC)).astimezone(UTC)
    current = article_index(settings, f"{moment.year:04d}.{moment.month:02d}")
    await _ensure_index(es, current, {"mappings": ARTICLE_MAPPINGS})
    # re-adding the alias replaces its filter: indices created before the filter existed hide held articles too
    await es.indices.update_aliases(actions=[{"add": {"index": f"{alias}-*", "alias": alias, "filter": PUBLIC_FILTER}}])
    small = index_settings(
        shards=1, replicas=settings.index_replicas, refresh_interval=settings.refresh_interval, lifecycle=None
    )
    for index, mappings in (
        (settings.elasticsearch.deadletters_index, DEADLETTER_MAPPINGS),
        (receipts_index(settings.elasticsearch), RECEIPT_MAPPINGS),
        (withdrawals_index(settings.elasticsearch), WITHDRAWAL_MAPPINGS),
    ):
        await _ensure_index(es, index, {"settings": small, "mappings": mappings})
    logger.info(
        "layout ready: alias %s (current index %s), dead letters %s",
        alias,
        current,
        settings.elasticsearch.deadletters_index,
    )
