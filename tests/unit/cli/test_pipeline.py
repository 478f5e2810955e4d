"""`newswire up/ps/logs` without starting anything: environment, ports, state, rows, tables and log files."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest
from newswire_cli.pipeline import logs, status
from newswire_cli.pipeline.cli import ps
from newswire_cli.pipeline.component import PipelineComponent
from newswire_cli.pipeline.logs import FollowedFile, last_lines
from newswire_cli.pipeline.members import ServiceProcess
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.pipeline.state import PipelineState, Record, RunState, write_state
from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings
from newswire_cli.stack.errors import PortInUseError


@pytest.fixture
def part(settings: StackSettings, monkeypatch: pytest.MonkeyPatch) -> PipelineComponent:
    """The pipeline in a temp var/, on free ports; the environment says the same, for the commands."""
    stack = settings.model_copy(
        update={"kafka_port": free_port(), "kafka_controller_port": free_port(), "elasticsearch_port": free_port()}
    )
    pipeline = PipelineSettings(
        ingest_http_port=free_port(), tagger_web_port=free_port(), indexer_http_port=free_port(), stop_timeout=3
    )
    for key, value in {
        "NEWSWIRE_STACK_VAR_DIR": stack.var_dir,
        "NEWSWIRE_STACK_KAFKA_PORT": stack.kafka_port,
        "NEWSWIRE_STACK_KAFKA_CONTROLLER_PORT": stack.kafka_controller_port,
        "NEWSWIRE_STACK_ELASTICSEARCH_PORT": stack.elasticsearch_port,
        "NEWSWIRE_PIPELINE_INGEST_HTTP_PORT": pipeline.ingest_http_port,
        "NEWSWIRE_PIPELINE_TAGGER_WEB_PORT": pipeline.tagger_web_port,
        "NEWSWIRE_PIPELINE_INDEXER_HTTP_PORT": pipeline.indexer_http_port,
    }.items():
        monkeypatch.setenv(key, str(value))
    monkeypatch.setenv("COLUMNS", "200")
    return PipelineComponent(stack, pipeline)


def test_services_get_the_local_stack_their_ports_and_the_inbox(part: PipelineComponent) -> None:
    env = part.service_environment()
    stack = part.stack_settings
    assert env["KAFKA_BOOTSTRAP_SERVERS"] == f"127.0.0.1:{stack.kafka_port}"
    assert env["ELASTICSEARCH_URL"] == f"http://127.0.0.1:{stack.elasticsearch_port}"
    assert env["INGEST_WATCH_DIR"] == str(stack.var_dir / "inbox")
    assert env["INGEST_HTTP_PORT"] == str(part.pipeline.ingest_http_port)
    assert env["TAGGER_WEB_PORT"] == str(part.pipeline.tagger_web_port)
    assert env["INDEXER_HTTP_PORT"] == str(part.pipeline.indexer_http_port)
    assert env["TAGGER_DATA_DIR"] == str(stack.var_dir / "pipeline" / "data" / "tagger")
    assert {env[f"{s}_HOST"] for s in ("INGEST_HTTP", "TAGGER_WEB", "INDEXER_HTTP")} == {"127.0.0.1"}


def test_members_are_the_stack_then_the_services(part: PipelineComponent) -> None:
    assert [m.name for m in part.members()] == ["kafka", "elasticsearch", "ingest", "tagger", "indexer"]
    alone = PipelineComponent(part.stack_settings, part.pipeline.model_copy(update={"supervise_stack": False}))
    assert [m.name for m in alone.members()] == ["ingest", "tagger", "indexer"]
    assert part.command()[-1] == "--newswire-component=pipeline" == part.marker
    assert part.settings.stop_timeout > part.pipeline.stop_timeout, "the supervisor's grace fits in the group's"


def test_each_supervised_service_is_a_static_group_member_of_its_own(
    part: PipelineComponent, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = {m.name: m.env["KAFKA_GROUP_INSTANCE_ID"] for m in part.members() if isinstance(m, ServiceProcess)}
    assert len(set(ids.values())) == 3
    assert all(value.endswith(f"-{name}") for name, value in ids.items())
    monkeypatch.setenv("KAFKA_GROUP_INSTANCE_ID", "pod-7")
    assert {m.env["KAFKA_GROUP_INSTANCE_ID"] for m in part.members() if isinstance(m, ServiceProcess)} == {
        "pod-7-ingest",
        "pod-7-tagger",
        "pod-7-indexer",
    }


def test_a_taken_port_names_the_service_and_the_setting(part: PipelineComponent) -> None:
    with (
        socket.create_server(("127.0.0.1", part.pipeline.tagger_web_port)),
        pytest.raises(PortInUseError, match=r"tagger: port .* NEWSWIRE_PIPELINE_TAGGER_WEB_PORT"),
    ):
        part.start()
    assert part.running_pid() is None
    assert not part.pid_file.exists()


def test_a_service_the_supervisor_gave_up_on_is_a_failure(part: PipelineComponent) -> None:
    assert part.failure() is None
    records = {"tagger": Record("tagger", RunState.FAILED, last_exit=1), "ingest": Record("ingest", RunState.RUNNING)}
    write_state(part.state_file, PipelineState(1, records))
    assert part.failure() == "gave up restarting tagger"


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "-"), (42.9, "42s"), (723, "12m03s"), (7500, "2h05m"), (273_600, "3d04h")]
)
def test_uptime_is_short(seconds: float | None, text: str) -> None:
    assert status.format_uptime(seconds) == text


def test_ps_with_nothing_running_lists_everything_stopped(
    part: PipelineComponent, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ps([]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "STATE", "PID", "UPTIME", "RESTARTS", "ADDRESS"]
    assert [line.split()[:2] for line in lines[1:]] == [
        [name, "stopped"] for name in ("kafka", "elasticsearch", "supervisor", "ingest", "tagger", "indexer")
    ]
    assert ps(["--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[3]["address"] == f"{part.address}, inbox {part.inbox}"


def test_a_waiting_restart_and_a_failure_are_described() -> None:
    waiting = Record("tagger", RunState.BACKOFF, last_exit=1, retry_at=110.0)
    assert status.describe(waiting, now=100.0) == "restarting in 10s (exit 1)"
    assert status.describe(Record("x", RunState.FAILED, last_exit=2), now=0) == "failed (exit 2; gave up)"


def test_last_lines_reads_from_the_end(tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    log.write_text("".join(f"line {n}\n" for n in range(50_000)))
    assert last_lines(log, 3) == ["line 49997", "line 49998", "line 49999"]
    assert last_lines(log, 2, end=len("line 0\nline 1\nline 2\n")) == ["line 1", "line 2"]
    assert last_lines(tmp_path / "missing.log", 3) == []


def test_a_followed_file_survives_partial_lines_rollover_and_late_creation(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    followed = FollowedFile(log)
    followed.skip_to_end()
    assert followed.read_new() == []
    log.write_text("first\nhalf")
    assert followed.read_new() == ["first"]
    with log.open("a") as handle:
        handle.write(" done\n")
    assert followed.read_new() == ["half done"]
    log.rename(tmp_path / "server.log.1")  # log4j rolls the file over
    log.write_text("fresh\n")
    assert followed.read_new() == ["fresh"]


def test_logs_prints_tails_with_prefixes_and_follows(
    part: PipelineComponent, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "POLL_SECONDS", 0.01)
    part.logs_dir.mkdir(parents=True)
    part.service_log("ingest").write_text("old 1\nold 2\n")
    part.service_log("tagger").write_text("t\n")
    deadline = time.monotonic() + 0.5

    def append_later() -> None:
        time.sleep(0.1)
        with part.service_log("ingest").open("a") as handle:
            handle.write("new\n")

    writer = threading.Thread(target=append_later)
    writer.start()
    assert logs.main(["ingest", "tagger", "-n", "1", "-f"], stop=lambda: time.monotonic() > deadline) == 0
    writer.join()
    assert capsys.readouterr().out.splitlines() == ["ingest | old 2", "tagger | t", "ingest | new"]
    assert logs.main(["indexer"]) == 0
    assert "indexer: no log yet" in capsys.readouterr().err


def test_logs_refuses_an_unknown_component(part: PipelineComponent) -> None:
    with pytest.raises(SystemExit) as exited:
        logs.main(["kibana"])
    assert exited.value.code == 2


def test_free_port_never_hands_out_a_port_twice() -> None:
    ports = [free_port() for _ in range(200)]  # the kernel may offer a just-released port again at once
    assert len(set(ports)) == len(ports)
