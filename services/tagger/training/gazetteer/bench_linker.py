"""Time EntityLinker on a ~400-word article with ~40 spans; the last stdout line is one JSON object.

    uv run python services/tagger/training/gazetteer/bench_linker.py

CPU time per call (``time.process_time``), best of several rounds, so other processes on the machine weigh
less on the figure; wall-clock figures are printed beside it.
"""

from __future__ import annotations

import json
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newswire_tagger.entities import EntityLinker
from newswire_tagger.spans import Span

SEEDS = Path(__file__).resolve().parents[4] / "seeds"
ROUNDS = 7
CALLS = 500


def best_of(call: Callable[[], object], clock: Callable[[], float]) -> float:
    """Best per-call time of ``call`` over ``ROUNDS`` rounds of ``CALLS`` calls, in microseconds."""
    best = float("inf")
    for _ in range(ROUNDS):
        began = clock()
        for _ in range(CALLS):
            call()
        best = min(best, (clock() - began) / CALLS)
    return round(best * 1e6, 1)


def main() -> None:
    """Load, build the article and its spans, time link and find_missing."""
    began = time.perf_counter()
    linker = EntityLinker.load()
    load_seconds = round(time.perf_counter() - began, 3)
    seed = next(t for p in sorted(SEEDS.glob("*.txt")) if "Bayramov" in (t := p.read_text(encoding="utf-8")))
    text = seed + "\n\n" + seed
    people = [
        Span("PER", m.start(), m.end(), m.group(), 0.95)
        for m in re.finditer(r"Ceyhun Bayramov|Radmila Shekerinska|Shekerinska(?=,)", text)
    ]
    spans = sorted([*people, *linker.find_missing(text, people)], key=lambda s: s.start)
    result = {
        "words": len(text.split()),
        "spans": len(spans),
        "entities": len(linker.link(text, spans)),
        "load_s": load_seconds,
        "link_cpu_us": best_of(lambda: linker.link(text, spans), time.process_time),
        "link_wall_us": best_of(lambda: linker.link(text, spans), time.perf_counter),
        "find_missing_cpu_us": best_of(lambda: linker.find_missing(text, people), time.process_time),
        "find_missing_wall_us": best_of(lambda: linker.find_missing(text, people), time.perf_counter),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
