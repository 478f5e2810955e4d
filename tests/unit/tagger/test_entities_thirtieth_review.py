"""EntityLinker.resolve on what a thirtieth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
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
    model = [span(text, "Ahmet Hamdi", "PER"), span(text, "Ahmet Hamdi Ankara'ya", "PER")]
    found = listed(linker.resolve(text, model))
    assert found == {("PER", "Ahmet Hamdi"), ("LOC", "Ankara")}


def test_a_titled_surname_glued_to_a_town_is_cut(linker: EntityLinker) -> None:
    text = "Bakan Erdoğan Bayraktar dün konuştu. Bakan Bayraktar Van'a geldi. Bayraktar, imar planlarını açıkladı."
    model = [
        span(text, "Erdoğan Bayraktar", "PER"),
        span(text, "Bayraktar Van'a", "PER"),
        span(text, "Bayraktar", "PER", nth=2),
    ]
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
    text = "ISPARTA Süleyman Demirel Üniversitesi (SDÜ) araştırmacıları yeni bir araç üretti."
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


# --- a second wave: foreign papers, place phrases, a lead's capitals ------------------------------


def test_a_foreign_country_before_its_paper_is_apart(linker: EntityLinker) -> None:
    text = "Danimarka Politiken Gazetesi'nin haberine göre banka zarar etti."
    found = listed(linker.resolve(text, [span(text, "Danimarka Politiken Gazetesi'nin", "ORG")]))
    assert ("ORG", "Politiken Gazetesi") in found
    assert ("LOC", "Danimarka") in found


@pytest.mark.parametrize("name", ["Türkiye Gazetesi", "Kıbrıs Postası Gazetesi"])
def test_a_paper_named_by_its_country_stays(linker: EntityLinker, name: str) -> None:
    text = f"{name} haberi manşetten verdi."
    found = listed(linker.resolve(text, [span(text, name, "ORG")]))
    assert any(kind == "ORG" and name.split(maxsplit=1)[0] in body for kind, body in found)
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_place_phrase_opening_a_bodys_span_is_cut(linker: EntityLinker) -> None:
    text = "Erciyes Dağının Tekir Yaylasındaki Gençlik ve Spor Hizmetleri Müdürlüğü'ne ait bina yandı."
    model = [span(text, "Erciyes Dağının Tekir Yaylasındaki Gençlik ve Spor Hizmetleri Müdürlüğü'ne", "ORG")]
    assert ("ORG", "Gençlik ve Spor Hizmetleri Müdürlüğü") in listed(linker.resolve(text, model))


def test_a_leads_capital_word_repeating_the_name_is_cut(linker: EntityLinker) -> None:
    text = "TÜRKİYE Türkiye Petrolleri Anonim Ortaklığı (TPAO) yeni kuyular açtı."
    model = [span(text, "TÜRKİYE Türkiye Petrolleri Anonim Ortaklığı", "ORG"), span(text, "TPAO", "ORG")]
    found = listed(linker.resolve(text, model))
    assert not any(name.startswith("TÜRKİYE") for _, name in found)
    assert any(name == "Türkiye Petrolleri Anonim Ortaklığı" for _, name in found)


def test_a_sanjak_is_a_place(linker: EntityLinker) -> None:
    text = "Manastır Vilayeti'nin Debre-i Bala Sancağına bağlı bir köyde doğdu."
    model = [span(text, "Manastır Vilayeti'nin", "LOC"), span(text, "Debre-i Bala", "PER")]
    found = listed(linker.resolve(text, model))
    assert not any(kind == "PER" for kind, _ in found)
    assert any(kind == "LOC" and "Debre-i Bala" in name for kind, name in found)


def test_a_quartet_is_a_body(linker: EntityLinker) -> None:
    text = "Piyanist, 1951'de Ali Rıza Kaya Kuarteti'ni kurdu."
    found = listed(linker.resolve(text, [span(text, "Ali Rıza Kaya", "PER")]))
    assert ("ORG", "Ali Rıza Kaya Kuarteti") in found


# --- the code review's cases: what the rules must leave alone -------------------------------------------------------


def test_a_person_riding_a_sea_bus_stays(linker: EntityLinker) -> None:
    text = "Vali Ahmet Yılmaz deniz otobüsüyle Yalova'ya geçti."
    found = listed(linker.resolve(text, [span(text, "Ahmet Yılmaz", "PER"), span(text, "Yalova'ya", "LOC")]))
    assert ("PER", "Ahmet Yılmaz") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ali Can adlı tekne sahibi jandarmaya başvurdu.", "Ali Can"),
        ("Hasan Demir isimli vapur kaptanı konuştu.", "Hasan Demir"),
        ("Ali Kaya adlı feribot işletmecisi zarar etti.", "Ali Kaya"),
    ],
)
def test_a_ships_owner_or_master_named_so_stays(linker: EntityLinker, text: str, name: str) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, name, "PER")]))


def test_a_person_before_one_ship_stays(linker: EntityLinker) -> None:
    text = "Törende Mehmet Kara ve Piri Reis gemisinin mürettebatı vardı."
    found = listed(linker.resolve(text, [span(text, "Mehmet Kara", "PER"), span(text, "Piri Reis", "PER")]))
    assert ("PER", "Mehmet Kara") in found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Rapor TBMM Genel Kurulu, Plan ve Bütçe Komisyonu'na sunuldu.",
            "TBMM Genel Kurulu",
            "Plan ve Bütçe Komisyonu'na",
        ),
        ("Tasarı Meclis Başkanlığı, Anayasa Komisyonu arasında gidip geldi.", "Meclis Başkanlığı", "Anayasa Komisyonu"),
        ("Rapor TBMM Kurulu, Adalet, Anayasa Komisyonu'na gitti.", "Adalet", "Anayasa Komisyonu'na"),
    ],
)
def test_a_body_then_a_committee_stay_two(linker: EntityLinker, text: str, first: str, second: str) -> None:
    found = listed(linker.resolve(text, [span(text, first, "ORG"), span(text, second, "ORG")]))
    assert not any(", " in name for _, name in found)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Vali Ahmet Yılmaz konuştu. Yılmaz Karaman ise Karaman'da düzenlenen yarışı kazandı.", "Yılmaz Karaman"),
        ("Yazar Ali Rıza Tokat yeni kitabını tanıttı. Ali Rıza dün Tokat'ta imza günündeydi.", "Ali Rıza Tokat"),
    ],
)
def test_a_person_whose_surname_is_the_town_stays(linker: EntityLinker, text: str, model: str) -> None:
    others = [span(text, "Ahmet Yılmaz", "PER")] if "Ahmet" in text else [span(text, "Ali Rıza", "PER", nth=1)]
    found = listed(linker.resolve(text, [*others, span(text, model, "PER")]))
    assert ("PER", model) in found


@pytest.mark.parametrize(
    "name", ["ANKARA Yıldırım Beyazıt Üniversitesi", "MUŞ Alparslan Üniversitesi", "MALATYA Turgut Özal Üniversitesi"]
)
def test_a_universitys_official_name_with_its_town_stays(linker: EntityLinker, name: str) -> None:
    text = f"{name} rektörü dün açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, name, "ORG")]))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_given_name_with_bey_two_people_share_goes_to_the_one_named_first(linker: EntityLinker) -> None:
    text = "CHP lideri Kemal Kılıçdaroğlu konuştu. Mustafa Kemal Atatürk anıldı. Kemal Bey törene katıldı."
    model = [
        span(text, "Kemal Kılıçdaroğlu", "PER"),
        span(text, "Mustafa Kemal Atatürk", "PER"),
        span(text, "Kemal", "PER", nth=2),
    ]
    found = {e.name: {m.text for m in e.mentions} for e in linker.resolve(text, model) if e.type == "PER"}
    assert "Kemal" in found["Kemal Kılıçdaroğlu"]


def test_a_neighbour_by_a_middle_name_named_later_stays_apart(linker: EntityLinker) -> None:
    text = "Komşusu Hasan Bey sevindi. Ahmet Hasan Yılmaz davayı kazandı."
    model = [span(text, "Hasan", "PER"), span(text, "Ahmet Hasan Yılmaz", "PER")]
    people = {e.name for e in linker.resolve(text, model) if e.type == "PER"}
    assert "Hasan" in people


def test_a_legal_forms_tail_grows_only_over_its_word(linker: EntityLinker) -> None:
    text = "Kaya Ltd. Ştiler arasında ilk sırada."
    found = listed(linker.resolve(text, [span(text, "Kaya Ltd.", "ORG")]))
    assert not any(name.endswith(("Şti", "Ştiler")) for _, name in found)


@pytest.mark.parametrize(("model", "other"), [("Twitter ve Sağlık", "Sağlık"), ("Hürriyet ve Adalet Partisi", "")])
def test_a_known_body_with_an_unknown_or_a_whole_stays(linker: EntityLinker, model: str, other: str) -> None:
    text = f"{model} ortak açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, model, "ORG")]))
    assert not other or ("ORG", other) not in found


@pytest.mark.parametrize("model", ["Ankara Gençleri", "Yeni Türkleri"])
def test_a_plural_that_is_no_people_of_a_place_stays(linker: EntityLinker, model: str) -> None:
    text = f"{model} Derneği ile {model} toplantı yaptı."
    found = listed(linker.resolve(text, [span(text, model, "ORG", nth=1)]))
    assert found


@pytest.mark.parametrize("model", ["Gine-Bissau'da", "Türk-İş'in", "Baden-Württemberg'de"])
def test_a_hyphened_name_that_is_no_two_towns_stays_one(linker: EntityLinker, model: str) -> None:
    text = f"Toplantı {model} yapıldı ve herkes katıldı."
    kind: EntityType = "ORG" if model.startswith("Türk") else "LOC"
    assert len(listed(linker.resolve(text, [span(text, model, kind)]))) == 1


def test_a_year_of_a_name_is_no_prizes_label(linker: EntityLinker) -> None:
    text = "Yılın Gazetecisi ödülü verildi. Yeni Yılın Umudu Derneği de katıldı."
    model = [span(text, "Yılın Gazetecisi", "ORG"), span(text, "Yeni Yılın Umudu Derneği", "ORG")]
    assert listed(linker.resolve(text, model)) == {("ORG", "Yeni Yılın Umudu Derneği")}


def test_a_given_name_with_bey_before_the_full_name_in_brackets_is_the_person(linker: EntityLinker) -> None:
    text = "Filmlerimin Lütfi Beyin (Ömer Lütfi Akad) filmleri gibi olmasını isterim."
    model = [span(text, "Lütfi", "PER"), span(text, "Ömer Lütfi Akad", "PER")]
    people = [e for e in linker.resolve(text, model) if e.type == "PER"]
    assert [e.name for e in people] == ["Ömer Lütfi Akad"]


def test_an_agency_named_by_a_two_word_country_stays(linker: EntityLinker) -> None:
    text = "Suudi Arabistan Haber Ajansı'nın haberine göre kral konuştu."
    found = listed(linker.resolve(text, [span(text, "Suudi Arabistan Haber Ajansı'nın", "ORG")]))
    assert not any(kind == "LOC" for kind, _ in found)


# --- a third wave: lower-case words, eras, peoples' words with "and" ------------------------------------------------


def test_a_common_word_in_lower_case_is_no_body(linker: EntityLinker) -> None:
    text = "Sağlık Bakanlığı açıklama yaptı.\nsağlık bakanlığı'ndan yapılan yazılı açıklamada bilgi verildi."
    model = [span(text, "Sağlık Bakanlığı", "ORG"), span(text, "sağlık bakanlığı'ndan", "ORG")]
    assert listed(linker.resolve(text, model)) == {("ORG", "Sağlık Bakanlığı")}


def test_an_eras_abbreviation_is_no_one(linker: EntityLinker) -> None:
    text = "Ankara bölgesinde M.Ö. 800 yılında yaşamış olan Frigya uygarlığı incelendi."
    found = listed(linker.resolve(text, [span(text, "Ankara", "LOC"), span(text, "M.Ö.", "PER")]))
    assert ("LOC", "Ankara") in found
    assert not any(kind == "PER" for kind, _ in found)


@pytest.mark.parametrize("word", ["Lazıyla", "Çerkeziyle", "Gürcüsüyle", "Kürdüyle"])
def test_a_peoples_word_with_and_is_no_name(linker: EntityLinker, word: str) -> None:
    text = f"Türküyle, {word}, hepimiz bu ülkenin vatandaşıyız."
    assert listed(linker.resolve(text, [span(text, word, "LOC")])) == set()


@pytest.mark.parametrize("name", ["Leyla", "Ayla"])
def test_a_given_name_ending_like_it_stays(linker: EntityLinker, name: str) -> None:
    text = f"Sanatçı {name} Demir dün konser verdi."
    assert ("PER", f"{name} Demir") in listed(linker.resolve(text, [span(text, f"{name} Demir", "PER")]))


def test_a_player_glued_to_a_club_is_cut(linker: EntityLinker) -> None:
    text = "Kayserispor'dan İlhan Parlak Karabükspor'a transfer oldu."
    model = [span(text, "Kayserispor'dan", "ORG"), span(text, "İlhan Parlak Karabükspor'a", "ORG")]
    found = listed(linker.resolve(text, model))
    assert ("PER", "İlhan Parlak") in found
    assert ("ORG", "Karabükspor") in found


@pytest.mark.parametrize("name", ["Akhisar Belediyespor", "Sivas Dört Eylül Belediyespor"])
def test_a_club_named_by_its_town_stays_whole(linker: EntityLinker, name: str) -> None:
    text = f"{name} dün deplasmanda kazandı."
    found = listed(linker.resolve(text, [span(text, name, "ORG")]))
    assert not any(kind == "PER" for kind, _ in found)


def test_a_person_glued_to_a_quarter_is_cut(linker: EntityLinker) -> None:
    text = "Gamze Nur Yıldırım Mevlana Mahallesi'ndeki evinde yaralandı. Gamze Nur hastaneye kaldırıldı."
    model = [span(text, "Gamze Nur Yıldırım Mevlana Mahallesi'ndeki", "LOC"), span(text, "Gamze Nur", "PER", nth=1)]
    found = listed(linker.resolve(text, model))
    assert ("LOC", "Mevlana Mahallesi") in found
    assert ("PER", "Gamze Nur Yıldırım") in found


def test_a_boulevard_named_after_a_person_stays(linker: EntityLinker) -> None:
    text = "Mustafa Kemal anıldı. Tören Mustafa Kemal Atatürk Bulvarı'nda yapıldı."
    model = [span(text, "Mustafa Kemal", "PER"), span(text, "Mustafa Kemal Atatürk Bulvarı'nda", "LOC")]
    assert ("LOC", "Mustafa Kemal Atatürk Bulvarı") in listed(linker.resolve(text, model))


# --- the second code review's cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "other"),
    [
        (
            "Vali Ahmet Yılmaz konuştu. Yılmaz Karaman'ın Karaman'da kazandığı yarış sevindirdi.",
            "Yılmaz Karaman'ın",
            "Ahmet Yılmaz",
        ),
        ("Vali Ahmet Yılmaz konuştu. Yılmaz Karaman'a Karaman'da ödül verildi.", "Yılmaz Karaman'a", "Ahmet Yılmaz"),
        (
            "Yazar Ali Rıza Tokat'ın kitabı çıktı. Ali Rıza dün Tokat'ta imza günündeydi.",
            "Ali Rıza Tokat'ın",
            "Ali Rıza",
        ),
    ],
)
def test_a_person_whose_surname_is_the_town_in_a_case_stays(
    linker: EntityLinker, text: str, model: str, other: str
) -> None:
    spans = [span(text, other, "PER"), span(text, model, "PER")]
    people = {
        name for kind, name in listed(linker.resolve(text, sorted(spans, key=lambda s: s.start))) if kind == "PER"
    }
    assert any(name.endswith(("Karaman", "Tokat")) for name in people)


def test_a_visitor_before_a_list_of_ships_stays(linker: EntityLinker) -> None:
    text = "Bakan Hulusi Akar, Oruç Reis ve Barbaros Hayreddin Paşa gemilerini ziyaret etti."
    model = [
        span(text, "Hulusi Akar", "PER"),
        span(text, "Oruç Reis", "PER"),
        span(text, "Barbaros Hayreddin Paşa", "PER"),
    ]
    found = listed(linker.resolve(text, model))
    assert ("PER", "Hulusi Akar") in found
    assert not any("Barbaros" in name for _, name in found)


def test_an_untitled_person_before_one_ship_stays(linker: EntityLinker) -> None:
    text = "Kara ve Piri Reis gemisinin mürettebatı törene katıldı."
    assert ("PER", "Kara") in listed(linker.resolve(text, [span(text, "Kara", "PER"), span(text, "Piri Reis", "PER")]))


def test_a_boats_skipper_named_so_stays(linker: EntityLinker) -> None:
    text = "Ali Can adlı tekne reisi denizde kayboldu."
    assert ("PER", "Ali Can") in listed(linker.resolve(text, [span(text, "Ali Can", "PER")]))


@pytest.mark.parametrize(
    "text",
    [
        "MUŞ Alparslan Üniversitesi rektörü konuştu. Muş Alparslan Üniversitesi'nde tören yapıldı.",
        "MUŞ Alparslan Üniversitesi ile Ankara Üniversitesi (AÜ) işbirliği yaptı.",
    ],
)
def test_a_town_in_capitals_with_no_evidence_stays_in_the_name(linker: EntityLinker, text: str) -> None:
    found = listed(linker.resolve(text, [span(text, "MUŞ Alparslan Üniversitesi", "ORG")]))
    assert ("ORG", "Alparslan Üniversitesi") not in found


@pytest.mark.parametrize(
    "name", ["İran İslam Cumhuriyeti Haber Ajansı", "Irak Kürt Bölgesel Yönetimi Televizyonu", "Kosova Türk Gazetesi"]
)
def test_a_paper_named_by_a_country_and_its_people_stays(linker: EntityLinker, name: str) -> None:
    text = f"{name}'nın haberine göre görüşme yapıldı."
    found = listed(linker.resolve(text, [span(text, f"{name}'nın", "ORG")]))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_given_name_before_a_word_opening_with_bey_is_not_addressed(linker: EntityLinker) -> None:
    text = "Ali Hasan Kaya konuştu. Hasan Beyoğlu'nda yaşıyor."
    model = [span(text, "Ali Hasan Kaya", "PER"), span(text, "Hasan", "PER", nth=1)]
    people = {e.name for e in linker.resolve(text, model) if e.type == "PER"}
    assert people != {"Ali Hasan Kaya"}


def test_a_hall_named_after_a_person_with_the_sports_word_stays(linker: EntityLinker) -> None:
    text = "Maçlar Hasan Doğan Spor Salonu'nda oynandı."
    found = listed(linker.resolve(text, [span(text, "Hasan Doğan Spor", "ORG")]))
    assert not any(kind == "PER" for kind, _ in found)
    assert ("ORG", "Spor") not in found
