"""What the parser must make of each IPTC example document (``fixtures/iptc``): the conformance expectations.

One row per file: ``Parsed`` (the headline of every article, in order, how many items inside the file are
skipped as no text story, and the wire metadata its articles carry: urgency, embargo, slugline, how many entities
the agency marked) or ``Refused`` (the error class and a regex its reason must match). ``why`` says what
the example is, so a reader can judge the expectation without opening the file. Every file of the folder except
``LICENSE`` and ``README.md`` must have a row, and every row a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from newswire_ingest.errors import MalformedInputError, NotAStoryError, RejectedInputError


@dataclass(frozen=True, slots=True)
class Parsed:
    """The file becomes these articles (headlines in order); ``skipped`` items inside it are no text story."""

    headlines: tuple[str, ...]
    skipped: int = 0
    headline_only: bool = False
    why: str = ""
    urgency: int | None = None
    embargoed_until: str | None = None
    slugline: str | None = None
    agency_entities: int = 0


@dataclass(frozen=True, slots=True)
class Refused:
    """The file is refused with ``error``, its reason matching the regex ``reason``."""

    error: type[RejectedInputError]
    reason: str
    why: str = ""


FED = 'Fed to halt QE to avert "bubble"'
CONCORDIA = "Captain of wrecked cruise ship on trial in Italy"
DELL = "Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations"
MEDIA = r"item, not a text story \(picture, graphic, video, audio and interactive items are not indexed"
G2 = "newsml-g2/"

_NEWSML_G2: dict[str, Parsed | Refused] = {
    "LISTING_1_A_NewsML-G2_News_Item.xml": Parsed(
        (FED,),
        headline_only=True,
        why="text item whose inlineXML holds only a comment: headline-only; embargoed (itemMeta/embargoed)",
        embargoed_until="2018-10-23T12:00:00+00:00",
        slugline="US-Finance-Fed",
    ),
    "LISTING_2_NewsML-G2_Text_Document.xml": Parsed(
        (FED,), why="text item, NITF body in inlineXML", slugline="US-Finance-Fed"
    ),
    "LISTING_3_Photo_in_NewsML-G2.xml": Refused(NotAStoryError, r"GYI0062134533: picture " + MEDIA),
    "LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml": Refused(NotAStoryError, r"picture " + MEDIA),
    "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml": Refused(NotAStoryError, r"video " + MEDIA),
    "LISTING_5_Multi-part_Video_in_NewsML-G2.xml": Refused(NotAStoryError, r"video " + MEDIA),
    "LISTING_6_Simple_NewsML-G2_Package.xml": Refused(
        NotAStoryError, r"packageItem tag:\S+: a package refers to 2 items \(.*\) but carries none of them"
    ),
    "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml": Refused(
        NotAStoryError, r"^NewsML-G2 <groupSet> fragment: part of an item"
    ),
    "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml": Refused(NotAStoryError, r"<groupSet> fragment"),
    "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml": Refused(NotAStoryError, r"<groupSet> fragment"),
    "LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml": Refused(
        NotAStoryError, r"^NewsML-G2 conceptItem: not a story \(a concept"
    ),
    "LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml": Refused(NotAStoryError, r"conceptItem: not"),
    "LISTING_12_Knowledge_Item_for_Access_Codes.xml": Refused(NotAStoryError, r"^NewsML-G2 knowledgeItem: not a story"),
    "LISTING_13_Complete_Catalog_Item.xml": Refused(NotAStoryError, r"^NewsML-G2 catalogItem: not a story"),
    "LISTING_14_Event_sent_as_a_Concept_Item.xml": Refused(NotAStoryError, r"^NewsML-G2 conceptItem: not a story"),
    "LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml": Refused(NotAStoryError, r"knowledgeItem: not a story"),
    "LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml": Refused(
        NotAStoryError, r"qqwpiruuew4711: no headline, and its content is <events> data, not text: not a story"
    ),
    "LISTING_17_Planning_Item_a_CCL.xml": Refused(NotAStoryError, r"^NewsML-G2 planningItem: not a story"),
    "LISTING_18_Planning_Item_at_PCL.xml": Refused(NotAStoryError, r"^NewsML-G2 planningItem: not a story"),
    "LISTING_19_Planning_Item_with_delivery_at_CCL.xml": Refused(NotAStoryError, r"planningItem: not a story"),
    "LISTING_20_Planning_Item_with_delivery_at_PCL.xml": Refused(NotAStoryError, r"planningItem: not a story"),
    "LISTING_21_A_complete_sample_SportsML-G2_document.xml": Parsed(
        (
            "Troy Tulowitzki singled to third and advanced to second on Martin Prado's throwing error. Runner on "
            "second with one out and Carlos Gonzalez due up.",
        ),
        headline_only=True,
        why="text item whose inlineXML is SportsML statistics: data, not body text",
    ),
    "LISTING_22_Sports_story_in_NewsML-G2NITF.xml": Parsed(
        ("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",),
        why="two subjects typed cpnat:person (the pitchers) are the agency's entities",
        slugline="AAV!PREVIEW-ARI-PHI",
        agency_entities=2,
    ),
    "LISTING_23_SportsML-G2_Package.xml": Refused(
        NotAStoryError, r"packageItem urn:iptc.org:20161019:sports1: a package"
    ),
    "LISTING_24_News_Message_conveying_a_complete_News_Package.xml": Refused(
        NotAStoryError,
        r"^NewsML-G2 newsMessage: none of its 5 items is a text story \(NewsML-G2 newsItem N1: no headline and no text",
        why="the message structure is read, but its four newsItems are elided ('.....') in the Guidelines",
    ),
    "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml": Refused(
        NotAStoryError, r"^NewsML-G2 <contentSet> fragment: part of an item, not a whole item"
    ),
    "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml": Refused(NotAStoryError, r"picture " + MEDIA),
    "LISTING_27_Company_Financial_Information.xml": Parsed(
        ("Acme Widgets announces annual results",),
        why="empty inlineXML; the abstract description is the lead; the company is a typed subject",
        agency_entities=1,
    ),
    "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml": Refused(NotAStoryError, r"<contentMeta> fragment"),
    "LISTING_29_Hop_History.xml": Refused(
        NotAStoryError, r"HOP-HISTORY-EXAMPLE: no headline and no text \(metadata only\): not a story"
    ),
    "Receiver_View.xml": Parsed((FED,), urgency=5, slugline="US-Finance-Fed"),
    "ap_metadata_example.xml": Refused(NotAStoryError, r"video " + MEDIA, why="AP metadata on a video item"),
    "facet-example.xml": Refused(NotAStoryError, r"no headline and no text \(metadata only\)"),
    "facet-example-2.xml": Refused(NotAStoryError, r"no headline and no text \(metadata only\)"),
    "facet-example-3.xml": Refused(
        MalformedInputError, r"no <contentMeta><headline>", why="placeholder text 'Content goes here...', no headline"
    ),
}

_NINJS_BY_VERSION: dict[str, Parsed | Refused] = {
    "001_simple_example.json": Parsed((CONCORDIA,)),
    "002_renditions_example.json": Refused(
        NotAStoryError, r"neither a headline nor any text: a fragment", why="renditions snippet, body '...'"
    ),
    "003_associations_example.json": Parsed(
        (DELL,), skipped=2, headline_only=True, why="composite: body '[ ... ]' elided; logo and photo skipped"
    ),
    "004_simple_text_article.json": Parsed((CONCORDIA,)),
    "005_complex_text_article.json": Parsed((CONCORDIA,), why="people, places, organisations", agency_entities=5),
    "006_photo_only.json": Refused(NotAStoryError, r"picture " + MEDIA),
    "007_multimedia.json": Parsed(
        (CONCORDIA,), skipped=2, why="composite: two associated pictures skipped", agency_entities=5
    ),
}

_NINJS_1_4: dict[str, Parsed | Refused] = {
    "businesswire-newsml-20130515006361.json": Parsed((DELL,), skipped=3, why="composite; logo and photos skipped"),
    "businesswire-newsml-20130605006126.json": Parsed(("Cambrios被Gartner評選為「最酷供應商」",)),
    "businesswire-newsml-20130612006110.json": Parsed(
        ("APP发布“2020 可持续发展路线图”第三次工作进展报告，并将继续落实森林保护政策",)
    ),
    "businesswire-newsml-20130731006140.json": Parsed(
        ("Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In",), skipped=2
    ),
    "ninjs-1-4-examples.json": Parsed(
        ("Test of three new properties",), why="property test: headline and a description_caption_xhtml lead"
    ),
    "ninjsExComplex1.json": Parsed((CONCORDIA,), skipped=1, agency_entities=5),
    "ninjsExComplex2.json": Parsed((CONCORDIA,), skipped=2, agency_entities=5),
    "ninjsExMediumText1.json": Parsed((CONCORDIA,), agency_entities=5),
    "ninjsExSimplePhoto1.json": Refused(NotAStoryError, r"^ninjs 1\.x: picture " + MEDIA),
    "ninjsExSimpleText1.json": Parsed((CONCORDIA,)),
}

EXPECTED: dict[str, Parsed | Refused] = {
    **{G2 + name: row for name, row in _NEWSML_G2.items()},
    **{f"ninjs/1.4/{name}": row for name, row in _NINJS_1_4.items()},
    **{f"ninjs/{version}/{name}": row for version in ("1.6", "2.2", "3.1") for name, row in _NINJS_BY_VERSION.items()},
    "ninjs/3.1/008_event.json": Refused(NotAStoryError, r"^ninjs 3\.1: event item, not a story$"),
}
"""File (relative to ``fixtures/iptc``) → what the parser must make of it."""

SAME_ARTICLE_ACROSS_VERSIONS: tuple[str, ...] = ("001_simple_example", "003_associations_example")
SAME_ARTICLE_ACROSS_VERSIONS += ("004_simple_text_article", "005_complex_text_article", "007_multimedia")
"""Examples published in ninjs 1.6, 2.2 and 3.1 alike: each version's names must give the very same article."""
