"""``parse_file``: raw bytes of one wire file to one canonical :class:`Article`."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import get_args

from newswire_schemas import Article, Channel, SourceFormat

from newswire_ingest.decoding import decode_bytes
from newswire_ingest.errors import MalformedInputError, TooLargeError, UnsupportedFormatError
from newswire_ingest.identity import article_id, content_hash, safe_file_name
from newswire_ingest.parsers import agency_text, newsml_g2, ninjs, nitf, plain_text
from newswire_ingest.parsers.detection import sniff
from newswire_ingest.parsers.safexml import local_name, parse_xml, sniff_root_name
from newswire_ingest.parsers.story import Story

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Files larger than this are refused unless the caller sets another limit."""

_XML_FORMATS: dict[str, tuple[SourceFormat, str]] = {
    "nitf": ("nitf", "NITF"),
    "newsItem": ("newsml-g2", "NewsML-G2"),
    "newsMessage": ("newsml-g2", "NewsML-G2"),
}
_CHANNELS = frozenset(get_args(Channel))


def parse_file(
    data: bytes,
    *,
    file_name: str | None,
    content_type: str | None,
    channel: Channel,
    received_at: datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one wire file into an :class:`Article`; pure (no I/O).

    Bad input raises a :class:`~newswire_ingest.errors.RejectedInputError` subclass whose ``reason`` names the
    problem. ``ValueError`` means a caller bug (naive ``received_at``, unknown channel), never bad input.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    if channel not in _CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if len(data) > max_bytes:
        raise TooLargeError(f"file is {len(data):,} bytes; the limit is {max_bytes:,} bytes")
    decoded = decode_bytes(data, content_type=content_type)
    source_format, story = _parse_text(decoded.text, file_name=file_name, content_type=content_type)
    logger.debug("parsed %s as %s (%s)", file_name, source_format, decoded.encoding)
    return Article(
        id=article_id(
            guid=story.guid,
            source=story.source,
            headline=story.headline,
            published_at=story.published_at,
            lead=story.lead,
            body=story.body,
        ),
        version=story.version,
        guid=story.guid,
        headline=story.headline,
        lead=story.lead,
        body=story.body,
        dateline=story.dateline,
        published_at=story.published_at,
        source=story.source,
        byline=story.byline,
        language=story.language,
        subjects=list(story.subjects),
        source_format=source_format,
        channel=channel,
        file_name=safe_file_name(file_name),
        content_hash=content_hash(data),
        received_at=received_at,
    )


def _parse_text(text: str, *, file_name: str | None, content_type: str | None) -> tuple[SourceFormat, Story]:
    """Route decoded text to the parser its content calls for."""
    kind = sniff(text, file_name=file_name, content_type=content_type)
    if kind == "empty":
        raise MalformedInputError("empty file: no text after decoding")
    if kind == "html":
        raise UnsupportedFormatError("an HTML page is not a wire format (expected NITF, NewsML-G2, ninjs or text)")
    if kind == "xml":
        return _parse_xml(text)
    if kind == "json":
        return "ninjs", ninjs.parse(ninjs.load(text))
    if kind == "agency-text":
        return "agency-text", agency_text.parse(text)
    if kind == "markdown":
        return "markdown", plain_text.parse_markdown(text)
    return "text", plain_text.parse_text(text)


def _parse_xml(text: str) -> tuple[SourceFormat, Story]:
    """Parse XML safely (hostile documents are refused whatever their root) and pick NITF or NewsML-G2."""
    sniffed = sniff_root_name(text) or ""
    label = _XML_FORMATS.get(sniffed, ("", "XML"))[1]
    root = parse_xml(text, label=label)
    name = local_name(root.tag)
    if name not in _XML_FORMATS:
        raise UnsupportedFormatError(f"XML with root <{name}> is neither NITF (<nitf>) nor NewsML-G2 (<newsItem>)")
    source_format = _XML_FORMATS[name][0]
    story = nitf.parse(root) if source_format == "nitf" else newsml_g2.parse(root)
    return source_format, story
