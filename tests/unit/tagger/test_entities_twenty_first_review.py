"""EntityLinker.resolve on what a twenty-first review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.names import strip_apostrophe_suffix
from newswire_tagger.entities.widening import join_known_people

from tests.unit.tagger.labelled import listed, span

# --- a known name the model cut in two, two known names glued --------------------------------------------------------


def test_two_pieces_of_a_known_person_are_joined_across_the_word_between(linker: EntityLinker) -> None:
    text = "Dizinin başrollerinde Ayça Bingöl, Aras Bulut İynemli ve Meral Çetinkaya yer alıyor."
    spans = [span(text, "Ayça Bingöl", "PER"), span(text, "Aras", "PER"), span(text, "İynemli", "PER")]
    found = listed(linker.resolve(text, [*spans, span(text, "Meral Çetinkaya", "PER")]))
    assert ("PER", "Aras Bulut İynemli") in found
    assert not any(name in ("Aras", "Bulut İynemli", "İynemli") for _type, name in found)


def test_pieces_are_joined_only_across_name_words_and_only_into_a_known_person() -> None:
    text = "Aras, Bulut İynemli ve Ali Veli Kaya geldi."
    spans = [span(text, "Aras", "PER"), span(text, "Bulut İynemli", "PER"), span(text, "Ali", "PER")]
    spans.append(span(text, "Kaya", "PER"))

    def known(name: str) -> str | None:
        return "PER" if name in ("Aras Bulut İynemli", "Ali Veli Kaya") else None

    joined = [s.text for s in join_known_people(text, spans, known)]  # type: ignore[arg-type]
    assert joined == ["Aras", "Bulut İynemli", "Ali Veli Kaya"]  # a comma parts them; "Veli" is a name's word


def test_pieces_are_not_joined_across_an_ending_a_lower_case_word_or_into_a_body() -> None:
    text = "Aras'ın Bulut İynemli ile, Ali ile Kaya ve Türk Hava Yolları geldi."
    spans = [span(text, "Aras'ın", "PER"), span(text, "Bulut İynemli", "PER"), span(text, "Ali", "PER")]
    spans += [span(text, "Kaya", "PER"), span(text, "Türk", "ORG"), span(text, "Hava Yolları", "ORG")]

    def known(name: str) -> str | None:
        return "ORG" if name == "Türk Hava Yolları" else "PER"

    joined = [s.text for s in join_known_people(text, spans, known)]  # type: ignore[arg-type]
    assert joined == ["Aras'ın", "Bulut İynemli", "Ali", "Kaya", "Türk", "Hava Yolları"]


def test_a_person_the_lists_know_glued_to_another_is_two_people(linker: EntityLinker) -> None:
    text = "AK Parti Genel Başkan Yardımcısı Mehmet Ali Şahin Drogba ve Sneijder transferlerini değerlendirdi."
    found = listed(linker.resolve(text, [span(text, "Mehmet Ali Şahin Drogba", "PER"), span(text, "Sneijder", "PER")]))
    assert ("PER", "Mehmet Ali Şahin") in found
    assert any(t == "PER" and name.endswith("Drogba") and "Şahin" not in name for t, name in found)


def test_one_known_person_named_two_ways_is_not_cut(linker: EntityLinker) -> None:
    text = "Törende Gazi Mustafa Kemal Atatürk anıldı ve saygı duruşunda bulunuldu."
    cleaned = linker.consolidator.clean(text, [span(text, "Gazi Mustafa Kemal Atatürk", "PER")])
    assert [s.text for s in cleaned] == ["Gazi Mustafa Kemal Atatürk"]  # both sides are the one man


def test_a_surname_the_lists_know_alone_is_not_cut_off_a_two_word_known_name(linker: EntityLinker) -> None:
    text = "Köyün muhtarı Kenan Evren Şimşek dün yaptığı açıklamada yolların açıldığını söyledi."
    cleaned = linker.consolidator.clean(text, [span(text, "Kenan Evren Şimşek", "PER")])
    assert [s.text for s in cleaned] == ["Kenan Evren Şimşek"]


def test_a_ministrys_agency_named_under_it_stays_one_body(linker: EntityLinker) -> None:
    text = "Sağlık Bakanlığı Türkiye İlaç ve Tıbbi Cihaz Kurumu yeni düzenlemeyi dün açıkladı."
    found = listed(linker.resolve(text, [span(text, "Sağlık Bakanlığı Türkiye İlaç ve Tıbbi Cihaz Kurumu", "ORG")]))
    assert found == {("ORG", "Sağlık Bakanlığı Türkiye İlaç ve Tıbbi Cihaz Kurumu")}  # as the golds write a hierarchy


def test_a_known_person_whose_surname_is_a_title_word_stays_a_person(linker: EntityLinker) -> None:
    text = "Dizide Eda karakterini canlandıran Seda Bakan da kadroda yer alıyor."
    assert ("PER", "Seda Bakan") in listed(linker.resolve(text, [span(text, "Seda Bakan", "PER")]))


# --- places ----------------------------------------------------------------------------------------------------------


def test_a_province_before_a_known_place_is_two_places(linker: EntityLinker) -> None:
    text = "Kayseri Erciyes Dağı'nda kayak sezonu dün açıldı ve pistler doldu."
    found = listed(linker.resolve(text, [span(text, "Kayseri Erciyes Dağı'nda", "LOC")]))
    assert ("LOC", "Kayseri") in found
    assert ("LOC", "Erciyes Dağı") in found


def test_a_place_the_gazetteer_knows_whole_is_not_cut(linker: EntityLinker) -> None:
    text = "Sezonun son yarışı Abu Dabi'de yapıldı ve şampiyon belli oldu."
    found = listed(linker.resolve(text, [span(text, "Abu Dabi'de", "LOC")]))
    assert len(found) == 1
    kind, name = next(iter(found))
    assert kind == "LOC"
    assert name.startswith("Abu ")  # "Abu Dabi" or "Abu Dhabi", not "Abu" alone


def test_a_cape_is_a_place_whoever_it_is_named_after(linker: EntityLinker) -> None:
    text = "Boğazda Yavuz Burnu ve Fatih Burnu gibi burunlar gemiler için tehlike oluşturuyor."
    spans = [span(text, "Yavuz Burnu", "PER"), span(text, "Fatih Burnu", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Yavuz Burnu") in found
    assert not any(t == "PER" for t, _name in found)


def test_a_case_ending_in_capitals_after_a_possessive_is_taken_off() -> None:
    assert strip_apostrophe_suffix("MEYDANI'NDAKİ") == "MEYDANI"
    assert strip_apostrophe_suffix("Meydanı'ndaki") == "Meydanı"


# --- bodies ----------------------------------------------------------------------------------------------------------


def test_a_known_body_keeps_its_name_without_the_terror_words(linker: EntityLinker) -> None:
    text = "Güvenlik kaynakları PKK Terör Örgütü'nün saldırısında iki askerin yaralandığını bildirdi."
    assert listed(linker.resolve(text, [span(text, "PKK Terör Örgütü'nün", "ORG")])) == {("ORG", "PKK")}


def test_a_known_body_keeps_its_name_without_copys_word_for_it(linker: EntityLinker) -> None:
    text = "Hamas Örgütü'nün siyasi lideri dün Doha'da açıklama yaptı ve ateşkes çağrısı yaptı."
    found = listed(linker.resolve(text, [span(text, "Hamas Örgütü'nün", "ORG"), span(text, "Doha'da", "LOC")]))
    assert ("ORG", "Hamas") in found
    assert not any("Örgütü" in name for _type, name in found)


def test_a_body_named_with_its_organisation_word_keeps_it(linker: EntityLinker) -> None:
    text = "Dünya Sağlık Örgütü yeni salgın konusunda dün bir uyarı yayımladı."
    assert ("ORG", "Dünya Sağlık Örgütü") in listed(linker.resolve(text, [span(text, "Dünya Sağlık Örgütü", "ORG")]))


def test_a_restaurant_is_a_business_not_a_person(linker: EntityLinker) -> None:
    text = "Ünlü çift Karaköy'deki Liman Restaurant'tan birlikte ayrıldı ve otomobile bindi."
    found = listed(linker.resolve(text, [span(text, "Karaköy'deki", "LOC"), span(text, "Liman Restaurant'tan", "PER")]))
    assert ("ORG", "Liman Restaurant") in found


def test_a_place_before_a_bylines_slash_is_no_paper(linker: EntityLinker) -> None:
    text = "Kentte sel\nŞiddetli yağış kentte su baskınlarına yol açtı ve yollar kapandı.\nİSTANBUL/Ali YILMAZ\n"
    found = listed(linker.resolve(text, [span(text, "Ali YILMAZ", "PER")]))
    assert not any(t == "ORG" for t, _name in found)


def test_a_cafe_in_a_headlines_capitals_is_no_body(linker: EntityLinker) -> None:
    text = "İnternet Kafe Sahibine Silahlı Saldırı\nKentte bir internet kafesine silahlı saldırı düzenlendi."
    assert listed(linker.resolve(text, [])) == set()  # no head-word body found where the model found none


def test_a_paper_before_a_bylines_slash_is_the_paper(linker: EntityLinker) -> None:
    text = "Ünlü çift tatilde\nÜnlü oyuncu eşiyle birlikte Bodrum'da tatil yapıyor ve dinleniyor.\nPOSTA/Uğur KOTAN\n"
    found = listed(linker.resolve(text, [span(text, "Bodrum'da", "LOC"), span(text, "Uğur KOTAN", "PER")]))
    assert any(t == "ORG" and name.upper() == "POSTA" for t, name in found)


# --- no names --------------------------------------------------------------------------------------------------------


def test_a_storm_named_the_english_way_is_no_one(linker: EntityLinker) -> None:
    text = "Geçen yıl internette en çok aranan kelime Hurricane Zelda oldu ve ikinci sırada bir şarkı yer aldı."
    assert listed(linker.resolve(text, [span(text, "Hurricane Zelda", "PER")])) == set()


def test_a_convention_is_an_event_not_a_place(linker: EntityLinker) -> None:
    text = "İstanbul gelecek yıl Fintex Global Convention'a ev sahipliği yapacak ve binlerce kişi gelecek."
    found = listed(
        linker.resolve(text, [span(text, "İstanbul", "LOC"), span(text, "Fintex Global Convention'a", "LOC")])
    )
    assert found == {("LOC", "İstanbul")}


def test_a_race_is_an_event_not_a_body(linker: EntityLinker) -> None:
    text = "Takvimden çıkarılan Monaco Grand Prix'si yeniden yapılacak mı, merak konusu oldu."
    assert not any(t == "ORG" for t, _name in listed(linker.resolve(text, [span(text, "Monaco Grand Prix'si", "ORG")])))


def test_a_products_pieces_by_its_trademark_signs_are_no_names(linker: EntityLinker) -> None:
    text = "Sony, PlayStation®Network üzerinden yeni hizmetini duyurdu. Bilgisayarda Intel® Core™ işlemci var."
    spans = [span(text, "Sony", "ORG"), span(text, "Network", "ORG"), span(text, "Intel", "ORG")]
    found = listed(linker.resolve(text, [*spans, span(text, "Core", "ORG")]))
    assert ("ORG", "Sony") in found
    assert ("ORG", "Intel") in found
    assert not any(name in ("Network", "Core") for _type, name in found)


def test_a_known_firm_with_a_trademark_sign_stays(linker: EntityLinker) -> None:
    text = "Bilgisayar devi Intel™ yeni işlemcisini dün San Francisco'da tanıttı."
    assert ("ORG", "Intel") in listed(linker.resolve(text, [span(text, "Intel", "ORG")]))


def test_a_firms_name_of_two_words_with_a_trademark_sign_stays(linker: EntityLinker) -> None:
    text = "Electronic Arts'ın stüdyosu olan Zarvox Games™ yeni oyununu şubatta piyasaya sürecek."
    found = listed(linker.resolve(text, [span(text, "Zarvox Games", "ORG")]))
    assert ("ORG", "Zarvox Games") in found


def test_a_name_ending_like_a_while_form_stays_a_name(linker: EntityLinker) -> None:
    for text in (
        "Teknik direktör Gerken maçtan sonra konuştu ve oyuncularını kutladı.",  # mid-sentence
        "Maç bitti. Gerken, maçtan sonra konuştu ve oyuncularını kutladı.",  # no lower-case word next
    ):
        assert ("PER", "Gerken") in listed(linker.resolve(text, [span(text, "Gerken", "PER")]))


def test_a_verbs_while_form_opening_a_sentence_is_no_name(linker: EntityLinker) -> None:
    text = "Uzmanlar uyarıyor. Öksürürken ağzınızı mendille kapatın ve ellerinizi sık yıkayın."
    assert listed(linker.resolve(text, [span(text, "Öksürürken", "PER")])) == set()


# --- characters ------------------------------------------------------------------------------------------------------


def test_a_word_before_a_characters_noun_is_the_character(linker: EntityLinker) -> None:
    text = "Yeni dizide Narin karakterinin kardeşi olan Şadiye rolünü Ayşe Kaya canlandıracak."
    found = listed(linker.resolve(text, [span(text, "Ayşe Kaya", "PER")]))
    assert ("PER", "Narin") in found
    assert ("PER", "Şadiye") in found


def test_a_word_before_a_role_that_is_no_given_name_adds_no_one(linker: EntityLinker) -> None:
    text = "Bölgedeki Jandarma rolünü üstlendi. Komiser rolünü o aldı. Partinin Kemalist karakterini vurguladı."
    text += " Dizide Fısfıs İsmail rolüyle tanındı."
    found = listed(linker.resolve(text, [span(text, "Fısfıs İsmail", "PER")]))
    assert found == {("PER", "Fısfıs İsmail")}


def test_a_role_without_a_name_adds_no_one(linker: EntityLinker) -> None:
    text = "Türkiye kilit rol oynuyor, Ege karakteriyle öne çıkan kıyıları turist çekiyor; oyunda Muhafızları rolünde"
    text += " oynuyorsunuz. Bartok bize Macar karakteri hakkında bilgi sunar."
    found = listed(linker.resolve(text, [span(text, "Türkiye", "LOC"), span(text, "Ege", "LOC")]))
    assert not any(t == "PER" and name in ("Türkiye", "Ege", "Muhafızları", "Macar") for t, name in found)


def test_a_broadcasters_title_is_not_part_of_the_name(linker: EntityLinker) -> None:
    text = "Programın sunucusu değişti. Spiker Derya Coşkundeniz dün akşamki yayında izleyicilere veda etti."
    found = listed(linker.resolve(text, [span(text, "Spiker Derya Coşkundeniz", "PER")]))
    assert ("PER", "Derya Coşkundeniz") in found


def test_a_name_the_copy_wrote_without_its_space_is_the_spaced_name(linker: EntityLinker) -> None:
    text = "Genel Cerrahi Uzmanı Op. Dr. Mehmetİnceköy, kadınları uyardı. Dr. Mehmet İnceköy, teşhisin önemini anlattı."
    found = listed(linker.resolve(text, [span(text, "Mehmetİnceköy", "PER"), span(text, "Mehmet İnceköy", "PER")]))
    assert found == {("PER", "Mehmet İnceköy")}


def test_a_maternity_hospital_is_a_body(linker: EntityLinker) -> None:
    text = "Bebek 1999 yılında Balıkesir Doğumevinde erken doğdu ve aylarca küvözde kaldı."
    found = listed(linker.resolve(text, [span(text, "Balıkesir Doğumevinde", "LOC")]))
    assert ("ORG", "Balıkesir Doğumevi") in found


# --- a second wave ----------------------------------------------------------------------------------------------------


def test_a_country_glued_to_a_known_firm_is_the_two(linker: EntityLinker) -> None:
    text = "Buna göre Türkiye Gazprom'a geçen yıl bin metreküp için 406 dolar ödeme yaptı."
    found = listed(linker.resolve(text, [span(text, "Türkiye Gazprom'a", "LOC")]))
    assert ("LOC", "Türkiye") in found
    assert ("ORG", "Gazprom") in found


def test_a_universitys_short_name_of_a_province_and_a_district_is_not_two_places(linker: EntityLinker) -> None:
    text = "Eskişehir Osmangazi ile Kütahya Dumlupınar arasında yeni bir işbirliği protokolü imzalandı."
    spans = [span(text, "Eskişehir Osmangazi", "ORG"), span(text, "Kütahya Dumlupınar", "ORG")]
    assert not any(t == "LOC" for t, _name in listed(linker.resolve(text, spans)))


def test_a_storm_named_after_its_noun_or_before_a_capitalised_one_is_no_one(linker: EntityLinker) -> None:
    text = "ABD'nin doğusunu vuran kar fırtınası Nemo'nun bilançosu ağırlaşıyor. Nemo Kasırgası yüzünden uçuşlar durdu."
    spans = [span(text, "ABD'nin", "LOC"), span(text, "Nemo'nun", "PER"), span(text, "Nemo", "PER", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert not any(t == "PER" for t, _name in found)


def test_what_a_storm_hit_and_an_uproars_target_stay(linker: EntityLinker) -> None:
    text = "Sandy kasırgası Teksas'ı değil New Jersey'i vurdu. Teksas bu kez şanslıydı. Kongrede tepki fırtınası"
    text += " Kaymakçı'yı hedef aldı ve Kaymakçı istifa etti."
    spans = [span(text, "Teksas'ı", "LOC"), span(text, "New Jersey'i", "LOC"), span(text, "Teksas", "LOC", nth=1)]
    spans += [span(text, "Kaymakçı'yı", "PER"), span(text, "Kaymakçı", "PER", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert any(t == "LOC" and name.startswith("Teksas") for t, name in found)
    assert ("PER", "Kaymakçı") in found


def test_an_ordinary_noun_a_paper_owns_is_no_supplement(linker: EntityLinker) -> None:
    text = "Program her akşam Habertürk Ekranları'nda yayımlanıyor ve izleyicilerden büyük ilgi görüyor."
    found = listed(linker.resolve(text, [span(text, "Habertürk Ekranları'nda", "ORG")]))
    assert ("ORG", "Habertürk") in found


def test_a_dutch_name_the_model_read_as_places_is_a_person(linker: EntityLinker) -> None:
    text = "Hollandalı senatör Van der Linden dün Ankara'da temaslarda bulundu ve ödül aldı."
    spans = [span(text, "Van", "LOC"), span(text, "Linden", "LOC"), span(text, "Ankara'da", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Van der Linden") in found
    assert ("LOC", "Van") not in found


def test_a_papers_supplement_keeps_its_name(linker: EntityLinker) -> None:
    text = "Bu haber 06.01.2013 tarihli Posta Karnaval'dan alınmıştır ve yazarın izniyle yayımlanmıştır."
    assert ("ORG", "Posta Karnaval") in listed(linker.resolve(text, [span(text, "Posta Karnaval'dan", "ORG")]))


def test_a_body_the_model_read_of_two_major_places_is_two_places(linker: EntityLinker) -> None:
    text = "Haberlere göre ABD Manhattan bölgesinde dün akşam büyük bir yangın çıktı ve trafik durdu."
    found = listed(linker.resolve(text, [span(text, "ABD Manhattan", "ORG")]))
    assert ("LOC", "Manhattan") in found
    assert not any(t == "ORG" for t, _name in found)
