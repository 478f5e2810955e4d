"""Time ``NerModel.extract`` on raw news articles (tokenising, sentence splitting, tagging, confidences), one core.

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
        started = time.perf_counter()
        n_spans = sum(len(model.extract(t)) for t in texts)
        elapsed = time.perf_counter() - started
        report[run] = {
            "tokens_per_s": round(n_tokens / elapsed),
            "articles_per_s_at_400_words": round(n_words / elapsed / 400, 1),
            "spans": n_spans,
        }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
