"""Resolve (and, when the folder has Java sources, build) a component's class path with Maven, once.

The jars stay in ``~/.m2``; the resolved class path is written to ``var/<name>/classpath.txt`` next to a
fingerprint of the inputs (pom.xml and ``src/``), so Maven runs again only when those change.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import threading
from pathlib import Path

from newswire_cli.stack.errors import ArtifactError, MavenNotFoundError
from newswire_cli.stack.progress import DownloadProgress

logger = logging.getLogger(__name__)

CLASSPATH_FILE = "classpath.txt"
MAVEN_LOG_FILE = "maven.log"
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


_NETWORK_TROUBLE = ("Could not transfer", "Unknown host", "Connection refused", "Network is unreachable", "timed out")
_OFFLINE_TROUBLE = "offline mode"


def _hint(output: str, *, offline: bool) -> str:
    """What to do about a failed Maven run, read from its output."""
    if offline and _OFFLINE_TROUBLE in output:
        return "Maven is offline (NEWSWIRE_STACK_MAVEN_OFFLINE=true) and ~/.m2 lacks some jars: run once online"
    if any(marker in output for marker in _NETWORK_TROUBLE):
        return (
            "Maven could not download from Maven Central: check the network (or the proxy in ~/.m2/settings.xml); "
            "once the jars are in ~/.m2, NEWSWIRE_STACK_MAVEN_OFFLINE=true works without a network"
        )
    return "see the Maven output below"


def _maven_command(maven: str, project_dir: Path, goals: list[str], *, offline: bool) -> list[str]:
    """``mvn -B [-o] -f pom.xml goals``; raise MavenNotFoundError when there is no such executable."""
    executable = shutil.which(maven)
    if executable is None:
        raise MavenNotFoundError(
            f"Maven ({maven}) not found: install Maven 3.6+ (e.g. `sudo apt install maven`) "
            "or set NEWSWIRE_STACK_MAVEN to its path"
        )
    return [executable, "-B", *(["-o"] if offline else []), "-f", str(project_dir / "pom.xml"), *goals]


def _run_maven(
    maven: str, project_dir: Path, goals: list[str], *, offline: bool, java_home: Path | None, log_file: Path
) -> None:
    """Run Maven on ``project_dir``, its output into ``log_file`` and its downloads reported as they happen."""
    command = _maven_command(maven, project_dir, goals, offline=offline)
    env = dict(os.environ) | ({"JAVA_HOME": str(java_home)} if java_home is not None else {})
    logger.info(
        "%s: resolving the class path with Maven; the first run downloads the jars into ~/.m2 and can take "
        "minutes (full output in %s)",
        project_dir.name,
        log_file,
    )
    progress = DownloadProgress(project_dir.name)
    try:
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    except OSError as error:
        raise ArtifactError(f"could not run Maven ({' '.join(command)}): {error}") from error
    killer = threading.Timer(_MAVEN_TIMEOUT_SECONDS, child.kill)  # reading blocks: a timer enforces the deadline
    killer.start()
    with log_file.open("w", encoding="utf-8") as log, child:
        try:
            for line in child.stdout or ():  # never None with stdout=PIPE
                log.write(line)
                progress.see(line)
            returncode = child.wait()
        finally:
            killer.cancel()
    progress.finish()
    if returncode != 0:
        output = log_file.read_text(encoding="utf-8", errors="replace")
        tail = "\n".join(output.splitlines()[-40:])
        raise ArtifactError(
            f"Maven failed for {project_dir.name} (exit {returncode}): {_hint(output, offline=offline)}\n{tail}"
        )


def resolve_classpath(
    project_dir: Path, state_dir: Path, *, maven: str = "mvn", offline: bool = False, java_home: Path | None = None
) -> list[str]:
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
    log_file = state_dir / MAVEN_LOG_FILE
    _run_maven(maven, project_dir, goals, offline=offline, java_home=java_home, log_file=log_file)
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
