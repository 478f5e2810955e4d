"""Resolve (and, when the folder has Java sources, build) a component's class path with Maven, once.

The jars stay in ``~/.m2``; the resolved class path is written to ``var/<name>/classpath.txt`` next to a
fingerprint of the inputs (pom.xml and ``src/``), so Maven runs again only when those change.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from pathlib import Path

from newswire_cli.stack.errors import ArtifactError

logger = logging.getLogger(__name__)

CLASSPATH_FILE = "classpath.txt"
FINGERPRINT_FILE = "classpath.sha256"
_MAVEN_TIMEOUT_SECONDS = 1800.0


def fingerprint(project_dir: Path) -> str:
    """SHA-256 over pom.xml and every file under src/, so an edit to either invalidates the cache."""
    digest = hashlib.sha256()
    inputs = [project_dir / "pom.xml"]
    source_dir = project_dir / "src"
    if source_dir.is_dir():
        inputs += sorted(path for path in source_dir.rglob("*") if path.is_file())
    for path in inputs:
        digest.update(str(path.relative_to(project_dir)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _run_maven(maven: str, project_dir: Path, goals: list[str], *, offline: bool) -> None:
    """Run Maven in batch mode on ``project_dir``; raise ArtifactError with its output on failure."""
    command = [maven, "-B", "-q", *(["-o"] if offline else []), "-f", str(project_dir / "pom.xml"), *goals]
    logger.info("running %s", " ".join(command))
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=_MAVEN_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ArtifactError(f"could not run Maven ({' '.join(command)}): {error}") from error
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr)[-4000:]
        raise ArtifactError(f"Maven failed ({' '.join(command)}), exit {completed.returncode}:\n{output}")


def resolve_classpath(project_dir: Path, state_dir: Path, *, maven: str = "mvn", offline: bool = False) -> list[str]:
    """The class path of ``project_dir``'s pom: cached in ``state_dir`` and rebuilt only when its inputs change.

    A folder with ``src/`` is compiled first (``mvn package``); its ``target/classes`` is copied to
    ``state_dir/classes`` and put first on the path, so a rebuild in the source folder cannot pull classes out
    from under a running (or starting) JVM.
    """
    if not (project_dir / "pom.xml").is_file():
        raise ArtifactError(f"no pom.xml in {project_dir}")
    classpath_file = state_dir / CLASSPATH_FILE
    fingerprint_file = state_dir / FINGERPRINT_FILE
    current = fingerprint(project_dir)
    if classpath_file.is_file() and fingerprint_file.is_file():
        cached = fingerprint_file.read_text(encoding="ascii").strip()
        entries = [entry for entry in classpath_file.read_text(encoding="utf-8").strip().split(":") if entry]
        # A cleaned ~/.m2 or target/ leaves a stale list behind: resolve again rather than fail at start.
        if cached == current and entries and all(Path(entry).exists() for entry in entries):
            return entries
    state_dir.mkdir(parents=True, exist_ok=True)
    has_sources = (project_dir / "src").is_dir()
    goals = ["package", "-DskipTests"] if has_sources else []
    goals += [
        "dependency:build-classpath",
        f"-Dmdep.outputFile={classpath_file}",
        "-Dmdep.includeScope=runtime",
    ]
    _run_maven(maven, project_dir, goals, offline=offline)
    entries = [entry for entry in classpath_file.read_text(encoding="utf-8").strip().split(":") if entry]
    if has_sources:
        snapshot = state_dir / "classes"
        shutil.rmtree(snapshot, ignore_errors=True)
        shutil.copytree(project_dir / "target" / "classes", snapshot)
        entries.insert(0, str(snapshot))
    classpath_file.write_text(":".join(entries) + "\n", encoding="utf-8")
    fingerprint_file.write_text(current + "\n", encoding="ascii")
    logger.info("resolved %d class path entries for %s", len(entries), project_dir.name)
    return entries
