"""`newswire evaluate ner|topics|entities`: score the tagger; the last stdout line is one JSON object."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newswire_schemas import Article

logger = logging.getLogger(__name__)

ArticleReader = Callable[[Path], Sequence[Article]]
"""Turns one raw wire file into its articles (the CLI passes the ingest service's parser)."""


def main(argv: list[str] | None = None, read_article: ArticleReader | None = None) -> int:
    """Run one evaluation and print its figures as JSON on the last line of stdout."""
    parser = argparse.ArgumentParser(prog="newswire evaluate", description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    ner = sub.add_parser("ner", help="entity-level P/R/F1 on a CoNLL file (token<TAB>BIO2 tag)")
    ner.add_argument("--data", type=Path, required=True, help="CoNLL file: token<TAB>BIO2 tag, blank line per sentence")
    topics = sub.add_parser(
        "topics", help="top-topic accuracy, micro/macro-F1 over the 17 codes, per-code precision and recall"
    )
    layout = topics.add_mutually_exclusive_group(required=True)
    layout.add_argument("--data", type=Path, help="folder of <8-digit code>/*.txt documents, one code per article")
    layout.add_argument("--labels", type=Path, help='JSON {"path": {"primary": CODE, "secondary": [CODE, ...]}}')
    topics.add_argument("--root", type=Path, help="folder the labels file's paths are relative to (default: its own)")
    topics.add_argument("--seeds", type=Path, help="folder of the seeds/... keys (default: under --root)")
    entities = sub.add_parser("entities", help="document-level P/R/F1 per type: raw wire files through the tagger")
    entities.add_argument("--data", type=Path, required=True, help="folder of wire files")
    entities.add_argument("--gold", type=Path, required=True, help="JSON: {file name: {PER|ORG|LOC: [names]}}")
    entities.add_argument("--errors", type=Path, default=None, help="write each file's misses and extras here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if args.what == "ner":
        from newswire_tagger.evaluation.ner import evaluate_ner  # noqa: PLC0415 - load only the model asked for

        try:
            result: dict[str, Any] = evaluate_ner(args.data)
        except ValueError as error:  # a gold file with nothing to score: say so, as for a bad argument
            parser.error(str(error))
    elif args.what == "topics":
        from newswire_tagger.evaluation.topics import evaluate_topics  # noqa: PLC0415 - load only the model asked for

        result = evaluate_topics(args.data, args.labels, args.root, args.seeds)
    elif read_article is None:
        parser.error("entities reads wire files with the ingest parsers: run it as `newswire evaluate entities`")
    else:
        try:
            result = _entities(args.data, args.gold, args.errors, read_article)
        except ValueError as error:  # a gold file with nothing to score: say so, as for a bad argument
            parser.error(str(error))
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def _entities(data: Path, gold_file: Path, errors: Path | None, read_article: ArticleReader) -> dict[str, Any]:
    """Read the wire files of ``data`` with ``read_article`` and score them against ``gold_file``."""
    from newswire_tagger.evaluation.entities import evaluate_entities, read_gold  # noqa: PLC0415

    gold = read_gold(gold_file)
    files = sorted(p for p in data.iterdir() if p.is_file() and not p.name.startswith(".") and p.name in gold)
    readable: list[tuple[str, Sequence[Article]]] = []
    skipped: list[str] = []
    for path in files:
        try:
            readable.append((path.name, read_article(path)))
        except Exception as error:  # noqa: BLE001 - one unreadable file must not end the run: it is logged and counted
            logger.warning("%s skipped: %s: %s", path.name, type(error).__name__, error)
            skipped.append(path.name)
    unscored = sum(1 for p in data.iterdir() if p.is_file() and not p.name.startswith(".")) - len(files)
    return evaluate_entities(readable, gold, errors=errors, skipped=skipped, without_gold=unscored)
