"""Create the pipeline's Kafka topics from their specs and keep their settings at the specs' values (idempotent).

Used by `newswire setup`, `newswire up`, the demo and test fixtures. Topics that already exist get their
``retention.ms`` and ``max.message.bytes`` brought to the specs' values; other settings an administrator gave a
topic are kept (Kafka's AlterConfigs replaces a topic's whole set of overrides, so they are sent back with ours).
"""

from __future__ import annotations

import logging
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError
from newswire_runtime import KafkaSettings, new_admin
from newswire_schemas import TOPIC_SPECS, TopicSpec

logger = logging.getLogger(__name__)

DYNAMIC_TOPIC_CONFIG = 1
"""DescribeConfigs' ``config_source`` of a value set on the topic itself (not a broker default)."""


def topic_configs(spec: TopicSpec) -> dict[str, str]:
    """The topic-level settings a spec fixes."""
    return {"max.message.bytes": str(spec.max_message_bytes), "retention.ms": str(spec.retention_ms)}


def new_topics(kafka: KafkaSettings, *, partitions: int | None = None, replication: int = 1) -> list[NewTopic]:
    """The four topics under the settings' prefix, sized from ``TOPIC_SPECS`` (``partitions`` overrides theirs)."""
    return [
        NewTopic(
            kafka.topic(spec.name),
            num_partitions=partitions or spec.partitions,
            replication_factor=replication,
            topic_configs=topic_configs(spec),
        )
        for spec in TOPIC_SPECS.values()
    ]


async def ensure_topics(kafka: KafkaSettings, *, partitions: int | None = None, replication: int = 1) -> list[str]:
    """Create the topics that are missing and align the settings of the others; returns the names created now."""
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
        specs = {kafka.topic(spec.name): spec for spec in TOPIC_SPECS.values()}
        await align_configs(admin, {name: specs[name] for name in existing & set(specs)})
        return [t.name for t in missing]
    finally:
        await admin.close()


async def align_configs(admin: AIOKafkaAdminClient, specs: dict[str, TopicSpec]) -> list[str]:
    """Bring existing topics' settings to their specs, keeping their other overrides; returns the topics changed."""
    if not specs:
        return []
    resources = [ConfigResource(ConfigResourceType.TOPIC, name) for name in sorted(specs)]
    current = _dynamic_configs(await admin.describe_configs(resources))
    changes = []
    for name, spec in sorted(specs.items()):
        ours, theirs = topic_configs(spec), current.get(name, {})
        if any(theirs.get(key) != value for key, value in ours.items()):
            changes.append(ConfigResource(ConfigResourceType.TOPIC, name, configs={**theirs, **ours}))
            logger.info("topic %s: setting %s", name, ", ".join(f"{k}={v}" for k, v in ours.items()))
    if changes:
        for response in await admin.alter_configs(changes):
            for error_code, message, _type, name in response.resources:
                if error_code:
                    raise RuntimeError(f"Kafka refused the settings of topic {name}: {message} (error {error_code})")
    return [resource.name for resource in changes]


def _dynamic_configs(responses: list[Any]) -> dict[str, dict[str, str]]:
    """Per topic, the settings set on the topic itself, from DescribeConfigs responses (v1 and later)."""
    found: dict[str, dict[str, str]] = {}
    for response in responses:
        for _error, _message, _type, name, entries in response.resources:
            found[name] = {entry[0]: entry[1] for entry in entries if entry[3] == DYNAMIC_TOPIC_CONFIG}
    return found
