"""EntityLinker.resolve on what a twentieth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.lineups import play_credits

from tests.unit.tagger.labelled import listed, span

# --- a known name with a lower-case connector inside is read whole ----------------------------------------------------


def test_a_known_name_with_a_connector_inside_replaces_the_models_piece(linker: EntityLinker) -> None:
    text = "İtalyan Corriere della Sera gazetesinin haberine göre görüşme yarın yapılacak."
    found = listed(linker.resolve(text, [span(text, "Sera", "PER")]))
    assert ("ORG", "Corriere della Sera") in found
    assert ("PER", "Sera") not in found


def test_a_known_place_with_a_connector_inside_replaces_a_glued_piece(linker: EntityLinker) -> None:
    text = "Final maçı Paris Stade de France'ta oynanacak ve bilet satışı yarın başlayacak."
    found = listed(linker.resolve(text, [span(text, "Paris Stade", "PER"), span(text, "France'ta", "LOC")]))
    assert ("LOC", "Stade de France") in found
    assert not any(name in ("Paris Stade", "Fransa") for _type, name in found)


def test_a_known_name_found_inside_a_longer_name_leaves_the_longer_one(linker: EntityLinker) -> None:
    text = "Uçak Roma'daki Leonardo Da Vinci Havalimanı'na acil iniş yaptı ve yolcular tahliye edildi."
    spans = [span(text, "Roma'daki", "LOC"), span(text, "Leonardo Da Vinci Havalimanı'na", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Leonardo Da Vinci Havalimanı") in found
    assert ("PER", "Leonardo da Vinci") not in found


def test_a_connector_between_other_words_is_no_known_name(linker: EntityLinker) -> None:
    text = "Bakan Ahmet de Fransa'ya gidecek ve görüşmelere katılacak."
    found = listed(linker.resolve(text, [span(text, "Ahmet", "PER"), span(text, "Fransa'ya", "LOC")]))
    assert ("LOC", "Fransa") in found


# --- a credits block written on one line ------------------------------------------------------------------------------


_RUN_ON = (
    "Oyun hakkında\n"
    "Yazan: W. Shakespeare Çeviren-Yöneten: Nesrin Kaya Dramaturgi: Şafak Eren Işık: Yüksel Ay "
    "Oynayanlar: Shylock: Mehmet Ali Kaptanlar Antonio: Can Başak/Murat Uz Portia: Nesrin Kaya\n"
)


def test_a_run_on_credits_line_names_each_holder_without_the_next_label() -> None:
    names = {s.text for s in play_credits(_RUN_ON, lambda word: word in {"Işık", "Oynayanlar"})}
    assert {"W. Shakespeare", "Nesrin Kaya", "Şafak Eren", "Yüksel Ay", "Mehmet Ali Kaptanlar"} <= names
    assert {"Can Başak", "Murat Uz"} <= names
    assert not any(name.endswith(("Çeviren", "Dramaturgi", "Antonio", "Portia", "Işık")) for name in names)


def test_a_run_on_credits_line_replaces_the_models_glued_names(linker: EntityLinker) -> None:
    spans = [span(_RUN_ON, "Mehmet Ali Kaptanlar Antonio", "PER"), span(_RUN_ON, "W. Shakespeare Çeviren", "PER")]
    found = listed(linker.resolve(_RUN_ON, spans))
    assert ("PER", "Mehmet Ali Kaptanlar") in found
    assert ("PER", "W. Shakespeare") in found
    assert not any(name.endswith(("Antonio", "Çeviren")) for _type, name in found)


def test_a_line_with_colons_and_no_roles_is_no_credits_block() -> None:
    text = "Toplantı notları\nSaat: Onda Yer: Ankara Konu: Bütçe Karar: Yok\n"
    assert play_credits(text) == []


def test_a_line_of_labels_not_opening_the_line_is_read_as_before() -> None:
    text = "Notlar\nOyunun ekibi şöyle Yazan: Ali Veli Yöneten: Ayşe Can Işık: Mert Er\n"
    assert all(" " in s.text or s.text.isalpha() for s in play_credits(text))


# --- words at a name's edge that name no one --------------------------------------------------------------------------


def test_a_superlative_opens_an_awards_category_not_a_name(linker: EntityLinker) -> None:
    text = "Ödül töreninde En İyi Erkek Oyuncu ödülünü Haluk Bilge aldı, En İyi Sigorta Reklamı da belirlendi."
    spans = [
        span(text, "En İyi Erkek Oyuncu", "PER"),
        span(text, "Haluk Bilge", "PER"),
        span(text, "En İyi Sigorta", "ORG"),
    ]
    assert listed(linker.resolve(text, spans)) == {("PER", "Haluk Bilge")}


def test_a_name_opening_with_en_but_no_superlative_stays(linker: EntityLinker) -> None:
    text = "Tunus'ta İslamcı En Nahda Partisi seçimi kazandı ve hükümeti kuracak."
    found = listed(linker.resolve(text, [span(text, "En Nahda Partisi", "ORG")]))
    assert ("ORG", "En Nahda Partisi") in found


def test_a_plural_settlement_noun_closing_a_place_is_cut(linker: EntityLinker) -> None:
    text = "Tirebolu ilçesine bağlı Şirinköy Köyleri'nin üst kesiminde orman yangını çıktı."
    found = listed(linker.resolve(text, [span(text, "Şirinköy Köyleri'nin", "LOC")]))
    assert ("LOC", "Şirinköy") in found
    assert ("LOC", "Şirinköy Köyleri") not in found


def test_a_singular_settlement_noun_stays_in_the_place(linker: EntityLinker) -> None:
    text = "Kaza, Yeşilyurt Köyü'nün girişinde meydana geldi ve yol trafiğe kapandı."
    found = listed(linker.resolve(text, [span(text, "Yeşilyurt Köyü'nün", "LOC")]))
    assert ("LOC", "Yeşilyurt Köyü") in found


def test_a_wedding_word_before_a_full_name_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Düğünde Damat Ali Demir ile gelin dans etti. Ali Demir'in ailesi de oradaydı."
    spans = [span(text, "Damat Ali Demir", "PER"), span(text, "Ali Demir'in", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ali Demir")}


def test_an_ottoman_style_with_a_closing_title_keeps_its_wedding_word(linker: EntityLinker) -> None:
    text = "Sadrazam Damat Ferit Paşa o dönem antlaşmayı imzalamıştı."
    found = listed(linker.resolve(text, [span(text, "Damat Ferit Paşa", "PER")]))
    assert ("PER", "Damat Ferit Paşa") in found


def test_a_street_named_after_a_groom_is_no_person(linker: EntityLinker) -> None:
    text = "Olay, Ulukavak Mahallesi Damat Şükrü 5'inci sokakta meydana geldi."
    found = listed(linker.resolve(text, [span(text, "Damat Şükrü 5", "PER")]))
    assert ("PER", "Şükrü 5") not in found


def test_a_roman_numeral_alone_names_nothing(linker: EntityLinker) -> None:
    text = "Oyunun yeni bölümü çıktı. III'e özgü yaratıklar ortaya çıkıyor ve oyuncular şaşırıyor."
    assert listed(linker.resolve(text, [span(text, "III'e", "ORG")])) == set()


def test_a_one_letter_platform_is_no_roman_numeral(linker: EntityLinker) -> None:
    text = "Paylaşım platform X üzerinden yapıldı ve kısa sürede yayıldı."
    assert ("ORG", "X") in listed(linker.resolve(text, [span(text, "X", "ORG")]))


# --- two clubs side by side before a match's noun ---------------------------------------------------------------------


def test_two_known_clubs_side_by_side_before_a_match_are_two_sides(linker: EntityLinker) -> None:
    text = "Şampiyonlar Ligi'nde bu akşam Barcelona Galatasaray maçı oynanacak."
    found = listed(linker.resolve(text, [span(text, "Barcelona Galatasaray", "ORG")]))
    assert {("ORG", "Barcelona"), ("ORG", "Galatasaray")} <= found


def test_a_clubs_own_two_words_before_a_match_stay_whole(linker: EntityLinker) -> None:
    text = "Yarın oynanacak Manchester City maçı için biletler tükendi."
    found = listed(linker.resolve(text, [span(text, "Manchester City", "ORG")]))
    assert ("ORG", "Manchester City") in found


# --- a chief officer's title written without an apostrophe ------------------------------------------------------------


def test_a_ceos_title_without_an_apostrophe_introduces_the_person(linker: EntityLinker) -> None:
    text = "Oyun şirketi Crytek CEOsu Cevat Yerli yeni motoru tanıttı."
    spans = [span(text, "Crytek", "ORG"), span(text, "CEOsu Cevat Yerli", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Cevat Yerli") in found
    assert not any("CEOsu" in name for _type, name in found)
