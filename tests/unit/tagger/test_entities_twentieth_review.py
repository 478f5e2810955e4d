"""EntityLinker.resolve on what a twentieth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.lineups import play_credits
from newswire_tagger.entities.people import aged_people

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


def test_a_suffixed_known_name_replaces_the_models_run_past_it(linker: EntityLinker) -> None:
    text = "Kredi kuruluşu Moody's Investors Service Türkiye notunu teyit etti ve karar olumlu karşılandı."
    found = listed(linker.resolve(text, [span(text, "Moody's Investors Service Türkiye", "ORG")]))
    assert any(t == "ORG" and "Moody" in name for t, name in found)
    assert not any("Türkiye" in name and "Moody" in name for _type, name in found)


def test_a_known_name_with_two_connectors_inside_is_read_whole(linker: EntityLinker) -> None:
    text = "Avustralyalı Empire of the Sun grubu yazın İstanbul'da konser verecek ve bilet satışı başladı."
    assert ("ORG", "Empire of the Sun") in listed(linker.resolve(text, []))


def test_a_known_name_grows_to_the_head_word_the_model_read_after_it(linker: EntityLinker) -> None:
    text = "Uçak Roma'daki Leonardo Da Vinci Havalimanı'na acil iniş yaptı ve yolcular tahliye edildi."
    spans = [span(text, "Roma'daki", "LOC"), span(text, "Vinci Havalimanı'na", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Leonardo Da Vinci Havalimanı") in found
    assert not any(t == "PER" for t, _name in found)


def test_a_slogan_is_no_party(linker: EntityLinker) -> None:
    text = 'Bakanlık "Gelecek Var" sloganıyla yeni bir gençlik kampanyası başlattı ve illerde yürütecek.'
    assert not any(t == "ORG" for t, _name in listed(linker.resolve(text, [])))


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
    assert play_credits(text) == []


def test_two_run_on_labels_make_no_credits_block() -> None:
    assert play_credits("Notlar\nYazan: Ali Veli Yöneten: Ayşe Can\nSüre: 90 dakika\n") == []


def test_roles_joined_by_a_hyphen_are_a_role() -> None:
    text = "Oyun\nYazan: Ali Veli Çeviren-Yöneten: Deniz Ak Dekor: Ece Su Işık: Mert Er\n"
    assert "Deniz Ak" in {s.text for s in play_credits(text)}


def test_a_run_on_label_takes_no_surname_that_is_a_word(linker: EntityLinker) -> None:
    text = (
        "Oyun hakkında bilgi verildi. Biletler satışta.\n"
        "Yazan: Orhan Veli Yöneten: Engin Alkan Dekor: Ayşe Güneş Teknik Sorumlu: Ali Aslan Işık: Cem Yılmaz\n"
    )
    found = listed(linker.resolve(text, [span(text, "Ayşe Güneş", "PER"), span(text, "Engin Alkan Dekor", "PER")]))
    assert ("PER", "Ayşe Güneş") in found
    assert ("PER", "Engin Alkan") in found


def test_a_rulers_title_before_a_character_is_the_labels(linker: EntityLinker) -> None:
    text = (
        "Oyun hakkında bilgi verildi. Biletler satışta.\n"
        "Yazan: W. Shakespeare Yöneten: Mehmet Ergen Müzik: Ali Rıza Şahin Kral Lear: Genco Erkal Edgar: Can Toprak\n"
    )
    found = listed(linker.resolve(text, [span(text, "Ali Rıza Şahin Kral", "PER")]))
    assert ("PER", "Ali Rıza Şahin") in found
    assert not any(name.endswith("Kral") for _type, name in found)


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
    assert not any(t == "PER" and not name.startswith("Damat") for t, name in found)  # the street's words kept


def test_an_index_looking_like_a_numeral_is_no_numeral(linker: EntityLinker) -> None:
    text = "Piyasalarda korku endeksi VIX yüzde 20 yükseldi ve yatırımcılar tedirgin oldu."
    assert ("ORG", "VIX") in listed(linker.resolve(text, [span(text, "VIX", "ORG")]))


def test_a_ranking_opened_by_a_superlative_is_no_name(linker: EntityLinker) -> None:
    text = "Türkiye'nin En Büyük 500 Sanayi Kuruluşu listesi açıklandı ve şirketler sıralandı."
    found = listed(linker.resolve(text, [span(text, "En Büyük 500 Sanayi Kuruluşu", "ORG")]))
    assert not any(name.startswith("En ") for _type, name in found)


def test_a_plural_settlement_noun_in_a_bodys_name_stays(linker: EntityLinker) -> None:
    text = "Kooperatif Boğaz Köyleri adıyla ürünlerini satıyor ve ihracata hazırlanıyor."
    found = listed(linker.resolve(text, [span(text, "Boğaz Köyleri", "ORG")]))
    assert ("ORG", "Boğaz Köyleri") in found


def test_a_wedding_word_before_a_single_name_stays(linker: EntityLinker) -> None:
    text = "Nikahta Damat Ferit de çok heyecanlıydı ve konuklar alkışladı."
    assert ("PER", "Damat Ferit") in listed(linker.resolve(text, [span(text, "Damat Ferit", "PER")]))


def test_a_brand_opening_with_a_wedding_word_stays(linker: EntityLinker) -> None:
    text = "Giyim devi Damat Tween Mağazaları yeni sezonu açtı ve indirim başlattı."
    found = listed(linker.resolve(text, [span(text, "Damat Tween Mağazaları", "ORG")]))
    assert any(t == "ORG" and name.startswith("Damat Tween") for t, name in found)


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


def test_two_clubs_side_by_side_before_a_derby_are_two_sides(linker: EntityLinker) -> None:
    text = "Hafta sonu oynanacak Galatasaray Beşiktaş derbisi için biletler tükendi."
    found = listed(linker.resolve(text, [span(text, "Galatasaray Beşiktaş", "ORG")]))
    assert {("ORG", "Galatasaray"), ("ORG", "Beşiktaş")} <= found


def test_two_clubs_with_no_match_after_stay_as_read(linker: EntityLinker) -> None:
    text = "Transfer haberinde Barcelona Galatasaray ile görüştü ve anlaşma yakın."
    found = listed(linker.resolve(text, [span(text, "Barcelona Galatasaray", "ORG")]))
    assert ("ORG", "Galatasaray") not in found or ("ORG", "Barcelona") not in found


def test_a_club_and_its_sponsor_before_a_match_stay_whole(linker: EntityLinker) -> None:
    for name in ("Inter Milan", "Galatasaray Odeabank"):
        text = f"Yarın oynanacak {name} maçı için biletler tükendi."
        assert ("ORG", name) in listed(linker.resolve(text, [span(text, name, "ORG")]))


def test_a_clubs_own_two_words_before_a_match_stay_whole(linker: EntityLinker) -> None:
    text = "Yarın oynanacak Manchester City maçı için biletler tükendi."
    found = listed(linker.resolve(text, [span(text, "Manchester City", "ORG")]))
    assert ("ORG", "Manchester City") in found


# --- a chief officer's title written without an apostrophe ------------------------------------------------------------


def test_a_ceos_title_without_an_apostrophe_introduces_the_person(linker: EntityLinker) -> None:
    text = "Oyun şirketi Crytek CEOsu Cevat Yerli yeni motoru tanıttı."
    spans = [span(text, "Crytek", "ORG"), span(text, "CEOsu Cevat Yerli", "PER")]
    entities = linker.resolve(text, spans)
    assert ("PER", "Cevat Yerli") in listed(entities)
    assert not any("CEOsu" in name for _type, name in listed(entities))
    assert [e.title for e in entities if e.name == "Cevat Yerli"] == ["Crytek CEOsu"]


# --- a second batch: offices, awards, ages, units, degrees ------------------------------------------------------------


def test_an_office_the_speaker_held_is_no_body(linker: EntityLinker) -> None:
    text = "Eski bakan, Dışişleri Bakanlığım sırasında da bunu gördüm dedi ve konuşmasını bitirdi."
    assert listed(linker.resolve(text, [span(text, "Dışişleri Bakanlığım", "ORG")])) == set()


def test_our_ministry_is_the_body(linker: EntityLinker) -> None:
    text = "Müsteşar, Dışişleri Bakanlığımız konuyu yakından izliyor dedi."
    found = listed(linker.resolve(text, [span(text, "Dışişleri Bakanlığımız", "ORG")]))
    assert any(t == "ORG" and name.startswith("Dışişleri") for t, name in found)


def test_an_awards_li_word_before_a_name_is_no_word_of_it(linker: EntityLinker) -> None:
    text = "Türk romancı, Nobelli Ahmet Kaya'yı satışta geçti ve listenin başına yerleşti."
    found = listed(linker.resolve(text, [span(text, "Nobelli Ahmet Kaya'yı", "PER")]))
    assert ("PER", "Ahmet Kaya") in found
    assert not any("Nobelli" in name for _type, name in found)


def test_a_persons_name_before_the_office_leading_a_team_is_the_person(linker: EntityLinker) -> None:
    text = "Van'dan Taner Eltutan Başkanlığı'ndaki 5 kişilik ekip bölgeye ulaştı."
    found = listed(linker.resolve(text, [span(text, "Taner Eltutan Başkanlığı'ndaki", "ORG")]))
    assert ("PER", "Taner Eltutan") in found
    assert not any(t == "ORG" for t, _name in found)


def test_a_body_named_after_a_person_before_an_office_stays_a_body(linker: EntityLinker) -> None:
    text = "Ahmet Yesevi Üniversitesi Mütevelli Heyeti Başkanlığı'na yeni atama yapıldı."
    spans = [span(text, "Ahmet Yesevi Üniversitesi Mütevelli Heyeti Başkanlığı'na", "ORG")]
    assert not any(t == "PER" for t, _name in listed(linker.resolve(text, spans)))


def test_a_given_name_alone_before_an_age_is_a_person(linker: EntityLinker) -> None:
    text = "Kazada ağır yaralanan Nadide (86) ve Şahin Dertli (12) kurtarılamadı."
    found = listed(linker.resolve(text, [span(text, "Şahin Dertli", "PER")]))
    assert ("PER", "Nadide") in found


def test_a_place_before_an_age_like_number_is_no_person(linker: EntityLinker) -> None:
    text = "Kentteki yarışta Ankara (12) ve İzmir (9) madalya kazandı."
    found = listed(linker.resolve(text, [span(text, "Ankara", "LOC"), span(text, "İzmir", "LOC")]))
    assert not any(t == "PER" for t, _name in found)


def test_a_numbered_brigade_is_a_body(linker: EntityLinker) -> None:
    text = "Olay, Midyat ilçesindeki 3. Komando Tugayı bölgesinde yaşandı ve askerler alarma geçti."
    found = listed(linker.resolve(text, [span(text, "Midyat", "LOC"), span(text, "3. Komando Tugayı", "LOC")]))
    assert ("ORG", "3. Komando Tugayı") in found


def test_a_compass_point_before_degrees_is_no_place(linker: EntityLinker) -> None:
    text = "Yeni uydu, Doğu 46 derecede konumlandırılacak ve yayınlara başlayacak."
    assert listed(linker.resolve(text, [span(text, "Doğu", "LOC")])) == set()


def test_a_lower_case_place_word_keeps_a_place_and_a_body_apart(linker: EntityLinker) -> None:
    text = "Şam'ın Mezra mahallesindeki Abdullah Bin Zübeyir Okulu yakınında patlama oldu."
    spans = [span(text, "Mezra", "LOC"), span(text, "Abdullah Bin Zübeyir Okulu", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Abdullah Bin Zübeyir Okulu") in found
    assert not any("mahallesindeki" in name for _type, name in found)


# --- clubs: a person glued to one, a prefix apart ---------------------------------------------------------------------


def test_a_person_glued_to_a_club_takes_none_of_the_clubs_mentions(linker: EntityLinker) -> None:
    text = (
        "Beşiktaş'ın yıldızı Manuel Fernandes için teklif geldi. Beşiktaş yönetimi teklifi reddetti. "
        "Fakat Fernandes Beşiktaş'ın futbolcusudur dedi Beşiktaş başkanı."
    )
    spans = [
        span(text, "Beşiktaş'ın", "ORG"),
        span(text, "Manuel Fernandes", "PER"),
        span(text, "Beşiktaş", "ORG", 1),
        span(text, "Fernandes Beşiktaş'ın", "PER"),
        span(text, "Beşiktaş", "ORG", 3),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Beşiktaş") in found
    assert ("PER", "Beşiktaş") not in found


def test_a_clubs_prefix_read_apart_joins_the_name_after_it(linker: EntityLinker) -> None:
    text = "Fransa'nın FC Metz takımında forma giyen oyuncu yeni kulübüyle anlaştı."
    spans = [span(text, "Fransa'nın", "LOC"), span(text, "FC", "ORG"), span(text, "Metz", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "FC Metz") in found
    assert ("ORG", "FC") not in found


def test_an_english_place_opener_makes_a_place(linker: EntityLinker) -> None:
    text = "Depremin merkez üssü Cape Fairweather'in 100 kilometre açığıydı ve dalgalar yükseldi."
    found = listed(linker.resolve(text, [span(text, "Cape Fairweather'in", "ORG")]))
    assert ("LOC", "Cape Fairweather") in found


# --- what a second code review found --------------------------------------------------------------------------------


def test_the_nazi_ss_before_a_country_joins_nothing(linker: EntityLinker) -> None:
    text = "Nazi Almanyası döneminde SS Polonya'da binlerce kişiyi öldürdü ve köyleri yaktı."
    found = listed(linker.resolve(text, [span(text, "SS", "LOC"), span(text, "Polonya'da", "LOC")]))
    assert ("LOC", "Polonya") in found
    assert not any(name.startswith("SS ") for _type, name in found)


def test_a_person_named_like_a_compass_point_before_a_fever_stays(linker: EntityLinker) -> None:
    text = "Ünlü oyuncu Güney 40 derece ateşle hastaneye kaldırıldı ve tedavi altına alındı."
    assert ("PER", "Güney") in listed(linker.resolve(text, [span(text, "Güney", "PER")]))


def test_a_bodys_name_before_a_number_in_brackets_is_no_person(linker: EntityLinker) -> None:
    text = "Sınav sonuçlarında Mehmet Akif Ersoy Ortaokulu (12) birinci oldu ve ödül aldı."
    found = listed(linker.resolve(text, []))
    assert not any(t == "PER" for t, _name in found)


def test_a_state_theatre_abroad_is_not_turkeys(linker: EntityLinker) -> None:
    text = "Moskova'daki Devlet Tiyatrosu yeni sezonu açtı ve Bolşoy ile ortak gösteri sundu."
    found = listed(linker.resolve(text, [span(text, "Devlet Tiyatrosu", "ORG")]))
    assert ("ORG", "Devlet Tiyatroları") not in found
    assert ("ORG", "Devlet Tiyatrosu") in found


def test_an_age_on_the_next_line_is_no_names() -> None:
    text = "Kazada yaralanan Ayşe\n(7) hastaneye kaldırıldı."
    assert aged_people(text, [], lambda word: word == "Ayşe", lambda _name: False) == []
    assert [s.text for s in aged_people("Kazada Ayşe (7) yaralandı.", [], lambda w: w == "Ayşe", lambda _n: False)] == [
        "Ayşe"
    ]
