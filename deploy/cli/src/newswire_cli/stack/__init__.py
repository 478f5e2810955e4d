"""The local real stack: Kafka and Elasticsearch as JVM processes managed from ``var/`` (no Docker)."""

from __future__ import annotations

from newswire_cli.stack.base import Component, ComponentStatus, State
from newswire_cli.stack.errors import ArtifactError, ComponentFailedError, PortInUseError, StackError

__all__ = [
    "ArtifactError",
    "Component",
    "ComponentFailedError",
    "ComponentStatus",
    "PortInUseError",
    "StackError",
    "State",
]
