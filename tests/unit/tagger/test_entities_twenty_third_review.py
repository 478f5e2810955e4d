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


def test_a_foreign_name_after_a_suspects_word_and_before_an_age_is_a_person(linker: EntityLinker) -> None:
    text = "Olayla ilgili gözaltına alınan şüpheli Omeyd Mencırı (22) tutuklandı ve cezaevine gönderildi."
    assert ("PER", "Omeyd Mencırı") in listed(linker.resolve(text, [span(text, "Omeyd Mencırı", "ORG")]))


def test_a_team_before_its_points_stays_a_team_after_an_adjective(linker: EntityLinker) -> None:
    text = "Puan durumunda lider genç Ankara Yıldızları (12) ilk sırada, Hacettepe Üniversitesi (10) ikinci."
    spans = [span(text, "Ankara Yıldızları", "ORG"), span(text, "Hacettepe Üniversitesi", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Ankara Yıldızları"), ("ORG", "Hacettepe Üniversitesi")} <= found


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


def test_an_office_of_a_body_named_after_a_person_the_article_names_stays_whole(linker: EntityLinker) -> None:
    text = (
        "Recep Tayyip Erdoğan kampüsü ziyaret etti. Recep Tayyip Erdoğan Üniversitesi Basın ve Halkla İlişkiler "
        "Müdürlüğü açıklama yaptı. Şüpheli Ramazan Demirci yakalandı ve Ramazan Demirci Asayiş Şube Müdürlüğüne "
        "götürüldü."
    )
    spans = [
        span(text, "Recep Tayyip Erdoğan", "PER"),
        span(text, "Recep Tayyip Erdoğan Üniversitesi Basın ve Halkla İlişkiler Müdürlüğü", "ORG"),
        span(text, "Ramazan Demirci", "PER"),
        span(text, "Ramazan Demirci Asayiş Şube Müdürlüğüne", "ORG"),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Recep Tayyip Erdoğan Üniversitesi Basın ve Halkla İlişkiler Müdürlüğü") in found
    assert ("PER", "Ramazan Demirci") in found  # (the office's ending without an apostrophe: split too)
    assert not any(name.startswith("Ramazan Demirci Asayiş") for _t, name in found)


def test_a_school_named_after_a_person_the_article_names_stays_whole(linker: EntityLinker) -> None:
    text = (
        "Mehmet Akif Ersoy İstiklal Marşı'nı Ankara'da yazdı. Mehmet Akif Ersoy Üniversitesi Rektörlüğü anma töreni "
        "düzenledi."
    )
    spans = [span(text, "Mehmet Akif Ersoy", "PER"), span(text, "Mehmet Akif Ersoy Üniversitesi Rektörlüğü", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert any(t == "ORG" and name.startswith("Mehmet Akif Ersoy Üniversitesi") for t, name in found)


# --- a program's interface, mode or chip -----------------------------------------------------------------------------


def test_a_name_before_an_interfaces_a_modes_or_a_chips_noun_is_a_product(linker: EntityLinker) -> None:
    text = "Samsung bu tablette Vexa arayüzü kullanıyor. Cihazda Zenta modu ve Korvo işlemcisi de bulunuyor."
    spans = [span(text, w, "ORG") for w in ("Samsung", "Vexa", "Zenta", "Korvo")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Samsung")}


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


def test_a_weekdays_name_before_a_bare_prayer_stays_a_surname(linker: EntityLinker) -> None:
    text = "Köyde imam Hasan Cuma namaz kıldırdığı sırada fenalaştı ve hastaneye kaldırıldı."
    assert ("PER", "Hasan Cuma") in listed(linker.resolve(text, [span(text, "Hasan Cuma", "PER")]))


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


# --- a person glued to a prize or to another person's surname, a no-name opening a body ------------------------------


def test_a_prize_glued_after_a_person_named_alone_is_no_word_of_the_name(linker: EntityLinker) -> None:
    text = "Oyuncu Derya Türkan ödül aldı. Derya Türkan Oscar'ın kendisi için sürpriz olduğunu belirterek konuştu."
    spans = [span(text, "Derya Türkan", "PER"), span(text, "Derya Türkan Oscar'ın", "PER")]
    found = listed(linker.resolve(text, spans))
    assert found == {("PER", "Derya Türkan")}


def test_two_other_peoples_surnames_glued_are_the_two_people(linker: EntityLinker) -> None:
    text = (
        "Amerikalı turist Sarai Sierra'nın cesedi bulundu. Emniyet Müdürü Hüseyin Çapkın açıklama yaptı. Çapkın "
        "Sierranın ajan ya da kurye olduğuna dair bir tespit olmadığını söyledi."
    )
    spans = [
        span(text, "Sarai Sierra'nın", "PER"),
        span(text, "Hüseyin Çapkın", "PER"),
        span(text, "Çapkın Sierranın", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert found == {("PER", "Sarai Sierra"), ("PER", "Hüseyin Çapkın")}


def test_a_surname_before_an_unknown_one_stays_one_person(linker: EntityLinker) -> None:
    text = "Emniyet Müdürü Hüseyin Çapkın açıklama yaptı. Ayrıca Yalçın Sarıkaya da bilgi verdi."
    spans = [span(text, "Hüseyin Çapkın", "PER"), span(text, "Yalçın Sarıkaya", "PER")]
    assert ("PER", "Yalçın Sarıkaya") in listed(linker.resolve(text, spans))


def test_a_word_the_lists_hold_as_no_name_opening_a_sentence_is_no_word_of_a_body(linker: EntityLinker) -> None:
    text = (
        "Kazada bir kişi öldü. Cenaze Olay Yeri İnceleme ekiplerinin çalışmasının ardından morga kaldırıldı. "
        "Eski İl Hakem Kurulu üyeliği yapan Özyavuz'un ölümü üzüntü yarattı."
    )
    spans = [span(text, "Cenaze Olay Yeri İnceleme", "ORG"), span(text, "Eski İl Hakem Kurulu", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Olay Yeri İnceleme"), ("ORG", "İl Hakem Kurulu")} <= found


# --- a coach's title, a surname's own apostrophe, a paper named by a common word -------------------------------------


def test_a_coachs_title_before_a_given_name_is_no_word_of_the_name(linker: EntityLinker) -> None:
    text = (
        "Koç Şebnem Ergül takımı çalıştırdı. Fenerbahçe Başkanı Ali Koç açıklama yaptı. Koç Holding de katıldı. "
        "İtalyan Koç Simeone Pianigiani'nin gönderilmesi konuşuldu."
    )
    spans = [
        span(text, "Koç Şebnem Ergül", "PER"),
        span(text, "Ali Koç", "PER"),
        span(text, "Koç Holding", "ORG"),
        span(text, "Koç Simeone Pianigiani'nin", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Şebnem Ergül"), ("PER", "Ali Koç"), ("ORG", "Koç Holding"), ("PER", "Simeone Pianigiani")} <= found
    text = "Eğitim, Etik Danışmanı ve Koç Şebnem Ergül tarafından verilecek."
    assert listed(linker.resolve(text, [span(text, "Şebnem Ergül", "PER")])) == {("PER", "Şebnem Ergül")}


def test_a_surname_with_its_own_apostrophe_joins_the_given_name(linker: EntityLinker) -> None:
    text = "Araştırmayı yürüten Kathryn O'Sullivan sonuçları açıkladı. İtalyan Massimo D'Alema da konuştu."
    spans = [span(text, "Kathryn", "PER"), span(text, "Massimo", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Kathryn O'Sullivan"), ("PER", "Massimo D'Alema")} <= found


def test_the_republic_is_no_paper_unless_the_article_says_so(linker: EntityLinker) -> None:
    text = "Cumhuriyet'in 89'uncu yılını kutluyoruz. Cumhuriyet ve laikliği tartışmak lükstür, dedi."
    spans = [span(text, "Cumhuriyet'in", "ORG"), span(text, "Cumhuriyet", "ORG", nth=1)]
    assert listed(linker.resolve(text, spans)) == set()
    text = "Cumhuriyet gazetesi yazarı açıklama yaptı. Cumhuriyet'in haberine göre karar alındı."
    assert ("ORG", "Cumhuriyet") in listed(linker.resolve(text, [span(text, "Cumhuriyet'in", "ORG")]))


def test_a_common_word_before_another_persons_surname_stays_in_its_name(linker: EntityLinker) -> None:
    text = "Sanatçı Ali Sarıkaya ve Hülya Plak de oradaydı. Sarıkaya Plak firması da kuruldu."
    spans = [span(text, "Ali Sarıkaya", "PER"), span(text, "Hülya Plak", "PER"), span(text, "Sarıkaya Plak", "PER")]
    found = listed(linker.resolve(text, spans))
    assert any("Sarıkaya Plak" in name for _t, name in found)


def test_koc_after_a_given_name_or_alone_stays_a_name(linker: EntityLinker) -> None:
    text = "Sadberk Koç anıldı. Fenerbahçe Başkanı Ali Koç açıklama yaptı. Koç Holding de katıldı."
    spans = [span(text, "Sadberk Koç", "PER"), span(text, "Ali Koç", "PER"), span(text, "Koç Holding", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Sadberk Koç"), ("PER", "Ali Koç"), ("ORG", "Koç Holding")} <= found
