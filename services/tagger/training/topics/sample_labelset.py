"""Draw the 17-code topic development set and write labelling packets (texts stay outside the repository).

The sample is deterministic (seed 17): general sections of kemik42k, where crime, accidents, conflict, weather
and society live, weighted up; a few articles of every topical section; part of nakbatr-aa; the seed.
Packets are Markdown files of ``headline`` + the first ~1,400 characters, one numbered item per article, written
under ``--out`` (default ``var/labelling``); the committed labels refer to articles by their path under
``shared/data`` (``kemik42k/genel/1002.txt``, ``nakbatr-aa/articles/aa_000.txt``, ``seeds/<name>``).

    python services/tagger/training/topics/sample_labelset.py --data ../shared/data --out var/labelling
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 17
# kemik42k section -> articles drawn. General sections carry the topics the old classifier missed.
KEMIK_DRAW = {
    "genel": 70, "guncel": 70, "turkiye": 70, "dunya": 70, "planet": 50, "yasam": 50,
    "ekonomi": 9, "kultur-sanat": 9, "magazin": 9, "saglik": 9, "siyaset": 9, "spor": 9, "teknoloji": 9,
}  # fmt: skip
NAKBA_DRAW = 40
EXCERPT_CHARS = 1400
BATCHES = 4
_DATELINE = re.compile(r"^date \d{4}-\d{2}-\d{2}\s*")


def draw(data: Path, seeds: Path) -> list[tuple[str, Path]]:
    """(label key, file) for every article of the set, in a fixed shuffled order."""
    rng = random.Random(SEED)  # noqa: S311 - a reproducible sample, not cryptography
    chosen: list[tuple[str, Path]] = []
    kemik = data / "topics" / "kemik42k"
    for section, count in KEMIK_DRAW.items():
        files = sorted((kemik / section).glob("*.txt"))
        chosen += [(f"kemik42k/{section}/{p.name}", p) for p in rng.sample(files, count)]
    nakba = sorted((data / "ner" / "nakbatr-aa" / "articles").glob("*.txt"))
    chosen += [(f"nakbatr-aa/articles/{p.name}", p) for p in rng.sample(nakba, NAKBA_DRAW)]
    chosen += [(f"seeds/{p.name}", p) for p in sorted(seeds.glob("*.txt"))]
    rng.shuffle(chosen)
    return chosen


def excerpt(path: Path) -> tuple[str, str]:
    """Headline (first non-empty line, agency date line skipped) and the start of the body."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    if lines and _DATELINE.match(lines[0]):  # agency text: " date YYYY-MM-DD <lead>" on the first line
        lines[0] = _DATELINE.sub("", lines[0])
    headline, body = (lines[0], " ".join(lines[1:])) if len(lines) > 1 else (lines[0][:160], lines[0])
    if len(body) > EXCERPT_CHARS:
        cut = body.rfind(". ", 0, EXCERPT_CHARS)
        body = body[: cut + 1 if cut > EXCERPT_CHARS // 2 else EXCERPT_CHARS] + " […]"
    return headline, body


def main(argv: list[str] | None = None) -> int:
    """Write ``batch-N.md`` packets and ``index.json`` (item number -> label key)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--out", type=Path, default=Path("var/labelling"))
    args = parser.parse_args(argv)
    items = draw(args.data, args.seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    index = {}
    size = -(-len(items) // BATCHES)
    for batch in range(BATCHES):
        parts = []
        for number in range(batch * size, min(len(items), (batch + 1) * size)):
            key, path = items[number]
            index[str(number + 1)] = key
            headline, body = excerpt(path)
            parts.append(f"## {number + 1}\n\n**{headline}**\n\n{body}\n")
        (args.out / f"batch-{batch + 1}.md").write_text("\n".join(parts), encoding="utf-8")
    (args.out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} articles in {BATCHES} batches under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
