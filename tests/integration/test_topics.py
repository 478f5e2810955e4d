"""`ensure_topics` against a real broker: created with the specs' retention, existing ones brought in line."""

from __future__ import annotations

import uuid

import pytest
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from newswire_cli.topics import ensure_topics
from newswire_runtime import KafkaSettings, new_admin
from newswire_schemas import ARTICLES, DEADLETTER, TOPIC_SPECS

from tests.conftest import _delete_topics

pytestmark = pytest.mark.integration


async def _configs(kafka: KafkaSettings, name: str) -> dict[str, str]:
    admin = new_admin(kafka)
    await admin.start()
    try:
        (response,) = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)])
        return {entry[0]: entry[1] for entry in response.resources[0][4]}
    finally:
        await admin.close()


async def test_topics_get_their_retention_and_keep_other_overrides(kafka_bootstrap_servers: str) -> None:
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap_servers, topic_prefix=f"test-{uuid.uuid4().hex[:10]}.")
    try:
        created = await ensure_topics(kafka, partitions=1)
        assert sorted(created) == sorted(kafka.topic(name) for name in TOPIC_SPECS)
        deadletters = await _configs(kafka, kafka.deadletter_topic)
        assert deadletters["retention.ms"] == str(TOPIC_SPECS[DEADLETTER].retention_ms) == str(30 * 86_400_000)

        # an older setup left the broker default; an administrator tuned segments: retention is fixed, segments kept
        admin = new_admin(kafka)
        await admin.start()
        try:
            configs = {"retention.ms": "3600000", "segment.ms": "7200000", "max.message.bytes": "2097152"}
            await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, kafka.articles_topic, configs=configs)])
        finally:
            await admin.close()
        assert await ensure_topics(kafka, partitions=1) == []
        articles = await _configs(kafka, kafka.articles_topic)
        assert articles["retention.ms"] == str(TOPIC_SPECS[ARTICLES].retention_ms)
        assert articles["max.message.bytes"] == str(TOPIC_SPECS[ARTICLES].max_message_bytes)
        assert articles["segment.ms"] == "7200000"
    finally:
        await _delete_topics(kafka)
