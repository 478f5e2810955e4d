"""What became of each article of one run: the `newswire demo --report` lookup, scoped by the run's id.

The demo sends every file with a ``run-id`` header; the ingest copies it onto the file's articles (and onto its
dead letter), the indexer writes one receipt per traced article (``{prefix}-receipts``: ``indexed``,
``embargoed``, ``withdrawn``, ``unchanged`` or ``rejected``). So the report reads only what this run sent,
whatever the stack held before, and a replay of an indexed version reports ``unchanged`` instead of timing out.

How many articles to wait for comes from parsing each file here first, with the ingest's own parser: a file is
done when each of its articles has a receipt carrying the file's content hash, or when it has a dead letter.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from newswire_ingest.errors import RejectedInputError
from newswire_ingest.parsers import parse_file
from newswire_tagger.entities.surface import surface_forms

from newswire_cli.feed import Outcome

logger = logging.getLogger(__name__)

NO_ENTITIES: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
NO_MENTIONS: dict[str, dict[str, list[str]]] = {"PER": {}, "ORG": {}, "LOC": {}}


@dataclass
class Expected:
    """One file of the run: its hash, the articles it should become, and what the stack said of it so far."""

    file: str
    content_hash: str
    articles: list[tuple[str, int]]
    receipts: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    dead_letter: dict[str, Any] | None = None

    @property
    def done(self) -> bool:
        """Every article has its receipt, or the file was dead-lettered."""
        return self.dead_letter is not None or (bool(self.receipts) and self.receipts.keys() >= set(self.articles))


def expect(path: Path) -> Expected:
    """Parse a file as the ingest will, to know its articles (none when the ingest will refuse it)."""
    data = path.read_bytes()
    try:
        content_type, _ = mimetypes.guess_type(path.name)  # as the demo's inbox producer sends it
        parsed = parse_file(
            data, file_name=path.name, content_type=content_type, channel="inbox", received_at=datetime.now(UTC)
        )
        articles = [(article.id, article.version) for article in parsed.articles]
    except RejectedInputError:
        articles = []
    return Expected(path.name, f"sha256:{hashlib.sha256(data).hexdigest()}", articles)


async def _search(es: AsyncElasticsearch, index: str, run_id: str) -> list[dict[str, Any]]:
    """Every document of ``index`` with this run id (nothing yet when the index is not there or not ready)."""
    try:
        response = await es.search(
            index=index, query={"term": {"run_id": run_id}}, size=10_000, ignore_unavailable=True
        )
    except (ApiError, ElasticsearchConnectionError) as error:
        # A just-created index can answer 503 until its shard is allocated: not yet, rather than failed.
        if isinstance(error, ApiError) and error.meta.status < 500:
            raise
        logger.debug("search on %s not ready yet: %s", index, error)
        return []
    return [hit["_source"] for hit in response["hits"]["hits"]]


@dataclass(frozen=True)
class RunIndices:
    """Where the run's outcomes are: receipts, dead letters, and every monthly article index (held ones too)."""

    receipts: str
    deadletters: str
    articles: str


async def wait_for_run(
    es: AsyncElasticsearch,
    indices: RunIndices,
    run_id: str,
    files: list[Expected],
    *,
    timeout_s: float,
    alive: Callable[[], None] | None = None,
    progress: Callable[[list[Expected]], None] | None = None,
) -> list[Expected]:
    """Poll until every file is done or time runs out; the files carry what was found (``progress`` sees each poll)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if alive is not None:
            alive()
        by_file = {(expected.content_hash, expected.file): expected for expected in files}
        by_hash = {expected.content_hash: expected for expected in files}
        by_name = {expected.file: expected for expected in files}
        for receipt in await _search(es, indices.receipts, run_id):
            key = (str(receipt["content_hash"]), str(receipt.get("file_name")))
            if (expected := by_file.get(key) or by_hash.get(key[0])) is not None:
                expected.receipts[(receipt["article_id"], receipt["version"])] = receipt
        for letter in await _search(es, indices.deadletters, run_id):
            # the ingest's letters refuse a whole file; an article refused later has a "rejected" receipt
            if letter.get("stage") == "ingest" and (expected := by_name.get(letter.get("file_name") or "")):
                expected.dead_letter = letter
        if progress is not None:
            progress(files)
        if all(expected.done for expected in files):
            break
        await asyncio.sleep(0.5)
    return files


@dataclass
class RunReport:
    """The run's files with what came back for them, and the current documents of their articles."""

    files: list[Expected]
    docs: dict[str, dict[str, Any]]

    def entries(self) -> list[dict[str, Any]]:
        """The report's entries, file by file, article by article."""
        return [entry for expected in self.files for entry in entries(expected, self.docs)]

    def __getitem__(self, file: str) -> Outcome:
        """What became of one file: its dead letter, or its first article and that article's document."""
        found = [candidate for candidate in self.files if candidate.file == file]
        if not found:
            raise KeyError(file)
        expected = found[0]
        if expected.dead_letter is not None:
            return Outcome(file, "rejected", expected.dead_letter)
        if not expected.receipts:
            return Outcome(file, "missing", {})
        first = _ordered(expected)[0]
        return Outcome(file, first["status"], self.docs.get(first["article_id"], {}))


async def collect(es: AsyncElasticsearch, articles: str, files: list[Expected]) -> RunReport:
    """The run report of files whose outcomes were waited for, with their articles' documents."""
    ids = list(dict.fromkeys(article_id for expected in files for article_id, _ in expected.receipts))
    return RunReport(files, await documents(es, articles, ids))


async def documents(es: AsyncElasticsearch, index: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The current documents of these articles (held and withdrawn ones included), by id."""
    if not ids:
        return {}
    await es.indices.refresh(index=index, ignore_unavailable=True, allow_no_indices=True)
    response = await es.search(index=index, query={"ids": {"values": ids}}, size=len(ids), ignore_unavailable=True)
    return {hit["_id"]: hit["_source"] for hit in response["hits"]["hits"]}


def entries(expected: Expected, docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The report's entries for one file: one per article, or one for the file when it got no article."""
    if expected.dead_letter is not None:
        letter = expected.dead_letter
        reason, stage = letter.get("reason"), letter.get("stage")
        return [_entry(expected.file, "rejected", letter.get("article_id"), reason=reason, stage=stage)]
    if not expected.receipts:
        reason = "not indexed or dead-lettered before the timeout"
        return [_entry(expected.file, "missing", None, reason=reason)]
    return [
        _article_entry(expected.file, receipt, docs.get(receipt["article_id"], {})) for receipt in _ordered(expected)
    ]


def _ordered(expected: Expected) -> list[dict[str, Any]]:
    """Receipts in the file's article order, any unexpected one after."""
    order = {key: n for n, key in enumerate(expected.articles)}
    return sorted(expected.receipts.values(), key=lambda r: order.get((r["article_id"], r["version"]), len(order)))


def _entry(file: str, status: str, article_id: str | None, **extra: Any) -> dict[str, Any]:
    """An entry with every key present, so the JSON report has one shape."""
    entry: dict[str, Any] = {
        "file": file,
        "status": status,
        "article_id": article_id,
        "version": None,
        "headline": None,
        "urgency": None,
        "headline_only": False,
        "embargoed_until": None,
        "entities": dict(NO_ENTITIES),
        "mentions": dict(NO_MENTIONS),
        "topics": [],
        "stage": None,
        "reason": None,
    }
    return entry | extra


def _article_entry(file: str, receipt: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """The entry of one article from its receipt, with entities and topics from its document."""
    topics = sorted(doc.get("topics", []), key=lambda t: t["rank"])
    return _entry(
        file,
        receipt["status"],
        receipt["article_id"],
        version=receipt["version"],
        headline=receipt.get("headline"),
        urgency=receipt.get("urgency"),
        headline_only=bool(receipt.get("headline_only")),
        embargoed_until=receipt.get("embargoed_until") if receipt["status"] == "embargoed" else None,
        entities={"PER": doc.get("persons", []), "ORG": doc.get("organizations", []), "LOC": doc.get("places", [])},
        mentions=mentions(doc.get("entities", [])),
        topics=[{"code": t["code"], "label": t["label_en"], "score": t["score"]} for t in topics],
        reason=receipt.get("reason"),
    )


def mentions(entities: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Per type, each entity's name → the surface forms the article used, suffix stripped (``ABD'nin`` → ``ABD``)."""
    result: dict[str, dict[str, list[str]]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for entity in entities:
        forms = result[entity["type"]].setdefault(entity["name"], [])
        forms.extend(f for f in surface_forms(entity.get("mention_texts", [])) if f not in forms)
    return result
