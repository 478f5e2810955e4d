"""``newswire search`` and ``newswire show``: arguments, one request to the articles alias, the output."""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
from typing import Any

from elasticsearch import NotFoundError

from newswire_cli.connect import elasticsearch, elasticsearch_settings
from newswire_cli.errors import CliError, ExitCode
from newswire_cli.search.article import render_article
from newswire_cli.search.output import result_row, search_csv, search_json, search_table
from newswire_cli.search.query import SearchRequest, build_search, build_show, parse_moment

MAX_LIMIT = 10_000
"""Elasticsearch's default ``index.max_result_window``."""
SEARCH_EPILOG = """\
examples:
  newswire search "Bakü'de"                    any inflection: Bakü'ye, Bakü'yü ... (Turkish analysis)
  newswire search '"Merkez Bankası" faiz'      a quoted phrase matches the written form only
  newswire search --person "ceyhun bayramov" --since 7d
  newswire search --org org:nato --place Brüksel --json
  newswire search --topic 04000000 --source AA --until 2026-11-30 --csv > economy.csv

Elasticsearch: ELASTICSEARCH_URL (default: the local stack, http://127.0.0.1:9200) and ELASTICSEARCH_INDEX_PREFIX.
"""


def _limit(text: str) -> int:
    """``--limit``: 1 to MAX_LIMIT."""
    value = int(text)
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_LIMIT}")
    return value


def moment(text: str) -> Any:
    """``--since`` / ``--until``, checked while parsing so a typo is a usage error."""
    try:
        return parse_moment(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_format(parser: argparse.ArgumentParser) -> None:
    """``--json`` / ``--csv`` (mutually exclusive) beside the readable default."""
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")
    if parser.prog.endswith("search"):
        formats.add_argument("--csv", action="store_true", help="print CSV with a header line instead of a table")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The entity, topic, source and date filters of ``search`` (``retag`` chooses articles with them too)."""
    entity = "by canonical name (any case) or entity id such as"
    parser.add_argument("--person", action="append", default=[], help=f"a person, {entity} per:ceyhun-bayramov")
    parser.add_argument("--org", action="append", default=[], help=f"an organisation, {entity} org:nato")
    parser.add_argument("--place", action="append", default=[], help=f"a place, {entity} geonames:587084")
    parser.add_argument(
        "--topic", action="append", default=[], help="an IPTC Media Topic: code (04000000) or part of its label"
    )
    parser.add_argument("--source", action="append", default=[], help="the agency that sent it (AA, DHA, ...)")
    parser.add_argument(
        "--since", type=moment, help="published at or after: 2026-11-20, 2026-11-20T09:30 (UTC), or 7d/12h/30m ago"
    )
    parser.add_argument("--until", type=moment, help="published at or before (a date counts through its end)")


def search_parser() -> argparse.ArgumentParser:
    """Options of ``newswire search``."""
    parser = argparse.ArgumentParser(
        prog="newswire search",
        description="Full-text search of the indexed articles (Turkish analysis), with entity, topic, source "
        "and date filters. Every filter must hold; repeat an option to require several values.",
        epilog=SEARCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("words", nargs="*", help='words to find in headline, lead and body; "quotes" for a phrase')
    add_filter_options(parser)
    parser.add_argument("--limit", type=_limit, default=10, help="most articles to print (default 10)")
    _add_format(parser)
    return parser


def show_parser() -> argparse.ArgumentParser:
    """Options of ``newswire show``."""
    parser = argparse.ArgumentParser(
        prog="newswire show",
        description="Print one indexed article with its entities (ids, titles, confidence) and topics "
        "(scores, reasons). Exit 1 when no article has that id.",
    )
    parser.add_argument("id", help="the article id (the ID column of `newswire search`)")
    parser.add_argument("--no-text", action="store_true", help="leave out the lead and body")
    _add_format(parser)
    return parser


def request_from(args: argparse.Namespace) -> SearchRequest:
    """The search request the parsed options describe."""
    return SearchRequest(
        text=" ".join(args.words),
        persons=tuple(args.person),
        organizations=tuple(args.org),
        places=tuple(args.place),
        topics=tuple(args.topic),
        sources=tuple(args.source),
        since=args.since,
        until=args.until,
        limit=args.limit,
    )


async def _query(body: dict[str, Any]) -> dict[str, Any]:
    """One search on the articles alias; a missing alias means nothing was indexed yet."""
    settings = elasticsearch_settings()
    async with elasticsearch(settings) as es:
        try:
            response = await es.search(index=settings.articles_alias, body=body)
        except NotFoundError as error:
            raise CliError(
                f"no index {settings.articles_alias} at {settings.url}: nothing indexed yet (is `newswire up` running?)"
            ) from error
    result: dict[str, Any] = response.body
    return result


def _width() -> int:
    """Terminal width for tables (a pipe gets 120 columns)."""
    return shutil.get_terminal_size((120, 24)).columns


def search(argv: list[str]) -> int:
    """Entry point of ``newswire search``: exit 0 with results, 1 when none match."""
    args = search_parser().parse_args(argv)
    response = asyncio.run(_query(build_search(request_from(args))))
    rows = [result_row(hit) for hit in response["hits"]["hits"]]
    total = int(response["hits"]["total"]["value"])
    if args.json:
        output = search_json(rows, total)
    elif args.csv:
        output = search_csv(rows)
    else:
        output = search_table(rows, total, width=_width())
    sys.stdout.write(output + "\n")
    return ExitCode.OK if rows else ExitCode.NEGATIVE


def show(argv: list[str]) -> int:
    """Entry point of ``newswire show``."""
    args = show_parser().parse_args(argv)
    hits = asyncio.run(_query(build_show(args.id)))["hits"]["hits"]
    if not hits:
        sys.stderr.write(f"newswire show: no article with id {args.id}\n")
        return ExitCode.NEGATIVE
    document: dict[str, Any] = hits[0]["_source"]
    if args.json:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_article(document, width=_width(), text=not args.no_text) + "\n")
    return ExitCode.OK
