"""EntityLinker.resolve: the cases of issue 10 ("Why"), each with the spans a weak model gives for it.

Sentences are written for these tests. The spans stand for the model's output, mistakes included, so the tests
pin what the knowledge base and the document-level pass make of them whatever the model becomes.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity, EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.heads import head_type
from newswire_tagger.entities.names import canonical_name
from newswire_tagger.spans import Span

from tests.unit.tagger.labelled import span


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def types(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize(
    ("text", "words", "name", "entity_id"),
    [
        ("Yatırımcılar Goldman Sachs raporunu bekliyor.", "Goldman Sachs", "Goldman Sachs", "org:goldman-sachs"),
        ("Deutsche Bank yeni tahminini açıkladı.", "Deutsche Bank", "Deutsche Bank", "org:deutsche-bank"),
        ("Habere göre Reuters ilk duyuran oldu.", "Reuters", "Reuters", "org:reuters"),
        ("Toplantıya Apple yöneticileri katıldı.", "Apple", "Apple", "org:apple"),
        ("Yolcular THY uçağıyla döndü.", "THY", "Türk Hava Yolları", "org:turk-hava-yollari"),
        ("Faiz kararını TCMB verdi.", "TCMB", "Merkez Bankası", "org:tcmb"),
    ],
)
def test_companies_banks_and_media_are_never_people(
    linker: EntityLinker, text: str, words: str, name: str, entity_id: str
) -> None:
    [entity] = linker.resolve(text, [span(text, words, "PER")])
    assert (entity.type, entity.name, entity.id) == ("ORG", name, entity_id)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bitcoin yeniden yükselişe geçti.", "Bitcoin"),
        ("Ethereum da günü artıda kapattı.", "Ethereum"),
        ("Ordu sınırda Bayraktar TB2 kullandı.", "Bayraktar TB2"),
        ("Havayolu yeni Boeing 737 uçakları aldı.", "Boeing 737"),
        ("Şirket yeni Cybertruck modelini tanıttı.", "Cybertruck"),
    ],
)
def test_crypto_currencies_weapons_and_vehicles_are_not_people(linker: EntityLinker, text: str, words: str) -> None:
    assert [e for e in linker.resolve(text, [span(text, words, "PER")]) if e.type == "PER"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hastada HIV testi pozitif çıktı.", "HIV"),  # medical and technical terms are no bodies
        ("Site SSL sertifikası kullanıyor.", "SSL"),
        ("Sayfa Paging.create(2, 1); yüklendi.", "Paging.create"),  # a scraped page's script
    ],
)
def test_terms_and_page_script_are_no_names(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "ORG")]) == []


def test_a_web_address_stays_a_company(linker: EntityLinker) -> None:
    text = "İlan Sahibinden.com sitesinde yayımlandı."
    assert types(linker.resolve(text, [span(text, "Sahibinden.com", "ORG")])) == {"Sahibinden": "ORG"}


@pytest.mark.parametrize("credit", ["ANKA", "(ANKA)", "ANKA - AA"])
def test_an_agency_credit_line_is_the_agency_though_the_word_also_names_a_drone(
    linker: EntityLinker, credit: str
) -> None:
    text = f"Ordu sınır hattında keşif uçuşu yaptı.\n{credit}\n"
    assert types(linker.resolve(text, [span(text, "ANKA", "ORG")])).get("ANKA") == "ORG"
    drone = "Ordu sınırda ANKA ile keşif yaptı."
    assert linker.resolve(drone, [span(drone, "ANKA", "ORG")]) == []


def test_surname_alone_later_is_the_person_named_in_full(linker: EntityLinker) -> None:
    text = "Fransa Cumhurbaşkanı Emmanuel Macron Paris'te konuştu.\n\nMacron, reformun süreceğini söyledi."
    # the model found the full name only; the lone surname is left for the knowledge base to find
    entities = linker.resolve(text, [span(text, "Emmanuel Macron", "PER")])
    [macron] = [e for e in entities if e.type == "PER"]
    assert macron.name == "Emmanuel Macron"
    assert macron.id == "per:emmanuel-macron"
    assert [m.text for m in macron.mentions] == ["Emmanuel Macron", "Macron"]


@pytest.mark.parametrize("full", ["İsmail Heniyye", "Binyamin Netanyahu"])
def test_surname_spans_of_the_model_merge_with_the_known_person(linker: EntityLinker, full: str) -> None:
    surname = full.rsplit(maxsplit=1)[-1]
    text = f"Dün {full} açıklama yaptı. Ardından {surname}'nin sözleri tartışıldı. {surname} yanıt vermedi."
    spans = [span(text, full, "PER"), span(text, f"{surname}'nin", "PER"), span(text, surname, "PER", nth=2)]
    [person] = linker.resolve(text, spans)
    assert person.name == full
    assert len(person.mentions) == 3


def test_cook_and_lisa_cook_are_one_person(linker: EntityLinker) -> None:
    text = "Fed üyesi Lisa Cook görevine devam ediyor. Trump'ın Cook hakkındaki kararı mahkemede."
    # the model glued two names across a suffix: "Trump'ın Cook"
    spans = [span(text, "Lisa Cook", "PER"), span(text, "Trump'ın Cook", "PER")]
    people = by_name([e for e in linker.resolve(text, spans) if e.type == "PER"])
    assert set(people) == {"Lisa Cook", "Donald Trump"}
    assert [m.text for m in people["Lisa Cook"].mentions] == ["Lisa Cook", "Cook"]
    assert [m.text for m in people["Donald Trump"].mentions] == ["Trump'ın"]


def test_names_glued_across_a_suffix_are_split(linker: EntityLinker) -> None:
    text = "İsrail'in Gazze Şeridi'ne yönelik saldırıları sürüyor."
    entities = linker.resolve(text, [span(text, "İsrail'in Gazze Şeridi'ne", "LOC")])
    assert types(entities) == {"İsrail": "LOC", "Gazze Şeridi": "LOC"}


def test_a_date_glued_to_a_name_is_dropped(linker: EntityLinker) -> None:
    text = "Saldırı Haziran'da Şucaiyye Mahallesi'nde oldu."
    entities = linker.resolve(text, [span(text, "Haziran'da Şucaiyye Mahallesi'nde", "LOC")])
    assert types(entities) == {"Şucaiyye Mahallesi": "LOC"}


@pytest.mark.parametrize(
    ("spans_of", "expected"),
    [
        ([("Kemal Advan Hastanesi'ne", "PER")], "Kemal Advan Hastanesi"),
        ([("Kemal Advan", "PER")], "Kemal Advan Hastanesi"),  # the head word is taken into the name
        ([("Kemal Advan", "PER"), ("Hastanesi'ne", "ORG")], "Kemal Advan Hastanesi"),
    ],
)
def test_a_hospital_named_after_a_person_is_an_organisation(
    linker: EntityLinker, spans_of: list[tuple[str, EntityType]], expected: str
) -> None:
    text = "Yaralılar Kemal Advan Hastanesi'ne kaldırıldı."
    [hospital] = linker.resolve(text, [span(text, w, t) for w, t in spans_of])
    assert (hospital.type, hospital.name) == ("ORG", expected)
    assert [m.text for m in hospital.mentions] == ["Kemal Advan Hastanesi'ne"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Tören Hacı Veli Cemevi'nde yapıldı.", "Hacı Veli Cemevi'nde", "Hacı Veli Cemevi"),
        ("Ziyaretçiler Hasan Dede Türbesi'ne akın etti.", "Hasan Dede Türbesi'ne", "Hasan Dede Türbesi"),
        ("Konser Saint Paul Katedrali'nde verildi.", "Saint Paul Katedrali'nde", "Saint Paul Katedrali"),
    ],
)
def test_a_place_of_worship_named_after_a_person_is_a_place(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {name: "LOC"}


@pytest.mark.parametrize(("words", "entity_id"), [("Hamas", "org:hamas"), ("Hizbullah", "org:hezbollah")])
def test_armed_groups_are_organisations(linker: EntityLinker, words: str, entity_id: str) -> None:
    text = f"{words} yeni bir açıklama yaptı."
    [group] = linker.resolve(text, [span(text, words, "PER")])
    assert (group.type, group.id) == ("ORG", entity_id)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Filistinli aileler yardım bekliyor.", "Filistinli"),
        ("Çinli yatırımcılar limana ilgi gösterdi.", "Çinli"),
        ("Filistinlilerin evleri yıkıldı.", "Filistinlilerin"),
        ("Ankaralı esnaf kepenk kapattı.", "Ankaralı"),
        ("ABD'li yetkililer bilgi vermedi.", "ABD'li"),
        ("Türk heyeti Brüksel'e gitti.", "Türk"),
    ],
)
def test_nationality_words_are_not_people(linker: EntityLinker, text: str, words: str) -> None:
    assert [e.name for e in linker.resolve(text, [span(text, words, "PER")]) if e.type == "PER"] == []


def test_a_nationality_word_before_a_name_is_not_part_of_it(linker: EntityLinker) -> None:
    text = "Filistinlilerin Gazze'deki evleri yıkıldı."
    entities = linker.resolve(text, [span(text, "Filistinlilerin Gazze'deki", "LOC")])
    assert types(entities) == {"Gazze": "LOC"}


@pytest.mark.parametrize("words", ["Beyt Hanun", "Halep", "Han Yunus"])
def test_places_are_not_people(linker: EntityLinker, words: str) -> None:
    text = f"Sabah saatlerinde {words} bombalandı."
    [place] = linker.resolve(text, [span(text, words, "PER")])
    assert place.type == "LOC"


def test_a_name_is_typed_the_same_way_throughout(linker: EntityLinker) -> None:
    text = "Zorlu toplantıya katıldı. Zorlu açıklama yaptı. Zorlu'nun sözleri yankı uyandırdı."
    spans = [
        span(text, "Zorlu", "PER", 0, 0.9),
        span(text, "Zorlu", "PER", 1, 0.8),
        span(text, "Zorlu'nun", "LOC", 0, 0.5),
    ]
    [person] = linker.resolve(text, spans)
    assert person.type == "PER"
    assert len(person.mentions) == 3


def test_arabic_name_particles_stay_in_the_name(linker: EntityLinker) -> None:
    text = "Hastanede görevli Hamid Ebu Salim ile Vefa el-Kefarine konuştu."
    spans = [span(text, "Hamid Ebu", "PER"), span(text, "Salim", "PER"), span(text, "Vefa", "PER")]
    assert set(types(linker.resolve(text, spans))) == {"Hamid Ebu Salim", "Vefa el-Kefarine"}


def test_a_name_after_a_title_is_a_whole_person(linker: EntityLinker) -> None:
    text = "Olayı anlatan acil servis uzmanı Dr. Selma Karaduman Yıldız, yaşananları aktardı."
    # the model found the surname alone and took it for a place
    [person] = linker.resolve(text, [span(text, "Yıldız", "LOC")])
    assert (person.type, person.name) == ("PER", "Selma Karaduman Yıldız")


def test_a_title_alone_is_not_an_organisation(linker: EntityLinker) -> None:
    text = "İsrail Ordu Sözcüsü açıklama yaptı."
    [entity] = linker.resolve(text, [span(text, "İsrail Ordu Sözcüsü", "ORG")])
    assert (entity.type, entity.name) == ("LOC", "İsrail")


def test_unknown_names_still_come_from_the_model(linker: EntityLinker) -> None:
    text = "Kooperatif başkanı Nermin Aksoylu, Yeşilbağ Tarım Kooperatifi adına konuştu."
    spans = [span(text, "Nermin Aksoylu", "PER"), span(text, "Yeşilbağ Tarım Kooperatifi", "ORG")]
    found = by_name(linker.resolve(text, spans))
    assert found["Nermin Aksoylu"].type == "PER"
    assert found["Nermin Aksoylu"].id == "per:nermin-aksoylu"
    assert found["Yeşilbağ Tarım Kooperatifi"].type == "ORG"


def test_context_keeps_a_person_named_like_a_company(linker: EntityLinker) -> None:
    text = "Kulüp Başkanı Zara açıklama yaptı."
    [person] = linker.resolve(text, [span(text, "Zara", "PER")])
    assert person.type == "PER"


def test_the_seed_keeps_its_entities(linker: EntityLinker) -> None:
    text = "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Bakü'yü ziyaret eden NATO heyetini kabul etti."
    spans = [
        span(text, "Azerbaycan", "LOC"),
        span(text, "Ceyhun Bayramov", "PER"),
        span(text, "Bakü'yü", "LOC"),
        span(text, "NATO", "ORG"),
    ]
    found = by_name(linker.resolve(text, spans))
    assert types(list(found.values())) == {"Azerbaycan": "LOC", "Ceyhun Bayramov": "PER", "Bakü": "LOC", "NATO": "ORG"}
    assert found["Ceyhun Bayramov"].title == "Dışişleri Bakanı"


def test_business_copy_companies_are_organisations_even_unknown(linker: EntityLinker) -> None:
    text = "Borsa İstanbul'da dün Aksa Enerji ile Yıldırımtepe Teknoloji hisseleri yükseldi, Koç Holding geriledi."
    # the model found nothing: the knowledge base and the company words do
    found = types(linker.resolve(text, []))
    assert found == {
        "Borsa İstanbul": "ORG",
        "Aksa Enerji": "ORG",
        "Yıldırımtepe Teknoloji": "ORG",
        "Koç Holding": "ORG",
    }


def test_an_industry_word_ends_a_company_read_as_a_person(linker: EntityLinker) -> None:
    text = "Hisselerde Kayalar Alüminyum ile Doğan Turizm öne çıktı; Ömer Çelik konuştu."
    spans = [span(text, "Kayalar Alüminyum", "PER"), span(text, "Doğan Turizm", "PER"), span(text, "Ömer Çelik", "PER")]
    expected = {"Kayalar Alüminyum": "ORG", "Doğan Turizm": "ORG", "Ömer Çelik": "PER"}
    assert types(linker.resolve(text, spans)) == expected


@pytest.mark.parametrize(
    ("text", "words", "kind", "name"),
    [
        # a known club's or party's member before a name is no part of it, and the rest is a person
        ("Galatasaraylı Nordin Amrabat gol attı.", "Galatasaraylı Nordin Amrabat", "ORG", "Nordin Amrabat"),
        ("Toplantıya CHP'li Ahmet Kaya katıldı.", "CHP'li Ahmet Kaya", "PER", "Ahmet Kaya"),
        ("Maçta Ali Veli Demir oynadı.", "Ali Veli Demir", "PER", "Ali Veli Demir"),  # "Veli" is no member
    ],
)
def test_a_member_of_a_known_body_before_a_name_is_cut_off(
    linker: EntityLinker, text: str, words: str, kind: EntityType, name: str
) -> None:
    people = {e.name: e.type for e in linker.resolve(text, [span(text, words, kind)]) if e.type == "PER"}
    assert people == {name: "PER"}


def test_a_listed_company_with_its_legal_form(linker: EntityLinker) -> None:
    text = "Apple Inc. yeni telefonunu tanıttı."
    [company] = linker.resolve(text, [span(text, "Apple Inc.", "PER")])
    assert (company.type, company.id) == ("ORG", "org:apple")


def test_a_lone_first_name_is_the_one_person_who_has_it(linker: EntityLinker) -> None:
    text = "Kız kardeşi Selin Varol olayı anlattı. Selin, evin yıkıldığını söyledi."
    [person] = linker.resolve(text, [span(text, "Selin Varol", "PER")])
    assert [m.text for m in person.mentions] == ["Selin Varol", "Selin"]


def test_a_first_name_two_people_share_is_left_alone(linker: EntityLinker) -> None:
    text = "Toplantıda Kerem Alkan ve Kerem Soylu konuştu. Kerem ise sessiz kaldı."
    spans = [span(text, "Kerem Alkan", "PER"), span(text, "Kerem Soylu", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Kerem Alkan", "Kerem Soylu"]


def test_an_unknown_person_starting_with_a_given_name_is_found(linker: EntityLinker) -> None:
    text = "Toplantıya Selin Karadağlıoğlu da katıldı."
    assert types(linker.resolve(text, [])) == {"Selin Karadağlıoğlu": "PER"}


def test_a_known_person_inside_a_longer_capitalised_run(linker: EntityLinker) -> None:
    text = "Bakan Mehmet Şimşek ile Başkan Fatih Karahan Londra'da yatırımcılarla görüştü."
    found = linker.resolve(text, [])
    assert {e.name: e.id for e in found if e.type == "PER"} == {
        "Mehmet Şimşek": "per:mehmet-simsek",
        "Fatih Karahan": "per:fatih-karahan",
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bahar Bayramı nedeniyle okullar tatil.", "Bahar Bayramı"),
        ("Liderler Lizbon Zirvesi'nde buluştu.", "Lizbon Zirvesi'nde"),
        # ceremonies, fêtes and exams
        ("Ödüller Altın Kelebek Töreni'nde verildi.", "Altın Kelebek Töreni'nde"),
        ("Kent Erguvan Şenliği'ne hazırlanıyor.", "Erguvan Şenliği'ne"),
        ("Adaylar Mübadele Sınavı'na girdi.", "Mübadele Sınavı'na"),
        ("Takım Avrupa Kupası C Grubu'nda ikinci oldu.", "Avrupa Kupası C Grubu'nda"),  # a competition's stage
    ],
)
def test_events_are_not_entities(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "PER")]) == []


@pytest.mark.parametrize("surname", ["Güneş", "Güney", "Nil"])
def test_a_one_word_person_is_not_retyped_by_name_lists(linker: EntityLinker, surname: str) -> None:
    text = f"Toplantının ardından {surname} açıklama yaptı."
    [person] = linker.resolve(text, [span(text, surname, "PER")])
    assert person.type == "PER"


def test_a_district_that_is_also_a_club_keeps_the_model_type(linker: EntityLinker) -> None:
    text = "Yangın Beşiktaş ilçesinde çıktı."
    [place] = linker.resolve(text, [span(text, "Beşiktaş", "LOC")])
    assert place.type == "LOC"


def test_a_company_word_that_begins_a_title_does_not_make_a_company(linker: EntityLinker) -> None:
    text = "ABD Enerji Bakanı Chris Wright açıklama yaptı."
    found = types(linker.resolve(text, [span(text, "ABD", "LOC"), span(text, "Chris Wright", "PER")]))
    assert found == {"Amerika Birleşik Devletleri": "LOC", "Chris Wright": "PER"}


def test_honorifics_are_not_part_of_a_name(linker: EntityLinker) -> None:
    text = "Toplantıda Sayın Nurten Akgül ile Teğmen Kerim Soydan konuştu."
    spans = [span(text, "Nurten Akgül", "PER"), span(text, "Kerim Soydan", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Kerim Soydan", "Nurten Akgül"]


def test_two_names_the_model_joined_with_ve_are_two(linker: EntityLinker) -> None:
    text = "Yaralılar Şifa Hastanesi ve Ehli Baptist Hastanesi'ne götürüldü."
    spans = [span(text, "Şifa Hastanesi ve Ehli Baptist Hastanesi'ne", "ORG")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Ehli Baptist Hastanesi", "Şifa Hastanesi"]


def test_a_common_noun_after_a_name_and_numbers_are_not_names(linker: EntityLinker) -> None:
    text = "Haberi New York Times gazetesi 1996 yılında yayımladı."
    spans = [span(text, "New York Times gazetesi", "ORG"), span(text, "1996", "ORG")]
    assert [e.name for e in linker.resolve(text, spans)] == ["New York Times"]


def test_a_country_is_a_place_even_when_the_model_says_organisation(linker: EntityLinker) -> None:
    text = "Heyet Birleşik Arap Emirlikleri'ne gitti."
    [country] = linker.resolve(text, [span(text, "Birleşik Arap Emirlikleri'ne", "ORG")])
    assert (country.type, country.id) == ("LOC", "iso3166:AE")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Filmde büyücüyü oynayan Sir Patrick Stewart (80), ödülünü dün aldı.",
            "Sir Patrick Stewart",
            "Patrick Stewart",
        ),
        ("Heyete Kıdemli Yargıç Selma Özkan başkanlık etti.", "Kıdemli Yargıç Selma Özkan", "Selma Özkan"),
        ("Görüşmeye Başmüzakereci Orhan Tekin de katıldı.", "Başmüzakereci Orhan Tekin", "Orhan Tekin"),
        ("Bakan, bölgedeki Gen. Miller'ın liderliğine güveniyor.", "Gen. Miller", "Miller"),
        ("Oylamayı yöneten Kardinal Luigi Ferraro sonucu açıkladı.", "Kardinal Luigi Ferraro", "Luigi Ferraro"),
    ],
)
def test_a_title_the_model_put_inside_a_name_is_not_the_name(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])).get(name) == "PER"
    assert words not in types(linker.resolve(text, [span(text, words, "PER")]))


@pytest.mark.parametrize("text", ["Emir Kusturica yeni filmini tanıttı.", "Sultan Kösen dün İstanbul'a geldi."])
def test_a_title_word_that_opens_a_two_word_name_stays_in_it(linker: EntityLinker, text: str) -> None:
    words = " ".join(text.split()[:2])
    assert types(linker.resolve(text, [span(text, words, "PER")])).get(words) == "PER"


def test_a_second_title_after_the_first_is_not_the_name(linker: EntityLinker) -> None:
    text = "Bölge Mahkemesi Başkanı Kıdemli Yargıç Selma Özkan, kararı dün açıkladı."
    entities = types(linker.resolve(text, [span(text, "Bölge Mahkemesi", "ORG")]))
    assert entities.get("Selma Özkan") == "PER"
    assert not any("Yargıç" in name for name in entities)


@pytest.mark.parametrize(
    ("text", "words", "places"),
    [
        ("Olay İstanbul Sancaktepe'de dün gece yaşandı.", "İstanbul Sancaktepe'de", {"İstanbul", "Sancaktepe"}),
        ("Toplantıda Kuveyt Suriye sınırı konuşuldu.", "Kuveyt Suriye", {"Kuveyt", "Suriye"}),
    ],
)
def test_two_places_side_by_side_are_two_places(linker: EntityLinker, text: str, words: str, places: set[str]) -> None:
    entities = types(linker.resolve(text, [span(text, words, "LOC")]))
    assert {name for name, kind in entities.items() if kind == "LOC"} == places


@pytest.mark.parametrize(
    ("text", "words", "places"),
    [
        ("Yangın Küçükçekmece Yenitepe Mahallesi'nde çıktı.", "Küçükçekmece Yenitepe Mahallesi'nde",
         {"Küçükçekmece", "Yenitepe Mahallesi"}),
        ("Sel Dereboyu Köyü Karaağaç Mahallesi'ni vurdu.", "Dereboyu Köyü Karaağaç Mahallesi'ni",
         {"Dereboyu Köyü", "Karaağaç Mahallesi"}),
        # after a district's word the village's own name starts, whatever its shape ("Karlı": snowy)
        ("Çığ Yüksekova İlçesi Karlı Köyü'nü vurdu.", "Yüksekova İlçesi Karlı Köyü'nü", {"Yüksekova", "Karlı Köyü"}),
        # a unit named after a title or with a possessed noun, and a town not in the lists, stay whole
        ("Ev Fatih Sultan Mehmet Mahallesi'nde.", "Fatih Sultan Mehmet Mahallesi'nde",
         {"Fatih Sultan Mehmet Mahallesi"}),
        ("Ev Kıbrıs Gazileri Mahallesi'nde.", "Kıbrıs Gazileri Mahallesi'nde", {"Kıbrıs Gazileri Mahallesi"}),
        # a quarter named after a person whose given name is a foreign town to the lists (Yunus: Khan Yunis)
        ("Ev Yunus Emre Mahallesi'nde.", "Yunus Emre Mahallesi'nde", {"Yunus Emre Mahallesi"}),
        ("Ev Ortaçam Yenitepe Mahallesi'nde.", "Ortaçam Yenitepe Mahallesi'nde", {"Ortaçam Yenitepe Mahallesi"}),
        # a square is named with its town as often as without
        ("Miting Fatih Cumhuriyet Meydanı'nda.", "Fatih Cumhuriyet Meydanı'nda", {"Fatih Cumhuriyet Meydanı"}),
    ],
)  # fmt: skip
def test_a_town_before_a_quarter_or_village_is_a_place_of_its_own(
    linker: EntityLinker, text: str, words: str, places: set[str]
) -> None:
    entities = types(linker.resolve(text, [span(text, words, "LOC")]))
    assert {name for name, kind in entities.items() if kind == "LOC"} == places


@pytest.mark.parametrize(
    ("text", "words"), [("Hong Kong borsası düştü.", "Hong Kong"), ("Tel Aviv'de gösteri var.", "Tel Aviv'de")]
)
def test_a_place_known_whole_is_not_cut_in_two(linker: EntityLinker, text: str, words: str) -> None:
    assert [e.type for e in linker.resolve(text, [span(text, words, "LOC")])] == ["LOC"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kentte Uluslararası Seramik Bienali açıldı.", "Uluslararası Seramik Bienali"),
        ("Avukatlar Avrupa Sosyal Şartı Sözleşmesi'ne atıf yaptı.", "Avrupa Sosyal Şartı Sözleşmesi'ne"),
        ("Meclis Vergi Paketi'ni görüşüyor.", "Vergi Paketi'ni"),
        ("Akademisyenler Taş Heykel Sempozyumu'nda buluştu.", "Taş Heykel Sempozyumu'nda"),
    ],
)
def test_events_treaties_and_packages_are_no_organisations(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Sergi Kadıköy Deniz Müzesi'nde açıldı.", "Kadıköy Deniz Müzesi'nde", "Kadıköy Deniz Müzesi"),
        ("Heyet Yıldız Oteli'nde kaldı.", "Yıldız Oteli'nde", "Yıldız Oteli"),
        ("İşçiler Kuzey Çimento Fabrikası önünde toplandı.", "Kuzey Çimento Fabrikası", "Kuzey Çimento Fabrikası"),
    ],
)
def test_museums_hotels_and_factories_are_organisations(linker: EntityLinker, text: str, words: str, name: str) -> None:
    # milliyet and NakbaTR tag them ORG ("Müzesi" 4 of 4, "Oteli" 5 of 5 in milliyet's training part)
    assert types(linker.resolve(text, [span(text, words, "LOC")])).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Ege Elektrik Dağıtım kesinti yapacak.", "Ege Elektrik Dağıtım", "Ege Elektrik Dağıtım"),
        ("Şirket Yılmaz Çelik Sanayi'ni satın aldı.", "Yılmaz Çelik Sanayi'ni", "Yılmaz Çelik Sanayi"),
    ],
)
def test_distribution_and_industry_companies_are_organisations(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    # "Dağıtım" once read as a mountain ("dağı") with a case ending
    assert types(linker.resolve(text, [span(text, words, "LOC")])).get(name) == "ORG"


def test_a_mountain_is_still_a_place(linker: EntityLinker) -> None:
    text = "Tırmanışçılar Erciyes Dağı'na çıktı."
    assert types(linker.resolve(text, [span(text, "Erciyes Dağı'na", "ORG")])).get("Erciyes Dağı") == "LOC"


def test_a_company_name_with_ve_between_its_trade_words_is_one_company(linker: EntityLinker) -> None:
    text = "İhaleyi Kaya Tarım Makineleri Sanayi ve Ticaret AŞ kazandı."
    words = "Kaya Tarım Makineleri Sanayi ve Ticaret AŞ"
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {words: "ORG"}


def test_two_institutions_joined_by_ve_are_still_two(linker: EntityLinker) -> None:
    text = "Yaralılar Merkez Hastanesi ve Güney Devlet Hastanesi'ne kaldırıldı."
    words = "Merkez Hastanesi ve Güney Devlet Hastanesi'ne"
    assert set(types(linker.resolve(text, [span(text, words, "ORG")]))) == {
        "Merkez Hastanesi",
        "Güney Devlet Hastanesi",
    }


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Golü Galatasaraylı Burak Yılmaz attı.", "Galatasaraylı Burak Yılmaz", "Burak Yılmaz"),
        (
            "Holdingin Yönetim Kurulu Bülent Eczacıbaşı konuştu.",
            "Yönetim Kurulu Bülent Eczacıbaşı",
            "Bülent Eczacıbaşı",
        ),
        ("Gümrük Başmüdürü Mehmet Güçlü inceledi.", "Başmüdürü Mehmet Güçlü", "Mehmet Güçlü"),
        ("Toplantıya Cumhuriyetçi Partili Chuck Hagel de katıldı.", "Cumhuriyetçi Partili Chuck Hagel", "Chuck Hagel"),
    ],
)
def test_an_affiliation_or_title_before_a_given_name_is_not_the_name(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {name: "PER"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mahallede Kör Sezai diye bilinen adam yakalandı.", "Kör Sezai"),  # a nickname: one word would be left
        ("Açıklamayı M. Rifat Hisarcıklıoğlu yaptı.", "M. Rifat Hisarcıklıoğlu"),  # an initial
        ("Dizide Belçim Bilgin Erdoğan rol aldı.", "Belçim Bilgin Erdoğan"),  # a given name the lists lack
        ("Sergide Kanuni Sultan Süleyman'ın kaftanı var.", "Kanuni Sultan Süleyman'ın"),  # Sultan: a title
    ],
)
def test_a_person_s_name_stays_whole_when_the_first_word_may_belong_to_it(
    linker: EntityLinker, text: str, words: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {canonical(words): "PER"}


def canonical(words: str) -> str:
    return words.split("'", maxsplit=1)[0]


def test_a_title_ending_in_the_possessive_is_no_part_of_the_name(linker: EntityLinker) -> None:
    text = "Partinin Başbakan Adayı Peer Steinbrück konuştu. Almanya Şansölyesi Angela Merkel dinledi."
    spans = [span(text, "Peer Steinbrück", "PER"), span(text, "Angela Merkel", "PER")]
    assert set(types(linker.resolve(text, spans))) == {"Peer Steinbrück", "Angela Merkel"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Düğüne Ayşe Kaya-Mehmet Demir çifti geldi.", "Ayşe Kaya-Mehmet Demir", {"Ayşe Kaya", "Mehmet Demir"}),
        ("Panelde Zeynep Aksoy - Ali Çelik konuştu.", "Zeynep Aksoy - Ali Çelik", {"Zeynep Aksoy", "Ali Çelik"}),
        ("Kitapta Jean-Paul Sartre anlatılıyor.", "Jean-Paul Sartre", {"Jean-Paul Sartre"}),
    ],
)
def test_two_people_joined_by_a_hyphen_are_two(linker: EntityLinker, text: str, words: str, expected: set[str]) -> None:
    assert set(types(linker.resolve(text, [span(text, words, "PER")]))) == expected


def test_two_places_joined_by_a_hyphen_are_two_unless_one_place(linker: EntityLinker) -> None:
    text = "Uçak Ankara-Londra seferini yaptı. Heyet Bosna-Hersek'e gitti."
    spans = [span(text, "Ankara-Londra", "LOC"), span(text, "Bosna-Hersek'e", "LOC")]
    assert set(types(linker.resolve(text, spans))) == {"Ankara", "Londra", "Bosna-Hersek"}


@pytest.mark.parametrize(
    ("text", "words", "name", "entity_type"),
    [
        ("Sergide Gani Müjde imzalı karikatürler var.", "Gani Müjde imzalı", "Gani Müjde", "PER"),
        ("Bir Electronic Arts Inc. yeni oyununu duyurdu.", "Bir Electronic Arts Inc.", "Electronic Arts", "ORG"),
    ],
)
def test_a_lower_case_word_after_a_name_and_a_sentence_opener_before_it_are_no_part_of_it(
    linker: EntityLinker, text: str, words: str, name: str, entity_type: EntityType
) -> None:
    assert name in types(linker.resolve(text, [span(text, words, entity_type)]))


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "Dava Ankara 4. Ağır Ceza Mahkemesi'nde görüldü.",
            [("Ankara", "LOC"), ("Ağır Ceza Mahkemesi'nde", "ORG")],
            "Ankara 4. Ağır Ceza Mahkemesi",
        ),
        (
            "Karar Yargıtay 12. Ceza Dairesi'ne gitti.",
            [("Yargıtay", "ORG"), ("Ceza Dairesi'ne", "ORG")],
            "Yargıtay 12. Ceza Dairesi",
        ),
        (
            "Dosya İzmir 2’nci İcra Müdürlüğü’ne gönderildi.",
            [("İzmir 2’nci", "ORG"), ("İcra Müdürlüğü’ne", "ORG")],
            "İzmir 2’nci İcra Müdürlüğü",
        ),
        (
            "Ekip Van 34'üncü Jandarma Sınır Komutanlığı'na bağlı.",
            [("Van 34'üncü", "ORG"), ("Jandarma Sınır Komutanlığı'na", "ORG")],
            "Van 34'üncü Jandarma Sınır Komutanlığı",
        ),
        # the model took the number in: the place before it joins too
        (
            "Dava Ankara 13'üncü Asliye Ceza Mahkemesi'nde görüldü.",
            [("13'üncü Asliye Ceza Mahkemesi'nde", "ORG")],
            "Ankara 13'üncü Asliye Ceza Mahkemesi",
        ),
        ("Birlik 3. Süvari Tugayı'na bağlıydı.", [("Süvari Tugayı'na", "ORG")], "3. Süvari Tugayı"),
        # "Dosya" only opens the sentence: the number joins, the word does not
        (
            "Dosya 5. Asliye Ceza Mahkemesi'nde bekliyor.",
            [("Asliye Ceza Mahkemesi'nde", "ORG")],
            "5. Asliye Ceza Mahkemesi",
        ),
    ],
)
def test_a_numbered_court_or_office_is_one_name_with_its_number_and_place(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], name: str
) -> None:
    found = types(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))
    assert found == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Bakan, Gençlik ve Spor Bakanlığı'nın planını anlattı.", "Spor Bakanlığı'nın", "Gençlik ve Spor Bakanlığı"),
        # the sentence's opener is no part of the body's name the "ve" widening reaches back into
        ('"Biz Çevre ve Şehircilik Bakanlığı\'na başvurduk" dedi.', "Şehircilik Bakanlığı'na",
         "Çevre ve Şehircilik Bakanlığı"),
        ("Ancak Tarım ve Orman Komisyonu toplanmadı.", "Orman Komisyonu", "Tarım ve Orman Komisyonu"),
    ],
)  # fmt: skip
def test_a_body_named_with_ve_is_widened_to_its_first_word_not_to_the_sentence_opener(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "spans", "places"),
    [
        # an address with its street word in lower case is a place, whatever the model made of the name; the
        # entity is named without the street word, as the corpora write it, and the mention keeps it
        ("Yangın Selami Özben sokak 5 numarada çıktı.", [("Selami Özben", "PER")],
         {"Selami Özben": ["Selami Özben sokak"]}),
        ("Ekipler Çınarlı sokağında arama yaptı.", [], {"Çınarlı": ["Çınarlı sokağında"]}),  # without the model
        ("Olay Evren Paşa caddesindeki binada oldu.", [("Evren Paşa", "LOC")],
         {"Evren Paşa": ["Evren Paşa caddesindeki"]}),
        # an address chain is a quarter and a street
        ("Şüpheli Kirazlı Mah. Bentler sokak No: 5 adresinde yakalandı.", [("Kirazlı Mah. Bentler", "LOC")],
         {"Kirazlı Mah.": ["Kirazlı Mah."], "Bentler": ["Bentler sokak"]}),
    ],
)  # fmt: skip
def test_an_address_written_in_lower_case_is_a_place(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], places: dict[str, list[str]]
) -> None:
    found = linker.resolve(text, [span(text, words, kind) for words, kind in spans])
    assert {e.name: [m.text for m in e.mentions] for e in found if e.type == "LOC"} == places
    assert all(e.type == "LOC" for e in found)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a numbered street or quarter, and a place or body named after a date or an ordinal, keep their number
        ("Kaza Karşıyaka 1742 Sokak'ta oldu.", [], {"1742 Sokak": "LOC"}),
        ("Aile 212'nci Sokak'taki evinde yaşıyor.", [("Sokak'taki", "LOC")], {"212'nci Sokak": "LOC"}),
        ("Aile 50. Yıl Mahallesi'nde oturuyor.", [("Yıl Mahallesi'nde", "LOC")], {"50. Yıl Mahallesi": "LOC"}),
        ("Sergi 50'nci Yıl Sanat Galerisi'nde.", [("Yıl Sanat Galerisi'nde", "ORG")],
         {"50'nci Yıl Sanat Galerisi": "LOC"}),
        ("Maç 29 Ekim Stadı'nda oynanacak.", [("Ekim Stadı'nda", "LOC")], {"29 Ekim Stadı": "LOC"}),
        ("Öğrenciler 29 Ekim Üniversitesi'nde okuyor.", [("Ekim Üniversitesi'nde", "ORG")],
         {"29 Ekim Üniversitesi": "ORG"}),
        # a count is no part of a name, nor a street written in lower case ("3 sokak ötede" is a distance)
        ("Kentte 3 Spor Salonu yapıldı.", [("Spor Salonu", "LOC")], {"Spor Salonu": "LOC"}),
        ("Su kesintisi 419. sokak ve 5601 sokakta sürüyor.", [], {}),
    ],
)  # fmt: skip
def test_a_numbered_street_or_place_keeps_its_number(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_person_found_in_the_street_stays_a_person(linker: EntityLinker) -> None:
    text = "Kayıp çocuk Ayşe sokakta bulundu."
    assert types(linker.resolve(text, [span(text, "Ayşe", "PER")])) == {"Ayşe": "PER"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Olayda Yarbay Kessler yaralandı.", "Yarbay Kessler", "Kessler"),  # a rank is never a given name
        ("Araştırmayı Dr Maria Lopez yönetti.", "Dr Maria Lopez", "Maria Lopez"),  # "Dr" without its dot
        ("Açıklamayı Peder Marco Rossi yaptı.", "Peder Marco Rossi", "Marco Rossi"),
        ("Festivale Emir Kusturica geldi.", "Emir Kusturica", "Emir Kusturica"),  # a title word that is a name
        ("Görüşmeye Molla Abdul Karim katıldı.", "Molla Abdul Karim", "Abdul Karim"),
        ("Takımın Başantrenörü Vlado Ivkovic konuştu.", "Başantrenörü Vlado Ivkovic", "Vlado Ivkovic"),
        ("Podyumda Model Ingrid Larsen yürüdü.", "Model Ingrid Larsen", "Ingrid Larsen"),
    ],
)
def test_a_title_before_a_name_is_cut_off(linker: EntityLinker, text: str, words: str, name: str) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {name: "PER"}


def test_two_people_joined_by_ve_are_two(linker: EntityLinker) -> None:
    text = "Antrenmanda Emre ve Selçuk yoktu."
    assert types(linker.resolve(text, [span(text, "Emre ve Selçuk", "PER")])) == {"Emre": "PER", "Selçuk": "PER"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Yangın Cevahir Alışveriş Merkezi'nde çıktı.", "Cevahir Alışveriş Merkezi'nde",
         {"Cevahir Alışveriş Merkezi": "LOC"}),
        ("Zirve Lütfi Kırdar Kongre Merkezi'nde yapıldı.", "Lütfi Kırdar Kongre Merkezi'nde",
         {"Lütfi Kırdar Kongre Merkezi": "LOC"}),
        ("Kuyruk Forum Ankara AVM önünde uzadı.", "Forum Ankara AVM", {"Forum Ankara AVM": "LOC"}),
        ("Konser Akyaka Kültür Merkezi'nde verildi.", "Akyaka Kültür Merkezi'nde", {"Akyaka Kültür Merkezi": "LOC"}),
        ("Valilik Afet Koordinasyon Merkezi kurdu.", "Afet Koordinasyon Merkezi", {"Afet Koordinasyon Merkezi": "ORG"}),
        # halls, galleries, ski and show centres are where things happen
        ("Sergi Nail Çakırhan Sanat Galerisi'nde açıldı.", "Nail Çakırhan Sanat Galerisi'nde",
         {"Nail Çakırhan Sanat Galerisi": "LOC"}),
        ("Tören Cemil Topuzlu Konferans Salonu'nda yapıldı.", "Cemil Topuzlu Konferans Salonu'nda",
         {"Cemil Topuzlu Konferans Salonu": "LOC"}),
        ("Söyleşi Hüsnü Tekin Amfisi'nde yapıldı.", "Hüsnü Tekin Amfisi'nde", {"Hüsnü Tekin Amfisi": "LOC"}),
        ("Kayakseverler Sarıkamış Kayak Merkezi'ne akın etti.", "Sarıkamış Kayak Merkezi'ne",
         {"Sarıkamış Kayak Merkezi": "LOC"}),
        ("Konser Harbiye Gösteri Merkezi'nde verilecek.", "Harbiye Gösteri Merkezi'nde",
         {"Harbiye Gösteri Merkezi": "LOC"}),
        # chapels, housing estates, arcades, inns and palaces too; a lady ("Hanım") is no inn
        ("Turistler Sistine Şapeli'ni gezdi.", "Sistine Şapeli'ni", {"Sistine Şapeli": "LOC"}),
        ("Yangın Yeşilvadi Sitesi'nde çıktı.", "Yeşilvadi Sitesi'nde", {"Yeşilvadi Sitesi": "LOC"}),
        ("Kafile Rüstem Paşa Hanı'nda konakladı.", "Rüstem Paşa Hanı'nda", {"Rüstem Paşa Hanı": "LOC"}),
        ("Resepsiyon Çırağan Sarayı'nda verildi.", "Çırağan Sarayı'nda", {"Çırağan Sarayı": "LOC"}),
    ],
)  # fmt: skip
def test_shopping_and_congress_centres_are_places(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


def test_a_lady_is_no_inn_and_the_white_house_is_a_body(linker: EntityLinker) -> None:
    text = "Ayten Hanım konuştu. Heyet Beyaz Sarayı ziyaret etti."
    spans = [span(text, "Ayten Hanım", "PER"), span(text, "Beyaz Sarayı", "ORG")]
    assert types(linker.resolve(text, spans)) == {"Ayten": "PER", "Beyaz Saray": "ORG"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a title-cased headline's postposition ends the name; what follows is an agreement's subject
        ("Türkiye İle Gana Arasında Turizm Anlaşması imzalandı.", [("Gana Arasında Turizm", "LOC")], {"Gana": "LOC"}),
        ("Heyet Başkent Lima'ya gitti.", [("Başkent Lima'ya", "LOC")], {"Lima": "LOC"}),  # the capital is Lima
        ("Toplantı Başkent Öğretmenevi'nde yapıldı.", [("Başkent Öğretmenevi'nde", "ORG")],
         {"Başkent Öğretmenevi": "ORG"}),
        ("Törene eski Başkanlardan Jimmy Carter da katıldı.", [("Jimmy Carter", "PER")], {"Jimmy Carter": "PER"}),
        ("Oyun St. Louis'de sahnelendi.", [("Louis'de", "LOC")], {"St. Louis": "LOC"}),
        ("Yeni Mahalle Atatürk Caddesi trafiğe kapandı.", [("Yeni Mahalle Atatürk Caddesi", "LOC")],
         {"Yeni Mahalle": "LOC", "Atatürk Caddesi": "LOC"}),
        # a district or quarter the knowledge base lists, before a street or quarter of its own
        ("Kaza Kadıköy Bahariye Caddesi'nde oldu.", [("Kadıköy Bahariye Caddesi'nde", "LOC")],
         {"Kadıköy": "LOC", "Bahariye Caddesi": "LOC"}),
        ("Ev Sultangazi Habibler Mahallesi'nde.", [("Sultangazi Habibler Mahallesi'nde", "LOC")],
         {"Sultangazi": "LOC", "Habibler Mahallesi": "LOC"}),
    ],
)  # fmt: skip
def test_words_around_a_name_that_are_not_part_of_it(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_curated_company_written_in_lower_case_is_kept_and_an_ordinary_word_is_not(linker: EntityLinker) -> None:
    text = "Şarkıcı twitter hesabından yazdı. Gazeteci cumhuriyet için yazdı."
    found = linker.resolve(text, [span(text, "twitter", "ORG"), span(text, "cumhuriyet", "ORG")])
    assert [(e.type, [m.text for m in e.mentions]) for e in found] == [("ORG", ["twitter"])]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # (the knowledge base's name since 1.42.0, the number kept)
        ("Papa 16'ncı Benedikt'in mesajı okundu.", "Benedikt'in", "16. Benedikt"),
        ("Kral 4'üncü Murat'ın fermanı okundu.", "Murat'ın", "4'üncü Murat"),
        ("Kral 7. Edward törene katıldı.", "Edward", "7. Edward"),
        ("Yeni Papa I. Francis konuştu.", "Francis", "I. Francis"),
        ("Sıralamada 1. Ahmet oldu.", "Ahmet", "Ahmet"),  # a rank in a list of results, not a regnal number
    ],
)
def test_a_popes_or_monarchs_number_is_part_of_the_name(linker: EntityLinker, text: str, words: str, name: str) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {name: "PER"}


def test_an_airport_written_havaalani_is_a_place(linker: EntityLinker) -> None:
    text = "Uçak Dalaman Havaalanı'na indi."
    assert types(linker.resolve(text, [span(text, "Dalaman Havaalanı'na", "ORG")])) == {"Dalaman Havaalanı": "LOC"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a plural noun after the list says what every member is
        ("Askerler Musul ile Erbil ve Zaho kentlerinde görev yapıyor.",
         [("Musul", "LOC"), ("Erbil", "LOC"), ("Zaho", "PER")],
         {"Musul": "LOC", "Erbil": "LOC", "Zaho": "LOC"}),
        # in a long list of places, a name that opens with no given name is a place too
        ("Uyarı Tonga, Samoa, Tuvalu, Moorea ve Vanuatu için yapıldı.",
         [("Tonga", "LOC"), ("Samoa", "LOC"), ("Tuvalu", "LOC"), ("Moorea", "PER"), ("Vanuatu", "LOC")],
         {"Tonga": "LOC", "Samoa": "LOC", "Tuvalu": "LOC", "Moorea": "LOC", "Vanuatu": "LOC"}),
        # ... but a person with a given name stays a person
        ("Toplantıya Ankara, İzmir, Bursa, Mehmet Kara ve Konya katıldı.",
         [("Ankara", "LOC"), ("İzmir", "LOC"), ("Bursa", "LOC"), ("Mehmet Kara", "PER"), ("Konya", "LOC")],
         {"Ankara": "LOC", "İzmir": "LOC", "Bursa": "LOC", "Mehmet Kara": "PER", "Konya": "LOC"}),
        # ... also after "gibi" and an adjective: brands
        ("Şirket Marino, Valenti Rossi, Ferraldo ve Lazio gibi ünlü markaların mağazalarını açtı.",
         [("Marino", "ORG"), ("Valenti Rossi", "PER"), ("Ferraldo", "PER"), ("Lazio", "ORG")],
         {"Marino": "ORG", "Valenti Rossi": "ORG", "Ferraldo": "ORG", "Lazio": "ORG"}),
        # ... where a person named with a given name may be the speaker before the examples
        ("Konuşan Osman Boyner, İngiltere ve Hollanda gibi ülkelerde durumun iyi olduğunu söyledi.",
         [("Osman Boyner", "PER"), ("İngiltere", "LOC"), ("Hollanda", "LOC")],
         {"Osman Boyner": "PER", "Birleşik Krallık": "LOC", "Hollanda": "LOC"}),
        # two names are no list to go by without the noun
        ("Heyet Musul ve Zaho arasında gidip geldi.",
         [("Musul", "LOC"), ("Zaho", "PER")],
         {"Musul": "LOC", "Zaho": "PER"}),
    ],
)  # fmt: skip
def test_a_name_in_a_list_of_places_is_a_place(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_country_read_as_a_person_is_a_place(linker: EntityLinker) -> None:
    text = "Tsunami uyarısı Tuvalu için de yapıldı."
    assert types(linker.resolve(text, [span(text, "Tuvalu", "PER")])) == {"Tuvalu": "LOC"}


@pytest.mark.parametrize(
    ("text", "words", "kind", "name"),
    [
        ("Sayın Başbakanımız Ahmet Yılmaz konuştu.", "Başbakanımız Ahmet Yılmaz", "PER", "Ahmet Yılmaz"),
        ("Oğlunuz Kerem'in okulunu gördüm.", "Oğlunuz Kerem'in", "PER", "Kerem"),
        ("Muhafazakar Partili Lord Hamilton’ın adı geçti.", "Lord Hamilton’ın", "ORG", "Hamilton"),
        ("Başdanışman Ferit'in sözleri tartışıldı.", "Başdanışman Ferit'in", "PER", "Ferit"),
    ],
)
def test_a_possessed_title_or_a_foreign_honorific_is_no_part_of_the_name(
    linker: EntityLinker, text: str, words: str, kind: EntityType, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind)])) == {name: "PER"}


@pytest.mark.parametrize(
    ("text", "words", "kind", "name"),
    [
        ("Kent Hastanesi Kadın Hastalıkları ve Doğum Uzmanı Dr. Ece Tan uyardı.",
         "Kent Hastanesi Kadın Hastalıkları", "ORG", "Kent Hastanesi"),
        ("Rize Devlet Hastanesi Kulak Burun Boğaz Uzmanı konuştu.",
         "Rize Devlet Hastanesi Kulak Burun Boğaz", "ORG", "Rize Devlet Hastanesi"),
        # a unit with a head word of its own is left to the canonical name's rule
        ("Bursa Devlet Hastanesi Acil Servisi'ne kaldırıldı.",
         "Bursa Devlet Hastanesi Acil Servisi'ne", "ORG", "Bursa Devlet Hastanesi"),
    ],
)  # fmt: skip
def test_a_speciality_read_into_a_hospitals_name_is_cut_off(
    linker: EntityLinker, text: str, words: str, kind: EntityType, name: str
) -> None:
    found = types(linker.resolve(text, [span(text, words, kind)]))
    assert {n: t for n, t in found.items() if t == "ORG"} == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Kaza Esenyurt Atatürk Caddesi'nde oldu.", [("Esenyurt Atatürk Caddesi'nde", "LOC")],
         {"Esenyurt": "LOC", "Atatürk Caddesi": "LOC"}),
        ("Eylem Esenyurt Cumhuriyet Meydanı'nda yapıldı.", [("Esenyurt Cumhuriyet Meydanı'nda", "LOC")],
         {"Esenyurt Cumhuriyet Meydanı": "LOC"}),
        ("Yürüyüş Ali Rıza Gürcan Caddesi'nde başladı.", [("Ali Rıza Gürcan Caddesi'nde", "LOC")],
         {"Ali Rıza Gürcan Caddesi": "LOC"}),
    ],
)  # fmt: skip
def test_a_turkish_town_before_a_street_is_a_place_of_its_own(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Oscar Akademi Ödülleri dağıtıldı.", [], {}),
        ("Ödül Grammy Akademi Ödülleri töreninde verildi.", [("Grammy Akademi", "PER")], {}),
        ("Konserde Borusan Quartet'in üyeleri çaldı.", [("Borusan Quartet'in", "PER")], {"Borusan Quartet": "ORG"}),
        ("Bilet Air Armenia Havayolu şirketinden alındı.", [("Air Armenia Havayolu", "LOC")],
         {"Air Armenia Havayolu": "ORG"}),
    ],
)  # fmt: skip
def test_prizes_ensembles_and_airlines(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_word_of_a_person_named_in_full_stays_a_person_in_a_list_of_bodies(linker: EntityLinker) -> None:
    text = "Milletvekili Atilla Kartal konuştu. Kartal, CHP, MHP ve BDP gruplarının önerisini anlattı."
    spans = [span(text, "Atilla Kartal", "PER"), span(text, "Kartal", "PER", 1)]
    spans += [span(text, name, "ORG") for name in ("CHP", "MHP", "BDP")]
    found = {e.name: e.type for e in linker.resolve(text, spans)}
    assert found["Atilla Kartal"] == "PER"
    assert "Kartal" not in found


def test_a_common_word_opening_a_sentence_is_no_person(linker: EntityLinker) -> None:
    text = "Hasta yoğun bakımda. Hayati tehlikesi sürüyor. Doktorlar hayati önem taşıyan ameliyatı yaptı."
    assert linker.resolve(text, [span(text, "Hayati", "PER")]) == []


def test_a_given_name_opening_a_sentence_stays_when_the_article_names_the_person_in_full(
    linker: EntityLinker,
) -> None:
    text = "Ödülü Hayati Yazıcı aldı. Hayati, hayati bir konuşma yaptı."
    spans = [span(text, "Hayati Yazıcı", "PER"), span(text, "Hayati", "PER", 1)]
    assert [e.name for e in linker.resolve(text, spans)] == ["Hayati Yazıcı"]


def test_a_club_misspelt_klubu_is_a_body_and_no_part_of_its_university_is_cut(linker: EntityLinker) -> None:
    text = "Yıldız Teknik Üniversitesi İşletme Klübü tören düzenledi."
    found = linker.resolve(text, [span(text, "Yıldız Teknik Üniversitesi İşletme Klübü", "ORG")])
    assert types(found) == {"Yıldız Teknik Üniversitesi İşletme Klübü": "ORG"}


@pytest.mark.parametrize(
    ("text", "words", "kind", "name"),
    [
        ("Maçta Chievo deplasmanda kazandı.", "Chievo", "PER", "Chievo"),
        ("Fenerbahçe, Caja Laboral karşısında öne geçti.", "Caja Laboral", "PER", "Baskonia"),
        ("Galatasaray, Kızılyıldız ile karşılaşacak.", "Kızılyıldız", "PER", "Kızılyıldız"),
    ],
)
def test_a_european_club_is_an_organisation(
    linker: EntityLinker, text: str, words: str, kind: EntityType, name: str
) -> None:
    [entity] = [e for e in linker.resolve(text, [span(text, words, kind)]) if e.name == name]
    assert entity.type == "ORG"


@pytest.mark.parametrize("league", ["Süper Lig", "Premier Lig", "Bundesliga", "Serie A"])
def test_a_league_is_a_competition_not_an_organisation(linker: EntityLinker, league: str) -> None:
    text = f"Takım {league}'de üst sıralara tırmandı."
    assert linker.resolve(text, [span(text, f"{league}'de", "ORG")]) == []


def test_a_city_is_no_club_though_a_club_bears_its_name(linker: EntityLinker) -> None:
    text = "Papa, Roma'da bir ayin yönetti."
    assert [(e.name, e.type) for e in linker.resolve(text, [span(text, "Roma'da", "LOC")])] == [("Roma", "LOC")]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Palermo - Lazio maçı golsüz bitti.", [("Palermo - Lazio", "ORG")], {"Palermo": "ORG", "Lazio": "ORG"}),
        ("Udinese-Siena maçında iki gol vardı.", [("Udinese", "ORG"), ("Siena", "LOC")],
         {"Udinese": "ORG", "Siena": "ORG"}),
        ("Sivasspor-Rize maçı ertelendi.", [("Sivasspor", "ORG"), ("Rize", "LOC")],
         {"Sivasspor": "ORG", "Rize": "ORG"}),
        # no club: a war between a country and a group keeps both types
        ("İsrail-Hamas savaşı sürüyor.", [("İsrail", "LOC"), ("Hamas", "ORG")], {"İsrail": "LOC", "Hamas": "ORG"}),
    ],
)  # fmt: skip
def test_a_name_joined_by_a_hyphen_to_a_club_is_the_other_club_of_the_match(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_minors_initials_are_shown_in_capitals(linker: EntityLinker) -> None:
    text = "OLAY YERİ\nKonya'da 13 yaşındaki M.K. ile arkadaşı yakalandı."
    found = linker.resolve(text, [span(text, "M.K.", "PER")])
    assert [e.name for e in found if e.type == "PER"] == ["M.K."]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Davutoğlu-Fabius Paris'te buluşuyor.", "Davutoğlu-Fabius", {"Ahmet Davutoğlu": "PER", "Fabius": "PER"}),
        ("Jean-Paul Sartre okundu.", "Jean-Paul Sartre", {"Jean-Paul Sartre": "PER"}),
    ],
)
def test_two_surnames_joined_by_a_hyphen_are_two_people(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Oyuncu "Özlemişim..." dedi.', "Özlemişim"),
        ("Rüyadayız, uyanacağız nasıl olsa.", "Rüyadayız"),
        ("Üretirseniz saygınlığınız olur.", "Üretirseniz"),
        ("SORUŞTURMA DERİNLEŞTİ\nDosya büyüdü.", "DERİNLEŞTİ"),
    ],
)
def test_a_verb_capitalised_by_its_sentence_is_no_person(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "PER")]) == []


def test_a_given_name_ending_like_a_verb_stays_a_person(linker: EntityLinker) -> None:
    text = "Toplantıya Seniz katıldı."
    assert types(linker.resolve(text, [span(text, "Seniz", "PER")])) == {"Seniz": "PER"}


def test_a_syndrome_named_after_its_describer_is_no_person(linker: EntityLinker) -> None:
    text = "Hastada Gardner Sendromu tespit edildi."
    assert linker.resolve(text, [span(text, "Gardner Sendromu", "PER")]) == []


def test_a_surname_written_in_capitals_is_shown_as_a_name(linker: EntityLinker) -> None:
    text = "Haberi Tunca Zeki BERKKUR yazdı."
    assert [e.name for e in linker.resolve(text, [span(text, "Tunca Zeki BERKKUR", "PER")])] == ["Tunca Zeki Berkkur"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Sonrasında Yıldız Holding açıklama yaptı.", "Sonrasında Yıldız Holding", "Yıldız Holding"),
        ("Öncelikle Türk Kızılay Derneği yardım gönderdi.", "Öncelikle Türk Kızılay Derneği", "Türk Kızılay Derneği"),
        # a participle or a word in -daki opening the sentence: "the association she took refuge in"
        ("Sığındığı Ege Kadın Derneği destek verdi.", "Sığındığı Ege Kadın Derneği", "Ege Kadın Derneği"),
        ("Muhalefetteki Yeşil Sol Parti tepki gösterdi.", "Muhalefetteki Yeşil Sol Parti", "Yeşil Sol Parti"),
        # a place ending like a case form keeps its name
        ("Florida Devlet Üniversitesi açıklama yaptı.", "Florida Devlet Üniversitesi", "Florida Devlet Üniversitesi"),
    ],
)
def test_a_discourse_word_or_a_located_word_opening_the_sentence_is_no_part_of_a_body(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {name: "ORG"}


def test_a_surname_that_starts_like_a_mountain_is_no_place(linker: EntityLinker) -> None:
    text = "Oyuncu Selin Dağıstanlı dizide rol aldı. Ekip Erciyes Dağı'na tırmandı."
    spans = [span(text, "Selin Dağıstanlı", "PER"), span(text, "Erciyes Dağı'na", "LOC")]
    assert types(linker.resolve(text, spans)) == {"Selin Dağıstanlı": "PER", "Erciyes Dağı": "LOC"}


def test_a_capitalised_plural_place_noun_ending_the_list_types_its_members(linker: EntityLinker) -> None:
    text = "Yangın Hacıköy, Hacımahmutlu ve Karadere Köyleri'ne sıçradı."
    spans = [span(text, "Hacıköy", "PER"), span(text, "Hacımahmutlu", "PER")]
    assert types(linker.resolve(text, spans)) == {"Hacıköy": "LOC", "Hacımahmutlu": "LOC"}


@pytest.mark.parametrize(("title", "kept"), [("Başbakan", False), ("Sultan", True)])
def test_a_title_alone_is_no_person_unless_it_is_a_given_name_too(linker: EntityLinker, title: str, kept: bool) -> None:
    text = f"{title} açıklama yaptı."
    assert bool(linker.resolve(text, [span(text, title, "PER")])) is kept


@pytest.mark.parametrize(("text", "words"), [("Ekip Zürih'e gitti.", "Zürih'e"), ("Muş'ta kar yağdı.", "Muş'ta")])
def test_a_town_read_as_a_person_is_a_place(linker: EntityLinker, text: str, words: str) -> None:
    assert [e.type for e in linker.resolve(text, [span(text, words, "PER")])] == ["LOC"]


def test_a_town_that_is_the_surname_of_someone_named_in_full_stays_the_person(linker: EntityLinker) -> None:
    text = "Yönetmen Yılmaz Güney'in filmi gösterildi. Güney, sürgünde öldü."
    spans = [span(text, "Yılmaz Güney'in", "PER"), span(text, "Güney", "PER", 1)]
    assert types(linker.resolve(text, spans)) == {"Yılmaz Güney": "PER"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a title is no part of a body's name joined by "ve"
        ("Bahçelievler Belediye Başkanı ve Türkiye Güreş Federasyonu Başkanı konuştu.",
         [("Türkiye Güreş Federasyonu", "ORG")], {"Türkiye Güreş Federasyonu": "ORG"}),
        # a known body's hyphenated name the model started after the hyphen
        ("Coca-Cola İçecek hisseleri yükseldi.", [("Cola İçecek", "ORG")], {"Coca-Cola İçecek": "ORG"}),
        # two names set apart by a spaced hyphen are two; a hyphen inside one name keeps it whole
        ("Armutlu İskelesi - Yenikapı İskelesi seferi kalktı.", [("Armutlu İskelesi - Yenikapı İskelesi", "ORG")],
         {"Armutlu İskelesi": "LOC", "Yenikapı İskelesi": "LOC"}),
        ("Öz İplik-İş Sendikası açıklama yaptı.", [("Öz İplik-İş Sendikası", "ORG")], {"Öz İplik-İş Sendikası": "ORG"}),
    ],
)  # fmt: skip
def test_hyphens_and_titles_around_a_bodys_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_surname_cut_to_its_initial_keeps_its_dot(linker: EntityLinker) -> None:
    text = "Konya'da 13 yaşındaki Ahmet Ç. yakalandı."
    assert [e.name for e in linker.resolve(text, [span(text, "Ahmet Ç", "PER")]) if e.type == "PER"] == ["Ahmet Ç."]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Köşe yazısı: Rüzgar Tersine Mi Dönüyor\nYazar konuştu.", [("Rüzgar Tersine Mi Dönüyor", "PER")], {}),
        ("Filmde Robert De Niro oynadı.", [("Robert De Niro", "PER")], {"Robert De Niro": "PER"}),
        ("Diyetisyen Meltem Hafızoğlu uyardı.", [("Diyetisyen Meltem Hafızoğlu", "PER")],
         {"Meltem Hafızoğlu": "PER"}),
    ],
)  # fmt: skip
def test_a_title_cased_headline_is_no_person_and_a_profession_no_part_of_the_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a board or office named by its function alone is no name; a named one, or its owner, is
        ("Karar Yönetim Kurulu'nda alındı.", "Yönetim Kurulu'nda", {}),
        ("Kulübün Disiplin Kurulu toplandı.", "Disiplin Kurulu", {}),
        ("Şüpheli Nöbetçi Mahkeme'ye sevk edildi.", "Nöbetçi Mahkeme'ye", {}),
        ("Dosya Tahkim Kurulu'na gitti.", "Tahkim Kurulu'na", {"Tahkim Kurulu": "ORG"}),
        ("Takım C Grubu'nda ikinci oldu.", "C Grubu'nda", {}),  # a tournament's group
        ("Karar Ülker Yönetim Kurulu'nda alındı.", "Ülker Yönetim Kurulu'nda", {"Ülker": "ORG"}),
    ],
)  # fmt: skip
def test_a_board_named_by_its_function_alone_is_no_name(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a name known alone before "ve" is a body of its own; an ordinary word that is an alias is not
        ("Akbank ve Anadolu Bankası kredi verdi.", "Akbank ve Anadolu Bankası",
         {"Akbank": "ORG", "Anadolu Bankası": "ORG"}),
        ("Yetkili Kültür ve Turizm Bakanlığı'dır.", "Kültür ve Turizm Bakanlığı'dır",
         {"Kültür ve Turizm Bakanlığı": "ORG"}),
        ("Tören Kongre ve Kültür Merkezi'nde yapıldı.", "Kongre ve Kültür Merkezi'nde",
         {"Kongre ve Kültür Merkezi": "LOC"}),  # a venue: a place
    ],
)  # fmt: skip
def test_a_known_name_before_ve_is_one_of_two_bodies(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a body in the speaker's possessive is named as everyone else names it; a head word alone names nothing
        ("Açıklamayı Dışişleri Bakanlığımız yaptı.", "Dışişleri Bakanlığımız", {"Dışişleri Bakanlığı": "ORG"}),
        ("Karar Ankara Belediyemizin meclisinde alındı.", "Ankara Belediyemizin", {"Ankara Belediyesi": "ORG"}),
        ("Yetkililer dün Bakanlığı uyardı.", "Bakanlığı", {}),
    ],
)  # fmt: skip
def test_a_body_in_the_speakers_possessive_and_a_head_alone(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


@pytest.mark.parametrize(
    ("spans_of", "expected"),
    [
        # the model's span runs from a person over "ve" into a body
        ([("Selin Akdağ ve Konya Barosu", "ORG")], {"Selin Akdağ": "PER", "Konya Barosu": "ORG"}),
        # the body's span is not widened left over "ve" into a person the model found
        ([("Selin Akdağ", "PER"), ("Konya Barosu Yönetim Kurulu", "ORG")],
         {"Selin Akdağ": "PER", "Konya Barosu": "ORG"}),
    ],
)  # fmt: skip
def test_a_person_and_a_body_joined_by_ve_are_two_names(
    linker: EntityLinker, spans_of: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    text = "Toplantıya Selin Akdağ ve Konya Barosu Yönetim Kurulu Üyesi Can Tekin katıldı."
    found = types(linker.resolve(text, [span(text, w, t) for w, t in spans_of]))
    assert {name: found.get(name) for name in expected} == expected
    assert not any(" ve " in name for name in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # two common nouns joined before one head: a hospital, not "Kartal Eğitim" and "Araştırma Hastanesi"
        ("Yaralı Kartal Eğitim ve Araştırma Hastanesi'ne kaldırıldı.", "Kartal Eğitim ve Araştırma Hastanesi'ne"),
        ("Ödülü Kartal Bilim ve Sanat Vakfı verdi.", "Kartal Bilim ve Sanat Vakfı"),
    ],
)
def test_a_given_name_before_two_nouns_joined_by_ve_and_a_head_opens_one_body(
    linker: EntityLinker, text: str, words: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {canonical_name(words, "ORG"): "ORG"}


def test_a_firm_of_a_man_and_his_sons_stays_one_name(linker: EntityLinker) -> None:
    text = "Sözleşmeyi Ali Rıza ve Oğulları imzaladı."
    assert types(linker.resolve(text, [span(text, "Ali Rıza ve Oğulları", "ORG")])) == {"Ali Rıza ve Oğulları": "ORG"}


@pytest.mark.parametrize(
    "spans_of",
    [
        [("Mert Yalçınkaya", "PER", 0), ("Mert Yalçınkaya Karşıyaka Devlet Hastanesi'ne", "ORG", 0)],
        # the person's span would take the body's head word: it stops where the body's own span starts
        [("Mert Yalçınkaya", "PER", 0), ("Mert Yalçınkaya", "PER", 1), ("Karşıyaka Devlet Hastanesi'ne", "ORG", 0)],
    ],
)
def test_a_person_glued_before_a_body_is_cut_off_it(
    linker: EntityLinker, spans_of: list[tuple[str, EntityType, int]]
) -> None:
    text = "Kazada Mert Yalçınkaya yaralandı. Yaralı Mert Yalçınkaya Karşıyaka Devlet Hastanesi'ne kaldırıldı."
    found = by_name(linker.resolve(text, [span(text, w, t, nth) for w, t, nth in spans_of]))
    assert found["Mert Yalçınkaya"].type == "PER"
    assert len(found["Mert Yalçınkaya"].mentions) == 2
    assert found["Karşıyaka Devlet Hastanesi"].type == "ORG"


def test_a_venue_named_after_a_person_of_the_article_keeps_its_name(linker: EntityLinker) -> None:
    text = "Nurettin Sözen anıldı. Tören Nurettin Sözen Kongre Merkezi'nde yapıldı."
    spans = [span(text, "Nurettin Sözen", "PER"), span(text, "Nurettin Sözen Kongre Merkezi'nde", "ORG")]
    assert "Nurettin Sözen Kongre Merkezi" in by_name(linker.resolve(text, spans))


@pytest.mark.parametrize(
    ("text", "spans_of", "expected"),
    [
        # a body inside a competition's name is no mention of the body
        ("Galatasaray, UEFA Şampiyonlar Ligi'nde son 16'ya kaldı.", [("Galatasaray", "ORG", 0), ("UEFA", "ORG", 0)],
         {"Galatasaray": "ORG"}),
        ("Kulüp FIFA Dünya Kupası için hazırlanıyor.", [("FIFA", "ORG", 0)], {}),
        # so is a place: the cup of a country, a city's festival
        ("Takım Macaristan Kupası'nı kazandı.", [("Macaristan", "LOC", 0)], {}),
        ("Film Saraybosna Film Festivali'nde gösterildi. Ekip Saraybosna'ya gitti.",
         [("Saraybosna", "LOC", 0), ("Saraybosna'ya", "LOC", 0)], {"Saraybosna": "LOC"}),
        # named alone elsewhere, the body stays
        ("UEFA cezayı açıkladı. Takım UEFA Avrupa Ligi'nde oynayacak.", [("UEFA", "ORG", 0), ("UEFA", "ORG", 1)],
         {"UEFA": "ORG"}),
    ],
)  # fmt: skip
def test_a_body_that_names_a_competition_is_not_mentioned_there(
    linker: EntityLinker, text: str, spans_of: list[tuple[str, EntityType, int]], expected: dict[str, str]
) -> None:
    found = linker.resolve(text, [span(text, w, t, nth) for w, t, nth in spans_of])
    assert types(found) == expected
    if expected.get("UEFA"):
        assert len(by_name(found)["UEFA"].mentions) == 1


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the model's span holds a part of a name the lists know whole (a ministry of 2011-2018)
        ("Bilim, Sanayi ve Teknoloji Bakanlığı yeni teşvikleri açıkladı.", "Sanayi ve Teknoloji Bakanlığı",
         "Bilim, Sanayi ve Teknoloji Bakanlığı"),
        ("Bu sezon Devlet Opera ve Balesi altı eser sahneliyor.", "Devlet Opera", "Devlet Opera ve Balesi"),
        ("Dosya Hakimler ve Savcılar Yüksek Kurulu'na gönderildi.", "Savcılar Yüksek Kurulu'na",
         "Hakimler ve Savcılar Yüksek Kurulu"),
    ],
)  # fmt: skip
def test_a_body_known_whole_is_found_whole_across_ve_and_commas(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "words", "spans_type", "name"),
    [
        # a historical state whose name opens with a -lı word: not a demonym before a head word
        ("Bölge 1517'de Osmanlı İmparatorluğu'na katıldı.", "Osmanlı İmparatorluğu'na", "LOC", "Osmanlı İmparatorluğu"),
        ("Arşivler Osmanlı Devleti'nin son yıllarını anlatıyor.", "Osmanlı Devleti'nin", "LOC", "Osmanlı Devleti"),
        ("Sovyetler Birliği 1991'de dağıldı.", "Sovyetler Birliği", "ORG", "Sovyetler Birliği"),
    ],
)
def test_a_historical_state_is_a_place(
    linker: EntityLinker, text: str, words: str, spans_type: EntityType, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, spans_type)])) == {name: "LOC"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Yolcular Kartal Metro İstasyonu'nda bekledi.", "Kartal Metro İstasyonu'nda", "Kartal Metro İstasyonu"),
        ("Feribot Mudanya İskelesi'ne yanaştı.", "Mudanya İskelesi'ne", "Mudanya İskelesi"),
        ("Su seviyesi Atatürk Barajı'nda düştü.", "Atatürk Barajı'nda", "Atatürk Barajı"),
        ("Yangın Belgrad Ormanı'nda çıktı.", "Belgrad Ormanı'nda", "Belgrad Ormanı"),
    ],
)
def test_works_stations_and_natural_places_are_places(linker: EntityLinker, text: str, words: str, name: str) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {name: "LOC"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a programme or a survey is a plan, no body; the UN's programmes are bodies the lists know
        ("Okullarda Okul Sütü Programı yeniden başladı.", "Okul Sütü Programı", {}),
        # a project, a regulation, a decree: texts and plans, no bodies
        ("Ordu Yerli Tank Üretim Projesi'ni başlattı.", "Yerli Tank Üretim Projesi'ni", {}),
        ("Bakanlık Gıda Etiketleme Yönetmeliği'ni değiştirdi.", "Gıda Etiketleme Yönetmeliği'ni", {}),
        ("Banka Yatırım Tercihleri Araştırması'nı yayımladı.", "Yatırım Tercihleri Araştırması'nı", {}),
        ("Yardımı Dünya Gıda Programı dağıtıyor.", "Dünya Gıda Programı", {"Dünya Gıda Programı": "ORG"}),
        ("Rapor Birleşmiş Milletler Çevre Programı'ndan geldi.", "Birleşmiş Milletler Çevre Programı'ndan",
         {"BM Çevre Programı": "ORG"}),
    ],
)  # fmt: skip
def test_a_programme_is_no_body_unless_the_lists_know_it(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a nation's cinema is an art, no body or venue; a cinema with a name of its own is one
        ("Festival Türk Sineması'nın ustalarını ağırladı.", "Türk Sineması'nın", {}),
        ("Gösterim Kent Sineması'nda yapıldı.", "Kent Sineması'nda", {"Kent Sineması": "ORG"}),
    ],
)
def test_a_nations_cinema_is_no_body(linker: EntityLinker, text: str, words: str, expected: dict[str, str]) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == expected


def test_an_agencys_acronym_is_not_the_city_written_alike(linker: EntityLinker) -> None:
    text = "Suriye resmi ajansı SANA'nın haberine göre olay Hama'da yaşandı. Yemen'in başkenti Sana'da gösteri yapıldı."
    spans = [span(text, "SANA'nın", "ORG"), span(text, "Sana'da", "LOC")]
    found = types(linker.resolve(text, spans))
    assert (found["SANA"], found["Sana"]) == ("ORG", "LOC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site cited as a source is a body, in lower case as its address is written
        ("Kış sezonu, turkiyef1.com'un haberine göre mart ayında başlıyor.", {"turkiyef1.com": "ORG"}),
        ("Şirket, EvdenEveNakliyat.gen.tr adlı site ile çalışıyor.", {"EvdenEveNakliyat.gen.tr": "ORG"}),
        # an address to visit is none
        ("Başvuru için tk.gov.tr adresine girin.", {}),
        ("Yazara twitter.com/yazar üzerinden ulaşılabilir.", {}),
    ],
)
def test_a_web_site_cited_as_a_source_is_a_body(linker: EntityLinker, text: str, expected: dict[str, str]) -> None:
    assert types(linker.resolve(text, [])) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [("Adaylar YGS'ye bu hafta sonu girecek.", "YGS'ye"), ("Tutuklama TMK kapsamında yapıldı.", "TMK")],
)
def test_an_exam_or_a_law_by_its_acronym_is_no_body(linker: EntityLinker, text: str, words: str) -> None:
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article spells the acronym out as common words: a drone, not the agency
        ("İnsansız hava araçları (İHA) kampı vurdu. İHA'lardan alınan görüntüler incelendi.", set()),
        # an acronym in the plural is a common noun: İHA'ların (drones), not the agency
        ("İHA'ların önemi artıyor. Şirket yeni bir İHA üretti.", set()),
        # without that, İHA is the agency; a body spelt out in capitals keeps its acronym
        ("Olay yerine gelen İHA muhabiri görüntü aldı.", {"İhlas Haber Ajansı"}),
        ("Orta Doğu Teknik Üniversitesi (ODTÜ) açıklama yaptı.", {"Orta Doğu Teknik Üniversitesi"}),
    ],
)
def test_an_acronym_spelt_out_as_common_words_is_no_name(linker: EntityLinker, text: str, expected: set[str]) -> None:
    spans = [span(text, m, "ORG", k) for m in ("İHA", "ODTÜ") for k in range(text.count(m))]
    assert {e.name for e in linker.resolve(text, spans) if e.type == "ORG"} == expected


@pytest.mark.parametrize(
    ("text", "words", "entity_type", "name"),
    [
        # a place's or body's span grows over plain words to the longest name the lists know whole
        ("Yardım tırları Kerem Ebu Salim Sınır Kapısı'nda bekliyor.", "Ebu Salim Sınır Kapısı'nda", "LOC",
         "Kerem Ebu Salim Sınır Kapısı"),
        ("Zirve Yeni Delhi'de yapıldı.", "Delhi'de", "LOC", "Yeni Delhi"),
        # the club's city read as a place: the club's known name, and the club's type
        ("Maçı CSKA Moskova kazandı.", "Moskova", "LOC", "CSKA Moskova"),
    ],
)  # fmt: skip
def test_a_span_grows_to_the_known_name_it_is_part_of(
    linker: EntityLinker, text: str, words: str, entity_type: EntityType, name: str
) -> None:
    found = types(linker.resolve(text, [span(text, words, entity_type)]))
    assert list(found) == [name]
    assert found[name] == ("ORG" if name == "CSKA Moskova" else entity_type)


def test_a_title_that_is_also_a_given_name_opens_no_name(linker: EntityLinker) -> None:
    # "Kraliçe" is a given name in the lists too; before a name it is the queen's title
    text = "Kraliçe Ingrid'in eşi Prens Henrik törene katıldı."
    names = {e.name for e in linker.resolve(text, []) if e.type == "PER"}
    assert not any(n.startswith("Kraliçe") for n in names)


def test_a_book_title_after_a_title_word_is_no_person(linker: EntityLinker) -> None:
    text = "Yazarın 'Top Model Nasıl Olunur?' adlı kitabı çıktı."
    assert types(linker.resolve(text, [])) == {}


def test_a_thing_the_rules_would_make_whole_is_no_name(linker: EntityLinker) -> None:
    # the model's "Aracı ANKA": the drone's name cut off, and the common words before it name nothing either
    text = "Türk yapımı İnsansız Hava Aracı ANKA için çalışmalar başladı."
    assert types(linker.resolve(text, [span(text, "Aracı ANKA", "PER")])) == {}


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Samsung, Galaxy S IV'ü New York'ta tanıtacak.", "Galaxy S IV'ü", "ORG"),
        ("Şirket Galaxy SIII'ün satışlarını açıkladı.", "Galaxy SIII'ün", "LOC"),
        ("Kullanıcılar iPhone 5S ve Galaxy Note 3 arasında seçim yapıyor.", "Galaxy Note 3", "ORG"),
        ("Apple yeni MacBook Air'i tanıttı.", "MacBook Air'i", "ORG"),
    ],
)
def test_a_product_line_and_its_model_is_no_name(linker: EntityLinker, text: str, words: str, kind: EntityType) -> None:
    found = types(linker.resolve(text, [span(text, words, kind)]))
    assert not any(name.startswith(("Galaxy", "MacBook")) for name in found)


def test_a_body_named_after_a_product_line_keeps_its_name(linker: EntityLinker) -> None:
    text = "Galaxy Gençlik Kulübü yeni üyelerini açıkladı."
    assert types(linker.resolve(text, [span(text, "Galaxy Gençlik Kulübü", "ORG")])) == {"Galaxy Gençlik Kulübü": "ORG"}


def test_a_faculty_after_its_universitys_acronym_is_no_name_of_its_own(linker: EntityLinker) -> None:
    text = "Hasta Akdağ Üniversitesi (AKÜ) Tıp Fakültesi'nde tedavi edildi. Öğrenciler Hukuk Fakültesi'nde toplandı."
    spans = [span(text, "Akdağ Üniversitesi", "ORG"), span(text, "AKÜ", "ORG"), span(text, "Tıp Fakültesi'nde", "ORG"),
             span(text, "Hukuk Fakültesi'nde", "ORG")]  # fmt: skip
    found = types(linker.resolve(text, spans))
    assert "Tıp Fakültesi" not in found
    assert found.get("Hukuk Fakültesi") == "ORG"


def test_a_faculty_department_after_its_universitys_acronym_is_no_name_of_its_own(linker: EntityLinker) -> None:
    text = "Akdağ Üniversitesi (AKÜ) Tıp Fakültesi Psikiyatri Anabilim Dalı Başkanı konuştu."
    spans = [span(text, "Akdağ Üniversitesi", "ORG"), span(text, "AKÜ", "ORG"),
             span(text, "Tıp Fakültesi Psikiyatri Anabilim Dalı", "ORG")]  # fmt: skip
    assert types(linker.resolve(text, spans)) == {"Akdağ Üniversitesi": "ORG"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a double-barrelled surname the model stopped at its hyphen
        ("Ödülü Mary Jones-Whitfield aldı.", "Mary Jones", {"Mary Jones-Whitfield": "PER"}),
        # not a place after a hyphen: a route, two names
        ("Otobüs Ahmet Demir-Ankara hattında çalışıyor.", "Ahmet Demir", {"Ahmet Demir": "PER"}),
    ],
)
def test_a_double_surname_is_made_whole(linker: EntityLinker, text: str, words: str, expected: dict[str, str]) -> None:
    found = types(linker.resolve(text, [span(text, words, "PER")]))
    assert {k: v for k, v in found.items() if v == "PER"} == expected


def test_a_stage_named_for_a_person_is_a_place(linker: EntityLinker) -> None:
    text = "Oyun Kadıköy Selim Aras Sahnesi'nde sahnelendi."
    found = types(linker.resolve(text, [span(text, "Selim Aras Sahnesi'nde", "PER")]))
    assert found.get("Selim Aras Sahnesi") == "LOC"
    assert "Selim Aras" not in found


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # two countries as a match's sides are national teams
        ("Yarın oynanacak İtalya - Hollanda maçının biletleri tükendi.", [("İtalya", "LOC"), ("Hollanda", "LOC")],
         {"İtalya": "ORG", "Hollanda": "ORG"}),
        ("Sonuç: Macaristan: 1 - Polonya: 3", [("Macaristan", "LOC"), ("Polonya", "LOC")],
         {"Macaristan": "ORG", "Polonya": "ORG"}),
        # a road or a border between two countries is no match
        ("Kamyonlar İtalya - Fransa sınırında bekliyor.", [("İtalya", "LOC"), ("Fransa", "LOC")],
         {"İtalya": "LOC", "Fransa": "LOC"}),
        # a city or a country before the match word or with the score and its result is a team
        ("Lyon-Nantes maçında seyirci yoktu.", [("Lyon", "LOC"), ("Nantes", "LOC")], {"Lyon": "ORG", "Nantes": "ORG"}),
        ("Milli takım dünkü Norveç maçında iki gol attı.", [("Norveç", "LOC")], {"Norveç": "ORG"}),
        ("Yarı finalde Hollanda takımı rakip oldu.", [("Hollanda", "LOC")], {"Hollanda": "ORG"}),
        ("Polis, İstanbul ekibiyle operasyon yaptı; İstanbul takımları sevindi.", [("İstanbul", "LOC")],
         {"İstanbul": "LOC"}),
        ("Londra derbisinde Chelsea kazandı.", [("Londra", "LOC"), ("Chelsea", "ORG")],
         {"Londra": "LOC", "Chelsea": "ORG"}),
        ("Takımımız dün akşam Slovakya'yı 3-1 yendi.", [("Slovakya'yı", "LOC")], {"Slovakya": "ORG"}),
        ("Ev sahibi ekip Marsilya ile 2-2 berabere kaldı.", [("Marsilya", "LOC")], {"Marsilya": "ORG"}),
        # where the match was played, a region's matches and a road stay places
        ("Takım Roma'da 1-1 berabere kaldı.", [("Roma'da", "LOC")], {"Roma": "LOC"}),
        ("Avrupa maçlarında zorlandık.", [("Avrupa", "LOC")], {"Avrupa": "LOC"}),
        ("Kamyonlar Ankara-Sivas yolunda bekliyor.", [("Ankara", "LOC"), ("Sivas", "LOC")],
         {"Ankara": "LOC", "Sivas": "LOC"}),
        # the opponent before "ile" and the match a few words on
        ("Milli takım Portekiz ile İzmir'de karşılaşacak.", [("Portekiz", "LOC"), ("İzmir'de", "LOC")],
         {"Portekiz": "ORG", "İzmir": "LOC"}),
        ("Milli takım Hollanda'yla oynayacağı maça hazır.", [("Hollanda'yla", "LOC")], {"Hollanda": "ORG"}),
        ("Milli takımın Danimarka ile oynayacağı maç için kadro açıklandı.", [("Danimarka", "LOC")],
         {"Danimarka": "ORG"}),
        # a comparison or a talk is no match
        ("Yunanistan ile karşılaştırıldığında Bulgaristan ucuz.", [("Yunanistan", "LOC"), ("Bulgaristan", "LOC")],
         {"Yunanistan": "LOC", "Bulgaristan": "LOC"}),
        ("Bakan, Mısır ile yapılan anlaşmayı anlattı.", [("Mısır", "LOC")], {"Mısır": "LOC"}),
        ("Beklediğiniz Yunanistan'la karşılaştınız mı?", [("Yunanistan'la", "LOC")], {"Yunanistan": "LOC"}),
    ],
)  # fmt: skip
def test_places_as_a_matchs_sides_are_teams(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_body_named_with_a_ve_and_a_derived_word_is_one_name(linker: EntityLinker) -> None:
    # "Otelciler" (hoteliers) is no "Oteli": no head word ends the name before the "ve"
    text = "Ege Turistik Otelciler ve Yatırımcılar Birliği (ETOYB) verileri açıkladı."
    spans = [span(text, "Ege Turistik Otelciler ve Yatırımcılar Birliği", "ORG"), span(text, "ETOYB", "ORG")]
    found = {e.name: [m.text for m in e.mentions] for e in linker.resolve(text, spans)}
    assert found == {"Ege Turistik Otelciler ve Yatırımcılar Birliği": [spans[0].text, "ETOYB"]}


@pytest.mark.parametrize("word", ["Bazı", "Birçok", "Hiçbir", "Mesela", "Halen"])
def test_a_quantifier_opening_a_sentence_is_not_part_of_the_body(linker: EntityLinker, word: str) -> None:
    text = f'"{word} Adalet Bakanlığı birimlerinde eksik var" dedi.'
    found = linker.resolve(text, [span(text, f"{word} Adalet Bakanlığı", "ORG")])
    assert [(e.type, e.name) for e in found] == [("ORG", "Adalet Bakanlığı")]


@pytest.mark.parametrize(
    ("text", "model_span", "kind", "name"),
    [
        (
            "Askerler geldi. Geceyi Kürecik Üssü'ndeki misafirhanede geçirdiler.",
            "Geceyi Kürecik Üssü'ndeki",
            "LOC",
            "Kürecik Üssü",
        ),
        ("Rapor çıktı. Toplantıya Renault da katıldı.", "Toplantıya Renault", "ORG", "Renault"),
    ],
)
def test_a_common_noun_with_a_case_ending_opening_the_sentence_is_not_part_of_the_name(
    linker: EntityLinker, text: str, model_span: str, kind: EntityType, name: str
) -> None:
    found = linker.resolve(text, [span(text, model_span, kind)])
    assert [(e.type, e.name) for e in found] == [(kind, name)]


@pytest.mark.parametrize(
    ("text", "model_span", "kind"),
    [
        (
            "Dün açıklandı. Yeni Asya Gazetesi Kayseri Temsilciliği kapandı.",
            "Yeni Asya Gazetesi Kayseri Temsilciliği",
            "ORG",
        ),
        ("Dün açıklandı. Açık Cezaevi'nden firar etti.", "Açık Cezaevi'nden", "LOC"),
        ("Dün açıklandı. Derin Mermerci sahneye çıktı.", "Derin Mermerci", "PER"),
    ],
)
def test_an_adjective_or_a_given_name_opening_the_sentence_stays_in_the_name(
    linker: EntityLinker, text: str, model_span: str, kind: EntityType
) -> None:
    found = linker.resolve(text, [span(text, model_span, kind)])
    assert [e.mentions[0].text for e in found] == [model_span]


def test_the_lexicon_says_how_the_corpora_capitalise_a_word(linker: EntityLinker) -> None:
    lexicon = linker.consolidator.lexicon
    assert lexicon is not None
    assert lexicon.capitalisation("geceyi") == "rarely"
    assert lexicon.capitalisation("istanbul") == "always"
    assert lexicon.capitalisation("xqzv") is None


def test_a_street_in_the_dative_is_a_place(linker: EntityLinker) -> None:
    text = "Soyguncular Lale Sokağa doğru kaçtı."
    assert [e.type for e in linker.resolve(text, [span(text, "Lale Sokağa", "PER")])] == ["LOC"]


@pytest.mark.parametrize(
    ("text", "model_span"),
    [("Konvoy Kuloğlu Yokuşu'nda durdu.", "Kuloğlu Yokuşu'nda"), ("Nehir Sarıçay mevkiinde taştı.", "Sarıçay")],
)
def test_a_slope_or_a_locality_is_a_place(linker: EntityLinker, text: str, model_span: str) -> None:
    assert [e.type for e in linker.resolve(text, [span(text, model_span, "PER")])] == ["LOC"]


def test_a_police_station_is_a_body_and_a_campus_a_place(linker: EntityLinker) -> None:
    # the golds' precedent: a police station is ORG (services/tagger/training/kb/news_train/PROMPT.md)
    text = "Saldırganlar Yeşiltepe Karakolu'na ateş açtı. Öğrenciler Beytepe Kampusu'nda toplandı."
    spans = [span(text, "Yeşiltepe Karakolu'na", "PER"), span(text, "Beytepe Kampusu'nda", "PER")]
    found = [(e.type, e.name) for e in linker.resolve(text, spans)]
    assert found == [("ORG", "Yeşiltepe Karakolu"), ("LOC", "Beytepe Kampusu")]


def test_a_place_the_gazetteer_knows_whole_stays_a_place_whatever_its_first_word(linker: EntityLinker) -> None:
    text = "San Francisco yakınlarındaki dağlık bölgede yeni bir tür bulundu."
    spans = [Span("LOC", 0, 13, "San Francisco", 0.6)]
    assert [(e.type, e.name) for e in linker.resolve(text, spans)] == [("LOC", "San Francisco")]


def test_a_crosshead_in_capitals_ending_in_a_verb_is_no_body(linker: EntityLinker) -> None:
    text = "Araçlar saatlerce bekledi.\nTRAFİK KİLİTLENDİ\nPolis yolu açtı. AK PARTİ İL BAŞKANI konuştu."
    spans = [span(text, "TRAFİK KİLİTLENDİ", "ORG"), span(text, "AK PARTİ", "ORG")]
    assert [e.name for e in linker.resolve(text, spans)] == ["AK Parti"]


def test_a_common_word_opening_the_sentence_before_a_known_body_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Toplantıya İş Bankası Genel Müdürü katıldı."
    assert types(linker.resolve(text, [span(text, "Toplantıya İş Bankası", "ORG")])) == {"İş Bankası": "ORG"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a state by its style is a place, as milliyet and the golds tag it
        ("Kore Demokratik Halk Cumhuriyeti açıklama yaptı.", [("Kore Demokratik Halk Cumhuriyeti", "ORG")],
         {"Kore Demokratik Halk Cumhuriyeti": "LOC"}),
        # ... a body of the state after it is the body, and a list's number before it no part of it
        ("Destek Türkiye Cumhuriyeti Kültür Bakanlığına verildi.", [("Türkiye Cumhuriyeti", "LOC")],
         {"Türkiye Cumhuriyeti Kültür Bakanlığı": "ORG"}),
        ("1. Türkiye Cumhuriyeti Anayasası'nda böyle bir görev var mı?", [("Türkiye Cumhuriyeti", "LOC")],
         {"Türkiye": "LOC"}),
    ],
)  # fmt: skip
def test_a_state_named_by_its_style_is_a_place(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Grup “Shine On” isimli hitleriyle tanınıyor.", "Shine On"),
        ("Dergide Ersoy'un 'Süleymaniye Kürsüsü' şiiri yayımlandı.", "Süleymaniye Kürsüsü"),
    ],
)
def test_a_quoted_title_before_a_works_noun_names_no_place(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "LOC")]) == []


def test_a_quoted_place_the_gazetteer_knows_stays_a_place_before_a_works_noun(linker: EntityLinker) -> None:
    text = "Sanatçı 'Ankara' şarkısını seslendirdi."
    assert types(linker.resolve(text, [span(text, "Ankara", "LOC")])) == {"Ankara": "LOC"}


def test_the_genitive_of_the_bare_noun_is_no_states_style() -> None:
    assert head_type("Cumhuriyeti'nde") == head_type("Cumhuriyetinin") == "LOC"
    assert head_type("Cumhuriyetin") is None  # "Demiryollarının Cumhuriyetin kuruluşundan bu yana"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a body's head with its case ending, a crosshead's common words: no part of the name after them
        ("Yeni kurulan Toplumsal Sorunlar Bakanlığına Leyla el Kasım getirildi.", "Leyla el Kasım", "Leyla el Kasım"),
        ("ŞİRKETTEN AÇIKLAMA GELDİ Kayıyor Ahmet Gültepe konuştu.", "Ahmet Gültepe", "Ahmet Gültepe"),
        # a monarch's number in words is part of the name
        ("Reformları Sultan Üçüncü Osman başlattı.", "Osman", "Üçüncü Osman"),
    ],
)
def test_a_person_widens_left_to_name_words_only(linker: EntityLinker, text: str, words: str, name: str) -> None:
    found = [e.name for e in linker.resolve(text, [span(text, words, "PER")]) if e.type == "PER"]
    assert found == [name]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # the names inside a law's or a regulation's title are the title's, not the article's
        ("Resmi Gazete'de Tütün Ürünlerinin Satışına ve Etiketlenmesine İlişkin Usul ve Esaslar Hakkında Yönetmelik "
         "yayımlandı.", [("Resmi Gazete'de", "ORG"), ("Etiketlenmesine", "ORG")], {"Resmi Gazete": "ORG"}),
        ("İhale ‘Toplu Konut İdaresi Satış, Devir, Kiraya verme, Trampa ve Arsa Satışı İhale Yönetmeliği’ kapsamında.",
         [("Toplu Konut İdaresi", "ORG"), ("Trampa", "ORG")], {}),
        ("Dava 5816 sayılı Atatürk Aleyhine İşlenen Suçlar Hakkında Kanun kapsamında Ankara'da açıldı.",
         [("Atatürk", "PER"), ("Ankara'da", "LOC")], {"Ankara": "LOC"}),
        # a speaker before a comma and a law's short title keeps his name
        ("Hükümet Sözcüsü Bülent Arınç, TSK Disiplin Kanunu tasarısını anlattı.", [("Bülent Arınç", "PER")],
         {"Bülent Arınç": "PER"}),
        # an apostrophe is no quotation mark: "Tekirdağ'ın Malkara ilçesinde" is the article's
        ("Tekirdağ'ın Malkara ilçesinde yakalandı; Denetimli Serbestlik Kanunu uygulandı.",
         [("Tekirdağ'ın", "LOC"), ("Malkara", "LOC")], {"Tekirdağ": "LOC", "Malkara": "LOC"}),
        # a communiqué's and a decree's titles too
        ("Maliye, Katma Değer Vergisi Genel Uygulama Tebliği'nde değişiklik yaptı.", [("Katma Değer", "ORG")], {}),
        ("Kabine, Kamu İhale Kurumu Teşkilatı Hakkında Cumhurbaşkanlığı Kararnamesi'ni Ankara'da yayımladı.",
         [("Kamu İhale Kurumu", "ORG"), ("Ankara'da", "LOC")], {"Ankara": "LOC"}),
    ],
)  # fmt: skip
def test_names_inside_a_laws_title_are_not_the_articles(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a courthouse is a body, never a person
        ("Dava Kartal Adliyesi'nde görüldü.", [("Kartal Adliyesi'nde", "PER")], {"Kartal Adliyesi": "ORG"}),
        # a plural common noun opening the sentence is its subject, before a name opening with a place
        ("Sanıklar Çağlayan Adliyesi'nde hakim karşısına çıktı.", [("Sanıklar Çağlayan Adliyesi'nde", "ORG")],
         {"Çağlayan Adliyesi": "ORG"}),
        # ... not the first word of a union's name
        ("Doktorlar Sendikası açıklama yaptı.", [("Doktorlar Sendikası", "ORG")], {"Doktorlar Sendikası": "ORG"}),
    ],
)  # fmt: skip
def test_a_courthouse_is_a_body(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


def test_a_french_surname_after_de_joins_the_given_name(linker: EntityLinker) -> None:
    text = "Fransa'nın kurucusu Charles de Gaulle anıldı."
    spans = [span(text, "Charles", "PER"), span(text, "Gaulle", "PER")]
    assert "Charles de Gaulle" in types(linker.resolve(text, spans))


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a feature, a game or a series no list knows is no body
        ("Telefonda Smart Scroll özelliği var; Smart Scroll özelliğiyle sayfa kayıyor.",
         [("Smart Scroll", "ORG", 0), ("Smart Scroll", "ORG", 1)], {}),
        ("Gençler League of Legends oyununu seviyor.", [("League of Legends", "ORG", 0)], {}),
        # a company the lists know keeps its type before the same nouns, and one mention without the noun is enough
        ("Yeni cihazda Intel teknolojisi kullanıldı.", [("Intel", "ORG", 0)], {"Intel": "ORG"}),
        # the owner before the noun is the company ("its game")
        ("Zeta Soft'un oyunu çıktı.", [("Zeta Soft'un", "ORG", 0)], {"Zeta Soft": "ORG"}),
        ("Zeta Soft oyunu çıktı. Zeta Soft büyüyor.", [("Zeta Soft", "ORG", 0), ("Zeta Soft", "ORG", 1)],
         {"Zeta Soft": "ORG"}),
    ],
)  # fmt: skip
def test_a_product_feature_or_game_is_no_body(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType, int]], expected: dict[str, str]
) -> None:
    made = [span(text, words, kind, nth) for words, kind, nth in spans]
    assert types(linker.resolve(text, made)) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a club's member before a player's name is no part of it, the club named by its form ...
        ("Karabüksporlu Lualua ikinci golü attı.", [("Karabüksporlu Lualua", "PER")], {"Lomana LuaLua": "PER"}),
        # ... or by its town after its first word, where the model read the whole as a body
        ("Eintracht Frankfurtlu Sebastian Rode transfer oldu.", [("Eintracht Frankfurtlu Sebastian Rode", "ORG")],
         {"Sebastian Rode": "PER"}),
        # a firm's name opening with a -li word stays whole: a village somewhere is no club
        ("Bereketli Toprak Tarım açıklama yaptı.", [("Bereketli Toprak Tarım", "ORG")],
         {"Bereketli Toprak Tarım": "ORG"}),
        # places ending so are no member's word
        ("Şişli Etfal Hastanesi'ne kaldırıldı.", [("Şişli Etfal Hastanesi'ne", "ORG")],
         {"Şişli Etfal Hastanesi": "ORG"}),
    ],
)  # fmt: skip
def test_a_clubs_member_word_is_cut_from_a_players_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a first name that is a body's letters written as a word is the first name
        ("San Antonio'nun yıldızı Tim Duncan 25 sayı attı.", "Tim Duncan", {"Tim Duncan": "PER"}),
        ("Uzman Tim Gaiser şarapları puanladı.", "Tim Gaiser", {"Tim Gaiser": "PER"}),
        # in capitals the letters stay the body
        ("TİM Başkanı İsmail Gülle ihracatı anlattı.", "TİM", {"Türkiye İhracatçılar Meclisi": "ORG"}),
    ],
)
def test_a_first_name_is_not_a_bodys_letters(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    found = types(linker.resolve(text, [span(text, words, "PER" if " " in words else "ORG")]))
    assert {name: kind for name, kind in found.items() if name in expected} == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a sponsor named only in an ordinal league's title is no name of the article
        ("PTT 1. Lig ekiplerinden Adanaspor kazandı.", [("PTT", "ORG"), ("Adanaspor", "ORG")], {"Adanaspor": "ORG"}),
        ("Bank Asya 1'inci Lig'de hafta tamamlandı.", [("Bank Asya", "ORG")], {}),
        # a club before its league stays, and so does a body elsewhere
        ("Boluspor 1. Lig'de lider. PTT zam yaptı.", [("Boluspor", "ORG"), ("PTT", "ORG")],
         {"Boluspor": "ORG", "PTT": "ORG"}),
    ],
)  # fmt: skip
def test_a_leagues_sponsor_is_no_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # two people's full names glued by the model are two people
        ("Galada Tom Cruise Katie Holmes ile görüntülendi.", "Tom Cruise Katie Holmes",
         {"Tom Cruise": "PER", "Katie Holmes": "PER"}),
        ("Toplantıya Aydın Doğan Mehmet Ali Birand ile katıldı.", "Aydın Doğan Mehmet Ali Birand",
         {"Aydın Doğan": "PER", "Mehmet Ali Birand": "PER"}),
        # a crosshead's or a rank's words before a full name are no one
        ("FOTO GALERİ için tıklayın. Foto Galeri Muharrem Yılmaz anlattı.", "Foto Galeri Muharrem Yılmaz",
         {"Muharrem Yılmaz": "PER"}),
        ("Kurmay Albaylar Dursun Çiçek tutuklandı.", "Kurmay Albaylar Dursun Çiçek", {"Dursun Çiçek": "PER"}),
        # one person: a particle joins the parts, or a title closes the name
        ("Prens Fahad Bin Abdulrahman Bin Süleyman geldi.", "Fahad Bin Abdulrahman Bin Süleyman",
         {"Fahad Bin Abdulrahman Bin Süleyman": "PER"}),
        ("Kuşatmayı Merzifonlu Kara Mustafa Paşa yönetti.", "Merzifonlu Kara Mustafa Paşa",
         {"Merzifonlu Kara Mustafa Paşa": "PER"}),
    ],
)  # fmt: skip
def test_two_full_names_glued_are_two_people(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    found = types(linker.resolve(text, [span(text, words, "PER")]))
    assert {name: kind for name, kind in found.items() if kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a capitalised noun before "etmek" is a compound verb's, not the Afghan capital
        ("Teklifi getirdi. Kabul ettim, Ankara'ya döndüm.", [("Kabul", "LOC"), ("Ankara'ya", "LOC")],
         {"Ankara": "LOC"}),
        ("Kabul edilen plan Ankara'da açıklandı.", [("Kabul", "LOC"), ("Ankara'da", "LOC")], {"Ankara": "LOC"}),
        # an action or an effect after a name is no verb; a known person stays before any
        ("Trabzon'da TAYAD eylemi yapıldı; Trump etkisi sürdü.", [("TAYAD", "ORG"), ("Trump", "PER")],
         {"TAYAD": "ORG", "Donald Trump": "PER"}),
        ("Putin ettiği yemine sadık kaldı.", [("Putin", "PER")], {"Vladimir Putin": "PER"}),
    ],
)  # fmt: skip
def test_a_noun_before_etmek_is_no_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    found = types(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))
    assert {name: kind for name, kind in found.items() if name != "Trabzon"} == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a television series' title names no one, whatever the model made of it
        ("Oyuncu Huzur Sokağı dizisinde oynadı, Ankara'da çekildi.", [("Huzur Sokağı", "LOC"), ("Ankara'da", "LOC")],
         {"Ankara": "LOC"}),
        ("Feriha Koydum dizisinin yeni bölümü yayımlandı.", [("Feriha Koydum", "PER")], {}),
        # a full name glued to the title stays a person; a name also written without the noun stays
        ("Ünlü oyuncu Zeynep Kara Yaz dizisine konuk oluyor.", [("Zeynep Kara Yaz", "PER")],
         {"Zeynep Kara Yaz": "PER"}),
        ("Bodrum dizisi çekildi. Bodrum'da tatil sürüyor.", [("Bodrum", "LOC"), ("Bodrum'da", "LOC")],
         {"Bodrum": "LOC"}),
    ],
)  # fmt: skip
def test_a_series_title_is_no_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a title inside a body's span before a given name: the body, then the person
        ("Ak Yatırım Stratejisti Tufan Cömert piyasaları yorumladı.", "Ak Yatırım Stratejisti Tufan Cömert",
         {"Tufan Cömert": "PER"}),
        # a body named after a titled person stays whole
        ("Hasta Fatih Sultan Mehmet Eğitim ve Araştırma Hastanesi'ne kaldırıldı.",
         "Fatih Sultan Mehmet Eğitim ve Araştırma Hastanesi'ne",
         {"Fatih Sultan Mehmet Eğitim ve Araştırma Hastanesi": "ORG"}),
        # ... a barracks is a place, as the golds file it (tenth review)
        ("Tören Şehit Uzman Çavuş Ali Kara Kışlası'nda yapıldı.", "Şehit Uzman Çavuş Ali Kara Kışlası'nda",
         {"Şehit Uzman Çavuş Ali Kara Kışlası": "LOC"}),
    ],
)  # fmt: skip
def test_a_title_inside_a_bodys_span_opens_a_persons_name(
    linker: EntityLinker, text: str, words: str, expected: dict[str, str]
) -> None:
    found = types(linker.resolve(text, [span(text, words, "ORG")]))
    assert {name: kind for name, kind in found.items() if name in expected} == expected
    assert not any(kind == "PER" for name, kind in found.items() if name not in expected)


def test_a_clubs_whole_name_after_a_person_is_the_club(linker: EntityLinker) -> None:
    text = "Halil Kara Trabzonspor maçı öncesinde konuştu. Maçta Kayseri Erciyesspor kazandı."
    spans = [span(text, "Halil Kara", "PER"), span(text, "Trabzonspor", "ORG"), span(text, "Kayseri", "LOC")]
    found = types(linker.resolve(text, spans))
    assert found["Halil Kara"] == "PER"
    assert found["Trabzonspor"] == "ORG"
    assert found.get("Kayseri Erciyesspor") == "ORG"  # a town before a club's name is the club's own


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a group by the plural -li form names no body, alone or after the body or place it is formed on
        ("Maçın ardından Trabzonsporlular sevindi.", [("Trabzonsporlular", "ORG")], {}),
        ("Kongrede AK Partililer toplandı.", [("AK Partililer", "ORG")], {}),
        ("Fırtınada New Yorklular evlerinde kaldı.", [("New Yorklular", "ORG")], {}),
        # a club's name in the plural and a surname stay
        ("TED Ankara Kolejliler kazandı.", [("TED Ankara Kolejliler", "ORG")], {"TED Ankara Kolejliler": "ORG"}),
        ("Hakan Meriçliler konuştu.", [("Hakan Meriçliler", "PER")], {"Hakan Meriçliler": "PER"}),
    ],
)  # fmt: skip
def test_a_group_by_its_plural_li_form_is_no_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a town's name that is a common word, opening a sentence, written in lower case elsewhere: the word
        ("Ağrı hastalarda sık görülür. Bu ağrı ilaçla geçer.", [("Ağrı", "LOC")], {}),
        # the town with a case ending, a country and a name the lists know stay
        ("Ağrı'da kar yağdı. Valilik ağrı kesici dağıttı.", [("Ağrı'da", "LOC")], {"Ağrı": "LOC"}),
        ("Hindistan gelişiyor. Bu hindistan cevizi değil.", [("Hindistan", "LOC")], {"Hindistan": "LOC"}),
        # a body opening a sentence stays: "Meclis" is written "meclis" too
        ("Meclis yarın toplanacak. Yeni meclis başkanı seçilecek.", [("Meclis", "ORG")], {"Meclis": "ORG"}),
    ],
)  # fmt: skip
def test_a_towns_name_that_is_a_common_word_opening_a_sentence_is_the_word(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    assert types(linker.resolve(text, [span(text, words, kind) for words, kind in spans])) == expected
