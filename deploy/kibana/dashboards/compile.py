"""Compile the spec into the ordered list of saved objects and their NDJSON text."""

from __future__ import annotations

import json
from typing import Any

from deploy.kibana.dashboards.lens import lens_object
from deploy.kibana.dashboards.maps import map_object
from deploy.kibana.dashboards.objects import dashboard_object, data_view_object, search_object
from deploy.kibana.dashboards.spec import Dashboard, LensPanel, MapPanel, Spec


def _panel_objects(board: Dashboard, spec: Spec) -> list[dict[str, Any]]:
    """The lens and map objects a dashboard's panels show."""
    objects = []
    for panel in board.panels:
        if isinstance(panel, LensPanel | MapPanel):
            view = spec.data_views[panel.data_view or board.data_view]
            if isinstance(panel, LensPanel):
                objects.append(lens_object(panel, board.id, view))
            else:
                objects.append(map_object(panel, board.id, view, board.time_from, board.time_to))
    return objects


def compile_spec(spec: Spec) -> list[dict[str, Any]]:
    """Data views, saved searches, visualizations, maps, then dashboards (referenced objects first)."""
    objects = [data_view_object(view) for view in spec.data_views.values()]
    objects += [search_object(search, spec.data_views[search.data_view]) for search in spec.searches.values()]
    for board in spec.dashboards:
        objects += _panel_objects(board, spec)
    objects += [dashboard_object(board, spec) for board in spec.dashboards]
    return objects


def to_ndjson(objects: list[dict[str, Any]]) -> str:
    """One compact JSON object per line, keys sorted, UTF-8 kept readable; ends with a newline."""
    return "".join(json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for obj in objects)
