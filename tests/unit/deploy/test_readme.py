"""The README's settings tables name every variable the services read."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_cli.pipeline.settings import PipelineSettings
from newswire_cli.settings import KibanaSettings, StackSettings
from newswire_indexer.settings import IndexerSettings
from newswire_ingest.settings import IngestSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_tagger.settings import TaggerSettings
from pydantic_settings import BaseSettings

README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
ALL: list[type[BaseSettings]] = [
    KafkaSettings,
    ElasticsearchSettings,
    IngestSettings,
    TaggerSettings,
    IndexerSettings,
    StackSettings,
    KibanaSettings,
    PipelineSettings,
]


@pytest.mark.parametrize("settings", ALL, ids=lambda s: s.__name__)
def test_every_setting_is_documented(settings: type[BaseSettings]) -> None:
    prefix = str(settings.model_config.get("env_prefix", ""))
    names = [
        f"{prefix}{name}".upper()
        for name, field in settings.model_fields.items()
        if not (isinstance(field.annotation, type) and issubclass(field.annotation, BaseSettings))
    ]
    missing = [name for name in names if f"`{name}`" not in README]
    assert not missing, f"README lacks {missing}"


SERVICE_READMES: list[tuple[str, type[BaseSettings]]] = [
    ("services/tagger/README.md", TaggerSettings),
    ("services/indexer/README.md", IndexerSettings),
]


@pytest.mark.parametrize(("path", "settings"), SERVICE_READMES, ids=[path for path, _ in SERVICE_READMES])
def test_service_readme_lists_its_settings(path: str, settings: type[BaseSettings]) -> None:
    text = (Path(__file__).resolve().parents[3] / path).read_text(encoding="utf-8")
    prefix = str(settings.model_config.get("env_prefix", ""))
    rows = {
        f"{prefix}{name}".upper()
        for name, field in settings.model_fields.items()
        if not (isinstance(field.annotation, type) and issubclass(field.annotation, BaseSettings))
    }
    assert sorted(name for name in rows if f"| `{name}` |" not in text) == []
