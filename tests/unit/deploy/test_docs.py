"""Documentation names no machine: paths are relative to the repository (or the shared data folder beside it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_SKIPPED = {".venv", "var", ".git", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
MACHINE_PATH = re.compile(r"(?<![\w.])(?:/work/|/home/[a-z]|/Users/[A-Za-z]|/root/|[A-Z]:\\\\)")
"""An absolute path into someone's machine: the development box, a home folder, a Windows drive."""


def _documents() -> list[Path]:
    return sorted(path for path in ROOT.rglob("*.md") if not _SKIPPED & set(path.relative_to(ROOT).parts[:-1]))


def test_there_are_documents_to_check() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in _documents()}
    assert {"README.md", "services/tagger/README.md", "services/ingest/README.md"} <= names
    assert any(name.endswith("MODEL_CARD.md") for name in names)


@pytest.mark.parametrize("document", _documents(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_machine_paths(document: Path) -> None:
    found = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(document.read_text(encoding="utf-8").splitlines(), start=1)
        if MACHINE_PATH.search(line)
    ]
    assert found == [], "use paths relative to the repository, or ../shared/data for the shared data"
