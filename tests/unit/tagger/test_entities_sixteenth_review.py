"""EntityLinker.resolve on what a sixteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- ranks before a name ----------------------------------------------------------------------------------------------


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


def test_the_son_before_a_surname_stays_the_son_not_the_father_named_in_full(linker: EntityLinker) -> None:
    # (a first version read "Oğul Özal" as the one Özal named in full, here the father: the code review's finding)
    text = "Turgut Özal 1989'da cumhurbaşkanı seçildi. Oğul Özal, babasının mirasını anlatan bir kitap yazdı."
    spans = [span(text, "Turgut Özal", "PER"), span(text, "Oğul Özal", "PER")]
    assert ("PER", "Oğul Özal") in listed(linker.resolve(text, spans))


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


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Katılımcıların çoğu Yapı Kredi Emeklilik'ten ayrıldı.", "Yapı Kredi Emeklilik'ten", "Yapı Kredi Emeklilik"),
        ("Ortağı KYK Yapı Kimyasalları'nın yöneticisi oldu.", "KYK Yapı Kimyasalları'nın", "KYK Yapı Kimyasalları"),
    ],
)
def test_a_firm_ending_in_a_company_word_with_a_case_ending_is_not_cut_to_a_known_prefix(
    linker: EntityLinker, text: str, written: str, name: str
) -> None:
    assert listed(linker.resolve(text, [span(text, written, "ORG")])) == {("ORG", name)}


# --- the Sun and the wind ---------------------------------------------------------------------------------------------


def test_the_sun_in_an_article_about_the_sky_is_a_place(linker: EntityLinker) -> None:
    text = "Güneş'te büyük bir patlama görüntülendi. Merkür, Güneş'e en yakın gezegen."
    spans = [span(text, "Güneş'te", "PER"), span(text, "Merkür", "LOC"), span(text, "Güneş'e", "PER")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Güneş"), ("LOC", "Merkür")}


def test_a_person_named_gunes_stays_a_person_away_from_the_sky(linker: EntityLinker) -> None:
    text = "Şarkıcı Güneş yeni albümünü tanıttı. Albüm yarın çıkacak."
    assert listed(linker.resolve(text, [span(text, "Güneş", "PER")])) == {("PER", "Güneş")}


def test_the_wind_opening_a_weather_reports_sentence_is_no_one(linker: EntityLinker) -> None:
    text = "Yurt genelinde hava parçalı bulutlu olacak. Rüzgar, kuzey yönlerden hafif, ara sıra orta kuvvette esecek."
    assert listed(linker.resolve(text, [span(text, "Rüzgar", "PER")])) == set()


def test_an_actor_named_ruzgar_stays_a_person(linker: EntityLinker) -> None:
    text = "Dizinin bu haftaki bölümünde Rüzgar ile Derin arasında yakınlaşma yaşanıyor. Rüzgar, Derin'e açıldı."
    spans = [span(text, "Rüzgar", "PER"), span(text, "Derin", "PER"), span(text, "Rüzgar", "PER", 1)]
    assert ("PER", "Rüzgar") in listed(linker.resolve(text, spans))


# --- the first code review's findings ---------------------------------------------------------------------------------


def test_a_town_named_with_no_clubs_word_near_stays_the_town_in_a_sports_story(linker: EntityLinker) -> None:
    text = "Takım, Sivas'a karşı oynanan maçta iki gol attı. Sivas'ın soğuğu zorladı, Sivas Valisi de tribündeydi."
    spans = [span(text, "Sivas'a", "LOC"), span(text, "Sivas'ın", "LOC"), span(text, "Sivas", "LOC", 2)]
    assert listed(linker.resolve(text + _SPORT, spans)) == {("ORG", "Sivas"), ("LOC", "Sivas")}


def test_a_club_the_lists_know_in_a_places_case_is_the_town_where_one_travels(linker: EntityLinker) -> None:
    text = "Messi, Barcelona'dan Paris'e uçtu." + _SPORT
    spans = [span(text, "Messi", "PER"), span(text, "Barcelona'dan", "LOC"), span(text, "Paris'e", "LOC")]
    assert ("LOC", "Barcelona") in listed(linker.resolve(text, spans))


def test_a_country_read_as_a_side_stays_the_country_elsewhere(linker: EntityLinker) -> None:
    text = "Milliler, Almanya'ya karşı oynanan maçta yenildi. Almanya ekonomisi ise büyüdü." + _SPORT
    spans = [span(text, "Almanya'ya", "LOC"), span(text, "Almanya", "LOC", 1)]
    assert ("LOC", "Almanya") in listed(linker.resolve(text, spans))


def test_the_states_initials_spaced_are_no_one(linker: EntityLinker) -> None:
    text = "Polis, 45 yaşındaki T. C. vatandaşı bir kişiyi gözaltına aldı."
    assert listed(linker.resolve(text, [])) == set()


def test_the_private_pension_system_is_no_firm(linker: EntityLinker) -> None:
    text = "Bireysel Emeklilik'te katılımcı sayısı arttı."
    assert listed(linker.resolve(text, [span(text, "Bireysel Emeklilik'te", "ORG")])) == set()


@pytest.mark.parametrize("name", ["Kral Abdullah Ekonomik Şehri", "Sultan Nur Ulu", "Prens Adaları"])
def test_a_rulers_title_opening_a_place_makes_no_person(linker: EntityLinker, name: str) -> None:
    text = f"Yatırım {name}'nda yapılacak."
    found = listed(linker.resolve(text, [span(text, f"{name}'nda", "LOC")]))
    assert not any(kind == "PER" for kind, _name in found)


def test_a_title_that_is_a_surname_inside_a_run_cuts_no_name(linker: EntityLinker) -> None:
    text = "Toplantıda Yusuf Emir Kaya konuştu."
    assert ("PER", "Yusuf Emir") not in listed(linker.resolve(text, []))


@pytest.mark.parametrize("text", ["Haberi TRT 2 gün önce duyurdu.", "TRT 1 milyon lira ceza ödedi."])
def test_a_channels_number_is_no_count(linker: EntityLinker, text: str) -> None:
    assert listed(linker.resolve(text, [span(text, "TRT", "ORG")])) == {("ORG", "TRT")}


def test_a_body_takes_no_number_it_is_not_listed_with(linker: EntityLinker) -> None:
    text = "Aselsan 3 yeni sözleşme imzaladı."
    assert listed(linker.resolve(text, [span(text, "Aselsan", "ORG")])) == {("ORG", "ASELSAN")}


def test_a_rulers_title_is_cut_from_a_place_the_types_made_a_person_after_widening(linker: EntityLinker) -> None:
    text = "Elmasın yeni sahibi Şeyh Hamad bin Halife oldu."
    spans = [span(text, "Şeyh Hamad", "LOC", confidence=0.6)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Hamad bin Halife")}


# --- the second code review's findings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NASA'da çalışan bilim insanı Ayşe Güneş ödül aldı. Güneş, gezegen araştırmasının ekibini övdü.",
        "Teknik direktör Şenol Güneş sezonu değerlendirdi. Güneş, takımı başarı yörüngesine oturttuklarını söyledi.",
    ],
)
def test_a_person_named_gunes_stays_a_person_near_a_sky_word(linker: EntityLinker, text: str) -> None:
    full = next(w for w in ("Ayşe Güneş", "Şenol Güneş") if w in text)
    spans = [span(text, full, "PER"), span(text, "Güneş", "PER", 1)]
    found = listed(linker.resolve(text, spans))
    assert ("PER", full) in found
    assert ("LOC", "Güneş") not in found


def test_a_character_named_ruzgar_stays_with_a_light_smile(linker: EntityLinker) -> None:
    text = "Bu hafta dizide heyecan dorukta. Rüzgar, hafif bir gülümsemeyle Derin'in yanına oturuyor."
    spans = [span(text, "Rüzgar", "PER"), span(text, "Derin'in", "PER")]
    assert ("PER", "Rüzgar") in listed(linker.resolve(text, spans))


def test_an_election_story_is_no_sports_story(linker: EntityLinker) -> None:
    text = (
        "AK Parti, Başakşehir'de büyük bir galibiyet aldı. CHP ise genel tabloda mağlubiyetten kurtulamadı. "
        "Partiler birlik ve beraberlik mesajı verdi."
    )
    spans = [span(text, "AK Parti", "ORG"), span(text, "Başakşehir'de", "LOC"), span(text, "CHP", "ORG")]
    assert ("LOC", "Başakşehir") in listed(linker.resolve(text, spans))


def test_a_club_signed_for_is_the_club(linker: EntityLinker) -> None:
    text = "Futbolcu Benfica'ya imza attı." + _SPORT
    assert listed(linker.resolve(text, [span(text, "Benfica'ya", "LOC")])) == {("ORG", "Benfica")}


def test_two_clubs_that_are_towns_too_are_clubs(linker: EntityLinker) -> None:
    text = "Barcelona ve Valencia arasındaki karşılaşma golsüz bitti." + _SPORT
    spans = [span(text, "Barcelona", "LOC"), span(text, "Valencia", "LOC")]
    assert ("ORG", "Barcelona") in listed(linker.resolve(text, spans))


@pytest.mark.parametrize("text", ["Kanal 7 binasında yangın çıktı.", "Kanal 7 aynı saatte yeni bölümü yayınladı."])
def test_a_channels_number_before_a_word_opening_like_a_count_stays(linker: EntityLinker, text: str) -> None:
    assert listed(linker.resolve(text, [span(text, "Kanal", "ORG")])) == {("ORG", "Kanal 7")}


def test_a_rank_that_is_a_surname_before_a_place_ends_the_name(linker: EntityLinker) -> None:
    text = "Toplantıda Ahmet Er Ankara'daki projeleri anlattı."
    assert ("PER", "Ahmet Er") in listed(linker.resolve(text, []))


def test_an_acronym_defined_after_a_closing_quote_is_the_body_not_a_namesake(linker: EntityLinker) -> None:
    text = "ABD merkezli ‘Deep Space Industries’ (DSI) şirketi kuruldu. DSI yetkilileri açıklama yaptı."
    spans = [span(text, "Deep Space Industries", "ORG"), span(text, "DSI", "ORG"), span(text, "DSI", "ORG", 1)]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Deep Space Industries") in found
    assert ("ORG", "Devlet Su İşleri") not in found


def test_a_champions_league_story_is_a_sports_story(linker: EntityLinker) -> None:
    text = "Şampiyonlar Ligi'ndeki Deplasmanda çıta yüksek. Barcelona'nın gruptan çıkması kesinleşti."
    assert listed(linker.resolve(text, [span(text, "Barcelona'nın", "LOC")])) == {("ORG", "Barcelona")}
