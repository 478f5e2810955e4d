"""Time ``NerModel.extract`` on raw news articles (tokenising, splitting, tagging, confidences) on one core.

Usage: uv run python -m services.tagger.training.ner.bench [--articles 500]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from newswire_tagger.ner import NerModel, tokenize

from services.tagger.training.ner.corpora import TOPICS


def main(argv: list[str] | None = None) -> int:
    """Extract entities from the first N topic-corpus articles twice (cold, then warm cache) and print the rates."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(TOPICS.glob("*/*.txt"))[: args.articles]]
    n_tokens = sum(len(tokenize(t)) for t in texts)
    n_words = sum(len(t.split()) for t in texts)
    model = NerModel.load()
    report: dict[str, object] = {"articles": len(texts), "tokens": n_tokens, "words": n_words}
    for run in ("cold", "warm"):
        started, cpu_started = time.perf_counter(), time.process_time()
        n_spans = sum(len(model.extract(t)) for t in texts)
        # CPU time is the per-core figure; wall time also counts waiting for a busy machine's cores.
        cpu = time.process_time() - cpu_started
        wall = time.perf_counter() - started
        report[run] = {
            "tokens_per_cpu_s": round(n_tokens / cpu),
            "articles_per_cpu_s_at_400_words": round(n_words / cpu / 400, 1),
            "tokens_per_wall_s": round(n_tokens / wall),
            "spans": n_spans,
        }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
