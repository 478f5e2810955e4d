"""Consumer-group timing is set once (KAFKA_*) and reaches every consumer: aiokafka's and faust's."""

from __future__ import annotations

from pathlib import Path

import faust
import pytest
from newswire_runtime import KafkaSettings, new_consumer
from newswire_runtime.faust_options import faust_options
from pydantic import ValidationError


def test_defaults_notice_a_dead_member_within_ten_seconds() -> None:
    settings = KafkaSettings()
    assert settings.group_options() == {
        "session_timeout_ms": 10_000,
        "heartbeat_interval_ms": 3000,
        "rebalance_timeout_ms": 30_000,
    }


def test_environment_sets_timing_and_static_membership(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SESSION_TIMEOUT_MS", "6000")
    monkeypatch.setenv("KAFKA_HEARTBEAT_INTERVAL_MS", "2000")
    monkeypatch.setenv("KAFKA_GROUP_INSTANCE_ID", "tagger-0")
    options = KafkaSettings().group_options()
    assert options["session_timeout_ms"] == 6000
    assert options["heartbeat_interval_ms"] == 2000
    assert options["group_instance_id"] == "tagger-0"


def test_heartbeat_must_be_below_the_session_timeout() -> None:
    with pytest.raises(ValidationError, match="KAFKA_HEARTBEAT_INTERVAL_MS=10000 must be below"):
        KafkaSettings(session_timeout_ms=10_000, heartbeat_interval_ms=10_000)


async def test_group_consumers_get_the_timing_and_others_do_not() -> None:
    settings = KafkaSettings(session_timeout_ms=7000, heartbeat_interval_ms=2000, group_instance_id="ix-1")
    grouped = new_consumer(settings, "t", group_id="g")
    assert grouped._coordinator is None  # not started: the options are on the client
    assert grouped._session_timeout_ms == 7000
    assert grouped._heartbeat_interval_ms == 2000
    assert grouped._group_instance_id == "ix-1"
    overridden = new_consumer(settings, "t", group_id="g", session_timeout_ms=20_000)
    assert overridden._session_timeout_ms == 20_000
    loose = new_consumer(settings, "t", group_id=None)
    assert loose._group_instance_id is None
    for consumer in (grouped, overridden, loose):
        await consumer.stop()


def test_faust_app_gets_the_timing_instead_of_its_60s_default(tmp_path: Path) -> None:
    settings = KafkaSettings(group_instance_id="tagger-1")
    app = faust.App("t", datadir=str(tmp_path), **faust_options(settings))
    assert app.conf.broker_session_timeout == 10.0
    assert app.conf.broker_heartbeat_interval == 3.0
    assert app.conf.broker_rebalance_timeout == 30.0
    assert app.conf.consumer_group_instance_id == "tagger-1"
