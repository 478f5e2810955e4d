"""What one chaos scenario came to: counts (lost, duplicated, dead-lettered), recovery and gaps; and the table."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Timeline:
    """Wall-clock moments (Unix seconds) of the fault."""

    fault_at: float
    """Just before the fault (writes up to here are "before" it)."""
    down_at: float
    """Once the target is down (articles offered after this had to wait for the restarted target)."""
    restart_at: float
    ready_at: float
    """When the restarted component answered its health check again."""


def recovery(seen: dict[str, float], after_fault: set[str], line: Timeline) -> tuple[float | None, float | None]:
    """Seconds from the last write before the fault to the first write after the restart, and from ready to it.

    The first write after the restart is that of the first article offered once the target was down
    (``after_fault``): only those had to pass the restarted component, whereas articles already downstream may still
    be written while it is down.
    """
    before = [t for t in seen.values() if t <= line.fault_at]
    after = [t for article_id, t in seen.items() if article_id in after_fault]
    if not before or not after:
        return None, None
    return round(min(after) - max(before), 2), round(min(after) - line.ready_at, 2)


def longest_gap(seen: Iterable[float]) -> float | None:
    """The longest time between two consecutive first writes of the scenario's articles."""
    ordered = sorted(seen)
    if not ordered:
        return None
    return round(max((b - a for a, b in itertools.pairwise(ordered)), default=0.0), 2)


@dataclass
class Outcome:
    """The figures of one scenario run; ``problems`` lists every way it fell short (empty: it passed)."""

    scenario: str
    target: str
    mode: str
    articles: int
    offered_rate_per_s: float
    indexed: int
    missing: int
    duplicated: int
    """Article ids held by more than one document."""
    rewritten: int
    """Articles written twice to the same document (an idempotent re-delivery: not a duplicate)."""
    dead_letters: int
    down_s: float
    restart_to_ready_s: float
    offered_after_fault: int
    recovery_s: float | None
    """Last write before the fault to the first write of an article offered after it (see :func:`recovery`)."""
    ready_to_first_write_s: float | None
    longest_gap_s: float | None
    catch_up_s: float | None
    """Restart to the last article indexed (what a backlog costs); none for a rolling restart."""
    backlog_at_restart: int | None
    service_exits: list[str] = field(default_factory=list)
    """Services that exited on their own during the scenario (restarted, as a supervisor would)."""
    group_members: list[int] = field(default_factory=list)
    """Tagger group sizes sampled through a rolling restart."""
    recovery_target_s: float | None = None
    problems: list[str] = field(default_factory=list)

    def judge(self) -> None:
        """Fill ``problems`` from the figures."""
        checks = [
            (self.missing, f"{self.missing} article(s) never indexed"),
            (self.duplicated, f"{self.duplicated} article id(s) held by more than one document"),
            (self.dead_letters, f"{self.dead_letters} dead letter(s)"),
            (self.service_exits, f"services exited on their own: {self.service_exits}"),
        ]
        self.problems = [message for failed, message in checks if failed]
        target = self.recovery_target_s
        if target is not None and (self.recovery_s is None or self.recovery_s > target):
            self.problems.append(f"recovery {self.recovery_s} s, target {target} s")

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return asdict(self)


_COLUMNS = (
    ("scenario", "scenario"),
    ("articles", "articles"),
    ("lost", "missing"),
    ("dup", "duplicated"),
    ("dead", "dead_letters"),
    ("rewritten", "rewritten"),
    ("down s", "down_s"),
    ("ready s", "restart_to_ready_s"),
    ("recovery s", "recovery_s"),
    ("longest gap s", "longest_gap_s"),
    ("catch-up s", "catch_up_s"),
    ("verdict", "verdict"),
)


def table(outcomes: list[Outcome]) -> str:
    """A Markdown table of the outcomes (the README's format)."""
    rows = []
    for outcome in outcomes:
        values = outcome.as_dict() | {"verdict": "ok" if not outcome.problems else "; ".join(outcome.problems)}
        rows.append(["-" if values[key] is None else str(values[key]) for _, key in _COLUMNS])
    header = [title for title, _ in _COLUMNS]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
