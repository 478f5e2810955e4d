"""`newswire demo --report`: expectations from the files themselves, one entry per article, statuses and urgency,
entities per type and each entity's surface forms (suffix stripped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newswire_cli.demo import summary
from newswire_cli.report import Expected, RunReport, entries, expect

WIRE = Path(__file__).resolve().parents[2] / "unit" / "ingest" / "fixtures"


def _receipt(article_id: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"article_id": article_id, "version": 1, "status": status, "headline": "Başlık", **extra}


def test_a_file_is_expected_to_become_its_articles_or_nothing(tmp_path: Path) -> None:
    message = expect(WIRE / "newsml-g2-message-package.xml")
    assert len(message.articles) > 1
    assert message.content_hash.startswith("sha256:")
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<nitf><head>")
    assert expect(broken).articles == []
    assert expect(WIRE / "wire" / "flash.txt").articles != []


def test_done_when_every_article_has_a_receipt_or_the_file_a_dead_letter() -> None:
    expected = Expected("m.xml", "sha256:00", [("a", 1), ("b", 1)])
    assert not expected.done
    expected.receipts[("a", 1)] = _receipt("a", "indexed")
    assert not expected.done, "one of two articles is not yet back"
    expected.receipts[("b", 1)] = _receipt("b", "unchanged")
    assert expected.done
    refused = Expected("x.txt", "sha256:01", [])
    refused.dead_letter = {"reason": "text: only a title line"}
    assert refused.done


def test_each_article_of_a_message_is_an_entry_in_file_order() -> None:
    expected = Expected("m.xml", "sha256:00", [("a", 1), ("b", 1)])
    expected.receipts[("b", 1)] = _receipt("b", "embargoed", embargoed_until="2026-12-02T12:00:00.000Z", urgency=2)
    expected.receipts[("a", 1)] = _receipt("a", "indexed", urgency=1, headline_only=True)
    docs = {
        "a": {
            "persons": ["Fatih Karahan"],
            "topics": [{"code": "04000000", "label_en": "economy", "score": 0.9, "rank": 1}],
        }
    }
    report = entries(expected, docs)
    assert [(e["article_id"], e["status"], e["urgency"]) for e in report] == [
        ("a", "indexed", 1),
        ("b", "embargoed", 2),
    ]
    assert report[0]["entities"]["PER"] == ["Fatih Karahan"]
    assert report[0]["headline_only"] is True
    assert report[1]["embargoed_until"] == "2026-12-02T12:00:00.000Z"
    assert set(report[0]) == set(report[1]), "one shape for every entry"


def test_rejected_and_missing_files_are_one_entry_each_with_the_reason() -> None:
    refused = Expected("x.txt", "sha256:01", [])
    refused.dead_letter = {"reason": "text: only a title line", "article_id": None}
    (entry,) = entries(refused, {})
    assert (entry["status"], entry["reason"]) == ("rejected", "text: only a title line")
    (lost,) = entries(Expected("y.txt", "sha256:02", [("y", 1)]), {})
    assert lost["status"] == "missing"


def test_summary_counts_each_status_and_shows_urgency() -> None:
    expected = Expected("flash.txt", "sha256:00", [("a", 1)])
    expected.receipts[("a", 1)] = _receipt("a", "unchanged", urgency=1, headline_only=True)
    refused = Expected("x.txt", "sha256:01", [])
    refused.dead_letter = {"reason": "bozuk"}
    text = summary(entries(expected, {}) + entries(refused, {}))
    assert "flash.txt: UNCHANGED  id=a  urgency=1" in text
    assert "headline: Başlık (headline only)" in text
    assert text.splitlines()[-1] == "1 rejected, 1 unchanged: 2 article(s) or file(s) from 2 file(s)"


def _indexed(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report entry of a one-article file whose document has these entities."""
    expected = Expected("a.txt", "sha256:00", [("a1", 1)])
    expected.receipts[("a1", 1)] = _receipt("a1", "indexed")
    document = {
        "article_id": "a1",
        "headline": "Başlık",
        "persons": [e["name"] for e in entities if e["type"] == "PER"],
        "organizations": [e["name"] for e in entities if e["type"] == "ORG"],
        "places": [e["name"] for e in entities if e["type"] == "LOC"],
        "entities": entities,
        "topics": [],
    }
    return entries(expected, {"a1": document})


def test_mentions_map_canonical_names_to_the_forms_written() -> None:
    (entry,) = _indexed(
        [
            {"type": "LOC", "name": "Amerika Birleşik Devletleri", "mention_texts": ["ABD'nin", "ABD"]},
            {"type": "ORG", "name": "Birleşmiş Milletler", "mention_texts": ["BM", "Birleşmiş Milletler'in"]},
            {"type": "PER", "name": "Lisa Cook", "mention_texts": ["Lisa Cook", "Cook'un"]},
        ]
    )
    assert entry["entities"] == {
        "PER": ["Lisa Cook"],
        "ORG": ["Birleşmiş Milletler"],
        "LOC": ["Amerika Birleşik Devletleri"],
    }
    assert entry["mentions"] == {
        "PER": {"Lisa Cook": ["Lisa Cook", "Cook"]},
        "ORG": {"Birleşmiş Milletler": ["BM", "Birleşmiş Milletler"]},
        "LOC": {"Amerika Birleşik Devletleri": ["ABD"]},
    }


def test_documents_indexed_before_mention_texts_existed_still_report() -> None:
    (entry,) = _indexed([{"type": "LOC", "name": "Bakü"}])
    assert entry["mentions"]["LOC"] == {"Bakü": []}


def test_rejected_files_have_empty_maps_and_the_stage() -> None:
    refused = Expected("b.txt", "sha256:01", [])
    refused.dead_letter = {"reason": "bozuk", "stage": "ingest"}
    (entry,) = entries(refused, {})
    assert entry["mentions"] == {"PER": {}, "ORG": {}, "LOC": {}}
    assert (entry["status"], entry["stage"]) == ("rejected", "ingest")


def test_a_run_report_answers_per_file_with_its_first_article_or_dead_letter() -> None:
    message = Expected("m.xml", "sha256:00", [("a", 1), ("b", 1)])
    message.receipts[("b", 1)] = _receipt("b", "embargoed")
    message.receipts[("a", 1)] = _receipt("a", "indexed")
    refused = Expected("x.txt", "sha256:01", [])
    refused.dead_letter = {"reason": "bozuk", "stage": "ingest"}
    report = RunReport([message, refused, Expected("y.txt", "sha256:02", [("y", 1)])], {"a": {"headline": "A"}})
    assert (report["m.xml"].status, report["m.xml"].document) == ("indexed", {"headline": "A"})
    assert (report["x.txt"].status, report["x.txt"].document["stage"]) == ("rejected", "ingest")
    assert report["y.txt"].status == "missing"
    assert [e["status"] for e in report.entries()] == ["indexed", "embargoed", "rejected", "missing"]
