"""Create the pipeline's Kafka topics from their specs (idempotent): `newswire setup`, the demo and test fixtures."""

from __future__ import annotations

import logging

from aiokafka.admin import NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from newswire_runtime import KafkaSettings, new_admin
from newswire_schemas import TOPIC_SPECS

logger = logging.getLogger(__name__)


def new_topics(kafka: KafkaSettings, *, partitions: int | None = None, replication: int = 1) -> list[NewTopic]:
    """The four topics under the settings' prefix, sized from ``TOPIC_SPECS`` (``partitions`` overrides theirs)."""
    return [
        NewTopic(
            kafka.topic(spec.name),
            num_partitions=partitions or spec.partitions,
            replication_factor=replication,
            topic_configs={"max.message.bytes": str(spec.max_message_bytes)},
        )
        for spec in TOPIC_SPECS.values()
    ]


async def ensure_topics(kafka: KafkaSettings, *, partitions: int | None = None, replication: int = 1) -> list[str]:
    """Create the topics that are missing; returns the names created now."""
    wanted = new_topics(kafka, partitions=partitions, replication=replication)
    admin = new_admin(kafka)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in wanted if topic.name not in existing]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                logger.info("topics were created concurrently: %s", ", ".join(t.name for t in missing))
        return [t.name for t in missing]
    finally:
        await admin.close()
