"""docker-compose.yml cannot run here: check its structure against the Dockerfiles, the settings and the topic specs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswire_cli.envfile import SECRETS
from newswire_cli.settings import KibanaSettings
from newswire_indexer.settings import IndexerSettings
from newswire_ingest.settings import IngestSettings
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_schemas import TOPIC_SPECS
from newswire_tagger.settings import TaggerSettings
from pydantic import SecretStr
from pydantic_settings import BaseSettings

ROOT = Path(__file__).resolve().parents[3]
TEXT = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
COMPOSE: dict[str, Any] = yaml.safe_load(TEXT)
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
OURS: dict[str, list[type[BaseSettings]]] = {
    "ingest": [IngestSettings],
    "tagger": [TaggerSettings],
    "indexer": [IndexerSettings],
    "setup": [IndexerSettings, KibanaSettings],
}
SHARED: list[type[BaseSettings]] = [KafkaSettings, ElasticsearchSettings]
INTERPOLATED = re.compile(r"^\$\{(\w+):\?[^}]+\}$")


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


@pytest.mark.parametrize("name", sorted(name for name, svc in SERVICES.items() if "build" in svc))
def test_dockerfiles_copy_the_runtime_package(name: str) -> None:
    build = SERVICES[name]["build"]
    text = (ROOT / build["context"] / build["dockerfile"]).read_text(encoding="utf-8")
    assert re.search(r"^COPY runtime\S*", text, flags=re.MULTILINE), "every service imports newswire_runtime"


@pytest.mark.parametrize("name", sorted(OURS))
def test_environment_names_match_settings(name: str) -> None:
    known = set().union(*(env_names(s) for s in OURS[name] + SHARED))
    unknown = set(SERVICES[name].get("environment", {})) - known
    assert not unknown, f"{name} sets variables its settings do not read: {sorted(unknown)}"


@pytest.mark.parametrize("name", sorted(set(OURS) - {"setup"}))
def test_services_wait_for_healthy_dependencies(name: str) -> None:
    depends = SERVICES[name]["depends_on"]
    assert depends["kafka"]["condition"] == "service_healthy"
    assert all(dep["condition"] in {"service_healthy", "service_completed_successfully"} for dep in depends.values())


def test_elasticsearch_and_kibana_versions_match() -> None:
    es = SERVICES["elasticsearch"]["image"].rsplit(":", 1)[1]
    assert SERVICES["kibana"]["image"].rsplit(":", 1)[1] == es


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_published_ports_are_on_loopback_only(name: str) -> None:
    for port in SERVICES[name].get("ports", []):
        assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_only_what_a_user_opens_is_published() -> None:
    published = {name for name, service in SERVICES.items() if service.get("ports")}
    assert published == {"kafka", "elasticsearch", "kibana", "ingest"}


def test_elasticsearch_security_is_on_with_a_password_from_env() -> None:
    env = SERVICES["elasticsearch"]["environment"]
    assert env["xpack.security.enabled"] == "true"
    assert INTERPOLATED.match(env["ELASTIC_PASSWORD"])
    kibana = SERVICES["kibana"]["environment"]
    assert kibana["ELASTICSEARCH_USERNAME"] == "kibana_system"
    assert INTERPOLATED.match(kibana["ELASTICSEARCH_PASSWORD"])


@pytest.mark.parametrize("name", ["setup", "indexer"])
def test_elasticsearch_clients_authenticate(name: str) -> None:
    env = SERVICES[name]["environment"]
    assert env["ELASTICSEARCH_USERNAME"] == "elastic"
    assert INTERPOLATED.match(env["ELASTICSEARCH_PASSWORD"])


def test_every_secret_comes_from_the_env_file_and_none_is_written_here() -> None:
    referenced = set(re.findall(r"\$\{(\w+):\?", TEXT))
    assert referenced == set(SECRETS), "compose and `newswire setup --write-env` must agree on the secrets"
    for service in SERVICES.values():
        for name, value in (service.get("environment") or {}).items():
            if re.search(r"PASSWORD|TOKEN|API_KEY", name):
                assert INTERPOLATED.match(str(value)), f"{name} is written into compose"


def test_ingest_endpoint_needs_its_token() -> None:
    env = SERVICES["ingest"]["environment"]
    settings = IngestSettings(http_host=env["INGEST_HTTP_HOST"], http_token=SecretStr("from .env"))
    assert settings.http_exposure_error() is None
    assert IngestSettings(http_host=env["INGEST_HTTP_HOST"]).http_exposure_error() is not None
    assert INTERPOLATED.match(env["INGEST_HTTP_TOKEN"])


def test_broker_is_sized_from_the_topic_specs() -> None:
    env = SERVICES["kafka"]["environment"]
    assert env["KAFKA_MESSAGE_MAX_BYTES"] == max(spec.max_message_bytes for spec in TOPIC_SPECS.values())
    assert {env["KAFKA_NUM_PARTITIONS"]} == {spec.partitions for spec in TOPIC_SPECS.values()}


def test_every_party_of_a_topic_is_a_service_on_kafka() -> None:
    parties = {party for spec in TOPIC_SPECS.values() for party in (*spec.producers, *spec.consumers)}
    for service in parties - {"feeders"}:
        assert SERVICES[service]["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
        assert SERVICES[service]["depends_on"]["setup"]["condition"] == "service_completed_successfully"
