"""Wire-file parsers: format detection from content, decoding, and one parser per format.

The one entry point is :func:`parse_file` (bytes in, a :class:`ParsedFile` of one or more
:class:`newswire_schemas.Article` s out, pure). The flow::

    bytes ─ size limit ─ decoding.decode_bytes ─ detection.sniff ─┬─ agency_text   (agency-text)
                                                                  ├─ ninjs         (ninjs 1.x-3.x, JSON, composites)
                                                                  ├─ safexml ─┬─ nitf        (NITF 3.x)
                                                                  │           └─ newsml_g2_document (NewsML-G2
                                                                  │               items and messages)
                                                                  └─ plain_text    (text, markdown)
          ─ Story per text item ─ headline-only rule ─ identity.article_id / content_hash ─ Article per story

One :class:`ParseLimits` (``newswire_ingest.limits``) bounds a parse: the size before decoding, nesting depth and
element count while XML (``safexml``) or JSON (``safejson``) is read, so a hostile file costs no more than that.
Each format module's docstring holds its field mapping; ``README.md`` beside this file has them side by side, and
``item_class`` the rule for which items (text, photo, concept ...) become articles.
"""

from __future__ import annotations

from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits
from newswire_ingest.parsers.dispatch import ParsedFile, parse_file

__all__ = ["DEFAULT_LIMITS", "ParseLimits", "ParsedFile", "parse_file"]
