"""EntityLinker.resolve on what a thirtieth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- ships named after people ---------------------------------------------------------------------------------------


def test_ships_listed_before_their_noun_with_a_title_are_no_people(linker: EntityLinker) -> None:
    text = "Şirket, yeni aldığı Kaya Bey ve Ali Can Bey gemileri ile Bodrum seferlerine başlıyor."
    found = listed(linker.resolve(text, [span(text, "Kaya", "PER"), span(text, "Ali Can", "PER")]))
    assert not any(kind == "PER" for kind, _ in found)


def test_sea_buses_the_copy_names_are_no_people(linker: EntityLinker) -> None:
    text = "İDO, Yunanistan'dan Yıldırım Beyazıt isimli deniz otobüslerini filosuna kattı."
    found = listed(linker.resolve(text, [span(text, "Yıldırım Beyazıt", "PER")]))
    assert not any(kind == "PER" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Balıkçı Ali Kaya adlı balıkçı teknesiyle denize açıldı ve dönmedi.", "Ali Kaya"),
        ("Kaptan Ali Can gemiden indi ve gazetecilere konuştu.", "Ali Can"),
    ],
)
def test_a_person_beside_a_ships_word_stays(linker: EntityLinker, text: str, name: str) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, name, "PER")]))


# --- a limited company's legal form ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        (
            "Bakanlık, HİPP Dış Ticaret Ltd. Şti'ye para cezası verdi.",
            "HİPP Dış Ticaret Ltd.",
            "HİPP Dış Ticaret Ltd. Şti",
        ),
        ("Pfizer İlaçları Ltd. Şti ve iki firma ceza aldı.", "Pfizer İlaçları Ltd", "Pfizer İlaçları Ltd. Şti"),
        ("İhaleyi Yılmaz İnşaat Ltd.Şti. kazandı.", "Yılmaz İnşaat Ltd.", "Yılmaz İnşaat Ltd.Şti"),
    ],
)
def test_a_limited_companys_form_is_whole(linker: EntityLinker, text: str, model: str, name: str) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, model, "ORG")]))


# --- a person glued to a place --------------------------------------------------------------------------------------


def test_a_headlines_person_glued_to_a_town_is_cut(linker: EntityLinker) -> None:
    text = "Demirtaş Strasburg yolunda\nHDP Eş Genel Başkanı Selahattin Demirtaş, 5 Şubat'ta Strasburg'a gidecek."
    model = [
        span(text, "Demirtaş Strasburg", "PER"),
        span(text, "HDP", "ORG"),
        span(text, "Selahattin Demirtaş", "PER"),
        span(text, "Strasburg'a", "LOC"),
    ]
    found = listed(linker.resolve(text, model))
    assert {name for kind, name in found if kind == "PER"} == {"Selahattin Demirtaş"}
    assert ("LOC", "Strasburg") in found


def test_a_town_glued_after_a_person_named_before_is_cut(linker: EntityLinker) -> None:
    text = "Bakan Ahmet Hamdi geldi. Ahmet Hamdi Ankara'ya döndü."
    found = listed(linker.resolve(text, [span(text, "Ahmet Hamdi", "PER"), span(text, "Ahmet Hamdi Ankara", "PER")]))
    assert found == {("PER", "Ahmet Hamdi"), ("LOC", "Ankara")}


def test_a_titled_surname_glued_to_a_town_is_cut(linker: EntityLinker) -> None:
    text = "Bakan Erdoğan Bayraktar dün Van'a geldi. Bakan Bayraktar Van'ın imar planlarını açıkladı."
    model = [span(text, "Erdoğan Bayraktar", "PER"), span(text, "Bayraktar Van'ın", "PER")]
    found = listed(linker.resolve(text, model))
    assert {name for kind, name in found if kind == "PER"} == {"Erdoğan Bayraktar"}
    assert ("LOC", "Van") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sanatçı Ahmet Van dün yeni albümünü tanıttı.", "Ahmet Van"),
        ("Vali Ahmet Yılmaz geldi. Başkan Yılmaz Ordu ile görüştü.", "Yılmaz Ordu"),
    ],
)
def test_a_surname_that_is_a_town_stays(linker: EntityLinker, text: str, name: str) -> None:
    model = [span(text, name, "PER")]
    if "Ahmet Yılmaz" in text:
        model.insert(0, span(text, "Ahmet Yılmaz", "PER"))
    assert ("PER", name) in listed(linker.resolve(text, model))


# --- two bodies the lists know --------------------------------------------------------------------------------------


def test_two_known_firms_linked_by_and_are_two(linker: EntityLinker) -> None:
    text = "Twitter ve AmEx işbirliği yaptı."
    found = listed(linker.resolve(text, [span(text, "Twitter ve AmEx", "ORG")]))
    assert not any(" ve " in name for _, name in found)
    assert len([kind for kind, _ in found if kind == "ORG"]) == 2


def test_a_known_whole_with_and_stays(linker: EntityLinker) -> None:
    text = "Hürriyet ve Adalet Partisi kongresini yaptı."
    assert any(
        " ve " in name for _, name in listed(linker.resolve(text, [span(text, "Hürriyet ve Adalet Partisi", "ORG")]))
    )


# --- a middle given name with an address ----------------------------------------------------------------------------


def test_a_middle_given_name_with_bey_is_the_person(linker: EntityLinker) -> None:
    text = (
        "Erdoğan konuştu\n\nCumhurbaşkanı Recep Tayyip Erdoğan dün konuştu. Bülent Arınç ise "
        '"Tayyip Bey Türkiye\'nin siyasetinde ilanihaye duracak değil" dedi.'
    )
    model = [
        span(text, "Erdoğan", "PER"),
        span(text, "Recep Tayyip Erdoğan", "PER"),
        span(text, "Bülent Arınç", "PER"),
        span(text, "Tayyip", "PER", nth=1),
        span(text, "Türkiye'nin", "LOC"),
    ]
    people = [entity for entity in linker.resolve(text, model) if entity.type == "PER"]
    assert len(people) == 2
    assert any(
        "Tayyip" in {m.text for m in entity.mentions} for entity in people if entity.name == "Recep Tayyip Erdoğan"
    )


# --- a town in capitals before a body named after a person ----------------------------------------------------------


def test_a_town_in_capitals_before_an_eponymous_body_is_apart(linker: EntityLinker) -> None:
    text = "ISPARTA Süleyman Demirel Üniversitesi araştırmacıları yeni bir araç üretti."
    found = listed(linker.resolve(text, [span(text, "ISPARTA", "LOC"), span(text, "Süleyman Demirel", "PER")]))
    assert ("ORG", "Süleyman Demirel Üniversitesi") in found
    assert ("LOC", "Isparta") in found


def test_a_town_in_capitals_naming_its_body_stays(linker: EntityLinker) -> None:
    text = "ANKARA Büyükşehir Belediyesi yeni yolları trafiğe açtı."
    found = listed(linker.resolve(text, [span(text, "ANKARA Büyükşehir Belediyesi", "ORG")]))
    assert ("ORG", "Ankara Büyükşehir Belediyesi") in found


# --- events, devices, streets, operas and prize labels --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("27 Mayıs Darbesi sonrasında her şey değişti.", "Mayıs Darbesi"),
        ("Soruların bulunduğu Sır Cihazını bilgisayara bağladı.", "Sır Cihazını"),
    ],
)
def test_a_coup_or_a_device_is_no_one(linker: EntityLinker, text: str, model: str) -> None:
    assert listed(linker.resolve(text, [span(text, model, "PER")])) == set()


def test_a_road_is_a_place(linker: EntityLinker) -> None:
    text = "İlkadım ilçesi Kurtuluş Yolu üzerindeki etkinliğe çok kişi katıldı."
    assert ("LOC", "Kurtuluş Yolu") in listed(linker.resolve(text, [span(text, "Kurtuluş Yolu", "PER")]))


def test_an_opera_is_no_person(linker: EntityLinker) -> None:
    text = "Konserler bu yıl Leyla Gencer Operası ve Cemal Reşit Rey'de yapılacak."
    found = listed(linker.resolve(text, [span(text, "Leyla Gencer Operası", "PER")]))
    assert not any(kind == "PER" for kind, _ in found)
    assert any("Operası" in name for _, name in found)


def test_a_prizes_label_is_no_body(linker: EntityLinker) -> None:
    text = "Yılın En İyi Radyosu: Best FM oldu. En İyi Erkek Oyuncu ödülünü Kıvanç Tatlıtuğ aldı."
    model = [
        span(text, "Yılın En İyi Radyosu", "ORG"),
        span(text, "Best FM", "ORG"),
        span(text, "En İyi Erkek Oyuncu", "PER"),
        span(text, "Kıvanç Tatlıtuğ", "PER"),
    ]
    assert listed(linker.resolve(text, model)) == {("ORG", "Best FM"), ("PER", "Kıvanç Tatlıtuğ")}


# --- a committee's fields, a people of a place, two places by a hyphen ----------------------------------------------


def test_a_committee_whose_fields_commas_list_is_one_body(linker: EntityLinker) -> None:
    text = "TBMM Sanayi, Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonu Başkanı Ali Kaya konuştu."
    model = [
        span(text, "TBMM Sanayi", "ORG"),
        span(text, "Bilgi ve Teknoloji Komisyonu", "ORG"),
        span(text, "Ali Kaya", "PER"),
    ]
    found = listed(linker.resolve(text, model))
    assert ("ORG", "TBMM Sanayi, Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonu") in found
    assert ("ORG", "TBMM Sanayi") not in found


def test_a_body_before_a_list_of_bodies_stays_apart(linker: EntityLinker) -> None:
    text = "Toplantıya TBMM Başkanlığı, Sayıştay, Danıştay ve Adalet Komisyonu katıldı."
    model = [span(text, "TBMM Başkanlığı", "ORG"), span(text, "Adalet Komisyonu", "ORG")]
    assert ("ORG", "Adalet Komisyonu") in listed(linker.resolve(text, model))


@pytest.mark.parametrize("model", ["Kıbrıs Türklerinin", "Irak Kürtleri"])
def test_a_people_of_a_place_is_no_body(linker: EntityLinker, model: str) -> None:
    text = f"Mektupta {model} haklarının korunması istendi, Kıbrıs sorunu konuşuldu."
    found = listed(linker.resolve(text, [span(text, model, "ORG"), span(text, "Kıbrıs", "LOC", nth=-1)]))
    assert not any(kind == "ORG" for kind, _ in found)


def test_a_peoples_body_stays(linker: EntityLinker) -> None:
    text = "Kıbrıs Türk Ticaret Odası açıklama yaptı."
    assert ("ORG", "Kıbrıs Türk Ticaret Odası") in listed(
        linker.resolve(text, [span(text, "Kıbrıs Türk Ticaret Odası", "ORG")])
    )


def test_two_towns_a_hyphen_joins_are_two_places(linker: EntityLinker) -> None:
    text = "Trabzon-Batum deniz hattının açılması bekleniyor."
    found = listed(linker.resolve(text, [span(text, "Trabzon-Batum", "ORG")]))
    assert {kind for kind, _ in found} == {"LOC"}
    assert len(found) == 2


def test_a_country_written_with_a_hyphen_stays_one(linker: EntityLinker) -> None:
    text = "Bosna-Hersek'te seçimler yapıldı."
    assert len(listed(linker.resolve(text, [span(text, "Bosna-Hersek'te", "LOC")]))) == 1


# --- what the corpus diff caught ------------------------------------------------------------------------------------


def test_a_ship_named_after_a_province_is_no_place(linker: EntityLinker) -> None:
    text = "Yüzlerce mübadili taşıyan Sakarya adlı gemiyle 1924'te Adana'ya getirilmişti."
    found = listed(linker.resolve(text, [span(text, "Sakarya", "LOC"), span(text, "Adana'ya", "LOC")]))
    assert found == {("LOC", "Adana")}


def test_a_sea_bus_routes_town_stays(linker: EntityLinker) -> None:
    text = "Saat 07.30'daki Bandırma-Yenikapı-Bostancı deniz otobüsü seferi iptal edildi."
    assert ("LOC", "Bostancı") in listed(linker.resolve(text, [span(text, "Bostancı", "LOC")]))


def test_a_nationality_after_a_person_is_no_place(linker: EntityLinker) -> None:
    text = "Menajer Ahmet Bulut Türk futbol kamuoyunda konuşulan oyuncular hakkında açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, "Ahmet Bulut Türk", "PER")]))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_surname_that_is_a_town_named_nowhere_else_stays(linker: EntityLinker) -> None:
    text = "Gazetenin sahibi Akif'in dostu Eşref Edip Fergan'dı. Eşref Edip yıllarca yazdı."
    model = [
        span(text, "Akif'in", "PER"),
        span(text, "Eşref Edip Fergan'dı", "PER"),
        span(text, "Eşref Edip", "PER", nth=1),
    ]
    found = listed(linker.resolve(text, model))
    assert ("PER", "Eşref Edip Fergan") in found
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_films_title_with_a_roads_word_is_no_road(linker: EntityLinker) -> None:
    text = "Listenin başında Turist Ömer Uzay Yolunda var: Star Trek Türkiye'ye de geldi."
    found = listed(linker.resolve(text, [span(text, "Ömer Uzay Yolunda", "PER"), span(text, "Türkiye'ye", "LOC")]))
    assert not any(kind == "LOC" and "Yol" in name for kind, name in found)
