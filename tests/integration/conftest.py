"""Integration tests: every test here must carry ``@pytest.mark.integration`` (checked at collection)."""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse unmarked tests in this folder, so `-m "not integration"` really leaves out everything here."""
    del config  # part of the hook's signature
    unmarked = [
        item.nodeid
        for item in items
        if _HERE in item.path.resolve().parents and item.get_closest_marker("integration") is None
    ]
    if unmarked:
        raise pytest.UsageError(f"tests in tests/integration need @pytest.mark.integration: {unmarked}")
