"""Hostile wire files and a burst of them against a running ingest service, with its resident memory sampled.

Used by ``test_hostile_burst.py``; ``python -m tests.integration.ingest.hostile_burst URL PID`` runs the same burst
against a service already listening on ``URL`` (process ``PID``) and prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import aiohttp

_FIXTURES = Path(__file__).resolve().parents[2] / "unit" / "ingest" / "fixtures"


def _deep_xml() -> bytes:
    """1.4 million nested elements in 9.8 MB: the post that cost 440 MB when depth was checked after parsing."""
    depth = 1_400_000
    return b"<nitf>" + b"<p>" * depth + b"</p>" * depth + b"</nitf>"


def _wide_xml() -> bytes:
    """700,000 sibling elements with an attribute each (9.8 MB)."""
    return b"<newsItem>" + b"<a x='1'>y</a>" * 700_000 + b"</newsItem>"


def _attlist_xml() -> bytes:
    """A 100 kB attribute default applied to 100,000 elements (200 MB per 2,000 elements when honoured)."""
    dtd = b'<!DOCTYPE nitf [<!ATTLIST p x CDATA "' + b"A" * 100_000 + b'">]>'
    return dtd + b"<nitf>" + b"<p/>" * 100_000 + b"</nitf>"


def _deep_json() -> bytes:
    """A million nested objects (6 MB)."""
    return b'{"a":' * 1_000_000 + b"1" + b"}" * 1_000_000


def _wide_json() -> bytes:
    """Three million empty objects in one array (9 MB; 290 MB of dicts if loaded)."""
    return b'{"headline": "x", "a": [' + b",".join([b"{}"] * 3_000_000) + b"]}"


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "deep.xml": (_deep_xml, "TooComplexError"),
    "wide.xml": (_wide_xml, "TooComplexError"),
    "billion-laughs.xml": ((_FIXTURES / "billion-laughs.xml").read_bytes, "HostileInputError"),
    "attlist.xml": (_attlist_xml, "HostileInputError"),
    "deep.json": (_deep_json, "TooComplexError"),
    "wide.json": (_wide_json, "TooComplexError"),
}
"""File name → (payload, the error class the service must refuse it with)."""


def rss_mb(pid: int, field_name: str = "VmRSS") -> float:
    """A memory figure of process ``pid`` from /proc (VmRSS: resident now, VmHWM: peak resident), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1]) / 1024
    raise LookupError(f"{field_name} not in /proc/{pid}/status")


@dataclass
class BurstFigures:
    """What a burst did to the service: memory before, at its peak, and how soon it came back."""

    baseline_mb: float
    peak_mb: float = 0.0
    after_burst_mb: float = 0.0
    settled_mb: float = 0.0
    settled_after_s: float | None = None
    """Seconds from the last answer until RSS was within the margin of the baseline (None: never, within the wait)."""
    answers: dict[str, int] = field(default_factory=dict)
    """``<status> <error_class>`` → count."""


async def _post(session: aiohttp.ClientSession, url: str, name: str, data: bytes) -> str:
    """POST one file; its status and error class."""
    async with session.post(f"{url}/v1/articles", data=data, headers={"X-File-Name": name}) as response:
        body = await response.json()
        return f"{response.status} {body.get('error_class', '')}".strip()


async def run_burst(
    url: str,
    pid: int,
    *,
    kinds: Sequence[str] = tuple(HOSTILE),
    copies: int = 8,
    margin_mb: float = 50,
    wait_s: float = 60,
) -> BurstFigures:
    """``copies`` of every hostile file posted at once per kind, then RSS sampled until back within ``margin_mb``."""
    figures = BurstFigures(baseline_mb=rss_mb(pid))
    payloads = {name: HOSTILE[name][0]() for name in kinds}
    timeout = aiohttp.ClientTimeout(total=600)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for name, data in payloads.items():
            for answer in await asyncio.gather(*(_post(session, url, name, data) for _ in range(copies))):
                figures.answers[answer] = figures.answers.get(answer, 0) + 1
    del payloads
    figures.peak_mb = rss_mb(pid, "VmHWM")
    figures.after_burst_mb = rss_mb(pid)
    started = time.monotonic()
    while time.monotonic() - started < wait_s:
        figures.settled_mb = rss_mb(pid)
        if figures.settled_mb <= figures.baseline_mb + margin_mb:
            figures.settled_after_s = round(time.monotonic() - started, 1)
            break
        await asyncio.sleep(1)
    return figures


def main() -> int:
    """Run the burst against a running service and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("pid", type=int)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--kinds", nargs="+", choices=list(HOSTILE), default=list(HOSTILE))
    args = parser.parse_args()
    figures = asyncio.run(run_burst(args.url, args.pid, kinds=args.kinds, copies=args.copies))
    sys.stdout.write(json.dumps(asdict(figures), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
