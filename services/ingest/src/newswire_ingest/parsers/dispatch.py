"""``parse_file``: raw bytes of one wire file to its canonical :class:`Article` s (one, or several for a message)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import get_args

from newswire_schemas import Article, Channel, SourceFormat

from newswire_ingest.decoding import decode_bytes
from newswire_ingest.errors import MalformedInputError, TooLargeError, UnsupportedFormatError
from newswire_ingest.identity import article_id, content_hash, safe_file_name
from newswire_ingest.limits import DEFAULT_LIMITS, ParseLimits
from newswire_ingest.parsers import agency_text, newsml_g2_document, ninjs, nitf, plain_text
from newswire_ingest.parsers.detection import sniff
from newswire_ingest.parsers.safexml import local_name, parse_xml, sniff_root_name
from newswire_ingest.parsers.story import Parsed, Story, headline_only_rule

logger = logging.getLogger(__name__)

_CHANNELS = frozenset(get_args(Channel))


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """What one wire file became: its articles in file order (at least one), and a note per item skipped in it.

    A NewsML-G2 newsMessage or a composite ninjs object yields one article per text item; the pictures, videos and
    other items that are no text story inside it are listed in ``skipped`` (each note names the item and why).
    """

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()


def parse_file(
    data: bytes,
    *,
    file_name: str | None,
    content_type: str | None,
    channel: Channel,
    received_at: datetime,
    limits: ParseLimits = DEFAULT_LIMITS,
) -> ParsedFile:
    """Parse one wire file into its articles, held to ``limits`` (size, nesting, element count); pure (no I/O).

    Bad input, or input with no story in it, raises a :class:`~newswire_ingest.errors.RejectedInputError` subclass
    whose ``reason`` names the problem. ``ValueError`` means a caller bug (naive ``received_at``, unknown channel),
    never bad input.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    if channel not in _CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if len(data) > limits.max_bytes:
        raise TooLargeError(f"file is {len(data):,} bytes; the limit is {limits.max_bytes:,} bytes")
    decoded = decode_bytes(data, content_type=content_type)
    source_format, parsed = _parse_text(decoded.text, file_name=file_name, content_type=content_type, limits=limits)
    logger.debug("parsed %s as %s (%s): %d stories", file_name, source_format, decoded.encoding, len(parsed.stories))
    file_meta = _FileMeta(source_format, channel, safe_file_name(file_name), content_hash(data), received_at)
    articles: dict[tuple[str, int], Article] = {}
    for story in parsed.stories:
        article = file_meta.article(headline_only_rule(story))
        # The same item twice in one message (a package listing it again) is one article.
        articles.setdefault((article.id, article.version), article)
    return ParsedFile(tuple(articles.values()), parsed.skipped)


@dataclass(frozen=True, slots=True)
class _FileMeta:
    """What every article of one file shares: format, channel, file name, content hash and reception time."""

    source_format: SourceFormat
    channel: Channel
    file_name: str | None
    content_hash: str
    received_at: datetime

    def article(self, story: Story) -> Article:
        """The article of one story of this file."""
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
            urgency=story.urgency,
            headline_only=story.headline_only,
            pubstatus=story.pubstatus,
            embargoed=story.embargoed,
            embargoed_until=story.embargoed_until,
            agency_entities=list(story.agency_entities),
            keywords=list(story.keywords),
            slugline=story.slugline,
            editorial_note=story.editorial_note,
            priority=story.priority,
            source_format=self.source_format,
            channel=self.channel,
            file_name=self.file_name,
            content_hash=self.content_hash,
            received_at=self.received_at,
        )


def _parse_text(
    text: str, *, file_name: str | None, content_type: str | None, limits: ParseLimits
) -> tuple[SourceFormat, Parsed]:
    """Route decoded text to the parser its content calls for."""
    kind = sniff(text, file_name=file_name, content_type=content_type)
    if kind == "empty":
        raise MalformedInputError("empty file: no text after decoding")
    if kind == "html":
        raise UnsupportedFormatError("an HTML page is not a wire format (expected NITF, NewsML-G2, ninjs or text)")
    if kind == "xml":
        return _parse_xml(text, limits)
    if kind == "json":
        return "ninjs", ninjs.parse(ninjs.load(text, limits))
    if kind == "agency-text":
        return "agency-text", Parsed((agency_text.parse(text),))
    if kind == "markdown":
        return "markdown", Parsed((plain_text.parse_markdown(text),))
    return "text", Parsed((plain_text.parse_text(text),))


def _parse_xml(text: str, limits: ParseLimits) -> tuple[SourceFormat, Parsed]:
    """Parse XML safely (hostile documents are refused whatever their root) and pick NITF or NewsML-G2."""
    sniffed = sniff_root_name(text) or ""
    label = "NITF" if sniffed == "nitf" else "NewsML-G2" if sniffed in newsml_g2_document.ROOT_NAMES else "XML"
    root = parse_xml(text, label=label, limits=limits)
    name = local_name(root.tag)
    if name == "nitf":
        return "nitf", Parsed((nitf.parse(root),))
    if newsml_g2_document.is_newsml_g2(root):
        return "newsml-g2", newsml_g2_document.parse_document(root)
    raise UnsupportedFormatError(f"XML with root <{name}> is neither NITF (<nitf>) nor NewsML-G2 (<newsItem>)")
