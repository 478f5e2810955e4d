"""``newswire stack up | down | status``: the local Kafka and Elasticsearch, without Docker."""

from __future__ import annotations

import argparse
import sys

from newswire_cli.settings import StackSettings
from newswire_cli.stack import process
from newswire_cli.stack.kafka import Kafka
from newswire_cli.stack.lifecycle import all_healthy, down, elasticsearch_class, status, up
from newswire_cli.stack.sharing import hand_to_operator, live_leases


def _say(line: str) -> None:
    """Operator-facing output goes to stdout; diagnostics go through logging to stderr."""
    sys.stdout.write(line + "\n")


def _runs_without_secure_listener(kafka: Kafka) -> bool:
    """True when the broker runs but its SASL_SSL port is closed (started before ``--secure`` was asked for)."""
    settings = kafka.settings
    return kafka.running_pid() is not None and not process.port_open(settings.host, settings.kafka_secure_port)


def _up(settings: StackSettings) -> int:
    """Start what is missing, wait for health, print the addresses (and, secured, where the client settings are)."""
    if elasticsearch_class() is None:
        _say("elasticsearch: not available yet (newswire_cli.stack.elasticsearch is missing); starting Kafka only")
    kafka = Kafka(settings)
    if settings.kafka_secure and _runs_without_secure_listener(kafka):
        # Its listeners are fixed at start: waiting for the SASL_SSL one to appear would only time out.
        _say("kafka is running without its SASL_SSL listener: `newswire stack down`, then `newswire stack up --secure`")
        return 1
    before = status(settings)
    if all_healthy(before):
        _say("stack already up, nothing to do")
    endpoints = up(settings)
    hand_to_operator(settings)  # started or adopted by hand: no test session may stop it when it finishes
    for name in endpoints.started:
        _say(f"{name}: started, healthy {endpoints.startup_seconds[name]:.1f} s after its JVM started")
    if settings.kafka_plaintext:
        _say(f"kafka: {endpoints.kafka_bootstrap}")
    if endpoints.elasticsearch_url is not None:
        _say(f"elasticsearch: {endpoints.elasticsearch_url}")
    if settings.kafka_secure:
        _say(f"kafka: {settings.kafka_secure_bootstrap} (SASL_SSL, SCRAM-SHA-512, CA {kafka.security.ca_file})")
        _say(f"  client settings: set -a; . {kafka.security.client_env_file}; set +a")
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
    up = actions.add_parser("up", help="start Kafka and Elasticsearch (idempotent) and wait until healthy")
    up.add_argument(
        "--secure",
        action="store_true",
        help="also open Kafka's SASL_SSL listener (same as NEWSWIRE_STACK_KAFKA_SECURE=true)",
    )
    actions.add_parser("down", help="stop them and verify no process is left")
    actions.add_parser("status", help="show each component; exit 1 if any is not healthy")
    args = parser.parse_args(argv)
    handlers = {"up": _up, "down": _down, "status": _status}
    settings = StackSettings()
    if getattr(args, "secure", False):
        settings = settings.model_copy(update={"kafka_secure": True})
    # A StackError reaches `newswire`'s top level, which prints it in one line with its exit code (3 or 5).
    return handlers[args.action](settings)
