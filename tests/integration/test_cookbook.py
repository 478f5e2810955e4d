"""docs/queries.md runs: every console block is sent to a real Elasticsearch holding sample articles, and checked.

The blocks are Kibana Console requests (a ``METHOD /path`` line, then a JSON body). Index names are rewritten
from the default ``newswire-`` prefix to the test's; each block's heading names the check it must pass, and a
block without a check (or a check without a block) fails the test.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from elasticsearch import AsyncElasticsearch
from newswire_runtime import ElasticsearchSettings

from tests.integration.test_kibana_queries import example_article, index_newsroom

pytestmark = pytest.mark.integration

COOKBOOK = Path(__file__).resolve().parents[2] / "docs" / "queries.md"
EXAMPLE_ID = example_article().article.id
"""The contract's example: NATO's Shekerinska in Baku with Bayramov (text says "Bakü'ye", "Bakü'yü")."""


@dataclass(frozen=True)
class Example:
    """One console block of the cookbook and the heading above it."""

    heading: str
    method: str
    path: str
    body: dict[str, Any] | None


def examples(markdown: str) -> list[Example]:
    """The ``console`` blocks of the cookbook, in order."""
    found = []
    for match in re.finditer(r"^### (.+?)$(.*?)^```console\n(.*?)^```$", markdown, re.MULTILINE | re.DOTALL):
        heading, _, block = match.groups()
        request_line, _, body = block.partition("\n")
        method, path = request_line.split(" ", 1)
        found.append(Example(heading.strip(), method, path, json.loads(body) if body.strip() else None))
    return found


def _ids(response: dict[str, Any]) -> set[str]:
    return {hit["_id"] for hit in response["hits"]["hits"]}


def _keys(buckets: list[dict[str, Any]]) -> dict[str, int]:
    return {bucket["key"]: bucket["doc_count"] for bucket in buckets}


def _full_text(response: dict[str, Any]) -> None:
    # the example only says "Bakü'ye"/"Bakü'yü": found by stem; the energy article says "Bakü'de" itself
    assert _ids(response) == {EXAMPLE_ID, "nw-baku-enerji"}
    assert all("headline" in hit["_source"] for hit in response["hits"]["hits"])


def _exact(response: dict[str, Any]) -> None:
    assert _ids(response) == {EXAMPLE_ID}


def _person(response: dict[str, Any]) -> None:
    assert [hit["_id"] for hit in response["hits"]["hits"]] == ["nw-baku-enerji", EXAMPLE_ID], "newest first"


def _topic(response: dict[str, Any]) -> None:
    assert _ids(response) == {"nw-ankara-faiz"}, "the energy article is on economy too, but says nothing of faiz"


def _together(response: dict[str, Any]) -> None:
    assert _ids(response) == {EXAMPLE_ID}, "Bayramov without NATO, and NATO without Bayramov, are left out"


def _nested(response: dict[str, Any]) -> None:
    assert _ids(response) == {EXAMPLE_ID, "nw-baku-enerji"}
    names = {
        inner["_source"]["name"]
        for hit in response["hits"]["hits"]
        for inner in hit["inner_hits"]["entities"]["hits"]["hits"]
    }
    assert names == {"Ceyhun Bayramov", "Hakan Fidan"}


def _agency_entities(response: dict[str, Any]) -> None:
    assert _ids(response) == {"nw-flas-bogaz"}, "the held story's agency entity stays out of the read alias"
    (inner,) = response["hits"]["hits"][0]["inner_hits"]["entities"]["hits"]["hits"]
    assert inner["_source"] == {"name": "İstanbul Boğazı", "type": "LOC", "sources": ["agency"]}


def _breaking(response: dict[str, Any]) -> None:
    (hit,) = response["hits"]["hits"]
    assert hit["_id"] == "nw-flas-bogaz", "urgent but held or killed items are not news yet, or no longer"
    assert (hit["_source"]["urgency"], hit["_source"]["headline_only"]) == (1, True)


def _embargoed(response: dict[str, Any]) -> None:
    (hit,) = response["hits"]["hits"]
    assert hit["_id"] == "nw-ambargo-secim"
    assert hit["_source"]["editorial_note"] == "Ambargo: yarın 15.00 TSİ."


def _kills(response: dict[str, Any]) -> None:
    (hit,) = response["hits"]["hits"]
    record = hit["_source"]
    assert (record["article_id"], record["pubstatus"]) == ("nw-iptal-ihracat", "canceled")
    assert record["withdrawn_story"] == {"headline": "Kasım ayı ihracatı rekor kırdı"}


def _top_entities(response: dict[str, Any]) -> None:
    aggs = response["aggregations"]
    assert response["hits"]["total"]["value"] == 4, "the January example is outside November"
    assert _keys(aggs["people"]["buckets"])["Ceyhun Bayramov"] == 1
    assert set(_keys(aggs["organizations"]["buckets"])) == {
        "Türkiye Cumhuriyet Merkez Bankası",
        "Galatasaray",
        "Fenerbahçe",
        "NATO",
    }
    assert set(_keys(aggs["places"]["buckets"])) == {"Ankara", "İstanbul", "Bakü", "Brüksel"}


def _bounding_box(response: dict[str, Any]) -> None:
    assert _ids(response) == {"nw-ankara-faiz", "nw-istanbul-derbi"}, "Baku and Brussels lie outside Türkiye"


def _latency(response: dict[str, Any]) -> None:
    overall = response["aggregations"]["latency"]["values"]
    assert 400 <= overall["50.0"] <= overall["95.0"] <= overall["99.0"] <= 2500, overall
    hours = response["aggregations"]["per_hour"]["buckets"]
    assert hours, "indexing times give at least one hour"
    assert all(bucket["latency"]["values"]["50.0"] is not None for bucket in hours)


def _deadletters(response: dict[str, Any]) -> None:
    stages = {
        bucket["key"]: _keys(bucket["reasons"]["buckets"]) for bucket in response["aggregations"]["stages"]["buckets"]
    }
    assert stages["ingest"] == {"NITF document has no <body.content>": 1}
    assert set(stages) == {"ingest", "tagger", "indexer"}


CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "Full-text search in Turkish, whatever the suffix": _full_text,
    "Exactly the written form": _exact,
    "Articles about a person, newest first": _person,
    "Articles on a topic, combined with words": _topic,
    "Two entities mentioned together": _together,
    "People by the title the text gives them (nested)": _nested,
    "Entities the agency supplied (nested, by source)": _agency_entities,
    "Breaking news of the last hours": _breaking,
    "Articles held under embargo (operators)": _embargoed,
    "Kills and withholds, newest first": _kills,
    "Top entities in a period": _top_entities,
    "Places in a bounding box": _bounding_box,
    "Receive-to-index latency percentiles": _latency,
    "Dead letters by stage and reason": _deadletters,
}
EXAMPLES = examples(COOKBOOK.read_text(encoding="utf-8"))


def test_every_example_has_a_check_and_every_check_an_example() -> None:
    assert [example.heading for example in EXAMPLES] == list(CHECKS)


@pytest.fixture
async def es_url(es_settings: ElasticsearchSettings) -> str:
    """The sample newsroom indexed under the test's prefix; returns the cluster URL."""
    es = AsyncElasticsearch(es_settings.url, request_timeout=30)
    try:
        await index_newsroom(es, es_settings)
    finally:
        await es.close()
    return es_settings.url


def curl_recipe(markdown: str) -> str:
    """The cookbook's one ``bash`` block: the curl command with its heredoc."""
    (recipe,) = re.findall(r"^```bash\n(.*?)^```$", markdown, re.MULTILINE | re.DOTALL)
    return str(recipe)


def test_the_curl_recipe_runs_in_a_shell_as_written(es_settings: ElasticsearchSettings, es_url: str) -> None:
    recipe = curl_recipe(COOKBOOK.read_text(encoding="utf-8"))
    assert "Bakü'de" in recipe, "the recipe shows a body with an apostrophe, which single quotes would break"
    runnable = recipe.replace("http://localhost:9200/newswire-", f"{es_url}/{es_settings.index_prefix}-")
    assert runnable != recipe
    completed = subprocess.run(["bash", "-c", runnable], capture_output=True, text=True, timeout=60, check=False)
    assert completed.returncode == 0, completed.stderr
    _full_text(json.loads(completed.stdout))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.heading)
async def test_cookbook_example(example: Example, es_settings: ElasticsearchSettings, es_url: str) -> None:
    path = re.sub(r"^/newswire-", f"/{es_settings.index_prefix}-", example.path)
    assert path != example.path, "examples address the newswire- indices"
    async with httpx.AsyncClient(base_url=es_url, timeout=30) as client:
        response = await client.request(example.method, path, json=example.body)
    assert response.status_code == 200, response.text
    result = response.json()
    if "aggregations" not in result:
        assert result["hits"]["hits"], "no hits"
    CHECKS[example.heading](result)
