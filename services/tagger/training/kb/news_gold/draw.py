"""Draw the 80 articles of the general-news entity gold (``files.json``): world, politics, sport, culture,
celebrity, health, life and general sections of kemik42k, at most 8 per section, 1.5-5 KB, apostrophes intact
(no cp1252 quote bytes), none of them in the team's NER training labels (rounds 1-3) or the economy gold.

    python -m services.tagger.training.kb.news_gold.draw --data ../shared/data
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


def draw(data: Path) -> dict[str, str]:
    """File name (``dunya-123.txt``) -> path under ``topics/``, in the seeded order."""
    excluded = set(json.loads((HERE.parent / "econ_gold" / "files.json").read_text(encoding="utf-8")).values())
    for round_ in (1, 2, 3):
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
    random.Random(SEED).shuffle(pool)  # noqa: S311 - a reproducible sample, not cryptography
    taken: dict[str, int] = {}
    files: dict[str, str] = {}
    for key in pool:
        section = key.split("/")[1]
        if taken.get(section, 0) < PER_SECTION and len(files) < SIZE:
            taken[section] = taken.get(section, 0) + 1
            files[f"{section}-{key.split('/')[2]}"] = key
    return files


def main(argv: list[str] | None = None) -> int:
    """Write ``files.json`` beside this script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    files = draw(args.data)
    (HERE / "files.json").write_text(json.dumps(files, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
