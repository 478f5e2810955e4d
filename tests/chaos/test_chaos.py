"""Faults under a steady load: every article indexed exactly once, no dead letter, recovery measured.

One scenario per component (tagger, indexer, ingest by folder and by inbox, Kafka, Elasticsearch), one service
left dead while the rest run, and a rolling restart of two tagger workers; the table is printed at the end of the
session. `python -m bench chaos` runs the full set with bigger loads.
"""

from __future__ import annotations

import pytest

from tests.chaos.conftest import ChaosSession
from tests.chaos.scenarios import Scenario, quick

pytestmark = [pytest.mark.chaos, pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(360)]


@pytest.mark.parametrize("scenario", quick(), ids=lambda scenario: scenario.name.replace(" ", "-"))
def test_fault_loses_nothing(chaos: ChaosSession, scenario: Scenario) -> None:
    outcome = chaos.scenario(scenario)
    figures = (
        f"recovery {outcome.recovery_s} s (target {outcome.recovery_target_s}), longest gap {outcome.longest_gap_s} s,"
        f" indexed {outcome.indexed}/{outcome.articles}, rewritten {outcome.rewritten}"
    )
    assert not outcome.problems, f"{scenario.name}: {'; '.join(outcome.problems)} ({figures})"
