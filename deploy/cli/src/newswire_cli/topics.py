"""Create the pipeline's Kafka topics (idempotent): used by `newswire setup`, the demo and the test fixtures."""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from newswire_schemas import ALL_TOPICS, KafkaSettings

logger = logging.getLogger(__name__)


async def ensure_topics(kafka: KafkaSettings, *, partitions: int = 4, replication: int = 1) -> list[str]:
    """Create the four topics under the settings' prefix where missing; returns the names created now."""
    names = [kafka.topic(t) for t in ALL_TOPICS]
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(n, num_partitions=partitions, replication_factor=replication) for n in missing]
                )
            except TopicAlreadyExistsError:
                logger.info("topics were created concurrently: %s", ", ".join(missing))
        return missing
    finally:
        await admin.close()
