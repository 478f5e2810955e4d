"""``newswire logs [-f] [-n N] [COMPONENT...]``: the components' log files under var/, like ``compose logs``.

Each line is prefixed with its component when more than one is shown. ``-f`` keeps printing what is appended,
following a file that rolls over (Kafka's and Elasticsearch's logs do) or appears later, until Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newswire_cli.errors import ExitCode
from newswire_cli.pipeline.component import PipelineComponent
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.services import SERVICES
from newswire_cli.settings import StackSettings

COMPONENTS = ("kafka", "elasticsearch", "supervisor", *(service.name for service in SERVICES))
POLL_SECONDS = 0.25
_BLOCK = 64 * 1024


def log_files(part: PipelineComponent) -> dict[str, Path]:
    """The main log file of every component."""
    var_dir = part.stack_settings.var_dir
    files = {
        "kafka": var_dir / "kafka" / "logs" / "server.log",
        "elasticsearch": var_dir / "elasticsearch" / "logs" / "newswire-local.log",
        "supervisor": part.stdout_log,
    }
    return files | {service.name: part.service_log(service.name) for service in SERVICES}


def last_lines(path: Path, count: int, end: int | None = None) -> list[str]:
    """The last ``count`` lines of ``path`` before byte ``end`` (default: its end), read backwards."""
    if count <= 0 or not path.is_file():
        return []
    with path.open("rb") as handle:
        end = handle.seek(0, os.SEEK_END) if end is None else end
        data, start = b"", end
        while start > 0 and data.count(b"\n") <= count:
            start = max(0, start - _BLOCK)
            handle.seek(start)
            data = handle.read(end - start)
    return [line.decode("utf-8", errors="replace") for line in data.splitlines()[-count:]]


class FollowedFile:
    """Reads what is appended to one file, starting over when it is replaced or truncated."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.position = 0
        self.inode: int | None = None
        self.partial = b""

    def skip_to_end(self) -> None:
        """Start following from the current end (what was there has been printed already)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return
        self.inode, self.position = stat.st_ino, stat.st_size

    def read_new(self) -> list[str]:
        """Complete lines appended since the last call."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return []
        if stat.st_ino != self.inode or stat.st_size < self.position:
            self.inode, self.position, self.partial = stat.st_ino, 0, b""  # rolled over or truncated
        if stat.st_size == self.position:
            return []
        with self.path.open("rb") as handle:
            handle.seek(self.position)
            data = self.partial + handle.read()
            self.position = handle.tell()
        *lines, self.partial = data.split(b"\n")
        return [line.decode("utf-8", errors="replace") for line in lines]


def _write(prefix: str, lines: list[str]) -> None:
    for line in lines:
        sys.stdout.write(f"{prefix}{line}\n")
    sys.stdout.flush()


def follow(followed: dict[str, FollowedFile], prefixes: dict[str, str], stop: Callable[[], bool]) -> None:
    """Print new lines of every file until ``stop()`` says so."""
    while not stop():
        for name, entry in followed.items():
            _write(prefixes[name], entry.read_new())
        time.sleep(POLL_SECONDS)


def build_parser() -> argparse.ArgumentParser:
    """Options of ``newswire logs``."""
    parser = argparse.ArgumentParser(
        prog="newswire logs",
        description="Print the last lines of the components' logs (files under var/), and with -f follow them.",
    )
    parser.add_argument(
        "components", nargs="*", metavar="COMPONENT", help=f"any of {', '.join(COMPONENTS)} (default: all)"
    )
    parser.add_argument("-f", "--follow", action="store_true", help="keep printing new lines until Ctrl-C")
    parser.add_argument("-n", "--lines", type=int, default=50, help="lines to print from the end of each (default 50)")
    return parser


def main(argv: list[str], stop: Callable[[], bool] = lambda: False) -> int:
    """Entry point of ``newswire logs``; ``stop`` ends ``--follow`` (tests), as Ctrl-C does."""
    parser = build_parser()
    args = parser.parse_args(argv)
    unknown = sorted(set(args.components) - set(COMPONENTS))
    if unknown:
        parser.error(f"unknown component(s) {', '.join(unknown)}; choose from {', '.join(COMPONENTS)}")
    every = log_files(PipelineComponent(StackSettings(), PipelineSettings()))
    files = {name: every[name] for name in (args.components or COMPONENTS)}
    width = max(len(name) for name in files)
    prefixes = {name: f"{name:<{width}} | " if len(files) > 1 else "" for name in files}
    followed = {name: FollowedFile(path) for name, path in files.items()}
    for name, entry in followed.items():
        if not entry.path.is_file():
            sys.stderr.write(f"{name}: no log yet ({entry.path})\n")
        entry.skip_to_end()  # the tail is printed up to here, and following starts here: no line lost or repeated
        _write(prefixes[name], last_lines(entry.path, args.lines, end=entry.position))
    if args.follow:
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how following ends
            follow(followed, prefixes, stop)
    return ExitCode.OK
