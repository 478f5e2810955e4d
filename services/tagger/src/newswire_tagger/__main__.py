"""``python -m newswire_tagger``: run the tagger worker."""

from __future__ import annotations

from faust.worker import Worker
from newswire_runtime import configure_logging

from newswire_tagger.app import create_app
from newswire_tagger.pipeline import Tagger
from newswire_tagger.settings import TaggerSettings


def main() -> None:
    """Load the models, then run the faust worker until SIGTERM/SIGINT (graceful: in-flight events finish)."""
    settings = TaggerSettings()
    configure_logging("tagger", json_lines=settings.log_json, level=settings.log_level)
    tagger = Tagger.load()
    app = create_app(settings, tagger)
    # override_logging=False: mode's worker would replace our handlers with its own coloured stdout ones.
    worker = Worker(app, loglevel=settings.log_level, override_logging=False, redirect_stdouts=False)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
