"""What the end-to-end tests feed the pipeline: the shipped seed story and a broken file."""

from __future__ import annotations

from pathlib import Path

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
"""The shipped wire story: tagged, it names Ceyhun Bayramov, NATO and Bakü, topic 11000000."""


def seed_and_broken(folder: Path) -> list[Path]:
    """The seed story and a truncated NITF file, written into ``folder``."""
    seed, broken = folder / SEED.name, folder / "broken.xml"
    seed.write_bytes(SEED.read_bytes())
    broken.write_bytes(b"<nitf><head><title>yarim")
    return [seed, broken]
