"""Which model artifacts the tagger ran with: one short hash per artifact, part of ``tagger_version``.

``tagger_version`` reads ``0.1.0+gazetteer.<h>.kb.<h>.ner.<h>.topics.<h>``: the package version, then a hash of each
artifact's files (model cards, licences and evaluation figures left out: they do not change a tag). A retrained
model, a rebuilt knowledge base or edited keyword rules give a new version without a code release, so an indexed
article says which models tagged it and ``newswire retag`` can pick out the ones tagged by older models.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Final

PACKAGE: Final = Path(__file__).resolve().parent
MODELS: Final = PACKAGE / "models"

ARTIFACTS: Final[dict[str, tuple[Path, ...]]] = {
    "gazetteer": (MODELS / "gazetteer",),
    "kb": (MODELS / "kb",),
    "ner": (MODELS / "ner",),
    # the keyword rules decide half of the topics: they are part of the topic model
    "topics": (MODELS / "topics", PACKAGE / "topics" / "keywords.json"),
}
"""Each artifact and the files or folders it is made of."""

HASH_LENGTH: Final = 8
_NOT_ARTIFACT: Final = ("metrics.json",)
"""Evaluation output kept beside a model: it describes the model, it is not read by the tagger."""


def _is_artifact(path: Path) -> bool:
    """Files a loader reads: not documentation, licences, evaluation figures or caches."""
    name = path.name
    return not (
        name.endswith(".md")
        or name.startswith(("LICENSE", "."))
        or name in _NOT_ARTIFACT
        or "__pycache__" in path.parts
    )


def artifact_files(paths: Iterable[Path]) -> list[Path]:
    """The artifact files under ``paths`` (files as given, folders recursively), in a stable order."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and _is_artifact(p))
        elif path.is_file():
            found.add(path)
    return sorted(found)


def artifact_hash(paths: Iterable[Path]) -> str:
    """Short SHA-256 over the names and bytes of an artifact's files (a renamed file changes it too)."""
    given = list(paths)
    root = Path(os.path.commonpath([path if path.is_dir() else path.parent for path in given])) if given else PACKAGE
    digest = hashlib.sha256()
    for path in artifact_files(given):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:HASH_LENGTH]


def artifact_hashes(artifacts: dict[str, tuple[Path, ...]] | None = None) -> dict[str, str]:
    """Hash of every artifact, by name (the packaged ones by default); read once, at start-up."""
    chosen = ARTIFACTS if artifacts is None else artifacts
    return {name: artifact_hash(paths) for name, paths in sorted(chosen.items())}


def tagger_version(code_version: str, hashes: dict[str, str], *extra: str) -> str:
    """``<code version>+<name>.<hash>...`` (a PEP 440 local version), then any ``extra`` parts (overrides)."""
    parts = [f"{name}.{value}" for name, value in hashes.items()] + [part for part in extra if part]
    return f"{code_version}+{'.'.join(parts)}" if parts else code_version
