"""`python -m bench [NAME...]`: run the benchmarks (all by default) and print a one-line summary of each."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import time

BENCHMARKS = ("tagger", "ingest", "indexer", "pipeline", "chaos")


def main(argv: list[str] | None = None) -> int:
    """Run the named benchmarks in order; a failing one is reported and the rest still run."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"any of {', '.join(BENCHMARKS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    failed = []
    for name in args.names or BENCHMARKS:
        started = time.perf_counter()
        try:
            result = importlib.import_module(f"bench.{name}").main()
        except Exception:
            logging.getLogger("bench").exception("benchmark %s failed", name)
            failed.append(name)
            continue
        sys.stdout.write(f"{name} ({time.perf_counter() - started:.0f}s): {json.dumps(result, ensure_ascii=False)}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
