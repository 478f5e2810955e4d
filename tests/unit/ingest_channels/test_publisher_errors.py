"""Publisher failures that need no broker: nothing listening, or not started."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from newswire_ingest.errors import PublishError
from newswire_ingest.publisher import Publisher
from newswire_ingest.settings import IngestSettings
from newswire_runtime import KafkaSettings
from newswire_schemas import DeadLetter


async def test_start_without_broker_is_retriable_publish_error() -> None:
    publisher = Publisher(IngestSettings(kafka=KafkaSettings(bootstrap_servers="127.0.0.1:1")))
    with pytest.raises(PublishError, match="cannot connect") as caught:
        await publisher.start()
    assert caught.value.retriable
    assert not publisher.connected


async def test_publish_before_start_fails() -> None:
    letter = DeadLetter(
        id="x", stage="ingest", error_class="E", reason="r", payload=b"", payload_size=0, failed_at=datetime.now(UTC)
    )
    with pytest.raises(PublishError, match="not started"):
        await Publisher(IngestSettings()).publish_dead_letter(letter)
