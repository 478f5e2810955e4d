"""EntityLinker.resolve on what a twenty-eighth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- a compass word in the possessive is a side of a place, no place ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Deprem, Yunanistan'ın Limnos Adası'nın Güneydoğu'sunda meydana geldi.", "Güneydoğu'sunda"),
        ("Sarsıntı adanın Kuzeydoğusu'nda da hissedildi.", "Kuzeydoğusu'nda"),
        ("Ekipler Limnos Adası'nın Güneybatısı'ndaki küçük adaya ulaştı.", "Güneybatısı'ndaki"),
        ("Çatışmalar Irak'ın Kuzeyi'nde yoğunlaştı.", "Kuzeyi'nde"),
        ("Deprem Girit'in Güney Doğusu'nda oldu.", "Güney Doğusu'nda"),
    ],
)
def test_a_compass_word_in_the_possessive_is_no_place(linker: EntityLinker, text: str, side: str) -> None:
    found = listed(linker.resolve(text, [span(text, side, "LOC")]))
    assert not any(name.startswith(("Güney", "Kuzey")) for _, name in found)


def test_compass_words_listed_before_a_parts_noun_are_no_place(linker: EntityLinker) -> None:
    text = "Uzmanlar Ege Denizi'nin Kuzey ve Orta kesiminde olan fayları inceledi."
    found = listed(linker.resolve(text, [span(text, "Ege Denizi'nin", "LOC"), span(text, "Kuzey ve Orta", "LOC")]))
    assert found == {("LOC", "Ege Denizi")}


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        ("Yağışların Doğu ve Güneydoğu'da etkili olması bekleniyor.", "Güneydoğu'da", "Güneydoğu"),
        ("Heyet yarın Güneydoğu Anadolu'ya gidecek.", "Güneydoğu Anadolu'ya", "Güneydoğu Anadolu"),
        ("Yangın Ortasu yakınlarında çıktı.", "Ortasu", "Ortasu"),
    ],
)
def test_a_regions_name_stays_a_place(linker: EntityLinker, text: str, region: str, name: str) -> None:
    assert ("LOC", name) in listed(linker.resolve(text, [span(text, region, "LOC")]))


# --- a faith's people in the plural ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "model"),
    [("Rohingya Müslümanları", "LOC"), ("Rakhine Budistleri", "ORG"), ("Lübnan Hristiyanları", "ORG")],
)
def test_a_faiths_people_in_the_plural_is_no_name(linker: EntityLinker, group: str, model: EntityType) -> None:
    text = f"Bölgede {group} ile polis arasında yeni çatışmalar çıktı."
    assert listed(linker.resolve(text, [span(text, group, model)])) == set()


def test_a_body_of_a_faiths_people_keeps_its_name(linker: EntityLinker) -> None:
    text = "Avrupa Müslümanları Birliği yeni başkanını seçti."
    found = listed(linker.resolve(text, [span(text, "Avrupa Müslümanları Birliği", "ORG")]))
    assert found == {("ORG", "Avrupa Müslümanları Birliği")}


# --- dates, titles of a year, kinds of school -------------------------------------------------------------------------


def test_a_weekday_before_the_clocks_word_is_no_one(linker: EntityLinker) -> None:
    text = "İlk gösteri 15 Mart 2013 Cuma Saat 20:00'de sahnelenecek."
    assert listed(linker.resolve(text, [span(text, "Cuma Saat", "PER")])) == set()


def test_a_person_named_like_a_weekday_stays(linker: EntityLinker) -> None:
    text = "Öğretmen Cuma Saatçi törende konuştu."
    assert ("PER", "Cuma Saatçi") in listed(linker.resolve(text, [span(text, "Cuma Saatçi", "PER")]))


@pytest.mark.parametrize(
    ("text", "model_span", "city"),
    [
        (
            "Etkinlikler Avrupa Kültür Başkenti İstanbul programında yer aldı.",
            "Avrupa Kültür Başkenti İstanbul",
            "İstanbul",
        ),
        ("Festival Türk Dünyası Kültür Başkenti Astana'da düzenleniyor.", "Kültür Başkenti Astana'da", "Astana"),
    ],
)
def test_a_citys_title_of_a_year_comes_off_the_city(
    linker: EntityLinker, text: str, model_span: str, city: str
) -> None:
    assert listed(linker.resolve(text, [span(text, model_span, "ORG")])) == {("LOC", city)}


def test_a_bodys_name_with_a_citys_title_stays_whole(linker: EntityLinker) -> None:
    text = "Proje, Avrupa Kültür Başkenti Ajansı tarafından desteklendi."
    found = listed(linker.resolve(text, [span(text, "Avrupa Kültür Başkenti Ajansı", "ORG")]))
    assert found == {("ORG", "Avrupa Kültür Başkenti Ajansı")}


@pytest.mark.parametrize(
    "text", ["Bakanlık, Anadolu liselerinin programını değiştirdi.", "Anadolu imam hatip liseleri de sınava girdi."]
)
def test_anadolu_before_a_schools_kind_is_no_place(linker: EntityLinker, text: str) -> None:
    assert listed(linker.resolve(text, [span(text, "Anadolu", "LOC")])) == set()


def test_anadolu_elsewhere_stays_a_place(linker: EntityLinker) -> None:
    text = "Kuraklık Anadolu genelinde tarımı etkiledi."
    assert listed(linker.resolve(text, [span(text, "Anadolu", "LOC")])) == {("LOC", "Anadolu")}


# --- players, clubs, senators ---------------------------------------------------------------------------------------


def test_a_name_before_da_and_a_players_statistics_is_the_player(linker: EntityLinker) -> None:
    text = "Gülşah Akkaya 13 sayı, Cheryl Ford da 8 sayı, 17 ribaund ile oynadı."
    found = listed(linker.resolve(text, [span(text, "Gülşah Akkaya", "PER"), span(text, "Cheryl Ford", "ORG")]))
    assert ("PER", "Cheryl Ford") in found


@pytest.mark.parametrize(
    ("text", "player"),
    [
        ("Volkan Babacan kulübünden izin istedi.", "Volkan Babacan"),
        ("Umut Bulut kulübüne veda etti.", "Umut Bulut"),
        ("Mahmut Kocabaş kulübü 1980 yılında kurdu.", "Mahmut Kocabaş"),
    ],
)
def test_a_name_before_the_clubs_noun_stays_a_person(linker: EntityLinker, text: str, player: str) -> None:
    assert ("PER", player) in listed(linker.resolve(text, [span(text, player, "PER")]))


def test_a_senators_possessive_title_is_cut_off_the_person(linker: EntityLinker) -> None:
    text = "Fransa'da Orne Senatörü Jean-Claude Lenoir açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, "Orne Senatörü Jean-Claude Lenoir", "PER")]))
    assert ("PER", "Jean-Claude Lenoir") in found
    assert not any("Senatörü" in name for _, name in found)


# --- codes, connectors and known wholes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Araçlar sabah saatlerinde E-5 karayolunda yavaş ilerledi.", "E-5"),
        ("Ekipler E-5'i daraltan çalışmayı bitirdi.", "E-5'i"),
    ],
)
def test_a_road_code_the_lists_know_is_found(linker: EntityLinker, text: str, code: str) -> None:
    assert ("LOC", code) in [(s.type, s.text) for s in linker.find_missing(text, [])]


def test_a_road_code_opens_no_name_with_the_sentences_first_word(linker: EntityLinker) -> None:
    text = "Kaza E-5 Karayolu'nda meydana geldi."
    assert not any(s.text.startswith("Kaza") for s in linker.find_missing(text, []))


def test_a_clubs_name_and_a_number_after_a_hyphen_stay_apart(linker: EntityLinker) -> None:
    text = "Maçta Kayserispor-1461 Trabzon karşılaşması oynandı."
    found = [(s.type, s.text) for s in linker.find_missing(text, [])]
    assert not any("-1461" in name for _, name in found)


def test_an_italian_papers_name_is_found_across_its_connector(linker: EntityLinker) -> None:
    text = "La Gazzetta dello Sport ve Corriere dello Sport transferi manşetlerine taşıdı."
    found = listed(linker.resolve(text, [span(text, "Sport", "ORG"), span(text, "Sport", "ORG", nth=1)]))
    assert {("ORG", "La Gazzetta dello Sport"), ("ORG", "Corriere dello Sport")} <= found
    assert ("ORG", "Sport") not in found


def test_two_spans_a_space_joins_into_a_known_name_are_one(linker: EntityLinker) -> None:
    text = "Sarı-lacivertliler, Ülker Sports Arena'da oynanan karşılaşmayı kazandı."
    found = listed(linker.resolve(text, [span(text, "Ülker", "ORG"), span(text, "Sports Arena'da", "LOC")]))
    assert found == {("LOC", "Ülker Sports Arena")}


# --- a body in the ablative before its people ------------------------------------------------------------------------


def test_names_in_the_ablative_before_their_people_are_bodies(linker: EntityLinker) -> None:
    text = "Toplantıya Lc Waikiki'den Vahap Küçük, Ramsey'den Hüseyin Doğan ve Torunlar'dan Aziz Torun katıldı."
    spans = [
        span(text, "Lc Waikiki'den", "ORG"),
        span(text, "Vahap Küçük", "PER"),
        span(text, "Ramsey'den", "LOC"),
        span(text, "Hüseyin Doğan", "PER"),
        span(text, "Torunlar'dan", "PER"),
        span(text, "Aziz Torun", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Ramsey"), ("ORG", "Torunlar")} <= found
    assert {("PER", "Vahap Küçük"), ("PER", "Hüseyin Doğan"), ("PER", "Aziz Torun")} <= found


def test_countries_before_their_delegates_stay_places(linker: EntityLinker) -> None:
    text = "Panelde Almanya'dan Hans Müller, Fransa'dan Pierre Dubois ve Ramsey'den Hüseyin Doğan konuştu."
    spans = [
        span(text, "Almanya'dan", "LOC"),
        span(text, "Hans Müller", "PER"),
        span(text, "Fransa'dan", "LOC"),
        span(text, "Pierre Dubois", "PER"),
        span(text, "Ramsey'den", "LOC"),
        span(text, "Hüseyin Doğan", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("LOC", "Almanya"), ("LOC", "Fransa"), ("LOC", "Ramsey")} <= found


def test_people_from_one_to_another_are_no_bodies(linker: EntityLinker) -> None:
    text = "Belgesel için Halil Ergün'den Erkan Can'a, Beyazıt Öztürk'ten Meltem Cumbul'a herkes seferber oldu."
    names = ["Halil Ergün'den", "Erkan Can'a", "Beyazıt Öztürk'ten", "Meltem Cumbul'a"]
    found = listed(linker.resolve(text, [span(text, name, "PER") for name in names]))
    assert found == {("PER", "Halil Ergün"), ("PER", "Erkan Can"), ("PER", "Beyazıt Öztürk"), ("PER", "Meltem Cumbul")}


def test_one_name_in_the_ablative_before_a_person_is_left_as_read(linker: EntityLinker) -> None:
    text = "Ramsey'den Hüseyin Doğan da törene geldi."
    found = listed(linker.resolve(text, [span(text, "Ramsey'den", "LOC"), span(text, "Hüseyin Doğan", "PER")]))
    assert ("ORG", "Ramsey") not in found


# --- a known body, "ve" and another body ----------------------------------------------------------------------------


def test_a_known_body_then_ve_and_another_bodys_name_are_two(linker: EntityLinker) -> None:
    text = "Kurul, Kızılay, Yeşilay ve Patent Enstitüsü ile birlikte çalışacak."
    found = listed(linker.resolve(text, [span(text, "Yeşilay ve Patent Enstitüsü", "ORG")]))
    assert {("ORG", "Yeşilay"), ("ORG", "Patent Enstitüsü")} <= found
    assert ("ORG", "Yeşilay ve Patent Enstitüsü") not in found


@pytest.mark.parametrize("name", ["Bilim ve Teknoloji Kurumu", "Hürriyet ve Adalet Partisi"])
def test_a_bodys_name_with_ve_inside_stays_whole(linker: EntityLinker, name: str) -> None:
    text = f"{name} yeni bir açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, name, "ORG")]))
    assert len(found) == 1


def test_a_partys_word_after_a_senators_title_is_not_the_persons(linker: EntityLinker) -> None:
    text = "Tennessee Senatörü Cumhuriyetçi Bob Corker gibi isimler Bakana sert sorular yöneltti."
    found = listed(linker.resolve(text, [span(text, "Tennessee", "LOC"), span(text, "Bob Corker", "PER")]))
    assert ("PER", "Bob Corker") in found
    assert not any("Cumhuriyetçi" in name for _, name in found)


def test_a_faiths_people_alone_is_no_name(linker: EntityLinker) -> None:
    text = "Rakhine Budistleri'nin saldırıları sürüyor. Budistleri ve Müslümanları barışa çağırdı."
    spans = [span(text, "Rakhine Budistleri'nin", "PER"), span(text, "Budistleri", "PER", nth=1)]
    assert listed(linker.resolve(text, spans)) == set()


# --- the code review's cases ------------------------------------------------------------------------------------------


def test_states_before_their_people_stay_places(linker: EntityLinker) -> None:
    text = "Kongrede Texas'tan John Smith, Ohio'dan Mary Brown ve Utah'tan Bill Green konuştu."
    names: list[tuple[str, EntityType]] = [
        ("Texas'tan", "LOC"),
        ("John Smith", "PER"),
        ("Ohio'dan", "LOC"),
        ("Mary Brown", "PER"),
    ]
    found = listed(linker.resolve(text, [span(text, name, kind) for name, kind in names]))
    assert {("LOC", "Texas"), ("LOC", "Ohio")} <= found


@pytest.mark.parametrize(
    "text", ["Maccabi de 12 sayı geriden geldi ve maçı kazandı.", "Maccabi 8 sayı önde bitirdi ilk yarıyı."]
)
def test_a_teams_lead_or_deficit_is_no_players_statistics(linker: EntityLinker, text: str) -> None:
    assert ("PER", "Maccabi") not in listed(linker.resolve(text, [span(text, "Maccabi", "ORG")]))


def test_a_year_after_the_citys_title_is_not_the_citys(linker: EntityLinker) -> None:
    text = "Etkinlik Kültür Başkenti İstanbul 2010 kapsamında yapıldı."
    found = listed(linker.resolve(text, [span(text, "Kültür Başkenti İstanbul 2010", "ORG")]))
    assert found == {("LOC", "İstanbul")}


def test_a_bodys_name_of_three_words_ending_in_a_faiths_people_stays(linker: EntityLinker) -> None:
    text = "Mesih İçin Yahudiler grubu gösteri düzenledi."
    found = listed(linker.resolve(text, [span(text, "Mesih İçin Yahudiler", "ORG")]))
    assert ("ORG", "Mesih İçin Yahudiler") in found


@pytest.mark.parametrize(
    ("text", "model_span"),
    [
        ("Toplantı Salı Saati'nde yapılacak.", "Salı Saati'nde"),
        ("Gösteri 15 Mart Cuma Saat 20:00'de başlayacak.", "Cuma Saat 20:00'de"),
    ],
)
def test_a_weekday_and_the_clock_in_other_forms_are_no_one(linker: EntityLinker, text: str, model_span: str) -> None:
    assert listed(linker.resolve(text, [span(text, model_span, "PER")])) == set()


def test_two_spans_joined_into_a_known_name_take_its_type(linker: EntityLinker) -> None:
    text = "Maçta Fenerbahçe Ülker rakibini yendi."
    found = listed(linker.resolve(text, [span(text, "Fenerbahçe", "ORG"), span(text, "Ülker", "PER")]))
    assert ("PER", "Ülker") not in found
    assert any(kind == "ORG" and name.startswith("Fenerbahçe") for kind, name in found)


def test_a_code_after_a_hyphen_is_not_taken_apart(linker: EntityLinker) -> None:
    text = "Yeni TEM-E-5 bağlantı yolu açıldı."
    assert not any(s.text.startswith("E-5") for s in linker.find_missing(text, []))


# --- the second wave: crossheads, addresses, regional units -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model_span", "model"),
    [
        ("Başkan konuştu.\nBAŞKAN ADAYINDAN DESTEK\nAday dün açıklama yaptı.", "ADAYINDAN DESTEK", "PER"),
        ("Program hazır.\nÖZEL YAPIM\nProgram özel yapım olarak hazırlandı.", "ÖZEL YAPIM", "ORG"),
        ("Vali konuştu.\nOPERASYON YAPTIRMAYIZ\nVali açıklama yaptı.", "OPERASYON YAPTIRMAYIZ", "ORG"),
    ],
)
def test_a_crossheads_common_words_in_capitals_are_no_name(
    linker: EntityLinker, text: str, model_span: str, model: EntityType
) -> None:
    assert listed(linker.resolve(text, [span(text, model_span, model)])) == set()


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Açıklama yapıldı.\nAHMET DEMİR KONUŞTU\nDemir dün konuştu.", "AHMET DEMİR", "Ahmet Demir"),
        ("Kanal açıklama yaptı.\nTRT REFORM\nKanal yenilendi.", "TRT REFORM", "TRT"),
    ],
)
def test_a_name_in_capitals_with_a_common_word_stays(
    linker: EntityLinker, text: str, model_span: str, name: str
) -> None:
    found = listed(linker.resolve(text, [span(text, model_span, "PER" if " DEMİR" in model_span else "ORG")]))
    assert any(name in found_name for _, found_name in found)


@pytest.mark.parametrize(
    ("text", "model_span", "parts"),
    [
        (
            "Küçükçekmece Kamil Efendi Sokak'ta oturan aile tahliye edildi.",
            "Küçükçekmece Kamil Efendi Sokak'ta",
            {("LOC", "Küçükçekmece"), ("LOC", "Kamil Efendi Sokak")},
        ),
        (
            "Sultangazi Malkoçoğlu Mahallesi'nde yangın çıktı.",
            "Sultangazi Malkoçoğlu Mahallesi'nde",
            {("LOC", "Sultangazi"), ("LOC", "Malkoçoğlu Mahallesi")},
        ),
    ],
)
def test_a_town_before_its_street_or_quarter_is_a_place_of_its_own(
    linker: EntityLinker, text: str, model_span: str, parts: set[tuple[str, str]]
) -> None:
    assert listed(linker.resolve(text, [span(text, model_span, "LOC")])) == parts


@pytest.mark.parametrize(
    ("text", "unit", "body"),
    [
        (
            "Karayolları 7'nci Bölge Müdürlüğü ekipleri yolu açtı.",
            "7'nci Bölge Müdürlüğü",
            "Karayolları 7'nci Bölge Müdürlüğü",
        ),
        ("Meteoroloji 4'üncü Bölge Müdürlüğü uyardı.", "4'üncü Bölge Müdürlüğü", "Meteoroloji 4'üncü Bölge Müdürlüğü"),
    ],
)
def test_a_public_bodys_word_before_its_regional_unit_joins_it(
    linker: EntityLinker, text: str, unit: str, body: str
) -> None:
    assert listed(linker.resolve(text, [span(text, unit, "ORG")])) == {("ORG", body)}


def test_a_common_word_before_a_regional_unit_opening_a_sentence_stays_out(linker: EntityLinker) -> None:
    text = "Dosya 3'üncü Bölge Müdürlüğü'ne gönderildi."
    found = listed(linker.resolve(text, [span(text, "3'üncü Bölge Müdürlüğü'ne", "ORG")]))
    assert not any(name.startswith("Dosya") for _, name in found)
