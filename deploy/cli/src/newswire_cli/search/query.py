"""Turn ``newswire search`` options into an Elasticsearch request on the articles alias (pure, no I/O).

The fields are the indexer's (``newswire_indexer.mappings``): ``headline``/``lead``/``body`` with the built-in
``turkish`` analyzer and an ``.exact`` sub-field, the keyword arrays ``persons``/``organizations``/``places``,
``entity_ids``, ``topic_codes``/``topic_labels``/``topic_labels_tr``, ``source``, and the dates
``published_at``/``received_at``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

TEXT_FIELDS = ("headline^3", "lead^2", "body")
"""Headline matches count most, as in the query cookbook."""
SUMMARY_FIELDS = (
    "article_id",
    "headline",
    "published_at",
    "received_at",
    "source",
    "language",
    "persons",
    "organizations",
    "places",
    "topic_codes",
    "top_topic",
    "top_topic_label",
)
"""What a result row needs: never the body."""
_ENTITY_ID = re.compile(r"^[a-z0-9]+:\S+$")
"""``per:ceyhun-bayramov``, ``org:nato``, ``geonames:587084``, ``iso3166:AZ``: an id rather than a name."""
_TOPIC_CODE = re.compile(r"^(?:medtop:)?(\d{8})$")
_RELATIVE = re.compile(r"^(\d+)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_WILDCARD_SPECIALS = re.compile(r"([*?\\])")


@dataclass(frozen=True)
class Moment:
    """A bound of a date range: the instant, and whether it is a whole day (until a day means through its end)."""

    instant: datetime
    whole_day: bool = False


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for; every filter must hold (repeated options too)."""

    text: str = ""
    persons: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: Moment | None = None
    until: Moment | None = None
    limit: int = 10

    def entity_filters(self) -> list[tuple[str, str]]:
        """(keyword field, value) for every entity option given."""
        fields = {"persons": self.persons, "organizations": self.organizations, "places": self.places}
        return [(name, value) for name, values in fields.items() for value in values]


def parse_moment(text: str, *, now: datetime | None = None) -> Moment:
    """``2026-11-20``, an ISO date-time (UTC unless it says otherwise) or a span back from now (``30m``, ``7d``)."""
    value = text.strip()
    relative = _RELATIVE.match(value)
    if relative is not None:
        amount, unit = int(relative.group(1)), _UNITS[relative.group(2)]
        return Moment((now or datetime.now(UTC)) - timedelta(**{unit: amount}))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        pass
    else:
        return Moment(datetime(day.year, day.month, day.day, tzinfo=UTC), whole_day=True)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use 2026-11-20, 2026-11-20T09:30, or 7d / 12h / 30m)") from None
    return Moment(moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC))


def turkish_variants(value: str) -> list[str]:
    """The value and its Turkish upper case: Elasticsearch's case folding does not know that i goes with İ."""
    upper = value.replace("i", "İ").replace("ı", "I").upper()
    return list(dict.fromkeys([value, upper]))


def _any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    """One clause, or a bool that needs any one of them."""
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def keyword_filter(field_name: str, value: str) -> dict[str, Any]:
    """An exact keyword whatever its case (Turkish i/İ included)."""
    return _any_of(
        [{"term": {field_name: {"value": v, "case_insensitive": True}}} for v in turkish_variants(value.strip())]
    )


def entity_filter(field_name: str, value: str) -> dict[str, Any]:
    """An entity by id (``org:nato``) or by its canonical name (``Ceyhun Bayramov``, any case)."""
    if _ENTITY_ID.match(value.strip()):
        return {"term": {"entity_ids": value.strip()}}
    return keyword_filter(field_name, value)


def topic_filter(value: str) -> dict[str, Any]:
    """A topic by IPTC code (``04000000``, ``medtop:04000000``) or by part of its English or Turkish label."""
    code = _TOPIC_CODE.match(value.strip())
    if code is not None:
        return {"term": {"topic_codes": code.group(1)}}
    clauses = []
    for variant in turkish_variants(value.strip()):
        pattern = "*" + _WILDCARD_SPECIALS.sub(r"\\\1", variant) + "*"
        for label_field in ("topic_labels", "topic_labels_tr"):
            clauses.append({"wildcard": {label_field: {"value": pattern, "case_insensitive": True}}})
    return _any_of(clauses)


def date_bounds(since: Moment | None, until: Moment | None) -> dict[str, str]:
    """A ``range`` query's bounds: from ``since``, through ``until`` (the whole day when it is a date)."""
    bounds: dict[str, str] = {}
    if since is not None:
        bounds["gte"] = since.instant.isoformat()
    if until is not None:
        end = until.instant + timedelta(days=1) if until.whole_day else until.instant
        bounds["lt" if until.whole_day else "lte"] = end.isoformat()
    return bounds


def date_filter(since: Moment | None, until: Moment | None) -> dict[str, Any]:
    """Publication time in range; an article without one is judged by when it was received."""
    bounds = date_bounds(since, until)
    unpublished = {
        "bool": {
            "must_not": [{"exists": {"field": "published_at"}}],
            "filter": [{"range": {"received_at": bounds}}],
        }
    }
    return _any_of([{"range": {"published_at": bounds}}, unpublished])


def build_filters(request: SearchRequest) -> list[dict[str, Any]]:
    """Every filter clause of the request (they do not score, and Elasticsearch caches them)."""
    filters = [entity_filter(field_name, value) for field_name, value in request.entity_filters()]
    filters += [topic_filter(value) for value in request.topics]
    filters += [keyword_filter("source", value) for value in request.sources]
    if request.since is not None or request.until is not None:
        filters.append(date_filter(request.since, request.until))
    return filters


def build_search(request: SearchRequest) -> dict[str, Any]:
    """The body of ``POST <alias>/_search``: text scored, filters not; newest first when there is no text."""
    query: dict[str, Any] = {"bool": {"filter": build_filters(request)}}
    sort: list[Any] = []
    if request.text.strip():
        # simple_query_string: "quoted phrases" (matched on .exact, the written form), -exclusions, never a
        # syntax error; every word must occur somewhere in headline, lead or body.
        query["bool"]["must"] = [
            {
                "simple_query_string": {
                    "query": request.text,
                    "fields": list(TEXT_FIELDS),
                    "default_operator": "and",
                    "quote_field_suffix": ".exact",
                }
            }
        ]
        sort.append("_score")
    sort += [{"published_at": {"order": "desc", "missing": "_last"}}, {"received_at": {"order": "desc"}}]
    return {
        "query": query,
        "sort": sort,
        "size": request.limit,
        "track_total_hits": True,
        "_source": list(SUMMARY_FIELDS),
    }


def build_show(article_id: str) -> dict[str, Any]:
    """The body that finds one article by id through the alias (a multi-index alias refuses GET by id)."""
    return {"query": {"ids": {"values": [article_id]}}, "size": 2, "sort": [{"indexed_at": {"order": "desc"}}]}
