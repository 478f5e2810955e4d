"""Tagging speed (articles/s on one core, ~400-word articles) and the worker's peak memory."""

from __future__ import annotations

import json
import resource
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newswire_schemas import Article
from newswire_tagger import native
from newswire_tagger.pipeline import Tagger

from bench.corpus import wire_article

OUT = Path(__file__).resolve().parent / "tagger.json"


def articles(count: int) -> list[Article]:
    """Generated articles as the ingest service would publish them."""
    result = []
    for n in range(count):
        text = wire_article(n).decode()
        lead, _, body = text.partition(". ")
        result.append(
            Article(
                id=f"bench-{n}",
                headline=lead[:120],
                lead=lead,
                body=body,
                source_format="agency-text",
                channel="cli",
                content_hash="sha256:" + "0" * 64,
                received_at=datetime.now(UTC),
            )
        )
    return result


def main(count: int = 500) -> dict[str, Any]:
    """Load the tagger, warm up, then time ``count`` articles one by one (the worker's concurrency is 1)."""
    started = time.perf_counter()
    tagger = Tagger.load()
    load_s = time.perf_counter() - started
    batch = articles(count)
    for article in batch[:20]:
        tagger.enrich(article)
    timings = []
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    for article in batch:
        t0 = time.perf_counter()
        tagger.enrich(article)
        timings.append(time.perf_counter() - t0)
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    words = statistics.mean(len(a.text.split()) for a in batch)
    result = {
        "articles": count,
        "mean_words": round(words, 1),
        "articles_per_s": round(count / wall, 1),
        "articles_per_cpu_s": round(count / cpu, 1),
        "p50_ms": round(statistics.median(timings) * 1000, 2),
        "p99_ms": round(sorted(timings)[int(0.99 * (len(timings) - 1))] * 1000, 2),
        "model_load_s": round(load_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "compiled": native.status().compiled,
    }
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result
