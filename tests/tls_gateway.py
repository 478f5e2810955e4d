"""An HTTPS front for Elasticsearch on loopback that demands credentials and records what every client sent.

The local node has no x-pack security, so this stands where a secured cluster's HTTP layer would: TLS with a
certificate of the project's own CA, and 401 for any request without the expected ``Authorization`` header.
With a ``target`` it forwards what it accepts to a real node; without one it answers ``GET /`` like Elasticsearch.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

_PRODUCT = {"X-Elastic-Product": "Elasticsearch"}
_INFO = {
    "name": "tls-gateway",
    "cluster_name": "newswire-test",
    "version": {"number": "9.5.3", "build_flavor": "default"},
    "tagline": "You Know, for Search",
}
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"}


@dataclass(frozen=True)
class Seen:
    """One request the gateway received."""

    method: str
    path: str
    authorization: str | None
    accepted: bool


@dataclass
class TlsGateway:
    """Serve HTTPS on 127.0.0.1 with ``cert``/``key``; accept only ``authorization``; forward to ``target``."""

    cert: Path
    key: Path
    authorization: str
    target: str | None = None
    seen: list[Seen] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _session: aiohttp.ClientSession | None = None
    _port: int = 0

    @property
    def url(self) -> str:
        """Base URL of the gateway."""
        return f"https://127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Listen on a free loopback port."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._session = aiohttp.ClientSession()
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=context)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Close the listener and the upstream session."""
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """401 without the right credentials; else the upstream's answer (or the info document)."""
        given = request.headers.get("Authorization")
        accepted = given == self.authorization
        self.seen.append(Seen(request.method, request.path_qs, given, accepted))
        if not accepted:
            error = {"error": {"type": "security_exception", "reason": "missing or wrong credentials"}, "status": 401}
            return web.json_response(error, status=401, headers={**_PRODUCT, "WWW-Authenticate": "Basic"})
        if self.target is None:
            return web.json_response(_INFO, headers=_PRODUCT)
        return await self._forward(request)

    async def _forward(self, request: web.Request) -> web.Response:
        """Send the request on to the target, without its credentials (the local node has no security)."""
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP | {"authorization"}}
        async with self._session.request(
            request.method, f"{self.target}{request.path_qs}", headers=headers, data=await request.read()
        ) as upstream:
            body = await upstream.read()
            kept = {k: v for k, v in upstream.headers.items() if k.lower() not in _HOP_BY_HOP}
            return web.Response(status=upstream.status, body=body, headers=kept)
