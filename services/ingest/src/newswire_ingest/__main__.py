"""``python -m newswire_ingest serve`` runs the service; ``python -m newswire_ingest ingest PATH...`` the CLI."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from newswire_runtime import configure_logging
from pydantic import ValidationError

from newswire_ingest import cli
from newswire_ingest.errors import ExposedEndpointError
from newswire_ingest.service import serve
from newswire_ingest.settings import IngestSettings


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to ``serve`` or ``ingest``; logging is configured here, once per process."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m newswire_ingest", description=__doc__)
    parser.add_argument("command", choices=["serve", "ingest"], help="serve: run the service; ingest: publish files")
    if args[:1] in (["-h"], ["--help"]):
        parser.print_help()
        return 0
    if not args or args[0] not in ("serve", "ingest"):
        parser.print_usage(sys.stderr)
        return cli.EXIT_USAGE
    try:
        settings = IngestSettings()
    except ValidationError as exc:
        sys.stderr.write(f"invalid INGEST_/KAFKA_ settings:\n{exc}\n")
        return cli.EXIT_USAGE
    configure_logging("ingest", json_lines=settings.log_json, level=settings.log_level)
    if args[0] == "ingest":
        return cli.main(args[1:])
    try:
        return asyncio.run(serve(settings))
    except ExposedEndpointError as exc:
        sys.stderr.write(f"newswire_ingest: refusing to start: {exc.reason}\n")
        return cli.EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
