"""Hostile-input-safe JSON loading: nesting depth and value count checked before ``json.loads`` builds anything.

``json`` has no streaming hooks, so the text's skeleton (strings removed, at C speed) is measured first: its
commas, brackets and braces bound the number of values ``json.loads`` would create, and the brackets and braces
give the nesting depth in at most ``2 * max_elements`` steps. A 9 MB array of empty objects (3 million dicts,
290 MB) is refused without one being built.
"""

from __future__ import annotations

import json
import re
from typing import Any

from newswire_ingest.errors import MalformedInputError
from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_OPENING = frozenset("[{")


def check_structure(text: str, limits: ParseLimits = DEFAULT_LIMITS) -> None:
    """Refuse JSON text holding more values, or nested deeper, than ``limits`` allow (see the module docstring)."""
    skeleton = _STRING.sub("", text)
    # Every value after the first in an array or object follows a comma; every container opens with [ or {.
    values = skeleton.count(",") + skeleton.count("[") + skeleton.count("{")
    if values > limits.max_elements:
        raise limits.too_many("JSON", "values")
    depth = 0
    for bracket in _BRACKET.finditer(skeleton):
        if bracket.group() in _OPENING:
            depth += 1
            if depth > limits.max_depth:
                raise limits.too_deep("JSON")
        else:
            depth -= 1


def load_json(text: str, limits: ParseLimits = DEFAULT_LIMITS) -> Any:
    """``json.loads`` within ``limits``; invalid JSON is a :class:`MalformedInputError`."""
    check_structure(text, limits)
    try:
        return json.loads(text)
    except RecursionError as exc:  # only below the recursion limit's own depth, if max_depth is set above it
        raise MalformedInputError("JSON: nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, and integers longer than Python's digit limit
        raise MalformedInputError(f"JSON: not valid JSON: {exc}") from exc
