"""Shared inputs of the indexer unit tests: the contract's example messages and a settings object."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_schemas import DeadLetter, EnrichedArticle

EXAMPLES = Path(__file__).resolve().parents[3] / "schemas" / "examples"


@dataclass(frozen=True)
class Record:
    """A stand-in for aiokafka's ConsumerRecord with just the fields the indexer reads."""

    topic: str
    partition: int
    offset: int
    value: bytes | None
    headers: Sequence[tuple[str, bytes]] = field(default_factory=tuple)


@pytest.fixture
def enriched() -> EnrichedArticle:
    """The contract's example enriched article."""
    return EnrichedArticle.model_validate_json((EXAMPLES / "newswire.enriched.json").read_bytes())


@pytest.fixture
def letter() -> DeadLetter:
    """The contract's example dead letter."""
    return DeadLetter.model_validate_json((EXAMPLES / "newswire.deadletter.json").read_bytes())


@pytest.fixture
def settings() -> IndexerSettings:
    """Settings independent of the environment."""
    return IndexerSettings(
        kafka=KafkaSettings(topic_prefix="t."),
        elasticsearch=ElasticsearchSettings(index_prefix="unit"),
        http_port=0,
    )
