"""EntityLinker.resolve on what an eleventh review of fresh copy found: surnames that open with a body's head word,
known names with a suffixed word inside, a title's modifier left on a body, towns in a short list of places, box
scores in capitals, two regions joined by ``ve``, works' titles quoted where first named, satellites, and an office
capitalised after a firm's name.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.heads import head_type
from newswire_tagger.entities.lineups import box_score
from newswire_tagger.entities.names import (
    in_ablative,
    in_locative_or_ablative,
    mentions_by_name,
    name_key,
    org_case_ending,
)
from newswire_tagger.spans import Span

from tests.unit.tagger.labelled import listed, span


def resolved(linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]]) -> set[tuple[str, str]]:
    """The (type, name) pairs the linker makes of the spans, each the first occurrence of its words."""
    return listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))


# --- a head word's endings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Kurumuş", "Yurdugül", "Otelpuan", "Vakfıkebir"])
def test_a_word_that_opens_with_a_head_and_goes_on_otherwise_is_no_head(word: str) -> None:
    assert head_type(word) is None


@pytest.mark.parametrize(
    "word",
    ["Kurumunun", "Bakanlığından", "Bakanlığın", "Holdingin", "Partisiyle", "Kuruluşu", "Takımımın", "Schools"],
)
def test_a_heads_case_plural_and_possessive_endings_keep_it_a_head(word: str) -> None:
    assert head_type(word) is not None


def test_a_surname_that_opens_like_a_head_stays_the_persons(linker: EntityLinker) -> None:
    text = "Toplantıya Sinan Kurumuş ve Seyhun Yurdugül katıldı. Kurumuş açıklama yaptı."
    spans: list[tuple[str, EntityType]] = [("Sinan Kurumuş", "PER"), ("Seyhun Yurdugül", "PER")]
    assert resolved(linker, text, spans) == {("PER", "Sinan Kurumuş"), ("PER", "Seyhun Yurdugül")}


# --- names with a suffixed word inside -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rusya'nın Sesi radyosuna konuşan Bakan açıklama yaptı.",
        "Haberi Rusya’nın Sesi'ne konuşan yetkili verdi.",
    ],
)
def test_a_known_name_with_a_genitive_inside_is_the_whole_name(linker: EntityLinker, text: str) -> None:
    model = span(text, "Rusya'nın" if "'nın" in text else "Rusya’nın", "LOC")
    assert listed(linker.resolve(text, [model])) == {("ORG", "Rusya'nın Sesi")}


def test_the_country_stays_where_its_voice_is_no_name(linker: EntityLinker) -> None:
    text = "Rusya'nın sesi bu konuda yükselmedi."
    assert listed(linker.resolve(text, [span(text, "Rusya'nın", "LOC")])) == {("LOC", "Rusya")}


def test_a_headline_in_capitals_is_left_to_the_other_rules(linker: EntityLinker) -> None:
    text = "RUSYA'NIN SESİ YAYINI DURDU\nYayın dün durdu."
    assert ("ORG", "Rusya'nın Sesi") not in listed(linker.resolve(text, [span(text, "RUSYA'NIN", "LOC")]))


# --- a title's modifier after a body ---------------------------------------------------------------------------------


@pytest.mark.parametrize("modifier", ["Onursal", "Fahri"])
def test_a_titles_modifier_after_a_bodys_head_is_the_titles(linker: EntityLinker, modifier: str) -> None:
    text = f"Türk Musevi Cemaati {modifier} Başkanı Bensiyon Pinto konuştu."
    spans: list[tuple[str, EntityType]] = [(f"Türk Musevi Cemaati {modifier}", "ORG"), ("Bensiyon Pinto", "PER")]
    assert resolved(linker, text, spans) == {("ORG", "Türk Musevi Cemaati"), ("PER", "Bensiyon Pinto")}


def test_a_body_whose_last_word_is_its_head_keeps_it_before_a_title(linker: EntityLinker) -> None:
    text = "Türk Tabipleri Birliği Başkanı Ahmet Kaya konuştu."
    spans: list[tuple[str, EntityType]] = [("Türk Tabipleri Birliği", "ORG"), ("Ahmet Kaya", "PER")]
    assert ("ORG", "Türk Tabipleri Birliği") in resolved(linker, text, spans)


def test_a_word_after_a_head_stays_where_no_title_follows(linker: EntityLinker) -> None:
    text = "Dernek, Kadıköy Gençlik Kulübü Spor Okulu açtı."
    found = resolved(linker, text, [("Kadıköy Gençlik Kulübü Spor", "ORG")])
    assert ("ORG", "Kadıköy Gençlik Kulübü") not in found


# --- towns in a short list of places ---------------------------------------------------------------------------------


def test_towns_the_model_read_as_people_in_a_list_of_places_are_places(linker: EntityLinker) -> None:
    text = "İsyancılar Gao, Timbuktu ve Kidal'i ele geçirdi."
    spans: list[tuple[str, EntityType]] = [("Gao", "PER"), ("Timbuktu", "LOC"), ("Kidal'i", "PER")]
    assert resolved(linker, text, spans) == {("LOC", "Gao"), ("LOC", "Timbuktu"), ("LOC", "Kidal")}


def test_a_subject_before_a_comma_and_a_place_is_no_list(linker: EntityLinker) -> None:
    # "değinen Ban, Türkiye'nin ...": the speaker (named in full before), then the next clause
    text = "Rektör Ünsal Ban konuştu. Konuya değinen Ban, Türkiye'nin büyüyeceğini söyledi."
    spans: list[tuple[str, EntityType]] = [("Ünsal Ban", "PER"), ("Türkiye'nin", "LOC")]
    found = linker.resolve(text, [*(span(text, w, k) for w, k in spans), span(text, "Ban", "PER", 1)])
    assert ("LOC", "Ban") not in listed(found)


def test_a_list_member_with_a_case_ending_before_the_last_is_no_list_of_places(linker: EntityLinker) -> None:
    text = "Kaka'nın ve Madrid'in yolları ayrıldı."
    spans: list[tuple[str, EntityType]] = [("Kaka'nın", "PER"), ("Madrid'in", "LOC")]
    assert ("PER", "Kaka") in resolved(linker, text, spans)


def test_a_given_name_in_a_list_of_places_stays_a_person(linker: EntityLinker) -> None:
    text = "Toplantıya Ankara ve Ahmet katıldı."
    assert ("LOC", "Ahmet") not in resolved(linker, text, [("Ankara", "LOC"), ("Ahmet", "PER")])


# --- a box score in capitals -----------------------------------------------------------------------------------------


def test_a_box_score_in_capitals_lists_people() -> None:
    text = (
        "BEŞİKTAŞ: 0 - AKHİSAR: 0\n\nSTAT: İnönü\nHAKEM: Halis Özkahya\nSAAT: 20.00\n\n"
        "BEŞİKTAŞ: McGregor, Hilbert, Toraman, Sivok, Özkan, Holosko, Oğuzhan,\n"
    )
    found = {(s.type, s.text) for s in box_score(text)}
    assert {("PER", "Halis Özkahya"), ("PER", "Sivok"), ("PER", "Oğuzhan"), ("LOC", "İnönü")} <= found


def test_a_line_of_names_with_no_referees_line_is_no_box_score() -> None:
    assert box_score("KATILANLAR: Ali Veli, Ayşe Fatma, Can Cem, Deniz Ece, Ferit Gül\n") == []


# --- two regions joined by "ve" --------------------------------------------------------------------------------------


def test_two_regions_joined_by_and_are_two_places(linker: EntityLinker) -> None:
    text = "Doğu ve Güneydoğu Anadolu bölgelerinde kar bekleniyor."
    found = resolved(linker, text, [("Doğu ve Güneydoğu Anadolu", "LOC")])
    assert found == {("LOC", "Doğu"), ("LOC", "Güneydoğu Anadolu")}


def test_a_known_name_with_and_inside_stays_whole(linker: EntityLinker) -> None:
    text = "Bosna ve Hersek heyeti geldi."
    assert ("LOC", "Doğu") not in resolved(linker, text, [("Bosna ve Hersek", "LOC")])


# --- works' titles quoted where first named --------------------------------------------------------------------------


def test_a_title_quoted_where_first_named_is_no_name_where_repeated_bare(linker: EntityLinker) -> None:
    text = 'Yönetmen, "Şahane Misafir" adlı filmiyle açılışı yaptı. Şahane Misafir çok beğenildi.'
    found = linker.resolve(text, [span(text, "Şahane Misafir", "PER"), span(text, "Şahane Misafir", "PER", 1)])
    assert found == []


def test_a_given_name_first_needs_a_works_noun(linker: EntityLinker) -> None:
    text = 'Yazarın "Rüzgâr Avı" adlı romanı çıktı. Rüzgâr Avı çok sattı.'
    assert linker.resolve(text, [span(text, "Rüzgâr Avı", "PER"), span(text, "Rüzgâr Avı", "PER", 1)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aranan 'Laz Ziya' lakaplı zanlı yakalandı. Laz Ziya tutuklandı.", "Laz Ziya"),
        ("Lakabı “Dan Tan”. Dan Tan şike çetesinin başı.", "Dan Tan"),
        ("Dizide Beren Saat “Yağmur Özden” rolünde. Yağmur Özden babasını arıyor.", "Yağmur Özden"),
    ],
)
def test_a_nickname_or_a_role_in_quotes_stays_the_person(linker: EntityLinker, text: str, name: str) -> None:
    found = linker.resolve(text, [span(text, name, "PER"), span(text, name, "PER", 1)])
    assert ("PER", name) in listed(found)


def test_a_body_quoted_where_first_named_stays_a_body(linker: EntityLinker) -> None:
    text = 'El Cezire, "Current TV" kanalını satın aldı. Current TV de kablolu yayın yapıyor.'
    found = linker.resolve(text, [span(text, "Current TV", "ORG"), span(text, "Current TV", "ORG", 1)])
    assert ("ORG", "Current TV") in listed(found)


# --- satellites, firms by their nouns and offices --------------------------------------------------------------------


def test_a_satellite_is_no_name(linker: EntityLinker) -> None:
    text = "Göktürk uydusu yörüngeye oturtuldu. Göktürk uydusunun sinyali alındı."
    assert linker.resolve(text, [span(text, "Göktürk", "PER"), span(text, "Göktürk", "PER", 1)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rumen havayolu Carpatair uçuşlarını durdurdu. Carpatair açıklama yapmadı.", "Carpatair"),
        ("Fransız et kombinası Spanghero skandalın merkezinde. Spanghero suçlamaları reddetti.", "Spanghero"),
    ],
)
def test_an_airline_or_a_plant_before_a_name_makes_it_a_firm(linker: EntityLinker, text: str, name: str) -> None:
    found = linker.resolve(text, [span(text, name, "PER"), span(text, name, "PER", 1)])
    assert listed(found) == {("ORG", name)}


def test_an_office_capitalised_after_a_name_makes_every_mention_the_firm(linker: EntityLinker) -> None:
    text = (
        "Endeavor’ın desteklediği girişimciler büyüyor. Endeavor Yönetim Kurulu Başkanı Özcan Tahincioğlu konuştu. "
        "Endeavor, sermaye kadar önemli."
    )
    spans = [
        span(text, "Endeavor’ın", "PER"),
        span(text, "Endeavor", "ORG", 1),
        span(text, "Endeavor", "PER", 2),
    ]
    found = linker.resolve(text, [*spans, span(text, "Özcan Tahincioğlu", "PER")])
    assert listed(found) == {("ORG", "Endeavor"), ("PER", "Özcan Tahincioğlu")}


def test_a_surname_of_someone_named_in_full_stays_before_an_office(linker: EntityLinker) -> None:
    text = "Koç Yönetim Kurulu Başkanı Mustafa Koç açıklama yaptı. Koç, yatırımların süreceğini söyledi."
    spans = [
        span(text, "Koç", "PER"),
        span(text, "Mustafa Koç", "PER"),
        span(text, "Koç", "PER", 2),
    ]
    assert ("ORG", "Koç") not in listed(linker.resolve(text, spans))


def test_a_kin_word_still_makes_a_body_a_person(linker: EntityLinker) -> None:
    text = "Robinho’nun annesi kaçırıldı."
    assert listed(linker.resolve(text, [span(text, "Robinho’nun", "ORG")])) == {("PER", "Robinho")}


# --- the names helpers -----------------------------------------------------------------------------------------------


def test_mentions_of_one_name_share_a_key_whatever_their_ending_and_case() -> None:
    spans = [
        Span("LOC", 0, 10, "Detroit'te", 0.9),
        Span("LOC", 20, 31, "Detroit'ten", 0.9),
        Span("LOC", 40, 47, "DETROIT", 0.9),
        Span("PER", 50, 55, "Ahmet", 0.9),
    ]
    grouped = mentions_by_name(spans)
    assert [len(group) for group in grouped.values()] == [3, 1]
    assert name_key(spans[0]) == name_key(spans[2])


@pytest.mark.parametrize(
    ("written", "locative_or_ablative", "ablative"),
    [
        ("Detroit'te", True, False),
        ("Detroit'teki", True, False),
        ("Alitalia'dan", True, True),
        ("Detroit’ten", True, True),
        ("Detroit'in", False, False),
        ("Detroit", False, False),
    ],
)
def test_the_locative_and_the_ablative_are_read_once(written: str, locative_or_ablative: bool, ablative: bool) -> None:
    assert (in_locative_or_ablative(written), in_ablative(written)) == (locative_or_ablative, ablative)


def test_a_heads_unmarked_ending_is_read_off_the_head() -> None:
    assert [org_case_ending(w) for w in ("Başsavcılığının", "Bakanlığından", "Bakanlığı", "Ahmet")] == [
        "nın",
        "ndan",
        "",
        "",
    ]
