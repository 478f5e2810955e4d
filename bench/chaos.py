"""Chaos under load: every component SIGKILLed mid-stream (and more), on a Kafka and Elasticsearch of its own.

The scenarios and the harness are the test suite's (``tests/chaos``); this runs the full set with bigger loads,
prints the table and writes every figure to ``bench/chaos.json``. ``python -m bench chaos``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from tests.chaos.outcome import Outcome, table
from tests.chaos.runner import ChaosRun
from tests.chaos.scenarios import Scenario, full

OUT = Path(__file__).resolve().parent / "chaos.json"
_QUIET = ("aiokafka", "elastic_transport", "httpx")
"""The harness's own clients: their connection errors while a JVM is down are the fault, not news."""


async def _run(scenarios: list[Scenario]) -> tuple[dict[str, float], list[Outcome]]:
    outcomes = []
    async with ChaosRun() as run:
        for scenario in scenarios:
            outcome = await run.run(scenario)
            outcomes.append(outcome)
            sys.stdout.write(f"{scenario.name}: {'ok' if not outcome.problems else outcome.problems}\n")
            sys.stdout.flush()
        return run.startup_s, outcomes


def main() -> dict[str, Any]:
    """Run every scenario of :func:`full` (``CHAOS_SCENARIOS``: a comma-separated subset by name)."""
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    scenarios = full()
    if chosen := os.environ.get("CHAOS_SCENARIOS"):
        names = {part.strip() for part in chosen.split(",")}
        scenarios = [scenario for scenario in scenarios if scenario.name in names]
    started = time.perf_counter()
    startup, outcomes = asyncio.run(_run(scenarios))
    result = {
        "wall_s": round(time.perf_counter() - started, 1),
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "startup_s": {name: round(seconds, 1) for name, seconds in startup.items()},
        "scenarios": [outcome.as_dict() for outcome in outcomes],
        "passed": all(not outcome.problems for outcome in outcomes),
    }
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(table(outcomes) + "\n")
    return {"passed": result["passed"], "wall_s": result["wall_s"], "written": str(OUT.name)}
