"""Stable article ids, content hashes and safe file names.

* A story whose format carries a guid is identified by it, so a correction (same guid, higher version) replaces
  the story downstream. The guid is kept as written when it is printable ASCII without spaces and at most 200
  characters (``urn:newsml:aa.com.tr:20260122:12345``); any other guid becomes ``guid-<sha256 prefix>``.
* A story without a guid is identified by a hash of what it says, not of its bytes: source, headline,
  publication time and lead + body, each NFC-normalised with whitespace collapsed. The same story re-sent in
  another encoding, with other line ends or re-wrapped paragraphs, gets the same ``nw-<20 hex>`` id.
* ``content_hash`` is the SHA-256 of the raw bytes, for deduplicating exact re-deliveries.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

MAX_ID_LENGTH = 200
"""The longest id the article contract accepts."""

_PLAIN_GUID = re.compile(r"[\x21-\x7e]{1,200}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MAX_FILE_NAME = 255


def article_id(
    *,
    guid: str | None,
    source: str | None,
    headline: str,
    published_at: datetime | None,
    lead: str | None,
    body: str,
) -> str:
    """The article id: the guid made safe if there is one, else ``nw-`` and a hash of the story's content."""
    if guid:
        return guid_id(guid)
    published = published_at.astimezone(UTC).isoformat() if published_at else ""
    parts = (source or "", headline, published, f"{lead or ''} {body}")
    canonical = "\x1f".join(_normalise(part) for part in parts)
    return "nw-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


def guid_id(guid: str) -> str:
    """A guid usable as Kafka key and Elasticsearch ``_id``: as written if plain and short, else hashed."""
    if _PLAIN_GUID.fullmatch(guid):
        return guid
    return "guid-" + hashlib.sha256(guid.encode("utf-8", errors="surrogatepass")).hexdigest()[:40]


def content_hash(data: bytes) -> str:
    """``sha256:<hex>`` of the raw bytes as received."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def safe_file_name(file_name: str | None) -> str | None:
    """The base name only, without directory parts or control characters; ``None`` if nothing is left.

    File names are metadata: nothing ever opens a path built from one.
    """
    if not file_name:
        return None
    base = re.split(r"[/\\]", file_name)[-1]
    base = _CONTROL.sub("", base).strip()
    if base in {"", ".", ".."}:
        return None
    return base[:_MAX_FILE_NAME]


def _normalise(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())
