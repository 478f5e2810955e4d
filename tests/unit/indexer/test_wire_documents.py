"""Wire semantics in the indexer, offline: the status decision, the document fields, receipts and kill records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from newswire_indexer.documents import to_document
from newswire_indexer.items import BulkItem, Origin, Verdict
from newswire_indexer.mappings import ARTICLE_MAPPINGS, RECEIPT_MAPPINGS, WITHDRAWAL_MAPPINGS
from newswire_indexer.receipts import receipt_items
from newswire_indexer.release import due_query
from newswire_indexer.visibility import PUBLIC_FILTER, status_of
from newswire_indexer.withdrawals import withdrawal_items, withdrawing
from newswire_schemas import AgencyEntity, EnrichedArticle

from tests.unit.indexer.test_documents import _unmapped

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _with(enriched: EnrichedArticle, **fields: object) -> EnrichedArticle:
    return enriched.model_copy(update={"article": enriched.article.model_copy(update=fields)})


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({}, "public"),
        ({"embargoed": True, "embargoed_until": NOW + timedelta(seconds=1)}, "embargoed"),
        ({"embargoed": True, "embargoed_until": NOW}, "public"),
        ({"embargoed": True, "embargoed_until": None}, "embargoed"),
        ({"pubstatus": "canceled"}, "withdrawn"),
        ({"pubstatus": "withheld", "embargoed": True, "embargoed_until": NOW + timedelta(days=1)}, "withdrawn"),
    ],
)
def test_status_is_decided_at_write_time(enriched: EnrichedArticle, fields: dict[str, object], status: str) -> None:
    assert status_of(_with(enriched, **fields).article, NOW) == status


def test_the_public_filter_hides_held_and_withdrawn_only() -> None:
    assert PUBLIC_FILTER == {"bool": {"must_not": [{"terms": {"status": ["embargoed", "withdrawn"]}}]}}


def test_wire_fields_are_in_the_document_and_fit_the_strict_mapping(enriched: EnrichedArticle) -> None:
    article = _with(
        enriched,
        urgency=1,
        headline_only=True,
        embargoed=True,
        embargoed_until=NOW + timedelta(hours=2),
        keywords=["faiz", "faiz", "enflasyon"],
        slugline="tcmb-faiz",
        editorial_note="Ambargolu.",
        priority=2,
        agency_entities=[AgencyEntity(type="PER", name="Fatih Karahan")],
    )
    doc = to_document(article, indexed_at=NOW)
    assert (doc["status"], doc["urgency"], doc["headline_only"], doc["embargoed"]) == ("embargoed", 1, True, True)
    assert (doc["embargoed_until"], doc["withdrawn_at"]) == ("2026-12-02T14:00:00.000Z", None)
    assert (doc["keywords"], doc["slugline"], doc["priority"]) == (["faiz", "enflasyon"], "tcmb-faiz", 2)
    assert _unmapped(doc, ARTICLE_MAPPINGS) == []
    killed = to_document(_with(enriched, pubstatus="canceled"), indexed_at=NOW)
    assert (killed["status"], killed["pubstatus"], killed["withdrawn_at"]) == (
        "withdrawn",
        "canceled",
        "2026-12-02T12:00:00.000Z",
    )


def _item(enriched: EnrichedArticle, offset: int, verdict: Verdict | None, run_id: str | None = "run-1") -> BulkItem:
    origin = Origin("newswire.enriched", 0, offset, b"", enriched.article.id, run_id=run_id)
    source = to_document(enriched, indexed_at=NOW)
    return BulkItem(
        index="a-2026.01", doc_id=enriched.article.id, source=source, origin=origin, version=1, verdict=verdict
    )


def test_receipts_of_traced_articles_only_with_their_verdicts(enriched: EnrichedArticle) -> None:
    held = _with(enriched, id="held", embargoed=True, embargoed_until=NOW + timedelta(days=1))
    items = [
        _item(enriched, 1, Verdict.INDEXED),
        _item(held, 2, Verdict.INDEXED),
        _item(_with(enriched, id="kill", pubstatus="withheld"), 3, Verdict.INDEXED),
        _item(_with(enriched, id="again"), 4, Verdict.IGNORED),
        _item(_with(enriched, id="bad"), 5, Verdict.REJECTED),
        _item(_with(enriched, id="untraced"), 6, Verdict.INDEXED, run_id=None),
    ]
    reasons = {items[4].origin: "mapper_parsing_exception: boom"}
    receipts = receipt_items(items, "p-receipts", NOW, reasons)
    assert [(r.source["article_id"], r.source["status"]) for r in receipts] == [
        (enriched.article.id, "indexed"),
        ("held", "embargoed"),
        ("kill", "withdrawn"),
        ("again", "unchanged"),
        ("bad", "rejected"),
    ]
    assert receipts[4].source["reason"] == "mapper_parsing_exception: boom"
    assert all(r.create and r.action() == {"create": {"_index": "p-receipts", "_id": r.doc_id}} for r in receipts)
    assert receipts[0].doc_id == "newswire.enriched:0:1", "keyed by the enriched record: a replay keeps the first"
    assert all(_unmapped(r.source, RECEIPT_MAPPINGS) == [] for r in receipts)


def test_kill_records_keep_the_story_before_and_only_for_indexed_kills(enriched: EnrichedArticle) -> None:
    kill = _item(_with(enriched, version=2, pubstatus="canceled", headline="İPTAL"), 7, None)
    assert withdrawing([kill, _item(enriched, 8, None)]) == [kill]
    before = {kill.doc_id: {"version": 1, "headline": "Asıl haber", "body": "Metin."}}
    assert withdrawal_items([kill], before, "p-withdrawals", NOW) == [], "no verdict yet: nothing recorded"
    kill.verdict = Verdict.INDEXED
    (record,) = withdrawal_items([kill], before, "p-withdrawals", NOW)
    assert record.doc_id == f"{enriched.article.id}:2"
    assert (record.source["notice_headline"], record.source["withdrawn_story"]["headline"]) == ("İPTAL", "Asıl haber")
    assert _unmapped(record.source, WITHDRAWAL_MAPPINGS) == []
    replayed = withdrawal_items([kill], {kill.doc_id: {"version": 2, "headline": "İPTAL"}}, "p-withdrawals", NOW)
    assert replayed[0].source["withdrawn_story"] is None, "the kill itself is no record of what stood before"


def test_only_held_articles_whose_time_has_come_are_due() -> None:
    assert due_query(NOW) == {
        "bool": {
            "filter": [
                {"term": {"status": "embargoed"}},
                {"range": {"embargoed_until": {"lte": "2026-12-02T12:00:00.000Z"}}},
            ]
        }
    }
