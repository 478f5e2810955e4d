"""The walking skeleton: a wire file dropped into the inbox topic is found in Elasticsearch, tagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_cli.demo import run_files
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client

from tests.e2e.runs import seed_and_broken

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


async def test_seed_travels_from_inbox_to_search_hit(
    kafka_settings: KafkaSettings, es_settings: ElasticsearchSettings, tmp_path: Path
) -> None:
    seed, broken = seed_and_broken(tmp_path)
    outcomes = await run_files(kafka_settings, es_settings, [seed, broken], tmp_path / "logs", timeout_s=180)
    assert outcomes[seed.name].status == "indexed"
    assert outcomes[broken.name].status == "rejected"
    assert outcomes[broken.name].document["stage"] == "ingest"

    # The body says "Bakü'ye"; the Turkish analysis must find it from the inflected form "Bakü'de".
    es = elasticsearch_client(es_settings)
    try:
        await es.indices.refresh(index=es_settings.articles_alias)
        hits = await es.search(index=es_settings.articles_alias, query={"match": {"body": "Bakü'de"}})
    finally:
        await es.close()
    assert [h["_source"]["file_name"] for h in hits["hits"]["hits"]] == [seed.name]
    doc = hits["hits"]["hits"][0]["_source"]
    assert "Ceyhun Bayramov" in doc["persons"]
    assert "NATO" in doc["organizations"]
    assert "Bakü" in doc["places"]
    assert doc["topics"][0]["code"] == "11000000"
