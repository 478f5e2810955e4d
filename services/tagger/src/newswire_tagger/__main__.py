"""``python -m newswire_tagger``: run the tagger worker."""

from __future__ import annotations

import json
import logging
import sys

from faust.worker import Worker

from newswire_tagger.app import create_app
from newswire_tagger.pipeline import Tagger
from newswire_tagger.settings import TaggerSettings


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {"level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


def main() -> None:
    """Load the models, then run the faust worker until SIGTERM/SIGINT (graceful: in-flight events finish)."""
    settings = TaggerSettings()
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_json:
        handler.setFormatter(_JsonFormatter())
    logging.basicConfig(level=settings.log_level, handlers=[handler])
    tagger = Tagger.load()
    app = create_app(settings, tagger)
    worker = Worker(app, loglevel=settings.log_level, logging_config=None, redirect_stdouts=False)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
