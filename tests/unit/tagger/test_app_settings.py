"""The tagger's faust app: Kafka security from the shared settings, its web server bound to loopback."""

from __future__ import annotations

from pathlib import Path

from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from newswire_cli.stack import tls
from newswire_schemas import MAX_MESSAGE_BYTES
from newswire_tagger.app import create_app
from newswire_tagger.pipeline import Tagger
from newswire_tagger.settings import TaggerSettings
from newswire_tagger.sink import MemorySink

from tests.unit.runtime.conftest import sasl_ssl


def _app(settings: TaggerSettings) -> object:
    # The models are not used: no event is processed here.
    return create_app(settings, Tagger(ner=None, linker=None, topics=None), sink=MemorySink())  # type: ignore[arg-type]  # no models needed


def test_web_server_binds_loopback_by_default(tmp_path: Path) -> None:
    app = _app(TaggerSettings(data_dir=tmp_path))
    assert app.conf.web_bind == "127.0.0.1"  # type: ignore[attr-defined]
    opened = _app(TaggerSettings(data_dir=tmp_path, web_bind="0.0.0.0"))  # noqa: S104
    assert opened.conf.web_bind == "0.0.0.0"  # type: ignore[attr-defined]  # noqa: S104


def test_sasl_ssl_reaches_faust_with_tls(tmp_path: Path) -> None:
    ca = tls.ensure_ca(tmp_path / "pki")
    kafka = sasl_ssl(ca, bootstrap_servers="k1:9094,k2:9094")
    app = _app(TaggerSettings(kafka=kafka, data_dir=tmp_path))
    conf = app.conf  # type: ignore[attr-defined]
    assert [str(url) for url in conf.broker] == ["kafka://k1:9094", "kafka://k2:9094"]
    auth = credentials_to_aiokafka_auth(conf.broker_credentials)
    assert auth["security_protocol"] == "SASL_SSL"
    assert auth["ssl_context"] is not None
    assert (auth["sasl_mechanism"], auth["sasl_plain_username"]) == ("SCRAM-SHA-512", "newswire")


def test_producer_takes_messages_as_large_as_the_topic(tmp_path: Path) -> None:
    app = _app(TaggerSettings(data_dir=tmp_path))
    assert app.conf.producer_max_request_size == MAX_MESSAGE_BYTES  # type: ignore[attr-defined]
