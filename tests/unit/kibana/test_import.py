"""`newswire kibana import` and `newswire setup --kibana-url` against a small HTTP server playing Kibana.

The server speaks the two endpoints the importer uses, over real HTTP: the status API (unavailable first, as a
starting Kibana is) and the saved-objects import API, which records what it received.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from newswire_cli import kibana

from deploy.kibana.dashboards import NDJSON

ROOT = Path(__file__).resolve().parents[3]


class FakeKibana(BaseHTTPRequestHandler):
    """Status turns available after two polls; imports are recorded and answered like Kibana 9."""

    status_polls: ClassVar[int] = 0
    imports: ClassVar[list[dict[str, Any]]] = []
    authorizations: ClassVar[list[str | None]] = []

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def _reply(self, code: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        """``/api/status``: 503 while "starting", then available."""
        type(self).authorizations.append(self.headers.get("Authorization"))
        type(self).status_polls += 1
        if type(self).status_polls < 3:
            self._reply(503, {"status": {"overall": {"level": "unavailable"}}})
        else:
            self._reply(200, {"status": {"overall": {"level": "available"}}})

    def do_POST(self) -> None:
        """``/api/saved_objects/_import``: count the NDJSON lines of the multipart ``file`` field."""
        body = self.rfile.read(int(self.headers["Content-Length"]))
        found = re.search(rb'name="file"; filename="([^"]+)"\r\n.*?\r\n\r\n(.*?)\r\n--', body, re.DOTALL)
        assert found is not None
        lines = found.group(2).decode("utf-8").splitlines()
        type(self).imports.append(
            {
                "path": self.path,
                "xsrf": self.headers.get("kbn-xsrf"),
                "authorization": self.headers.get("Authorization"),
                "filename": found.group(1).decode(),
                "lines": lines,
            }
        )
        self._reply(200, {"success": True, "successCount": len(lines), "successResults": []})


@pytest.fixture
def kibana_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Base URL of a fresh FakeKibana; status polling is made fast."""
    FakeKibana.status_polls = 0
    FakeKibana.imports = []
    FakeKibana.authorizations = []
    monkeypatch.setattr("newswire_cli.kibana.time.sleep", lambda _: None)
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeKibana)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_default_objects_file_is_the_generated_ndjson() -> None:
    assert kibana.OBJECTS.resolve() == NDJSON


def test_setup_image_points_the_importer_at_the_copied_file() -> None:
    dockerfile = (ROOT / "deploy" / "setup" / "Dockerfile").read_text(encoding="utf-8")
    copied = re.search(r"^COPY deploy/kibana (\S+)$", dockerfile, re.MULTILINE)
    env = re.search(r"NEWSWIRE_KIBANA_OBJECTS=(\S+)", dockerfile)
    assert copied is not None
    assert env is not None
    assert env.group(1) == f"{copied.group(1)}/{NDJSON.name}"


def test_import_waits_for_kibana_then_posts_every_object_with_overwrite(kibana_url: str) -> None:
    result = kibana.import_objects(kibana_url, NDJSON, timeout_s=30)
    (posted,) = FakeKibana.imports
    assert posted["path"] == "/api/saved_objects/_import?overwrite=true"
    assert posted["xsrf"] == "true"
    assert posted["filename"] == "newswire.ndjson"
    assert posted["lines"] == NDJSON.read_text(encoding="utf-8").splitlines()
    assert result["successCount"] == len(posted["lines"])
    assert FakeKibana.status_polls >= 3


def test_cli_import_command(kibana_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert kibana.main(["import", "--url", kibana_url, "--timeout", "30"]) == 0
    assert f"into {kibana_url}" in capsys.readouterr().out
    assert len(FakeKibana.imports) == 1


def test_import_sends_the_configured_credentials(kibana_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIBANA_USERNAME", "elastic")
    monkeypatch.setenv("KIBANA_PASSWORD", "pa55word")
    assert kibana.main(["import", "--url", kibana_url, "--timeout", "30"]) == 0
    expected = "Basic " + base64.b64encode(b"elastic:pa55word").decode()
    assert FakeKibana.imports[0]["authorization"] == expected
    assert set(FakeKibana.authorizations) == {expected}


def test_no_credentials_by_default(kibana_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KIBANA_USERNAME", "KIBANA_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    kibana.import_objects(kibana_url, NDJSON, timeout_s=30)
    assert FakeKibana.imports[0]["authorization"] is None
