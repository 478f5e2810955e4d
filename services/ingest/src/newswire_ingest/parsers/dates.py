"""Dates as the wire formats write them, to aware UTC datetimes."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time

logger = logging.getLogger(__name__)

# fromisoformat also takes odd shapes (week dates, bare times); require something that starts like a date.
_DATE_LIKE = re.compile(r"\s*\d{4}-?\d{2}-?\d{2}")


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 date or date-time (extended or basic, as NITF ``norm`` uses) in UTC; ``None`` if unusable.

    A value without a zone is taken as UTC, as the article contract says. Dates are metadata: an unreadable one
    is logged and dropped rather than rejecting the story.
    """
    if not isinstance(value, str) or not _DATE_LIKE.match(value) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        logger.info("ignoring unreadable date %r", value[:64])
        return None


def midnight_utc(day: date) -> datetime:
    """The start of a calendar day in UTC."""
    return datetime.combine(day, time.min, tzinfo=UTC)
