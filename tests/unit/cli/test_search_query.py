"""`newswire search` / `show` offline: options to request, request to Elasticsearch body, hits to output."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from newswire_cli.search.article import render_article
from newswire_cli.search.cli import request_from, search_parser, show_parser
from newswire_cli.search.output import result_row, search_csv, search_json, search_table
from newswire_cli.search.query import (
    Moment,
    SearchRequest,
    build_search,
    entity_filter,
    parse_moment,
    topic_filter,
    turkish_variants,
)
from newswire_cli.table import render_table

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_options_become_a_request() -> None:
    words = ["Bakü'de", "enerji", "--person", "Hakan Fidan", "--person", "per:ceyhun-bayramov", "--org", "org:nato"]
    filters = ["--place", "Bakü", "--topic", "04000000", "--source", "AA", "--since", "2026-11-20", "--limit", "3"]
    args = search_parser().parse_args([*words, *filters])
    request = request_from(args)
    assert request.text == "Bakü'de enerji"
    assert request.persons == ("Hakan Fidan", "per:ceyhun-bayramov")
    assert (request.organizations, request.places, request.topics, request.sources) == (
        ("org:nato",),
        ("Bakü",),
        ("04000000",),
        ("AA",),
    )
    assert request.since == Moment(datetime(2026, 11, 20, tzinfo=UTC), whole_day=True)
    assert request.limit == 3


@pytest.mark.parametrize("bad", [["--limit", "0"], ["--limit", "10001"], ["--since", "yesterday"], ["--json", "--csv"]])
def test_bad_options_are_usage_errors(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        search_parser().parse_args(bad)
    assert exited.value.code == 2
    assert "usage: newswire search" in capsys.readouterr().err


def test_show_takes_an_id() -> None:
    args = show_parser().parse_args(["nw-1", "--json", "--no-text"])
    assert (args.id, args.json, args.no_text) == ("nw-1", True, True)


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-11-20", Moment(datetime(2026, 11, 20, tzinfo=UTC), whole_day=True)),
        ("2026-11-20T09:30", Moment(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))),
        ("2026-11-20T09:30+03:00", Moment(datetime(2026, 11, 20, 6, 30, tzinfo=UTC))),
        ("7d", Moment(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))),
        ("90m", Moment(datetime(2026, 12, 2, 10, 30, tzinfo=UTC))),
    ],
)
def test_dates_and_spans(text: str, moment: Moment) -> None:
    assert parse_moment(text, now=NOW) == moment


def test_turkish_case_variants() -> None:
    assert turkish_variants("istanbul") == ["istanbul", "İSTANBUL"]
    assert turkish_variants("ığdır") == ["ığdır", "IĞDIR"]
    assert turkish_variants("NATO") == ["NATO"]


def test_entity_by_id_or_by_name() -> None:
    assert entity_filter("organizations", "org:nato") == {"term": {"entity_ids": "org:nato"}}
    by_name = entity_filter("places", "istanbul")["bool"]["should"]
    assert [clause["term"]["places"] for clause in by_name] == [
        {"value": "istanbul", "case_insensitive": True},
        {"value": "İSTANBUL", "case_insensitive": True},
    ]


def test_topic_by_code_or_label_part() -> None:
    assert topic_filter("medtop:04000000") == {"term": {"topic_codes": "04000000"}}
    clauses = topic_filter("a*b")["bool"]["should"]
    assert {next(iter(c["wildcard"])) for c in clauses} == {"topic_labels", "topic_labels_tr"}
    assert clauses[0]["wildcard"]["topic_labels"] == {"value": "*a\\*b*", "case_insensitive": True}


def _filters(body: dict[str, Any]) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = body["query"]["bool"]["filter"]
    return filters


def test_text_is_scored_filters_are_not_and_a_date_only_until_covers_its_day() -> None:
    request = SearchRequest(
        text='"Merkez Bankası" faiz',
        sources=("AA",),
        until=Moment(datetime(2026, 11, 30, tzinfo=UTC), whole_day=True),
    )
    body = build_search(request)
    (text,) = body["query"]["bool"]["must"]
    assert text["simple_query_string"]["default_operator"] == "and"
    assert text["simple_query_string"]["quote_field_suffix"] == ".exact"
    assert text["simple_query_string"]["fields"] == ["headline^3", "lead^2", "body"]
    source, dates = _filters(body)
    assert "source" in json.dumps(source)
    published = dates["bool"]["should"][0]["range"]["published_at"]
    assert published == {"lt": "2026-12-01T00:00:00+00:00"}
    assert body["sort"][0] == "_score"
    assert "body" not in body["_source"], "a result list never fetches the full text"


def test_without_text_newest_first() -> None:
    body = build_search(SearchRequest(limit=5))
    assert "must" not in body["query"]["bool"]
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert body["size"] == 5


HIT = {
    "_id": "nw-1",
    "_score": 1.5,
    "_source": {
        "headline": "Merkez Bankası politika faizini sabit tuttu ve piyasalar bunu bekliyordu",
        "published_at": "2026-11-20T09:00:00.000Z",
        "source": "DHA",
        "top_topic": "04000000",
        "top_topic_label": "economy, business and finance",
        "persons": ["Fatih Karahan"],
        "organizations": ["TCMB", "Para Politikası Kurulu"],
        "places": [],
    },
}


def test_table_fits_the_width_and_says_how_many_there_are() -> None:
    text = search_table([result_row(HIT)], total=7, width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[1].startswith("2026-11-20 09:00  DHA")
    assert lines[1].endswith("nw-1")
    assert "…" in lines[1]
    assert lines[-1] == "1 of 7 articles; --limit 7 shows all"
    assert search_table([], total=0, width=80) == "no articles match"


def test_json_and_csv_for_scripts() -> None:
    rows = [result_row(HIT)]
    parsed = json.loads(search_json(rows, 1))
    assert parsed["total"] == 1
    assert parsed["articles"][0]["organizations"] == ["TCMB", "Para Politikası Kurulu"]
    (row,) = list(csv.DictReader(io.StringIO(search_csv(rows))))
    assert row["organizations"] == "TCMB; Para Politikası Kurulu"
    assert row["places"] == ""
    assert row["score"] == "1.5"


def test_render_table_clips_only_the_flexible_column() -> None:
    text = render_table(("A", "LONG"), [("x", "y" * 50)], width=20, flexible=1)
    assert text.splitlines() == ["A  LONG", "x  " + "y" * 16 + "…"]


def test_article_page_has_entities_and_topics_with_reasons() -> None:
    doc = {
        "article_id": "nw-1",
        "version": 2,
        "headline": "Başlık",
        "lead": "Giriş.",
        "body": "Gövde.",
        "language": "tr",
        "language_confidence": 0.98,
        "latency_ms": 1200,
        "entities": [
            {"type": "LOC", "name": "Bakü", "id": "geonames:587084", "confidence": 0.95, "relevance": 0.6},
            {
                "type": "PER",
                "name": "Ceyhun Bayramov",
                "id": "per:ceyhun-bayramov",
                "title": "Dışişleri Bakanı",
                "confidence": 0.97,
                "relevance": 0.9,
                "mention_count": 2,
            },
        ],
        "topics": [
            {
                "code": "11000000",
                "label_en": "politics",
                "label_tr": "siyaset",
                "score": 0.93,
                "rank": 1,
                "reasons": ["keyword: nato ×3", "term: bakan"],
            },
        ],
    }
    page = render_article(doc, width=120)
    assert page.splitlines()[0] == "Başlık"
    assert "version 2" in page
    assert "tr (0.98)" in page
    assert "latency 1.2 s" in page
    entity_lines = page[page.index("Entities (2)") :].splitlines()
    assert entity_lines[2].split()[:3] == ["PER", "Ceyhun", "Bayramov"], "most relevant first"
    assert "Dışişleri Bakanı  0.97" in entity_lines[2]
    assert page.splitlines()[-1].split()[:4] == ["1", "11000000", "politics", "(siyaset)"]
    assert page.endswith("keyword: nato ×3, term: bakan")
    assert "Gövde." not in render_article(doc, width=120, text=False)
