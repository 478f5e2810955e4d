"""EntityLinker.resolve on what a nineteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.names import strip_apostrophe_suffix
from newswire_tagger.entities.nouns import is_works_noun

from tests.unit.tagger.labelled import listed, span

# --- a sentence's first word, owned and in a case, opens no name ------------------------------------------------------


def test_a_possessed_noun_in_a_case_opening_the_sentence_is_no_word_of_the_body(linker: EntityLinker) -> None:
    text = "Öğrenimine Yıldız Teknik Üniversitesi'nde devam ediyor."
    spans = [span(text, "Öğrenimine Yıldız Teknik Üniversitesi'nde", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Yıldız Teknik Üniversitesi")}


def test_a_possessed_noun_opening_the_sentence_before_a_town_is_cut(linker: EntityLinker) -> None:
    text = "Hikayesinde Kadıköy Belediyesi'nin eski binası anlatılıyor."
    spans = [span(text, "Hikayesinde Kadıköy Belediyesi'nin", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kadıköy Belediyesi")}


def test_a_foreign_name_ending_like_a_possessive_stays(linker: EntityLinker) -> None:
    text = "Bellini Müzesi'nde yeni bir sergi açıldı."
    assert listed(linker.resolve(text, [span(text, "Bellini Müzesi'nde", "ORG")])) == {("ORG", "Bellini Müzesi")}


# --- a form of address says who ---------------------------------------------------------------------------------------


def test_a_name_before_a_capitalised_form_of_address_is_a_person_however_unsure_the_model(
    linker: EntityLinker,
) -> None:
    text = "Ensar Bey'in arkadaşı Metin Bey'e öpücük attı."
    spans = [span(text, "Ensar", "LOC", confidence=0.43), span(text, "Metin", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ensar"), ("PER", "Metin")}


def test_a_town_that_is_a_given_name_before_a_form_of_address_is_a_person(linker: EntityLinker) -> None:
    text = "Aydın Hanım'a çiçek gönderdiler."
    assert listed(linker.resolve(text, [span(text, "Aydın", "PER")])) == {("PER", "Aydın")}


def test_a_town_the_model_typed_a_place_before_a_form_of_address_is_a_person(linker: EntityLinker) -> None:
    text = "Aydın Bey'in arkadaşı geldi."
    assert listed(linker.resolve(text, [span(text, "Aydın", "LOC")])) == {("PER", "Aydın")}


def test_a_town_without_a_form_of_address_stays_a_town(linker: EntityLinker) -> None:
    text = "Aydın'da yağmur etkili oldu. Çankaya Beyaz Köşk önünde toplandılar."
    spans = [span(text, "Aydın'da", "LOC"), span(text, "Çankaya", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Aydın"), ("LOC", "Çankaya")}


def test_a_club_before_another_form_of_address_in_a_headline_stays_the_club(linker: EntityLinker) -> None:
    text = "Menemenspor Hoca Arıyor\nKulüp yeni teknik direktör için görüşmelere başladı."
    assert listed(linker.resolve(text, [span(text, "Menemenspor", "ORG")])) == {("ORG", "Menemenspor")}


def test_a_known_district_no_given_name_before_a_form_of_address_stays_a_place(linker: EntityLinker) -> None:
    text = "Çankaya Bey dedi ki olmaz."
    assert listed(linker.resolve(text, [span(text, "Çankaya", "LOC")])) == {("LOC", "Çankaya")}


# --- ships and their classes ------------------------------------------------------------------------------------------


def test_a_ship_by_its_hull_prefix_and_a_class_are_no_names(linker: EntityLinker) -> None:
    text = (
        "TCG Gediz fırkateyni tatbikata katıldı. Aydın sınıfı mayın avlama gemileri de limana geldi. "
        "Tatbikat Aydın'da izlendi."
    )
    spans = [span(text, "TCG Gediz", "ORG"), span(text, "Aydın", "LOC"), span(text, "Aydın'da", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Aydın")}


def test_a_class_before_a_vessels_noun_is_no_name(linker: EntityLinker) -> None:
    text = "Donanma Ohio sınıfı denizaltılar aldı."
    assert listed(linker.resolve(text, [span(text, "Ohio", "LOC")])) == set()


def test_a_person_before_his_own_class_stays(linker: EntityLinker) -> None:
    text = (
        "Ankara'da yaşayan Mehmet Yılmaz sınıfında her yıl birinci oldu. Magnus Carlsen sınıfının en iyisi. "
        "Öğretmen Ayşe Demir sınıfı gemi maketleriyle süsledi. Mert Kaya sınıfı geçti. Ardından gemiyle gitti."
    )
    names = ("Mehmet Yılmaz", "Magnus Carlsen", "Ayşe Demir", "Mert Kaya")
    found = listed(linker.resolve(text, [span(text, name, "PER") for name in names]))
    assert found >= {("PER", name) for name in names}


def test_a_class_of_pupils_or_of_a_prison_is_no_ships(linker: EntityLinker) -> None:
    text = "Talat Halman'ın sınıf arkadaşıydı. Karskapı Birinci Sınıf Askeri Cezaevi'nde olay çıktı."
    spans = [span(text, "Talat Halman'ın", "PER"), span(text, "Karskapı Birinci Sınıf Askeri Cezaevi'nde", "LOC")]
    assert listed(linker.resolve(text, spans)) == {
        ("PER", "Talat Halman"),
        ("LOC", "Karskapı Birinci Sınıf Askeri Cezaevi"),
    }


def test_a_class_written_in_capitals_inside_the_span_is_no_name(linker: EntityLinker) -> None:
    text = "Donanma Aydın Sınıfı Mayın Avlama Gemileri ile güçlendi."
    spans = [span(text, "Aydın Sınıfı Mayın Avlama Gemileri", "ORG")]
    assert listed(linker.resolve(text, spans)) == set()


# --- a sports story's sides -------------------------------------------------------------------------------------------


def test_a_town_before_a_results_or_sides_noun_in_a_sports_story_is_the_club(linker: EntityLinker) -> None:
    text = (
        "Kırklareli beraberliğinin ardından takım moral buldu. Teknik direktör maçta iki gol atan futbolcuyu "
        "kutladı. Ligde puan farkı açıldı, Rize karşısında da galibiyet hedefleniyor."
    )
    spans = [span(text, "Kırklareli", "LOC"), span(text, "Rize", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kırklareli"), ("ORG", "Rize")}


def test_a_teams_country_and_a_trips_town_in_a_sports_story_stay_places(linker: EntityLinker) -> None:
    text = (
        "Avrupa Ligi maçında İsviçre ekibi Basel gol attı. Fenerbahçe Moskova deplasmanında puan aldı. "
        "Takım maçta iki gol yedi."
    )
    spans = [span(text, "İsviçre", "LOC"), span(text, "Moskova", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "İsviçre"), ("LOC", "Moskova")}


def test_a_town_before_karsisinda_outside_sport_stays_the_town(linker: EntityLinker) -> None:
    text = "Yangın Kırklareli karşısındaki köyde çıktı. Vali açıklama yaptı."
    assert listed(linker.resolve(text, [span(text, "Kırklareli", "LOC")])) == {("LOC", "Kırklareli")}


def test_a_town_in_a_places_case_or_before_a_defeat_in_a_sports_story_stays_the_town(linker: EntityLinker) -> None:
    text = (
        "Takım Rize'de beraberliğe razı oldu. Fenerbahçe Moskova yenilgisinin ardından toparlandı. Teknik direktör "
        "maçta iki gol atan futbolcuyu kutladı. Ligde puan farkı açıldı."
    )
    spans = [span(text, "Rize'de", "LOC"), span(text, "Moskova", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Rize"), ("LOC", "Moskova")}


def test_a_clubs_member_word_without_an_apostrophe_names_the_club(linker: EntityLinker) -> None:
    text = "Galatasaraylı futbolcu Yekta Kurtuluş sakatlandı. CHP'li vekil açıklama yaptı."
    spans = [span(text, "Galatasaraylı", "ORG"), span(text, "Yekta Kurtuluş", "PER"), span(text, "CHP'li", "ORG")]
    assert listed(linker.resolve(text, spans)) == {
        ("ORG", "Galatasaray"),
        ("PER", "Yekta Kurtuluş"),
        ("ORG", "CHP"),
    }


def test_a_districts_people_are_no_club_though_a_club_is_so_named(linker: EntityLinker) -> None:
    text = "Beşiktaşlı esnaf kepenk kapattı."
    for kind in ("LOC", "ORG"):
        assert ("ORG", "Beşiktaş") not in listed(linker.resolve(text, [span(text, "Beşiktaşlı", kind)]))


def test_a_districts_club_members_in_a_sports_story_name_the_club(linker: EntityLinker) -> None:
    text = "Beşiktaşlı futbolcu maçta iki gol attı. Takım ligde puan farkını açtı, teknik direktör galibiyete sevindi."
    assert ("ORG", "Beşiktaş") in listed(linker.resolve(text, [span(text, "Beşiktaşlı", "ORG")]))


def test_a_persons_surname_formed_like_a_member_word_stays(linker: EntityLinker) -> None:
    text = "Gazeteci Fatih Altaylı yazdı. Altaylı çok kızdı."
    spans = [span(text, "Fatih Altaylı", "PER"), span(text, "Altaylı", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Fatih Altaylı")}


def test_a_town_ending_like_a_member_word_stays(linker: EntityLinker) -> None:
    text = "Denizli maçı yarın oynanacak."
    assert listed(linker.resolve(text, [span(text, "Denizli", "ORG")])) == {("ORG", "Denizli")}


# --- things and events glued to a place -------------------------------------------------------------------------------


def test_an_artefact_glued_to_a_known_place_leaves_the_place(linker: EntityLinker) -> None:
    text = "Boğazköy Sfenksi Almanya'dan geri geldi."
    spans = [span(text, "Boğazköy Sfenksi Almanya'dan", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Almanya")}


def test_a_painting_glued_to_a_known_town_leaves_the_town(linker: EntityLinker) -> None:
    text = "Mona Lisa Tablosu Paris'te sergileniyor."
    spans = [span(text, "Mona Lisa Tablosu Paris'te", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Paris")}


def test_a_find_is_no_name(linker: EntityLinker) -> None:
    text = "Kazıda ortaya çıkarılan Roma Mozaiği'nde kuş figürleri var."
    assert listed(linker.resolve(text, [span(text, "Roma Mozaiği'nde", "ORG")])) == set()


# --- a person glued before a landmark ---------------------------------------------------------------------------------


def test_a_person_written_alone_by_surname_is_cut_from_a_known_landmark_after_the_name(linker: EntityLinker) -> None:
    text = "Birinci seçilen Carine Felizardo Times Meydanı'nda poz verdi. Felizardo çok mutlu."
    spans = [span(text, "Carine Felizardo Times Meydanı'nda", "LOC"), span(text, "Felizardo", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Carine Felizardo"), ("LOC", "Times Meydanı")}


def test_a_body_after_a_surname_written_alone_stays_whole_where_the_lists_do_not_know_the_rest(
    linker: EntityLinker,
) -> None:
    text = "Carine Felizardo Güzellik Merkezi'nde poz verdi. Felizardo çok mutlu."
    spans = [span(text, "Carine Felizardo Güzellik Merkezi'nde", "ORG"), span(text, "Felizardo", "PER", 1)]
    assert ("ORG", "Carine Felizardo Güzellik Merkezi") in listed(linker.resolve(text, spans))


def test_a_body_named_after_a_person_the_article_names_by_surname_stays_whole(linker: EntityLinker) -> None:
    text = "Bülent Ecevit Üniversitesi'nde tören yapıldı. Ecevit'in fotoğrafları sergilendi."
    spans = [span(text, "Bülent Ecevit Üniversitesi'nde", "ORG"), span(text, "Ecevit'in", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Bülent Ecevit Üniversitesi") in found


# --- names in capitals ------------------------------------------------------------------------------------------------


def test_a_foreign_name_in_capitals_keeps_its_i(linker: EntityLinker) -> None:
    text = (
        "ROBERT CHRISTIANSEN GELİYOR. FAIK ÖZTÜRK DE GELİYOR. ERDAL IŞIK DA GELDİ. MUSTAFA HACIOĞLU DA GELDİ. "
        "AHMET SARIASLAN DA GELDİ."
    )
    spans = [
        span(text, "ROBERT CHRISTIANSEN", "PER"),
        span(text, "FAIK ÖZTÜRK", "PER"),
        span(text, "ERDAL IŞIK", "PER"),
        span(text, "MUSTAFA HACIOĞLU", "PER"),
        span(text, "AHMET SARIASLAN", "PER"),
    ]
    assert listed(linker.resolve(text, spans)) == {
        ("PER", "Robert Christiansen"),
        ("PER", "Faik Öztürk"),
        ("PER", "Erdal Işık"),
        ("PER", "Mustafa Hacıoğlu"),
        ("PER", "Ahmet Sarıaslan"),
    }


# --- vocabularies -----------------------------------------------------------------------------------------------------


def test_a_story_written_with_the_circumflex_is_a_works_noun() -> None:
    assert is_works_noun("hikâyesinde")
    assert is_works_noun("hikâyeleri")


def test_a_players_instrument_before_the_name_makes_it_a_person(linker: EntityLinker) -> None:
    text = "Konserde çellist Sol Gabetta sahne aldı."
    assert listed(linker.resolve(text, [span(text, "Sol Gabetta", "ORG")])) == {("PER", "Sol Gabetta")}


def test_the_knowledge_base_knows_this_rounds_names() -> None:
    kb = KnowledgeBase.load()
    assert kb.known_type("Talabani") == "PER"
    assert kb.known_type("Kazdağları") == "LOC"
    assert kb.known_type("TAEK") == "ORG"
    assert [e.name for e in kb.entities("Netenyahu")] == ["Binyamin Netanyahu"]
    assert kb.not_name("Ortak Girişim Grubu") == "term"


def test_a_dotted_capital_inside_an_ending_is_still_the_ending(linker: EntityLinker) -> None:
    text = "CHP'nİn iddiasına yanıt geldi."
    assert listed(linker.resolve(text, [span(text, "CHP'nİn", "ORG")])) == {("ORG", "CHP")}


def test_an_elided_foreign_name_with_a_dotted_capital_keeps_its_apostrophe(linker: EntityLinker) -> None:
    assert strip_apostrophe_suffix("Côte d'İvoire") == "Côte d'İvoire"
    text = "Ünlü L'İmperial Hotel satışa çıkarıldı."
    spans = [span(text, "L'İmperial Hotel", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "L'İmperial Hotel")}


def test_a_principalitys_lord_after_its_name_is_no_form_of_address(linker: EntityLinker) -> None:
    text = "Germiyan Beyi Yakup Bey ile Aydın Beyi Umur Bey görüştü."
    spans = [span(text, "Germiyan", "LOC"), span(text, "Aydın", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Aydın") in found
    assert ("PER", "Aydın") not in found
    assert ("PER", "Germiyan") not in found


def test_a_person_of_one_word_before_a_class_stays_whatever_follows(linker: EntityLinker) -> None:
    text = "Öğretmen Ayşe sınıfı gemi maketleriyle süsledi. Öğretmen Elif sınıfı karakola götürdü."
    spans = [span(text, "Ayşe", "PER"), span(text, "Elif", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ayşe"), ("PER", "Elif")}
