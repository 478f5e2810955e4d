"""`newswire evaluate ner|topics`: score the tagger's models; the last stdout line is one JSON object."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run one evaluation and print its figures as JSON on the last line of stdout."""
    parser = argparse.ArgumentParser(prog="newswire evaluate", description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    ner = sub.add_parser("ner", help="entity-level P/R/F1 on a CoNLL file (token<TAB>BIO2 tag)")
    ner.add_argument("--data", type=Path, required=True)
    topics = sub.add_parser("topics", help="rank-1 top-level topic accuracy on DIR/<8-digit code>/*.txt")
    topics.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if args.what == "ner":
        from newswire_tagger.evaluation.ner import evaluate_ner  # noqa: PLC0415 - load only the model asked for

        result = evaluate_ner(args.data)
    else:
        from newswire_tagger.evaluation.topics import evaluate_topics  # noqa: PLC0415 - load only the model asked for

        result = evaluate_topics(args.data)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0
