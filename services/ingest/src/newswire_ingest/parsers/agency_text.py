"""The agency plain-text wire format (``agency-text``), as in ``seeds/000_b24a64fc9477b906.txt``.

Shape (byte-exact in the seed, including the leading space)::

     date 2026-01-22 <lead on the same line ...>
    <blank line>
    <paragraph>
    ...
    <last paragraph> - BAKÜ

The variant with ``date YYYY-MM-DD`` alone on the first line and the lead on the next is accepted too.

Mapping:

* ``published_at`` — the date at 00:00 **UTC**. The file gives a calendar date, not an instant; midnight UTC keeps
  that same date wherever the value is shown in UTC (Kibana histograms, Elasticsearch date math), whereas
  Istanbul midnight would be 21:00 UTC the day before.
* ``lead`` — the first paragraph; ``body`` — the remaining paragraphs, the trailing dateline removed.
* ``dateline`` — the place after the final `` - `` in capitals, as written (``BAKÜ``); a leading
  ``ANKARA (AA) - `` dateline is recognised too and also gives ``source``.
* ``headline`` — the format has **none**: it is derived from the first sentence of the lead, cut at a word
  boundary to about 120 characters (ending in "…" when cut). See :func:`story.derive_headline`.
* ``guid``, ``byline``, ``language``, ``subjects`` — not carried: ``None`` / empty.
"""

from __future__ import annotations

import re
from datetime import date

from newswire_ingest.errors import MalformedInputError
from newswire_ingest.parsers.dates import midnight_utc
from newswire_ingest.parsers.story import Story, derive_headline, inline, paragraphs

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|\Z)", re.IGNORECASE)
_TRAILING_DATELINE = re.compile(r"(?<!\S)[-–—]\s*([^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+){0,3})\s*\Z")
_DATELINE_TAIL = 120
_LEADING_DATELINE = re.compile(
    r"\A([^\W\d_][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,3})\s*\(([A-Za-z][\w .&-]{0,30})\)\s*[-–—]\s+"
)


def matches(text: str) -> bool:
    """Whether ``text`` starts with the agency ``date YYYY-MM-DD`` header."""
    return _HEADER.match(text) is not None


def parse(text: str) -> Story:
    """Parse an agency-text file (see the module docstring for the mapping)."""
    header = _HEADER.match(text)
    if header is None:
        raise MalformedInputError("agency-text: the first line does not start with 'date YYYY-MM-DD'")
    try:
        day = date.fromisoformat(header.group(1))
    except ValueError as exc:
        raise MalformedInputError(f"agency-text: invalid date {header.group(1)!r} on the first line") from exc
    paras = paragraphs(text[header.end() :])
    if not paras:
        raise MalformedInputError("agency-text: no lead paragraph after the date")
    dateline, source = None, None
    leading = _LEADING_DATELINE.match(paras[0])
    if leading and leading.group(1).strip().isupper():
        dateline, source = leading.group(1).strip(), inline(leading.group(2))
        paras[0] = paras[0][leading.end() :]
    # The dateline closes the text: searching only its tail keeps a hostile paragraph of dashes cheap.
    trailing = _TRAILING_DATELINE.search(paras[-1], max(0, len(paras[-1]) - _DATELINE_TAIL))
    if trailing and trailing.group(1).isupper():
        dateline = trailing.group(1)
        paras[-1] = paras[-1][: trailing.start()].rstrip()
        if not paras[-1]:
            paras.pop()
    if not paras or not paras[0]:
        raise MalformedInputError("agency-text: no lead paragraph after the date")
    return Story(
        headline=derive_headline(paras[0]),
        lead=paras[0],
        body="\n\n".join(paras[1:]),
        dateline=dateline,
        published_at=midnight_utc(day),
        source=source,
    )
