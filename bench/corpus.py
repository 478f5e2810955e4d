"""Generated wire files for the benchmarks: agency-text articles of about 400 words, all distinct."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PLACES = ("ANKARA", "İSTANBUL", "BAKÜ", "İZMİR", "BRÜKSEL", "TAHRAN", "BERLİN", "MOSKOVA")


def wire_article(n: int, words: int = 400, rng: random.Random | None = None) -> bytes:
    """The n-th generated article: the seed's sentences reshuffled to ``words`` words, its own date and dateline."""
    rng = rng or random.Random(n)  # noqa: S311 - reproducible benchmark text, not secrets
    text = SEED.read_text(encoding="utf-8").strip()
    sentences = [s.strip() for s in text.removeprefix("date 2026-01-22 ").rsplit(" - ", 1)[0].split(". ") if s.strip()]
    picked: list[str] = []
    while sum(len(s.split()) for s in picked) < words:
        picked.append(rng.choice(sentences).rstrip(".") + ".")
    day = date(2025, 1, 1) + timedelta(days=n % 600)
    paragraphs = [" ".join(picked[i : i + 4]) for i in range(0, len(picked), 4)]
    body = "\n\n".join(paragraphs)
    return f" date {day.isoformat()} Bülten {n}: {body} - {rng.choice(PLACES)}".encode()


def write_corpus(folder: Path, count: int) -> list[Path]:
    """Write ``count`` generated articles into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"bench_{n:05d}.txt"
        path.write_bytes(wire_article(n))
        paths.append(path)
    return paths
