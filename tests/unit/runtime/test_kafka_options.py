"""Kafka connection options for aiokafka and faust come from one place and carry every security setting."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from newswire_runtime import KafkaSettings, client_context, kafka_options
from newswire_runtime.faust_options import broker_credentials, faust_options

from .conftest import Pki, sasl_ssl


def test_plaintext_options_carry_no_tls_and_no_credentials() -> None:
    options = kafka_options(KafkaSettings(bootstrap_servers="a:1,b:2"))
    assert options == {"bootstrap_servers": ["a:1", "b:2"], "security_protocol": "PLAINTEXT"}


def test_sasl_ssl_options(pki: Pki) -> None:
    options = kafka_options(sasl_ssl(pki.ca))
    assert options["security_protocol"] == "SASL_SSL"
    assert (options["sasl_mechanism"], options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "SCRAM-SHA-512",
        "newswire",
        "pw",
    )
    context: ssl.SSLContext = options["ssl_context"]
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_hostname_check_can_be_turned_off_but_not_the_chain(pki: Pki) -> None:
    context: ssl.SSLContext = kafka_options(sasl_ssl(pki.ca, ssl_check_hostname=False))["ssl_context"]
    assert not context.check_hostname
    assert context.verify_mode is ssl.CERT_REQUIRED


@pytest.mark.parametrize(
    ("protocol", "expected"),
    [("PLAINTEXT", "PLAINTEXT"), ("SSL", "SSL"), ("SASL_PLAINTEXT", "SASL_PLAINTEXT"), ("SASL_SSL", "SASL_SSL")],
)
def test_faust_speaks_the_configured_protocol(pki: Pki, protocol: str, expected: str) -> None:
    sasl = {"sasl_mechanism": "SCRAM-SHA-512", "sasl_username": "u", "sasl_password": "p"}
    tls = {"ssl_ca_file": pki.ca}
    given = {**(sasl if "SASL" in protocol else {}), **(tls if protocol.endswith("SSL") else {})}
    settings = KafkaSettings.model_validate({"bootstrap_servers": "b:9094", "security_protocol": protocol} | given)
    auth = credentials_to_aiokafka_auth(broker_credentials(settings))
    # faust's own translation: SASL without a context would be SASL over plaintext.
    assert auth["security_protocol"] == expected
    assert (auth.get("ssl_context") is not None) == protocol.endswith("SSL")
    assert faust_options(settings)["broker"] == ["kafka://b:9094"]


def test_faust_sasl_credentials_carry_the_mechanism(pki: Pki) -> None:
    credentials = broker_credentials(sasl_ssl(pki.ca))
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert (credentials.username, credentials.password) == ("newswire", "pw")


async def _server(pki: Pki, *, require_client_cert: bool) -> AsyncIterator[int]:
    """A TLS echo server on loopback with the test server certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki.ca))
    context.load_cert_chain(pki.server.cert, pki.server.key)
    context.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.read(5))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


@pytest.fixture
async def mtls_port(pki: Pki) -> AsyncIterator[int]:
    """Port of a server that demands a client certificate from the test CA."""
    async for port in _server(pki, require_client_cert=True):
        yield port


async def _handshake(port: int, context: ssl.SSLContext, host: str = "127.0.0.1") -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname=host)
    writer.write(b"hello")
    await writer.drain()
    data = await reader.read(5)
    writer.close()
    return data


async def test_client_certificate_and_ca_complete_a_mutual_tls_handshake(pki: Pki, mtls_port: int) -> None:
    settings = KafkaSettings(
        security_protocol="SSL", ssl_ca_file=pki.ca, ssl_cert_file=pki.client.cert, ssl_key_file=pki.client.key
    )
    assert await _handshake(mtls_port, settings.ssl_context()) == b"hello"


async def test_without_client_certificate_the_server_refuses(pki: Pki, mtls_port: int) -> None:
    try:
        echoed = await _handshake(mtls_port, client_context(ca_file=pki.ca))
    except (ssl.SSLError, ConnectionError):
        echoed = b""  # TLS 1.2 fails the handshake; TLS 1.3 lets it finish and the server then drops the line
    assert echoed == b""


async def test_a_server_from_another_ca_or_name_is_refused(pki: Pki, other_ca: Path, mtls_port: int) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        await _handshake(mtls_port, client_context(ca_file=other_ca))
    with pytest.raises(ssl.SSLCertVerificationError):
        await _handshake(mtls_port, client_context(ca_file=pki.ca), host="kafka.example")
