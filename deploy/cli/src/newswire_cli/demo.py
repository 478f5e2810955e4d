"""`newswire demo`: run the whole pipeline on a folder of wire files and show what became of each article.

The files are sent under a run id of their own, and the report reads only that run's outcomes (see
:mod:`newswire_cli.report`): ``indexed``, ``embargoed``, ``withdrawn``, ``unchanged``, ``rejected``, or
``missing`` when nothing came back before the timeout; with the urgency of each article. Meanwhile one progress
line says how many files were sent, indexed and rejected. SIGINT or SIGTERM stops the services it started (and
the local stack, if it started that too) before it exits.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
import time
import uuid
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newswire_indexer.layout import receipts_index
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_runtime.elasticsearch import elasticsearch_client
from newswire_runtime.progress import ProgressLine

from newswire_cli.feed import drop_files
from newswire_cli.report import Expected, RunIndices, RunReport, collect, expect, wait_for_run
from newswire_cli.services import PipelineProcesses
from newswire_cli.topics import ensure_topics

logger = logging.getLogger(__name__)

EXIT_TERMINATED = 128 + signal.SIGTERM
"""Exit code after SIGTERM (services stopped first), as a shell reports a process ended by it."""


@dataclass
class RunProgress:
    """Files sent, indexed and rejected so far, on one progress line."""

    total: int
    line: ProgressLine = field(default_factory=ProgressLine)
    started: float = field(default_factory=time.monotonic)
    sent: int = 0
    indexed: int = 0
    rejected: int = 0

    def file_sent(self, _path: Path) -> None:
        """Kafka acknowledged one more file."""
        self.sent += 1
        self.line.update(self.text())

    def polled(self, files: list[Expected]) -> None:
        """What the stack said of the run's files at the latest poll."""
        self.rejected = sum(1 for expected in files if expected.dead_letter is not None)
        self.indexed = sum(1 for expected in files if expected.done and expected.dead_letter is None)
        self.line.update(self.text())

    def text(self) -> str:
        """``demo: 20/20 files sent, 15 indexed, 3 rejected, 2 waiting (12 s)``."""
        waiting = self.total - self.indexed - self.rejected
        return (
            f"demo: {self.sent}/{self.total} files sent, {self.indexed} indexed, {self.rejected} rejected,"
            f" {waiting} waiting ({time.monotonic() - self.started:.0f} s)"
        )


def summary(report: list[dict[str, Any]]) -> str:
    """A readable summary of the run for the terminal: each article, then the count per status."""
    lines = []
    for entry in report:
        urgency = f"  urgency={entry['urgency']}" if entry["urgency"] is not None else ""
        lines.append(f"{entry['file']}: {entry['status'].upper()}  id={entry['article_id']}{urgency}")
        if entry["headline"]:
            flash = " (headline only)" if entry["headline_only"] else ""
            lines.append(f"  headline: {entry['headline']}{flash}")
        if entry["embargoed_until"]:
            lines.append(f"  embargoed until {entry['embargoed_until']}")
        if entry["status"] in ("indexed", "embargoed"):
            for kind, names in entry["entities"].items():
                lines.append(f"  {kind}: {', '.join(names) or '-'}")
            topics = ", ".join(f"{t['code']} {t['label']} ({t['score']:.2f})" for t in entry["topics"])
            lines.append(f"  topics: {topics or '-'}")
        if entry["reason"]:
            lines.append(f"  reason: {entry['reason']}")
    counts: dict[str, int] = {}
    for entry in report:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    files = len({entry["file"] for entry in report})
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    lines.append(f"{tally}: {len(report)} article(s) or file(s) from {files} file(s)")
    return "\n".join(lines)


async def run(files: list[Path], timeout_s: float, repo_root: Path) -> RunReport | None:
    """Start what is needed, feed the files under a run id, report what became of each of their articles.

    SIGTERM cancels the run like SIGINT does: what was started is stopped on the way out (CancelledError).
    """
    task = asyncio.current_task()
    if task is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
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
) -> RunReport:
    """Run ingest, tagger and indexer (logs in ``log_dir``) on ``files``, sent under the run id ``demo-<log_dir>``,
    until each of their articles has a receipt or the file a dead letter."""
    run_id = f"demo-{log_dir.name}"
    expected = [expect(path) for path in files]
    indices = RunIndices(
        receipts=receipts_index(es_settings),
        deadletters=es_settings.deadletters_index,
        articles=f"{es_settings.articles_alias}-*",
    )
    processes = PipelineProcesses(kafka, es_settings, log_dir=log_dir, run_id=log_dir.name)
    es = elasticsearch_client(es_settings)
    progress = RunProgress(len(files))
    try:
        with processes:
            await drop_files(kafka, files, run_id=run_id, on_sent=progress.file_sent)
            done = await wait_for_run(
                es,
                indices,
                run_id,
                expected,
                timeout_s=timeout_s,
                alive=processes.check_alive,
                progress=progress.polled,
            )
            return await collect(es, indices.articles, done)
    finally:
        progress.line.finish()
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
    # the client logs every request at INFO: the progress line says what matters (kept quiet even with -v)
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
    try:
        outcome = asyncio.run(run(files, args.timeout, Path.cwd()))
    except asyncio.CancelledError:
        sys.stderr.write("newswire demo: terminated; the services it started are stopped\n")
        return EXIT_TERMINATED
    if outcome is None:
        return 2
    report = outcome.entries()
    sys.stdout.write(summary(report) + "\n")
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        sys.stdout.write(f"report written to {args.report}\n")
    return 0 if all(entry["status"] != "missing" for entry in report) else 1
