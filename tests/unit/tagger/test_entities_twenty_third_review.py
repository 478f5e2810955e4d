"""EntityLinker.resolve on what a twenty-third review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- an age in brackets after a name a nationality or a role is said of ----------------------------------------------


def test_a_foreign_name_after_a_nationality_and_before_an_age_is_a_person(linker: EntityLinker) -> None:
    text = (
        "Afganistan uyruklu Omeyd Mencırı (22), kimliği belirlenemeyen bir kişi tarafından bıçakla yaralandı. "
        "Ameliyat edilen Mencırı yoğun bakımda."
    )
    found = listed(linker.resolve(text, [span(text, "Afganistan", "LOC"), span(text, "Omeyd Mencırı", "ORG")]))
    assert ("PER", "Omeyd Mencırı") in found
    assert ("ORG", "Omeyd Mencırı") not in found


def test_a_body_before_an_age_without_a_persons_word_stays_a_body(linker: EntityLinker) -> None:
    text = "Puan durumunda Gazi Üniversitesi (12) ikinci, Hacettepe Üniversitesi (10) üçüncü sırada yer aldı."
    spans = [span(text, "Gazi Üniversitesi", "ORG"), span(text, "Hacettepe Üniversitesi", "ORG")]
    assert ("ORG", "Gazi Üniversitesi") in listed(linker.resolve(text, spans))


# --- a club's or a party's member word of several words --------------------------------------------------------------


def test_a_clubs_member_word_of_two_words_is_no_name_and_of_one_unseen_its_club(linker: EntityLinker) -> None:
    text = (
        "Akhisar Belediyesporlu Ahmet Cebe de antrenmana katıldı. Engelli sporcularla buluşan Ormansporlu "
        "basketbolcular sevindi."
    )
    spans = [
        span(text, "Akhisar Belediyesporlu", "ORG"),
        span(text, "Ahmet Cebe", "PER"),
        span(text, "Ormansporlu", "ORG"),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Ahmet Cebe") in found
    assert not any(name.endswith(("sporlu", "Belediyespor")) for _t, name in found)
    assert ("ORG", "Ormanspor") in found  # (one member word names its club, as "Galatasaraylı futbolcu" does)


def test_a_partys_member_word_of_three_words_names_no_paper(linker: EntityLinker) -> None:
    text = "AK Partili ve Cumhuriyet Halk Partili meclis üyeleri oylamaya katıldı ve teklif kabul edildi."
    found = listed(linker.resolve(text, [span(text, "Cumhuriyet Halk Partili", "ORG")]))
    assert not any(name == "Cumhuriyet" for _t, name in found)


# --- a person the article names glued to an office -------------------------------------------------------------------


def test_a_person_named_alone_before_a_directorate_is_the_person_then_the_directorate(linker: EntityLinker) -> None:
    text = (
        "Şüpheli Ramazan Demirci olay yerinde yakalandı. Ramazan Demirci Asayiş Şube Müdürlüğü'ne götürülürken "
        "gazetecilere açıklama yapmadı."
    )
    spans = [span(text, "Ramazan Demirci", "PER"), span(text, "Ramazan Demirci Asayiş Şube Müdürlüğü'ne", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Ramazan Demirci") in found
    assert ("ORG", "Asayiş Şube Müdürlüğü") in found
    assert not any("Demirci Asayiş" in name for _t, name in found)


def test_a_school_named_after_a_person_the_article_names_stays_whole(linker: EntityLinker) -> None:
    text = (
        "Mehmet Akif Ersoy İstiklal Marşı'nı Ankara'da yazdı. Mehmet Akif Ersoy Üniversitesi Rektörlüğü anma töreni "
        "düzenledi."
    )
    spans = [span(text, "Mehmet Akif Ersoy", "PER"), span(text, "Mehmet Akif Ersoy Üniversitesi Rektörlüğü", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert any(t == "ORG" and name.startswith("Mehmet Akif Ersoy Üniversitesi") for t, name in found)


# --- a program's interface, mode or chip -----------------------------------------------------------------------------


def test_a_name_before_an_interfaces_or_a_modes_noun_is_a_product(linker: EntityLinker) -> None:
    text = "Samsung bu tablette TouchWiz arayüzü kullanıyor. Cihazda ECO modu da bulunuyor."
    spans = [span(text, "Samsung", "ORG"), span(text, "TouchWiz", "ORG"), span(text, "ECO", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Samsung") in found
    assert ("ORG", "TouchWiz") not in found
    assert ("ORG", "ECO") not in found


def test_a_known_makers_name_before_a_chips_noun_stays_the_maker(linker: EntityLinker) -> None:
    text = "Yeni dizüstü bilgisayarlarda Intel işlemcisi kullanılıyor ve fiyatlar düşüyor."
    assert ("ORG", "Intel") in listed(linker.resolve(text, [span(text, "Intel", "ORG")]))


# --- a pronoun opening a sentence ------------------------------------------------------------------------------------


def test_a_pronoun_opening_a_sentence_is_no_word_of_a_body(linker: EntityLinker) -> None:
    text = (
        "Ekipler sabaha kadar çalıştı. Bundan Kaymakamlığın da haberi var. Burada Fatih Belediyesi ekipleri de vardı."
    )
    spans = [span(text, "Bundan Kaymakamlığın", "ORG"), span(text, "Burada Fatih Belediyesi", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Fatih Belediyesi") in found
    assert not any(name.startswith(("Bundan", "Burada")) for _t, name in found)


def test_a_person_named_alone_before_a_cemetery_is_the_person_then_the_cemetery(linker: EntityLinker) -> None:
    text = "Sanatçı Alev Sururi hayatını kaybetti. Alev Sururi Torba Mezarlığı'nda toprağa verildi."
    spans = [span(text, "Alev Sururi", "PER"), span(text, "Alev Sururi Torba Mezarlığı'nda", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Alev Sururi") in found
    assert ("LOC", "Torba Mezarlığı") in found


# --- a weekday's prayer, a discourse word, an ending in mixed case ---------------------------------------------------


def test_a_weekdays_prayer_after_a_persons_name_is_no_word_of_it(linker: EntityLinker) -> None:
    text = "Başbakan Recep Tayyip Erdoğan Cuma namazının ardından gazetecilerin sorularını yanıtladı."
    found = listed(linker.resolve(text, [span(text, "Recep Tayyip Erdoğan Cuma", "PER")]))
    assert ("PER", "Recep Tayyip Erdoğan") in found
    assert not any("Cuma" in name for _t, name in found)


def test_that_is_opening_a_sentence_is_no_given_name(linker: EntityLinker) -> None:
    text = "Müslüm Gürses'in hayranları mezarı başında toplandı. Yani Gürses ölmedi, hayatta, dedi bir hayranı."
    spans = [span(text, "Müslüm Gürses'in", "PER"), span(text, "Yani Gürses", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Müslüm Gürses") in found
    assert not any(name.startswith("Yani") for _t, name in found)


def test_an_ending_in_mixed_case_after_a_name_in_capitals_is_taken_off(linker: EntityLinker) -> None:
    text = "MUĞLA'nIn Bodrum ilçesinde dün sabah saatlerinde başlayan lodosun hızı arttı."
    found = listed(linker.resolve(text, [span(text, "MUĞLA'nIn", "LOC"), span(text, "Bodrum", "LOC")]))
    assert ("LOC", "Muğla") in found
