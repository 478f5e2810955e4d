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


def test_a_name_before_its_clubs_noun_with_a_case_ending_is_the_club(linker: EntityLinker) -> None:
    text = "Norveç ekiplerinden Orn Kristiania yıldız futbolcuya teklif yaptı. Orn Kristiania kulübünün teklifi cazip."
    found = listed(linker.resolve(text, [span(text, "Orn Kristiania", "PER")]))
    assert ("ORG", "Orn Kristiania") in found
    assert ("PER", "Orn Kristiania") not in found


def test_a_name_before_the_clubs_noun_as_an_object_stays_a_person(linker: EntityLinker) -> None:
    text = "Mahmut Kocabaş kulübü 1980 yılında kurdu."
    assert ("PER", "Mahmut Kocabaş") in listed(linker.resolve(text, [span(text, "Mahmut Kocabaş", "PER")]))


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
    text = "Toplantıya Kervansaray'dan Vahap Küçük, Ramsey'den Hüseyin Doğan ve Torunlar'dan Aziz Torun katıldı."
    spans = [
        span(text, "Kervansaray'dan", "LOC"),
        span(text, "Vahap Küçük", "PER"),
        span(text, "Ramsey'den", "LOC"),
        span(text, "Hüseyin Doğan", "PER"),
        span(text, "Torunlar'dan", "PER"),
        span(text, "Aziz Torun", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Kervansaray"), ("ORG", "Ramsey"), ("ORG", "Torunlar")} <= found
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


# --- a surname that is a common word, after two given names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("Fotoğraflar Selçuk Sümer Özel'e ait.", "Selçuk Sümer", "Selçuk Sümer Özel"),
        ("Dava Ahmet Mahmut Güzel'in ifadesiyle başladı.", "Ahmet Mahmut", "Ahmet Mahmut Güzel"),
    ],
)
def test_two_given_names_take_a_common_words_surname_with_a_case_ending(
    linker: EntityLinker, text: str, model_span: str, person: str
) -> None:
    assert ("PER", person) in listed(linker.resolve(text, [span(text, model_span, "PER")]))


@pytest.mark.parametrize(
    ("text", "model_span"),
    [
        ("Ali Rıza Bey'e teşekkür edildi.", "Ali Rıza"),
        ("Toplantı Ahmet Mehmet Çarşamba'ya ertelendi.", "Ahmet Mehmet"),
        ("Hasan Hüseyin Ankara'ya gitti.", "Hasan Hüseyin"),
    ],
)
def test_two_given_names_take_no_title_weekday_or_place(linker: EntityLinker, text: str, model_span: str) -> None:
    assert ("PER", model_span) in listed(linker.resolve(text, [span(text, model_span, "PER")]))


def test_a_partys_word_after_a_senators_title_is_not_the_persons(linker: EntityLinker) -> None:
    text = "Tennessee Senatörü Cumhuriyetçi Bob Corker gibi isimler Bakana sert sorular yöneltti."
    found = listed(linker.resolve(text, [span(text, "Tennessee", "LOC"), span(text, "Bob Corker", "PER")]))
    assert ("PER", "Bob Corker") in found
    assert not any("Cumhuriyetçi" in name for _, name in found)


def test_a_faiths_people_alone_is_no_name(linker: EntityLinker) -> None:
    text = "Rakhine Budistleri'nin saldırıları sürüyor. Budistleri ve Müslümanları barışa çağırdı."
    spans = [span(text, "Rakhine Budistleri'nin", "PER"), span(text, "Budistleri", "PER", nth=1)]
    assert listed(linker.resolve(text, spans)) == set()
