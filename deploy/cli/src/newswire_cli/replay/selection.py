"""Which indexed articles ``newswire retag`` sends back through the tagger (pure: options in, a query out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newswire_cli.search.query import TEXT_FIELDS, SearchRequest, build_filters

WITHDRAWN = "withdrawn"
"""The ``status`` of killed and held articles (``newswire_indexer.visibility``)."""
PAGE_SIZE = 500
"""Articles read per request (whole documents: text included)."""


@dataclass(frozen=True)
class RetagSelection:
    """The search filters, plus ids and tagger versions; every option given must hold."""

    request: SearchRequest = field(default_factory=SearchRequest)
    ids: tuple[str, ...] = ()
    tagger_versions: tuple[str, ...] = ()
    outdated_against: str | None = None
    """A model version: choose articles whose ``tagger_version`` does not start with it (tagged by other models)."""
    everything: bool = False

    @property
    def empty(self) -> bool:
        """True when no option narrows the choice (only allowed with ``everything``)."""
        return not (build_filters(self.request) or self.request.text.strip() or self.ids or self.tagger_versions) and (
            self.outdated_against is None
        )

    def query(self) -> dict[str, Any]:
        """The query on the articles alias."""
        filters = build_filters(self.request)
        if self.ids:
            filters.append({"ids": {"values": list(self.ids)}})
        if self.tagger_versions:
            filters.append({"terms": {"tagger_version": list(self.tagger_versions)}})
        # a killed or held story stays as it was withdrawn: a re-tag would write it, and its withdrawal, again
        must_not: list[dict[str, Any]] = [{"term": {"status": WITHDRAWN}}]
        if self.outdated_against is not None:
            must_not.append({"prefix": {"tagger_version": self.outdated_against}})
        query: dict[str, Any] = {"bool": {"filter": filters, "must_not": must_not}}
        if self.request.text.strip():
            query["bool"]["must"] = [
                {
                    "simple_query_string": {
                        "query": self.request.text,
                        "fields": list(TEXT_FIELDS),
                        "default_operator": "and",
                        "quote_field_suffix": ".exact",
                    }
                }
            ]
        return query


def page_request(selection: RetagSelection, after: list[Any] | None, size: int = PAGE_SIZE) -> dict[str, Any]:
    """One page of whole documents in article-id order; ``after`` is the previous page's last sort value."""
    body: dict[str, Any] = {"query": selection.query(), "sort": [{"article_id": "asc"}], "size": size}
    if after is not None:
        body["search_after"] = after
    return body
