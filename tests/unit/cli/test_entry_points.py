"""Every entry point parses its arguments first: --help and --version connect to nothing and touch no file.

In-process for every ``newswire`` subcommand (sockets are refused while they run); as real processes for every
``python -m newswire_*``, with the brokers' addresses and the services' ports pointing at a listener of ours that
counts connections and holds the ports (a bind there would fail, and the run with it).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from newswire_cli import __main__ as cli

NESTED = {"stack": ["up", "down", "status"], "kibana": ["import"], "evaluate": ["ner", "topics"]}
HELP_LINES = [[name, "--help"] for name in cli.SUBCOMMANDS] + [
    [name, action, "--help"] for name, actions in NESTED.items() for action in actions
]
MODULES = [
    ["newswire_ingest", "--help"],
    ["newswire_ingest", "--version"],
    ["newswire_ingest", "serve", "--help"],
    ["newswire_ingest", "ingest", "--help"],
    ["newswire_tagger", "--help"],
    ["newswire_tagger", "--version"],
    ["newswire_indexer", "--help"],
    ["newswire_indexer", "--version"],
    ["newswire_cli", "--help"],
    ["newswire_cli", "--version"],
    ["newswire_cli", "up", "--help"],
    ["newswire_cli.pipeline.supervisor", "--help"],
    ["newswire_schemas.generate", "--help"],
]

MODULE_MAINS = (
    "newswire_ingest.__main__",
    "newswire_tagger.__main__",
    "newswire_indexer.__main__",
    "newswire_cli.pipeline.supervisor",
    "newswire_schemas.generate",
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every connect, and every bind to a real port, is recorded and refused.

    Binding port 0 is let through: urllib3 probes IPv6 support that way when imported, which listens to nothing.
    """
    attempts: list[str] = []
    real_bind = socket.socket.bind

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(repr(address))
        raise OSError("network use during --help")

    def bind(self: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[1] == 0:
            real_bind(self, address)
        else:
            refuse(self, address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "bind", bind)
    return attempts


@pytest.fixture
def quiet_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory and var/ folder: nothing may appear in either."""
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.setenv("NEWSWIRE_STACK_VAR_DIR", str(tmp_path / "var"))
    return tmp_path


@pytest.mark.parametrize("argv", HELP_LINES, ids=" ".join)
def test_subcommand_help_touches_nothing(
    argv: list[str], no_network: list[str], quiet_place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = cli.main(argv)
    except SystemExit as exited:  # argparse exits; `newswire ingest` turns that into its return value
        code = int(exited.code or 0)
    assert code == 0
    assert "usage: " in capsys.readouterr().out
    assert no_network == []
    assert sorted(os.listdir(quiet_place)) == ["cwd"]
    assert os.listdir(quiet_place / "cwd") == []


def test_newswire_version(capsys: pytest.CaptureFixture[str], no_network: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("newswire 0.")
    assert "newswire-tagger" in out
    assert no_network == []


def _options(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    """Every action of ``parser`` and of its sub-parsers, named by where it is."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, f"{path} {name}")
        else:
            yield path, action


def test_every_option_has_help_text(monkeypatch: pytest.MonkeyPatch) -> None:
    parsers: list[argparse.ArgumentParser] = []

    def capture(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> Any:
        parsers.append(self)
        raise SystemExit(0)

    monkeypatch.setattr(argparse.ArgumentParser, "parse_known_args", capture)
    entries = [cli.SUBCOMMANDS[name].target for name in cli.SUBCOMMANDS] + [f"{module}:main" for module in MODULE_MAINS]
    for target in entries:
        try:
            cli.load(target)([])
        except SystemExit:
            continue
    assert len(parsers) == len(entries), "every entry point builds its parser before doing anything else"
    parsers.append(cli.build_parser())
    missing = [
        f"{path}: {action.dest}"
        for parser in parsers
        for path, action in _options(parser, parser.prog)
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert missing == []


@pytest.fixture
def tripwire() -> Iterator[socket.socket]:
    """A listening socket: whoever connects is queued for ``_drain``, and nobody else can bind its port."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.05)
    yield server
    server.close()


def _drain(server: socket.socket) -> list[str]:
    """The peers that connected so far (call again to collect more)."""
    seen: list[str] = []
    try:
        while True:
            connection, peer = server.accept()
            connection.close()
            seen.append(repr(peer))
    except TimeoutError:
        return seen


def _run_module(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[list[str], int, str, float]:
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", *argv], env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    return argv, completed.returncode, completed.stdout + completed.stderr, time.monotonic() - started


@pytest.mark.slow
def test_python_m_help_and_version_start_nothing(tmp_path: Path, tripwire: socket.socket) -> None:
    port = tripwire.getsockname()[1]
    (tmp_path / "cwd").mkdir()
    env = dict(os.environ)
    env.update(
        {
            "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}",
            "ELASTICSEARCH_URL": f"http://127.0.0.1:{port}",
            "INGEST_HTTP_PORT": str(port),
            "TAGGER_WEB_PORT": str(port),
            "INDEXER_HTTP_PORT": str(port),
            "INGEST_WATCH_DIR": str(tmp_path / "inbox"),
            "TAGGER_DATA_DIR": str(tmp_path / "tagger"),
            "NEWSWIRE_STACK_VAR_DIR": str(tmp_path / "var"),
        }
    )
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda argv: _run_module(argv, env, tmp_path / "cwd"), MODULES))
    failed = [f"{' '.join(argv)}: exit {code}\n{output}" for argv, code, output, _ in results if code != 0]
    assert failed == []
    assert all("usage: " in output or " 0." in output for _, _, output, _ in results)
    slow = [f"{' '.join(argv)}: {seconds:.1f} s" for argv, _, _, seconds in results if seconds > 20]
    assert slow == []
    assert _drain(tripwire) == [], "something connected to the broker or Elasticsearch address"
    assert sorted(os.listdir(tmp_path)) == ["cwd"]
    assert os.listdir(tmp_path / "cwd") == []
