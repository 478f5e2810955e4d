"""Fixtures shared by the tagger's unit tests."""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker


@pytest.fixture(scope="session")
def linker() -> EntityLinker:
    """The shipped entity linker (knowledge base, gazetteer, name lists), loaded once per test session."""
    return EntityLinker.load()
