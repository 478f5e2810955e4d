"""Which articles the public sees: the status written on every article document, and the filter that hides the rest.

===========  ==========================================================  =========================================
status       when                                                        who sees it
===========  ==========================================================  =========================================
public       the ordinary case; an embargo whose time has come           the read alias ``{prefix}-articles``, the
                                                                         dashboards, ``newswire search``
embargoed    ``embargoed`` and the release time is still ahead (or not   operators only (``{prefix}-articles-*``):
             given: held until a later version lifts the embargo)        the releaser makes it public on time
withdrawn    ``pubstatus`` ``canceled`` (a kill) or ``withheld``         operators only; the kill is recorded in
                                                                         ``{prefix}-withdrawals``
===========  ==========================================================  =========================================

The status is decided when the article is written, with the indexer's clock, and stored on the document; the read
alias carries a filter excluding ``embargoed`` and ``withdrawn``. One document per article (not a document moved
between indices) keeps Elasticsearch's external versions the single guard against replays and stale versions: a
later version always decides again, an older one never overrides it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

from newswire_schemas import Article

Status = Literal["public", "embargoed", "withdrawn"]
"""Where an article document shows (see the module docstring)."""

HIDDEN: Final = ("embargoed", "withdrawn")
"""Statuses the read alias and the dashboards leave out."""

PUBLIC_FILTER: Final[dict[str, Any]] = {"bool": {"must_not": [{"terms": {"status": list(HIDDEN)}}]}}
"""The read alias's filter; documents written before statuses existed have none and stay public."""


def status_of(article: Article, now: datetime) -> Status:
    """The status of an article written at ``now``: withdrawn beats embargoed, which beats public."""
    if article.pubstatus != "usable":
        return "withdrawn"
    if article.embargoed and (article.embargoed_until is None or article.embargoed_until > now):
        return "embargoed"
    return "public"
