"""Maps saved objects: a road basemap plus clusters of documents on a geo_point field.

A ``map`` saved object (the Maps app) rather than a Lens chart: Lens has no geo chart, and the legacy
coordinate-map visualization is gone from 8.x. The layer list follows the shape of Kibana's own sample-data
maps (declared at migration version 7.14.0, so the importing Kibana migrates it forward).
"""

from __future__ import annotations

import json
from typing import Any

from deploy.kibana.dashboards.ids import reference, saved_object, stable_id
from deploy.kibana.dashboards.spec import DataView, MapPanel

GRID_LAYER_REF = "layer_1_source_index_pattern"
"""Reference name the geo-grid layer's data view is stored under."""


def _static(key: str, value: object) -> dict[str, Any]:
    """A static style property."""
    return {"type": "STATIC", "options": {key: value}}


def _grid_style() -> dict[str, Any]:
    """Circles sized by the number of articles in each grid cell."""
    return {
        "type": "VECTOR",
        "properties": {
            "icon": _static("value", "marker"),
            "fillColor": _static("color", "#54B399"),
            "lineColor": _static("color", "#FFFFFF"),
            "lineWidth": _static("size", 1),
            "iconSize": {
                "type": "DYNAMIC",
                "options": {
                    "field": {"name": "doc_count", "origin": "source"},
                    "minSize": 6,
                    "maxSize": 32,
                    "fieldMetaOptions": {"isEnabled": False, "sigma": 3},
                },
            },
            "iconOrientation": _static("orientation", 0),
            "labelText": {"type": "DYNAMIC", "options": {"field": {"name": "doc_count", "origin": "source"}}},
            "labelColor": _static("color", "#000000"),
            "labelSize": _static("size", 14),
            "labelBorderColor": _static("color", "#FFFFFF"),
            "symbolizeAs": {"options": {"value": "circle"}},
            "labelBorderSize": {"options": {"size": "SMALL"}},
        },
        "isTimeAware": True,
    }


def layer_list(panel: MapPanel, map_id: str) -> list[dict[str, Any]]:
    """Basemap and the geo-grid layer of the panel's geo field."""
    basemap = {
        "id": "basemap",
        "alpha": 1,
        "sourceDescriptor": {"type": "EMS_TMS", "isAutoSelect": True},
        "visible": True,
        "style": {},
        "type": "VECTOR_TILE",
        "minZoom": 0,
        "maxZoom": 24,
    }
    grid = {
        "id": "places",
        "label": panel.title,
        "minZoom": 0,
        "maxZoom": 24,
        "alpha": 0.8,
        "sourceDescriptor": {
            "type": "ES_GEO_GRID",
            "id": stable_id(map_id, "grid-source"),
            "geoField": panel.geo_field,
            "requestType": "point",
            "resolution": "COARSE",
            "metrics": [{"type": "count", "label": "articles"}],
            "applyGlobalQuery": True,
            "indexPatternRefName": GRID_LAYER_REF,
        },
        "visible": True,
        "style": _grid_style(),
        "type": "VECTOR",
    }
    return [basemap, grid]


def map_object(panel: MapPanel, board_id: str, view: DataView, time_from: str, time_to: str) -> dict[str, Any]:
    """The ``map`` saved object of one panel."""
    map_id = f"{board_id}-{panel.id}"
    lat, lon = panel.center
    state = {
        "zoom": panel.zoom,
        "center": {"lat": lat, "lon": lon},
        "timeFilters": {"from": time_from, "to": time_to},
        "refreshConfig": {"isPaused": True, "interval": 0},
        "query": {"query": "", "language": "kuery"},
        "filters": [],
        "settings": {
            "autoFitToDataBounds": False,
            "initialLocation": "LAST_SAVED_LOCATION",
            "showSpatialFilters": True,
        },
    }
    attributes = {
        "title": panel.title,
        "description": "",
        "layerListJSON": json.dumps(layer_list(panel, map_id), ensure_ascii=False),
        "mapStateJSON": json.dumps(state),
        "uiStateJSON": json.dumps({"isLayerTOCOpen": True, "openTOCDetails": []}),
    }
    return saved_object("map", map_id, attributes, [reference(GRID_LAYER_REF, "index-pattern", view.id)])


def map_embeddable_config(panel: MapPanel) -> dict[str, Any]:
    """What a dashboard stores about a map panel besides the reference: the view to open on."""
    lat, lon = panel.center
    return {
        "isLayerTOCOpen": False,
        "hiddenLayers": [],
        "mapCenter": {"lat": lat, "lon": lon, "zoom": panel.zoom},
        "openTOCDetails": [],
        "enhancements": {},
    }
