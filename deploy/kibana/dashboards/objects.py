"""Data views, saved searches and dashboards (panels, layout, controls) as Kibana saved objects."""

from __future__ import annotations

import json
from typing import Any, Final

from deploy.kibana.dashboards.ids import PANEL_VERSION, reference, saved_object, stable_id
from deploy.kibana.dashboards.maps import map_embeddable_config
from deploy.kibana.dashboards.spec import (
    Dashboard,
    DataView,
    LensPanel,
    MapPanel,
    Panel,
    SavedSearch,
    SearchPanel,
    Spec,
)

GRID_COLUMNS: Final = 48
"""Width of Kibana's dashboard grid."""
SEARCH_INDEX_REF: Final = "kibanaSavedObjectMeta.searchSourceJSON.index"
_EMPTY_SEARCH_SOURCE: Final = json.dumps({"query": {"query": "", "language": "kuery"}, "filter": []})
_DASHBOARD_OPTIONS: Final = json.dumps(
    {"useMargins": True, "syncColors": False, "syncCursor": True, "syncTooltips": False, "hidePanelTitles": False}
)


def data_view_object(view: DataView) -> dict[str, Any]:
    """An ``index-pattern`` saved object; Kibana reads the field list from the mapping at runtime."""
    attributes = {
        "title": view.title,
        "name": view.name,
        "timeFieldName": view.time_field,
        "fields": "[]",
        "fieldFormatMap": "{}",
        "runtimeFieldMap": "{}",
        "sourceFilters": json.dumps([{"value": name} for name in view.hidden_fields]),
        "typeMeta": "{}",
        "allowNoIndex": True,
    }
    return saved_object("index-pattern", view.id, attributes, [])


def search_object(search: SavedSearch, view: DataView) -> dict[str, Any]:
    """A Discover saved search over a data view, newest first."""
    source = {"query": {"query": search.query, "language": "kuery"}, "filter": [], "indexRefName": SEARCH_INDEX_REF}
    attributes = {
        "title": search.title,
        "description": "",
        "columns": search.columns,
        "sort": [[search.sort_field, "desc"]],
        "version": 1,
        "kibanaSavedObjectMeta": {"searchSourceJSON": json.dumps(source, ensure_ascii=False)},
    }
    return saved_object("search", search.id, attributes, [reference(SEARCH_INDEX_REF, "index-pattern", view.id)])


def layout(panels: list[Panel]) -> list[dict[str, int]]:
    """Grid positions: panels fill rows of 48 units left to right, a row as tall as its tallest panel."""
    x = y = row_height = 0
    grid = []
    for panel in panels:
        if x + panel.width > GRID_COLUMNS:
            x, y, row_height = 0, y + row_height, 0
        grid.append({"x": x, "y": y, "w": panel.width, "h": panel.height})
        x += panel.width
        row_height = max(row_height, panel.height)
    return grid


def panel_target(panel: Panel, board: Dashboard, spec: Spec) -> tuple[str, str]:
    """Saved-object type and id a dashboard panel shows."""
    if isinstance(panel, LensPanel):
        return "lens", f"{board.id}-{panel.id}"
    if isinstance(panel, MapPanel):
        return "map", f"{board.id}-{panel.id}"
    return "search", spec.searches[panel.search].id


def _controls(board: Dashboard, view: DataView) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The control group (options lists, chained) and its data-view references."""
    panels: dict[str, Any] = {}
    references = []
    for order, control in enumerate(board.controls):
        control_id = stable_id(board.id, "control", control.field)
        panels[control_id] = {
            "order": order,
            "width": "medium",
            "grow": True,
            "type": "optionsListControl",
            "explicitInput": {"fieldName": control.field, "title": control.title, "id": control_id, "enhancements": {}},
        }
        references.append(reference(f"controlGroup_{control_id}:optionsListDataView", "index-pattern", view.id))
    ignore = {"ignoreFilters": False, "ignoreQuery": False, "ignoreTimerange": False, "ignoreValidations": False}
    group = {
        "controlStyle": "oneLine",
        "chainingSystem": "HIERARCHICAL",
        "panelsJSON": json.dumps(panels, ensure_ascii=False),
        "ignoreParentSettingsJSON": json.dumps(ignore),
    }
    return group, references


def dashboard_object(board: Dashboard, spec: Spec) -> dict[str, Any]:
    """A dashboard whose panels reference the lens, map and search objects by ``panelRefName``."""
    panels_json = []
    references = []
    for panel, grid in zip(board.panels, layout(board.panels), strict=True):
        kind, target = panel_target(panel, board, spec)
        index = stable_id(board.id, "panel", target)
        config = map_embeddable_config(panel) if isinstance(panel, MapPanel) else {"enhancements": {}}
        if isinstance(panel, SearchPanel) and panel.time_from is not None:
            # Kibana's "Customize time range" on a panel: this panel ignores the dashboard's time picker
            config["timeRange"] = {"from": panel.time_from, "to": "now"}
        panels_json.append(
            {
                "version": PANEL_VERSION,
                "type": kind,
                "gridData": {**grid, "i": index},
                "panelIndex": index,
                "embeddableConfig": config,
                "panelRefName": f"panel_{index}",
            }
        )
        # Kibana prefixes a panel's reference names with its panelIndex ("<index>:panel_<index>")
        references.append(reference(f"{index}:panel_{index}", kind, target))
    attributes: dict[str, Any] = {
        "title": board.title,
        "description": board.description,
        "panelsJSON": json.dumps(panels_json, ensure_ascii=False),
        "optionsJSON": _DASHBOARD_OPTIONS,
        "timeRestore": True,
        "timeFrom": board.time_from,
        "timeTo": board.time_to,
        "refreshInterval": {"pause": True, "value": 60000},
        "kibanaSavedObjectMeta": {"searchSourceJSON": _EMPTY_SEARCH_SOURCE},
        "version": 1,
    }
    if board.controls:
        attributes["controlGroupInput"], control_refs = _controls(board, spec.data_views[board.data_view])
        references += control_refs
    return saved_object("dashboard", board.id, attributes, references)
