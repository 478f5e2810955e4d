"""The faust agent: good articles are enriched, anything else is dead-lettered and the stream moves on."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from newswire_schemas import Article
from newswire_tagger.app import create_app
from newswire_tagger.pipeline import Tagger
from newswire_tagger.settings import TaggerSettings
from newswire_tagger.sink import MemorySink

EXAMPLE = Path(__file__).resolve().parents[3] / "schemas" / "examples" / "newswire.articles.json"
SEED = next((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load()


@pytest.fixture
async def worker(tagger: Tagger, tmp_path: Path) -> AsyncIterator[tuple[object, MemorySink]]:
    sink = MemorySink()
    settings = TaggerSettings(web_enabled=False, data_dir=tmp_path)
    app = create_app(settings, tagger, sink=sink)
    async with app.tagger_agent.test_context() as agent:  # type: ignore[attr-defined]
        yield agent, sink
    # The stream created faust's Kafka consumer, whose thread (never started in a test) owns a loop: close it.
    thread = getattr(app.consumer, "_thread", None)
    if thread is not None and not thread.thread_loop.is_closed():
        thread.thread_loop.close()


def seed_article() -> Article:
    example = Article.model_validate_json(EXAMPLE.read_bytes())
    paragraphs = SEED.read_text(encoding="utf-8").strip().removeprefix("date 2026-01-22 ").split("\n\n")
    return example.model_copy(update={"lead": paragraphs[0], "body": "\n\n".join(paragraphs[1:])})


async def test_article_is_enriched(worker: tuple[object, MemorySink]) -> None:
    agent, sink = worker
    article = seed_article()
    await agent.put(key=article.id.encode(), value=article.model_dump_json().encode())  # type: ignore[attr-defined]
    assert [e.article.id for e in sink.enriched] == [article.id]
    enriched = sink.enriched[0]
    assert enriched.language.code == "tr"
    assert enriched.topics[0].code == "11000000"
    names = {(e.type, e.name) for e in enriched.entities}
    assert {("PER", "Ceyhun Bayramov"), ("ORG", "NATO"), ("LOC", "Bakü")} <= names
    for entity in enriched.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    assert sink.dead_letters == []


async def test_invalid_message_is_dead_lettered_and_stream_continues(worker: tuple[object, MemorySink]) -> None:
    agent, sink = worker
    await agent.put(key=b"x", value=b'{"not": "an article"}')  # type: ignore[attr-defined]
    await agent.put(key=b"y", value=b"\xff\xfe garbage")  # type: ignore[attr-defined]
    article = seed_article()
    await agent.put(key=article.id.encode(), value=article.model_dump_json().encode())  # type: ignore[attr-defined]
    assert [d.error_class for d in sink.dead_letters] == ["InvalidArticleError", "InvalidArticleError"]
    first = sink.dead_letters[0]
    assert first.stage == "tagger"
    assert first.payload == b'{"not": "an article"}'
    assert first.source_topic == "newswire.articles"
    assert first.source_offset is not None
    assert "not a valid newswire.articles message" in first.reason
    assert [e.article.id for e in sink.enriched] == [article.id]


async def test_tagging_failure_is_dead_lettered_with_the_articles_id_file_and_run(
    worker: tuple[object, MemorySink], monkeypatch: pytest.MonkeyPatch, tagger: Tagger
) -> None:
    agent, sink = worker

    def explode(text: str) -> list[object]:
        raise ValueError("model exploded")

    monkeypatch.setattr(tagger.ner, "extract", explode)
    article = seed_article().model_copy(update={"file_name": "baku.txt", "run_id": "run-7"})
    await agent.put(key=article.id.encode(), value=article.model_dump_json().encode())  # type: ignore[attr-defined]
    assert sink.enriched == []
    (letter,) = sink.dead_letters
    assert (letter.error_class, letter.article_id, letter.reason) == ("ValueError", article.id, "model exploded")
    assert (letter.file_name, letter.channel, letter.run_id) == ("baku.txt", article.channel, "run-7")
    assert json.loads(letter.payload)["id"] == article.id


async def test_metrics_count_tagged_and_dead_lettered(worker: tuple[object, MemorySink]) -> None:
    agent, _ = worker
    article = seed_article()
    await agent.put(key=b"x", value=b"{}")  # type: ignore[attr-defined]
    await agent.put(key=article.id.encode(), value=article.model_dump_json().encode())  # type: ignore[attr-defined]
    text = agent.app.tagger_metrics.exposition().decode()  # type: ignore[attr-defined]
    assert 'newswire_tagger_articles_tagged_total{language="tr"} 1.0' in text
    assert 'newswire_tagger_deadletters_total{error_class="InvalidArticleError"} 1.0' in text
    assert "newswire_tagger_tagging_seconds_count 1.0" in text
    assert 'newswire_tagger_model_info{gazetteer="' in text


async def test_replay_header_is_carried_to_the_output(worker: tuple[object, MemorySink]) -> None:
    agent, sink = worker
    article = seed_article()
    value = article.model_dump_json().encode()
    await agent.put(key=article.id.encode(), value=value, headers={"replay": b"retag", "schema": b"x"})  # type: ignore[attr-defined]
    await agent.put(key=article.id.encode(), value=value)  # type: ignore[attr-defined]
    assert sink.headers == [[("replay", b"retag")], []]


def test_version_names_the_model_artifacts(tagger: Tagger) -> None:
    assert tagger.version == tagger.model_version
    assert tagger.version.startswith("0.1.0+gazetteer.")
    assert set(tagger.artifacts) == {"gazetteer", "kb", "ner", "topics"}


def test_overrides_are_the_last_step_and_named_in_the_version(tagger: Tagger, tmp_path: Path) -> None:
    path = tmp_path / "overrides.toml"
    path.write_text(
        '[[block]]\nname = "NATO"\n'
        '[[alias]]\ntext = "Bayramov"\nname = "Ceyhun Bayramov"\ntype = "PER"\nid = "per:ceyhun-bayramov"\n'
        '[[topic]]\ncode = "15000000"\nwords = ["güvenlik"]\n',  # sport: no model gives it to this story
        encoding="utf-8",
    )
    corrected = Tagger.load(path)
    article = seed_article()
    plain, fixed = tagger.enrich(article), corrected.enrich(article)
    assert "NATO" in {e.name for e in plain.entities}
    assert "NATO" not in {e.name for e in fixed.entities}
    assert (fixed.topics[0].code, fixed.topics[0].score, fixed.topics[0].rank) == ("15000000", 1.0, 1)
    assert fixed.topics[0].reasons == ["override: word 'güvenlik'"]
    assert [t.code for t in fixed.topics[1:]] == [t.code for t in plain.topics], "the model's topics follow"
    bayramov = next(e for e in fixed.entities if e.id == "per:ceyhun-bayramov")
    assert bayramov.name == "Ceyhun Bayramov"
    assert fixed.tagger_version.startswith(plain.tagger_version + ".overrides.")
    for entity in fixed.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
