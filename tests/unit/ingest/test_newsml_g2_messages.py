"""NewsML-G2 messages and packages: one article per text item, in package order, the rest skipped with a reason."""

from __future__ import annotations

import pytest
from newswire_ingest.errors import MalformedInputError, NotAStoryError

from tests.unit.ingest.fixture_files import fixture, parse, parse_all

NAR = "http://iptc.org/std/nar/2006-10-01/"


def _item(guid: str, headline: str = "", *, item_class: str = "ninat:text", version: int = 1, body: str = "") -> str:
    """A small newsItem."""
    head = f"<headline>{headline}</headline>" if headline else ""
    content = f"<contentSet><inlineData>{body}</inlineData></contentSet>" if body else ""
    return (
        f"<newsItem guid='{guid}' version='{version}'><itemMeta><itemClass qcode='{item_class}'/></itemMeta>"
        f"<contentMeta>{head}</contentMeta>{content}</newsItem>"
    )


def _message(*items: str) -> bytes:
    """A newsMessage carrying ``items``."""
    return f"<newsMessage xmlns='{NAR}'><itemSet>{''.join(items)}</itemSet></newsMessage>".encode()


def test_message_with_package_gives_each_text_item_in_package_order() -> None:
    parsed = parse_all(fixture("newsml-g2-message-package.xml"))
    assert [(a.id, a.version) for a in parsed.articles] == [
        ("urn:newsml:aa.com.tr:20260315:3500102", 1),  # the package's main group first
        ("urn:newsml:aa.com.tr:20260315:3500101", 2),  # then its sidebar
        ("urn:newsml:aa.com.tr:20260315:3500104", 1),  # then the item outside the package
    ]
    main, sidebar, flash = parsed.articles
    assert main.headline == "Malatya'da 5,1 büyüklüğünde deprem"
    assert main.lead == "Malatya'nın Yeşilyurt ilçesinde 5,1 büyüklüğünde deprem meydana geldi."
    assert main.body.split("\n\n") == [
        "Depremin yerin 7 kilometre derinliğinde gerçekleştiği belirlendi.",
        "Çevre illerden de hissedilen sarsıntının ardından vatandaşlar sokağa çıktı.",
    ]
    assert (main.source, main.dateline, main.language) == ("Anadolu Ajansı", "MALATYA", "tr")
    assert sidebar.body.startswith("AFAD, Malatya'daki depremin ardından")
    assert (flash.headline, flash.lead, flash.body) == ("Malatya'da okullar yarın tatil", None, "")
    assert (flash.headline_only, flash.urgency) == (True, 1), "the FLAŞ prefix is a marker, not a word"
    assert {a.content_hash for a in parsed.articles} == {main.content_hash}
    assert parsed.skipped == (
        "NewsML-G2 newsItem urn:newsml:aa.com.tr:20260315:3500103: picture item, not a text story (picture, "
        "graphic, video, audio and interactive items are not indexed as articles)",
        "NewsML-G2 packageItem urn:newsml:aa.com.tr:20260315:pkg-deprem: refers to "
        "urn:newsml:aa.com.tr:20260315:3500199, not carried",
    )


def test_message_of_two_text_items_is_two_articles() -> None:
    parsed = parse_all(_message(_item("a", "Birinci", body="Bir."), _item("b", "İkinci", body="İki.")))
    assert [(a.id, a.headline, a.body) for a in parsed.articles] == [("a", "Birinci", "Bir."), ("b", "İkinci", "İki.")]
    assert parsed.skipped == ()


def test_the_same_item_twice_is_one_article_and_two_versions_are_two() -> None:
    twice = parse_all(_message(_item("a", "Bir", body="x"), _item("a", "Bir", body="x")))
    assert len(twice.articles) == 1
    versions = parse_all(_message(_item("a", "Bir", body="x"), _item("a", "Bir", version=2, body="y")))
    assert [a.version for a in versions.articles] == [1, 2]


def test_concepts_and_headless_items_in_a_message_are_skipped_not_fatal() -> None:
    concept = "<conceptItem guid='c'/>"
    parsed = parse_all(_message(concept, _item("x", body="metin var, başlık yok"), _item("a", "Başlık", body="Metin.")))
    assert [a.id for a in parsed.articles] == ["a"]
    assert parsed.skipped == (
        "NewsML-G2 newsItem x: no <contentMeta><headline> (nor an inline NITF <hl1>) found",
        "NewsML-G2 conceptItem: not a story (a concept: a person, organisation, place, event or other entity)",
    )


def test_message_of_photos_only_is_refused_naming_them() -> None:
    data = _message(_item("p1", "Foto", item_class="ninat:picture"), _item("v1", "Video", item_class="ninat:video"))
    with pytest.raises(NotAStoryError, match=r"none of its 2 items is a text story \(.*p1: picture item.*v1: video"):
        parse_all(data)


def test_message_with_one_broken_item_gives_that_items_reason() -> None:
    with pytest.raises(MalformedInputError, match=r"^NewsML-G2 newsItem x: no <contentMeta><headline>"):
        parse_all(_message(_item("x", body="başlıksız metin")))


def test_nested_and_cyclic_packages_are_followed_once() -> None:
    outer = "<packageItem guid='p1'><itemRef residref='p2'/><itemRef residref='b'/></packageItem>"
    inner = "<packageItem guid='p2'><itemRef residref='p1'/><itemRef residref='a'/></packageItem>"
    parsed = parse_all(_message(outer, inner, _item("b", "B", body="b"), _item("a", "A", body="a")))
    assert [a.id for a in parsed.articles] == ["a", "b"]


def test_item_class_given_as_uri_counts_like_the_qcode() -> None:
    item = _item("g", "Grafik", item_class="x").replace(
        "qcode='x'", "uri='http://cv.iptc.org/newscodes/ninature/graphic'"
    )
    with pytest.raises(NotAStoryError, match=r"^NewsML-G2 newsItem g: graphic item, not a text story"):
        parse_all(item.encode())


@pytest.mark.parametrize(
    ("snippet", "reason"),
    [
        ("<groupSet root='G1'><group id='G1'/></groupSet>", r"^NewsML-G2 <groupSet> fragment"),
        (f"<contentMeta xmlns='{NAR}'><headline>H</headline></contentMeta>", r"^NewsML-G2 <contentMeta> fragment"),
        (f"<somethingNew xmlns='{NAR}'/>", r"^NewsML-G2 <somethingNew> fragment"),
        ("<planningItem guid='pl'/>", r"^NewsML-G2 planningItem: not a story \(planning"),
        ("<knowledgeItem guid='k'/>", r"^NewsML-G2 knowledgeItem: not a story"),
        ("<catalogItem guid='c'/>", r"^NewsML-G2 catalogItem: not a story"),
    ],
)
def test_non_story_roots_are_refused_naming_what_they_are(snippet: str, reason: str) -> None:
    with pytest.raises(NotAStoryError, match=reason):
        parse_all(snippet.encode())


def test_sportsml_statistics_are_not_body_text() -> None:
    doc = (
        "<newsItem guid='s'><contentMeta><headline>Maç sürüyor</headline></contentMeta><contentSet>"
        "<inlineXML contenttype='application/sportsml+xml'><sports-content><team><name>Ev</name></team>"
        "</sports-content></inlineXML></contentSet></newsItem>"
    )
    assert (parse(doc.encode()).body, parse(doc.encode()).lead) == ("", None)


def test_abstract_description_is_the_lead() -> None:
    doc = (
        "<newsItem guid='s'><contentMeta><headline>Sonuçlar</headline>"
        "<description role='ANDescRole:abstract'>Kâr yüzde 6 arttı.</description></contentMeta></newsItem>"
    )
    assert parse(doc.encode()).lead == "Kâr yüzde 6 arttı."
