"""The secured local Kafka: the service user gets through SASL_SSL; a wrong password or a weaker client does not."""

from __future__ import annotations

import gc
import logging
import uuid
import warnings
from pathlib import Path

import pytest
from aiokafka.errors import KafkaError
from newswire_runtime import KafkaSettings, new_consumer, new_producer
from pydantic import SecretStr

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

# Fail fast: a refused client would otherwise retry its bootstrap for the default 40 s.
QUICK = {"request_timeout_ms": 5000, "metadata_max_age_ms": 5000}


async def _start_one_producer(settings: KafkaSettings) -> None:
    """Start a producer (bootstrap, authenticate, fetch metadata) and stop it whatever happened."""
    producer = new_producer(settings, **QUICK)
    try:
        await producer.start()
    finally:
        await producer.stop()


async def _refusal(settings: KafkaSettings, caplog: pytest.LogCaptureFixture) -> str:
    """Connect, which must fail; returns why, as aiokafka logged it."""
    with caplog.at_level(logging.ERROR, logger="aiokafka"), pytest.raises(KafkaError, match="Unable to bootstrap"):
        await _start_one_producer(settings)
    # aiokafka leaves the socket of a connection the broker closed mid-handshake unclosed: collect it here,
    # where its ResourceWarning is expected, rather than in whichever later test the garbage collector runs.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    return " ".join(record.getMessage() for record in caplog.records)


async def test_service_user_produces_and_consumes_over_sasl_ssl(secure_kafka_settings: KafkaSettings) -> None:
    settings = secure_kafka_settings
    assert (settings.security_protocol, settings.sasl_mechanism) == ("SASL_SSL", "SCRAM-SHA-512")
    producer = new_producer(settings, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(settings.inbox_topic, b"secret wire", key=b"k")
    finally:
        await producer.stop()
    consumer = new_consumer(
        settings, settings.inbox_topic, group_id=f"g-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        record = await consumer.getone()
    finally:
        await consumer.stop()
    assert record.value == b"secret wire"


async def test_wrong_password_is_refused(
    secure_kafka_settings: KafkaSettings, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = secure_kafka_settings.model_copy(update={"sasl_password": SecretStr("not-the-password")})
    assert "SaslAuthenticationFailed" in await _refusal(wrong, caplog)


async def test_unknown_user_is_refused(secure_kafka_settings: KafkaSettings, caplog: pytest.LogCaptureFixture) -> None:
    stranger = secure_kafka_settings.model_copy(update={"sasl_username": "mallory"})
    assert "SaslAuthenticationFailed" in await _refusal(stranger, caplog)


async def test_plaintext_client_is_refused(
    secure_kafka_settings: KafkaSettings, caplog: pytest.LogCaptureFixture
) -> None:
    plain = KafkaSettings(bootstrap_servers=secure_kafka_settings.bootstrap_servers)
    assert "closed" in await _refusal(plain, caplog)


async def test_sasl_without_tls_is_refused(
    secure_kafka_settings: KafkaSettings, caplog: pytest.LogCaptureFixture
) -> None:
    # Right user and password, but they would cross the network in clear: the listener only speaks TLS.
    clear = secure_kafka_settings.model_copy(update={"security_protocol": "SASL_PLAINTEXT", "ssl_ca_file": None})
    assert "closed" in await _refusal(clear, caplog)


async def test_a_broker_the_configured_ca_did_not_sign_is_refused(
    secure_kafka_settings: KafkaSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from newswire_cli.stack import tls  # noqa: PLC0415 - only this test needs a second CA

    other = secure_kafka_settings.model_copy(update={"ssl_ca_file": tls.ensure_ca(tmp_path, "not the stack's CA")})
    assert "CERTIFICATE_VERIFY_FAILED" in await _refusal(other, caplog)
