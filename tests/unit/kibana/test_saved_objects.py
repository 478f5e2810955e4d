"""The committed NDJSON is what a stock Kibana 9.5 imports: well-formed, self-contained, consistently referenced."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from deploy.kibana.dashboards import NDJSON
from deploy.kibana.dashboards.ids import TYPE_MIGRATION_VERSIONS

LINES = NDJSON.read_text(encoding="utf-8").splitlines()
OBJECTS: list[dict[str, Any]] = [json.loads(line) for line in LINES]
BY_KEY = {(obj["type"], obj["id"]): obj for obj in OBJECTS}
# Attributes Kibana stores as JSON text, wherever they sit in an object's attributes
JSON_STRING_KEYS = {
    "panelsJSON",
    "optionsJSON",
    "searchSourceJSON",
    "visState",
    "uiStateJSON",
    "layerListJSON",
    "mapStateJSON",
    "ignoreParentSettingsJSON",
    "fieldFormatMap",
    "runtimeFieldMap",
    "sourceFilters",
    "fields",
    "typeMeta",
}


def _json_strings(node: object, path: str = "") -> list[tuple[str, str]]:
    """(path, text) of every JSON-in-a-string attribute under ``node``."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in JSON_STRING_KEYS and isinstance(value, str):
                found.append((f"{path}.{key}", value))
            found += _json_strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _json_strings(value, f"{path}[{i}]")
    return found


def _dashboards() -> list[dict[str, Any]]:
    return [obj for obj in OBJECTS if obj["type"] == "dashboard"]


def test_every_line_is_one_json_object_with_the_saved_object_envelope() -> None:
    assert LINES, "no objects"
    for obj in OBJECTS:
        assert {"type", "id", "attributes", "references", "coreMigrationVersion", "typeMigrationVersion"} <= set(obj)
        assert obj["attributes"]["title"], f"{obj['id']} has no title"


def test_ids_are_unique() -> None:
    duplicated = [key for key, count in Counter(obj["id"] for obj in OBJECTS).items() if count > 1]
    assert duplicated == []


def test_migration_versions_are_ones_a_kibana_9_knows() -> None:
    # a version newer than the importing Kibana knows makes the import fail; older ones are migrated forward
    for obj in OBJECTS:
        assert obj["coreMigrationVersion"] == "8.8.0"
        assert obj["typeMigrationVersion"] == TYPE_MIGRATION_VERSIONS[obj["type"]]


def test_the_three_dashboards_and_their_data_views_are_there() -> None:
    titles = {obj["attributes"]["title"] for obj in _dashboards()}
    assert titles == {"Newsroom overview", "Entity explorer", "Pipeline health"}
    views = {obj["id"]: obj["attributes"] for obj in OBJECTS if obj["type"] == "index-pattern"}
    assert views["newswire-articles"]["title"] == "newswire-articles", "the read alias, with its status filter"
    assert views["newswire-articles"]["timeFieldName"] == "published_at"
    assert views["newswire-deadletters"]["title"] == "newswire-deadletters*"
    assert views["newswire-deadletters"]["timeFieldName"] == "failed_at"


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda obj: obj["id"])
def test_every_reference_resolves_inside_the_file(obj: dict[str, Any]) -> None:
    names = [ref["name"] for ref in obj["references"]]
    assert len(names) == len(set(names)), "reference names must be unique within an object"
    for ref in obj["references"]:
        assert (ref["type"], ref["id"]) in BY_KEY, f"{obj['id']} references missing {ref}"


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda obj: obj["id"])
def test_every_json_in_a_string_attribute_parses(obj: dict[str, Any]) -> None:
    for path, text in _json_strings(obj["attributes"]):
        try:
            json.loads(text)
        except ValueError as error:
            pytest.fail(f"{obj['id']}{path} is not JSON: {error}")


def test_json_string_attributes_are_where_kibana_expects_them() -> None:
    kinds = {obj["type"]: {path for path, _ in _json_strings(obj["attributes"])} for obj in OBJECTS}
    assert {".panelsJSON", ".optionsJSON", ".kibanaSavedObjectMeta.searchSourceJSON"} <= kinds["dashboard"]
    assert {".layerListJSON", ".mapStateJSON", ".uiStateJSON"} <= kinds["map"]
    assert ".kibanaSavedObjectMeta.searchSourceJSON" in kinds["search"]


@pytest.mark.parametrize("board", _dashboards(), ids=lambda obj: obj["id"])
def test_each_panel_ref_name_matches_a_reference(board: dict[str, Any]) -> None:
    refs = {ref["name"]: ref for ref in board["references"]}
    panels = json.loads(board["attributes"]["panelsJSON"])
    for panel in panels:
        assert panel["gridData"]["i"] == panel["panelIndex"]
        ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
        assert ref["type"] == panel["type"]
    assert len({panel["panelIndex"] for panel in panels}) == len(panels)


@pytest.mark.parametrize("board", _dashboards(), ids=lambda obj: obj["id"])
def test_panels_sit_on_the_48_column_grid_without_overlapping(board: dict[str, Any]) -> None:
    cells: set[tuple[int, int]] = set()
    for panel in json.loads(board["attributes"]["panelsJSON"]):
        grid = panel["gridData"]
        assert grid["x"] >= 0
        assert grid["x"] + grid["w"] <= 48
        area = {
            (x, y) for x in range(grid["x"], grid["x"] + grid["w"]) for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not area & cells, f"{panel['panelIndex']} overlaps another panel"
        cells |= area


def test_lens_layers_each_have_their_data_view_reference() -> None:
    for obj in (obj for obj in OBJECTS if obj["type"] == "lens"):
        layers = obj["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
        names = {ref["name"] for ref in obj["references"]}
        for layer_id, layer in layers.items():
            assert f"indexpattern-datasource-layer-{layer_id}" in names
            assert sorted(layer["columnOrder"]) == sorted(layer["columns"])


def test_entity_explorer_has_options_lists_on_the_entity_keywords() -> None:
    (board,) = [obj for obj in _dashboards() if obj["attributes"]["title"] == "Entity explorer"]
    controls = json.loads(board["attributes"]["controlGroupInput"]["panelsJSON"])
    assert {c["type"] for c in controls.values()} == {"optionsListControl"}
    assert [c["explicitInput"]["fieldName"] for c in sorted(controls.values(), key=lambda c: c["order"])] == [
        "persons",
        "organizations",
        "places",
    ]
    names = {ref["name"] for ref in board["references"]}
    assert all(f"controlGroup_{cid}:optionsListDataView" in names for cid in controls)


def test_saved_searches_show_the_agreed_columns() -> None:
    latest = BY_KEY[("search", "newswire-latest-articles")]["attributes"]
    assert latest["columns"] == ["headline", "source", "persons", "topic_labels"]
    assert latest["sort"] == [["published_at", "desc"]]


# Attribute names Kibana's saved-object schemas accept where they forbid unknown keys (read in Kibana's source:
# dashboard schema v1-v4, Lens content-management v1, Maps StoredMapAttributes); an unknown key fails the import.
KNOWN_ATTRIBUTES = {
    "dashboard": {
        "title", "description", "kibanaSavedObjectMeta", "timeRestore", "timeFrom", "timeTo", "refreshInterval",
        "controlGroupInput", "panelsJSON", "optionsJSON", "hits", "version", "sections", "projectRouting",
    },
    "lens": {"title", "description", "visualizationType", "state", "version"},
    "map": {"title", "description", "mapStateJSON", "layerListJSON", "uiStateJSON"},
}  # fmt: skip


@pytest.mark.parametrize("obj", [o for o in OBJECTS if o["type"] in KNOWN_ATTRIBUTES], ids=lambda obj: obj["id"])
def test_attributes_are_ones_kibana_schemas_accept(obj: dict[str, Any]) -> None:
    assert set(obj["attributes"]) <= KNOWN_ATTRIBUTES[obj["type"]]
