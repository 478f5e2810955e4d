"""docker-compose.yml cannot run here: check its structure against the Dockerfiles and the services' settings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswire_indexer.settings import IndexerSettings
from newswire_ingest.settings import IngestSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_tagger.settings import TaggerSettings
from pydantic_settings import BaseSettings

ROOT = Path(__file__).resolve().parents[3]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
OURS: dict[str, type[BaseSettings]] = {"ingest": IngestSettings, "tagger": TaggerSettings, "indexer": IndexerSettings}
SHARED: list[type[BaseSettings]] = [KafkaSettings, ElasticsearchSettings]


def env_names(settings: type[BaseSettings]) -> set[str]:
    """Environment variable names a settings class reads (top-level fields under its prefix)."""
    prefix = str(settings.model_config.get("env_prefix", ""))
    return {f"{prefix}{name}".upper() for name in settings.model_fields}


def one_shot(name: str) -> bool:
    """A service others wait for with service_completed_successfully (no healthcheck makes sense)."""
    return any(
        dep.get("condition") == "service_completed_successfully"
        for svc in SERVICES.values()
        for dep_name, dep in (svc.get("depends_on") or {}).items()
        if dep_name == name
    )


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_service_builds_or_names_an_image_and_is_health_checked(name: str) -> None:
    service = SERVICES[name]
    assert "image" in service or "build" in service
    if "build" in service:
        assert (ROOT / service["build"]["context"] / service["build"]["dockerfile"]).is_file()
    if one_shot(name):
        assert service.get("restart") == "no"
    else:
        assert service["healthcheck"]["test"], f"{name} has no healthcheck"


@pytest.mark.parametrize("name", sorted(name for name, svc in SERVICES.items() if "build" in svc))
def test_dockerfiles_are_multi_stage_and_non_root(name: str) -> None:
    build = SERVICES[name]["build"]
    text = (ROOT / build["context"] / build["dockerfile"]).read_text(encoding="utf-8")
    assert len(re.findall(r"^FROM ", text, flags=re.MULTILINE)) >= 2, "multi-stage build expected"
    users = re.findall(r"^USER (\S+)", text, flags=re.MULTILINE)
    assert users, "runtime stage must switch user"
    assert users[-1] not in {"root", "0"}
    if not one_shot(name):
        assert "HEALTHCHECK" in text


@pytest.mark.parametrize("name", sorted(OURS))
def test_environment_names_match_settings(name: str) -> None:
    known = env_names(OURS[name]).union(*(env_names(s) for s in SHARED))
    unknown = set(SERVICES[name].get("environment", {})) - known
    assert not unknown, f"{name} sets variables its settings do not read: {sorted(unknown)}"


@pytest.mark.parametrize("name", sorted(OURS))
def test_services_wait_for_healthy_dependencies(name: str) -> None:
    depends = SERVICES[name]["depends_on"]
    assert depends["kafka"]["condition"] == "service_healthy"
    assert all(dep["condition"] in {"service_healthy", "service_completed_successfully"} for dep in depends.values())


def test_elasticsearch_and_kibana_versions_match() -> None:
    es = SERVICES["elasticsearch"]["image"].rsplit(":", 1)[1]
    assert SERVICES["kibana"]["image"].rsplit(":", 1)[1] == es
