"""What a chaos scenario does, and the two sets of them: the quick one of the test suite and the bench's full one.

``kill``: SIGKILL the target mid-stream, leave it dead ``down_s`` seconds, start it again. ``left-dead``: the target
stays dead until ``down_s`` seconds after the whole load was offered, so a backlog builds up, then it is started
and the pipeline must catch up. ``rolling``: a second tagger worker joins the first one's group, then each worker
in turn is stopped (SIGTERM, as a deploy does) and started again, so partitions move twice each way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Mode = Literal["kill", "left-dead", "rolling"]
LoadChannel = Literal["folder", "inbox"]
STACK = ("kafka", "elasticsearch")
"""Targets that are JVMs of the run's stack rather than pipeline services."""
TAGGER_RECOVERY_TARGET_S = 15.0
"""Issue 13's target: a restarted tagger works again within 15 s of its last write before the crash."""


@dataclass(frozen=True)
class Scenario:
    """One fault under a steady load, and how it is judged."""

    name: str
    target: str
    """``ingest``, ``tagger``, ``indexer``, ``kafka`` or ``elasticsearch``."""
    mode: Mode = "kill"
    channels: tuple[LoadChannel, ...] = ("folder", "inbox")
    articles: int = 150
    rate: float = 20.0
    """Stories offered per second (split between the channels)."""
    kill_after: float = 0.3
    """Fraction of the load indexed before the fault."""
    down_s: float = 2.0
    settle_s: float = 90.0
    """How long after the last story was offered every article must be indexed."""
    recovery_target_s: float | None = None
    """Asserted by the test suite when set (printed always)."""


def quick() -> list[Scenario]:
    """The test suite's set: one scenario per component, short loads (wall time matters in `make test`)."""
    tagger = TAGGER_RECOVERY_TARGET_S
    return [
        Scenario("indexer killed", "indexer"),
        Scenario("tagger killed", "tagger", recovery_target_s=tagger),
        Scenario("ingest killed (folder)", "ingest", channels=("folder",)),
        Scenario("ingest killed (inbox)", "ingest", channels=("inbox",)),
        Scenario("kafka killed", "kafka"),
        Scenario("elasticsearch killed", "elasticsearch"),
        Scenario("indexer left dead", "indexer", mode="left-dead", down_s=3.0),
        Scenario("tagger rolling restart", "tagger", mode="rolling", articles=200),
    ]


def full() -> list[Scenario]:
    """`python -m bench chaos`: every component, bigger loads, short and long outages, backlogs of two stages."""
    big = Scenario("", "", articles=600, rate=25.0, settle_s=180.0)
    return [
        replace(big, name="ingest killed (folder)", target="ingest", channels=("folder",)),
        replace(big, name="ingest killed (inbox)", target="ingest", channels=("inbox",)),
        replace(big, name="tagger killed", target="tagger", recovery_target_s=TAGGER_RECOVERY_TARGET_S),
        replace(big, name="indexer killed", target="indexer"),
        replace(big, name="kafka killed, 5 s down", target="kafka", down_s=5.0),
        replace(big, name="kafka killed, 45 s down", target="kafka", down_s=45.0),
        replace(big, name="elasticsearch killed", target="elasticsearch", down_s=5.0),
        replace(big, name="tagger left dead", target="tagger", mode="left-dead", down_s=10.0),
        replace(big, name="indexer left dead", target="indexer", mode="left-dead", down_s=10.0),
        replace(big, name="tagger rolling restart", target="tagger", mode="rolling"),
    ]
