"""Safe defaults of the HTTP channel: no open endpoint beyond loopback, and no silently empty token."""

from __future__ import annotations

import subprocess
import sys

import pytest
from newswire_ingest.errors import ExposedEndpointError
from newswire_ingest.service import serve
from newswire_ingest.settings import IngestSettings
from pydantic import SecretStr, ValidationError


def test_the_default_is_loopback_without_a_token() -> None:
    settings = IngestSettings()
    assert (settings.http_host, settings.http_token) == ("127.0.0.1", None)
    assert settings.http_exposure_error() is None


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_token_is_refused_with_the_variable_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("INGEST_HTTP_TOKEN", value)
    with pytest.raises(ValidationError, match="INGEST_HTTP_TOKEN is empty"):
        IngestSettings()


@pytest.mark.parametrize("host", ["0.0.0.0", "", "10.1.2.3", "ingest.example"])  # noqa: S104
def test_beyond_loopback_needs_a_token(host: str) -> None:
    exposed = IngestSettings(http_host=host)
    assert "INGEST_HTTP_TOKEN" in (exposed.http_exposure_error() or "")
    assert IngestSettings(http_host=host, http_token=SecretStr("t0ken-of-some-length")).http_exposure_error() is None
    assert IngestSettings(http_host=host, channels=["inbox", "folder"]).http_exposure_error() is None


async def test_serve_refuses_before_starting_anything() -> None:
    with pytest.raises(ExposedEndpointError, match="without authentication"):
        await serve(IngestSettings(http_host="0.0.0.0", channels=["http"]))  # noqa: S104


def test_the_process_exits_with_a_clear_message() -> None:
    env = {"INGEST_HTTP_HOST": "0.0.0.0", "INGEST_CHANNELS": "http", "PATH": ""}  # noqa: S104 - the case refused
    done = subprocess.run(
        [sys.executable, "-m", "newswire_ingest", "serve"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "refusing to start" in done.stderr
    assert "INGEST_HTTP_TOKEN" in done.stderr
