"""Build ``gold.json`` of the NER training labels from the annotators' packets, and print their agreement.

Six annotators (helper sessions) each listed the names of 40 articles of ``files.json`` (their own, in order) and
of the next annotator's first 7 (labelled twice, for the agreement); an article's labels are its own annotator's.
Names are compared as ``newswire evaluate entities`` compares them (case- and diacritic-insensitive, apostrophe
suffix stripped).

    python -m services.tagger.training.kb.news_train.merge --packets services/tagger/training/kb/news_train/packets
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newswire_tagger.evaluation.entities import name_key

HERE = Path(__file__).resolve().parent
TYPES = ("PER", "ORG", "LOC")
PACKETS = 6
OWN = 40


def main(argv: list[str] | None = None) -> int:
    """Write ``gold.json`` beside this script; print per-type agreement on the doubly labelled articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=Path, required=True, help="folder of packet-K.json (K = 1..6)")
    args = parser.parse_args(argv)
    names = list(json.loads((HERE / "files.json").read_text(encoding="utf-8")))
    labels = [json.loads((args.packets / f"packet-{k + 1}.json").read_text(encoding="utf-8")) for k in range(PACKETS)]
    gold = {}
    for k in range(PACKETS):
        for name in names[OWN * k : OWN * (k + 1)]:
            gold[name] = {kind: list(dict.fromkeys(labels[k][name].get(kind, []))) for kind in TYPES}
    for kind in TYPES:
        first = second = shared = 0
        for k in range(PACKETS):
            for name in names[(OWN * (k + 1)) % len(names) :][:7]:
                a = {name_key(x) for x in gold[name][kind]}
                b = {name_key(x) for x in labels[k][name].get(kind, [])}
                first, second, shared = first + len(a), second + len(b), shared + len(a & b)
        f1 = 2 * shared / (first + second)
        print(f"{kind}: owner {first}, second annotator {second}, shared {shared}, F1 {f1:.3f}")
    counts = {kind: sum(len(g[kind]) for g in gold.values()) for kind in TYPES}
    print(f"{len(gold)} articles; names {counts}")
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
