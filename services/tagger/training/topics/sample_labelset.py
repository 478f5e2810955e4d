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
# Round 2 (``--round 2``): articles of the general sections not drawn in round 1 whose text matches one of these
# patterns, drawn per pattern, to give the rare codes enough examples. The patterns only choose what annotators
# read; the label is theirs (an article drawn for "grev" may well be labelled 02). Scores are reported for the
# random round 1 and for both rounds together.
ENRICH_SECTIONS = ("genel", "guncel", "turkiye", "dunya", "planet", "yasam")
ENRICH_PATTERNS = {
    "environment": r"çevre kirlili|iklim değişikli|küresel ısınma|nesli tükenen|geri dönüşüm|doğal yaşam|orman alan",
    "labour": r"\bgrev|sendika|asgari ücret|işsizlik|işçiler|taşeron|kıdem tazminat",
    "weather": r"meteoroloji|hava sıcaklı|kar yağışı|sağanak|fırtına uyarı|hava durumu",
    "education": r"öğrenciler|üniversite|\bokul|sınav|öğretmen|milli eğitim",
    "religion": r"diyanet|\bcami|ramazan|namaz|kilise|\bhac\b|\bimam",
    "lifestyle": r"tatil|turist|yemek tarif|moda|alışveriş|festival",
    "society": r"engelli|kadın hakları|mülteci|sığınmacı|yoksul|sosyal yardım|çocuk gelin",
    "human-interest": r"\byaşındaki|ilginç|rekor|hayvansever|duygulandır|\bsevindir",
}
ENRICH_PER_PATTERN = 20
# Round 3: training labels. One pass per article, but each batch also carries OVERLAP items of the next batch,
# labelled again by that batch's annotator, so the agreement of these single-pass labels is measured too.
TRAINING_DRAW = 1000
OVERLAP = 25
# Round 4: every general-section and nakbatr-aa article no earlier round labelled (development set, round-3 and
# silver labels), for training; more batches, and each batch opens with the OVERLAP items it shares with the next
# annotator's, so the agreement is measured even on a batch left unfinished.
ROUND4_BATCHES = 7
# Round 5: the silver labels (one engineer, headline + 300 characters, before the guide's amendments) labelled
# again like round 4, from the usual excerpt; the new label replaces the silver one in training.
ROUND5_BATCHES = 4
# Round 6: the kemik42k topical-section articles training may use (outside the development set's groups and the
# TTC-3600 and kemik42k test splits, ``dataset.split``), labelled with all 17 codes: their section says one code,
# the article may be another (celebrity news under human interest or crime, wages under labour, a trial under crime).
ROUND6_BATCHES = 8
# Round 7: the same for TTC-3600's training articles (2015 copy of six outlets; the test split stays unlabelled).
ROUND7_BATCHES = 8
TOPICAL_SECTIONS = ("ekonomi", "kultur-sanat", "magazin", "saglik", "siyaset", "spor", "teknoloji")

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


def general_sections(data: Path, exclude: set[str]) -> list[tuple[str, Path]]:
    """(label key, file) of every general-section kemik42k article not in ``exclude``, in file order."""
    kemik = data / "topics" / "kemik42k"
    pool = [(f"kemik42k/{s}/{p.name}", p) for s in ENRICH_SECTIONS for p in sorted((kemik / s).glob("*.txt"))]
    return [item for item in pool if item[0] not in exclude]


def draw_enrichment(data: Path, already: set[str]) -> list[tuple[str, Path]]:
    """Round 2: per pattern, articles of the general sections not drawn before whose text matches it."""
    rng = random.Random(SEED + 1)  # noqa: S311 - a reproducible sample, not cryptography
    pool = general_sections(data, already)
    chosen: list[tuple[str, Path]] = []
    taken = set(already)
    for pattern in ENRICH_PATTERNS.values():
        matcher = re.compile(pattern, re.IGNORECASE)
        hits = [item for item in pool if item[0] not in taken and matcher.search(item[1].read_text(errors="replace"))]
        for item in rng.sample(hits, min(ENRICH_PER_PATTERN, len(hits))):
            chosen.append(item)
            taken.add(item[0])
    rng.shuffle(chosen)
    return chosen


def draw_training(data: Path, exclude: set[str]) -> list[tuple[str, Path]]:
    """Round 3: a random draw of general-section articles for training (single pass, see ``OVERLAP``)."""
    rng = random.Random(SEED + 2)  # noqa: S311 - a reproducible sample, not cryptography
    pool = general_sections(data, exclude)
    return rng.sample(pool, min(TRAINING_DRAW, len(pool)))


def draw_remaining(data: Path, exclude: set[str]) -> list[tuple[str, Path]]:
    """Round 4: all general-section and nakbatr-aa articles not in ``exclude``, in a seeded order."""
    rng = random.Random(SEED + 3)  # noqa: S311 - a reproducible sample, not cryptography
    nakba = data / "ner" / "nakbatr-aa" / "articles"
    pool = general_sections(data, exclude)
    pool += [(f"nakbatr-aa/articles/{p.name}", p) for p in sorted(nakba.glob("*.txt"))]
    pool = [item for item in pool if item[0] not in exclude]
    rng.shuffle(pool)
    return pool


def draw_topical(data: Path, seeds: Path, exclude: set[str], source: str = "kemik-topical") -> list[tuple[str, Path]]:
    """Rounds 6 and 7: every article of ``source`` (kemik42k topical sections, or ``ttc``) outside the held-out
    groups and ``exclude``, in a seeded order."""
    import corpora  # noqa: PLC0415 - the near-duplicate groups, only for this round
    import dataset  # noqa: PLC0415

    docs = corpora.load(data, seeds)
    development = dataset.read_labels(dataset.LABELS)
    splits = dataset.split(docs, {key for key, _ in draw(data, seeds)} | set(development))
    pool = [(d.key, _path(data, d.key)) for d in docs
            if d.source == source and d.group not in splits.held_out and d.key not in exclude]  # fmt: skip
    pool.sort()
    random.Random(SEED + (5 if source == "kemik-topical" else 6)).shuffle(pool)  # noqa: S311 - not cryptography
    return pool


def _path(data: Path, key: str) -> Path:
    """The file of a label key: ``kemik42k/...`` and ``topics/ttc3600/...`` (TTC keys name their folder)."""
    return data / key if key.startswith("topics/") else data / "topics" / key


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
    parser.add_argument(
        "--round",
        type=int,
        choices=(1, 2, 3, 4, 5, 6, 7),
        default=1,
        help="2: the rare-code enrichment; 3: training draw; 4: all the rest, for training; 5: silver again; "
        "6: the topical sections' training articles; 7: TTC-3600's training articles",
    )
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="3, 4, 6, 7: JSON files whose keys to skip")
    args = parser.parse_args(argv)
    items = draw(args.data, args.seeds)
    if args.round == 2:
        items = draw_enrichment(args.data, {key for key, _ in items})
    if args.round == 3:
        exclude = {key for key, _ in items} | {key for key, _ in draw_enrichment(args.data, {k for k, _ in items})}
        for extra in args.exclude:
            exclude |= set(json.loads(extra.read_text(encoding="utf-8")))
        return write_overlapping(draw_training(args.data, exclude), args.out)
    if args.round == 5:
        silver = sorted(json.loads((Path(__file__).parent / "silver" / "silver.json").read_text(encoding="utf-8")))
        again = [(key, args.data / "topics" / key) for key in silver]
        random.Random(SEED + 4).shuffle(again)  # noqa: S311 - a reproducible order, not cryptography
        return write_overlapping(again, args.out, ROUND5_BATCHES, overlap_first=True)
    if args.round in (6, 7):
        exclude = set()
        for extra in args.exclude:
            exclude |= set(json.loads(extra.read_text(encoding="utf-8")))
        items = draw_topical(args.data, args.seeds, exclude, "kemik-topical" if args.round == 6 else "ttc")
        return write_overlapping(items, args.out, ROUND6_BATCHES, overlap_first=True)
    if args.round == 4:
        exclude = {key for key, _ in items}
        for extra in args.exclude:
            exclude |= set(json.loads(extra.read_text(encoding="utf-8")))
        return write_overlapping(draw_remaining(args.data, exclude), args.out, ROUND4_BATCHES, overlap_first=True)
    args.out.mkdir(parents=True, exist_ok=True)
    index = {}
    batches = BATCHES if args.round == 1 else 1
    size = -(-len(items) // batches)
    for batch in range(batches):
        parts = []
        for number in range(batch * size, min(len(items), (batch + 1) * size)):
            key, path = items[number]
            index[str(number + 1)] = key
            headline, body = excerpt(path)
            parts.append(f"## {number + 1}\n\n**{headline}**\n\n{body}\n")
        (args.out / f"batch-{batch + 1}.md").write_text("\n".join(parts), encoding="utf-8")
    (args.out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} articles in {batches} batches under {args.out}")
    return 0


def write_overlapping(
    items: list[tuple[str, Path]], out: Path, batches: int = BATCHES, *, overlap_first: bool = False
) -> int:
    """Training packets: ``batches`` slices, each with the first OVERLAP items of the next slice (after, or first)."""
    out.mkdir(parents=True, exist_ok=True)
    index = {str(number + 1): key for number, (key, _) in enumerate(items)}
    size = -(-len(items) // batches)
    for batch in range(batches):
        start = batch * size
        numbers = list(range(start, min(len(items), start + size)))
        following = ((batch + 1) % batches) * size
        shared = list(range(following, min(len(items), following + OVERLAP)))
        numbers = shared + numbers if overlap_first else numbers + shared
        parts = []
        for number in numbers:
            headline, body = excerpt(items[number][1])
            parts.append(f"## {number + 1}\n\n**{headline}**\n\n{body}\n")
        (out / f"batch-{batch + 1}.md").write_text("\n".join(parts), encoding="utf-8")
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} articles in {batches} batches of {size} + {OVERLAP} overlapping under {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
