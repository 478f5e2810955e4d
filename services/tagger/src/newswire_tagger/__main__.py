"""``python -m newswire_tagger``: run the tagger worker.

It consumes the articles topic, tags each article (language, entities, IPTC topics) and produces the enriched
topic, until SIGTERM or SIGINT. Every setting comes from the environment (TAGGER_*, KAFKA_*): see the README's
settings table. Arguments are parsed first: ``--help`` and ``--version`` load no model and connect to nothing.
"""

from __future__ import annotations

import argparse
from importlib import metadata


def build_parser() -> argparse.ArgumentParser:
    """The worker takes no arguments: settings come from the environment."""
    parser = argparse.ArgumentParser(prog="python -m newswire_tagger", description=__doc__)
    version = f"%(prog)s {metadata.version('newswire-tagger')}"
    parser.add_argument("--version", action="version", version=version, help="print the version and exit")
    return parser


def main(argv: list[str] | None = None) -> None:
    """Load the models, then run the faust worker until SIGTERM/SIGINT (graceful: in-flight events finish)."""
    build_parser().parse_args(argv)
    # Imported only after parsing: faust and the models are what --help must not pay for (or start).
    from faust.worker import Worker  # noqa: PLC0415
    from newswire_runtime import configure_logging  # noqa: PLC0415

    from newswire_tagger.app import create_app  # noqa: PLC0415
    from newswire_tagger.pipeline import Tagger  # noqa: PLC0415
    from newswire_tagger.settings import TaggerSettings  # noqa: PLC0415

    settings = TaggerSettings()
    configure_logging("tagger", json_lines=settings.log_json, level=settings.log_level)
    tagger = Tagger.load()
    app = create_app(settings, tagger)
    # override_logging=False: mode's worker would replace our handlers with its own coloured stdout ones.
    worker = Worker(app, loglevel=settings.log_level, override_logging=False, redirect_stdouts=False)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
