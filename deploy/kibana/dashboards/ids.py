"""Deterministic ids and the saved-object envelope shared by every object the compiler emits."""

from __future__ import annotations

import uuid
from typing import Any, Final

_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/newswire/kibana")

CORE_MIGRATION_VERSION: Final = "8.8.0"
"""The core migration version every 8.8+ export carries (Kibana 9.x still writes it)."""

TYPE_MIGRATION_VERSIONS: Final[dict[str, str]] = {
    # Deliberately the versions Kibana's own sample data (9.x source tree) declares for objects of this shape:
    # an importing Kibana runs every newer migration, while a version newer than it knows would be refused.
    "index-pattern": "8.0.0",
    "search": "7.9.3",
    "lens": "8.9.0",
    "map": "7.14.0",
    "dashboard": "8.7.0",
}

PANEL_VERSION: Final = "8.11.0"
"""Embeddable version stamped on dashboard panels, as in the 9.x sample dashboards."""


def stable_id(*parts: str) -> str:
    """A UUID derived from ``parts``: the same spec always compiles to the same ids (no drift)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def saved_object(
    kind: str, object_id: str, attributes: dict[str, Any], references: list[dict[str, str]]
) -> dict[str, Any]:
    """One line of the NDJSON: type, id, attributes, references and migration versions."""
    return {
        "type": kind,
        "id": object_id,
        "attributes": attributes,
        "references": references,
        "coreMigrationVersion": CORE_MIGRATION_VERSION,
        "typeMigrationVersion": TYPE_MIGRATION_VERSIONS[kind],
        "managed": False,
    }


def reference(name: str, kind: str, object_id: str) -> dict[str, str]:
    """A saved-object reference."""
    return {"name": name, "type": kind, "id": object_id}
