"""What counts as loopback: the only addresses a listener may bind without authentication."""

from __future__ import annotations

import pytest
from newswire_runtime import is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "10.0.0.5", "192.168.1.2", "example.com", "ingest"])  # noqa: S104
def test_not_loopback(host: str) -> None:
    assert not is_loopback(host)
