"""The shipped knowledge base: ids, types, aliases in Turkish and English, non-names and nationality words."""

from __future__ import annotations

import pytest
from newswire_tagger.entities.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("alias", "entity_id", "name"),
    [
        ("TCMB", "org:tcmb", "Merkez Bankası"),
        ("THY", "org:turk-hava-yollari", "Türk Hava Yolları"),
        ("Turkish Airlines", "org:turk-hava-yollari", "Türk Hava Yolları"),
        ("BM", "org:un", "Birleşmiş Milletler"),
        ("UN", "org:un", "Birleşmiş Milletler"),
        ("AB", "org:eu", "Avrupa Birliği"),
        ("EU", "org:eu", "Avrupa Birliği"),
        ("Hizbullah", "org:hezbollah", "Hizbullah"),
        ("Benjamin Netanyahu", "per:binyamin-netanyahu", "Binyamin Netanyahu"),
        ("Zelensky", "per:vladimir-zelenskiy", "Vladimir Zelenskiy"),
        ("Gazze Şeridi", "loc:gazze-seridi", "Gazze Şeridi"),
    ],
)
def test_aliases_lead_to_one_entity_with_a_stable_id(kb: KnowledgeBase, alias: str, entity_id: str, name: str) -> None:
    [entity] = kb.entities(alias)
    assert (entity.id, entity.name) == (entity_id, name)


def test_listed_companies_and_their_people_are_known(kb: KnowledgeBase) -> None:
    assert kb.known_type("Goldman Sachs") == "ORG"
    assert kb.known_type("Adobe Inc.") == "ORG"  # the legal form is an alias, the short name canonical
    assert kb.known_type("Tim Cook") == "PER"
    # one person under the spellings of several outlets (1.10.0: two entries before)
    assert kb.entity("Beşşar Esed", "PER") == kb.entity("Beşar Esad", "PER") is not None


def test_counts_per_type_are_recorded(kb: KnowledgeBase) -> None:
    counts = kb.meta["counts"]["entities"]
    assert counts["PER"] > 1000
    assert counts["ORG"] > 1000
    assert counts["LOC"] > 50


def test_things_and_nationality_words_are_not_names(kb: KnowledgeBase) -> None:
    assert kb.not_name("Bitcoin") == "crypto"
    assert kb.not_name("Bayraktar TB2") == "weapon"
    assert kb.not_name("Goldman Sachs") is None
    assert kb.is_demonym("Türk")
    assert kb.is_demonym("Filistinli")
    assert not kb.is_demonym("Filistin")
    # technical terms copy writes in capitals (1.9.0), and no year is a nationality word
    assert kb.not_name("CO2") == "term"
    assert kb.not_name("CCTV") is None  # China's state television as often as a camera
    assert kb.not_name("IMEI") == "term"
    assert not kb.is_demonym("1919")


def test_given_names_and_type_hints(kb: KnowledgeBase) -> None:
    assert kb.is_given_name("Mehmet")
    assert not kb.is_given_name("Ankara")
    assert kb.hinted_type("Münih") == "LOC"


def test_diseases_written_in_capitals_are_no_names(kb: KnowledgeBase) -> None:
    assert kb.not_name("SARS") == kb.not_name("Sars") == "term"
    assert kb.not_name("Mersin") is None  # no disease's acronym may eat a city with its genitive ("MERS'in")


def test_sports_channels_tech_sites_and_the_employment_agencys_spellings_are_known(kb: KnowledgeBase) -> None:
    assert kb.known_type("Lig tv") == kb.known_type("Mashable") == kb.known_type("Engadget") == "ORG"
    assert kb.entity("İş-Kur", "ORG") == kb.entity("İŞKUR", "ORG") is not None


def test_two_bodies_sharing_letters_stay_two(kb: KnowledgeBase) -> None:
    # "KİK" is the Gulf council and the procurement authority: letters in common make no one body of them
    authority = kb.entity("Kamu İhale Kurumu", "ORG")
    council = kb.entity("Körfez İşbirliği Konseyi", "ORG")
    assert authority is not None
    assert council is not None
    assert authority.id != council.id
    assert council.description == "Uluslararası örgüt"
    # one body under two names still merges by name: FAO, written out either way
    assert kb.entity("Birleşmiş Milletler Gıda ve Tarım Örgütü", "ORG") == kb.entity("BM Gıda ve Tarım Örgütü", "ORG")


def test_technology_copys_platforms_makers_and_products_are_known(kb: KnowledgeBase) -> None:
    # a store or a browser's maker is a body; a game, an operating system or a map service is none
    assert kb.known_type("App Store") == kb.known_type("Google Play") == kb.known_type("Mozilla") == "ORG"
    assert kb.known_type("Rovio") == kb.known_type("Zendesk") == kb.known_type("ESET") == "ORG"
    assert kb.not_name("Angry Birds") == kb.not_name("Symbian") == kb.not_name("Street View") == "product"
    assert kb.not_name("RGB") == kb.not_name("APU") == "term"


def test_a_left_wing_group_under_each_spelling_and_the_greek_cypriot_administration_are_known(
    kb: KnowledgeBase,
) -> None:
    assert kb.entity("DHKP/C", "ORG") == kb.entity("DHKP-C", "ORG") is not None
    place = kb.entity("GKRY", "LOC")
    assert place is not None
    assert place.name == "Güney Kıbrıs Rum Yönetimi"


def test_competitions_named_like_bodies_are_no_names(kb: KnowledgeBase) -> None:
    assert kb.not_name("Eurocup") == kb.not_name("MotoGP") == kb.not_name("El Clasico") == "competition"
