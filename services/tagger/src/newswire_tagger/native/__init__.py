"""The tagger's hot modules compiled with mypyc, used only while they match their sources.

The entity rules, the NER features and the topic features are many small steps of plain, fully typed Python; mypyc
compiles them to C extension modules with the same behaviour (the test suite and the outputs on real articles are the
same either way) and about a fifth less CPU per article.

``python -m newswire_tagger.native build`` (:mod:`.__main__`; ``make setup`` runs it) compiles :data:`COMPILED`
into ``_native/`` inside the package, with a manifest holding each source file's SHA-256; it needs mypy, setuptools
and a C compiler. Importing ``newswire_tagger`` calls :func:`install`, which puts a finder for those extension
modules first on ``sys.meta_path``, but only when every listed source still has the hash it was compiled from and
the extensions were built for this interpreter. Otherwise, and with ``NEWSWIRE_TAGGER_NATIVE=0``, the sources run
as they are, and :func:`status` says why: an edited source is never shadowed by a stale build.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = [
    "COMPILED",
    "GROUP",
    "MANIFEST",
    "NATIVE_DIR",
    "PACKAGE_DIR",
    "Status",
    "digest",
    "install",
    "plan",
    "source_of",
    "status",
]

PACKAGE_DIR = Path(__file__).resolve().parent.parent
NATIVE_DIR = PACKAGE_DIR / "_native"
MANIFEST = "manifest.json"
GROUP = "newswire_tagger_native"
"""mypyc's shared library of the compiled group is the top-level extension module ``<GROUP>__mypyc``."""
SWITCH = "NEWSWIRE_TAGGER_NATIVE"

COMPILED: tuple[str, ...] = (
    "newswire_tagger.agency",
    "newswire_tagger.language",
    "newswire_tagger.spans",
    "newswire_tagger.entities.appositions",
    "newswire_tagger.entities.companies",
    "newswire_tagger.entities.consistency",
    "newswire_tagger.entities.gazetteer",
    "newswire_tagger.entities.glued",
    "newswire_tagger.entities.heads",
    "newswire_tagger.entities.headwords",
    "newswire_tagger.entities.kb",
    "newswire_tagger.entities.lineups",
    "newswire_tagger.entities.linker",
    "newswire_tagger.entities.lists",
    "newswire_tagger.entities.merging",
    "newswire_tagger.entities.names",
    "newswire_tagger.entities.nouns",
    "newswire_tagger.entities.people",
    "newswire_tagger.entities.recall",
    "newswire_tagger.entities.scoring",
    "newswire_tagger.entities.surface",
    "newswire_tagger.entities.titles",
    "newswire_tagger.entities.widening",
    "newswire_tagger.ner.bio",
    "newswire_tagger.ner.decoding",
    "newswire_tagger.ner.doc_features",
    "newswire_tagger.ner.features",
    "newswire_tagger.ner.lexicon",
    "newswire_tagger.ner.propagation",
    "newswire_tagger.ner.tokenizer",
    "newswire_tagger.topics.features",
    "newswire_tagger.topics.linear",
    "newswire_tagger.topics.rules",
)
"""The modules where an article's time goes, all plain typed Python. The model wrappers (pycrfsuite, numpy), the
worker, settings and evaluation stay interpreted."""


@dataclass(frozen=True)
class Status:
    """Whether the compiled modules are in use, and why not when they are not."""

    compiled: bool
    reason: str

    def __str__(self) -> str:
        return ("compiled: " if self.compiled else "interpreted: ") + self.reason


_status = Status(compiled=False, reason="not installed (newswire_tagger.native.install was not called)")


def source_of(module: str) -> Path:
    """The source file of a module of this package (``newswire_tagger.ner.bio`` → ``…/ner/bio.py``)."""
    parts = module.split(".")
    if parts[0] != "newswire_tagger":
        raise ValueError(f"{module} is not a module of newswire_tagger")
    return PACKAGE_DIR.joinpath(*parts[1:]).with_suffix(".py")


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan(native_dir: Path = NATIVE_DIR) -> tuple[dict[str, Path], str]:
    """The extension file of each compiled module (and of the group's shared library), or ``{}`` and the reason
    they cannot be used: none built, built for another interpreter, or a source changed since the build."""
    manifest_file = native_dir / MANIFEST
    if not manifest_file.is_file():
        return {}, "no compiled modules (run `python -m newswire_tagger.native build`)"
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        files: dict[str, str] = dict(manifest["files"])
        sources: dict[str, str] = dict(manifest["sources"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        return {}, f"unreadable manifest {manifest_file}: {error}"
    if not all(isinstance(v, str) for v in [*files.values(), *sources.values()]):
        return {}, f"unreadable manifest {manifest_file}: file names and hashes must be strings"
    if set(files) != {*sources, f"{GROUP}__mypyc"}:
        return {}, f"manifest {manifest_file} lists other files than its modules"
    paths = {module: native_dir / name for module, name in files.items()}
    mismatch = _mismatch(sources, paths)
    if mismatch is not None:
        return {}, mismatch
    return paths, f"{len(sources)} modules from {native_dir}"


def _mismatch(sources: Mapping[str, str], paths: Mapping[str, Path]) -> str | None:
    """Why a build cannot stand for the sources here: another module list, another interpreter, a source edited
    since, or a file missing; None when it can."""
    rebuild = "run `python -m newswire_tagger.native build`"
    if set(sources) != set(COMPILED):
        return f"the list of compiled modules changed since the build: {rebuild}"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]  # this interpreter's own tag, as mypyc names its output
    if not all(path.name.endswith(suffix) for path in paths.values()):
        return f"built for another interpreter than {sys.implementation.cache_tag}"
    changed = sorted(m for m, h in sources.items() if not source_of(m).is_file() or digest(source_of(m)) != h)
    if changed:
        listed = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
        return f"sources changed since the build ({listed}): {rebuild}"
    missing = [str(p) for p in paths.values() if not p.is_file()]
    return f"compiled files missing: {missing[0]}" if missing else None


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the listed modules in their compiled files, before any other finder looks at the sources."""

    def __init__(self, files: Mapping[str, Path]) -> None:
        self.files = dict(files)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def install(native_dir: Path = NATIVE_DIR) -> Status:
    """Use the compiled modules if they match their sources (see the module docstring); never raises."""
    global _status  # noqa: PLW0603 - one decision per process, read by `status`
    if os.environ.get(SWITCH, "1").strip().lower() in ("0", "false", "no", "off"):
        _status = Status(compiled=False, reason=f"turned off by {SWITCH}")
        return _status
    try:
        files, reason = plan(native_dir)
    except Exception as error:  # noqa: BLE001 - whatever is wrong with a build, the sources still run
        files, reason = {}, f"cannot read {native_dir}: {type(error).__name__}: {error}"
    loaded = sorted(m for m in files if m in sys.modules)
    if files and loaded:
        files, reason = {}, f"{loaded[0]} was imported before the compiled modules could be installed"
    if files and not any(isinstance(f, _Finder) for f in sys.meta_path):
        finder = _Finder(files)
        sys.meta_path.insert(0, finder)
        try:
            # The shared library first, eagerly: one that cannot be loaded here (another C library, a symbol
            # missing) leaves the sources in use instead of failing the first import of a compiled module.
            importlib.import_module(f"{GROUP}__mypyc")
        except ImportError as error:
            sys.meta_path.remove(finder)
            sys.modules.pop(f"{GROUP}__mypyc", None)
            files, reason = {}, f"the compiled modules cannot be loaded: {error}"
    _status = Status(compiled=bool(files), reason=reason)
    return _status


def status() -> Status:
    """What :func:`install` decided in this process."""
    return _status
