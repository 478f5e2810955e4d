"""Dashboards as code: compile ``deploy/kibana/spec.yaml`` into Kibana 9.5 saved objects, and back into ES queries."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from deploy.kibana.dashboards.compile import compile_spec, to_ndjson
from deploy.kibana.dashboards.spec import Spec, load_spec

HERE: Final = Path(__file__).resolve().parents[1]
"""``deploy/kibana``."""
SPEC: Final = HERE / "spec.yaml"
NDJSON: Final = HERE / "newswire.ndjson"

__all__ = ["HERE", "NDJSON", "SPEC", "Spec", "compile_spec", "load_spec", "to_ndjson"]
