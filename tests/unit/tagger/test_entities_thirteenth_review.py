"""EntityLinker.resolve on what a thirteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.heads import head_type, kind_after
from newswire_tagger.entities.names import strip_org_case_ending
from newswire_tagger.ner import split_sentences

from tests.unit.tagger.labelled import listed, span


def resolved(linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]]) -> set[tuple[str, str]]:
    """The (type, name) pairs the linker makes of the spans, each the first occurrence of its words."""
    return listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))


# --- a headline's short form, a surname the lists know as a place by its letters only -------------------------------


def test_a_headlines_short_form_of_a_name_the_body_writes_in_full_is_that_person(linker: EntityLinker) -> None:
    text = "Zeynep Ece terk edildi\n\nZeynep Ece Korkmaz, nişanlısından ayrıldığını doğruladı."
    spans = [span(text, "Zeynep Ece", "PER"), span(text, "Zeynep Ece Korkmaz", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Zeynep Ece Korkmaz")}


def test_a_short_form_before_the_full_name_in_the_body_stays_a_name_of_its_own(linker: EntityLinker) -> None:
    # (no headline: a fuller name only later is as often two names glued)
    text = "Zeynep Ece terk edildi. Zeynep Ece Korkmaz, nişanlısından ayrıldığını doğruladı."
    spans = [span(text, "Zeynep Ece", "PER"), span(text, "Zeynep Ece Korkmaz", "PER")]
    assert ("PER", "Zeynep Ece") in listed(linker.resolve(text, spans))


def test_a_surname_the_lists_know_as_a_place_only_by_its_folded_letters_is_the_person(linker: EntityLinker) -> None:
    text = "Şarkıcı Nevin Sam sahneye çıktı. Enerjik olan Sam, konseri türkülerle bitirdi."
    spans = [span(text, "Nevin Sam", "PER"), span(text, "Sam", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Nevin Sam")}


def test_a_place_written_as_the_lists_write_it_stays_the_place(linker: EntityLinker) -> None:
    # (Şam itself, Damascus, is no surname of Nevin Sam: the letters differ as written)
    text = "Şarkıcı Nevin Sam sahneye çıktı. Şam, Suriye'nin başkentidir."
    spans = [span(text, "Nevin Sam", "PER"), span(text, "Şam", "PER")]
    assert ("LOC", "Şam") in listed(linker.resolve(text, spans))


# --- works, languages, peoples ------------------------------------------------------------------------------------


def test_a_quoted_title_before_a_works_noun_is_no_one_in_every_quoted_mention(linker: EntityLinker) -> None:
    text = "Yönetmen çekime başladı. “Kader” filminin tohumları atıldı. “Kader” dünyanın gözbebeği oldu."
    spans = [span(text, "Kader", "PER"), span(text, "Kader", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == set()


def test_a_name_quoted_once_before_a_works_noun_and_written_bare_elsewhere_stays(linker: EntityLinker) -> None:
    # (the bare mention is the person: Kader Ay acts in her film)
    text = "Oyuncu Kader çekime başladı. “Kader” filminin tohumları atıldı."
    spans = [span(text, "Kader", "PER"), span(text, "Kader", "PER", 1)]
    assert ("PER", "Kader") in listed(linker.resolve(text, spans))


@pytest.mark.parametrize(
    ("word", "text"), [("Grekçe", "Grekçe'yi daha çok kullandı."), ("Çingenece", "Çingenece de konuşulur.")]
)
def test_a_peoples_word_with_a_languages_ending_is_no_name(linker: EntityLinker, word: str, text: str) -> None:
    assert listed(linker.resolve(text, [span(text, word, "LOC")])) == set()


def test_a_given_name_ending_like_a_language_stays_a_person(linker: EntityLinker) -> None:
    text = "Gökçe Yıldız dün açıklama yaptı. Gökçe, kararından memnun olduğunu söyledi."
    spans = [span(text, "Gökçe Yıldız", "PER"), span(text, "Gökçe", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Gökçe Yıldız")}


# --- origins, reports, chambers, groups, towers -------------------------------------------------------------------


def test_a_place_said_of_a_persons_origin_is_cut_from_the_name(linker: EntityLinker) -> None:
    text = "Babam Hasan Yörük Girit göçmeni, annem Ankaralı."
    found = linker.resolve(text, [span(text, "Hasan Yörük Girit", "PER")])
    assert listed(found) == {("PER", "Hasan Yörük"), ("LOC", "Girit")}


def test_a_nationality_before_an_origins_noun_is_still_taken_off_not_made_a_place(linker: EntityLinker) -> None:
    text = "Ünlü aktör Hasan Yörük Türk asıllı bir aileden geliyor."
    found = linker.resolve(text, [span(text, "Hasan Yörük Türk", "PER")])
    assert listed(found) == {("PER", "Hasan Yörük")}


def test_a_two_word_name_before_an_origins_noun_is_left_whole(linker: EntityLinker) -> None:
    # (two words: a given name and a surname that may be a town's)
    text = "Sanatçı Hasan Girit göçmeni bir aileden geliyor."
    assert ("PER", "Hasan Girit") in listed(linker.resolve(text, [span(text, "Hasan Girit", "PER")]))


def test_a_place_in_the_genitive_before_a_reports_noun_is_a_paper(linker: EntityLinker) -> None:
    text = "Yarın'ın haberine göre bakanlar toplandı."
    assert listed(linker.resolve(text, [span(text, "Yarın'ın", "LOC")])) == {("ORG", "Yarın")}


def test_a_country_before_a_reports_noun_stays_the_country(linker: EntityLinker) -> None:
    text = "Rusya'nın haberine göre görüşme ertelendi."
    assert listed(linker.resolve(text, [span(text, "Rusya'nın", "LOC")])) == {("LOC", "Rusya")}


@pytest.mark.parametrize(("word", "head"), [("TSO", "ORG"), ("TSO'nun", "ORG"), ("Tsonga", None), ("Towers", "LOC")])
def test_a_chambers_acronym_and_a_tower_head_a_name(word: str, head: str | None) -> None:
    assert head_type(word) == head


def test_a_town_and_its_chambers_acronym_are_the_chamber(linker: EntityLinker) -> None:
    text = "Proje, Diyarbakır TSO ile Prato TSO arasında yürütülecek."
    spans: list[tuple[str, EntityType]] = [("Diyarbakır TSO", "LOC"), ("Prato TSO", "PER")]
    assert resolved(linker, text, spans) == {("ORG", "Diyarbakır TSO"), ("ORG", "Prato TSO")}


def test_a_tennis_players_surname_opening_with_the_chambers_letters_stays_his(linker: EntityLinker) -> None:
    text = "Fransız tenisçi Wilfried Tsonga finale yükseldi."
    assert listed(linker.resolve(text, [span(text, "Wilfried Tsonga", "PER")])) == {("PER", "Wilfried Tsonga")}


@pytest.mark.parametrize(
    ("word", "kind"), [("grubunu", "ORG"), ("grubu", "ORG"), ("grubunun", "ORG"), ("grubun", None)]
)
def test_a_groups_possessive_after_a_name_says_a_band_its_bare_genitive_does_not(word: str, kind: str | None) -> None:
    assert kind_after(word) == kind


def test_a_name_before_a_groups_noun_is_a_band(linker: EntityLinker) -> None:
    text = "Gençler Alcaband grubunu dinlemek için salona geldi."
    assert listed(linker.resolve(text, [span(text, "Alcaband", "PER")])) == {("ORG", "Alcaband")}


def test_a_leagues_group_named_by_a_colour_is_no_body(linker: EntityLinker) -> None:
    text = "Spor Toto 2. Lig Beyaz Grup'ta liderlik yarışı sürüyor."
    assert listed(linker.resolve(text, [span(text, "Lig Beyaz Grup'ta", "ORG")])) == set()


@pytest.mark.parametrize("text", ["Üsküdar Vapur Faciası anıldı.", "Soma Maden Kazası davası sürüyor."])
def test_an_accident_or_a_catastrophe_is_no_place(linker: EntityLinker, text: str) -> None:
    words = " ".join(text.split()[:3])
    assert listed(linker.resolve(text, [span(text, words, "LOC")])) == set()


# --- lists, numbers, particles, abbreviations ---------------------------------------------------------------------


def test_a_one_word_member_of_a_list_of_people_the_model_read_unsure_as_a_place_is_a_person(
    linker: EntityLinker,
) -> None:
    text = "Hoca, Cech, Vittek, Henrique gibi yabancıların takım bulmasını istedi."
    spans = [
        span(text, "Cech", "PER"),
        span(text, "Vittek", "LOC", confidence=0.44),
        span(text, "Henrique", "PER"),
    ]
    assert listed(linker.resolve(text, spans)) == {("PER", "Cech"), ("PER", "Vittek"), ("PER", "Henrique")}


def test_a_country_among_people_stays_a_country(linker: EntityLinker) -> None:
    text = "Toplantıya Merkel, Sarkozy, Belçika ve Obama katıldı."
    spans = [
        span(text, "Merkel", "PER"),
        span(text, "Sarkozy", "PER"),
        span(text, "Belçika", "LOC", confidence=0.5),
        span(text, "Obama", "PER"),
    ]
    assert ("LOC", "Belçika") in listed(linker.resolve(text, spans))


def test_a_place_the_model_was_sure_of_among_people_stays_a_place(linker: EntityLinker) -> None:
    text = "Toplantıya Merkel, Sarkozy, Vittek ve Obama katıldı."
    spans = [
        span(text, "Merkel", "PER"),
        span(text, "Sarkozy", "PER"),
        span(text, "Vittek", "LOC", confidence=0.95),
        span(text, "Obama", "PER"),
    ]
    assert ("LOC", "Vittek") in listed(linker.resolve(text, spans))


def test_a_number_opening_a_known_clubs_name_joins_it(linker: EntityLinker) -> None:
    text = "Takım deplasmanda karşılaştığı 1461 Trabzon maçından puanla döndü."
    assert listed(linker.resolve(text, [span(text, "Trabzon", "ORG")])) == {("ORG", "1461 Trabzon")}


def test_a_number_before_a_town_no_list_joins_it_to_stays_apart(linker: EntityLinker) -> None:
    text = "Kazada 2 Trabzon plakalı araç devrildi."
    assert listed(linker.resolve(text, [span(text, "Trabzon", "LOC")])) == {("LOC", "Trabzon")}


def test_a_portuguese_surname_after_de_joins_the_persons_name(linker: EntityLinker) -> None:
    text = "Kulüp başkanı Vilson Ribeiro de Andrade'ye teklif götürdü."
    spans = [span(text, "Vilson Ribeiro", "PER"), span(text, "Andrade'ye", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Vilson Ribeiro de Andrade")}


@pytest.mark.parametrize(
    "text",
    [
        "Törende Ord. Prof. Dr. Cahit Arf anıldı.",
        "Torunlar Gıda San. Tic. A.Ş. ile anlaşma imzalandı.",
    ],
)
def test_ordinarius_and_a_firms_dotted_words_end_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_a_generic_bodys_case_ending_without_an_apostrophe_still_names_no_body(linker: EntityLinker) -> None:
    text = "Genel Kurulun sonunda başkan yeniden seçildi."
    assert listed(linker.resolve(text, [span(text, "Genel Kurulun", "ORG")])) == set()


def test_a_titled_person_opening_a_run_is_the_subject_not_a_member_of_a_list(linker: EntityLinker) -> None:
    text = "Konuşan Şehitler Bakanı Aram Ahmet, Enfal ve Halepçe şehitlerini andı."
    spans = [
        span(text, "Aram Ahmet", "PER"),
        span(text, "Enfal", "PER"),
        span(text, "Halepçe", "LOC", confidence=0.6),
    ]
    assert ("LOC", "Halepçe") in listed(linker.resolve(text, spans))


def test_a_common_word_among_people_stays_what_the_model_read(linker: EntityLinker) -> None:
    text = "Galata Kuledibi, Tünel, Şişhane merkezden çevreye gelişiyor."
    spans = [
        span(text, "Galata Kuledibi", "PER"),
        span(text, "Tünel", "LOC", confidence=0.5),
        span(text, "Şişhane", "PER"),
    ]
    assert ("PER", "Tünel") not in listed(linker.resolve(text, spans))


def test_a_firms_abbreviated_sector_words_end_no_sentence() -> None:
    assert len(split_sentences("Caprisgold Tur. İnş. Tic. A.Ş.'nin arsası satıldı.")) == 1


# --- second draws (seeds 213-218) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rüzgarın Güney ve Güney Batı yönlerden esmesi bekleniyor.", "Güney Batı"),
        ("Rüzgarın Güney ve Güney Batı yönlerden esmesi bekleniyor.", "Güney"),
        ("Yarın Kuzey kesimlerde yağmur görülecek.", "Kuzey"),
    ],
)
def test_a_compass_point_before_a_directions_noun_is_no_place(linker: EntityLinker, text: str, words: str) -> None:
    assert listed(linker.resolve(text, [span(text, words, "LOC")])) == set()


def test_a_regions_name_before_a_parts_noun_stays_a_place(linker: EntityLinker) -> None:
    text = "Doğu Anadolu kesimlerinde kar bekleniyor."
    assert listed(linker.resolve(text, [span(text, "Doğu Anadolu", "LOC")])) == {("LOC", "Doğu Anadolu")}


@pytest.mark.parametrize(
    ("text", "words"),
    [("Uzmanlar Ağrı kesiciler konusunda uyardı.", "Ağrı"), ("Brüksel lahanası sağlıklıdır.", "Brüksel")],
)
def test_a_place_in_a_common_nouns_compound_is_no_place(linker: EntityLinker, text: str, words: str) -> None:
    assert listed(linker.resolve(text, [span(text, words, "LOC")])) == set()


def test_the_place_itself_beside_its_compound_stays(linker: EntityLinker) -> None:
    text = "Ağrı'da kar yağışı etkili oldu, Brüksel'de toplantı yapıldı."
    spans = [span(text, "Ağrı'da", "LOC"), span(text, "Brüksel'de", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Ağrı"), ("LOC", "Brüksel")}


def test_a_portfolio_before_its_ministers_word_is_no_person(linker: EntityLinker) -> None:
    text = "ABD Gazi İşleri Bakanı Eric Shinseki istifa etti."
    spans = [span(text, "Gazi İşleri", "PER"), span(text, "Eric Shinseki", "PER")]
    assert ("PER", "Gazi İşleri") not in listed(linker.resolve(text, spans))


@pytest.mark.parametrize(("word", "head"), [("Adalar", "LOC"), ("Süreci", None), ("Dersi", None), ("Dersim", None)])
def test_the_islands_plural_heads_a_place_and_a_process_none(word: str, head: str | None) -> None:
    assert head_type(word) == head


def test_a_street_named_after_a_given_name_is_a_place(linker: EntityLinker) -> None:
    text = "Ekber Sokak'ta yaşayanlar tepki gösterdi."
    assert listed(linker.resolve(text, [span(text, "Ekber Sokak'ta", "PER")])) == {("LOC", "Ekber Sokak")}


def test_a_streets_word_inside_a_title_heads_nothing(linker: EntityLinker) -> None:
    text = "Başkanlık Seçimi Sokak Dövüşü adlı oyun çıktı."
    found = listed(linker.resolve(text, [span(text, "Başkanlık Seçimi Sokak", "ORG")]))
    assert ("LOC", "Başkanlık Seçimi Sokak") not in found


def test_a_process_after_a_place_is_none_but_dersim_is_a_place(linker: EntityLinker) -> None:
    text = "Tunceli'nin eski adı Dersim'dir. Dersim'de anma yapıldı."
    assert ("LOC", "Dersim") in listed(linker.resolve(text, [span(text, "Dersim'de", "LOC")]))


@pytest.mark.parametrize(("text", "words"), [("Oslo Süreci yeniden gündemde.", "Oslo Süreci")])
def test_a_process_is_no_place(linker: EntityLinker, text: str, words: str) -> None:
    assert listed(linker.resolve(text, [span(text, words, "LOC")])) == set()


def test_a_crosshead_in_capitals_with_the_article_bir_names_no_one(linker: EntityLinker) -> None:
    text = "CESUR BİR KARAR\n\nKurul toplandı."
    assert listed(linker.resolve(text, [span(text, "CESUR BİR", "PER")])) == set()


@pytest.mark.parametrize(("word", "stem"), [("Partiyi", "Parti"), ("Partinin", "Parti"), ("Partili", "Partili")])
def test_a_partys_bare_head_loses_its_case_ending(word: str, stem: str) -> None:
    assert strip_org_case_ending(word) == stem


def test_a_party_named_with_a_case_ending_glued_on_is_found(linker: EntityLinker) -> None:
    text = "MHP, AK Partiyi eleştirdi."
    assert ("ORG", "AK Parti") in listed(linker.resolve(text, [span(text, "MHP", "ORG")]))


def test_a_titled_surname_glued_to_a_place_in_a_places_case_is_the_person_then_the_place(linker: EntityLinker) -> None:
    text = "Başbakan Reinfeldt Stockholm'de konuştu."
    found = linker.resolve(text, [span(text, "Reinfeldt Stockholm'de", "LOC")])
    assert listed(found) == {("PER", "Reinfeldt"), ("LOC", "Stockholm")}


def test_a_titled_persons_name_ending_in_a_given_name_is_left_whole(linker: EntityLinker) -> None:
    text = "Başkan Ahmet Can'a teşekkür etti."
    assert listed(linker.resolve(text, [span(text, "Ahmet Can'a", "PER")])) == {("PER", "Ahmet Can")}


def test_a_european_particle_after_a_persons_name_takes_the_surname(linker: EntityLinker) -> None:
    text = "Uzmanlardan Carlo la Vecchia konuştu."
    assert listed(linker.resolve(text, [span(text, "Carlo", "PER")])) == {("PER", "Carlo la Vecchia")}


# --- the code review's cases ----------------------------------------------------------------------------------------


def test_a_quoted_title_is_no_one_where_its_other_mention_is_in_capitals_before_a_works_noun(
    linker: EntityLinker,
) -> None:
    # (the capitals mention is no quotation: only the works' noun after it says it is the title)
    text = "Yönetmen “Kader” filminin çekimine başladı.\n\nKADER FİLMİNİ ÇALDILAR dedi."
    spans = [span(text, "Kader", "PER"), span(text, "KADER", "PER")]
    assert listed(linker.resolve(text, spans)) == set()


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("Gazeteci Ahmet Yılmaz Kuzey Kıbrıs doğumlu.", "Ahmet Yılmaz Kuzey Kıbrıs", None),
        ("Babam Ahmet Hakan Coşkun doğumlu değil.", "Ahmet Hakan Coşkun", "Ahmet Hakan Coşkun"),
    ],
)
def test_an_origins_noun_cuts_off_only_a_one_word_place_the_lists_know(
    linker: EntityLinker, text: str, words: str, person: str | None
) -> None:
    found = listed(linker.resolve(text, [span(text, words, "PER")]))
    assert ("LOC", "Kıbrıs") not in found
    assert ("LOC", "Coşkun") not in found
    if person is not None:
        assert ("PER", person) in found


@pytest.mark.parametrize("town", ["Bursa", "Halep"])
def test_a_city_among_people_stays_a_city(linker: EntityLinker, town: str) -> None:
    text = f"Toplantıya Merkel, Sarkozy, {town} ve Obama katıldı."
    spans = [
        span(text, "Merkel", "PER"),
        span(text, "Sarkozy", "PER"),
        span(text, town, "LOC", confidence=0.5),
        span(text, "Obama", "PER"),
    ]
    assert ("LOC", town) in listed(linker.resolve(text, spans))


@pytest.mark.parametrize("text", ["Ankara'nın haberine göre toplantı ertelendi.", "Kadıköy'ün haberini verdi."])
def test_a_known_place_before_a_reports_noun_stays_the_place(linker: EntityLinker, text: str) -> None:
    words = text.split(maxsplit=1)[0]
    assert {kind for kind, _name in listed(linker.resolve(text, [span(text, words, "LOC")]))} == {"LOC"}


def test_a_colour_named_group_outside_a_league_is_a_company(linker: EntityLinker) -> None:
    text = "Şirket, Yeşil Grup adıyla yeni bir holding kurdu."
    assert listed(linker.resolve(text, [span(text, "Yeşil Grup", "ORG")])) == {("ORG", "Yeşil Grup")}


def test_a_number_after_a_hyphen_still_opens_a_known_clubs_name(linker: EntityLinker) -> None:
    text = "Maçta Galatasaray-1461 Trabzon karşılaşması oynandı."
    spans = [span(text, "Galatasaray", "ORG"), span(text, "Trabzon", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Galatasaray"), ("ORG", "1461 Trabzon")}


def test_a_headlines_verb_in_capitals_after_a_bodys_head_is_no_acronym(linker: EntityLinker) -> None:
    text = "SAĞLIK BAKANLIĞI UYARIYOR\n\nBakanlık açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, "SAĞLIK BAKANLIĞI UYARIYOR", "ORG")]))
    assert not any(name == "UYARIYOR" for _kind, name in found)


@pytest.mark.parametrize("text", ["Bolivya'nın başkenti La Paz. Ülkede seçim yapıldı.", "Son etapta Tur. Sonra ara."])
def test_a_words_dot_that_is_no_firms_abbreviation_ends_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == (1 if "Tur." in text else 2)


def test_a_surname_in_a_places_case_with_ki_stays_the_place(linker: EntityLinker) -> None:
    text = "Şarkıcı Nevin Sam sahneye çıktı. Sam'daki konser iptal edildi."
    spans = [span(text, "Nevin Sam", "PER"), span(text, "Sam'daki", "PER")]
    assert ("PER", "Nevin Sam") in listed(linker.resolve(text, spans))
    assert len(linker.resolve(text, spans)) == 2 or ("LOC", "Şam") in listed(linker.resolve(text, spans))


def test_a_name_inside_a_works_subtitle_is_dropped_there_only(linker: EntityLinker) -> None:
    text = "Mağrur Öfke: Necip Fazıl adlı biyografi kitabını yazdı. Şair Necip Fazıl, 1904'te doğdu."
    spans = [span(text, "Necip Fazıl", "PER"), span(text, "Necip Fazıl", "PER", 1)]
    found = linker.resolve(text, spans)
    assert listed(found) == {("PER", "Necip Fazıl")}
    assert [m.start for m in found[0].mentions] == [text.index("Şair") + 5]


def test_a_thing_named_with_adli_is_none_in_every_mention(linker: EntityLinker) -> None:
    text = "Yazar, Cezir adlı uzay aracını anlattı. Cezir yakında fırlatılacak."
    spans = [span(text, "Cezir", "PER"), span(text, "Cezir", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == set()


def test_corn_is_no_egypt(linker: EntityLinker) -> None:
    text = "Çiftçiler Mısır tarlalarında hasada başladı."
    assert listed(linker.resolve(text, [span(text, "Mısır", "LOC")])) == set()


@pytest.mark.parametrize("words", ["Konferans Salonu'nda", "Düğün Salonu"])
def test_a_halls_common_name_alone_is_no_place(linker: EntityLinker, words: str) -> None:
    text = f"Toplantı {words} yapıldı."
    assert listed(linker.resolve(text, [span(text, words, "LOC")])) == set()


def test_a_named_hall_stays_a_place(linker: EntityLinker) -> None:
    text = "Maç Ankara Spor Salonu'nda oynandı."
    found = listed(linker.resolve(text, [span(text, "Ankara Spor Salonu'nda", "LOC")]))
    assert found == {("LOC", "Ankara Spor Salonu")}


@pytest.mark.parametrize("word", ["Şti", "Berhad"])
def test_a_legal_form_alone_is_no_firm(linker: EntityLinker, word: str) -> None:
    text = f"Listede {word} ve diğerleri yer aldı."
    assert listed(linker.resolve(text, [span(text, word, "ORG")])) == set()


def test_a_persons_initials_folding_like_a_legal_form_stay_the_person(linker: EntityLinker) -> None:
    text = "Yoldan geçen A.S. ise kurşunla yaralandı."
    assert listed(linker.resolve(text, [span(text, "A.S.", "PER")])) == {("PER", "A.S.")}
