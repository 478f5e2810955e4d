"""`newswire setup`: topics, Elasticsearch layout and (optionally) Kibana objects; compose's setup service runs it.

Every client it builds takes its connection and credentials from the shared settings (``KAFKA_*``,
``ELASTICSEARCH_*``), so it prepares a secured cluster as well as the local one.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from aiokafka.errors import KafkaError
from elastic_transport import TransportError
from elasticsearch import ApiError
from newswire_indexer.layout import ensure_layout
from newswire_indexer.settings import IndexerSettings
from newswire_runtime.elasticsearch import elasticsearch_client
from pydantic import ValidationError

from newswire_cli.kibana import import_objects
from newswire_cli.topics import ensure_topics

logger = logging.getLogger(__name__)

EXIT_USAGE, EXIT_UNAVAILABLE = 2, 3


async def run_setup(settings: IndexerSettings, partitions: int | None = None) -> None:
    """Create the topics and the Elasticsearch layout."""
    created = await ensure_topics(settings.kafka, partitions=partitions)
    logger.info("topics created: %s", ", ".join(created) or "none (all existed)")
    es = elasticsearch_client(settings.elasticsearch)
    try:
        await ensure_layout(es, settings)
    finally:
        await es.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire setup`` (idempotent: safe to run on every start)."""
    parser = argparse.ArgumentParser(prog="newswire setup", description=__doc__)
    parser.add_argument("--partitions", type=int, default=None, help="partitions of topics created now (default: spec)")
    parser.add_argument("--kibana-url", default=None, help="also import the dashboards into this Kibana")
    args = parser.parse_args(argv)
    try:
        settings = IndexerSettings()
    except ValidationError as exc:
        sys.stderr.write(f"newswire setup: invalid settings:\n{exc}\n")
        return EXIT_USAGE
    try:
        asyncio.run(run_setup(settings, args.partitions))
    except (KafkaError, ApiError, TransportError) as exc:
        # The cause (refused password, unknown CA, ...) was logged by the client just before.
        sys.stderr.write(f"newswire setup: {type(exc).__name__}: {exc}\n")
        return EXIT_UNAVAILABLE
    if args.kibana_url:
        import_objects(args.kibana_url)
    sys.stdout.write("setup complete\n")
    return 0
