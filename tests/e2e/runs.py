"""One pipeline run for the end-to-end tests: the three services started, files dropped, each one's fate awaited."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newswire_cli.feed import Outcome, drop_files, wait_for_outcomes
from newswire_cli.services import PipelineProcesses
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
"""The shipped wire story: tagged, it names Ceyhun Bayramov, NATO and Bakü, topic 11000000."""


def seed_and_broken(folder: Path) -> list[Path]:
    """The seed story and a truncated NITF file, written into ``folder``."""
    seed, broken = folder / SEED.name, folder / "broken.xml"
    seed.write_bytes(SEED.read_bytes())
    broken.write_bytes(b"<nitf><head><title>yarim")
    return [seed, broken]


async def run_pipeline(
    kafka: KafkaSettings, es_settings: ElasticsearchSettings, files: list[Path], log_dir: Path
) -> dict[str, Outcome]:
    """Run ingest, tagger and indexer on ``files`` until every one is indexed or dead-lettered (or 180 s pass)."""
    since = datetime.now(UTC) - timedelta(seconds=1)
    processes = PipelineProcesses(kafka, es_settings, log_dir=log_dir, run_id=uuid.uuid4().hex[:8])
    es = elasticsearch_client(es_settings)
    try:
        with processes:
            await drop_files(kafka, files)
            return await wait_for_outcomes(
                es,
                articles_alias=es_settings.articles_alias,
                deadletters_index=es_settings.deadletters_index,
                files=[f.name for f in files],
                since=since,
                timeout_s=180,
                alive=processes.check_alive,
            )
    finally:
        await es.close()
