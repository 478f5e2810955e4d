"""Errors become one line and an exit code by kind: 2 usage, 3 prerequisite, 4 unreachable, 5 component."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from aiokafka.errors import KafkaConnectionError
from elasticsearch import ConnectionError as EsConnectionError
from newswire_cli import __main__ as cli
from newswire_cli.errors import ExitCode, UsageError, exit_code_for
from newswire_cli.services import free_port
from newswire_cli.settings import StackSettings
from newswire_cli.stack.errors import ArtifactError, ComponentFailedError, JavaNotFoundError, PortInUseError
from pydantic import ValidationError


def _validation_error() -> ValidationError:
    try:
        StackSettings(kafka_port="abc", var_dir=Path("var"), deploy_dir=Path("deploy"))  # type: ignore[arg-type]
    except ValidationError as error:
        return error
    raise AssertionError("no validation error")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UsageError("x"), ExitCode.USAGE),
        (_validation_error(), ExitCode.USAGE),
        (JavaNotFoundError("x"), ExitCode.PREREQUISITE),
        (ArtifactError("x"), ExitCode.PREREQUISITE),
        (PortInUseError("x", component="kafka", port=1), ExitCode.COMPONENT),
        (ComponentFailedError("x", component="kafka"), ExitCode.COMPONENT),
        (ConnectionRefusedError(), ExitCode.UNREACHABLE),
        (KafkaConnectionError(), ExitCode.UNREACHABLE),
        (httpx.ConnectError("x"), ExitCode.UNREACHABLE),
        (TimeoutError("Kibana not available"), ExitCode.UNREACHABLE),
        (RuntimeError("a bug"), None),
    ],
    ids=lambda value: type(value).__name__,
)
def test_each_kind_of_error_has_its_code(error: BaseException, code: ExitCode | None) -> None:
    assert exit_code_for(error) == code


def test_elasticsearch_connection_errors_are_unreachable() -> None:
    assert exit_code_for(EsConnectionError("refused")) == ExitCode.UNREACHABLE


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A var/ of its own and stack ports nobody uses."""
    monkeypatch.setenv("NEWSWIRE_STACK_VAR_DIR", str(tmp_path / "var"))
    for name in ("KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "ELASTICSEARCH_PORT"):
        monkeypatch.setenv(f"NEWSWIRE_STACK_{name}", str(free_port()))
    return tmp_path


def _one_line(capsys: pytest.CaptureFixture[str], prefix: str) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith(prefix), err
    assert "Traceback" not in err
    return err


def test_unreachable_elasticsearch_is_4(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{free_port()}")
    assert cli.main(["search", "faiz"]) == ExitCode.UNREACHABLE
    assert "does not answer" in _one_line(capsys, "newswire search: Elasticsearch at http://127.0.0.1:")


def test_unreachable_kibana_is_4(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert cli.main(["kibana", "import", "--url", url, "--timeout", "0"]) == ExitCode.UNREACHABLE
    _one_line(capsys, f"newswire kibana: TimeoutError: Kibana at {url}")


def test_an_invalid_setting_is_2(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSWIRE_STACK_KAFKA_PORT", "ninety")
    assert cli.main(["ps"]) == ExitCode.USAGE
    assert "kafka_port" in _one_line(capsys, "newswire ps: invalid setting kafka_port of StackSettings")


def test_a_missing_jdk_is_3_and_starts_nothing(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSWIRE_STACK_JAVA_HOME", str(isolated / "no-jdk"))
    assert cli.main(["stack", "up"]) == ExitCode.PREREQUISITE
    _one_line(capsys, f"newswire stack: kafka: NEWSWIRE_STACK_JAVA_HOME={isolated / 'no-jdk'} is not a JDK")
    assert not (isolated / "var" / "kafka" / "kafka.pid").exists()


def test_a_missing_input_folder_is_usage(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["demo", "--input", str(isolated / "nowhere")])
    assert exited.value.code == ExitCode.USAGE
    assert "no such folder" in capsys.readouterr().err


def test_an_unexpected_error_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(argv: list[str]) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "load", lambda target: broken)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["ps"])
