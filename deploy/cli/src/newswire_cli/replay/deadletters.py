"""``newswire deadletters list|replay``: see what the pipeline refused, and send it again after a fix.

A dead letter's payload goes back to the input of the stage that refused it: ingest's to the inbox topic (with its
file name and content type), the tagger's to the articles topic, the indexer's to the enriched topic. A payload
that was cut to a size limit, or that still does not validate as the stage's input, is skipped with the reason.
Replayed letters are marked in the dead-letters index (``replayed_at``, ``replayed_to``) and left out of the next
``replay`` unless ``--again``.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
from datetime import UTC, datetime
from typing import get_args

from newswire_runtime import KafkaSettings
from newswire_schemas import Stage

from newswire_cli.connect import elasticsearch, elasticsearch_settings, kafka_settings
from newswire_cli.errors import ExitCode, UsageError
from newswire_cli.replay.letter_index import from_index, mark_replayed
from newswire_cli.replay.letter_topic import from_topic
from newswire_cli.replay.letters import LetterFilter, StoredLetter
from newswire_cli.replay.output import letters_json, letters_table
from newswire_cli.replay.publishing import republisher
from newswire_cli.replay.targets import NotReplayableError, Resend, letter_resend
from newswire_cli.search.cli import moment

REPLAY_DESCRIPTION = (
    "Send dead letters' payloads back to the input of the stage that refused them (ingest: the inbox topic; tagger: "
    "the articles topic; indexer: the enriched topic), after the cause was fixed. Payloads cut to a size limit, or "
    "that still do not validate, are skipped with the reason. Replayed letters are marked in the dead-letters index "
    "and left out of the next replay unless --again. Exit 0 when every chosen letter was sent, 1 otherwise."
)
REPLAY_LIMIT = 1000
"""Letters one ``replay`` sends at most unless ``--limit`` says otherwise."""


def _add_filters(parser: argparse.ArgumentParser, *, limit: int) -> None:
    """The options that choose dead letters (shared by list and replay)."""
    parser.add_argument(
        "--from",
        dest="source",
        choices=["index", "topic"],
        default="index",
        help=(
            "read the dead-letters index (default: searchable, payloads up to the indexer's limit) or the topic "
            "(every payload, for its retention)"
        ),
    )
    parser.add_argument("--stage", action="append", default=[], choices=get_args(Stage), help="stage that refused it")
    parser.add_argument("--error-class", action="append", default=[], help="error class, e.g. MalformedInputError")
    parser.add_argument("--article", action="append", default=[], help="article id")
    parser.add_argument("--id", action="append", default=[], help="dead-letter id (the ID column)")
    parser.add_argument("--reason", default="", help="words of the reason")
    parser.add_argument("--since", type=moment, help="failed at or after: 2026-11-20, an ISO time, or 7d/12h/30m ago")
    parser.add_argument("--until", type=moment, help="failed at or before (a date counts through its end)")
    parser.add_argument("--limit", type=int, default=limit, help=f"most dead letters (default {limit})")


def build_parser() -> argparse.ArgumentParser:
    """``newswire deadletters`` and its two subcommands."""
    parser = argparse.ArgumentParser(prog="newswire deadletters", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    listing = commands.add_parser("list", help="print the newest dead letters", description="Newest first.")
    _add_filters(listing, limit=20)
    listing.add_argument("--json", action="store_true", help="print JSON (payloads included, base64) for scripts")
    replay = commands.add_parser("replay", help="send dead letters' payloads again", description=REPLAY_DESCRIPTION)
    _add_filters(replay, limit=REPLAY_LIMIT)
    replay.add_argument("--dry-run", action="store_true", help="say what would be sent where, send nothing")
    replay.add_argument("--again", action="store_true", help="include letters already replayed")
    replay.add_argument("--all", action="store_true", help="every dead letter (when no filter is given)")
    return parser


def filter_from(args: argparse.Namespace) -> LetterFilter:
    """The dead letters the options choose."""
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    return LetterFilter(
        stages=tuple(args.stage),
        error_classes=tuple(args.error_class),
        article_ids=tuple(args.article),
        ids=tuple(args.id),
        reason=args.reason,
        since=args.since,
        until=args.until,
        include_replayed=args.command == "list" or args.again,
    )


def main(argv: list[str]) -> int:
    """Entry point of ``newswire deadletters``."""
    args = build_parser().parse_args(argv)
    chosen = filter_from(args)
    if args.command == "list":
        return asyncio.run(_list(chosen, args.source, args.limit, as_json=args.json))
    if chosen.empty and not args.all:
        raise UsageError("say which dead letters to replay: --stage, --error-class, --id, --since ... or --all")
    return asyncio.run(_replay(chosen, args.source, args.limit, dry_run=args.dry_run))


async def _find(chosen: LetterFilter, source: str, limit: int) -> tuple[list[StoredLetter], int]:
    """The chosen letters from the index or the topic."""
    if source == "topic":
        return await from_topic(kafka_settings(), chosen, limit)
    settings = elasticsearch_settings()
    async with elasticsearch(settings) as es:
        return await from_index(es, settings.deadletters_index, chosen, limit)


async def _list(chosen: LetterFilter, source: str, limit: int, *, as_json: bool) -> int:
    letters, total = await _find(chosen, source, limit)
    width = shutil.get_terminal_size((120, 24)).columns
    _say(letters_json(letters, total) if as_json else letters_table(letters, total, width=width))
    return ExitCode.OK if letters else ExitCode.NEGATIVE


async def _replay(chosen: LetterFilter, source: str, limit: int, *, dry_run: bool) -> int:
    """Resend every replayable letter; exit 0 when all were (or would be) sent, 1 when any was skipped or none found."""
    kafka = kafka_settings()
    letters, total = await _find(chosen, source, limit)
    planned: list[tuple[StoredLetter, Resend]] = []
    skipped = 0
    for stored in letters:
        try:
            planned.append((stored, _resend(stored, kafka)))
        except NotReplayableError as exc:
            skipped += 1
            _say(f"skip    {stored.letter.id}: {exc.reason}")
    sent: dict[str, str] = {}
    if dry_run:
        for stored, resend in planned:
            _say(f"would send {stored.letter.id} ({len(resend.value)} bytes) to {resend.topic}")
    elif planned:
        async with republisher(kafka) as producer:
            records = await producer.send([resend for _, resend in planned])
        for (stored, _), record in zip(planned, records, strict=True):
            sent[stored.letter.id] = f"{record.topic}:{record.partition}:{record.offset}"
            _say(f"replayed {stored.letter.id} -> {sent[stored.letter.id]}")
        await _mark(sent)
    verb = "would be replayed" if dry_run else "replayed"
    _say(f"{len(planned)} {verb}, {skipped} skipped, of {total} matching" + (" (dry run)" if dry_run else ""))
    return ExitCode.OK if planned and not skipped else ExitCode.NEGATIVE


def _resend(stored: StoredLetter, kafka: KafkaSettings) -> Resend:
    """What to send for one letter; NotReplayableError when the payload cannot be sent as it is."""
    if not stored.payload_kept:
        raise NotReplayableError(f"the index kept no payload ({stored.letter.payload_size} bytes): use --from topic")
    return letter_resend(stored.letter, kafka)


async def _mark(sent: dict[str, str]) -> None:
    """Mark the replayed letters in the dead-letters index (those read from the topic too, where indexed)."""
    if sent:
        settings = elasticsearch_settings()
        async with elasticsearch(settings) as es:
            await mark_replayed(es, settings.deadletters_index, sent, datetime.now(UTC))


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
