"""One logging switch pattern for the three services: ``<PREFIX>LOG_FORMAT`` and ``<PREFIX>LOG_LEVEL``.

The older ``<PREFIX>LOG_JSON`` keeps working, with a warning that names the variable to use instead.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from newswire_indexer.settings import IndexerSettings
from newswire_ingest.settings import IngestSettings
from newswire_runtime import LogSettings
from newswire_tagger.settings import TaggerSettings
from pydantic import ValidationError

SERVICES: list[tuple[str, type[LogSettings]]] = [
    ("INGEST_", IngestSettings),
    ("TAGGER_", TaggerSettings),
    ("INDEXER_", IndexerSettings),
]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for prefix, _ in SERVICES:
        for name in ("LOG_FORMAT", "LOG_LEVEL", "LOG_JSON"):
            monkeypatch.delenv(f"{prefix}{name}", raising=False)


@pytest.fixture
def restored_root() -> Iterator[None]:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = saved, level


@pytest.mark.parametrize(("prefix", "settings"), SERVICES, ids=[p for p, _ in SERVICES])
def test_same_names_for_every_service(
    prefix: str, settings: type[LogSettings], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (settings().log_format, settings().log_level) == ("text", "INFO")
    monkeypatch.setenv(f"{prefix}LOG_FORMAT", "json")
    monkeypatch.setenv(f"{prefix}LOG_LEVEL", "warn")
    loaded = settings()
    assert (loaded.log_format, loaded.log_level, loaded.json_lines) == ("json", "WARNING", True)
    assert loaded.deprecations() == []


@pytest.mark.parametrize(("prefix", "settings"), SERVICES, ids=[p for p, _ in SERVICES])
def test_old_boolean_still_works_with_a_warning(
    prefix: str, settings: type[LogSettings], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{prefix}LOG_JSON", "true")
    loaded = settings()
    assert loaded.log_format == "json"
    assert loaded.deprecations() == [f"{prefix}LOG_JSON is deprecated: use {prefix}LOG_FORMAT=json instead"]
    monkeypatch.setenv(f"{prefix}LOG_JSON", "false")
    assert settings().log_format == "text"


def test_new_name_wins_over_the_old_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAGGER_LOG_JSON", "true")
    monkeypatch.setenv("TAGGER_LOG_FORMAT", "text")
    loaded = TaggerSettings()
    assert loaded.log_format == "text"
    assert loaded.deprecations() == [
        "TAGGER_LOG_JSON is deprecated and ignored: TAGGER_LOG_FORMAT=text is set; remove TAGGER_LOG_JSON"
    ]


@pytest.mark.parametrize("bad", [("INGEST_LOG_FORMAT", "yaml"), ("INDEXER_LOG_LEVEL", "LOUD")])
def test_bad_values_are_refused(bad: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(*bad)
    with pytest.raises(ValidationError):
        (IngestSettings if bad[0].startswith("INGEST") else IndexerSettings)()


@pytest.mark.usefixtures("restored_root")
def test_the_warning_is_logged_in_the_chosen_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_LOG_JSON", "1")
    stream = io.StringIO()
    IngestSettings().configure_logging("ingest", stream=stream)
    line = json.loads(stream.getvalue())
    assert (line["level"], line["service"]) == ("WARNING", "ingest")
    assert line["message"] == "INGEST_LOG_JSON is deprecated: use INGEST_LOG_FORMAT=json instead"
    assert line["timestamp"].endswith("+00:00")


@pytest.mark.usefixtures("restored_root")
def test_logging_config_is_what_configure_logging_applies() -> None:
    stream = io.StringIO()
    config = TaggerSettings(log_format="json", log_level="DEBUG").logging_config("tagger", stream=stream)
    logging.config.dictConfig(config)
    logging.getLogger("faust.worker").debug("starting")
    assert logging.getLogger("aiokafka").level == logging.WARNING, "noisy libraries stay at WARNING"
    assert json.loads(stream.getvalue())["logger"] == "faust.worker"
