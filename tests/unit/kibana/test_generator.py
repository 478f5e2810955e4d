"""The generator: the committed file is its current output, and every field a panel reads exists in the mapping."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from newswire_indexer.mappings import ARTICLE_MAPPINGS, DEADLETTER_MAPPINGS
from pydantic import ValidationError

from deploy.kibana.build import main as build_main
from deploy.kibana.dashboards import NDJSON, SPEC, compile_spec, load_spec, to_ndjson
from deploy.kibana.dashboards.fields import AGGREGATABLE, flatten_mapping
from deploy.kibana.dashboards.kql import kql_filters
from deploy.kibana.dashboards.queries import lens_request, panel_queries
from deploy.kibana.dashboards.spec import Chart, Spec

MAPPINGS = {
    "newswire-articles": flatten_mapping(ARTICLE_MAPPINGS["properties"]),
    "newswire-deadletters*": flatten_mapping(DEADLETTER_MAPPINGS["properties"]),
}


def test_committed_ndjson_equals_what_the_generator_produces_now() -> None:
    generated = to_ndjson(compile_spec(load_spec(SPEC)))
    assert NDJSON.read_text(encoding="utf-8") == generated, "run `uv run python deploy/kibana/build.py`"


def test_generation_is_deterministic() -> None:
    assert to_ndjson(compile_spec(load_spec(SPEC))) == to_ndjson(compile_spec(load_spec(SPEC)))


def test_build_check_reports_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "stale.ndjson"
    stale.write_text("{}\n", encoding="utf-8")
    assert build_main(["--out", str(stale), "--check"]) == 1
    assert build_main(["--out", str(stale)]) == 0
    assert build_main(["--out", str(stale), "--check"]) == 0


def test_every_panel_field_is_in_the_indexer_mapping_and_usable() -> None:
    objects = [json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines()]
    for query in panel_queries(objects):
        mapping = MAPPINGS[query.index]
        for field in query.fields:
            assert field in mapping, f"{query.title}: {field} is not in the mapping of {query.index}"
            if query.top_agg is not None:
                # aggregated: must be a doc-values type outside any nested object (Lens cannot reach those)
                assert mapping[field] in AGGREGATABLE, f"{query.title}: {field} is {mapping[field]}"


def test_spec_rejects_unknown_keys_and_dangling_names() -> None:
    raw = {
        "data_views": {"a": {"id": "a", "title": "a*", "name": "A", "time_field": "t"}},
        "dashboards": [
            {
                "id": "d",
                "title": "D",
                "description": "",
                "data_view": "a",
                "panels": [{"kind": "search", "search": "x"}],
            }
        ],
    }
    with pytest.raises(ValidationError, match="unknown saved search"):
        Spec.model_validate(raw)
    raw["data_views"]["a"]["colour"] = "red"  # type: ignore[index]  # a typo'd key in the YAML
    with pytest.raises(ValidationError, match="colour"):
        Spec.model_validate(raw)


@pytest.mark.parametrize("chart", get_args(Chart))
def test_every_chart_kind_compiles_and_translates(chart: str) -> None:
    raw = {
        "data_views": {"a": {"id": "a", "title": "newswire-articles*", "name": "A", "time_field": "published_at"}},
        "dashboards": [
            {
                "id": "d",
                "title": "D",
                "description": "",
                "data_view": "a",
                "panels": [
                    {
                        "id": "p",
                        "title": "P",
                        "chart": chart,
                        "buckets": [{"date_histogram": "published_at"}, {"terms": "persons", "size": 3}],
                        "metrics": [{"count": True}, {"percentile": "latency_ms", "percent": 95}],
                    }
                ],
            }
        ],
    }
    objects = compile_spec(Spec.model_validate(raw))
    lens = next(obj for obj in objects if obj["type"] == "lens")
    assert lens["attributes"]["visualizationType"] in {"lnsXY", "lnsPie", "lnsDatatable"}
    aggs, fields = lens_request(lens)
    assert fields == {"published_at", "persons", "latency_ms"}
    outer, inner = ("b0", "b1")
    nested = aggs[outer]["aggs"][inner]
    # XY breakdowns go first (global top values); elsewhere the spec's order is kept
    assert ("terms" in aggs[outer]) == (chart in {"bar_stacked", "bar_horizontal", "line", "area"})
    assert nested["aggs"]["m1"] == {"percentiles": {"field": "latency_ms", "percents": [95]}}


def test_breaking_panel_lists_urgent_articles_of_the_last_hours() -> None:
    """Urgency 1-3 (flash, bulletin, urgent) from the saved search's KQL; the panel's own six-hour range."""
    objects = [json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines()]
    (breaking,) = [query for query in panel_queries(objects) if query.title == "Breaking"]
    assert breaking.dashboard == "Newsroom overview"
    assert breaking.index == "newswire-articles", "the read alias: held and withdrawn articles are left out"
    filters = breaking.body["query"]["bool"]["filter"]
    assert {"range": {"urgency": {"lte": 3}}} in filters
    assert {"range": {"published_at": {"gte": "now-6h", "lte": "now"}}} in filters
    assert {"urgency", "headline"} <= breaking.fields


@pytest.mark.parametrize(
    ("kql", "filters"),
    [
        ("", []),
        ("urgency <= 3", [{"range": {"urgency": {"lte": 3}}}]),
        ('status: "public" and urgency > 1', [{"term": {"status": "public"}}, {"range": {"urgency": {"gt": 1}}}]),
    ],
)
def test_the_kql_the_searches_use_is_translated(kql: str, filters: list[dict[str, object]]) -> None:
    assert kql_filters(kql) == filters


def test_other_kql_is_refused_not_guessed() -> None:
    with pytest.raises(ValueError, match="KQL not translated"):
        kql_filters("urgency <= 3 or headline: deprem")
