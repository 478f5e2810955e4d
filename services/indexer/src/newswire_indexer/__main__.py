"""``python -m newswire_indexer [run|setup]``: the indexer worker, or the one-shot layout setup."""

from __future__ import annotations

import argparse
import asyncio
import signal
from importlib import metadata

from newswire_runtime import ShutdownDeadline, run_until_stopped

from newswire_indexer.service import run_service, run_setup
from newswire_indexer.settings import IndexerSettings


async def _serve(settings: IndexerSettings) -> None:
    """Run the worker until SIGTERM or SIGINT, then exit within INDEXER_SHUTDOWN_TIMEOUT_S whatever is down."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    deadline = ShutdownDeadline("indexer", settings.shutdown_timeout_s)
    await run_until_stopped(run_service(settings, stop), stop, deadline)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m newswire_indexer`` and the ``newswire-indexer`` script."""
    parser = argparse.ArgumentParser(
        prog="newswire-indexer",
        description=__doc__,
        epilog="Every setting comes from the environment (INDEXER_*, KAFKA_*, ELASTICSEARCH_*): see the README.",
    )
    version = f"%(prog)s {metadata.version('newswire-indexer')}"
    parser.add_argument("--version", action="version", version=version, help="print the version and exit")
    parser.add_argument(
        "command",
        nargs="?",
        choices=["run", "setup"],
        default="run",
        help="run: index the enriched and dead-letter topics until SIGTERM (default); "
        "setup: create the Elasticsearch layout once and exit",
    )
    args = parser.parse_args(argv)
    settings = IndexerSettings()
    settings.configure_logging("indexer")
    if args.command == "setup":
        asyncio.run(run_setup(settings))
    else:
        asyncio.run(_serve(settings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
