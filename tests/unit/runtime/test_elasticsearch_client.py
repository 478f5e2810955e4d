"""The Elasticsearch client sends the configured credentials and trusts only the configured CA or fingerprint.

The local node has no x-pack security, so a TLS gateway on loopback plays the secured cluster: it answers only
requests that carry the expected ``Authorization`` header, and records what each client sent.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from elastic_transport import ConnectionError, TlsError
from elasticsearch import AuthenticationException
from newswire_cli.stack import tls
from newswire_runtime import ElasticsearchSettings
from newswire_runtime.elasticsearch import elasticsearch_client
from pydantic import SecretStr

from tests.tls_gateway import TlsGateway

from .conftest import Pki

BASIC = "Basic " + base64.b64encode(b"elastic:pa55word").decode()


@pytest.fixture
async def gateway(pki: Pki) -> AsyncIterator[TlsGateway]:
    """A recording HTTPS server that accepts only ``elastic:pa55word``."""
    server = TlsGateway(pki.server.cert, pki.server.key, authorization=BASIC)
    await server.start()
    yield server
    await server.stop()


async def _info(settings: ElasticsearchSettings) -> str:
    es = elasticsearch_client(settings, max_retries=0)
    try:
        return str((await es.info())["tagline"])
    finally:
        await es.close()


async def test_basic_auth_and_ca_reach_the_server(gateway: TlsGateway, pki: Pki) -> None:
    settings = ElasticsearchSettings(
        url=gateway.url, username="elastic", password=SecretStr("pa55word"), ssl_ca_file=pki.ca
    )
    assert await _info(settings) == "You Know, for Search"
    assert [seen.authorization for seen in gateway.seen] == [BASIC]


async def test_api_key_is_sent_as_such(pki: Pki) -> None:
    server = TlsGateway(pki.server.cert, pki.server.key, authorization="ApiKey a2V5OnNlY3JldA==")
    await server.start()
    try:
        settings = ElasticsearchSettings(url=server.url, api_key=SecretStr("a2V5OnNlY3JldA=="), ssl_ca_file=pki.ca)
        assert await _info(settings) == "You Know, for Search"
    finally:
        await server.stop()


async def test_wrong_or_missing_credentials_are_refused(gateway: TlsGateway, pki: Pki) -> None:
    wrong = ElasticsearchSettings(url=gateway.url, username="elastic", password=SecretStr("guess"), ssl_ca_file=pki.ca)
    with pytest.raises(AuthenticationException):
        await _info(wrong)
    with pytest.raises(AuthenticationException):
        await _info(ElasticsearchSettings(url=gateway.url, ssl_ca_file=pki.ca))
    assert [seen.accepted for seen in gateway.seen] == [False, False]


async def test_a_server_the_ca_did_not_sign_is_refused(gateway: TlsGateway, other_ca: Path) -> None:
    settings = ElasticsearchSettings(
        url=gateway.url, username="elastic", password=SecretStr("pa55word"), ssl_ca_file=other_ca
    )
    with pytest.raises(TlsError):
        await _info(settings)
    assert gateway.seen == [], "no request (and no password) may leave before the server is verified"


async def test_fingerprint_pins_the_certificate(gateway: TlsGateway, pki: Pki) -> None:
    pinned = ElasticsearchSettings(
        url=gateway.url,
        username="elastic",
        password=SecretStr("pa55word"),
        ssl_fingerprint=tls.fingerprint(pki.server.cert),
    )
    assert await _info(pinned) == "You Know, for Search"
    wrong = pinned.model_copy(update={"ssl_fingerprint": "00" * 32})
    with pytest.raises(ConnectionError, match="Connection error"):
        await _info(wrong)
    assert len(gateway.seen) == 1, "the request with the wrong pin never reached the server"
