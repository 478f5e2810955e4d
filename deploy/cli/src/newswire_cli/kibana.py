"""`newswire kibana import --url URL`: import the shipped dashboards into a Kibana, idempotently (overwrite)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

import httpx

from newswire_cli.settings import KibanaSettings

logger = logging.getLogger(__name__)

OBJECTS = Path(
    os.environ.get(
        "NEWSWIRE_KIBANA_OBJECTS", Path(__file__).resolve().parents[4] / "deploy" / "kibana" / "newswire.ndjson"
    )
)


def kibana_client(settings: KibanaSettings, url: str | None = None) -> httpx.Client:
    """An HTTP client for Kibana's API: base URL, the XSRF header, basic auth and TLS from ``settings``."""
    base_url = url or settings.url
    auth = None
    if settings.username is not None and settings.password is not None:
        auth = httpx.BasicAuth(settings.username, settings.password.get_secret_value())
    verify = settings.ssl_context() if base_url.startswith("https://") else True
    return httpx.Client(base_url=base_url, timeout=60, headers={"kbn-xsrf": "true"}, auth=auth, verify=verify)


def wait_for_kibana(client: httpx.Client, timeout_s: float) -> None:
    """Wait until Kibana's status API reports it available."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            response = client.get("/api/status")
            if response.status_code == 200 and response.json()["status"]["overall"]["level"] == "available":
                return
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            logger.debug("Kibana not ready: %s", exc)
        if time.monotonic() > deadline:
            raise TimeoutError(f"Kibana at {client.base_url} not available after {timeout_s:.0f}s")
        time.sleep(2)


def import_objects(
    url: str | None = None,
    objects: Path = OBJECTS,
    *,
    timeout_s: float = 300.0,
    settings: KibanaSettings | None = None,
) -> dict[str, object]:
    """POST the NDJSON to the saved-objects import API with overwrite; raise if any object failed."""
    settings = settings or KibanaSettings()
    with kibana_client(settings, url) as client:
        wait_for_kibana(client, timeout_s)
        with objects.open("rb") as handle:
            response = client.post(
                "/api/saved_objects/_import",
                params={"overwrite": "true"},
                files={"file": (objects.name, handle, "application/ndjson")},
            )
        response.raise_for_status()
        result: dict[str, object] = response.json()
    if not result.get("success"):
        raise RuntimeError(f"Kibana import reported errors: {result.get('errors')}")
    logger.info("imported %s saved objects into %s", result.get("successCount"), client.base_url)
    return result


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire kibana``."""
    settings = KibanaSettings()
    parser = argparse.ArgumentParser(prog="newswire kibana", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="import deploy/kibana/newswire.ndjson (overwrite)")
    imp.add_argument("--url", default=settings.url, help="Kibana's base URL (default: KIBANA_URL)")
    imp.add_argument("--file", type=Path, default=OBJECTS, help="saved objects to import (NDJSON)")
    imp.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for Kibana to be available")
    args = parser.parse_args(argv)
    result = import_objects(args.url, args.file, timeout_s=args.timeout, settings=settings)
    sys.stdout.write(f"imported {result.get('successCount')} objects into {args.url}\n")
    return 0
