"""The overrides file as the worker sees it: read at start, read again when it changes, never half-applied.

A file that fails to parse at start stops the tagger (a typo must not run unnoticed); one that fails later is
logged and the rules already in use stay. A file deleted while running means no overrides.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newswire_tagger.overrides.spec import Overrides, OverridesError, digest, parse_overrides

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedOverrides:
    """Rules in use and the hash of the bytes they came from."""

    rules: Overrides
    digest: str = ""

    @property
    def version_suffix(self) -> str:
        """``overrides.<hash>`` for ``tagger_version`` while rules are in effect, else empty."""
        return "" if self.rules.empty else f"overrides.{self.digest}"


NONE = LoadedOverrides(Overrides())
"""No overrides."""

Listener = Callable[[str, LoadedOverrides], None]
"""Told each reload: its outcome (``loaded``, ``removed`` or ``invalid``) and the rules in use afterwards."""


@dataclass
class OverridesFile:
    """Watches one overrides file; :meth:`current` gives the rules, reloading them when the file changed."""

    path: Path
    check_interval: float = 2.0
    listener: Listener | None = None
    clock: Callable[[], float] = time.monotonic
    loaded: LoadedOverrides = field(default=NONE, init=False)
    _stamp: tuple[int, int] | None = field(default=None, init=False)
    _checked: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        """Read the file now: missing or invalid at start is an error."""
        stamp = self._stat()
        if stamp is None:
            raise OverridesError(f"{self.path}: no such file (TAGGER_OVERRIDES_FILE)")
        self._load(stamp)
        self._checked = self.clock()

    def current(self) -> LoadedOverrides:
        """The rules in use, after reading the file again if it changed (checked at most every check_interval)."""
        now = self.clock()
        if now - self._checked >= self.check_interval:
            self._checked = now
            stamp = self._stat()
            if stamp != self._stamp:
                self._reload(stamp)
        return self.loaded

    def _stat(self) -> tuple[int, int] | None:
        """Modification time and size: what tells a rewritten file from the one loaded."""
        try:
            status = self.path.stat()
        except FileNotFoundError:
            return None
        return status.st_mtime_ns, status.st_size

    def _load(self, stamp: tuple[int, int]) -> None:
        data = self.path.read_bytes()
        self.loaded = LoadedOverrides(parse_overrides(data, str(self.path)), digest(data))
        self._stamp = stamp
        logger.info(
            "overrides %s loaded: %s", self.path, self.loaded.rules.counts(), extra={"overrides": self.loaded.digest}
        )

    def _reload(self, stamp: tuple[int, int] | None) -> None:
        """Swap in the file's new rules; keep the old ones when the new file is broken."""
        self._stamp = stamp
        if stamp is None:
            self.loaded = NONE
            logger.warning("overrides %s removed: no overrides in effect", self.path)
            self._tell("removed")
            return
        try:
            self._load(stamp)
        except (OverridesError, OSError) as exc:
            logger.error("overrides not reloaded, the previous rules stay: %s", exc)  # noqa: TRY400 - no traceback
            self._tell("invalid")
            return
        self._tell("loaded")

    def _tell(self, outcome: str) -> None:
        if self.listener is not None:
            self.listener(outcome, self.loaded)
