"""JDK discovery: the configured JDK must qualify; otherwise $JAVA_HOME, PATH, then install folders, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from newswire_cli.settings import StackSettings
from newswire_cli.stack import java
from newswire_cli.stack.elasticsearch import ElasticsearchComponent
from newswire_cli.stack.errors import JavaNotFoundError
from newswire_cli.stack.java import find_jdk, java_major, parse_major
from newswire_cli.stack.kafka import Kafka


def fake_jdk(home: Path, version: str, *, release: bool = True) -> Path:
    """A folder that looks like a JDK: bin/java prints ``version`` as ``java -version`` does."""
    (home / "bin").mkdir(parents=True)
    script = home / "bin" / "java"
    script.write_text(f"#!/bin/sh\necho 'openjdk version \"{version}\" 2025-01-01' >&2\n")
    script.chmod(0o755)
    if release:
        (home / "release").write_text(f'IMPLEMENTOR="Test"\nJAVA_VERSION="{version}"\n')
    return home


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No JDK anywhere but in ``tmp_path/jvm/*``, which stands in for /usr/lib/jvm; PATH has no java."""
    (tmp_path / "jvm").mkdir()
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setattr(java, "COMMON_LOCATIONS", (str(tmp_path / "jvm" / "*"),))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    java._search.cache_clear()
    yield tmp_path
    java._search.cache_clear()


@pytest.mark.parametrize(
    ("text", "major"),
    [('version "1.8.0_392"', 8), ('version "17.0.15"', 17), ('version "21"', 21), ('version "25-ea"', 25), ("?", None)],
)
def test_major_version_from_java_version_output(text: str, major: int | None) -> None:
    assert parse_major(text) == major


def test_version_is_read_from_release_or_from_running_java(machine: Path) -> None:
    assert java_major(fake_jdk(machine / "a", "21.0.2")) == 21
    assert java_major(fake_jdk(machine / "b", "17.0.9", release=False)) == 17
    assert java_major(machine / "not-a-jdk") is None


def test_a_configured_jdk_must_qualify(machine: Path) -> None:
    old = fake_jdk(machine / "jvm" / "jdk-17", "17.0.9")
    with pytest.raises(JavaNotFoundError, match=r"elasticsearch needs Java 21 or newer, but SETTING=.* is Java 17"):
        find_jdk(21, component="elasticsearch", setting="SETTING", configured=old)
    with pytest.raises(JavaNotFoundError, match="is not a JDK"):
        find_jdk(17, component="kafka", setting="SETTING", configured=machine / "nowhere")


def test_java_home_first_then_the_newest_installed(machine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seventeen = fake_jdk(machine / "jvm" / "jdk-17", "17.0.9")
    fake_jdk(machine / "jvm" / "jdk-21", "21.0.2")
    newest = fake_jdk(machine / "jvm" / "jdk-25", "25.0.1")
    monkeypatch.setenv("JAVA_HOME", str(seventeen))
    assert find_jdk(17, component="kafka", setting="S", configured=None).home == seventeen
    found = find_jdk(21, component="elasticsearch", setting="S", configured=None)
    assert (found.home, found.major, found.origin) == (newest.resolve(), 25, "installed")


def test_java_on_path_is_found_through_its_symlink(machine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = fake_jdk(machine / "elsewhere" / "jdk", "21.0.2")
    (machine / "bin").mkdir()
    (machine / "bin" / "java").symlink_to(home / "bin" / "java")
    monkeypatch.setenv("PATH", str(machine / "bin"))
    found = find_jdk(21, component="elasticsearch", setting="S", configured=None)
    assert (found.home, found.origin) == (home.resolve(), "java on PATH")


def test_nothing_suitable_says_what_was_found_and_what_to_do(machine: Path) -> None:
    fake_jdk(machine / "jvm" / "jdk-17", "17.0.9")
    with pytest.raises(JavaNotFoundError) as raised:
        find_jdk(21, component="elasticsearch", setting="NEWSWIRE_STACK_ELASTICSEARCH_JAVA_HOME", configured=None)
    message = str(raised.value)
    assert message.startswith("elasticsearch needs Java 21 or newer; found ")
    assert "jdk-17 (installed): Java 17" in message
    assert "apt install openjdk-21-jdk-headless" in message
    assert message.endswith("or set NEWSWIRE_STACK_ELASTICSEARCH_JAVA_HOME")


def test_components_ask_for_their_minimum(machine: Path, settings: StackSettings) -> None:
    seventeen = fake_jdk(machine / "jvm" / "jdk-17", "17.0.9")
    twenty_five = fake_jdk(machine / "jvm" / "jdk-25", "25.0.1")
    shared = settings.model_copy(update={"java_home": seventeen})
    assert Kafka(shared).java_home() == seventeen
    # the shared setting is too old for Elasticsearch, whose own setting is unset: the machine's newest is used
    assert ElasticsearchComponent(shared).java_home() == twenty_five.resolve()
    assert ElasticsearchComponent(shared).environment()["JAVA_HOME"] == str(twenty_five.resolve())
