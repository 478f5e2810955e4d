"""Run chaos scenarios on a stack and pipeline of their own: ``async with ChaosRun() as run: await run.run(s)``.

One ``ChaosRun`` starts Kafka, Elasticsearch (:mod:`tests.chaos.stack`) and the three services
(:mod:`tests.chaos.services`) once, on topics and indices of its own, and runs scenarios one after the other: each
offers its own stories (:mod:`tests.chaos.load`), applies its fault, and reads what became of them
(:mod:`tests.chaos.observe`). Leaving the block stops every process it started, whatever happened.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
import uuid
from dataclasses import dataclass
from types import TracebackType

from newswire_cli.connect import elasticsearch
from newswire_cli.topics import ensure_topics
from newswire_indexer.layout import ensure_layout
from newswire_indexer.settings import IndexerSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client

from tests.chaos import faults
from tests.chaos.load import Feeder, make_stories
from tests.chaos.observe import IndexWatch, topic_end
from tests.chaos.outcome import Outcome, Timeline, longest_gap, recovery
from tests.chaos.scenarios import Scenario
from tests.chaos.services import ChaosServices
from tests.chaos.stack import CHAOS_VAR, ChaosStack

logger = logging.getLogger(__name__)

LAST_LOGS = CHAOS_VAR / "last-logs"
"""The services' logs of the latest run are copied here when it ends (the run's own folder is deleted)."""


class ChaosRun:
    """A stack and a pipeline for a series of scenarios."""

    def __init__(self) -> None:
        self.stack = ChaosStack()
        run_id = uuid.uuid4().hex[:8]
        self.kafka = KafkaSettings(bootstrap_servers=self.stack.kafka_bootstrap, topic_prefix=f"chaos-{run_id}.")
        self.es_settings = ElasticsearchSettings(url=self.stack.elasticsearch_url, index_prefix=f"chaos-{run_id}")
        self.services = ChaosServices(self.kafka, self.es_settings, self.stack.var_dir / "pipeline", run_id)
        self.es = elasticsearch_client(self.es_settings)
        self.startup_s: dict[str, float] = {}

    async def __aenter__(self) -> ChaosRun:
        try:
            began = time.monotonic()
            self.startup_s = await asyncio.to_thread(self.stack.start)
            await ensure_topics(self.kafka)
            async with elasticsearch(self.es_settings) as es:
                await ensure_layout(es, IndexerSettings(kafka=self.kafka, elasticsearch=self.es_settings))
            self.services.start_all()
            self.startup_s["services"] = await asyncio.to_thread(self.services.wait_ready)
            self.startup_s["warm_up"] = await self._warm_up()
            self.startup_s["total"] = round(time.monotonic() - began, 1)
        except BaseException:
            await self.close()
            raise
        logger.info("chaos: stack and pipeline ready: %s", self.startup_s)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def abandon(self) -> None:
        """Stop every process of the run without an event loop (a finaliser's last resort); idempotent."""
        try:
            self.services.stop_all()
        finally:
            self.stack.stop()

    async def close(self) -> None:
        """Stop the services, then the JVMs; keep the services' logs in ``var/chaos/last-logs``."""
        try:
            await self.es.close()
        finally:
            try:
                self.services.stop_all()
                shutil.rmtree(LAST_LOGS, ignore_errors=True)
                shutil.copytree(self.services.logs, LAST_LOGS, dirs_exist_ok=True)
            finally:
                self.stack.stop()

    async def run(self, scenario: Scenario) -> Outcome:
        """Offer the scenario's load, apply its fault, wait for the pipeline to settle, and judge."""
        await self._heal()
        token = uuid.uuid4().hex[:8]
        stories = make_stories(token, scenario.articles, scenario.channels)
        expected = {story.article_id for story in stories}
        feeder = Feeder(self.kafka, self.services.watch_dir, scenario.rate)
        watch = IndexWatch(self.es, self.es_settings, f"chaos-{token}-")
        dead_before = await topic_end(self.kafka, self.kafka.deadletter_topic)
        fault = faults.Fault(self.stack, self.services, self.kafka, scenario)
        try:
            await fault.prepare()
        except BaseException:
            await fault.retire_second_tagger()
            raise
        stop_watch = asyncio.Event()
        watching = asyncio.create_task(watch.run(stop_watch))
        feeding = asyncio.create_task(feeder.run(stories))
        try:
            # Mid-stream: once that share of the load is offered and something is indexed (a write before the fault).
            while not feeding.done() and (  # noqa: ASYNC110 - polls the state of two other tasks
                len(feeder.offered) < scenario.kill_after * scenario.articles or not watch.first
            ):
                await asyncio.sleep(0.05)
            line = await fault.apply(feeding, lambda: len(expected - watch.first.keys()))
            await feeding
            deadline = time.monotonic() + scenario.settle_s
            while expected - watch.first.keys() and time.monotonic() < deadline:
                if watching.done():
                    watching.result()  # the watch failed: raise its error rather than wait out the deadline
                await asyncio.sleep(0.5)
                fault.heal_exits()
        finally:
            stop_watch.set()
            await watching
            feeding.cancel()
            await fault.retire_second_tagger()
        await watch.poll()
        ids = {story.name: story.article_id for story in stories}
        return await self._judge(scenario, Observed(expected, ids, feeder.offered, watch, line), fault, dead_before)

    async def _warm_up(self, count: int = 20, limit_s: float = 120.0) -> float:
        """A few stories through the whole pipeline before any fault: models loaded, indices created, groups joined."""
        began = time.monotonic()
        stories = make_stories(f"warm{uuid.uuid4().hex[:6]}", count, ("folder", "inbox"))
        watch = IndexWatch(self.es, self.es_settings, stories[0].name.rsplit("-", 1)[0] + "-")
        await Feeder(self.kafka, self.services.watch_dir, rate=50.0).run(stories)
        while len(watch.first) < count:
            if time.monotonic() - began > limit_s:
                raise TimeoutError(f"warm-up: {len(watch.first)} of {count} stories indexed after {limit_s:.0f} s")
            await asyncio.sleep(0.5)
            await watch.poll()
        return round(time.monotonic() - began, 1)

    async def _heal(self) -> None:
        """Before a scenario: every JVM and service runs (a failed earlier scenario may have left one dead)."""
        for name, part in self.stack.parts.items():
            if part.running_pid() is None:
                await asyncio.to_thread(self.stack.restart, name)
        self.services.start_all()
        await asyncio.to_thread(self.services.wait_ready)

    async def _judge(self, scenario: Scenario, seen: Observed, fault: faults.Fault, dead_before: int) -> Outcome:
        """Count and time what became of the scenario's articles."""
        first = {i: seen.watch.first[i] for i in seen.expected if i in seen.watch.first}
        line = seen.line
        after_fault = {seen.ids[name] for name, at in seen.offered.items() if at > line.down_at}
        recovery_s, after_ready = recovery(first, after_fault, line)
        last = max(first.values(), default=None)
        folder_refused = len(list((self.services.watch_dir / "failed").glob("*.txt")))
        dead = await topic_end(self.kafka, self.kafka.deadletter_topic) - dead_before
        outcome = Outcome(
            scenario=scenario.name,
            target=scenario.target,
            mode=scenario.mode,
            articles=len(seen.expected),
            offered_rate_per_s=scenario.rate,
            indexed=len(first),
            missing=len(seen.expected) - len(first),
            duplicated=len(await seen.watch.duplicates()),
            rewritten=len(seen.watch.rewritten),
            dead_letters=max(dead, await seen.watch.dead_letters(), folder_refused),
            down_s=round(line.restart_at - line.fault_at, 2),
            restart_to_ready_s=round(line.ready_at - line.restart_at, 2),
            offered_after_fault=len(after_fault),
            recovery_s=recovery_s,
            ready_to_first_write_s=after_ready,
            longest_gap_s=longest_gap(first.values()),
            catch_up_s=round(last - line.restart_at, 2) if last is not None and scenario.mode != "rolling" else None,
            backlog_at_restart=fault.backlog,
            service_exits=fault.exits,
            group_members=fault.members,
            recovery_target_s=scenario.recovery_target_s,
        )
        outcome.judge()
        logger.info("chaos: %s: %s", scenario.name, outcome.as_dict())
        return outcome


@dataclass(frozen=True)
class Observed:
    """What a scenario offered and saw: expected ids, name to id, offer times, the watch, the fault's timeline."""

    expected: set[str]
    ids: dict[str, str]
    offered: dict[str, float]
    watch: IndexWatch
    line: Timeline
