"""EntityLinker.resolve on what a twenty-fifth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- a hurricane named once by its noun -------------------------------------------------------------------------------


def test_a_hurricanes_name_alone_is_the_storms_where_the_article_names_it_so(linker: EntityLinker) -> None:
    text = "ABD'yi etkileyen Nemo Kasırgası 9 can aldı. Nemo'nun getirdiği kar yağışı yolları kapattı."
    found = listed(linker.resolve(text, [span(text, "ABD'yi", "LOC"), span(text, "Nemo'nun", "PER")]))
    assert not any(name == "Nemo" for _, name in found)


def test_a_known_name_before_a_hurricanes_noun_stays(linker: EntityLinker) -> None:
    text = "Barcelona'da Messi Kasırgası esti. Messi'nin attığı üç gol maçı bitirdi."
    found = listed(linker.resolve(text, [span(text, "Messi'nin", "PER")]))
    assert any(kind == "PER" and "Messi" in name for kind, name in found)


# --- a Hijri month the article names as the month ---------------------------------------------------------------------


def test_a_hijri_months_lone_mentions_are_the_months_where_the_article_names_it_so(linker: EntityLinker) -> None:
    text = "Paşa 1536 yılının Ramazan ayında öldürülüyor. Dizide Ramazan atmosferi canlandırılacak. RAMAZAN GELDİ."
    spans = [span(text, "Ramazan", "PER", nth=1), span(text, "RAMAZAN", "PER")]
    found = listed(linker.resolve(text, spans))
    assert not any("Ramazan" in name or "RAMAZAN" in name for _, name in found)


def test_a_person_whose_name_opens_with_the_month_keeps_his_lone_mentions(linker: EntityLinker) -> None:
    text = "Ramazan Yılmaz, Ramazan ayında oruç tuttuğunu anlattı. Ramazan, köyüne döneceğini söyledi."
    spans = [span(text, "Ramazan Yılmaz", "PER"), span(text, "Ramazan", "PER", nth=2)]
    assert ("PER", "Ramazan Yılmaz") in listed(linker.resolve(text, spans))
    assert any(m.text == "Ramazan" for e in linker.resolve(text, spans) for m in e.mentions)


# --- an abstract noun's possessive capitalised by its sentence --------------------------------------------------------


def test_an_abstract_nouns_possessive_opening_a_sentence_is_no_place(linker: EntityLinker) -> None:
    text = "Çift dün evlendi. Şahitliği Milas Kaymakamı Bahattin Atçı'nın yaptığı nikah renkli geçti."
    spans = [span(text, "Şahitliği", "LOC"), span(text, "Milas", "LOC"), span(text, "Bahattin Atçı'nın", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Milas") in found
    assert not any(name.startswith("Şahit") for _, name in found)


def test_a_known_body_ending_so_stays(linker: EntityLinker) -> None:
    text = "Gençlerbirliği dün Ankara'da kazandı ve ligde üst sıralara yükseldi."
    assert ("ORG", "Gençlerbirliği") in listed(linker.resolve(text, [span(text, "Gençlerbirliği", "ORG")]))


# --- a town that is a titled person's surname -------------------------------------------------------------------------


def test_a_town_after_a_title_is_the_surname_of_the_person_named_in_full(linker: EntityLinker) -> None:
    text = "Belediye Başkanı Muhammet Tokat nikahı kıydı. Konuşma yapan Başkan Tokat, çifte mutluluk diledi."
    spans = [span(text, "Muhammet Tokat", "PER"), span(text, "Tokat", "PER", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Muhammet Tokat") in found
    assert ("LOC", "Tokat") not in found


def test_the_town_in_a_places_case_after_a_title_stays_the_town(linker: EntityLinker) -> None:
    text = "Belediye Başkanı Muhammet Tokat konuştu. Vali Tokat'ta yeni hastaneyi açtı."
    spans = [span(text, "Muhammet Tokat", "PER"), span(text, "Tokat'ta", "PER")]
    assert ("LOC", "Tokat") in listed(linker.resolve(text, spans))


# --- people before "their countries" ----------------------------------------------------------------------------------


def test_people_before_their_countries_stay_people(linker: EntityLinker) -> None:
    text = "Kulübün Gabonlu oyuncuları Pierre Mbanga ve Didier Tanoh ülkelerinin milli takımına çağrıldı."
    spans = [span(text, "Pierre Mbanga", "PER"), span(text, "Didier Tanoh", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Pierre Mbanga"), ("PER", "Didier Tanoh")} <= found


def test_places_before_a_plural_countries_noun_stay_places(linker: EntityLinker) -> None:
    text = "Vize muafiyeti Gabon ve Kamerun ülkelerinin vatandaşlarını da kapsıyor."
    spans = [span(text, "Gabon", "LOC"), span(text, "Kamerun", "LOC")]
    assert {("LOC", "Gabon"), ("LOC", "Kamerun")} <= listed(linker.resolve(text, spans))


# --- a place written before a body the lists know ---------------------------------------------------------------------


def test_a_town_before_a_known_university_is_two_names(linker: EntityLinker) -> None:
    text = "Ankara Gazi Üniversitesinde yüz nakli bekleyen Dilek Sürgün umutlu."
    spans = [span(text, "Ankara Gazi Üniversitesinde", "ORG"), span(text, "Dilek Sürgün", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Gazi Üniversitesi") in found
    assert ("LOC", "Ankara") in found


def test_a_town_before_a_known_university_the_model_read_apart_stays_two(linker: EntityLinker) -> None:
    text = "Öğrenciler Eskişehir Anadolu Üniversitesi kampüsünde toplandı."
    spans = [span(text, "Eskişehir", "LOC"), span(text, "Anadolu Üniversitesi", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("LOC", "Eskişehir"), ("ORG", "Anadolu Üniversitesi")} <= found


def test_a_foreign_countrys_body_sharing_a_known_name_stays_whole(linker: EntityLinker) -> None:
    text = "Nijerya Merkez Bankası faiz oranını sabit tuttu."
    found = listed(linker.resolve(text, [span(text, "Nijerya Merkez Bankası", "ORG")]))
    assert ("ORG", "Nijerya Merkez Bankası") in found


def test_a_towns_ministry_stays_whole(linker: EntityLinker) -> None:
    text = "Gazze Sağlık Bakanlığı ölü sayısını açıkladı."
    found = listed(linker.resolve(text, [span(text, "Gazze Sağlık Bakanlığı", "ORG")]))
    assert ("ORG", "Gazze Sağlık Bakanlığı") in found


# --- a person the lists know by one word glued to a place -------------------------------------------------------------


def test_a_known_one_word_person_before_a_place_in_the_genitive_is_two_names(linker: EntityLinker) -> None:
    text = "Tarihçiye göre Atatürk Selanik'in evladıdır ve kent bunu unutmadı."
    found = listed(linker.resolve(text, [span(text, "Atatürk Selanik'in", "PER")]))
    assert ("LOC", "Selanik") in found
    assert any(kind == "PER" and "Atatürk" in name and "Selanik" not in name for kind, name in found)


def test_an_unknown_person_whose_surname_is_a_town_stays_whole(linker: EntityLinker) -> None:
    text = "Muhtar Yusuf Kars'ın açıklamasına göre köy yolu açıldı."
    assert ("PER", "Yusuf Kars") in listed(linker.resolve(text, [span(text, "Yusuf Kars'ın", "PER")]))


# --- a body's name going on left of its "ve" after a sentence's end ---------------------------------------------------


def test_a_bodys_name_goes_on_left_of_its_and_after_a_sentences_end(linker: EntityLinker) -> None:
    text = "Hastalar memnun. Refleksoloji ve Manuel Terapi Merkezi'nde tedavi gören hastalar arttı."
    found = listed(linker.resolve(text, [span(text, "Manuel Terapi Merkezi'nde", "ORG")]))
    assert ("ORG", "Refleksoloji ve Manuel Terapi Merkezi") in found


def test_a_head_word_alone_is_no_bodys_end(linker: EntityLinker) -> None:
    text = "Oyun çok sevildi. Borderlands ve Brothers in Arms serilerinin geliştiricisi yeni oyununu duyurdu."
    found = listed(linker.resolve(text, [span(text, "Brothers", "ORG")]))
    assert not any("Borderlands" in name for _, name in found)


# --- a byline's reporter ----------------------------------------------------------------------------------------------


def test_a_bylines_reporter_is_one_person_whatever_the_model_read(linker: EntityLinker) -> None:
    text = "Hastalara sirkeli su önerildi.\n Osman BEKLEYEN / VAN, (DHA)"
    found = listed(linker.resolve(text, [span(text, "Osman", "PER"), span(text, "VAN", "LOC")]))
    assert ("PER", "Osman Bekleyen") in found
    assert ("PER", "Osman") not in found


def test_a_bylines_reporter_the_model_was_unsure_of_is_kept(linker: EntityLinker) -> None:
    text = "Hayranlar şarkıcıyı yuhaladı.\n POSTA/Metin ÜNLÜ/DHA"
    found = listed(linker.resolve(text, [span(text, "Metin ÜNLÜ", "PER", confidence=0.4)]))
    assert ("PER", "Metin Ünlü") in found


def test_a_desks_byline_is_no_reporter(linker: EntityLinker) -> None:
    text = "Toplantı dün yapıldı.\n Haber MERKEZİ / ANKARA"
    found = listed(linker.resolve(text, [span(text, "ANKARA", "LOC")]))
    assert not any(kind == "PER" for kind, _ in found)


# --- a known hyphenated place the model read in two -------------------------------------------------------------------


def test_a_known_hyphenated_place_read_in_two_is_one_place(linker: EntityLinker) -> None:
    text = "Birleşik Rusya Partisi'nin Kabardey-Balkar parlamentosundaki grup üyeleri toplandı."
    spans = [span(text, "Kabardey", "LOC"), span(text, "Balkar", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Kabardey-Balkar") in found
    assert ("PER", "Balkar") not in found


def test_two_sides_of_a_match_stay_two(linker: EntityLinker) -> None:
    text = "Dün oynanan Altay-Bursaspor maçında taraftarlar sahaya indi."
    spans = [span(text, "Altay", "ORG"), span(text, "Bursaspor", "ORG")]
    assert ("ORG", "Bursaspor") in listed(linker.resolve(text, spans))


# --- common words for a court or a club ------------------------------------------------------------------------------


def test_a_local_court_is_no_name(linker: EntityLinker) -> None:
    text = "Yerel Mahkeme, sanığın cezasında indirim yaptı ve kararı açıkladı."
    assert not listed(linker.resolve(text, [span(text, "Yerel Mahkeme", "ORG")]))


def test_a_club_described_by_its_country_is_no_name(linker: EntityLinker) -> None:
    text = "Oyuncu için Rus Kulübü Lokomotiv Moskova siyah-beyazlı kulübün kapısını çaldı."
    spans = [span(text, "Rus Kulübü", "ORG"), span(text, "Lokomotiv Moskova", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert not any("Kulübü" in name for _, name in found)


# --- the code review's mends ------------------------------------------------------------------------------------------


def test_a_countrys_own_body_stays_whole(linker: EntityLinker) -> None:
    text = "Türkiye Merkez Bankası faiz kararını açıkladı."
    found = listed(linker.resolve(text, [span(text, "Türkiye Merkez Bankası", "ORG")]))
    assert ("LOC", "Türkiye") not in found
    assert any(kind == "ORG" and name != "Merkez Bankası" for kind, name in found)


def test_a_towns_public_body_stays_whole(linker: EntityLinker) -> None:
    text = "Ankara Devlet Tiyatroları yeni oyununu sahneledi."
    found = listed(linker.resolve(text, [span(text, "Ankara Devlet Tiyatroları", "ORG")]))
    assert ("ORG", "Ankara Devlet Tiyatroları") in found


def test_a_sentences_office_noun_stays_out_of_the_next_body(linker: EntityLinker) -> None:
    text = "Salgın büyüdü. Valilik ve İl Sağlık Müdürlüğü ortak açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, "İl Sağlık Müdürlüğü", "ORG")]))
    assert not any(name.startswith("Valilik") for _, name in found)


def test_a_body_named_with_and_after_a_sentences_end_is_whole(linker: EntityLinker) -> None:
    text = "Rapor dün açıklandı.\n Uyuşturucu ve Suç Ofisi ile Suçla Mücadele adlı kuruluş uyardı."
    found = listed(linker.resolve(text, [span(text, "Suç Ofisi", "ORG")]))
    assert ("ORG", "Uyuşturucu ve Suç Ofisi") in found


def test_a_word_that_names_a_small_town_opens_a_partys_name(linker: EntityLinker) -> None:
    text = "İngiltere'de Liberal Demokrat Parti seçimde oy kaybetti."
    found = listed(linker.resolve(text, [span(text, "Liberal Demokrat Parti", "ORG")]))
    assert ("LOC", "Liberal") not in found


def test_initials_before_and_stay_apart(linker: EntityLinker) -> None:
    text = "Maçta Ç. Dardanel ve G. Birliği karşılaştı."
    found = listed(linker.resolve(text, [span(text, "Birliği", "ORG")]))
    assert not any("Dardanel" in name for _, name in found)


def test_a_hurricane_in_a_match_report_is_a_figure_of_speech(linker: EntityLinker) -> None:
    text = "Maksimir'de Bilic Kasırgası esti. Bilic, maçtan sonra oyuncularını kutladı."
    found = listed(linker.resolve(text, [span(text, "Bilic", "PER", nth=1)]))
    assert ("PER", "Bilic") in found


def test_a_typhoon_named_once_is_the_storms_everywhere(linker: EntityLinker) -> None:
    text = "Haiyan Tayfunu Filipinler'i vurdu, şiddetli rüzgar evleri yıktı. Haiyan'ın ardından yardım başladı."
    found = listed(linker.resolve(text, [span(text, "Haiyan'ın", "PER")]))
    assert not any("Haiyan" in name for _, name in found)


def test_a_titled_person_named_like_the_month_stays(linker: EntityLinker) -> None:
    text = "Köyde Şaban ayında şenlik yapılıyor. Köyün muhtarı Şaban, hazırlıkları anlattı."
    found = listed(linker.resolve(text, [span(text, "Şaban", "PER", nth=1)]))
    assert ("PER", "Şaban") in found


def test_a_bylines_reporter_the_model_missed_is_found(linker: EntityLinker) -> None:
    text = "Hastalara sirkeli su önerildi.\n Osman BEKLEYEN / VAN, (DHA)"
    found = listed(linker.resolve(text, [span(text, "VAN", "LOC")]))
    assert ("PER", "Osman Bekleyen") in found


def test_a_known_hyphenated_place_read_as_one_person_stays_one_place(linker: EntityLinker) -> None:
    text = "Birleşik Rusya Partisi'nin Kabardey-Balkar parlamentosundaki grup üyeleri toplandı."
    found = listed(linker.resolve(text, [span(text, "Kabardey-Balkar", "PER")]))
    assert ("LOC", "Kabardey-Balkar") in found


# --- a title's fields before "ve", a faith after a name ---------------------------------------------------------------


def test_a_ministers_fields_before_and_are_no_body(linker: EntityLinker) -> None:
    text = "Ulaştırma Denizcilik ve Haberleşme Bakanı Binali Yıldırım açıklama yaptı."
    spans = [span(text, "Ulaştırma Denizcilik", "ORG"), span(text, "Binali Yıldırım", "PER")]
    found = listed(linker.resolve(text, spans))
    assert not any(kind == "ORG" for kind, _ in found)


def test_a_directors_fields_before_and_leave_the_town(linker: EntityLinker) -> None:
    text = "Toplantıya Bartın Gıda Tarım ve Hayvancılık İl Müdürü Abdulsetter Bayram da katıldı."
    spans = [span(text, "Bartın Gıda Tarım", "ORG"), span(text, "Abdulsetter Bayram", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Bartın") in found
    assert not any(kind == "ORG" for kind, _ in found)


def test_a_body_before_and_a_title_stays(linker: EntityLinker) -> None:
    text = "Ankara Ticaret Odası ve Borsa Genel Müdürü Ali Veli konuştu."
    found = listed(linker.resolve(text, [span(text, "Ankara Ticaret Odası", "ORG")]))
    assert ("ORG", "Ankara Ticaret Odası") in found


def test_a_faith_glued_after_a_person_is_cut_off(linker: EntityLinker) -> None:
    text = "Diyanet İşleri Başkanı Prof. Dr. Mehmet Görmez İslamiyet’in tüm insanlara ait bir din olduğunu söyledi."
    found = listed(linker.resolve(text, [span(text, "Mehmet Görmez İslamiyet’in", "PER")]))
    assert ("PER", "Mehmet Görmez") in found


def test_a_town_opening_a_bodys_known_whole_name_stays(linker: EntityLinker) -> None:
    text = "Araştırma Paris Sorbonne Üniversitesi'nde yapıldı."
    found = listed(linker.resolve(text, [span(text, "Paris Sorbonne Üniversitesi'nde", "ORG")]))
    assert ("LOC", "Paris") not in found


def test_a_hijri_month_before_its_month_word_is_no_one(linker: EntityLinker) -> None:
    text = "Başkan Muharrem ayı mesajı yayımladı ve birlik çağrısı yaptı."
    assert not listed(linker.resolve(text, [span(text, "Muharrem", "PER")]))


def test_a_month_after_a_known_person_is_the_dates(linker: EntityLinker) -> None:
    text = "İtalya'da Silvio Berlusconi Kasım ayında istifa etmişti."
    found = listed(linker.resolve(text, [span(text, "Silvio Berlusconi Kasım", "PER")]))
    assert any(kind == "PER" and "Berlusconi" in name and "Kasım" not in name for kind, name in found)


def test_a_cars_plate_in_a_list_of_plates_is_no_acronym(linker: EntityLinker) -> None:
    text = "Yoldan geçen 10 UN 563, 34 UU 697 ve 34 FK 9600 plakalı otomobiller kazaya karıştı."
    assert not listed(linker.resolve(text, [span(text, "UN", "ORG")]))


def test_a_ministers_fields_opening_with_a_word_leave_no_place(linker: EntityLinker) -> None:
    text = "Hollanda Başbakanı Mark Rutte ve Dış Ticaret ve Tarım Bakanı Henk Bleker'i ağırladı."
    found = listed(linker.resolve(text, [span(text, "Dış Ticaret", "ORG")]))
    assert not any(name in ("Dış", "Dış Ticaret") for _, name in found)


# --- the second code review's mends -----------------------------------------------------------------------------------


def test_a_known_company_before_and_a_title_stays(linker: EntityLinker) -> None:
    text = "Toplantıya Koç Holding ve Tüpraş Genel Müdürü Ali Veli de katıldı."
    found = listed(linker.resolve(text, [span(text, "Koç Holding", "ORG")]))
    assert any(kind == "ORG" and "Koç Holding" in name for kind, name in found)


def test_a_ministers_fields_with_a_firms_word_are_no_body(linker: EntityLinker) -> None:
    text = "Bilim Sanayi ve Teknoloji Bakanı Nihat Ergün fuarı açtı."
    found = listed(linker.resolve(text, [span(text, "Bilim Sanayi", "ORG")]))
    assert not any(kind == "ORG" for kind, _ in found)


def test_a_body_named_with_jandarma_and_is_whole(linker: EntityLinker) -> None:
    text = "Tören, Jandarma ve Sahil Güvenlik Akademisi'nde yapıldı."
    found = listed(linker.resolve(text, [span(text, "Sahil Güvenlik Akademisi", "ORG")]))
    assert ("ORG", "Jandarma ve Sahil Güvenlik Akademisi") in found


def test_a_hurricane_in_a_story_with_a_capitalised_weather_word(linker: EntityLinker) -> None:
    text = "Sandy Kasırgası ABD'yi vurdu. Meteoroloji uyardı. Sandy'nin ardından elektrikler kesildi."
    found = listed(linker.resolve(text, [span(text, "Sandy'nin", "PER")]))
    assert not any("Sandy" in name for _, name in found)


def test_a_hijri_month_in_a_dates_case_is_the_months(linker: EntityLinker) -> None:
    text = "Müslümanlar Ramazan ayını bekliyor. Ramazan'da oruç tutulacak, Ramazan sonrası bayram gelecek."
    spans = [span(text, "Ramazan'da", "PER"), span(text, "Ramazan", "PER", nth=2)]
    assert not listed(linker.resolve(text, spans))


def test_a_month_after_an_unknown_person_stays_his_surname(linker: EntityLinker) -> None:
    text = "Gazeteci Ayşe Nur Ekim yeni kitabını tanıttı."
    assert ("PER", "Ayşe Nur Ekim") in listed(linker.resolve(text, [span(text, "Ayşe Nur Ekim", "PER")]))
