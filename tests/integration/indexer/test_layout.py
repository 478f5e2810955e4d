"""The layout: templates, alias, strict mapping, ILM only where it exists; creating it twice changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from elasticsearch import AsyncElasticsearch
from newswire_indexer.layout import ensure_layout, ilm_available
from newswire_indexer.mappings import ANALYSIS, ARTICLE_MAPPINGS
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.visibility import PUBLIC_FILTER

pytestmark = pytest.mark.integration

WIRE_FIELDS = {"status", "urgency", "embargoed_until", "pubstatus", "keywords", "slugline", "editorial_note"}


async def test_layout_is_idempotent(es: AsyncElasticsearch, indexer_settings: IndexerSettings) -> None:
    now = datetime(2026, 3, 5, tzinfo=UTC)
    await ensure_layout(es, indexer_settings, now=now)
    await ensure_layout(es, indexer_settings, now=now)
    prefix = indexer_settings.elasticsearch.index_prefix
    alias = indexer_settings.elasticsearch.articles_alias

    template = (await es.indices.get_index_template(name=alias))["index_templates"][0]["index_template"]
    assert template["index_patterns"] == [f"{alias}-*"]
    assert template["composed_of"] == [f"{prefix}-settings", f"{prefix}-analysis", f"{prefix}-mappings"]

    indices = await es.indices.get_alias(name=alias)
    assert list(indices) == [f"{alias}-2026.03"]
    mapping = (await es.indices.get_mapping(index=f"{alias}-2026.03"))[f"{alias}-2026.03"]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["properties"]["body"]["analyzer"] == "turkish"
    assert mapping["properties"]["entities"]["type"] == "nested"
    assert mapping["properties"]["persons"]["type"] == "keyword"
    assert mapping["properties"]["places_geo"]["type"] == "geo_point"

    settings = (await es.indices.get_settings(index=f"{alias}-2026.03"))[f"{alias}-2026.03"]["settings"]["index"]
    assert ("lifecycle" in settings) == await ilm_available(es)
    assert await es.indices.exists(index=indexer_settings.elasticsearch.deadletters_index)


async def test_monthly_index_joins_the_alias_on_first_write(
    es: AsyncElasticsearch, indexer_settings: IndexerSettings
) -> None:
    await ensure_layout(es, indexer_settings, now=datetime(2026, 3, 5, tzinfo=UTC))
    alias = indexer_settings.elasticsearch.articles_alias
    await es.index(index=f"{alias}-2025.12", id="x", document={"article_id": "x"}, refresh=True)
    assert sorted(await es.indices.get_alias(name=alias)) == [f"{alias}-2025.12", f"{alias}-2026.03"]
    with pytest.raises(Exception, match="strict_dynamic_mapping_exception"):
        await es.index(index=f"{alias}-2025.12", id="y", document={"unknown": 1})


async def test_older_monthly_indices_get_new_fields(es: AsyncElasticsearch, indexer_settings: IndexerSettings) -> None:
    alias = indexer_settings.elasticsearch.articles_alias
    # a month written before topics had reasons: the layout of today must reach it too
    await es.indices.create(
        index=f"{alias}-2025.01",
        settings={"analysis": ANALYSIS},
        mappings={"dynamic": "strict", "properties": {"topics": {"type": "nested", "properties": {}}}},
    )
    await ensure_layout(es, indexer_settings, now=datetime(2026, 3, 5, tzinfo=UTC))
    await es.index(index=f"{alias}-2025.01", id="z", document={"topics": [{"code": "1", "reasons": ["term: x"]}]})


async def test_a_cluster_from_before_wire_semantics_is_migrated_in_place(
    es: AsyncElasticsearch, indexer_settings: IndexerSettings
) -> None:
    """Indices made by the layout before wire semantics get the new fields and the alias filter; nothing reindexed."""
    alias = indexer_settings.elasticsearch.articles_alias
    old = f"{alias}-2025.11"
    older = {k: v for k, v in ARTICLE_MAPPINGS["properties"].items() if k not in WIRE_FIELDS}
    await es.indices.create(
        index=old,
        settings={"index": {"analysis": ANALYSIS}},
        mappings={"dynamic": "strict", "properties": older},
        aliases={alias: {}},
    )
    await es.index(index=old, id="before", document={"article_id": "before", "headline": "Eski haber"}, refresh=True)

    await ensure_layout(es, indexer_settings, now=datetime(2026, 3, 5, tzinfo=UTC))

    properties = (await es.indices.get_mapping(index=old))[old]["mappings"]["properties"]
    assert set(properties) >= WIRE_FIELDS, "a correction written to this older month must fit"
    assert (await es.indices.get_alias(index=old, name=alias))[old]["aliases"][alias]["filter"] == PUBLIC_FILTER
    held = {"article_id": "held", "headline": "Ambargolu", "status": "embargoed"}
    await es.index(index=old, id="held", document=held, refresh=True)
    found = await es.search(index=alias, query={"match_all": {}})
    assert [hit["_id"] for hit in found["hits"]["hits"]] == ["before"], "old documents stay public, held ones do not"
