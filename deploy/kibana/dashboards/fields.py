"""Field paths and types of an Elasticsearch mapping, to check what the dashboards read."""

from __future__ import annotations

from typing import Any, Final

AGGREGATABLE: Final = frozenset(
    {"keyword", "date", "long", "integer", "short", "byte", "float", "double", "boolean", "geo_point"}
)
"""Field types Lens and Maps can bucket or measure (text is searchable only; nested is out of Lens's reach)."""


def flatten_mapping(properties: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"reason.keyword": "keyword", "entities.name": "nested:keyword", ...}`` for a ``properties`` block.

    Fields under a ``nested`` object get a ``nested:`` type prefix: they exist, but no dashboard may use them.
    """
    flat: dict[str, str] = {}
    for name, field in properties.items():
        path = f"{prefix}{name}"
        kind = field.get("type", "object")
        flat[path] = kind
        for sub, sub_field in field.get("fields", {}).items():
            flat[f"{path}.{sub}"] = sub_field["type"]
        if "properties" in field:
            inner = flatten_mapping(field["properties"], f"{path}.")
            if kind == "nested":
                inner = {key: f"nested:{value}" for key, value in inner.items()}
            flat |= inner
    return flat
