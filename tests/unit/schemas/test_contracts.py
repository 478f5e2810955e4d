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


V2_ARTICLE_FIELDS = {
    "urgency",
    "headline_only",
    "pubstatus",
    "embargoed",
    "embargoed_until",
    "agency_entities",
    "keywords",
    "slugline",
    "editorial_note",
    "priority",
    "run_id",
}


def test_version_1_messages_still_validate_and_get_the_defaults() -> None:
    """Version 2 is additive: a producer still writing version 1 is read, with every new field at its default."""
    example = json.loads((EXAMPLES / "newswire.enriched.json").read_text(encoding="utf-8"))
    example["schema_version"] = example["article"]["schema_version"] = 1
    for name in V2_ARTICLE_FIELDS:
        del example["article"][name]
    for entity in example["entities"]:
        del entity["sources"]
    enriched = EnrichedArticle.model_validate(example)
    assert (enriched.schema_version, enriched.article.schema_version) == (1, 1)
    assert (enriched.article.urgency, enriched.article.pubstatus, enriched.article.embargoed) == (None, "usable", False)
    assert all(entity.sources == ["tagger"] for entity in enriched.entities)
    letter = json.loads((EXAMPLES / "newswire.deadletter.json").read_text(encoding="utf-8"))
    letter["schema_version"] = 1
    del letter["run_id"]
    assert DeadLetter.model_validate(letter).run_id is None


def test_new_messages_are_version_2() -> None:
    article = Article.model_validate_json((EXAMPLES / "newswire.articles.json").read_bytes())
    assert set(article.model_dump()) >= V2_ARTICLE_FIELDS
    assert article.schema_version == 2


def test_inbox_run_id_travels_as_a_header() -> None:
    headers = InboxHeaders(file_name="flash.txt", run_id="demo-1a2b")
    assert ("run-id", b"demo-1a2b") in headers.to_kafka()
    assert InboxHeaders.from_kafka(headers.to_kafka()).run_id == "demo-1a2b"
