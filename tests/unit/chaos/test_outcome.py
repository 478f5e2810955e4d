"""The chaos suite's arithmetic: recovery, gaps, verdicts, stories and the table (offline)."""

from __future__ import annotations

from tests.chaos.load import make_stories
from tests.chaos.outcome import Outcome, Timeline, longest_gap, recovery, table

LINE = Timeline(fault_at=100.0, down_at=100.1, restart_at=102.0, ready_at=106.0)


def _outcome(**changes: object) -> Outcome:
    figures: dict[str, object] = {
        "scenario": "tagger killed",
        "target": "tagger",
        "mode": "kill",
        "articles": 3,
        "offered_rate_per_s": 20.0,
        "indexed": 3,
        "missing": 0,
        "duplicated": 0,
        "rewritten": 1,
        "dead_letters": 0,
        "down_s": 2.0,
        "restart_to_ready_s": 4.0,
        "offered_after_fault": 2,
        "recovery_s": 9.5,
        "ready_to_first_write_s": 1.5,
        "longest_gap_s": 9.5,
        "catch_up_s": 6.0,
        "backlog_at_restart": None,
    }
    return Outcome(**(figures | changes))  # type: ignore[arg-type]  # test data: types checked by the dataclass use


def test_recovery_runs_from_last_write_before_the_fault_to_first_write_of_an_article_offered_after_it() -> None:
    seen = {"a": 98.0, "b": 99.5, "c": 103.0, "d": 109.0}
    # c was offered before the fault and written from downstream while the target was down: not a recovery.
    assert recovery(seen, {"d"}, LINE) == (9.5, 3.0)


def test_recovery_is_unknown_without_a_write_on_either_side() -> None:
    assert recovery({"a": 101.0}, {"a"}, LINE) == (None, None)
    assert recovery({"a": 99.0}, set(), LINE) == (None, None)


def test_longest_gap_between_consecutive_first_writes() -> None:
    assert longest_gap([5.0, 1.0, 2.0, 9.5]) == 4.5
    assert longest_gap([3.0]) == 0.0
    assert longest_gap([]) is None


def test_every_shortfall_is_a_problem_and_none_is_ok() -> None:
    clean = _outcome()
    clean.judge()
    assert clean.problems == []
    bad = _outcome(missing=2, duplicated=1, dead_letters=1, service_exits=["ingest (exit 1)"], recovery_target_s=5.0)
    bad.judge()
    assert len(bad.problems) == 5
    assert "recovery 9.5 s, target 5.0 s" in bad.problems


def test_unmeasured_recovery_fails_a_target() -> None:
    outcome = _outcome(recovery_s=None, recovery_target_s=15.0)
    outcome.judge()
    assert outcome.problems == ["recovery None s, target 15.0 s"]


def test_table_has_one_row_per_scenario_and_the_verdict() -> None:
    outcomes = [_outcome(), _outcome(scenario="kafka killed", missing=1, indexed=2)]
    for outcome in outcomes:
        outcome.judge()
    rows = table(outcomes).splitlines()
    assert len(rows) == 4
    assert rows[2].startswith("| tagger killed | 3 | 0 |")
    assert rows[2].endswith("| ok |")
    assert "1 article(s) never indexed" in rows[3]


def test_stories_have_new_ids_in_every_run_and_alternate_channels() -> None:
    first, again, other = (make_stories(token, 4, ("folder", "inbox")) for token in ("t1", "t1", "t2"))
    assert [s.article_id for s in first] == [s.article_id for s in again]  # reproducible
    assert not {s.article_id for s in first} & {s.article_id for s in other}
    assert len({s.article_id for s in first}) == 4
    assert [s.channel for s in first] == ["folder", "inbox", "folder", "inbox"]
    assert first[0].name == "chaos-t1-00000.txt"
