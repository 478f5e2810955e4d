"""Draw the silver-labelled training pool: general-section kemik42k articles outside the development set.

The development set (``sample_labelset.py``) and every near-duplicate of one of its articles are excluded, so no
copy of a labelled article is ever trained on. Packets show the headline and the first ~300 characters; they
were labelled by the engineer who built the model (one pass, by the guide in ``labels/GUIDE.md``), and the labels
are committed as ``silver/silver.json`` (file key -> primary and secondary codes), never the texts.

    python services/tagger/training/topics/draw_silver.py --data ../shared/data --out var/silver
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import dataset
from sample_labelset import draw

SEED = 4242
PER_SECTION = 200
EXCERPT = 300
# Second draw: codes rare in general news get articles whose keyword rules point at them (the label is still
# read and given by hand, so a rule's false alarm is labelled as what it is).
RARE = ("05000000", "06000000", "08000000", "09000000", "10000000", "12000000", "13000000", "14000000", "17000000")
PER_RARE = 30
RARE_SECTIONS = (*corpora.GENERAL_SECTIONS, "ekonomi", "saglik")
# Third draw: the articles an intermediate model (trained with the silver labels of the first two draws) ranks
# highest for the codes still weakest in cross-validation.
RANKED = ("06000000", "08000000", "10000000", "14000000", "12000000", "13000000", "09000000")
PER_RANKED = 25


def development_groups(docs: list[corpora.Doc], data: Path, seeds: Path) -> set[int]:
    """Near-duplicate groups holding an article of the development set."""
    keys = {key for key, _ in draw(data, seeds)}
    by_key = {d.key: d for d in docs}
    missing = keys - by_key.keys()
    if missing:
        raise ValueError(f"development-set articles not found: {sorted(missing)[:5]}")
    return {by_key[k].group for k in keys}


def pool(docs: list[corpora.Doc], excluded: set[int], per_section: int = PER_SECTION) -> list[corpora.Doc]:
    """A fixed random draw of ``per_section`` eligible articles from every general section (one per group)."""
    rng = random.Random(SEED)  # noqa: S311 - a reproducible sample
    chosen: list[corpora.Doc] = []
    for section in corpora.GENERAL_SECTIONS:
        seen: set[int] = set()
        eligible = []
        for d in docs:
            if d.section == section and d.group not in excluded and d.group not in seen:
                seen.add(d.group)
                eligible.append(d)
        chosen += rng.sample(eligible, min(per_section, len(eligible)))
    rng.shuffle(chosen)
    return chosen


def rare_pool(docs: list[corpora.Doc], excluded: set[int], taken: set[str]) -> list[corpora.Doc]:
    """Up to ``PER_RARE`` eligible articles per rare code among those whose keyword rules fire for it."""
    from newswire_tagger.topics.rules import KeywordRules  # noqa: PLC0415 - only this draw needs the rules

    rules = KeywordRules.load()
    rng = random.Random(SEED + 1)  # noqa: S311 - a reproducible sample
    seen = set(excluded) | {d.group for d in docs if d.key in taken}
    eligible = [d for d in docs if d.section in RARE_SECTIONS and d.group not in seen]
    hits = {d.key: rules.match(d.headline, d.body) for d in eligible}
    chosen: list[corpora.Doc] = []
    for code in RARE:
        fired = [d for d in eligible if code in hits[d.key] and hits[d.key][code].score >= rules.threshold]
        rng.shuffle(fired)
        picked = 0
        for doc in fired:
            if picked == PER_RARE:
                break
            if doc.group not in seen:
                seen.add(doc.group)
                chosen.append(doc)
                picked += 1
    rng.shuffle(chosen)
    return chosen


def ranked_pool(
    docs: list[corpora.Doc], splits: dataset.Splits, excluded: set[int], taken: set[str]
) -> list[corpora.Doc]:
    """Up to ``PER_RANKED`` eligible articles per code of ``RANKED``, those a model trained so far scores highest."""
    import experiment  # noqa: PLC0415 - only this draw trains a model
    import learn  # noqa: PLC0415

    silver = dataset.read_labels(dataset.SILVER)
    first_two = {k: v for k, v in silver.items() if k in taken}
    material = experiment.build(docs, splits, first_two, {})
    model = learn.fit(learn.Config(c=0.3, section_weight=0.3), material.sections + material.weak + material.silver)
    seen = set(excluded) | {d.group for d in docs if d.key in taken}
    candidates = [d for d in docs if d.section in RARE_SECTIONS and d.group not in seen]
    scores = learn.decisions(model, [dataset.counts(d) for d in candidates])
    chosen: list[corpora.Doc] = []
    for code in RANKED:
        column = scores[:, learn.CODES.index(code)]
        picked = 0
        for i in sorted(range(len(candidates)), key=lambda i: -column[i]):
            if picked == PER_RANKED:
                break
            if candidates[i].group not in seen:
                seen.add(candidates[i].group)
                chosen.append(candidates[i])
                picked += 1
    random.Random(SEED + 2).shuffle(chosen)  # noqa: S311 - a reproducible order
    return chosen


def main() -> int:
    """Write ``silver-N.md`` packets of 100 items and ``index.json`` (item -> key)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--out", type=Path, default=Path("var/silver"))
    parser.add_argument("--rare", action="store_true", help="the second draw: articles for rare codes")
    parser.add_argument("--ranked", action="store_true", help="the third draw: ranked by an intermediate model")
    args = parser.parse_args()
    docs = corpora.load(args.data, args.seeds)
    if args.rare or args.ranked:  # after the first draw: its articles, and every held-out test group, are excluded
        keys = {key for key, _ in draw(args.data, args.seeds)}
        first = pool(docs, development_groups(docs, args.data, args.seeds))
        splits = dataset.split(docs, keys)
        held_out = set(splits.held_out)
        items = rare_pool(docs, held_out, {d.key for d in first})
        offset = len(first)
        if args.ranked:  # the first draw was labelled up to item 800 before the rare draw was made
            taken = {d.key for d in first[:800]} | {d.key for d in items}
            items = ranked_pool(docs, splits, held_out | {d.group for d in first}, taken)
            offset = 1500
    else:
        items = pool(docs, development_groups(docs, args.data, args.seeds))
        offset = 0
    args.out.mkdir(parents=True, exist_ok=True)
    index = {}
    for start in range(0, len(items), 100):
        lines = []
        for n, doc in enumerate(items[start : start + 100], start=offset + start + 1):
            index[str(n)] = doc.key
            body = " ".join(doc.body.split())[:EXCERPT]
            lines.append(f"{n} | {doc.headline} | {body}")
        name = f"silver-{(offset + start) // 100 + 1:02d}.md"
        (args.out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_file = args.out / ("index-model.json" if args.ranked else "index-rare.json" if args.rare else "index.json")
    index_file.write_text(json.dumps(index, indent=1), encoding="utf-8")
    print(f"{len(items)} articles under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
