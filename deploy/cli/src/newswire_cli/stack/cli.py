"""``newswire stack up | down | status``: the local Kafka and Elasticsearch, without Docker."""

from __future__ import annotations

import argparse
import sys

from newswire_cli.settings import StackSettings
from newswire_cli.stack.errors import StackError
from newswire_cli.stack.lifecycle import all_healthy, down, elasticsearch_class, status, up
from newswire_cli.stack.sharing import hand_to_operator, live_leases


def _say(line: str) -> None:
    """Operator-facing output goes to stdout; diagnostics go through logging to stderr."""
    sys.stdout.write(line + "\n")


def _up(settings: StackSettings) -> int:
    """Start what is missing, wait for health, print the addresses."""
    if elasticsearch_class() is None:
        _say("elasticsearch: not available yet (newswire_cli.stack.elasticsearch is missing); starting Kafka only")
    before = status(settings)
    if all_healthy(before):
        _say("stack already up, nothing to do")
    endpoints = up(settings)
    hand_to_operator(settings)  # started or adopted by hand: no test session may stop it when it finishes
    for name in endpoints.started:
        _say(f"{name}: started, healthy {endpoints.startup_seconds[name]:.1f} s after its JVM started")
    _say(f"kafka: {endpoints.kafka_bootstrap}")
    if endpoints.elasticsearch_url is not None:
        _say(f"elasticsearch: {endpoints.elasticsearch_url}")
    return 0


def _down(settings: StackSettings) -> int:
    """Stop every component and confirm nothing is left."""
    users = sorted(live_leases(settings))
    if users:
        _say(f"note: leases {users} (test sessions or demos, <pid>.<token>) are using the stack and lose it now")
    stopped = down(settings)
    hand_to_operator(settings)
    _say(f"stopped: {', '.join(stopped)}" if stopped else "nothing was running")
    return 0


def _status(settings: StackSettings) -> int:
    """One line per component; exit 1 unless every one is healthy."""
    statuses = status(settings)
    for entry in statuses:
        pid = f"pid {entry.pid}" if entry.pid is not None else "no process"
        _say(f"{entry.name:<14} {entry.state.value:<9} {entry.address:<24} {pid}")
    if elasticsearch_class() is None:
        _say(f"{'elasticsearch':<14} {'missing':<9} (component not installed yet)")
        return 1
    return 0 if all_healthy(statuses) else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire stack``."""
    parser = argparse.ArgumentParser(prog="newswire stack", description="Local Kafka and Elasticsearch, no Docker.")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("up", help="start Kafka and Elasticsearch (idempotent) and wait until healthy")
    actions.add_parser("down", help="stop them and verify no process is left")
    actions.add_parser("status", help="show each component; exit 1 if any is not healthy")
    args = parser.parse_args(argv)
    handlers = {"up": _up, "down": _down, "status": _status}
    try:
        return handlers[args.action](StackSettings())
    except StackError as error:
        sys.stderr.write(f"newswire stack {args.action}: {error}\n")
        return 1
