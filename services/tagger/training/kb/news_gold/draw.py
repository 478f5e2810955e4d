"""Draw the 80 articles of the general-news entity gold (``files.json``): world, politics, sport, culture,
celebrity, health, life and general sections of kemik42k, at most 8 per section, 1.5-5 KB, apostrophes intact
(no cp1252 quote bytes), none of them in the team's NER training labels (rounds 1-3) or the economy gold.

    python -m services.tagger.training.kb.news_gold.draw --data ../shared/data

The second set (``../news_gold2``) is drawn the same way with another seed, also outside the first set and the
team's round 4 (the entity rules' tuning set since 2026-12-02):

    python -m services.tagger.training.kb.news_gold.draw --data ../shared/data --seed 43 --rounds 1,2,3,4 \
        --exclude services/tagger/training/kb/news_gold/files.json --out services/tagger/training/kb/news_gold2
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from services.tagger.training.ner.team import draw as team_draw

HERE = Path(__file__).resolve().parent
SEED = 41
SECTIONS = (
    "dunya",
    "genel",
    "guncel",
    "turkiye",
    "siyaset",
    "spor",
    "magazin",
    "kultur-sanat",
    "saglik",
    "planet",
    "yasam",
)
PER_SECTION = 8
SIZE = 80


def draw(
    data: Path, seed: int = SEED, rounds: tuple[int, ...] = (1, 2, 3), exclude: tuple[Path, ...] = ()
) -> dict[str, str]:
    """File name (``dunya-123.txt``) -> path under ``topics/``, in the seeded order; none of the team's labelled
    articles of ``rounds``, the economy gold's or the ``exclude`` files' (``files.json`` of other sets)."""
    excluded: set[str] = set()
    for files_json in (HERE.parent / "econ_gold" / "files.json", *exclude):
        excluded |= set(json.loads(files_json.read_text(encoding="utf-8")).values())
    for round_ in rounds:
        excluded |= {key for key, _ in team_draw(data, round_)}
    pool = []
    for section in SECTIONS:
        for path in sorted((data / "topics" / "kemik42k" / section).glob("*.txt")):
            key = f"kemik42k/{section}/{path.name}"
            raw = path.read_bytes()
            text = raw.decode("utf-8", errors="replace")
            if key in excluded or not 1500 <= len(raw) <= 5000:
                continue
            if any(c in text for c in "\x91\x92\x93\x94") or ("'" not in text and "’" not in text):
                continue
            pool.append(key)
    random.Random(seed).shuffle(pool)  # noqa: S311 - a reproducible sample, not cryptography
    taken: dict[str, int] = {}
    files: dict[str, str] = {}
    for key in pool:
        section = key.split("/")[1]
        if taken.get(section, 0) < PER_SECTION and len(files) < SIZE:
            taken[section] = taken.get(section, 0) + 1
            files[f"{section}-{key.split('/')[2]}"] = key
    return files


def main(argv: list[str] | None = None) -> int:
    """Write ``files.json`` beside this script (or in ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rounds", default="1,2,3", help="team label rounds whose articles are left out")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="files.json of another set")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    rounds = tuple(int(r) for r in args.rounds.split(","))
    files = draw(args.data, args.seed, rounds, tuple(args.exclude))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "files.json").write_text(json.dumps(files, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
