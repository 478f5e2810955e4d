"""Lay out the 80 economy and technology articles of this gold set as one folder of wire files.

python services/tagger/training/kb/econ_gold/materialise.py --data ../shared/data --out var/econ
newswire evaluate entities --data var/econ --gold services/tagger/training/kb/econ_gold/gold.json

The two fixed halves (``--half even``: the tuning half, whose errors may be read; ``--half odd``: the clean half,
scored only) are the articles at even and odd positions of ``files.json``:

python services/tagger/training/kb/econ_gold/materialise.py --data ../shared/data --out var/econ-tune --half even
python services/tagger/training/kb/econ_gold/materialise.py --data ../shared/data --out var/econ-clean --half odd

``--files`` lays out another gold set the same way (the general-news gold: ``../news_gold/files.json``).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Copy each article (``files.json``: file name -> path under ``topics/``) into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=Path("var/econ"), help="folder to create")
    parser.add_argument("--half", choices=["even", "odd"], help="only the even (tuning) or odd (clean) positions")
    parser.add_argument("--files", type=Path, default=HERE / "files.json", help="file name -> path under topics/")
    args = parser.parse_args(argv)
    files: dict[str, str] = json.loads(args.files.read_text(encoding="utf-8"))
    if args.half is not None:
        parity = 0 if args.half == "even" else 1
        files = {name: key for i, (name, key) in enumerate(files.items()) if i % 2 == parity}
    args.out.mkdir(parents=True, exist_ok=True)
    for name, key in files.items():
        shutil.copyfile(args.data / "topics" / key, args.out / name)
    print(f"{len(files)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
