"""The small part of KQL the saved searches use, as Elasticsearch filters: so the tests run what Kibana would.

Supported: comparisons joined by ``and`` — ``field <= 3`` (also ``<``, ``>=``, ``>``) and ``field: value``.
Anything else is refused rather than guessed, so a spec using more KQL fails the build until this learns it.
"""

from __future__ import annotations

import re
from typing import Any, Final

_COMPARISON: Final = re.compile(r"\s*([A-Za-z_][\w.]*)\s*(<=|>=|<|>|:)\s*(\"[^\"]*\"|[^\s\"]+)\s*")
_AND: Final = re.compile(r"\s+and\s+", re.IGNORECASE)
_RANGE: Final = {"<=": "lte", ">=": "gte", "<": "lt", ">": "gt"}


def _value(text: str) -> str | int | float:
    """A quoted string, a number, or a bare word."""
    if text.startswith('"'):
        return text[1:-1]
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def kql_filters(kql: str) -> list[dict[str, Any]]:
    """The Elasticsearch filters of a KQL query (``[]`` for the empty query)."""
    if not kql.strip():
        return []
    filters: list[dict[str, Any]] = []
    for part in _AND.split(kql.strip()):
        found = _COMPARISON.fullmatch(part)
        if found is None:
            raise ValueError(f"KQL not translated: {part!r} (only 'field <= n' and 'field: value', joined by and)")
        field, operator, raw = found.groups()
        value = _value(raw)
        filters.append({"term": {field: value}} if operator == ":" else {"range": {field: {_RANGE[operator]: value}}})
    return filters


def kql_fields(kql: str) -> set[str]:
    """The fields a KQL query reads."""
    return {next(iter(next(iter(f.values())))) for f in kql_filters(kql)}
