"""The readable dashboard spec (``deploy/kibana/spec.yaml``) as validated, typed data."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

Chart = Literal["bar_stacked", "bar_horizontal", "line", "area", "pie", "donut", "table"]
"""Lens chart kinds the compiler knows: XY series types, pie shapes and a data table."""


class _Strict(BaseModel):
    """Spec models reject unknown keys: a typo in the YAML must fail the build, not vanish."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DataView(_Strict):
    """A Kibana data view (saved-object type ``index-pattern``) with a fixed id."""

    id: str
    title: str = Field(description="The index pattern, e.g. 'newswire-articles*'.")
    name: str = Field(description="Display name in Kibana.")
    time_field: str
    hidden_fields: list[str] = Field(
        default_factory=list, description="Fields Discover leaves out of documents (source filters)."
    )


class Terms(_Strict):
    """Top values of a keyword field (Lens ``terms``)."""

    terms: str
    size: int = Field(default=10, ge=1, le=1000)
    label: str | None = None


class DateHistogram(_Strict):
    """Counts over time on a date field (Lens ``date_histogram``, interval chosen by Kibana)."""

    date_histogram: str
    label: str | None = None


Bucket = Terms | DateHistogram
"""A bucketed dimension: x axis, breakdown, or pie slices, in that order."""


class Count(_Strict):
    """Number of documents."""

    count: Literal[True] = True
    label: str = "Articles"


class Percentile(_Strict):
    """A percentile of a numeric field."""

    percentile: str
    percent: int = Field(ge=1, le=99)
    label: str | None = None


Metric = Count | Percentile


class LensPanel(_Strict):
    """A Lens visualization panel."""

    kind: Literal["lens"] = "lens"
    id: str
    title: str
    chart: Chart
    buckets: list[Bucket] = Field(min_length=1, max_length=2)
    metrics: list[Metric] = Field(default_factory=lambda: list[Metric]([Count()]), min_length=1)
    data_view: str | None = Field(default=None, description="Key of a data view; the dashboard's by default.")
    width: int = Field(default=24, ge=4, le=48)
    height: int = Field(default=12, ge=4, le=40)


class MapPanel(_Strict):
    """A Maps panel: a road basemap and geo-grid clusters counting documents on a geo_point field."""

    kind: Literal["map"]
    id: str
    title: str
    geo_field: str
    center: tuple[float, float] = Field(description="(lat, lon) of the initial view.")
    zoom: float = Field(default=4.0, ge=0, le=24)
    data_view: str | None = None
    width: int = Field(default=24, ge=4, le=48)
    height: int = Field(default=15, ge=4, le=40)


class SearchPanel(_Strict):
    """A saved search (Discover table) embedded in a dashboard."""

    kind: Literal["search"]
    search: str = Field(description="Key of a saved search.")
    time_from: str | None = Field(
        default=None, description="A time range of the panel's own ('now-6h' to now), whatever the dashboard's."
    )
    width: int = Field(default=48, ge=4, le=48)
    height: int = Field(default=15, ge=4, le=40)


Panel = LensPanel | MapPanel | SearchPanel
"""A dashboard panel; ``kind`` tells them apart and defaults to ``lens``."""


class OptionsListControl(_Strict):
    """A dashboard control to pick values of a keyword field."""

    field: str
    title: str


class SavedSearch(_Strict):
    """A Discover saved search: columns and sort over a data view."""

    id: str
    title: str
    data_view: str
    columns: list[str] = Field(min_length=1)
    sort_field: str
    query: str = Field(default="", description="KQL query of the search: comparisons joined by 'and' ('urgency <= 3').")


class Dashboard(_Strict):
    """A dashboard: panels laid out in rows of 48 grid units, optional controls above them."""

    id: str
    title: str
    description: str
    data_view: str = Field(description="Default data view of the panels.")
    time_from: str = "now-1y"
    time_to: str = "now"
    controls: list[OptionsListControl] = Field(default_factory=list)
    panels: list[Panel] = Field(min_length=1)


class Spec(_Strict):
    """The whole spec: data views, saved searches and dashboards."""

    data_views: dict[str, DataView]
    searches: dict[str, SavedSearch] = Field(default_factory=dict)
    dashboards: list[Dashboard]

    @model_validator(mode="after")
    def _references_resolve(self) -> Spec:
        """Every data view and saved search a panel names exists in the spec."""
        for search in self.searches.values():
            self._need_view(search.data_view, search.id)
        for board in self.dashboards:
            self._need_view(board.data_view, board.id)
            for panel in board.panels:
                if isinstance(panel, SearchPanel):
                    if panel.search not in self.searches:
                        raise ValueError(f"{board.id}: unknown saved search {panel.search!r}")
                elif panel.data_view is not None:
                    self._need_view(panel.data_view, panel.id)
        return self

    def _need_view(self, key: str, where: str) -> None:
        """Raise unless ``key`` names a data view."""
        if key not in self.data_views:
            raise ValueError(f"{where}: unknown data view {key!r}")


def load_spec(path: Path) -> Spec:
    """Read and validate the YAML spec."""
    return Spec.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
