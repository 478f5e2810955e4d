"""The walking skeleton: a wire file dropped into the inbox topic is found in Elasticsearch, tagged."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from elasticsearch import AsyncElasticsearch
from newswire_cli.feed import drop_files, wait_for_outcomes
from newswire_cli.services import PipelineProcesses
from newswire_schemas import ElasticsearchSettings, KafkaSettings

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


async def test_seed_travels_from_inbox_to_search_hit(
    kafka_settings: KafkaSettings, es_settings: ElasticsearchSettings, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<nitf><head><title>yarim")
    seed = tmp_path / SEED.name
    seed.write_bytes(SEED.read_bytes())
    since = datetime.now(UTC) - timedelta(seconds=1)
    processes = PipelineProcesses(
        kafka_bootstrap=kafka_settings.bootstrap_servers,
        elasticsearch_url=es_settings.url,
        log_dir=tmp_path / "logs",
        topic_prefix=kafka_settings.topic_prefix,
        index_prefix=es_settings.index_prefix,
        run_id=uuid.uuid4().hex[:8],
    )
    es = AsyncElasticsearch(es_settings.url)
    try:
        with processes:
            await drop_files(kafka_settings.bootstrap_servers, kafka_settings.inbox_topic, [seed, broken])
            outcomes = await wait_for_outcomes(
                es,
                articles_alias=es_settings.articles_alias,
                deadletters_index=es_settings.deadletters_index,
                files=[seed.name, broken.name],
                since=since,
                timeout_s=180,
                alive=processes.check_alive,
            )
        assert outcomes[seed.name].status == "indexed"
        assert outcomes[broken.name].status == "rejected"
        assert outcomes[broken.name].document["stage"] == "ingest"

        # The body says "Bakü'ye"; the Turkish analysis must find it from the inflected form "Bakü'de".
        await es.indices.refresh(index=es_settings.articles_alias)
        hits = await es.search(index=es_settings.articles_alias, query={"match": {"body": "Bakü'de"}})
        assert [h["_source"]["file_name"] for h in hits["hits"]["hits"]] == [seed.name]
        doc = hits["hits"]["hits"][0]["_source"]
        assert "Ceyhun Bayramov" in doc["persons"]
        assert "NATO" in doc["organizations"]
        assert "Bakü" in doc["places"]
        assert doc["topics"][0]["code"] == "11000000"
    finally:
        await es.close()
