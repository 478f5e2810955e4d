"""Leases on the shared local stack: dead users' leases are dropped, the operator takes over on `stack up`."""

from __future__ import annotations

import os
import subprocess
import sys

from newswire_cli.settings import StackSettings
from newswire_cli.stack.sharing import autostarted_file, hand_to_operator, live_leases


def test_leases_of_dead_processes_are_dropped(settings: StackSettings) -> None:
    folder = settings.var_dir / "stack-leases"
    folder.mkdir(parents=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (folder / f"{gone.pid}.dead").write_text("kafka\n")
    (folder / f"{os.getpid()}.mine").write_text("kafka\nelasticsearch\n")
    (folder / "garbage").write_text("")

    assert live_leases(settings) == {f"{os.getpid()}.mine": {"kafka", "elasticsearch"}}
    assert sorted(path.name for path in folder.iterdir()) == [f"{os.getpid()}.mine"]


def test_operator_takes_over_auto_started_components(settings: StackSettings) -> None:
    record = autostarted_file(settings)
    record.parent.mkdir(parents=True)
    record.write_text("kafka\n")
    hand_to_operator(settings)
    assert not record.exists()
