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
from importlib import metadata
from typing import NamedTuple

from newswire_runtime import configure_logging

from newswire_cli.errors import ExitCode, exit_code_for, one_line


class Subcommand(NamedTuple):
    """Where a subcommand lives and what it does."""

    target: str
    """``"package.module:function"``; the function takes the remaining arguments and returns an exit code."""
    help: str


SUBCOMMANDS: dict[str, Subcommand] = {
    "up": Subcommand("newswire_cli.pipeline.cli:up", "start the whole pipeline in the background, supervised"),
    "down": Subcommand("newswire_cli.pipeline.cli:down", "stop the pipeline, then Kafka and Elasticsearch"),
    "restart": Subcommand("newswire_cli.pipeline.cli:restart", "stop and start services of the running pipeline"),
    "ps": Subcommand("newswire_cli.pipeline.cli:ps", "show each component: state, pid, uptime, restarts, address"),
    "logs": Subcommand("newswire_cli.pipeline.logs:main", "print (or follow) the components' log files"),
    "search": Subcommand("newswire_cli.search.cli:search", "full-text search of the indexed articles"),
    "show": Subcommand("newswire_cli.search.cli:show", "print one article with its entities and topics"),
    "retag": Subcommand("newswire_cli.replay.retag:retag", "send indexed articles back through the tagger"),
    "deadletters": Subcommand("newswire_cli.replay.deadletters:main", "list dead letters, or replay them after a fix"),
    "stack": Subcommand("newswire_cli.stack.cli:main", "start, stop or inspect the local Kafka and Elasticsearch"),
    "demo": Subcommand("newswire_cli.demo:main", "run the whole pipeline on a folder of wire files"),
    "ingest": Subcommand("newswire_ingest.cli:main", "feed wire files into the inbox topic"),
    "evaluate": Subcommand("newswire_cli.evaluate:main", "measure the tagger on labelled data"),
    "kibana": Subcommand("newswire_cli.kibana:main", "import the Kibana data views and dashboards"),
    "setup": Subcommand("newswire_cli.setup:main", "create the topics, the Elasticsearch layout and Kibana objects"),
}

EXIT_UNAVAILABLE = ExitCode.PREREQUISITE
"""Exit code when a subcommand's module cannot be imported."""
PACKAGES = ("newswire-cli", "newswire-schemas", "newswire-ingest", "newswire-tagger", "newswire-indexer")


def version_text() -> str:
    """``newswire <version>`` and the version of every installed package of the workspace."""
    found = []
    for package in PACKAGES:
        try:
            found.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            found.append(f"{package} not installed")
    return f"newswire {metadata.version('newswire-cli')} ({', '.join(found)})"


def load(target: str) -> Callable[[list[str]], int]:
    """Import ``module:function`` and return the function."""
    module_name, _, function_name = target.partition(":")
    entry: Callable[[list[str]], int] = getattr(importlib.import_module(module_name), function_name)
    return entry


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser: options, then a subcommand name; what follows the name is the subcommand's own."""
    parser = argparse.ArgumentParser(
        prog="newswire",
        description="Newswire operator command. `newswire COMMAND --help` explains each command.",
        epilog="exit codes: 0 ok, 1 negative answer, 2 usage, 3 missing prerequisite, 4 service unreachable, "
        "5 component failed, 130 interrupted",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    parser.add_argument("--version", action="version", version=version_text(), help="print the versions and exit")
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
        # its retry warnings come with a traceback each; the command reports the failure itself, in one line
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    subcommand = SUBCOMMANDS[args.command]
    try:
        entry = load(subcommand.target)
    except (ImportError, AttributeError) as error:
        sys.stderr.write(f"newswire {args.command}: not available ({subcommand.target}: {error})\n")
        return EXIT_UNAVAILABLE
    return run(args.command, entry, argv[name_at + 1 :])


def run(name: str, entry: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a subcommand; an expected error becomes one line on stderr and its exit code (see ``errors``)."""
    try:
        return entry(argv)
    except KeyboardInterrupt:
        sys.stderr.write(f"newswire {name}: interrupted\n")
        return ExitCode.INTERRUPTED
    except Exception as error:
        code = exit_code_for(error)
        if code is None:
            raise  # not an error we expect: a bug, whose traceback is the useful report
        sys.stderr.write(f"newswire {name}: {one_line(error)}\n")
        return code


if __name__ == "__main__":
    sys.exit(main())
