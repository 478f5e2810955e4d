"""Live readiness: cached probes of Kafka (and Elasticsearch) that every service's ``/readyz`` answers from.

A probe runs its check at most once per ``interval`` seconds, however often ``/readyz`` is polled, and gives up
after ``timeout`` seconds (a hung broker is as unreachable as a dead one). Concurrent polls share one check. A
change of state is logged once: ``kafka unreachable: ...`` then ``kafka reachable again after N s``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from aiokafka.client import AIOKafkaClient
from pydantic import Field
from pydantic_settings import BaseSettings

from newswire_runtime.deadletters import error_reason
from newswire_runtime.kafka import kafka_options
from newswire_runtime.settings import KafkaSettings

logger = logging.getLogger(__name__)

Check = Callable[[], Awaitable[object]]
"""Returns when the dependency answered; raises (anything) when it did not."""


class ReadinessSettings(BaseSettings):
    """How often and how patiently ``/readyz`` checks the dependencies (read under the service's prefix)."""

    readiness_interval: float = Field(
        default=2.0, gt=0, description="Seconds a readiness check of Kafka/Elasticsearch is reused by /readyz."
    )
    readiness_timeout: float = Field(
        default=2.0, gt=0, description="Seconds before a readiness check counts the dependency as unreachable."
    )


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """One check's answer: whether the dependency answered, why not, and when (monotonic seconds)."""

    name: str
    ok: bool
    reason: str
    checked_at: float

    def as_json(self) -> dict[str, object]:
        """The result as a ``/readyz`` body shows it."""
        return {"ok": self.ok, "reason": self.reason} if not self.ok else {"ok": True}


class CachedProbe:
    """A check of one dependency, run at most once per ``interval`` and bounded by ``timeout`` (module doc)."""

    def __init__(
        self,
        name: str,
        check: Check,
        *,
        interval: float = 2.0,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self._check = check
        self.interval = interval
        self.timeout = timeout
        self._clock = clock
        self._last: ProbeResult | None = None
        self._down_since: float | None = None
        self._lock = asyncio.Lock()

    @property
    def last(self) -> ProbeResult | None:
        """The latest result, however old (None before the first check)."""
        return self._last

    def known_down(self) -> bool:
        """True when the latest result, younger than ``interval``, says the dependency is unreachable."""
        last = self._last
        return last is not None and not last.ok and self._clock() - last.checked_at < self.interval

    async def result(self) -> ProbeResult:
        """The cached result when fresh, else a new check's."""
        if (fresh := self._fresh()) is not None:
            return fresh
        async with self._lock:
            if (fresh := self._fresh()) is not None:
                return fresh  # another poll checked while this one waited
            result = await self._run()
            self._record(result)
            return result

    def _fresh(self) -> ProbeResult | None:
        """The latest result if younger than ``interval``."""
        last = self._last
        return last if last is not None and self._clock() - last.checked_at < self.interval else None

    async def _run(self) -> ProbeResult:
        """Run the check once, within ``timeout``."""
        try:
            async with asyncio.timeout(self.timeout):
                await self._check()
        except TimeoutError:
            return ProbeResult(self.name, False, f"no answer within {self.timeout:g} s", self._clock())
        except Exception as exc:  # noqa: BLE001 - any failure of a check means "not reachable", with its reason
            return ProbeResult(self.name, False, _reason(exc), self._clock())
        return ProbeResult(self.name, True, "", self._clock())

    def _record(self, result: ProbeResult) -> None:
        """Keep the result; log a change of state once."""
        previous, self._last = self._last, result
        if not result.ok and (previous is None or previous.ok):
            self._down_since = result.checked_at
            logger.warning("%s unreachable: %s", self.name, result.reason, extra={"dependency": self.name})
        elif result.ok and previous is not None and not previous.ok:
            since = self._down_since if self._down_since is not None else previous.checked_at
            logger.info(
                "%s reachable again after %.0f s", self.name, result.checked_at - since, extra={"dependency": self.name}
            )
            self._down_since = None


def _reason(error: BaseException) -> str:
    """``Class: reason``, without repeating the class when the reason already starts with it (aiokafka's do)."""
    reason, name = error_reason(error), type(error).__name__
    return reason if reason.startswith(name) else f"{name}: {reason}"


async def readiness(probes: Iterable[CachedProbe]) -> tuple[bool, dict[str, object]]:
    """Check every probe (concurrently, each from its cache when fresh): all reachable, and each one's answer."""
    results = await asyncio.gather(*(probe.result() for probe in probes))
    return all(result.ok for result in results), {result.name: result.as_json() for result in results}


class KafkaCheck:
    """Asks the brokers for cluster metadata over a client of its own (connected on first use, then reused)."""

    def __init__(self, settings: KafkaSettings, **options: Any) -> None:
        self._settings = settings
        self._options = options
        self._client: AIOKafkaClient | None = None

    async def __call__(self) -> None:
        """Return once a broker answered a metadata request; raise when none did."""
        if self._client is None:
            client = AIOKafkaClient(**kafka_options(self._settings), client_id="newswire-readiness", **self._options)
            try:
                await client.bootstrap()
            except BaseException:
                await client.close()
                raise
            self._client = client
            return
        await self._client.fetch_all_metadata()

    async def close(self) -> None:
        """Close the client, if one was connected."""
        if self._client is not None:
            await self._client.close()
            self._client = None


def kafka_probe(settings: KafkaSettings, readiness_settings: ReadinessSettings) -> tuple[CachedProbe, KafkaCheck]:
    """A cached Kafka probe and its check (close the check on shutdown)."""
    check = KafkaCheck(settings, request_timeout_ms=int(readiness_settings.readiness_timeout * 1000))
    probe = CachedProbe(
        "kafka", check, interval=readiness_settings.readiness_interval, timeout=readiness_settings.readiness_timeout
    )
    return probe, check
