"""Wire-file parsers: format detection from content, decoding, and one parser per format.

The one entry point is :func:`parse_file` (bytes in, :class:`newswire_schemas.Article` out, pure). The flow::

    bytes ─ size limit ─ decoding.decode_bytes ─ detection.sniff ─┬─ agency_text   (agency-text)
                                                                  ├─ ninjs         (ninjs, JSON)
                                                                  ├─ safexml ─┬─ nitf        (NITF 3.x)
                                                                  │           └─ newsml_g2   (NewsML-G2)
                                                                  └─ plain_text    (text, markdown)
          ─ Story ─ identity.article_id / content_hash ─ Article

Each format module's docstring holds its field mapping; ``README.md`` beside this file has them side by side.
"""

from __future__ import annotations

from newswire_ingest.parsers.dispatch import DEFAULT_MAX_BYTES, parse_file

__all__ = ["DEFAULT_MAX_BYTES", "parse_file"]
