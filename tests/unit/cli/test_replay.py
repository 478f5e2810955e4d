"""`newswire retag` and `newswire deadletters`: options to queries, letters to the records they resend, output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswire_cli.errors import UsageError
from newswire_cli.replay import retag
from newswire_cli.replay.deadletters import build_parser as deadletters_parser
from newswire_cli.replay.deadletters import filter_from
from newswire_cli.replay.letters import StoredLetter, letter_of
from newswire_cli.replay.output import letters_json, letters_table
from newswire_cli.replay.selection import RetagSelection, page_request
from newswire_cli.replay.targets import NotReplayableError, article_resend, letter_resend
from newswire_cli.search.query import parse_moment
from newswire_indexer.documents import deadletter_document
from newswire_runtime import KafkaSettings
from newswire_schemas import Article, DeadLetter, EnrichedArticle

EXAMPLES = Path(__file__).resolve().parents[3] / "schemas" / "examples"
KAFKA = KafkaSettings(topic_prefix="p.")


def _example(name: str) -> bytes:
    return (EXAMPLES / f"newswire.{name}.json").read_bytes()


def _letter(stage: str, payload: bytes, **update: object) -> DeadLetter:
    letter = DeadLetter.model_validate_json(_example("deadletter"))
    return letter.model_copy(update={"stage": stage, "payload": payload, "payload_size": len(payload), **update})


def _selection(*argv: str) -> RetagSelection:
    return retag.selection_from(retag.build_parser().parse_args(list(argv)))


def test_retag_needs_a_choice_or_all() -> None:
    with pytest.raises(UsageError, match="say which articles"):
        _selection()
    assert _selection("--all").query() == {"bool": {"filter": [], "must_not": [{"term": {"status": "withdrawn"}}]}}


def test_retag_query_combines_search_filters_ids_and_versions() -> None:
    query = _selection("--since", "2026-11-01", "--org", "org:nato", "--id", "a", "--tagger-version", "0.1.0").query()
    filters = query["bool"]["filter"]
    assert {"term": {"entity_ids": "org:nato"}} in filters
    assert {"ids": {"values": ["a"]}} in filters
    assert {"terms": {"tagger_version": ["0.1.0"]}} in filters
    assert any("published_at" in json.dumps(f) for f in filters)
    words = _selection("--query", "Süper Lig").query()["bool"]["must"][0]["simple_query_string"]
    assert words["query"] == "Süper Lig"


def test_outdated_means_not_tagged_by_the_installed_models() -> None:
    installed = retag.installed_model_version()
    assert installed.startswith("0.1.0+gazetteer.")
    query = _selection("--outdated").query()
    assert {"prefix": {"tagger_version": installed}} in query["bool"]["must_not"], "any overrides suffix is current"


def test_pages_are_read_in_article_id_order_after_the_last_one() -> None:
    selection = _selection("--all")
    assert page_request(selection, None)["sort"] == [{"article_id": "asc"}]
    assert page_request(selection, ["nw-9"], size=3)["search_after"] == ["nw-9"]


def test_retag_resends_the_article_as_ingest_published_it_marked_as_a_replay() -> None:
    article = Article.model_validate_json(_example("articles"))
    resend = article_resend(article, KAFKA)
    assert (resend.topic, resend.key) == ("p.newswire.articles", article.id.encode())
    assert Article.model_validate_json(resend.value) == article
    assert ("replay", b"retag") in resend.headers
    assert ("schema", f"newswire.article/{article.schema_version}".encode()) in resend.headers


def test_each_stage_letter_goes_back_to_that_stage_input() -> None:
    raw = letter_resend(_letter("ingest", b"<nitf/>"), KAFKA)
    assert (raw.topic, raw.key, raw.value) == ("p.newswire.inbox", b"broken.xml", b"<nitf/>")
    assert ("file-name", b"broken.xml") in raw.headers
    assert ("content-type", b"application/xml") in raw.headers
    article = letter_resend(_letter("tagger", _example("articles")), KAFKA)
    assert article.topic == "p.newswire.articles"
    assert ("replay", b"deadletter") in article.headers
    enriched = letter_resend(_letter("indexer", _example("enriched")), KAFKA)
    assert enriched.topic == "p.newswire.enriched"
    assert enriched.key == EnrichedArticle.model_validate_json(_example("enriched")).article.id.encode()


def test_cut_or_still_invalid_payloads_are_not_replayed() -> None:
    with pytest.raises(NotReplayableError, match="only 3 of 900 bytes"):
        letter_resend(_letter("ingest", b"abc", payload_size=900, payload_truncated=True), KAFKA)
    with pytest.raises(NotReplayableError, match="not a valid Article"):
        letter_resend(_letter("tagger", b'{"not": "an article"}'), KAFKA)
    with pytest.raises(NotReplayableError, match="not a valid EnrichedArticle"):
        letter_resend(_letter("indexer", _example("articles")), KAFKA)


def test_a_letter_comes_back_whole_from_its_index_document() -> None:
    letter = _letter("ingest", b"<nitf>\xff</nitf>")
    stored = letter_of(deadletter_document(letter))
    assert (stored.letter, stored.payload_kept) == (letter, True)
    big = letter_of(deadletter_document(letter, payload_max_bytes=4))
    assert (big.letter.payload, big.payload_kept) == (b"", False)


def test_letter_filter_in_the_index_and_on_the_topic_agree() -> None:
    argv = ["replay", "--stage", "tagger", "--reason", "Not VALID", "--since", "2026-11-28"]
    chosen = filter_from(deadletters_parser().parse_args(argv))
    query = chosen.query()
    assert {"terms": {"stage": ["tagger"]}} in query["bool"]["filter"]
    assert query["bool"]["must_not"] == [{"exists": {"field": "replayed_at"}}], "replay skips replayed letters"
    failed = datetime(2026, 11, 28, 9, tzinfo=UTC)
    assert chosen.matches(_letter("tagger", b"x", reason="payload is not valid JSON", failed_at=failed))
    assert not chosen.matches(_letter("ingest", b"x", reason="payload is not valid JSON", failed_at=failed))
    assert not chosen.matches(_letter("tagger", b"x", reason="too large", failed_at=failed))
    earlier = datetime(2026, 11, 27, 23, 59, tzinfo=UTC)
    assert not chosen.matches(_letter("tagger", b"x", reason="not valid", failed_at=earlier))
    listed = filter_from(deadletters_parser().parse_args(["list"]))
    assert listed.empty
    assert listed.query()["bool"]["must_not"] == [], "list shows replayed letters too"


def test_until_a_date_counts_through_its_end() -> None:
    chosen = filter_from(deadletters_parser().parse_args(["list", "--until", "2026-11-28"]))
    assert chosen.until == parse_moment("2026-11-28")
    assert chosen.matches(_letter("ingest", b"x", failed_at=datetime(2026, 11, 28, 23, 59, tzinfo=UTC)))
    assert not chosen.matches(_letter("ingest", b"x", failed_at=datetime(2026, 11, 29, tzinfo=UTC)))


def test_letters_table_and_json() -> None:
    stored = [
        StoredLetter(_letter("ingest", b"<nitf/>"), replayed_at="2026-11-29T10:00:00.000Z", replayed_to="t:0:1"),
        StoredLetter(_letter("indexer", b"", article_id="nw-1", payload_size=99999), payload_kept=False),
    ]
    table = letters_table(stored, 5, width=100).splitlines()
    assert table[0].split() == ["FAILED", "STAGE", "ERROR", "WHAT", "REASON", "REPLAYED", "ID"]
    assert "broken.xml" in table[1]
    assert "2026-11-29 10:00" in table[1]
    assert "nw-1" in table[2]
    assert table[-1] == "2 of 5 dead letters"
    assert "NITF …" in table[1], "the reason is what gives way to the width"
    records = json.loads(letters_json(stored, 5))
    assert records["total"] == 5
    assert records["deadletters"][0]["payload_base64"] == "PG5pdGYvPg=="
    assert records["deadletters"][1]["payload_base64"] is None
    assert letters_table([], 0, width=80) == "no dead letters match"
