"""The committed JSON Schemas and examples agree with the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import newswire_schemas
import pytest
from newswire_schemas import TOPIC_MODELS, Article, DeadLetter, EnrichedArticle, InboxHeaders, key_for
from newswire_schemas.generate import DEFAULT_OUT, main, schema_documents

EXAMPLES = Path(__file__).resolve().parents[3] / "schemas" / "examples"


def test_committed_schemas_match_models() -> None:
    for name, text in schema_documents().items():
        committed = (DEFAULT_OUT / name).read_text(encoding="utf-8")
        assert committed == text, f"{name} drifted: run python -m newswire_schemas.generate"
    assert main(["--check"]) == 0


def test_check_reports_drift(tmp_path: Path) -> None:
    (tmp_path / "newswire.articles.schema.json").write_text("{}", encoding="utf-8")
    assert main(["--check", "--out", str(tmp_path)]) == 1


@pytest.mark.parametrize("topic", sorted(TOPIC_MODELS))
def test_example_validates_against_model_and_schema(topic: str) -> None:
    example = json.loads((EXAMPLES / f"{topic}.json").read_text(encoding="utf-8"))
    model = TOPIC_MODELS[topic].model_validate_json(json.dumps(example))
    schema = json.loads((DEFAULT_OUT / f"{topic}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(example, schema)
    assert json.loads(model.model_dump_json()) == example


def test_every_topic_has_an_example_and_a_schema() -> None:
    assert {p.name.removesuffix(".json") for p in EXAMPLES.glob("*.json")} == set(TOPIC_MODELS)


def test_dead_letter_payload_round_trips_arbitrary_bytes() -> None:
    example = json.loads((EXAMPLES / "newswire.deadletter.json").read_text(encoding="utf-8"))
    letter = DeadLetter.model_validate(example).model_copy(update={"payload": bytes(range(256))})
    assert DeadLetter.model_validate_json(letter.model_dump_json()).payload == bytes(range(256))


def test_messages_are_keyed_by_article_id() -> None:
    enriched = EnrichedArticle.model_validate_json((EXAMPLES / "newswire.enriched.json").read_bytes())
    article = Article.model_validate_json((EXAMPLES / "newswire.articles.json").read_bytes())
    assert key_for(enriched) == key_for(article) == article.id.encode()


def test_inbox_headers_round_trip_through_kafka_headers() -> None:
    headers = InboxHeaders(file_name="haber.xml", content_type="application/xml")
    assert InboxHeaders.from_kafka(headers.to_kafka()) == headers
    assert InboxHeaders.from_kafka(None) == InboxHeaders()


def test_public_names_are_exported() -> None:
    for name in newswire_schemas.__all__:
        assert hasattr(newswire_schemas, name)
