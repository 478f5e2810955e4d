"""Render one indexed article for ``newswire show``: text, then its entities and topics as tables (pure)."""

from __future__ import annotations

import textwrap
from typing import Any

from newswire_cli.search.output import short_time
from newswire_cli.table import render_table


def _number(value: Any, digits: int = 2) -> str:
    """A score or confidence with ``digits`` decimals; ``-`` when absent."""
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "-"


def header_lines(doc: dict[str, Any]) -> list[str]:
    """Headline, identity, times and provenance."""
    language = doc.get("language") or "?"
    if doc.get("language_confidence") is not None:
        language += f" ({_number(doc['language_confidence'])})"
    latency = f" · latency {doc['latency_ms'] / 1000:.1f} s" if doc.get("latency_ms") is not None else ""
    return [
        doc.get("headline") or "(no headline)",
        f"id {doc.get('article_id')} · version {doc.get('version')} · {doc.get('source') or '-'} · {language}",
        f"published {short_time(doc.get('published_at'))} · received {short_time(doc.get('received_at'))}"
        f" · indexed {short_time(doc.get('indexed_at'))} (UTC){latency}",
        f"file {doc.get('file_name') or '-'} ({doc.get('source_format') or '?'}, via {doc.get('channel') or '?'})"
        f" · tagger {doc.get('tagger_version') or '-'}",
    ]


def entity_table(entities: list[dict[str, Any]], *, width: int) -> str:
    """Entities, most relevant first: type, name, id, title, confidence, relevance, mentions."""
    if not entities:
        return "Entities: none"
    ranked = sorted(entities, key=lambda e: -(e.get("relevance") or 0))
    rows = [
        (
            e.get("type") or "?",
            e.get("name") or "?",
            e.get("id") or "-",
            e.get("title") or "-",
            _number(e.get("confidence")),
            _number(e.get("relevance")),
            str(e.get("mention_count", "-")),
        )
        for e in ranked
    ]
    headers = ("TYPE", "NAME", "ID", "TITLE", "CONFIDENCE", "RELEVANCE", "MENTIONS")
    return f"Entities ({len(rows)})\n" + render_table(headers, rows, width=width, flexible=3)


def topic_table(topics: list[dict[str, Any]], *, width: int) -> str:
    """Topics by rank: code, English (Turkish) label, score, and the reasons the tagger gave."""
    if not topics:
        return "Topics: none"
    rows = [
        (
            str(t.get("rank", "-")),
            t.get("code") or "?",
            f"{t.get('label_en') or '?'} ({t.get('label_tr') or '?'})",
            _number(t.get("score")),
            ", ".join(t.get("reasons") or []) or "-",
        )
        for t in sorted(topics, key=lambda t: t.get("rank") or 0)
    ]
    headers = ("RANK", "CODE", "LABEL", "SCORE", "REASONS")
    return f"Topics ({len(rows)})\n" + render_table(headers, rows, width=width, flexible=4)


def render_article(doc: dict[str, Any], *, width: int, text: bool = True) -> str:
    """The whole page; ``text=False`` leaves out lead and body."""
    parts = ["\n".join(header_lines(doc))]
    if text:
        for paragraph in (doc.get("lead"), doc.get("body")):
            if paragraph:
                parts.append("\n".join(textwrap.wrap(paragraph, width=max(40, width))))
    parts.append(entity_table(doc.get("entities") or [], width=width))
    parts.append(topic_table(doc.get("topics") or [], width=width))
    return "\n\n".join(parts)
