"""`newswire setup --write-env`: compose's secrets, generated once, never overwritten, readable by the owner only."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_cli import setup
from newswire_cli.envfile import SECRETS, read_names, write_env_file


def _values(path: Path) -> dict[str, str]:
    pairs = (line.partition("=") for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)
    return {name: value for name, _, value in pairs if not name.startswith("#")}


def test_writes_every_secret_once_owner_only(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    assert write_env_file(path) == list(SECRETS)
    first = _values(path)
    assert set(first) == set(SECRETS)
    assert all(len(value) >= 32 for value in first.values())
    assert len(set(first.values())) == len(first), "each secret is its own"
    assert path.stat().st_mode & 0o777 == 0o600
    assert write_env_file(path) == []
    assert _values(path) == first


def test_keeps_what_the_user_provided(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("# mine\nELASTIC_PASSWORD=chosen-by-me\nOTHER=1", encoding="utf-8")
    assert write_env_file(path) == ["KIBANA_SYSTEM_PASSWORD", "INGEST_HTTP_TOKEN"]
    values = _values(path)
    assert (values["ELASTIC_PASSWORD"], values["OTHER"]) == ("chosen-by-me", "1")
    assert read_names(path) == {"ELASTIC_PASSWORD", "OTHER", "KIBANA_SYSTEM_PASSWORD", "INGEST_HTTP_TOKEN"}


def test_setup_command_writes_it_and_does_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    assert setup.main(["--write-env", str(path)]) == 0
    assert set(_values(path)) == set(SECRETS)


def test_setup_refuses_inconsistent_settings_with_the_variable_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "newswire")
    monkeypatch.delenv("KAFKA_SECURITY_PROTOCOL", raising=False)
    assert setup.main([]) == 2
    assert "KAFKA_SASL_USERNAME set but KAFKA_SECURITY_PROTOCOL=PLAINTEXT" in capsys.readouterr().err
