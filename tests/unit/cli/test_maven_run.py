"""Running Maven: downloads reported while they happen, the component's JDK used, failures explained."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from newswire_cli.stack import progress
from newswire_cli.stack.errors import ArtifactError
from newswire_cli.stack.maven import MAVEN_LOG_FILE, resolve_classpath
from newswire_cli.stack.progress import downloaded_bytes

DOWNLOADS = [
    "Downloading from central: https://repo.maven.apache.org/maven2/org/a/a/1/a-1.pom",
    "Downloaded from central: https://repo.maven.apache.org/maven2/org/a/a/1/a-1.pom (2.0 kB at 10 kB/s)",
    "Downloaded from central: https://repo.maven.apache.org/maven2/org/k/kafka-server/4.0.0/"
    "kafka-server-4.0.0.jar (1.5 MB at 3.1 MB/s)",
]


def fake_maven(folder: Path, body: str) -> Path:
    """An executable ``mvn`` stand-in: a shell script that writes what the test needs."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "mvn"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    return script


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A component folder with a pom.xml and no sources."""
    folder = tmp_path / "component"
    folder.mkdir()
    (folder / "pom.xml").write_text("<project/>")
    return folder


def test_download_lines_are_parsed() -> None:
    assert downloaded_bytes(DOWNLOADS[0]) is None
    assert downloaded_bytes(DOWNLOADS[1]) == ("a-1.pom", 2_000)
    assert downloaded_bytes(DOWNLOADS[2]) == ("kafka-server-4.0.0.jar", 1_500_000)


def test_downloads_are_reported_and_maven_runs_on_the_components_jdk(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "REPORT_EVERY_SECONDS", 0.0)
    jar = tmp_path / "a.jar"
    jar.write_bytes(b"")
    lines = "".join(f"echo '{line}'\n" for line in DOWNLOADS)
    # the class path goes where -Dmdep.outputFile= says; JAVA_HOME is recorded for the assertion
    body = lines + (
        f'echo "$JAVA_HOME" > {tmp_path}/java_home\n'
        'for arg in "$@"; do case "$arg" in -Dmdep.outputFile=*) echo ' + str(jar) + ' > "${arg#*=}";; esac; done\n'
    )
    maven = fake_maven(tmp_path / "bin", body)
    caplog.set_level(logging.INFO, logger="newswire_cli.stack")
    entries = resolve_classpath(project, tmp_path / "state", maven=str(maven), java_home=Path("/opt/jdk-21"))
    assert entries == [str(jar)]
    assert (tmp_path / "java_home").read_text().strip() == "/opt/jdk-21"
    messages = [record.getMessage() for record in caplog.records]
    assert any("first run downloads the jars" in message for message in messages)
    assert any("downloaded 2 files (1.5 MB) so far, latest kafka-server-4.0.0.jar" in m for m in messages)
    assert any("Maven downloaded 2 files (1.5 MB) in" in message for message in messages)
    assert "kafka-server-4.0.0.jar" in (tmp_path / "state" / MAVEN_LOG_FILE).read_text()


@pytest.mark.parametrize(
    ("output", "offline", "hint"),
    [
        ("[ERROR] Could not transfer artifact org.a:a:1 from/to central: Unknown host", False, "could not download"),
        (
            "[ERROR] Cannot access central in offline mode and the artifact org.a:a:1 has not been downloaded",
            True,
            "Maven is offline (NEWSWIRE_STACK_MAVEN_OFFLINE=true)",
        ),
        ("[ERROR] COMPILATION ERROR", False, "see the Maven output below"),
    ],
)
def test_a_failure_says_what_to_do(project: Path, tmp_path: Path, output: str, offline: bool, hint: str) -> None:
    maven = fake_maven(tmp_path / "bin", f"echo '{output}'\nexit 1\n")
    with pytest.raises(ArtifactError) as raised:
        resolve_classpath(project, tmp_path / "state", maven=str(maven), offline=offline)
    first, _, rest = str(raised.value).partition("\n")
    assert first.startswith("Maven failed for component (exit 1): ")
    assert hint in first
    assert output in rest
