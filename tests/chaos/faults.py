"""The faults themselves: SIGKILL and restart, a component left dead under load, a rolling restart of taggers.

Blocking steps (a JVM restart, waiting for a service's health check) run in threads, so the load and the watch go
on while the fault is applied. A service that exits on its own meanwhile is noted and started again, as the
supervisor of ``newswire up`` would: the scenario still finishes, and the exit is reported as a problem.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import Callable

from newswire_runtime import KafkaSettings

from tests.chaos.observe import group_members
from tests.chaos.outcome import Timeline
from tests.chaos.scenarios import STACK, Scenario
from tests.chaos.services import ChaosServices
from tests.chaos.stack import ChaosStack

logger = logging.getLogger(__name__)

SECOND_TAGGER = "tagger-2"
GROUP_SETTLE_TIMEOUT = 90.0


class Fault:
    """Applies one scenario's fault; keeps what it saw (service exits, backlog, group sizes)."""

    def __init__(self, stack: ChaosStack, services: ChaosServices, kafka: KafkaSettings, scenario: Scenario) -> None:
        self.stack, self.services, self.kafka, self.scenario = stack, services, kafka, scenario
        self.exits: list[str] = []
        self.backlog: int | None = None
        self.members: list[int] = []
        self._killed: set[str] = set()

    def heal_exits(self) -> None:
        """Note and restart any service that exited although nobody killed it."""
        for name, worker in self.services.workers.items():
            if worker.process is not None and not worker.alive() and name not in self._killed:
                logger.warning("chaos: %s exited on its own (code %s): restarting", name, worker.process.returncode)
                self.exits.append(f"{name} (exit {worker.process.returncode})")
                self.services.start(name)

    async def apply(self, feeding: asyncio.Task[None], pending: Callable[[], int]) -> Timeline:
        """Apply the fault now; return its timeline once the target works again."""
        if self.scenario.mode == "rolling":
            return await self._rolling()
        target = self.scenario.target
        fault_at = time.time()
        await asyncio.to_thread(self._kill, target)
        down_at = time.time()
        if self.scenario.mode == "left-dead":
            await self._wait_alongside(feeding)
            await self._sleep(self.scenario.down_s)
            self.backlog = pending()
        else:
            await self._sleep(self.scenario.down_s)
        restart_at = time.time()
        await asyncio.to_thread(self._restart, target)
        return Timeline(fault_at=fault_at, down_at=down_at, restart_at=restart_at, ready_at=time.time())

    def _kill(self, target: str) -> None:
        self._killed.add(target)
        if target in STACK:
            self.stack.kill(target)
        else:
            self.services.kill(target)

    def _restart(self, target: str) -> None:
        if target in STACK:
            self.stack.restart(target)
        else:
            self.services.start(target)
            self.services.wait_ready([target])
        self._killed.discard(target)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, restarting services that die meanwhile."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            await asyncio.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
            self.heal_exits()

    async def _wait_alongside(self, feeding: asyncio.Task[None]) -> None:
        while not feeding.done():
            await self._sleep(0.5)

    async def _sample_group(self, size: int) -> None:
        """Wait until the tagger group has ``size`` members; the sizes seen on the way are recorded."""
        deadline = time.monotonic() + GROUP_SETTLE_TIMEOUT
        while time.monotonic() < deadline:
            members = len(await group_members(self.kafka, self.services.tagger_group))
            if not self.members or self.members[-1] != members:
                self.members.append(members)
            if members == size:
                return
            await asyncio.sleep(0.5)
        raise TimeoutError(f"the tagger group never had {size} members (seen: {self.members})")

    async def prepare(self) -> None:
        """Before the load: a rolling restart needs its second worker in the group."""
        if self.scenario.mode == "rolling":
            self.services.add_tagger(SECOND_TAGGER)
            self.services.start(SECOND_TAGGER)
            await asyncio.to_thread(self.services.wait_ready, [SECOND_TAGGER])
            await self._sample_group(2)

    async def _rolling(self) -> Timeline:
        """Each of the two workers in turn is stopped (SIGTERM) and started again; the group is sampled throughout."""
        fault_at = time.time()
        down_at = restart_at = ready_at = fault_at
        for name in ("tagger", SECOND_TAGGER):
            self._killed.add(name)
            await asyncio.to_thread(self.services.kill, name, signal.SIGTERM)
            await self._sample_group(1)
            if name == "tagger":
                down_at = restart_at = time.time()
            self.services.start(name)
            await asyncio.to_thread(self.services.wait_ready, [name])
            if name == "tagger":
                ready_at = time.time()
            self._killed.discard(name)
            await self._sample_group(2)
        return Timeline(fault_at=fault_at, down_at=down_at, restart_at=restart_at, ready_at=ready_at)

    async def retire_second_tagger(self) -> None:
        """After a rolling restart: the extra worker leaves, so later scenarios run with one tagger again."""
        if SECOND_TAGGER in self.services.workers:
            self._killed.add(SECOND_TAGGER)
            if self.services.workers[SECOND_TAGGER].alive():
                await asyncio.to_thread(self.services.kill, SECOND_TAGGER, signal.SIGTERM)
            del self.services.workers[SECOND_TAGGER]
