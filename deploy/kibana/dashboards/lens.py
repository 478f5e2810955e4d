"""Lens visualizations (saved-object type ``lens``, form-based datasource) from spec panels."""

from __future__ import annotations

from typing import Any

from deploy.kibana.dashboards.ids import reference, saved_object, stable_id
from deploy.kibana.dashboards.spec import Bucket, Count, DataView, DateHistogram, LensPanel, Metric, Terms

RECORDS = "___records___"
"""Lens's pseudo-field of the count operation."""

_XY = {"bar_stacked", "bar_horizontal", "line", "area"}


def _bucket_column(bucket: Bucket, order_by: str) -> dict[str, Any]:
    """A bucketed column: top values (ordered by the first metric) or a date histogram."""
    if isinstance(bucket, Terms):
        return {
            "label": bucket.label or f"Top values of {bucket.terms}",
            "customLabel": bucket.label is not None,
            "dataType": "string",
            "operationType": "terms",
            "sourceField": bucket.terms,
            "isBucketed": True,
            "scale": "ordinal",
            "params": {
                "size": bucket.size,
                "orderBy": {"type": "column", "columnId": order_by},
                "orderDirection": "desc",
                "otherBucket": False,
                "missingBucket": False,
                "parentFormat": {"id": "terms"},
            },
        }
    return {
        "label": bucket.label or bucket.date_histogram,
        "customLabel": bucket.label is not None,
        "dataType": "date",
        "operationType": "date_histogram",
        "sourceField": bucket.date_histogram,
        "isBucketed": True,
        "scale": "interval",
        "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False},
    }


def _metric_column(metric: Metric) -> dict[str, Any]:
    """A metric column: count of records or a percentile."""
    if isinstance(metric, Count):
        return {
            "label": metric.label,
            "customLabel": True,
            "dataType": "number",
            "operationType": "count",
            "sourceField": RECORDS,
            "isBucketed": False,
            "scale": "ratio",
            "params": {"emptyAsNull": True},
        }
    return {
        "label": metric.label or f"{metric.percent}th percentile of {metric.percentile}",
        "customLabel": metric.label is not None,
        "dataType": "number",
        "operationType": "percentile",
        "sourceField": metric.percentile,
        "isBucketed": False,
        "scale": "ratio",
        "params": {"percentile": metric.percent},
    }


def _xy_state(chart: str, layer: str, buckets: list[str], metrics: list[str]) -> dict[str, Any]:
    """Bars, lines or areas: first bucket on the x axis, an optional second one as the breakdown."""
    data_layer: dict[str, Any] = {
        "layerId": layer,
        "layerType": "data",
        "seriesType": chart,
        "xAccessor": buckets[0],
        "accessors": metrics,
    }
    if len(buckets) > 1:
        data_layer["splitAccessor"] = buckets[1]
    axes = {"x": True, "yLeft": True, "yRight": True}
    return {
        "legend": {"isVisible": True, "position": "right"},
        "valueLabels": "hide",
        "fittingFunction": "None",
        "preferredSeriesType": chart,
        "axisTitlesVisibilitySettings": axes,
        "tickLabelsVisibilitySettings": axes,
        "gridlinesVisibilitySettings": axes,
        "layers": [data_layer],
    }


def _pie_state(shape: str, layer: str, buckets: list[str], metrics: list[str]) -> dict[str, Any]:
    """A pie or donut: buckets are the slices, shown as percentages."""
    slices = {
        "layerId": layer,
        "layerType": "data",
        "primaryGroups": buckets,
        "metrics": metrics,
        "numberDisplay": "percent",
        "categoryDisplay": "default",
        "legendDisplay": "default",
        "nestedLegend": False,
    }
    return {"shape": shape, "layers": [slices]}


def _visualization(panel: LensPanel, layer: str, buckets: list[str], metrics: list[str]) -> tuple[str, dict[str, Any]]:
    """The Lens visualization type and its state for the panel's chart."""
    if panel.chart in _XY:
        return "lnsXY", _xy_state(panel.chart, layer, buckets, metrics)
    if panel.chart in {"pie", "donut"}:
        return "lnsPie", _pie_state(panel.chart, layer, buckets, metrics)
    columns = [{"columnId": column} for column in buckets + metrics]
    return "lnsDatatable", {"layerId": layer, "layerType": "data", "columns": columns}


def lens_object(panel: LensPanel, board_id: str, view: DataView) -> dict[str, Any]:
    """The ``lens`` saved object of one panel, referencing its data view by layer."""
    object_id = f"{board_id}-{panel.id}"
    layer = stable_id(object_id, "layer")
    metric_ids = [stable_id(object_id, "metric", str(i)) for i in range(len(panel.metrics))]
    bucket_ids = [stable_id(object_id, "bucket", str(i)) for i in range(len(panel.buckets))]
    columns = {cid: _bucket_column(b, metric_ids[0]) for cid, b in zip(bucket_ids, panel.buckets, strict=True)}
    columns |= {cid: _metric_column(m) for cid, m in zip(metric_ids, panel.metrics, strict=True)}
    # Lens nests aggregations in column order; a breakdown goes first so its top values are global, not per bucket
    is_breakdown = panel.chart in _XY and len(bucket_ids) == 2 and isinstance(panel.buckets[0], DateHistogram)
    order = [*reversed(bucket_ids), *metric_ids] if is_breakdown else [*bucket_ids, *metric_ids]
    kind, visualization = _visualization(panel, layer, bucket_ids, metric_ids)
    attributes = {
        "title": panel.title,
        "description": "",
        "visualizationType": kind,
        "state": {
            "datasourceStates": {
                "formBased": {"layers": {layer: {"columns": columns, "columnOrder": order, "incompleteColumns": {}}}}
            },
            "visualization": visualization,
            "query": {"query": "", "language": "kuery"},
            "filters": [],
            "internalReferences": [],
            "adHocDataViews": {},
        },
    }
    references = [
        reference("indexpattern-datasource-current-indexpattern", "index-pattern", view.id),
        reference(f"indexpattern-datasource-layer-{layer}", "index-pattern", view.id),
    ]
    return saved_object("lens", object_id, attributes, references)
