"""ninjs, NITF and NewsML-G2 fixtures map to the expected canonical fields."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from newswire_ingest.errors import MalformedInputError, NotAStoryError
from newswire_schemas import Subject

from tests.unit.ingest.fixture_files import fixture, parse, parse_fixture

G2_GUID = "urn:newsml:aa.com.tr:20260122:12345"


def test_ninjs_2() -> None:
    article = parse_fixture("ninjs-2.json")
    assert article.source_format == "ninjs"
    assert article.id == article.guid == "urn:newsml:aa.com.tr:20260305:3481920"
    assert article.version == 1
    assert article.headline == "Ankara'da metro hattının ilk etabı hizmete açıldı"
    assert article.lead == "Ankara Büyükşehir Belediyesi'nin yaptığı metro hattının ilk etabı törenle hizmete açıldı."
    assert article.body == (
        "Ankara Büyükşehir Belediye Başkanı, açılış töreninde yaptığı konuşmada hattın kentin doğusunu merkeze "
        "bağlayacağını söyledi.\n\nHattın ikinci etabının 2027 yılı sonunda tamamlanması planlanıyor."
    )
    assert article.byline == "Ayşe Yılmaz"
    assert article.dateline == "ANKARA"
    assert article.language == "tr"
    assert article.source == "Anadolu Ajansı"
    assert article.published_at == datetime(2026, 3, 5, 6, 12, tzinfo=UTC)
    assert article.subjects == [
        Subject(code="medtop:20000394", name="ulaşım", scheme="medtop"),
        Subject(code="medtop:20000590", name="yerel yönetim", scheme="medtop"),
    ]


def test_ninjs_1() -> None:
    article = parse_fixture("ninjs-1.json")
    assert article.source_format == "ninjs"
    assert article.guid == "http://www.aa.com.tr/tr/ekonomi/3481777"
    assert article.version == 3
    assert article.headline == "Merkez Bankası politika faizini sabit tuttu"
    assert article.lead == "Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 42,5'te sabit bıraktı."
    assert article.body.split("\n\n")[0] == (
        "Para Politikası Kurulu toplantısının ardından yapılan açıklamada, enflasyonun ana eğiliminde düşüş "
        "sürdüğü belirtildi."
    )
    assert article.byline == "Mehmet Demir"
    assert article.dateline == "Ankara"
    assert article.language == "tr-TR"
    assert article.published_at == datetime(2026, 3, 4, 14, 5, tzinfo=UTC)
    assert article.subjects[0] == Subject(code="medtop:04000000", name="ekonomi, iş ve finans", scheme="medtop")
    assert article.subjects[1].scheme == "iptc-mediatopic"


def test_ninjs_wrong_types_are_ignored_not_fatal() -> None:
    item = {"uri": 42, "headline": "Başlık", "body_text": "Gövde.", "version": "x", "subject": "medtop", "by": ["a"]}
    article = parse(json.dumps(item).encode())
    assert (article.guid, article.version, article.subjects, article.byline) == (None, 1, [], None)
    assert article.id.startswith("nw-")


def test_ninjs_escaped_controls_and_lone_surrogates_are_dropped() -> None:
    article = parse(b'{"headline": "Ba\\u0000\\ud800\\u0007\\u015fl\\u0131k", "body_text": "G\\u00f6vde."}')
    assert article.headline == "Başlık"


def test_nitf() -> None:
    article = parse_fixture("nitf.xml")
    assert article.source_format == "nitf"
    assert article.id == article.guid == "urn:newsml:aa.com.tr:20260212:3470012"
    assert article.version == 1
    assert article.headline == "Karadeniz'de sel: 3 köy yolu ulaşıma kapandı"
    assert article.lead == "Trabzon ve Rize'de etkili olan sağanak nedeniyle dereler taştı, 3 köy yolu ulaşıma kapandı."
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1] == "AFAD ekipleri, mahsur kalan 14 kişiyi güvenli bölgeye tahliye etti."
    assert "Taşan dere" not in article.body
    assert article.byline == "Fatma Kaya"
    assert article.dateline == "TRABZON"
    assert article.published_at == datetime(2026, 2, 12, 4, 45, tzinfo=UTC)
    assert article.language == "tr"
    assert article.source == "Anadolu Ajansı"
    assert article.subjects == [
        Subject(code="17000000", name="hava durumu", scheme="subj"),
        Subject(code="03000000", name="afet ve kaza", scheme="subj"),
        Subject(code="gundem", name="Gündem", scheme="aa-kategori"),
    ]


def test_nitf_declared_iso_8859_9_matches_utf8() -> None:
    utf8, legacy = parse_fixture("nitf.xml"), parse_fixture("nitf-iso8859-9.xml")
    fields = {"file_name", "content_hash"}
    assert legacy.model_dump(exclude=fields) == utf8.model_dump(exclude=fields)


def test_nitf_falls_back_to_head_title_and_dateline_text() -> None:
    doc = (
        "<nitf><head><title>Van'da kar yağışı</title></head><body><body.head>"
        "<dateline>VAN, 5 Ocak</dateline></body.head><body.content><p>Kent beyaza büründü.</p>"
        "</body.content></body></nitf>"
    )
    article = parse(doc.encode())
    assert article.headline == "Van'da kar yağışı"
    assert article.dateline == "VAN, 5 Ocak"


def test_nitf_without_headline_names_the_missing_element() -> None:
    doc = b"<nitf><body><body.content><p>Metin.</p></body.content></body></nitf>"
    with pytest.raises(MalformedInputError, match=r"NITF: no <hedline>/<hl1> headline"):
        parse(doc)


def test_nitf_headline_without_text_is_a_headline_only_article() -> None:
    doc = "<nitf><body><body.head><hedline><hl1>FLAŞ: Başlık</hl1></hedline></body.head></body></nitf>"
    article = parse(doc.encode())
    assert (article.headline, article.lead, article.body) == ("Başlık", None, "")
    assert (article.headline_only, article.urgency) == (True, 1)


def test_newsml_g2_news_item() -> None:
    article = parse_fixture("newsml-g2-newsitem.xml")
    assert article.source_format == "newsml-g2"
    assert article.id == article.guid == G2_GUID
    assert article.version == 1
    assert article.headline == (
        "Azerbaycan Dışişleri Bakanı Bayramov, NATO Genel Sekreter Yardımcısı Shekerinska ile görüştü"
    )
    assert article.lead == "Bayramov ile Shekerinska, Azerbaycan ile NATO arasındaki iş birliğini ele aldı."
    assert article.body.split("\n\n")[0] == (
        "NATO Genel Sekreter Yardımcısı Radmila Shekerinska, resmi temaslarda bulunmak üzere Bakü'ye geldi."
    )
    assert article.byline == "Elnur Aliyev"
    assert article.dateline == "BAKÜ"
    assert article.language == "tr"
    assert article.source == "AA"
    assert article.published_at == datetime(2026, 1, 22, 8, 30, tzinfo=UTC)
    assert article.subjects == [
        Subject(code="medtop:11000000", name="siyaset", scheme="medtop"),
        Subject(code="medtop:20000638", name="uluslararası ilişkiler", scheme="medtop"),
    ]


def test_newsml_g2_news_message_with_xhtml() -> None:
    article = parse_fixture("newsml-g2-newsmessage.xml")
    assert article.source_format == "newsml-g2"
    assert article.guid == "urn:newsml:aa.com.tr:20260310:3490211"
    assert article.headline == "İstanbul'da yerli elektrikli otomobil için yeni batarya fabrikası kuruluyor"
    assert article.byline == "Zeynep Arslan"
    assert article.dateline == "İSTANBUL"
    assert article.source == "Anadolu Ajansı"
    assert article.published_at == datetime(2026, 3, 10, 13, 15, tzinfo=UTC)
    assert "2 bin kişiye istihdam" in article.body
    assert "Batarya fabrikası</title>" not in article.body


def test_correction_has_the_same_id_and_a_higher_version() -> None:
    original = parse_fixture("newsml-g2-newsitem.xml")
    correction = parse_fixture("newsml-g2-correction-v2.xml")
    assert correction.id == original.id == G2_GUID
    assert (original.version, correction.version) == (1, 2)
    assert "enerji güvenliği" in correction.body
    assert correction.headline != original.headline
    assert correction.published_at == original.published_at


def test_newsml_g2_inline_data_plain_text() -> None:
    doc = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g-1" version="4">'
        "<contentMeta><headline>Başlık</headline></contentMeta><contentSet>"
        '<inlineData contenttype="text/plain">Birinci paragraf.\n\nİkinci paragraf.</inlineData>'
        "</contentSet></newsItem>"
    )
    article = parse(doc.encode())
    assert (article.id, article.version) == ("g-1", 4)
    assert article.body == "Birinci paragraf.\n\nİkinci paragraf."


def test_newsml_g2_package_item_alone_is_refused_as_not_a_story() -> None:
    doc = b"<newsMessage><itemSet><packageItem guid='p'><itemRef residref='a'/></packageItem></itemSet></newsMessage>"
    with pytest.raises(NotAStoryError, match=r"packageItem p: a package refers to 1 items \(a\) but carries none"):
        parse(doc)


def test_newsml_g2_remote_content_only_is_rejected() -> None:
    doc = (
        b"<newsItem guid='g'><contentMeta><headline>H</headline></contentMeta>"
        b"<contentSet><remoteContent href='http://example.org/x'/></contentSet></newsItem>"
    )
    with pytest.raises(MalformedInputError, match=r"only referenced \(<contentSet><remoteContent>\), never fetched"):
        parse(doc)


def test_guid_over_200_characters_becomes_a_hashed_id() -> None:
    item = json.loads(fixture("ninjs-1.json"))
    item["uri"] = "urn:" + "x" * 300
    article = parse(json.dumps(item).encode())
    assert article.guid == item["uri"]
    assert article.id.startswith("guid-")
    assert len(article.id) <= 200


def test_ninjs_blank_body_text_falls_through_to_body_html() -> None:
    item = {"headline": "Başlık", "body_text": "  \n ", "body_html": "<p>Bir.</p><script>x()</script><p>İki.</p>"}
    assert parse(json.dumps(item).encode()).body == "Bir.\n\nİki."
