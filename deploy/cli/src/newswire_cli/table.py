"""Plain-text tables for the terminal: padded columns, one of them clipped to fit the width (pure)."""

from __future__ import annotations

from collections.abc import Sequence

_ELLIPSIS = "…"


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[: max(0, width - 1)] + _ELLIPSIS


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, width: int, flexible: int) -> str:
    """Columns padded to their widest cell; column ``flexible`` is clipped so a line fits in ``width``."""
    widths = [max([len(header), *(len(row[index]) for row in rows)]) for index, header in enumerate(headers)]
    others = sum(w for index, w in enumerate(widths) if index != flexible) + 2 * (len(headers) - 1)
    widths[flexible] = max(len(headers[flexible]), min(widths[flexible], width - others))
    lines = []
    for row in [list(headers), *rows]:
        cells = [clip(cell, widths[index]).ljust(widths[index]) for index, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
