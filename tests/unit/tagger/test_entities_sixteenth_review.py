"""EntityLinker.resolve on what a sixteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- ranks and relatives before a name --------------------------------------------------------------------------------


def test_a_privates_rank_is_no_part_of_his_name_mid_sentence(linker: EntityLinker) -> None:
    text = "Nöbette intihar eden Er Güven Atay'ın ailesine başsağlığı dilendi."
    spans = [span(text, "Er Güven Atay'ın", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Güven Atay")}


def test_a_branch_before_a_rank_goes_with_it(linker: EntityLinker) -> None:
    text = "Kışlada Jandarma Er Özgür Pala, nöbet sırasında yaralandı."
    spans = [span(text, "Özgür Pala", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Özgür Pala")}


def test_a_master_sergeants_rank_is_no_name(linker: EntityLinker) -> None:
    text = "Törene Başçavuş Ali Demir ve Onbaşı Mehmet Kaya katıldı."
    spans = [span(text, "Başçavuş Ali Demir", "PER"), span(text, "Mehmet Kaya", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ali Demir"), ("PER", "Mehmet Kaya")}


@pytest.mark.parametrize("name", ["Ahmet Er", "Mehmet Çavuş"])
def test_a_rank_after_a_given_name_is_the_surname(linker: EntityLinker, name: str) -> None:
    text = f"Toplantıda {name} konuştu."
    assert listed(linker.resolve(text, [span(text, name, "PER")])) == {("PER", name)}


def test_the_son_before_a_surname_is_the_person_named_in_full(linker: EntityLinker) -> None:
    text = "Ahmet Özal bugün açıklama yaptı. Oğul Özal, toplantıda babasının sözlerini tekrarladı."
    spans = [span(text, "Ahmet Özal", "PER"), span(text, "Oğul Özal", "PER")]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("PER", "Ahmet Özal")}
    assert len(entities[0].mentions) == 2


def test_the_son_is_not_read_into_a_surname_the_model_found_alone(linker: EntityLinker) -> None:
    text = "Baba Taşkın serbest bırakıldı. Oğul Taşkın ise babasını beklerken Muhammet Taşkın ile görüştü."
    spans = [span(text, "Taşkın", "PER"), span(text, "Taşkın", "PER", 1), span(text, "Muhammet Taşkın", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Muhammet Taşkın")}


def test_a_given_name_like_a_relatives_noun_stays_with_no_one_named_so(linker: EntityLinker) -> None:
    text = "Sahnede Baba Zula grubu ve Oğul Demir vardı."
    spans = [span(text, "Oğul Demir", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Oğul Demir")}


# --- rulers' titles and Arabic articles -------------------------------------------------------------------------------


def test_a_rulers_title_before_two_words_is_no_name_whatever_the_model_typed(linker: EntityLinker) -> None:
    text = "Koalisyonun başına Şeyh Moaz el-Hatib getirildi. Davete Şeyh Hamad bin Halife de katıldı."
    spans = [span(text, "Şeyh Moaz el-Hatib", "LOC"), span(text, "Şeyh Hamad bin Halife", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Moaz el-Hatib"), ("PER", "Hamad bin Halife")}


@pytest.mark.parametrize("name", ["Şeyh Galib", "Sultan Nur Ulu"])
def test_a_rulers_title_that_may_be_the_name_stays(linker: EntityLinker, name: str) -> None:
    text = f"Anmada {name} da hatırlandı."
    assert listed(linker.resolve(text, [span(text, name, "PER")])) == {("PER", name)}


def test_a_rank_before_an_arabic_article_is_no_part_of_the_surname(linker: EntityLinker) -> None:
    text = "Örgütün lideri Riyad el-Esad konuştu. Albay el-Esad, birlikleriyle Halep'te."
    spans = [span(text, "Riyad el-Esad", "PER"), span(text, "Esad", "PER", 1), span(text, "Halep'te", "LOC")]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("PER", "Riyad el-Esad"), ("LOC", "Halep")}


# --- a town for its club in sports copy -------------------------------------------------------------------------------

_SPORT = " Takımın teknik direktörü maçtan sonra konuştu."


def test_a_club_the_lists_know_is_the_club_in_a_sports_story_not_the_town(linker: EntityLinker) -> None:
    text = "Başkan, Emerson'u Benfica'dan alıyorsun dedi." + _SPORT
    spans = [span(text, "Emerson'u", "PER"), span(text, "Benfica'dan", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Emerson"), ("ORG", "Benfica")}


def test_a_club_the_lists_know_stays_the_town_outside_sport(linker: EntityLinker) -> None:
    text = "Turistler Lizbon'un Benfica semtinde konakladı."
    spans = [span(text, "Lizbon'un", "LOC"), span(text, "Benfica", "LOC")]
    assert ("LOC", "Benfica") in listed(linker.resolve(text, spans))


def test_a_town_against_which_a_match_is_played_is_its_club(linker: EntityLinker) -> None:
    text = "Oyuncu, cumartesi günü Hamburg'a karşı oynanan maçta kırmızı kart gördü." + _SPORT
    spans = [span(text, "Hamburg'a", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Hamburg")}


def test_a_town_one_longs_for_is_no_side(linker: EntityLinker) -> None:
    text = "Sanatçı, İstanbul'a karşı duyduğu özlemi anlattı."
    spans = [span(text, "İstanbul'a", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "İstanbul")}


def test_a_town_read_as_a_side_is_the_club_wherever_the_sports_story_names_it_bare(linker: EntityLinker) -> None:
    text = "Sivas maçı öncesi açıklama. Hoca, Sivas gibi güçlü bir rakibi yenmek istiyor. Takım Sivas'ta kamp yaptı."
    text += _SPORT
    spans = [span(text, "Sivas", "LOC"), span(text, "Sivas", "LOC", 1), span(text, "Sivas'ta", "LOC")]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("ORG", "Sivas"), ("LOC", "Sivas")}
    place = next(e for e in entities if e.type == "LOC")
    assert [m.text for m in place.mentions] == ["Sivas'ta"]  # where the team camped


# --- spaced initials --------------------------------------------------------------------------------------------------


def test_spaced_initials_after_a_role_name_a_person(linker: EntityLinker) -> None:
    text = "Polis, şüpheli M. K. ile A. I. isimli kişileri gözaltına aldı. Yaralı A. E. E. (19) hastaneye kaldırıldı."
    assert listed(linker.resolve(text, [])) == {("PER", "M. K."), ("PER", "A. I."), ("PER", "A. E. E.")}


def test_initials_open_a_text(linker: EntityLinker) -> None:
    text = "M.K. (45) yaralandı. Şüpheli H.T. ise kaçtı."
    assert listed(linker.resolve(text, [])) == {("PER", "M.K."), ("PER", "H.T.")}


# --- knowledge base 1.25.0 --------------------------------------------------------------------------------------------


def test_the_knowledge_base_of_a_sixteenth_review(linker: EntityLinker) -> None:
    text = (
        "Sarkozy açıklama yaptı. Görüşme TRT 6 ekranlarında yayımlandı. Heyet İmralı'ya gitti. "
        "Karar Avrupa İnsan Hakları Sözleşmesi (AİHS) kapsamında. Sikorsky helikopterleri indi."
    )
    spans = [
        span(text, "Sarkozy", "LOC"),
        span(text, "TRT", "ORG"),
        span(text, "İmralı'ya", "PER"),
        span(text, "AİHS", "ORG"),
        span(text, "Sikorsky", "PER"),
    ]
    assert listed(linker.resolve(text, spans)) == {
        ("PER", "Nicolas Sarkozy"),
        ("ORG", "TRT 6"),
        ("LOC", "İmralı"),
        ("ORG", "Sikorsky"),
    }


def test_a_rank_that_is_a_surname_opens_no_person_before_a_common_word(linker: EntityLinker) -> None:
    text = "Araç yürüyemez hale gelince Er Motor isimli servise girdi."
    assert listed(linker.resolve(text, [span(text, "Er Motor", "ORG")])) == {("ORG", "Er Motor")}


def test_a_rank_that_is_a_surname_ends_a_name_of_three_words(linker: EntityLinker) -> None:
    text = "İstanbul birincisi olan Ubeyd Yavuz Er, marşı okudu."
    assert ("PER", "Ubeyd Yavuz Er") in listed(linker.resolve(text, [span(text, "Ubeyd Yavuz Er", "PER")]))


def test_a_given_name_and_a_rank_that_is_a_surname_name_someone_the_model_missed(linker: EntityLinker) -> None:
    text = "İşe hemen adapte oldum. Cengiz Er yönetiminde uyumlu bir ekibiz."
    assert listed(linker.resolve(text, [])) == {("PER", "Cengiz Er")}


def test_a_club_the_lists_know_listed_with_places_is_the_town(linker: EntityLinker) -> None:
    text = "Futbolcu Messi'nin rol aldığı reklamın çekimleri Barcelona ve İstanbul'da yapıldı." + _SPORT
    spans = [span(text, "Messi'nin", "PER"), span(text, "Barcelona", "LOC"), span(text, "İstanbul'da", "LOC")]
    assert ("LOC", "Barcelona") in listed(linker.resolve(text, spans))


def test_a_bet_against_a_country_is_no_match_outside_sport(linker: EntityLinker) -> None:
    text = "Başkan, Amerika'ya karşı bahis oynayan herkes kaybetti dedi."
    assert listed(linker.resolve(text, [span(text, "Amerika'ya", "LOC")])) == {("LOC", "Amerika Birleşik Devletleri")}


# --- names the lists know with a suffixed company word ----------------------------------------------------------------


def test_a_firm_ending_in_a_company_word_with_a_case_ending_is_not_cut_to_a_known_prefix(linker: EntityLinker) -> None:
    text = "Katılımcıların çoğu Yapı Kredi Emeklilik'ten ayrıldı."
    spans = [span(text, "Yapı Kredi Emeklilik'ten", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Yapı Kredi Emeklilik")}
