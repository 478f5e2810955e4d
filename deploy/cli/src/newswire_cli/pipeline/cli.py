"""``newswire up``, ``down``, ``restart`` and ``ps``: the whole pipeline in the background, like compose."""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time

from newswire_indexer.layout import ensure_layout
from newswire_indexer.settings import IndexerSettings

from newswire_cli.connect import elasticsearch
from newswire_cli.errors import ComponentError, ExitCode
from newswire_cli.pipeline import status
from newswire_cli.pipeline.component import PipelineComponent
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.pipeline.state import RunState, restart_requests
from newswire_cli.services import SERVICES
from newswire_cli.settings import StackSettings
from newswire_cli.stack import lifecycle
from newswire_cli.stack.base import wait_all_healthy
from newswire_cli.stack.sharing import hand_to_operator, live_leases
from newswire_cli.topics import ensure_topics

SETTINGS_EPILOG = (
    "Ports, folders and restart policy: NEWSWIRE_STACK_* and NEWSWIRE_PIPELINE_* (README, Settings). "
    "Exit codes: 0 ok, 2 usage, 3 missing prerequisite, 4 unreachable, 5 a component failed."
)


def _say(line: str) -> None:
    """Operator-facing output goes to stdout; diagnostics go through logging to stderr."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _component() -> PipelineComponent:
    """The pipeline as the environment configures it."""
    return PipelineComponent(StackSettings(), PipelineSettings())


async def prepare_cluster(part: PipelineComponent) -> None:
    """Topics and index layout, before any service subscribes or writes (idempotent)."""
    kafka, es_settings = part.connections()
    await ensure_topics(kafka)
    async with elasticsearch(es_settings) as es:
        await ensure_layout(es, IndexerSettings(kafka=kafka, elasticsearch=es_settings))


def _start_stack(part: PipelineComponent) -> None:
    """Kafka and Elasticsearch up and healthy (started if needed), then owned by the operator."""
    stack = part.stack_settings
    _say(f"kafka, elasticsearch: starting if needed (state and logs under {stack.var_dir}) ...")
    endpoints = lifecycle.up(stack)
    hand_to_operator(stack)  # started by hand: no test session's lease may stop it when it finishes
    for name in endpoints.started:
        _say(f"{name}: started, healthy after {endpoints.startup_seconds[name]:.1f} s")
    if endpoints.elasticsearch_url is None:
        raise ComponentError("the local stack has no Elasticsearch component")
    asyncio.run(prepare_cluster(part))


def up(argv: list[str]) -> int:
    """Entry point of ``newswire up``: idempotent; waits until every service answers its health check."""
    parser = argparse.ArgumentParser(
        prog="newswire up",
        description="Start Kafka, Elasticsearch, ingest, tagger and indexer in the background, supervised: a "
        "service that dies is restarted (with backoff, up to a limit). Wire files dropped into var/inbox are "
        "ingested; `newswire ps`, `newswire logs -f`, `newswire search`, `newswire down`.",
        epilog=SETTINGS_EPILOG,
    )
    parser.add_argument(
        "--timeout", type=float, default=None, help="seconds to wait for the services (default: start_timeout)"
    )
    args = parser.parse_args(argv)
    part = _component()
    _start_stack(part)
    launched: dict[str, float] = {}
    with lifecycle.stack_lock(part.stack_settings):
        if part.running_pid() is None:
            part.start()
            launched[part.name] = time.monotonic()
    _say("ingest, tagger, indexer: " + ("starting" if launched else "already supervised") + " ...")
    wait_all_healthy([part], launched, args.timeout or part.pipeline.start_timeout)
    _say(status.table(status.collect(part), width=_width()))
    _say(
        f"\nDrop wire files into {part.inbox} (or POST them to {part.address}); then `newswire search`.\n"
        "`newswire logs -f` follows the logs, `newswire down` stops everything."
    )
    return ExitCode.OK


def down(argv: list[str]) -> int:
    """Entry point of ``newswire down``: the pipeline first, then (unless kept) the stack; bounded time."""
    parser = argparse.ArgumentParser(
        prog="newswire down",
        description="Stop ingest, tagger and indexer (SIGTERM, SIGKILL after NEWSWIRE_PIPELINE_STOP_TIMEOUT), "
        "then Kafka and Elasticsearch (after NEWSWIRE_STACK_STOP_TIMEOUT). Data stays in var/.",
        epilog=SETTINGS_EPILOG,
    )
    parser.add_argument("--keep-stack", action="store_true", help="leave Kafka and Elasticsearch running")
    args = parser.parse_args(argv)
    part = _component()
    _say("pipeline: stopped" if part.stop() else "pipeline: was not running")
    if args.keep_stack:
        return ExitCode.OK
    stack = part.stack_settings
    users = sorted(live_leases(stack))
    if users:
        _say(f"note: leases {users} (test sessions or demos) were using the stack and lose it now")
    stopped = lifecycle.down(stack)
    hand_to_operator(stack)
    _say(f"stopped: {', '.join(stopped)}" if stopped else "kafka, elasticsearch: were not running")
    return ExitCode.OK


def restart(argv: list[str]) -> int:
    """Entry point of ``newswire restart``: the supervisor restarts each service; waits until each is healthy."""
    parser = argparse.ArgumentParser(
        prog="newswire restart",
        description="Restart services of the pipeline `newswire up` runs (after changing a model, the overrides "
        "file or a setting in the environment of `up`): the supervisor stops each one (SIGTERM, SIGKILL after "
        "NEWSWIRE_PIPELINE_STOP_TIMEOUT) and starts it again; a service it had given up on is tried again. "
        "Waits until each answers its health check.",
        epilog=SETTINGS_EPILOG,
    )
    names = [service.name for service in SERVICES]
    parser.add_argument("services", nargs="+", choices=names, metavar="SERVICE", help=", ".join(names))
    parser.add_argument(
        "--timeout", type=float, default=None, help="seconds to wait (default: stop_timeout + start_timeout)"
    )
    args = parser.parse_args(argv)
    part = _component()
    state = part.state()
    if part.running_pid() is None or state is None:
        raise ComponentError("the pipeline is not running: start it with `newswire up`")
    wanted = list(dict.fromkeys(args.services))
    before = {name: state.records[name].pid for name in wanted}
    requests = restart_requests(part.state_file)
    requests.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        (requests / name).touch()
    _say(f"{', '.join(wanted)}: restarting ...")
    timeout = args.timeout or part.pipeline.stop_timeout + part.pipeline.start_timeout
    began = time.monotonic()
    while wanted:
        if part.running_pid() is None:
            raise ComponentError("the supervisor stopped while restarting: see `newswire logs`")
        state = part.state()
        for name in list(wanted):
            record = state.records[name] if state is not None else None
            if record is None or record.pid == before[name]:
                continue  # the request is not served yet
            if record.state is RunState.FAILED:
                raise ComponentError(f"{name} did not come back: see `newswire logs {name}`")
            if record.state is RunState.RUNNING and part.service_healthy(name):
                seconds = time.monotonic() - began
                _say(f"{name}: restarted (pid {before[name] or '-'} -> {record.pid}), healthy after {seconds:.1f} s")
                wanted.remove(name)
        if wanted and time.monotonic() - began > timeout:
            raise ComponentError(f"{', '.join(wanted)} not healthy within {timeout:.0f} s: see `newswire logs`")
        time.sleep(0.25)
    return ExitCode.OK


def ps(argv: list[str]) -> int:
    """Entry point of ``newswire ps``: exit 0 when everything is healthy, 1 otherwise."""
    parser = argparse.ArgumentParser(
        prog="newswire ps",
        description="Show each component: state (healthy, starting, restarting, failed, stopped), pid, uptime, "
        "restarts by the supervisor, and where it is reached. Exit 0 only when all are healthy.",
        epilog=SETTINGS_EPILOG,
    )
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")
    args = parser.parse_args(argv)
    rows = status.collect(_component())
    if args.json:
        _say(json.dumps(status.as_json(rows), indent=2))
    else:
        _say(status.table(rows, width=_width()))
    return ExitCode.OK if status.all_healthy(rows) else ExitCode.NEGATIVE


def _width() -> int:
    """Terminal width for tables (a pipe gets 160 columns: addresses are long)."""
    return shutil.get_terminal_size((160, 24)).columns
