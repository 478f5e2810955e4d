"""Elasticsearch external versions derived from the article version and the tagging time.

``version_type=external`` accepts a write only when its version is strictly greater than the stored one, so:

* a replay of the same enriched record carries the same external version → HTTP 409 → counted as ignored;
* a correction (higher ``article.version``) always wins, whatever its tagging time;
* a re-tag of the same article version wins only when it was tagged later (``tagged_at`` in milliseconds).

We chose this over ``external_gte`` because ``external_gte`` would let a replay overwrite the document (and
re-stamp ``indexed_at``), and an out-of-order older re-tag of the same version would silently win.

Layout: ``article_version * 10**13 + tagged_at_ms``. 10**13 ms reaches the year 2286; the largest external
version Elasticsearch accepts (2**63 - 1) leaves room for article versions up to 922 337.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

TAGGED_AT_SLOTS: Final = 10**13
"""Milliseconds reserved for the tagging time inside one article version."""
MAX_EXTERNAL_VERSION: Final = 2**63 - 1
"""Largest version Elasticsearch accepts."""
MAX_ARTICLE_VERSION: Final = MAX_EXTERNAL_VERSION // TAGGED_AT_SLOTS - 1
"""Largest article version that can be encoded."""
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND: Final = timedelta(milliseconds=1)


def encode_version(article_version: int, tagged_at: datetime) -> int:
    """External version of one enriched record; raises ValueError outside the encodable range."""
    if not 1 <= article_version <= MAX_ARTICLE_VERSION:
        raise ValueError(f"article version {article_version} outside 1..{MAX_ARTICLE_VERSION}")
    # integer arithmetic: float timestamps can round 0.999 ms down and reorder two close re-tags
    millis = (tagged_at - _EPOCH) // _MILLISECOND
    if not 0 <= millis < TAGGED_AT_SLOTS:
        raise ValueError(f"tagged_at {tagged_at.isoformat()} outside the encodable range")
    return article_version * TAGGED_AT_SLOTS + millis


def decode_version(external: int) -> tuple[int, datetime]:
    """Article version and tagging time (millisecond precision) of an external version."""
    article_version, millis = divmod(external, TAGGED_AT_SLOTS)
    return article_version, _EPOCH + millis * _MILLISECOND
