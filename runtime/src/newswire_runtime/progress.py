"""A progress line for commands people watch: one updating line on a terminal, a line every few seconds otherwise.

``newswire demo`` and ``newswire ingest`` say how far they are (files sent, indexed, rejected) with it, instead
of leaving the screen to client request logs. On a terminal the line is rewritten in place (at most ten times a
second); into a file or a pipe, a full line is written at most every ``every`` seconds, so a CI log gets a
readable trace rather than carriage returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

_TTY_REFRESH_SECONDS = 0.1


class ProgressLine:
    """Shows the latest state of a long command on ``stream`` (stderr by default)."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        every: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.tty = self._stream.isatty() if tty is None else tty
        self.every = every
        self._clock = clock
        self._shown_at: float | None = None
        self._latest = ""
        self._shown = ""
        self._width = 0

    def update(self, text: str) -> None:
        """The new state; shown now on a terminal (throttled), or when ``every`` seconds passed since the last."""
        self._latest = text
        now = self._clock()
        wait = _TTY_REFRESH_SECONDS if self.tty else self.every
        if self._shown_at is not None and now - self._shown_at < wait:
            return
        self._shown_at = now
        self._show(text)

    def finish(self, text: str | None = None) -> None:
        """Show the final state (``text``, else the latest) and end the line."""
        final = self._latest if text is None else text
        if final and (self.tty or final != self._shown):
            self._show(final)
        if self.tty and self._width:
            self._stream.write("\n")
            self._width = 0
        self._stream.flush()

    def _show(self, text: str) -> None:
        """Write ``text``: in place on a terminal, as a line of its own elsewhere."""
        self._shown = text
        if self.tty:
            padding = " " * max(0, self._width - len(text))
            self._stream.write(f"\r{text}{padding}")
            self._width = len(text)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
