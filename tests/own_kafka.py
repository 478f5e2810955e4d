"""A plaintext Kafka of the test session's own, on free ports under the worktree's ``var/``, for outage tests.

Outage tests stop and restart their broker: they must never do that to the shared dev stack (or bind the default
ports), so they get this one. Its data survives a stop, so a restart brings the same topics back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings
from newswire_cli.stack.kafka import Kafka

from tests.secure_stack import START_TIMEOUT, reuse_classpath

ROOT = Path(__file__).resolve().parents[1]
logger = logging.getLogger(__name__)


def own_kafka_settings(folder: Path) -> StackSettings:
    """PLAINTEXT only, free ports, a small heap, state under ``folder``."""
    return StackSettings(
        var_dir=folder,
        kafka_port=free_port(),
        kafka_controller_port=free_port(),
        kafka_secure_port=free_port(),
        kafka_heap_min="256m",
        kafka_heap_max="512m",
    )


@contextlib.contextmanager
def own_kafka() -> Iterator[Kafka]:
    """Start a broker under ``var/outage-kafka-<id>``; stop it and remove its folder when the block ends."""
    folder = ROOT / "var" / f"outage-kafka-{uuid.uuid4().hex[:8]}"
    kafka = Kafka(own_kafka_settings(folder))
    reuse_classpath(kafka)
    try:
        kafka.start()
        kafka.wait_healthy(START_TIMEOUT)
        yield kafka
    finally:
        kafka.stop()
        shutil.rmtree(folder, ignore_errors=True)


def kill(kafka: Kafka) -> None:
    """SIGKILL the broker's process group: it vanishes mid-conversation, as in a crash (``stop`` cleans up after)."""
    pid = kafka.running_pid()
    if pid is not None:
        os.killpg(pid, signal.SIGKILL)
        logger.info("Kafka (pid %d) killed", pid)
