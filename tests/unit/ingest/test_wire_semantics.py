"""Wire semantics in every format: flashes, urgency, embargoes, kills and withholds, and the agency's own metadata.

The fixtures under ``fixtures/wire`` are written for these cases: a one-line FLAŞ text file, an embargoed NITF and
its kill, an embargoed NewsML-G2 item and its withholding, an embargoed ninjs 2.x object and its ninjs 3.x cancel.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from newswire_ingest.errors import MalformedInputError
from newswire_ingest.parsers.urgency import urgency_value, wire_prefix
from newswire_schemas import AgencyEntity

from tests.unit.ingest.fixture_files import parse, parse_fixture


def test_a_one_line_flash_text_file_is_a_headline_only_article_not_a_dead_letter() -> None:
    article = parse_fixture("wire/flash.txt")
    assert article.headline == "İstanbul Boğazı gemi trafiğine kapatıldı"
    assert (article.body, article.lead, article.headline_only, article.urgency) == ("", None, True, 1)
    assert article.source_format == "text"


def test_son_dakika_in_ascii_on_its_own_line_introduces_the_headline() -> None:
    article = parse_fixture("wire/son-dakika-ascii.txt")
    assert article.headline == "Ankara merkezli 4,1 buyuklugunde deprem"
    assert (article.body, article.headline_only, article.urgency) == ("", True, 2)


@pytest.mark.parametrize(
    ("text", "headline", "urgency"),
    [
        ("FLAS: Borsa islemleri durduruldu\n", "Borsa islemleri durduruldu", 1),
        ("Acil | Havalimanında sis nedeniyle seferler iptal\n", "Havalimanında sis nedeniyle seferler iptal", 3),
        ("SON DAKİKA HABERİ - Ankara'da deprem\n", "Ankara'da deprem", 2),
        ("[ACİL] Köprü trafiğe kapandı\n", "Köprü trafiğe kapandı", 3),
        ("# FLAŞ — Meclis olağanüstü toplanıyor\n", "Meclis olağanüstü toplanıyor", 1),
    ],
)
def test_flash_prefixes_in_every_spelling_make_one_line_files_headline_only(
    text: str, headline: str, urgency: int
) -> None:
    article = parse(text.encode())
    assert (article.headline, article.headline_only, article.urgency) == (headline, True, urgency)


def test_a_one_line_text_without_a_prefix_is_still_refused() -> None:
    with pytest.raises(MalformedInputError, match="only a title line"):
        parse("Acil servis önünde kavga\n".encode())


def test_a_prefix_on_a_full_story_sets_urgency_and_keeps_the_text() -> None:
    article = parse("SON DAKİKA: Ankara'da deprem\n\nAFAD, depremin 4,1 büyüklüğünde olduğunu açıkladı.\n".encode())
    assert (article.headline, article.urgency, article.headline_only) == ("Ankara'da deprem", 2, False)
    assert article.body == "AFAD, depremin 4,1 büyüklüğünde olduğunu açıkladı."


def test_a_one_line_agency_text_flash() -> None:
    article = parse(" date 2026-12-02 FLAŞ - İstanbul Boğazı gemi trafiğine kapatıldı - İSTANBUL".encode())
    assert (article.headline, article.lead, article.body) == ("İstanbul Boğazı gemi trafiğine kapatıldı", None, "")
    assert (article.headline_only, article.urgency, article.dateline) == (True, 1, "İSTANBUL")


def test_prefix_words_inside_a_headline_are_not_markers() -> None:
    assert wire_prefix("Acil servis önünde kavga") is None
    assert wire_prefix("SON DAKİKA HABERİ deprem") is None, "no separator: not a marker"
    assert wire_prefix("Flaş gelişme: ...") is None
    found = wire_prefix("FLAŞ FLAŞ - X")
    assert found is not None
    assert (found.urgency, found.end) == (1, 12)


@pytest.mark.parametrize(
    ("headline", "urgency", "rest"),
    [
        ("FLASH - Central bank raises rates", 1, "Central bank raises rates"),
        ("Bulletin: Strong quake hits the coast", 2, "Strong quake hits the coast"),
        ("BREAKING NEWS | Parliament dissolved", 2, "Parliament dissolved"),
        ("[Breaking] Ferry services suspended", 2, "Ferry services suspended"),
        ("URGENT: Airport closed after fog", 3, "Airport closed after fog"),
        ("SON DAKİKA | URGENT: Köprü kapandı", 2, "Köprü kapandı"),
    ],
)
def test_english_wire_markers_are_read_like_the_turkish_ones(headline: str, urgency: int, rest: str) -> None:
    found = wire_prefix(headline)
    assert found is not None
    assert (found.urgency, headline[found.end :]) == (urgency, rest)


def test_english_marker_words_inside_a_headline_are_not_markers() -> None:
    for headline in ("Flash flood warning: rivers rise", "Breaking Bad star visits Istanbul", "Urgent care closes"):
        assert wire_prefix(headline) is None, headline


def test_urgency_values_outside_the_iptc_scale_are_dropped() -> None:
    values = (1, "9", " 3 ", 0, 10, "x", True, None, 2.0)
    assert [urgency_value(v) for v in values] == [1, 9, 3, None, None, None, None, None, None]


def test_nitf_embargo_urgency_and_agency_metadata() -> None:
    article = parse_fixture("wire/nitf-embargoed.xml")
    assert (article.urgency, article.pubstatus, article.embargoed) == (2, "usable", True)
    assert article.embargoed_until == datetime(2026, 12, 2, 11, 0, tzinfo=UTC)
    assert article.agency_entities == [
        AgencyEntity(type="PER", name="Fatih Karahan", code="wd:Q113534925"),
        AgencyEntity(type="ORG", name="Türkiye Cumhuriyet Merkez Bankası", code="wd:Q1326387"),
        AgencyEntity(type="LOC", name="Ankara", code="TR-06"),
        AgencyEntity(type="ORG", name="Hazine ve Maliye Bakanlığı", code=None),
    ], "identified-content first, then what the body marks inline, each name once"
    assert (article.keywords, article.slugline) == (["faiz", "enflasyon"], "tcmb-faiz")
    assert article.editorial_note == "Saat 14.00'e kadar ambargolu."


def test_nitf_kill_is_a_later_version_of_the_same_story() -> None:
    story, kill = parse_fixture("wire/nitf-embargoed.xml"), parse_fixture("wire/nitf-kill.xml")
    assert (kill.id, kill.version, kill.pubstatus) == (story.id, 2, "canceled")
    assert not kill.embargoed
    assert kill.editorial_note == "Haber iptal edilmiştir, kullanmayınız."


def test_newsml_g2_embargo_urgency_typed_subjects_keywords_and_note() -> None:
    article = parse_fixture("wire/newsml-g2-embargoed.xml")
    assert (article.urgency, article.embargoed, article.pubstatus) == (1, True, "usable")
    assert article.embargoed_until == datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert [(e.type, e.name) for e in article.agency_entities] == [
        ("PER", "Ahmet Yener"),
        ("ORG", "Yüksek Seçim Kurulu"),
        ("LOC", "Türkiye"),
    ], "the abstract subject stays a subject only"
    assert "medtop:11000000" in [s.code for s in article.subjects]
    assert (article.keywords, article.slugline) == (["seçim", "YSK"], "secim-sonuclari")
    assert article.editorial_note == "Ambargo: 15.00 TSİ."


def test_newsml_g2_withheld_version() -> None:
    story, held = parse_fixture("wire/newsml-g2-embargoed.xml"), parse_fixture("wire/newsml-g2-withheld.xml")
    assert (held.id, held.version, held.pubstatus, held.embargoed) == (story.id, 2, "withheld", False)


def test_an_empty_g2_embargo_is_held_until_further_notice() -> None:
    text = parse_fixture("wire/newsml-g2-embargoed.xml").model_dump()
    assert text["embargoed"]
    raw = (
        b'<newsItem guid="urn:x" version="1"><itemMeta><embargoed/></itemMeta>'
        b"<contentMeta><headline>Ambargolu</headline></contentMeta></newsItem>"
    )
    article = parse(raw)
    assert (article.embargoed, article.embargoed_until) == (True, None)


def test_ninjs_2_embargo_urgency_priority_entities_keywords() -> None:
    article = parse_fixture("wire/ninjs-embargoed.json")
    assert (article.urgency, article.priority, article.embargoed) == (4, 2, True)
    assert article.embargoed_until == datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
    assert article.agency_entities == [
        AgencyEntity(type="PER", name="Ömer Bolat", code="http://www.wikidata.org/entity/Q56384155"),
        AgencyEntity(type="ORG", name="Ticaret Bakanlığı"),
        AgencyEntity(type="LOC", name="Ankara"),
    ]
    assert (article.keywords, article.slugline) == (["ihracat", "dış ticaret"], "ihracat-kasim")
    assert article.editorial_note == "Bakanlık açıklamasına kadar ambargolu."


def test_ninjs_3_cancel_reads_the_camel_case_names() -> None:
    story, cancel = parse_fixture("wire/ninjs-embargoed.json"), parse_fixture("wire/ninjs3-canceled.json")
    assert (cancel.id, cancel.version, cancel.pubstatus) == (story.id, 2, "canceled")
    assert cancel.editorial_note == "Haber iptal edildi."


@pytest.mark.parametrize(
    ("value", "expected"),
    [("withheld", "withheld"), ("cancelled", "canceled"), ("usable", "usable"), ("bogus", "usable"), (3, "usable")],
)
def test_ninjs_publishing_status_values(value: object, expected: str) -> None:
    article = parse(
        f'{{"uri": "s", "headline": "Başlık", "body_text": "Metin.", "pubstatus": {value!r}}}'.replace(
            "'", '"'
        ).encode()
    )
    assert article.pubstatus == expected
