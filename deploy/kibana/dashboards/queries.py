"""Each dashboard panel of the compiled saved objects as the Elasticsearch request Kibana would send.

Read from the generated objects themselves (Lens columns, map layers, saved-search columns, controls), so a
test that runs these requests on a real index checks what Kibana will import, not a second copy of the spec.
The time filter becomes an ``exists`` on the data view's time field: documents without it never show in Kibana;
a panel's own time range (``now-6h`` to now) becomes a range on it, and a saved search's KQL its filters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from deploy.kibana.dashboards.kql import kql_fields, kql_filters
from deploy.kibana.dashboards.lens import RECORDS
from deploy.kibana.dashboards.maps import GRID_LAYER_REF
from deploy.kibana.dashboards.objects import SEARCH_INDEX_REF

DATE_INTERVAL: Final = "1d"
"""Stands in for Lens's automatic interval (Kibana sends a ``date_histogram`` with the interval it picked)."""
SEARCH_SIZE: Final = 50
_GRID_PRECISION: Final = {"COARSE": 4, "FINE": 6, "MOST_FINE": 8, "SUPER_FINE": 10}

SavedObjects = list[dict[str, Any]]


@dataclass(frozen=True)
class PanelQuery:
    """One panel (or control) as a search request; ``top_agg`` is None when the panel shows hits."""

    dashboard: str
    title: str
    index: str
    time_field: str
    fields: frozenset[str]
    body: dict[str, Any]
    top_agg: str | None


def _refs(obj: dict[str, Any]) -> dict[str, dict[str, str]]:
    """References of a saved object by name."""
    return {ref["name"]: ref for ref in obj["references"]}


def _query(view: dict[str, Any], kql: str = "", time_range: dict[str, str] | None = None) -> dict[str, Any]:
    """The data view's time filter (the panel's own range when it has one) and the KQL query's filters."""
    time_field = view["attributes"]["timeFieldName"]
    filters: list[dict[str, Any]] = [{"exists": {"field": time_field}}]
    if time_range is not None:
        filters.append({"range": {time_field: {"gte": time_range["from"], "lte": time_range["to"]}}})
    return {"bool": {"filter": filters + kql_filters(kql)}}


def _bucket_agg(column: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """A terms or date-histogram aggregation for a bucketed Lens column."""
    if column["operationType"] == "date_histogram":
        return {"date_histogram": {"field": column["sourceField"], "calendar_interval": DATE_INTERVAL}}
    order_column = columns[column["params"]["orderBy"]["columnId"]]
    if order_column["operationType"] != "count":
        raise ValueError(f"terms ordered by {order_column['operationType']} are not translated")
    return {"terms": {"field": column["sourceField"], "size": column["params"]["size"], "order": {"_count": "desc"}}}


def _metric_aggs(metrics: list[dict[str, Any]]) -> dict[str, Any]:
    """Leaf aggregations of the metric columns (a count needs none: it is the bucket's doc_count)."""
    aggs = {}
    for i, column in enumerate(metrics):
        if column["operationType"] == "percentile":
            aggs[f"m{i}"] = {
                "percentiles": {"field": column["sourceField"], "percents": [column["params"]["percentile"]]}
            }
        elif column["operationType"] != "count":
            raise ValueError(f"Lens operation {column['operationType']} is not translated")
    return aggs


def lens_request(lens: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Aggregations of a Lens object (buckets nested in column order) and the fields it reads."""
    (layer,) = lens["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].values()
    columns = layer["columns"]
    ordered = [columns[cid] for cid in layer["columnOrder"]]
    buckets = [column for column in ordered if column["isBucketed"]]
    aggs = _metric_aggs([column for column in ordered if not column["isBucketed"]])
    for depth in reversed(range(len(buckets))):
        agg = _bucket_agg(buckets[depth], columns)
        aggs = {f"b{depth}": {**agg, "aggs": aggs} if aggs else agg}
    fields = {column["sourceField"] for column in ordered if column.get("sourceField", RECORDS) != RECORDS}
    return aggs, fields


def map_request(map_object: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The geotile grid of the map's geo-grid layer."""
    (grid,) = [layer for layer in json.loads(map_object["attributes"]["layerListJSON"]) if layer["type"] == "VECTOR"]
    source = grid["sourceDescriptor"]
    precision = _GRID_PRECISION[source["resolution"]]
    return {"b0": {"geotile_grid": {"field": source["geoField"], "precision": precision}}}, {source["geoField"]}


def _view_of(obj: dict[str, Any], views: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The data view a lens, map or search object reads."""
    refs = _refs(obj)
    name = {"map": GRID_LAYER_REF, "search": SEARCH_INDEX_REF}.get(obj["type"])
    if name is None:
        name = next(ref for ref in refs if ref.startswith("indexpattern-datasource-layer-"))
    return views[refs[name]["id"]]


def _panel_query(
    board: str, obj: dict[str, Any], view: dict[str, Any], time_range: dict[str, str] | None = None
) -> PanelQuery:
    """One lens, map or saved-search panel as a request."""
    attributes = obj["attributes"]
    time_field = view["attributes"]["timeFieldName"]
    if obj["type"] == "search":
        source = json.loads(attributes["kibanaSavedObjectMeta"]["searchSourceJSON"])
        ((sort_field, direction),) = attributes["sort"]
        kql = source["query"]["query"]
        body = {
            "size": SEARCH_SIZE,
            "query": _query(view, kql, time_range),
            "sort": [{sort_field: direction}],
            "_source": attributes["columns"],
        }
        fields = {*attributes["columns"], sort_field, *kql_fields(kql)}
        return PanelQuery(
            board, attributes["title"], view["attributes"]["title"], time_field, frozenset(fields), body, None
        )
    aggs, fields = lens_request(obj) if obj["type"] == "lens" else map_request(obj)
    body = {"size": 0, "query": _query(view, time_range=time_range), "aggs": aggs}
    fields.add(time_field)
    return PanelQuery(
        board, attributes["title"], view["attributes"]["title"], time_field, frozenset(fields), body, "b0"
    )


def _control_queries(board: dict[str, Any], views: dict[str, dict[str, Any]]) -> Iterator[PanelQuery]:
    """Options-list controls: the terms their drop-down lists."""
    group = board["attributes"].get("controlGroupInput")
    if group is None:
        return
    refs = _refs(board)
    for control_id, control in json.loads(group["panelsJSON"]).items():
        view = views[refs[f"controlGroup_{control_id}:optionsListDataView"]["id"]]
        field = control["explicitInput"]["fieldName"]
        time_field = view["attributes"]["timeFieldName"]
        body = {"size": 0, "query": _query(view), "aggs": {"b0": {"terms": {"field": field, "size": 100}}}}
        title = f"control: {control['explicitInput']['title']}"
        fields = frozenset({field, time_field})
        yield PanelQuery(
            board["attributes"]["title"], title, view["attributes"]["title"], time_field, fields, body, "b0"
        )


def panel_queries(objects: SavedObjects) -> list[PanelQuery]:
    """Every panel and control of every dashboard, in dashboard order."""
    by_key = {(obj["type"], obj["id"]): obj for obj in objects}
    views = {obj["id"]: obj for obj in objects if obj["type"] == "index-pattern"}
    queries: list[PanelQuery] = []
    for board in (obj for obj in objects if obj["type"] == "dashboard"):
        refs = _refs(board)
        for panel in json.loads(board["attributes"]["panelsJSON"]):
            ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
            target = by_key[(ref["type"], ref["id"])]
            time_range = panel["embeddableConfig"].get("timeRange")
            queries.append(_panel_query(board["attributes"]["title"], target, _view_of(target, views), time_range))
        queries += _control_queries(board, views)
    return queries
