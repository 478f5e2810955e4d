"""The class path cache: Maven runs only when pom.xml or the sources change."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_cli.stack.errors import ArtifactError, MavenNotFoundError
from newswire_cli.stack.maven import CLASSPATH_FILE, FINGERPRINT_FILE, fingerprint, resolve_classpath


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a pom.xml and one Java source."""
    folder = tmp_path / "component"
    (folder / "src" / "main" / "java").mkdir(parents=True)
    (folder / "pom.xml").write_text("<project/>")
    (folder / "src" / "main" / "java" / "A.java").write_text("class A {}")
    return folder


def test_fingerprint_follows_pom_and_sources(project: Path) -> None:
    before = fingerprint(project)
    (project / "src" / "main" / "java" / "A.java").write_text("class A { int x; }")
    after_source = fingerprint(project)
    (project / "pom.xml").write_text("<project><!-- changed --></project>")
    assert len({before, after_source, fingerprint(project)}) == 3


def test_a_valid_cache_is_used_without_maven(project: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    jar = tmp_path / "some.jar"
    jar.write_bytes(b"")
    (state / CLASSPATH_FILE).write_text(f"{jar}\n")
    (state / FINGERPRINT_FILE).write_text(fingerprint(project) + "\n")
    assert resolve_classpath(project, state, maven="/nonexistent/mvn") == [str(jar)]


def test_a_stale_cache_runs_maven(project: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / CLASSPATH_FILE).write_text(f"{tmp_path / 'deleted.jar'}\n")  # the jar is gone from ~/.m2
    (state / FINGERPRINT_FILE).write_text(fingerprint(project) + "\n")
    with pytest.raises(MavenNotFoundError, match=r"Maven .* not found: install Maven"):
        resolve_classpath(project, state, maven="/nonexistent/mvn")


def test_a_folder_without_pom_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ArtifactError, match=r"no pom\.xml"):
        resolve_classpath(tmp_path, tmp_path / "state")
