"""Fixtures of the CLI unit tests: stack settings in a temp folder and a Component that is not a JVM."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from newswire_cli.settings import StackSettings

from .sleeper import SleeperComponent


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StackSettings:
    """Stack settings whose var/ is a temp folder, with a short grace period before SIGKILL; env ignored."""
    for name in [n for n in os.environ if n.startswith("NEWSWIRE_STACK_")]:
        monkeypatch.delenv(name)
    return StackSettings(var_dir=tmp_path / "var", deploy_dir=tmp_path / "deploy", stop_timeout=0.5)


@pytest.fixture
def sleeper(settings: StackSettings) -> Iterator[SleeperComponent]:
    """A SleeperComponent, stopped after the test whatever happened."""
    component = SleeperComponent(settings)
    yield component
    component.stop()
