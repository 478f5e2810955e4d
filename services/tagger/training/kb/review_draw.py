"""Tag a random draw of kemik42k articles that no gold or label set holds, for reading error by error.

    .venv/bin/python services/tagger/training/kb/review_draw.py dunya 40 71 > var/review-71.txt

Each article is read through the ingest service's decoder (as the pipeline reads it) and tagged whole; the output
lists, per article, its file name, its headline and the names the tagger returns by type (each canonical name with
the forms the article writes it in, where they differ, in brackets: ``Amerika Birleşik Devletleri [ABD]``). The draw
is fixed by the seed and skips every file a gold or training set of ``training/kb`` names, so what is read there
stays clean.
This is how the entity rules of 2026-12-04 were found (see the NER model card): read the articles beside the
lists, group the errors a rule could fix, fix them, then diff the lists of all 11,745 articles before and after.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from newswire_ingest.decoding import decode_bytes
from newswire_ingest.errors import EncodingError
from newswire_schemas import Article, Entity
from newswire_tagger.entities.names import fold, strip_apostrophe_suffix
from newswire_tagger.pipeline import Tagger

HERE = Path(__file__).resolve().parent
KEMIK = Path("../shared/data/topics/kemik42k")


def held_files() -> set[str]:
    """The kemik42k files (``kemik42k/section/name.txt``) any gold or training set of ``training/kb`` holds."""
    held: set[str] = set()
    for listing in HERE.glob("*/files.json"):
        held |= set(json.loads(listing.read_text(encoding="utf-8")).values())
    return held


def draw(section: str, count: int, seed: int, root: Path = KEMIK) -> list[tuple[Path, str]]:
    """``count`` files of ``section`` no set holds, in an order fixed by ``seed``, with their decoded text. A file
    the decoder refuses (two of kemik42k's hold stray C1 control characters) is skipped with a note on stderr, and
    the next file in the seed's order taken."""
    held = held_files()
    files = [f for f in sorted((root / section).glob("*.txt")) if f"kemik42k/{section}/{f.name}" not in held]
    random.Random(seed).shuffle(files)  # noqa: S311 - a reproducible sample, no secret
    drawn: list[tuple[Path, str]] = []
    for path in files:
        if len(drawn) == count:
            break
        try:
            drawn.append((path, decode_bytes(path.read_bytes()).text.strip()))
        except EncodingError as error:
            print(f"{path.name} skipped: {error}", file=sys.stderr)
    return drawn


def listed(entity: Entity) -> str:
    """The entity's canonical name, with the forms the article writes it in where they differ (``Amerika Birleşik
    Devletleri [ABD]``): the scorer credits either, and a reader must see what the text said."""
    written = dict.fromkeys(strip_apostrophe_suffix(m.text) for m in entity.mentions)
    others = [w for w in written if fold(w) != fold(entity.name)]
    return f"{entity.name} [{' | '.join(others)}]" if others else entity.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("section", help="a kemik42k page: dunya, ekonomi, genel, guncel, spor ...")
    parser.add_argument("count", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("--root", type=Path, default=KEMIK)
    args = parser.parse_args()
    tagger = Tagger.load()
    for path, text in draw(args.section, args.count, args.seed, args.root):
        headline, _, body = text.partition("\n")
        article = Article(
            id=path.stem,
            headline=headline[:300] or path.stem,
            lead="",
            body=body or headline,
            source_format="agency-text",
            channel="cli",
            content_hash="sha256:" + "0" * 64,
            received_at=datetime.now(UTC),
        )
        enriched = tagger.enrich(article)
        print("=====", path.name, "|", headline[:100])
        for kind in ("PER", "ORG", "LOC"):
            print(" ", kind, "; ".join(listed(e) for e in enriched.entities if e.type == kind))


if __name__ == "__main__":
    main()
