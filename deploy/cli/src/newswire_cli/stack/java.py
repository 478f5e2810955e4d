"""Find a JDK for each JVM of the local stack, or say exactly which one is missing.

Kafka 4 needs Java 17+, Elasticsearch 9 needs 21+. A component's own setting wins and must qualify; otherwise
the candidates are, in order: the stack's shared JDK setting, ``$JAVA_HOME``, the ``java`` on ``PATH``, then the
JDKs in common install folders (``/usr/lib/jvm/*`` and the like), newest first. A home qualifies when it has a
``bin/java`` and its version (from ``<home>/release``, else ``java -version``) is at least the minimum.
"""

from __future__ import annotations

import functools
import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from newswire_cli.stack.errors import JavaNotFoundError

COMMON_LOCATIONS = (
    "/usr/lib/jvm/*",
    "/usr/java/*",
    "/usr/local/java/*",
    "/opt/java/*",
    "/opt/jdk*",
    "/Library/Java/JavaVirtualMachines/*/Contents/Home",
    "~/.sdkman/candidates/java/*",
    "~/.jdks/*",
)
"""Where package managers and installers put JDKs (Debian/Ubuntu, RHEL, Docker images, macOS, SDKMAN, IntelliJ)."""
INSTALL_HINT = "install one (e.g. `sudo apt install openjdk-21-jdk-headless`, or Temurin from https://adoptium.net)"
_VERSION = re.compile(r'version "?(\d+)(?:\.(\d+))?')
_VERSION_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class Jdk:
    """A JDK found on this machine: its home folder, major version, and where it was found."""

    home: Path
    major: int
    origin: str


def parse_major(text: str) -> int | None:
    """The major version in ``java -version`` output or a ``release`` file: ``"1.8.0_392"`` is 8, ``"21.0.2"`` 21."""
    found = _VERSION.search(text)
    if found is None:
        return None
    first, second = int(found.group(1)), found.group(2)
    return int(second) if first == 1 and second is not None else first


def java_major(home: Path) -> int | None:
    """Major version of the JDK at ``home``; None when it has no runnable ``bin/java``."""
    java = home / "bin" / "java"
    if not (java.is_file() and os.access(java, os.X_OK)):
        return None
    release = home / "release"
    if release.is_file():
        for line in release.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("JAVA_VERSION="):
                major = parse_major("version " + line.partition("=")[2])
                if major is not None:
                    return major
    try:
        completed = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=_VERSION_TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_major(completed.stderr + completed.stdout)


def _home_of_path_java(path_variable: str) -> Path | None:
    """The home of the ``java`` found on ``PATH`` (symlinks such as /usr/bin/java resolved)."""
    java = shutil.which("java", path=path_variable)
    return Path(java).resolve().parent.parent if java is not None else None


def _installed(patterns: tuple[str, ...]) -> list[Path]:
    """JDK folders matching ``patterns``, in a stable order (symlinks to the same folder counted once)."""
    found: dict[Path, None] = {}
    for pattern in patterns:
        for match in sorted(glob.glob(os.path.expanduser(pattern))):
            found.setdefault(Path(match).resolve(), None)
    return list(found)


def candidates(java_home_variable: str | None, path_variable: str) -> list[tuple[Path, str]]:
    """Where to look, in order, each with where it came from (for the error message)."""
    found: list[tuple[Path, str]] = []
    if java_home_variable:
        found.append((Path(java_home_variable), "$JAVA_HOME"))
    if (on_path := _home_of_path_java(path_variable)) is not None:
        found.append((on_path, "java on PATH"))
    found += [(home, "installed") for home in _installed(COMMON_LOCATIONS)]
    return found


@functools.cache
def _search(minimum: int, preferred: tuple[tuple[Path, str], ...], java_home_variable: str | None, path: str) -> Jdk:
    """The first qualifying candidate; installed JDKs are tried newest first. Cached per process."""
    tried: list[str] = []
    listed = [*preferred, *candidates(java_home_variable, path)]
    fixed = [(home, origin) for home, origin in listed if origin != "installed"]
    scanned = [(home, java_major(home), origin) for home, origin in listed if origin == "installed"]
    ordered = [(home, java_major(home), origin) for home, origin in fixed]
    ordered += sorted(scanned, key=lambda entry: -(entry[1] or 0))
    for home, major, origin in ordered:
        tried.append(f"{home} ({origin}): " + (f"Java {major}" if major is not None else "no bin/java"))
        if major is not None and major >= minimum:
            return Jdk(home, major, origin)
    raise JavaNotFoundError(f"needs Java {minimum} or newer; found " + ("; ".join(tried) or "no JDK at all"))


def find_jdk(
    minimum: int, *, component: str, setting: str, configured: Path | None, preferred: tuple[Path, str] | None = None
) -> Jdk:
    """The JDK ``component`` runs on: ``configured`` (its setting, which must qualify) or the first qualifying one."""
    if configured is not None:
        major = java_major(configured)
        if major is None:
            raise JavaNotFoundError(f"{component}: {setting}={configured} is not a JDK (no runnable bin/java)")
        if major < minimum:
            raise JavaNotFoundError(
                f"{component} needs Java {minimum} or newer, but {setting}={configured} is Java {major}"
            )
        return Jdk(configured, major, setting)
    try:
        return _search(
            minimum, (preferred,) if preferred else (), os.environ.get("JAVA_HOME"), os.environ.get("PATH", "")
        )
    except JavaNotFoundError as error:
        raise JavaNotFoundError(f"{component} {error}. {INSTALL_HINT.capitalize()} or set {setting}") from None
