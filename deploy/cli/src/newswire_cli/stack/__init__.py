"""The local real stack: Kafka and Elasticsearch as JVM processes managed from ``var/`` (no Docker)."""

from __future__ import annotations

from newswire_cli.stack.base import Component, ComponentStatus, State
from newswire_cli.stack.errors import ArtifactError, ComponentFailedError, PortInUseError, StackError
from newswire_cli.stack.lifecycle import StackEndpoints, down, status, up
from newswire_cli.stack.sharing import shared_stack

__all__ = [
    "ArtifactError",
    "Component",
    "ComponentFailedError",
    "ComponentStatus",
    "PortInUseError",
    "StackEndpoints",
    "StackError",
    "State",
    "down",
    "shared_stack",
    "status",
    "up",
]
