"""The `newswire` command: lazily imported subcommands, one registry line each."""

from __future__ import annotations

import pytest
from newswire_cli import __main__ as cli
from newswire_cli.__main__ import SUBCOMMANDS, Subcommand, main


def test_stack_is_registered_and_others_are_one_line_each() -> None:
    assert SUBCOMMANDS["stack"].target == "newswire_cli.stack.cli:main"
    assert {"demo", "ingest", "evaluate", "kibana"} <= set(SUBCOMMANDS)


def test_a_missing_module_only_breaks_its_own_subcommand(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(cli.SUBCOMMANDS, "ghost", Subcommand("newswire_cli.no_such_module:main", "absent"))
    assert main(["ghost"]) == cli.EXIT_UNAVAILABLE
    assert "newswire ghost: not available" in capsys.readouterr().err


def test_arguments_after_the_name_belong_to_the_subcommand(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def record(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    monkeypatch.setattr(cli, "load", lambda target: record)
    assert main(["-v", "stack", "status", "--help", "-x"]) == 0
    assert seen == [["status", "--help", "-x"]]


def test_stack_help_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["stack", "--help"])
    assert exited.value.code == 0
    assert "up" in capsys.readouterr().out
