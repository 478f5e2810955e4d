"""Compile deploy/kibana/spec.yaml into deploy/kibana/newswire.ndjson (``--check``: fail if the file is stale)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

if not __package__:
    # run as a script (`uv run python deploy/kibana/build.py`): make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deploy.kibana.dashboards import HERE, NDJSON, SPEC, compile_spec, load_spec, to_ndjson

logger = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    """Write the NDJSON, or with ``--check`` report whether it matches the spec."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=NDJSON)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output file differs from the spec")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    objects = compile_spec(load_spec(args.spec))
    text = to_ndjson(objects)
    where = args.out.relative_to(HERE.parents[1]) if args.out.is_relative_to(HERE.parents[1]) else args.out
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            logger.error("%s is stale: run `uv run python deploy/kibana/build.py`", where)
            return 1
        logger.info("%s is up to date (%d objects)", where, len(objects))
        return 0
    args.out.write_text(text, encoding="utf-8")
    logger.info("wrote %d saved objects to %s", len(objects), where)
    return 0


if __name__ == "__main__":
    sys.exit(main())
