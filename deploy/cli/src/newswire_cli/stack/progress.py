"""Report Maven's downloads while they happen, so a first run is not minutes of silence.

Maven in batch mode prints one ``Downloaded from central: <url> (<size> at <speed>)`` line per file; this counts
them and logs a summary line at most every few seconds, and one at the end.
"""

from __future__ import annotations

import logging
import re
import time

logger = logging.getLogger(__name__)

_DOWNLOADED = re.compile(r"Downloaded from [^:]+: (\S+) \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)")
_UNITS = {"B": 1, "kB": 1_000, "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}
REPORT_EVERY_SECONDS = 3.0


def downloaded_bytes(line: str) -> tuple[str, int] | None:
    """The file name and size of a ``Downloaded from`` line; None for any other line."""
    found = _DOWNLOADED.search(line)
    if found is None:
        return None
    url, size, unit = found.groups()
    return url.rsplit("/", 1)[-1], int(float(size) * _UNITS[unit])


class DownloadProgress:
    """Counts Maven's downloads for one component and logs how far it got."""

    def __init__(self, component: str, every: float | None = None) -> None:
        self.component = component
        self.every = REPORT_EVERY_SECONDS if every is None else every
        self.files = 0
        self.bytes = 0
        self.latest = ""
        self._started = time.monotonic()
        self._reported = self._started

    def see(self, line: str) -> None:
        """Take one line of Maven's output into account."""
        download = downloaded_bytes(line)
        if download is None:
            return
        self.latest, size = download
        self.files += 1
        self.bytes += size
        now = time.monotonic()
        if now - self._reported >= self.every:
            self._reported = now
            logger.info(
                "%s: Maven downloaded %d files (%.1f MB) so far, latest %s",
                self.component,
                self.files,
                self.bytes / 1e6,
                self.latest,
            )

    def finish(self) -> None:
        """Log the total, when anything was downloaded at all."""
        if self.files:
            logger.info(
                "%s: Maven downloaded %d files (%.1f MB) in %.0f s",
                self.component,
                self.files,
                self.bytes / 1e6,
                time.monotonic() - self._started,
            )
