"""StackSettings: defaults, the NEWSWIRE_STACK_ environment prefix, and how the repository root is found."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_cli.settings import StackSettings, find_repo_root

ROOT = Path(__file__).resolve().parents[3]


def test_defaults_are_the_documented_ports_and_heaps(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "ELASTICSEARCH_PORT", "VAR_DIR"):
        monkeypatch.delenv(f"NEWSWIRE_STACK_{name}", raising=False)
    settings = StackSettings()
    assert (settings.kafka_port, settings.kafka_controller_port, settings.elasticsearch_port) == (9092, 9093, 9200)
    assert (settings.kafka_heap_min, settings.kafka_heap_max) == ("512m", "1g")
    assert settings.host == "127.0.0.1"
    assert settings.var_dir == ROOT / "var"
    assert settings.deploy_dir == ROOT / "deploy" / "local"
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.elasticsearch_url == "http://127.0.0.1:9200"


def test_environment_overrides_with_the_prefix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSWIRE_STACK_KAFKA_PORT", "19092")
    monkeypatch.setenv("NEWSWIRE_STACK_ELASTICSEARCH_PORT", "19200")
    monkeypatch.setenv("NEWSWIRE_STACK_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("KAFKA_PORT", "1")  # another prefix: ignored
    settings = StackSettings()
    assert settings.kafka_bootstrap == "127.0.0.1:19092"
    assert settings.elasticsearch_url == "http://127.0.0.1:19200"
    assert settings.var_dir == tmp_path


def test_repo_root_is_the_workspace_root() -> None:
    assert find_repo_root() == ROOT
    assert find_repo_root(ROOT / "deploy" / "cli" / "src") == ROOT


def test_repo_root_needs_the_workspace_marker(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "not-the-workspace"\n')
    with pytest.raises(FileNotFoundError, match="no newswire checkout"):
        find_repo_root(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.uv.workspace]\nmembers = []\n")
    assert find_repo_root(tmp_path / "a" / "b") == tmp_path
