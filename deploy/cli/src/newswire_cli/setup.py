"""`newswire setup`: topics, Elasticsearch layout and (optionally) Kibana objects; compose's setup service runs it.

Every client it builds takes its connection and credentials from the shared settings (``KAFKA_*``,
``ELASTICSEARCH_*``, ``KIBANA_*``), so it prepares a secured cluster as well as the local one.
``--write-env FILE`` only writes the secrets compose needs (see :mod:`newswire_cli.envfile`) and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from aiokafka.errors import KafkaError
from elastic_transport import TransportError
from elasticsearch import ApiError
from newswire_indexer.layout import ensure_layout
from newswire_indexer.settings import IndexerSettings
from newswire_runtime.elasticsearch import elasticsearch_client
from pydantic import ValidationError

from newswire_cli.envfile import write_env_file
from newswire_cli.kibana import import_objects
from newswire_cli.settings import KibanaSettings
from newswire_cli.topics import ensure_topics

logger = logging.getLogger(__name__)

EXIT_USAGE, EXIT_UNAVAILABLE = 2, 3

KIBANA_SYSTEM_USER = "kibana_system"
"""Elasticsearch's built-in user that Kibana itself logs in as."""


async def run_setup(settings: IndexerSettings, kibana: KibanaSettings, partitions: int | None = None) -> None:
    """Create the topics and the Elasticsearch layout; give kibana_system its password when one is configured."""
    created = await ensure_topics(settings.kafka, partitions=partitions)
    logger.info("topics created: %s", ", ".join(created) or "none (all existed)")
    es = elasticsearch_client(settings.elasticsearch)
    try:
        if kibana.system_password is not None:
            # x-pack security API: only where security is on (compose), never on the local node.
            password = kibana.system_password.get_secret_value()
            await es.security.change_password(username=KIBANA_SYSTEM_USER, password=password)
            logger.info("password of %s set", KIBANA_SYSTEM_USER)
        await ensure_layout(es, settings)
    finally:
        await es.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire setup`` (idempotent: safe to run on every start)."""
    parser = argparse.ArgumentParser(prog="newswire setup", description=__doc__)
    parser.add_argument("--partitions", type=int, default=None, help="partitions of topics created now (default: spec)")
    parser.add_argument("--kibana-url", default=None, help="also import the dashboards into this Kibana")
    parser.add_argument("--write-env", type=Path, default=None, metavar="FILE", help="write compose's secrets, exit")
    args = parser.parse_args(argv)
    if args.write_env is not None:
        added = write_env_file(args.write_env)
        sys.stdout.write(f"{args.write_env}: {', '.join(added) or 'nothing'} added\n")
        return 0
    try:
        kibana, settings = KibanaSettings(), IndexerSettings()
    except ValidationError as exc:
        sys.stderr.write(f"newswire setup: invalid settings:\n{exc}\n")
        return EXIT_USAGE
    try:
        asyncio.run(run_setup(settings, kibana, args.partitions))
    except (KafkaError, ApiError, TransportError) as exc:
        # The cause (refused password, unknown CA, ...) was logged by the client just before.
        sys.stderr.write(f"newswire setup: {type(exc).__name__}: {exc}\n")
        return EXIT_UNAVAILABLE
    if args.kibana_url:
        import_objects(args.kibana_url, settings=kibana)
    sys.stdout.write("setup complete\n")
    return 0
