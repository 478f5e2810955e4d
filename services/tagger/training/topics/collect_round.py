"""Collect a training round's labels (``sample_labelset.py --round 3|4`` packets) into a labels file, and measure
how far the annotators agree on the items two of them labelled.

Each annotator's ``batch-N.jsonl`` holds ``{"item", "primary", "secondary", "unsure"}`` lines (``labels/GUIDE.md``).
An item belongs to the batch whose slice holds it; that annotator's label is kept. Items another annotator also
labelled (the overlap) are written, both labels side by side, to the overlap file, and the agreement printed.

    python services/tagger/training/topics/collect_round.py --packets var/labelling4 --labels DIR/batch-*.jsonl \
        --out services/tagger/training/topics/labels/training-4.json \
        --overlap services/tagger/training/topics/labels/training-4-overlap.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

TOP_LEVEL = {f"{n:02d}000000" for n in range(1, 18)}
_BATCH = re.compile(r"batch-(\d+)")


def read_batch(path: Path) -> dict[int, dict[str, object]]:
    """``{item: line}`` of one annotator's file; a malformed line or an unknown code is an error."""
    out: dict[int, dict[str, object]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        codes = [entry["primary"], *entry.get("secondary", [])]
        if any(code not in TOP_LEVEL for code in codes) or entry["primary"] in entry.get("secondary", []):
            raise ValueError(f"{path}:{number}: bad codes {codes}")
        out[int(entry["item"])] = entry
    return out


def _text(data: Path, key: str) -> str:
    """The article a label key names (``topics/ttc3600/...`` under the data folder, the rest under ``topics``)."""
    path = data / key if key.startswith("topics/") else data / "topics" / key
    return path.read_text(encoding="utf-8", errors="replace")


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' primary codes."""
    observed = sum(a == b for a, b in pairs) / len(pairs)
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / len(pairs) ** 2
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main(argv: list[str] | None = None) -> int:
    """Write the labels file and the overlap file; print counts and agreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=Path, required=True, help="the folder with index.json and batch-N.md")
    parser.add_argument("--labels", type=Path, nargs="+", required=True, help="batch-N.jsonl files")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--overlap", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="for --min-words")
    parser.add_argument(
        "--min-words", type=int, default=0, help="leave out articles shorter than this (a link text, no story)"
    )
    args = parser.parse_args(argv)
    index: dict[str, str] = json.loads((args.packets / "index.json").read_text(encoding="utf-8"))
    batches = len(list(args.packets.glob("batch-*.md")))
    size = -(-len(index) // batches)
    kept: dict[str, dict[str, object]] = {}
    by_item: dict[int, dict[int, dict[str, object]]] = {}
    for path in args.labels:
        match = _BATCH.search(path.name)
        if match is None:
            raise SystemExit(f"{path}: not a batch-N file")
        for item, entry in read_batch(path).items():
            by_item.setdefault(item, {})[int(match.group(1))] = entry
    overlap = []
    for item in sorted(by_item):
        owner = (item - 1) // size + 1
        labels = by_item[item]
        chosen = labels.get(owner) or next(iter(labels.values()))
        kept[index[str(item)]] = {"primary": chosen["primary"], "secondary": list(chosen.get("secondary", []))}
        if len(labels) > 1:
            overlap.append({"article": index[str(item)], **{f"batch-{b}": labels[b] for b in sorted(labels)}})
    if args.min_words:
        short = [key for key in kept if len(_text(args.data, key).split()) < args.min_words]
        for key in short:
            del kept[key]
        print(f"left out {len(short)} articles under {args.min_words} words: {short}")
    args.out.write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.overlap.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in overlap), encoding="utf-8")
    primaries = Counter(str(entry["primary"]) for entry in kept.values())
    print(f"{len(kept)} articles labelled of {len(index)}; primary: {dict(sorted(primaries.items()))}")
    pairs = []
    jaccard = []
    for row in overlap:
        first, second = (row[k] for k in sorted(k for k in row if k.startswith("batch-"))[:2])
        pairs.append((str(first["primary"]), str(second["primary"])))
        a = {first["primary"], *first.get("secondary", [])}  # type: ignore[misc]
        b = {second["primary"], *second.get("secondary", [])}  # type: ignore[misc]
        jaccard.append(len(a & b) / len(a | b))
    if pairs:
        agree = sum(a == b for a, b in pairs)
        print(
            f"overlap: {len(pairs)} items, primary agree {agree}/{len(pairs)} ({agree / len(pairs):.1%}), "
            f"kappa {kappa(pairs):.3f}, mean Jaccard of code sets {sum(jaccard) / len(jaccard):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
