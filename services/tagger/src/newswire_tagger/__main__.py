"""``python -m newswire_tagger``: run the tagger worker.

It consumes the articles topic, tags each article (language, entities, IPTC topics) and produces the enriched
topic, until SIGTERM or SIGINT. Every setting comes from the environment (TAGGER_*, KAFKA_*): see the README's
settings table. Arguments are parsed first: ``--help`` and ``--version`` load no model and connect to nothing.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata

EXIT_USAGE = 2
"""Exit code of a bad setting (as ``newswire`` uses it)."""


def build_parser() -> argparse.ArgumentParser:
    """The worker takes no arguments: settings come from the environment."""
    parser = argparse.ArgumentParser(prog="python -m newswire_tagger", description=__doc__)
    version = f"%(prog)s {metadata.version('newswire-tagger')}"
    parser.add_argument("--version", action="version", version=version, help="print the version and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Load the models, then run the faust worker until SIGTERM/SIGINT (graceful, bounded by the shutdown timeout)."""
    build_parser().parse_args(argv)
    # Imported only after parsing: faust and the models are what --help must not pay for (or start).
    from newswire_runtime import ShutdownDeadline  # noqa: PLC0415
    from pydantic import ValidationError  # noqa: PLC0415

    from newswire_tagger.app import create_app  # noqa: PLC0415
    from newswire_tagger.metrics import TaggerMetrics  # noqa: PLC0415
    from newswire_tagger.overrides import OverridesError  # noqa: PLC0415
    from newswire_tagger.pipeline import Tagger  # noqa: PLC0415
    from newswire_tagger.settings import TaggerSettings  # noqa: PLC0415
    from newswire_tagger.stopping import BoundedWorker  # noqa: PLC0415

    try:
        settings = TaggerSettings()
    except ValidationError as exc:
        sys.stderr.write(f"python -m newswire_tagger: invalid TAGGER_/KAFKA_ settings:\n{exc}\n")
        return EXIT_USAGE
    settings.configure_logging("tagger")  # now, so that loading the models logs in the chosen format too
    metrics = TaggerMetrics()
    try:
        tagger = Tagger.load(
            settings.overrides_file,
            check_interval=settings.overrides_check_interval,
            listener=metrics.overrides_reloaded,
        )
    except OverridesError as exc:
        sys.stderr.write(f"python -m newswire_tagger: {exc}\n")
        return EXIT_USAGE
    app = create_app(settings, tagger, metrics=metrics)
    # faust's worker (re)configures logging when it starts: it is given our configuration, not its coloured
    # stdout handler, so TAGGER_LOG_FORMAT=json gives JSON lines from faust and aiokafka too. quiet and no
    # spinner: nothing but log records, all on stderr.
    worker = BoundedWorker(
        app,
        loglevel=settings.log_level,
        logging_config=settings.logging_config("tagger"),
        quiet=True,
        redirect_stdouts=False,
        deadline=ShutdownDeadline("tagger", settings.shutdown_timeout_s),
    )
    worker.spinner = None
    return worker.run()


if __name__ == "__main__":
    sys.exit(main())
