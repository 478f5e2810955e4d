"""Render search results and articles: a table or a page for people, JSON or CSV for scripts (pure, no I/O)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

from newswire_cli.table import clip, render_table

ROW_FIELDS = (
    "id",
    "score",
    "published_at",
    "source",
    "headline",
    "top_topic",
    "top_topic_label",
    "persons",
    "organizations",
    "places",
)
"""Columns of ``--csv`` and keys of each ``--json`` article, in order."""


def result_row(hit: dict[str, Any]) -> dict[str, Any]:
    """One search hit as a flat record (``_id`` and ``_score`` included)."""
    source = hit.get("_source", {})
    return {
        "id": hit["_id"],
        "score": hit.get("_score"),
        "published_at": source.get("published_at") or source.get("received_at"),
        "source": source.get("source"),
        "headline": source.get("headline"),
        "top_topic": source.get("top_topic"),
        "top_topic_label": source.get("top_topic_label"),
        "persons": source.get("persons", []),
        "organizations": source.get("organizations", []),
        "places": source.get("places", []),
    }


def short_time(value: str | None) -> str:
    """``2026-11-20T09:00:00.000Z`` as ``2026-11-20 09:00`` (UTC, as stored); ``-`` when absent."""
    if not value:
        return "-"
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.strftime("%Y-%m-%d %H:%M")


def search_table(rows: list[dict[str, Any]], total: int, *, width: int) -> str:
    """The readable result list, with how many there are in all."""
    if not rows:
        return "no articles match"
    headers = ("PUBLISHED", "SOURCE", "TOPIC", "HEADLINE", "ID")
    cells = [
        (
            short_time(row["published_at"]),
            row["source"] or "-",
            clip(row["top_topic_label"] or "-", 24),
            row["headline"] or "-",
            row["id"],
        )
        for row in rows
    ]
    more = f"; --limit {total} shows all" if total > len(rows) else ""
    return render_table(headers, cells, width=width, flexible=3) + f"\n{len(rows)} of {total} articles{more}"


def search_json(rows: list[dict[str, Any]], total: int) -> str:
    """``{"total": N, "articles": [...]}``, one object per hit with the ``ROW_FIELDS``."""
    return json.dumps({"total": total, "articles": rows}, ensure_ascii=False, indent=2)


def search_csv(rows: list[dict[str, Any]]) -> str:
    """A header and one line per hit; list fields joined with ``"; "``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "; ".join(v) if isinstance(v, list) else ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue().rstrip("\n")
