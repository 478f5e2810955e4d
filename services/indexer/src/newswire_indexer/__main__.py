"""``python -m newswire_indexer [run|setup]``: the indexer worker, or the one-shot layout setup."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from datetime import UTC, datetime

from newswire_indexer.service import run_service, run_setup
from newswire_indexer.settings import IndexerSettings


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for container log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        """Serialise the record with its time, level, logger and message."""
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: IndexerSettings) -> None:
    """Configure the root logger once, for the whole process."""
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler], force=True)


async def _serve(settings: IndexerSettings) -> None:
    """Run the worker until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await run_service(settings, stop)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m newswire_indexer`` and the ``newswire-indexer`` script."""
    parser = argparse.ArgumentParser(prog="newswire-indexer", description=__doc__)
    parser.add_argument("command", nargs="?", choices=["run", "setup"], default="run")
    args = parser.parse_args(argv)
    settings = IndexerSettings()
    configure_logging(settings)
    if args.command == "setup":
        asyncio.run(run_setup(settings))
    else:
        asyncio.run(_serve(settings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
