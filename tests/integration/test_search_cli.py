"""`newswire search` and `newswire show` against a real Elasticsearch holding the sample newsroom.

The newsroom is indexed with the indexer's own layout and document code (``index_newsroom``) under the test's
index prefix; the commands find it through ``ELASTICSEARCH_URL`` and ``ELASTICSEARCH_INDEX_PREFIX``, as a user's
shell would give them.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch
from newswire_cli.__main__ import main
from newswire_runtime import ElasticsearchSettings

from tests.conftest import run_async
from tests.integration.test_kibana_queries import example_article, index_newsroom

pytestmark = pytest.mark.integration

EXAMPLE_ID = example_article().article.id
"""NATO's Shekerinska in Baku with Bayramov, published 2026-01-22 (the text says "Bakü'ye", "Bakü'yü")."""


async def _index(settings: ElasticsearchSettings) -> None:
    es = AsyncElasticsearch(settings.url, request_timeout=30)
    try:
        await index_newsroom(es, settings)
    finally:
        await es.close()


@pytest.fixture
def newsroom_env(es_settings: ElasticsearchSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample newsroom under the test's prefix, and the environment that points the CLI at it."""
    run_async(lambda: _index(es_settings))
    monkeypatch.setenv("ELASTICSEARCH_URL", es_settings.url)
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", es_settings.index_prefix)
    monkeypatch.setenv("COLUMNS", "160")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ids(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    code, out, err = _run(capsys, *argv, "--json")
    assert code in (0, 1), err
    result: dict[str, Any] = json.loads(out)
    return [article["id"] for article in result["articles"]]


@pytest.mark.usefixtures("newsroom_env")
def test_full_text_finds_every_inflection_and_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "search", "Bakü'de")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["PUBLISHED", "SOURCE", "TOPIC", "HEADLINE", "ID"]
    assert {line.split()[-1] for line in lines[1:-1]} == {EXAMPLE_ID, "nw-baku-enerji"}
    assert lines[-1] == "2 of 2 articles"


@pytest.mark.usefixtures("newsroom_env")
def test_entity_filters_take_names_in_any_case_or_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert _ids(capsys, "search", "--person", "ceyhun bayramov") == ["nw-baku-enerji", EXAMPLE_ID], "newest first"
    assert _ids(capsys, "search", "--place", "istanbul") == ["nw-istanbul-derbi"], "i goes with İ in Turkish"
    assert _ids(capsys, "search", "--org", "org:nato") == ["nw-en-brussels", EXAMPLE_ID]
    assert _ids(capsys, "search", "--org", "org:nato", "--place", "Bakü") == [EXAMPLE_ID], "every filter holds"


@pytest.mark.usefixtures("newsroom_env")
def test_topic_source_and_date_filters(capsys: pytest.CaptureFixture[str]) -> None:
    economy = ["nw-baku-enerji", "nw-ankara-faiz"]
    assert _ids(capsys, "search", "--topic", "04000000") == economy
    assert _ids(capsys, "search", "--topic", "Economy") == economy
    assert _ids(capsys, "search", "--topic", "ekonomi") == economy
    assert _ids(capsys, "search", "faiz", "--topic", "medtop:04000000") == ["nw-ankara-faiz"]
    assert _ids(capsys, "search", "--source", "dha") == ["nw-ankara-faiz"]
    # a date-only --until counts through the end of that day
    two_days = _ids(capsys, "search", "--since", "2026-11-25", "--until", "2026-11-26")
    assert two_days == ["nw-baku-enerji", "nw-istanbul-derbi"]


@pytest.mark.usefixtures("newsroom_env")
def test_csv_limit_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "search", "--limit", "3", "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # the newsroom's flash of the last hour first; its held and its killed stories are not searchable
    assert [row["id"] for row in rows] == ["nw-flas-bogaz", "nw-en-brussels", "nw-baku-enerji"]
    assert rows[2]["persons"] == "Ceyhun Bayramov; Hakan Fidan"
    code, out, _ = _run(capsys, "search", "--limit", "1")
    assert out.splitlines()[-1] == "1 of 6 articles; --limit 6 shows all"
    code, out, _ = _run(capsys, "search", "kuantum")
    assert (code, out.strip()) == (1, "no articles match")


@pytest.mark.usefixtures("newsroom_env")
def test_show_prints_entities_and_topics_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", EXAMPLE_ID)
    assert code == 0
    assert out.startswith(example_article().article.headline)
    entities = out[out.index("Entities (3)") : out.index("Topics (2)")]
    bayramov = next(line for line in entities.splitlines() if "Ceyhun Bayramov" in line)
    assert bayramov.split()[:2] == ["PER", "Ceyhun"]
    assert "per:ceyhun-bayramov" in bayramov
    assert "Dışişleri Bakanı" in bayramov
    topics = out[out.index("Topics (2)") :].splitlines()
    assert topics[2].split()[:2] == ["1", "11000000"]
    assert topics[2].endswith("dışişleri bakanı, nato")
    code, out, _ = _run(capsys, "show", EXAMPLE_ID, "--json")
    assert json.loads(out)["topics"][0]["reasons"] == ["dışişleri bakanı", "nato"]


@pytest.mark.usefixtures("newsroom_env")
def test_show_of_an_unknown_id_is_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "show", "nw-nope")
    assert code == 1
    assert err.strip() == "newswire show: no article with id nw-nope"


def test_nothing_indexed_yet_is_one_clear_line(
    es_settings: ElasticsearchSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELASTICSEARCH_URL", es_settings.url)
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", es_settings.index_prefix)
    code, _, err = _run(capsys, "search", "faiz")
    assert code == 1
    assert err.startswith(f"newswire search: no index {es_settings.articles_alias} at ")
    assert len(err.strip().splitlines()) == 1
