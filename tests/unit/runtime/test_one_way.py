"""Every Kafka and Elasticsearch client of the services and the CLI is built by newswire_runtime.

A client constructed anywhere else would take its options from somewhere else, which is how a security setting
ends up honoured by one client and ignored by another (issue 12): this test finds such constructions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [ROOT / "services", ROOT / "deploy" / "cli" / "src", ROOT / "bench"]
CONSTRUCTORS = re.compile(
    r"\b(AIOKafkaProducer|AIOKafkaConsumer|AIOKafkaAdminClient|AsyncElasticsearch|Elasticsearch)\("
    r"|\bfaust\.(SASLCredentials|SSLCredentials)\(|broker_credentials="
)
# The stack's own health check builds its admin client through the runtime too; nothing is exempt.
EXEMPT: frozenset[Path] = frozenset()


def _python_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py") if p not in EXEMPT and ".venv" not in p.parts)


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_client_is_built_outside_the_runtime(path: Path) -> None:
    found = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CONSTRUCTORS.search(line) and not line.lstrip().startswith("#")
    ]
    assert not found, f"build clients with newswire_runtime (new_producer, elasticsearch_client, ...): {found}"
