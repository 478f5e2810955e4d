"""What the pipeline needs from Elasticsearch, checked on the session's real node with the official Python client.

Run against the local node assembled from Maven Central jars (``deploy/local/elasticsearch``) these tests also
prove that node is a working Elasticsearch 9: product check, the built-in ``turkish`` analyzer, templates,
aliases, nested and geo mappings, aggregations and external versioning.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from elasticsearch import Elasticsearch

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

ARTICLE_MAPPINGS: dict[str, Any] = {
    "properties": {
        "headline": {"type": "text", "analyzer": "turkish"},
        "published": {"type": "date"},
        "topics": {"type": "keyword"},
        "dateline": {"type": "geo_point"},
        "entities": {
            "type": "nested",
            "properties": {"name": {"type": "keyword"}, "kind": {"type": "keyword"}},
        },
    }
}


@pytest.fixture
def es(elasticsearch_url: str) -> Iterator[Elasticsearch]:
    """A client for the session's node; closed after the test."""
    client = Elasticsearch(elasticsearch_url, request_timeout=60)
    yield client
    client.close()


@pytest.fixture
def index_name(es: Elasticsearch) -> Iterator[str]:
    """A fresh index name; the index (and any template named after it) is deleted afterwards."""
    name = f"test-es-{uuid.uuid4().hex[:10]}"
    yield name
    # Templates first, so a failing index delete cannot leave them behind.
    es.options(ignore_status=404).indices.delete_index_template(name=name)
    es.options(ignore_status=404).cluster.delete_component_template(name=f"{name}-mappings")
    # Wildcard deletes are refused (action.destructive_requires_name): name each index.
    if created := sorted(es.indices.get(index=f"{name}*", expand_wildcards="all")):
        es.indices.delete(index=",".join(created))


def _tokens(es: Elasticsearch, text: str) -> list[str]:
    """Terms the built-in ``turkish`` analyzer makes of ``text``."""
    return [token["token"] for token in es.indices.analyze(analyzer="turkish", text=text)["tokens"]]


def test_client_info_passes_the_product_check(es: Elasticsearch) -> None:
    info = es.info()  # raises UnsupportedProductError without the X-Elastic-Product header

    assert info["version"]["number"].startswith("9.")
    assert info["tagline"] == "You Know, for Search"
    assert info["cluster_uuid"] != "_na_"
    assert es.cluster.health(wait_for_status="yellow", timeout="30s")["status"] in {"green", "yellow"}


def test_turkish_analyzer_strips_suffix_after_apostrophe_and_lowercases_dotted_i(es: Elasticsearch) -> None:
    assert _tokens(es, "Bakü'ye") == _tokens(es, "Bakü'de") == ["bakü"]
    assert _tokens(es, "İSTANBUL'da") == ["istanbul"]  # Turkish lowercase: İ → i, not i + combining dot
    with_filter = es.indices.analyze(tokenizer="standard", filter=["apostrophe"], text="Ankara'dan")
    assert [token["token"] for token in with_filter["tokens"]] == ["Ankara"]


def test_match_query_finds_another_case_form_of_a_place_name(es: Elasticsearch, index_name: str) -> None:
    es.indices.create(index=index_name, mappings=ARTICLE_MAPPINGS)
    es.index(index=index_name, id="a1", document={"headline": "NATO heyeti Bakü'ye geldi"}, refresh=True)
    es.index(index=index_name, id="a2", document={"headline": "Ankara'da yağmur bekleniyor"}, refresh=True)

    hits = es.search(index=index_name, query={"match": {"headline": "Bakü'de"}})["hits"]["hits"]

    assert [hit["_id"] for hit in hits] == ["a1"]


def test_component_and_index_templates_with_alias_give_nested_and_geo_mappings(
    es: Elasticsearch, index_name: str
) -> None:
    es.cluster.put_component_template(name=f"{index_name}-mappings", template={"mappings": ARTICLE_MAPPINGS})
    es.indices.put_index_template(
        name=index_name,
        index_patterns=[f"{index_name}-*"],
        composed_of=[f"{index_name}-mappings"],
        template={"settings": {"number_of_replicas": 0}, "aliases": {f"{index_name}-read": {}}},
    )
    es.indices.create(index=f"{index_name}-000001")

    mapping = es.indices.get_mapping(index=f"{index_name}-read")[f"{index_name}-000001"]["mappings"]

    assert mapping["properties"]["entities"]["type"] == "nested"
    assert mapping["properties"]["dateline"]["type"] == "geo_point"
    assert mapping["properties"]["headline"]["analyzer"] == "turkish"


def _index_articles(es: Elasticsearch, index: str) -> None:
    """Three articles in two topics, with entities and datelines, indexed with one bulk request."""
    articles = [
        ("a1", "2026-11-01T08:00:00Z", ["politics"], (40.41, 49.87), [("Bakü", "place"), ("NATO", "org")]),
        ("a2", "2026-11-01T09:30:00Z", ["politics"], (39.93, 32.86), [("Ankara", "place")]),
        ("a3", "2026-11-02T12:00:00Z", ["sport"], (41.01, 28.98), [("İstanbul", "place")]),
    ]
    operations: list[dict[str, Any]] = []
    for article_id, published, topics, (lat, lon), entities in articles:
        operations.append({"index": {"_index": index, "_id": article_id}})
        operations.append(
            {
                "published": published,
                "topics": topics,
                "dateline": {"lat": lat, "lon": lon},
                "entities": [{"name": name, "kind": kind} for name, kind in entities],
            }
        )
    assert es.bulk(operations=operations, refresh=True)["errors"] is False


def test_nested_geo_and_date_aggregations(es: Elasticsearch, index_name: str) -> None:
    es.indices.create(index=index_name, mappings=ARTICLE_MAPPINGS)
    _index_articles(es, index_name)

    aggregations = es.search(
        index=index_name,
        size=0,
        aggs={
            "topics": {"terms": {"field": "topics"}},
            "per_day": {"date_histogram": {"field": "published", "calendar_interval": "day"}},
            "published": {"percentiles": {"field": "published", "percents": [50]}},
            "places": {"nested": {"path": "entities"}, "aggs": {"names": {"terms": {"field": "entities.name"}}}},
            "area": {"geo_bounds": {"field": "dateline"}},
            "tiles": {"geotile_grid": {"field": "dateline", "precision": 3}},
        },
    )["aggregations"]

    assert {b["key"]: b["doc_count"] for b in aggregations["topics"]["buckets"]} == {"politics": 2, "sport": 1}
    assert [b["doc_count"] for b in aggregations["per_day"]["buckets"]] == [2, 1]
    assert aggregations["published"]["values"]["50.0"] is not None
    assert aggregations["places"]["doc_count"] == 4
    assert {b["key"] for b in aggregations["places"]["names"]["buckets"]} == {"Bakü", "NATO", "Ankara", "İstanbul"}
    assert aggregations["area"]["bounds"]["top_left"]["lat"] == pytest.approx(41.01, abs=1e-4)
    assert sum(b["doc_count"] for b in aggregations["tiles"]["buckets"]) == 3
    nested_hits = es.search(
        index=index_name,
        query={"nested": {"path": "entities", "query": {"term": {"entities.name": "NATO"}}}},
    )["hits"]["hits"]
    assert [hit["_id"] for hit in nested_hits] == ["a1"]


def test_bulk_with_external_versions_rejects_stale_writes_per_item(es: Elasticsearch, index_name: str) -> None:
    es.indices.create(index=index_name, mappings=ARTICLE_MAPPINGS)
    first = es.bulk(
        operations=[
            {"index": {"_index": index_name, "_id": "a1", "version": 7, "version_type": "external"}},
            {"headline": "yedinci sürüm"},
        ],
        refresh=True,
    )
    assert first["errors"] is False

    replay = es.bulk(
        operations=[
            {"index": {"_index": index_name, "_id": "a1", "version": 5, "version_type": "external"}},
            {"headline": "eski sürüm"},
            {"index": {"_index": index_name, "_id": "a1", "version": 7, "version_type": "external"}},
            {"headline": "aynı sürüm"},
            {"index": {"_index": index_name, "_id": "a2", "version": 1, "version_type": "external"}},
            {"headline": "yeni belge"},
        ],
        refresh=True,
    )

    statuses = [item["index"]["status"] for item in replay["items"]]
    assert statuses == [409, 409, 201]
    assert replay["items"][0]["index"]["error"]["type"] == "version_conflict_engine_exception"
    current = es.get(index=index_name, id="a1")
    assert (current["_version"], current["_source"]["headline"]) == (7, "yedinci sürüm")


def test_ilm_is_absent_or_answers(es: Elasticsearch) -> None:
    """The local node has no x-pack: ILM must fail as 'no handler' (400), never as a server error."""
    response = es.options(ignore_status=(400, 404)).perform_request("GET", "/_ilm/policy")
    assert response.meta.status in {200, 400, 404}
