"""Build ``gold.json`` from the two passes and the third look, and print the agreement between the passes.

A name both passes listed (compared as ``newswire evaluate entities`` compares names: case- and
diacritic-insensitive, apostrophe suffix stripped) is gold in pass A's spelling; a name only one pass listed is gold
when the third look (``adjudicated-notes.jsonl``) says "in".

    python -m services.tagger.training.kb.news_gold.merge [--dir services/tagger/training/kb/news_gold2]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newswire_tagger.evaluation.entities import name_key

HERE = Path(__file__).resolve().parent
TYPES = ("PER", "ORG", "LOC")


def main(argv: list[str] | None = None) -> int:
    """Write ``gold.json``; print per-type agreement of the passes and what the third look kept."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE, help="the set's folder (passes, notes, gold.json)")
    here = parser.parse_args(argv).dir
    first = json.loads((here / "pass-A.json").read_text(encoding="utf-8"))
    second = json.loads((here / "pass-B.json").read_text(encoding="utf-8"))
    notes = [json.loads(line) for line in (here / "adjudicated-notes.jsonl").read_text(encoding="utf-8").splitlines()]
    decided = {(n["file"], n["type"], name_key(n["name"])): n["decision"] == "in" for n in notes}
    gold: dict[str, dict[str, list[str]]] = {}
    for name in sorted(first):
        gold[name] = {}
        for kind in TYPES:
            a = {name_key(x): x for x in first[name].get(kind, [])}
            b = {name_key(x): x for x in second[name].get(kind, [])}
            kept = [a[k] for k in a if k in b]
            for key in a.keys() ^ b.keys():
                if decided[(name, kind, key)]:
                    kept.append(a.get(key) or b[key])
            gold[name][kind] = kept
    for kind in TYPES:
        n_a = sum(len({name_key(x) for x in first[f].get(kind, [])}) for f in first)
        n_b = sum(len({name_key(x) for x in second[f].get(kind, [])}) for f in second)
        shared = sum(
            len({name_key(x) for x in first[f].get(kind, [])} & {name_key(x) for x in second[f].get(kind, [])})
            for f in first
        )
        in_gold = sum(len(g[kind]) for g in gold.values())
        print(f"{kind}: A {n_a}, B {n_b}, shared {shared}, F1 {2 * shared / (n_a + n_b):.3f}; gold {in_gold}")
    kept_in = sum(decided.values())
    print(f"third look: {len(decided)} disputed names, {kept_in} kept")
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
