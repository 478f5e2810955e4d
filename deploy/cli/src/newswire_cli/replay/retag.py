"""``newswire retag``: send indexed articles back through the tagger (after a model update or an overrides edit).

Articles are chosen in every monthly index (embargoed ones too), withdrawn ones (kills, holds) left as they are.
Each chosen document is turned back into the Article it was indexed from (``newswire_indexer.documents.article_of``)
and published to the articles topic with its own id and version and the ``replay`` header. The running tagger tags
it again; its later ``tagged_at`` makes the new enrichment win in Elasticsearch (``newswire_indexer.versioning``),
while a correction indexed meanwhile (a higher version) is kept.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator
from typing import Any

from elasticsearch import AsyncElasticsearch
from newswire_indexer.documents import article_of
from newswire_runtime import ElasticsearchSettings, KafkaSettings
from newswire_tagger import __version__
from newswire_tagger.artifacts import artifact_hashes, tagger_version
from pydantic import ValidationError

from newswire_cli.connect import elasticsearch, elasticsearch_settings, kafka_settings
from newswire_cli.errors import ExitCode, UsageError
from newswire_cli.replay.publishing import republisher
from newswire_cli.replay.selection import RetagSelection, page_request
from newswire_cli.replay.targets import article_resend
from newswire_cli.search.cli import add_filter_options
from newswire_cli.search.query import SearchRequest

EPILOG = """\
examples:
  newswire retag --outdated                       every article the installed models did not tag
  newswire retag --since 2026-11-01 --dry-run     how many, and which, before sending anything
  newswire retag --query "Süper Lig" --since 7d   words, as `newswire search` takes them
  newswire retag --id nw-5d1c0f2a9b7e4c3d --id nw-0a1b2c3d4e5f6a7b

Kafka: KAFKA_* (default: the local stack); Elasticsearch: ELASTICSEARCH_URL and ELASTICSEARCH_INDEX_PREFIX.
The tagger must be running (`newswire up`, `newswire ps`) for the re-tags to reach the index.
"""


DRY_RUN_FIELDS = ("article_id", "version", "tagger_version", "headline")
"""What a dry run prints of each article."""


def build_parser() -> argparse.ArgumentParser:
    """Options of ``newswire retag``."""
    parser = argparse.ArgumentParser(
        prog="newswire retag",
        description="Send indexed articles back through the tagger; the new tags replace the old ones in "
        "Elasticsearch (same id and version, tagged later). Say which articles: filters, ids, versions or --all.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--query", default="", help="words in headline, lead or body, as `search` takes them")
    add_filter_options(parser)
    parser.add_argument("--id", action="append", default=[], help="an article id (repeat for several)")
    parser.add_argument(
        "--tagger-version", action="append", default=[], help="only articles tagged by this exact tagger_version"
    )
    parser.add_argument(
        "--outdated", action="store_true", help="only articles whose tagger_version is not the installed models'"
    )
    parser.add_argument("--all", action="store_true", help="every indexed article (when no other option is given)")
    parser.add_argument("--limit", type=int, default=None, help="re-tag at most this many (in article-id order)")
    parser.add_argument("--dry-run", action="store_true", help="count and list the articles, send nothing")
    return parser


def selection_from(args: argparse.Namespace) -> RetagSelection:
    """The articles the options choose; refuses an empty choice without ``--all``."""
    request = SearchRequest(
        text=args.query,
        persons=tuple(args.person),
        organizations=tuple(args.org),
        places=tuple(args.place),
        topics=tuple(args.topic),
        sources=tuple(args.source),
        since=args.since,
        until=args.until,
    )
    selection = RetagSelection(
        request=request,
        ids=tuple(args.id),
        tagger_versions=tuple(args.tagger_version),
        outdated_against=installed_model_version() if args.outdated else None,
        everything=args.all,
    )
    if selection.empty and not selection.everything:
        raise UsageError("say which articles: --since, --query, a filter, --id, --tagger-version, --outdated or --all")
    return selection


def installed_model_version() -> str:
    """The tagger version (code and model artifacts, no overrides) of the tagger installed here."""
    return tagger_version(__version__, artifact_hashes())


def retag(argv: list[str]) -> int:
    """Entry point of ``newswire retag``: exit 0 when articles were sent (or counted), 1 when none matched."""
    args = build_parser().parse_args(argv)
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    selection = selection_from(args)
    sent = asyncio.run(_run(selection, elasticsearch_settings(), kafka_settings(), args.limit, dry_run=args.dry_run))
    return ExitCode.OK if sent else ExitCode.NEGATIVE


async def _run(
    selection: RetagSelection,
    es_settings: ElasticsearchSettings,
    kafka: KafkaSettings,
    limit: int | None,
    *,
    dry_run: bool,
) -> int:
    """Count, then list (dry run) or publish every chosen article; returns how many."""
    # every monthly index, not the read alias: its filter hides embargoed articles, which need the new tags too
    alias = f"{es_settings.articles_alias}-*"
    async with elasticsearch(es_settings) as es:
        total = await _count(es, alias, selection)
        chosen = total if limit is None else min(total, limit)
        _say(f"{total} article(s) match in {alias}" + (f"; re-tagging the first {chosen}" if chosen < total else ""))
        if chosen == 0:
            return 0
        if dry_run:
            async for page in _pages(es, alias, selection, chosen):
                for doc in page:
                    _say(
                        "  "
                        + "  ".join(str(doc.get(f)) for f in ("article_id", "version", "tagger_version", "headline"))
                    )
            _say(f"dry run: nothing sent (the articles would go to {kafka.articles_topic})")
            return chosen
        return await _publish(es, alias, selection, chosen, kafka)


async def _publish(
    es: AsyncElasticsearch, alias: str, selection: RetagSelection, chosen: int, kafka: KafkaSettings
) -> int:
    """Send the chosen articles page by page; a document that no longer makes an Article is reported and skipped."""
    sent = skipped = 0
    async with republisher(kafka) as producer:
        async for page in _pages(es, alias, selection, chosen):
            resends = []
            for doc in page:
                try:
                    resends.append(article_resend(article_of(doc), kafka))
                except ValidationError as exc:
                    skipped += 1
                    sys.stderr.write(
                        f"newswire retag: {doc.get('article_id')}: not re-sent: {exc.errors()[0]['msg']}\n"
                    )
            sent += len(await producer.send(resends))
            _say(f"sent {sent} of {chosen} to {kafka.articles_topic}")
    _say(f"{sent} article(s) sent for re-tagging" + (f", {skipped} skipped" if skipped else ""))
    return sent


async def _count(es: AsyncElasticsearch, alias: str, selection: RetagSelection) -> int:
    response = await es.count(index=alias, query=selection.query(), allow_no_indices=True)
    return int(response.body["count"])


async def _pages(
    es: AsyncElasticsearch, alias: str, selection: RetagSelection, chosen: int
) -> AsyncIterator[list[dict[str, Any]]]:
    """Pages of whole documents in article-id order until ``chosen`` have been read."""
    read, after = 0, None
    while read < chosen:
        body = page_request(selection, after, size=min(500, chosen - read))
        hits = (await es.search(index=alias, body=body)).body["hits"]["hits"]
        if not hits:
            return
        read += len(hits)
        after = hits[-1]["sort"]
        yield [hit["_source"] for hit in hits]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
