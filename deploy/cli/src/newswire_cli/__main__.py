"""``newswire``: the operator command. Each subcommand is a ``main(argv) -> int`` imported only when used.

Adding a subcommand is one line in ``SUBCOMMANDS``: its name, ``"module:function"`` and a help text. The
module is imported lazily, so a missing or broken module only breaks its own subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from typing import NamedTuple

from newswire_runtime import configure_logging


class Subcommand(NamedTuple):
    """Where a subcommand lives and what it does."""

    target: str
    """``"package.module:function"``; the function takes the remaining arguments and returns an exit code."""
    help: str


SUBCOMMANDS: dict[str, Subcommand] = {
    "stack": Subcommand("newswire_cli.stack.cli:main", "start, stop or inspect the local Kafka and Elasticsearch"),
    "demo": Subcommand("newswire_cli.demo:main", "run the whole pipeline on a folder of wire files"),
    "ingest": Subcommand("newswire_ingest.cli:main", "feed wire files into the inbox topic"),
    "evaluate": Subcommand("newswire_cli.evaluate:main", "measure the tagger on labelled data"),
    "kibana": Subcommand("newswire_cli.kibana:main", "import the Kibana data views and dashboards"),
    "setup": Subcommand("newswire_cli.setup:main", "create the topics, the Elasticsearch layout and Kibana objects"),
}

EXIT_UNAVAILABLE = 3
"""Exit code when a subcommand's module cannot be imported."""


def load(target: str) -> Callable[[list[str]], int]:
    """Import ``module:function`` and return the function."""
    module_name, _, function_name = target.partition(":")
    entry: Callable[[list[str]], int] = getattr(importlib.import_module(module_name), function_name)
    return entry


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser: options, then a subcommand name; what follows the name is the subcommand's own."""
    parser = argparse.ArgumentParser(prog="newswire", description="Newswire operator command.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, subcommand in SUBCOMMANDS.items():
        commands.add_parser(name, help=subcommand.help, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire``: configure logging once, then hand over to the subcommand."""
    argv = sys.argv[1:] if argv is None else argv
    # Split by hand at the subcommand name: argparse.REMAINDER would swallow nothing that starts with '-'.
    name_at = next((index for index, arg in enumerate(argv) if not arg.startswith("-")), len(argv))
    args = build_parser().parse_args(argv[: name_at + 1])
    configure_logging("cli", json_lines=False, level="DEBUG" if args.verbose else "INFO")
    if not args.verbose:
        logging.getLogger("httpx").setLevel(logging.WARNING)  # one INFO line per request drowns everything else
    subcommand = SUBCOMMANDS[args.command]
    try:
        entry = load(subcommand.target)
    except (ImportError, AttributeError) as error:
        sys.stderr.write(f"newswire {args.command}: not available ({subcommand.target}: {error})\n")
        return EXIT_UNAVAILABLE
    return entry(argv[name_at + 1 :])


if __name__ == "__main__":
    sys.exit(main())
