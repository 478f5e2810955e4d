"""`newswire demo`: run the whole pipeline on a folder of wire files and show what was indexed."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import uuid
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client
from newswire_tagger.entities.surface import surface_forms

from newswire_cli.feed import Outcome, drop_files, wait_for_outcomes
from newswire_cli.services import PipelineProcesses
from newswire_cli.topics import ensure_topics

logger = logging.getLogger(__name__)


def report_entry(outcome: Outcome) -> dict[str, Any]:
    """One object of the ``--report`` list, from the document the file became."""
    doc = outcome.document
    if outcome.status != "indexed":
        return {
            "file": outcome.file,
            "status": "rejected",
            "article_id": doc.get("article_id"),
            "headline": None,
            "entities": {"PER": [], "ORG": [], "LOC": []},
            "mentions": {"PER": {}, "ORG": {}, "LOC": {}},
            "topics": [],
            "reason": doc.get("reason", "not indexed or dead-lettered before the timeout"),
        }
    topics = sorted(doc.get("topics", []), key=lambda t: t["rank"])
    return {
        "file": outcome.file,
        "status": "indexed",
        "article_id": doc["article_id"],
        "headline": doc["headline"],
        "entities": {"PER": doc.get("persons", []), "ORG": doc.get("organizations", []), "LOC": doc.get("places", [])},
        "mentions": mentions(doc.get("entities", [])),
        "topics": [{"code": t["code"], "label": t["label_en"], "score": t["score"]} for t in topics],
    }


def mentions(entities: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Per type, each entity's name → the surface forms the article used, suffix stripped (``ABD'nin`` → ``ABD``)."""
    result: dict[str, dict[str, list[str]]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for entity in entities:
        forms = result[entity["type"]].setdefault(entity["name"], [])
        forms.extend(f for f in surface_forms(entity.get("mention_texts", [])) if f not in forms)
    return result


def summary(entries: list[dict[str, Any]]) -> str:
    """A readable summary of the run for the terminal."""
    lines = []
    for entry in entries:
        lines.append(f"{entry['file']}: {entry['status'].upper()}  id={entry['article_id']}")
        if entry["status"] == "indexed":
            lines.append(f"  headline: {entry['headline']}")
            for kind, names in entry["entities"].items():
                lines.append(f"  {kind}: {', '.join(names) or '-'}")
            topics = ", ".join(f"{t['code']} {t['label']} ({t['score']:.2f})" for t in entry["topics"])
            lines.append(f"  topics: {topics or '-'}")
        else:
            lines.append(f"  reason: {entry.get('reason')}")
    indexed = sum(e["status"] == "indexed" for e in entries)
    lines.append(f"{indexed} indexed, {len(entries) - indexed} rejected, of {len(entries)} file(s)")
    return "\n".join(lines)


async def run(files: list[Path], timeout_s: float, repo_root: Path) -> dict[str, Outcome] | None:
    """Start what is needed, feed the files, wait until each is indexed or dead-lettered, stop what was started."""
    kafka, es_settings = KafkaSettings(), ElasticsearchSettings()
    external = "KAFKA_BOOTSTRAP_SERVERS" in os.environ and "ELASTICSEARCH_URL" in os.environ
    async with AsyncExitStack() as stack:
        if not external:
            from newswire_cli.stack.sharing import shared_stack  # noqa: PLC0415 - only when we use the local stack

            endpoints = stack.enter_context(shared_stack())  # stops on exit only what it started
            if endpoints.elasticsearch_url is None:
                sys.stderr.write("the local stack has no Elasticsearch component\n")
                return None
            kafka = kafka.model_copy(update={"bootstrap_servers": endpoints.kafka_bootstrap})
            es_settings = es_settings.model_copy(update={"url": endpoints.elasticsearch_url})
        await ensure_topics(kafka)  # before the services subscribe, so none auto-creates a one-partition topic
        run_id = uuid.uuid4().hex[:8]
        return await run_files(kafka, es_settings, files, repo_root / "var" / "demo" / run_id, timeout_s=timeout_s)


async def run_files(
    kafka: KafkaSettings, es_settings: ElasticsearchSettings, files: list[Path], log_dir: Path, *, timeout_s: float
) -> dict[str, Outcome]:
    """Run ingest, tagger and indexer (logs in ``log_dir``) on ``files`` until each is indexed or dead-lettered."""
    processes = PipelineProcesses(kafka, es_settings, log_dir=log_dir, run_id=log_dir.name)
    es = elasticsearch_client(es_settings)
    try:
        with processes:
            since = datetime.now(UTC) - timedelta(seconds=1)
            await drop_files(kafka, files)
            return await wait_for_outcomes(
                es,
                articles_alias=es_settings.articles_alias,
                deadletters_index=es_settings.deadletters_index,
                files=[f.name for f in files],
                since=since,
                timeout_s=timeout_s,
                alive=processes.check_alive,
            )
    finally:
        await es.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newswire demo``."""
    parser = argparse.ArgumentParser(prog="newswire demo", description=__doc__)
    parser.add_argument("--input", type=Path, default=Path("seeds"), help="folder of wire files (default: seeds/)")
    parser.add_argument("--report", type=Path, default=None, help="write the JSON report here")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for every file")
    args = parser.parse_args(argv)
    if not args.input.is_dir():
        parser.error(f"--input {args.input}: no such folder")
    files = sorted(p for p in args.input.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        sys.stderr.write(f"no files in {args.input}\n")
        return 2
    outcomes = asyncio.run(run(files, args.timeout, Path.cwd()))
    if outcomes is None:
        return 2
    entries = [report_entry(outcomes[f.name]) for f in files]
    sys.stdout.write(summary(entries) + "\n")
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        sys.stdout.write(f"report written to {args.report}\n")
    return 0 if all(outcomes[f.name].status != "missing" for f in files) else 1
