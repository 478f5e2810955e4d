"""``python -m newswire_ingest serve`` runs the service; ``python -m newswire_ingest ingest PATH...`` the CLI.

Arguments are parsed before anything else happens: ``--help`` and ``--version`` read no settings, open no
socket and touch no file.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import TYPE_CHECKING

from pydantic import ValidationError

from newswire_ingest import cli

if TYPE_CHECKING:
    from newswire_ingest.settings import IngestSettings

EXIT_STOPPED = 0
"""Exit code of a stop on request, also when the shutdown deadline cut it short."""

SERVE_DESCRIPTION = (
    "Run the channels named in INGEST_CHANNELS (inbox topic, watched folder INGEST_WATCH_DIR, HTTP on "
    "INGEST_HTTP_HOST:INGEST_HTTP_PORT) until SIGTERM or SIGINT. Every setting comes from the environment "
    "(INGEST_*, KAFKA_*): see the README's settings table."
)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m newswire_ingest``; ``ingest`` takes the rest of the line to its own parser."""
    parser = argparse.ArgumentParser(prog="python -m newswire_ingest", description=__doc__.splitlines()[0])
    version = f"%(prog)s {metadata.version('newswire-ingest')}"
    parser.add_argument("--version", action="version", version=version, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("serve", help="run the service until signalled", description=SERVE_DESCRIPTION)
    commands.add_parser("ingest", help="publish files once (`ingest --help` for its options)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, then dispatch to ``serve`` or ``ingest``; logging is configured here, once per process."""
    args, rest = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "ingest":
        return cli.main(rest)  # parses its own arguments first, then reads the settings and configures logging
    if rest:
        sys.stderr.write(f"python -m newswire_ingest serve: unexpected arguments {' '.join(rest)}\n")
        return cli.EXIT_USAGE
    # Imported only now: the service pulls in aiohttp, aiokafka and the parsers, none of which --help needs.
    from newswire_runtime import fix_malloc_thresholds  # noqa: PLC0415

    from newswire_ingest.errors import ExposedEndpointError  # noqa: PLC0415
    from newswire_ingest.settings import IngestSettings  # noqa: PLC0415

    try:
        settings = IngestSettings()
    except ValidationError as exc:
        sys.stderr.write(f"invalid INGEST_/KAFKA_ settings:\n{exc}\n")
        return cli.EXIT_USAGE
    settings.configure_logging("ingest")
    # Large buffers (whole files, refused hostile ones) are mmapped and given back on free, not kept in the heaps.
    fix_malloc_thresholds()
    try:
        return asyncio.run(_serve_bounded(settings))
    except ExposedEndpointError as exc:
        sys.stderr.write(f"newswire_ingest: refusing to start: {exc.reason}\n")
        return cli.EXIT_USAGE


async def _serve_bounded(settings: IngestSettings) -> int:
    """``serve`` until SIGTERM/SIGINT, then exit within INGEST_SHUTDOWN_TIMEOUT_S even if Kafka is unreachable."""
    from newswire_runtime import ShutdownDeadline, run_until_stopped  # noqa: PLC0415

    from newswire_ingest.service import serve  # noqa: PLC0415

    stop = asyncio.Event()
    deadline = ShutdownDeadline("ingest", settings.shutdown_timeout_s)
    code = await run_until_stopped(serve(settings, stop), stop, deadline)
    return EXIT_STOPPED if code is None else code  # None: cut short by the deadline (logged)


if __name__ == "__main__":
    sys.exit(main())
