"""`newswire setup`: topics, Elasticsearch layout and (optionally) Kibana objects; compose's setup service runs it."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from elasticsearch import AsyncElasticsearch
from newswire_indexer.layout import ensure_layout
from newswire_indexer.settings import IndexerSettings

from newswire_cli.kibana import import_objects
from newswire_cli.topics import ensure_topics

logger = logging.getLogger(__name__)


async def _setup(settings: IndexerSettings, partitions: int) -> None:
    created = await ensure_topics(settings.kafka, partitions=partitions)
    logger.info("topics created: %s", ", ".join(created) or "none (all existed)")
    es = AsyncElasticsearch(settings.elasticsearch.url, request_timeout=settings.elasticsearch.request_timeout)
    try:
        await ensure_layout(es, settings)
    finally:
        await es.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire setup`` (idempotent: safe to run on every start)."""
    parser = argparse.ArgumentParser(prog="newswire setup", description=__doc__)
    parser.add_argument("--partitions", type=int, default=4, help="partitions of topics created now")
    parser.add_argument("--kibana-url", default=None, help="also import the dashboards into this Kibana")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    asyncio.run(_setup(IndexerSettings(), args.partitions))
    if args.kibana_url:
        import_objects(args.kibana_url)
    sys.stdout.write("setup complete\n")
    return 0
