"""EntityLinker.resolve on persons in wire copy: shared surnames, particles, nouns that type a name, titles.

Sentences are written for these tests. The spans stand for the model's output, mistakes included, so the tests
pin what the document-level pass makes of them whatever the model becomes.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity, EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.heads import kind_after

from tests.unit.tagger.labelled import span


def mentions(entities: list[Entity]) -> dict[tuple[str, str], list[str]]:
    return {(e.type, e.name): [m.text for m in e.mentions] for e in entities}


def test_a_surname_two_people_share_goes_to_the_one_named_in_full_last(linker: EntityLinker) -> None:
    text = (
        "Emekli öğretmen Leyla Demirci konuştu. Demirci, evin yıkıldığını söyledi. "
        "Kızı Selin Demirci de oradaydı. Demirci, annesini enkazdan çıkardıklarını anlattı."
    )
    spans = [
        span(text, "Leyla Demirci", "PER"),
        span(text, "Demirci", "PER", 1),
        span(text, "Selin Demirci", "PER"),
        span(text, "Demirci", "PER", 3),
    ]
    found = mentions(linker.resolve(text, spans))
    assert found == {
        ("PER", "Leyla Demirci"): ["Leyla Demirci", "Demirci"],
        ("PER", "Selin Demirci"): ["Selin Demirci", "Demirci"],
    }


def test_a_two_word_surname_is_shared_the_same_way(linker: EntityLinker) -> None:
    text = "Yaşlı Yusuf Ebu Hasne kaçırıldı. Oğlu Kerim Ebu Hasne konuştu. Ebu Hasne, babasını aradığını söyledi."
    spans = [span(text, "Yusuf Ebu Hasne", "PER"), span(text, "Kerim Ebu Hasne", "PER")]
    spans.append(span(text, "Ebu Hasne", "PER", 2))
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Kerim Ebu Hasne")] == ["Kerim Ebu Hasne", "Ebu Hasne"]
    assert found[("PER", "Yusuf Ebu Hasne")] == ["Yusuf Ebu Hasne"]


def test_a_surname_of_two_people_named_in_one_sentence_is_no_third_person(linker: EntityLinker) -> None:
    text = "Aynur Tekin ile kızı Derya Tekin evden çıkarıldı. Tekin, askerlerin kapıyı kırdığını anlattı."
    spans = [span(text, "Aynur Tekin", "PER"), span(text, "Derya Tekin", "PER"), span(text, "Tekin", "PER", 2)]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Aynur Tekin", "Derya Tekin"]


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Kraliyet Divanı, Kral Faysal bin Abdullah'ın talimatını duyurdu.", "Faysal bin", "Faysal bin Abdullah"),
        ("Evinden çıkarılan Huda el-Masri de konuştu.", "Huda el", "Huda el-Masri"),
        ("Evinden çıkarılan Rana et-Tamimi de konuştu.", "Rana et", "Rana et-Tamimi"),
    ],
)
def test_a_name_never_ends_in_its_particle(linker: EntityLinker, text: str, model_span: str, name: str) -> None:
    [person] = linker.resolve(text, [span(text, model_span, "PER")])
    assert (person.type, person.name) == ("PER", name)


@pytest.mark.parametrize(
    ("text", "words", "entity_type"),
    [
        ("Aile, Cebeliye'deki Ömer Faruk bölgesinde yaşıyor.", "Ömer Faruk", "LOC"),
        ("Çocuklar Selahaddin Eyyubi okulunun bahçesinde oynuyordu.", "Selahaddin Eyyubi", "ORG"),
        ("Çiftçiler Kerem Şalom yerleşimine yakın tarlalarda çalışıyor.", "Kerem Şalom", "LOC"),
        ("Yazılım şirketinin ofisi Nilüfer Plaza binasında.", "Nilüfer Plaza", "LOC"),
        # a channel before its reporter: "Sky Sports muhabirinin sorusu"
        ("Maç öncesi Deniz Sports muhabirinin sorusunu yanıtladı.", "Deniz Sports", "ORG"),
        # a movement or an armed group, also past a gloss in brackets or the "terör" of "terör örgütü"
        ("Gösterileri Tamarod hareketi düzenledi.", "Tamarod", "ORG"),
        ("Gösterileri Tamarod (İsyan) hareketinin üyeleri düzenledi.", "Tamarod", "ORG"),
        ("Saldırıyı Karakum terör örgütünün militanları üstlendi.", "Karakum", "ORG"),
        # a capitalised head past the gloss the model could not join
        ("Seçime Nur (Işık) Partisi de katılacak.", "Nur", "ORG"),
    ],
)
def test_a_noun_after_every_mention_says_what_the_name_is(
    linker: EntityLinker, text: str, words: str, entity_type: str
) -> None:
    [entity] = [e for e in linker.resolve(text, [span(text, words, "PER")]) if e.name == words]
    assert entity.type == entity_type


def test_a_name_with_a_capital_is_a_place_in_every_mention(linker: EntityLinker) -> None:
    text = "Yeni hat Kandahar'ın başkenti Kenda'da açıldı. Kandahar'ın nüfusu artıyor. Başbakan başkenti terk etti."
    spans = [span(text, "Kandahar'ın", "PER"), span(text, "Kandahar'ın", "PER", 1)]
    found = mentions(linker.resolve(text, spans))
    assert found[("LOC", "Kandahar")] == ["Kandahar'ın", "Kandahar'ın"]


def test_a_capital_as_the_object_of_the_sentence_says_nothing(linker: EntityLinker) -> None:
    text = "Kılıçarslan başkenti dün terk etti."
    [person] = linker.resolve(text, [span(text, "Kılıçarslan", "PER")])
    assert (person.type, person.name) == ("PER", "Kılıçarslan")


def test_a_province_is_a_place(linker: EntityLinker) -> None:
    text = "Toplantıya Belucistan Eyaleti Valisi katıldı."
    [place] = linker.resolve(text, [span(text, "Belucistan Eyaleti", "ORG")])
    assert place.type == "LOC"


def test_a_province_named_like_a_known_body_is_a_place(linker: EntityLinker) -> None:
    # the lists know "Sabah" as a newspaper; the province's word says otherwise, capitalised or not
    text = "Sabah Eyaleti Orman Bakanı konuştu. Borneo'daki Sabah eyaletinde filler yaşıyor."
    spans = [span(text, "Sabah Eyaleti", "LOC"), span(text, "Sabah", "LOC", 1)]
    found = mentions(linker.resolve(text, spans))
    assert found[("LOC", "Sabah")] == ["Sabah Eyaleti", "Sabah"]
    assert not any(kind == "ORG" for kind, _name in found)


def test_a_provinces_word_with_a_case_ending_is_no_part_of_the_name(linker: EntityLinker) -> None:
    text = "Ohio Eyaletindeki çalışma yayımlandı."
    [place] = linker.resolve(text, [span(text, "Ohio Eyaletindeki", "LOC")])
    assert (place.type, place.name) == ("LOC", "Ohio")


def test_an_age_in_brackets_before_a_head_word_leaves_the_person(linker: EntityLinker) -> None:
    text = "Kazada yaralanan Selim Demirkol (45) Belediyesi'nin ambulansıyla kaldırıldı."
    [person] = linker.resolve(text, [span(text, "Selim Demirkol", "PER")])
    assert (person.type, person.name) == ("PER", "Selim Demirkol")


def test_a_weapon_named_by_the_noun_after_it_is_no_entity(linker: EntityLinker) -> None:
    text = "Ordu, bölgeyi Javelin füzeleriyle vurdu."
    assert linker.resolve(text, [span(text, "Javelin", "PER")]) == []


def test_a_body_noun_before_a_name_makes_it_a_body_in_every_mention(linker: EntityLinker) -> None:
    text = "İngiliz gazetesi Evening Courier, planı yazdı. Evening Courier'e göre plan onaylandı."
    spans = [span(text, "Evening Courier", "ORG"), span(text, "Evening Courier'e", "PER", confidence=0.99)]
    found = mentions(linker.resolve(text, spans))
    assert found[("ORG", "Evening Courier")] == ["Evening Courier", "Evening Courier'e"]


def test_a_person_before_his_own_school_stays_a_person(linker: EntityLinker) -> None:
    """ "Ahmed Nasır okulunun önünde": his school; the article names him alone as well."""
    text = "Ahmed Nasır okulunun önünde bekledi. Nasır, çocuklarını aradığını söyledi."
    spans = [span(text, "Ahmed Nasır", "PER"), span(text, "Nasır", "PER", 1)]
    assert mentions(linker.resolve(text, spans)) == {("PER", "Ahmed Nasır"): ["Ahmed Nasır", "Nasır"]}


def test_a_titled_person_stays_a_person_before_such_a_noun(linker: EntityLinker) -> None:
    text = "Bakan Yusuf Karaca bölgesinde incelemelerde bulundu."
    [person] = linker.resolve(text, [span(text, "Yusuf Karaca", "PER")])
    assert (person.type, person.name) == ("PER", "Yusuf Karaca")


def test_a_name_also_written_with_a_head_word_is_that_place(linker: EntityLinker) -> None:
    text = "Aile, Karm el-Tuffah Mahallesi'ne taşındı. Karm el-Tuffah da bombalandı."
    spans = [span(text, "Karm el-Tuffah Mahallesi'ne", "LOC"), span(text, "Karm el-Tuffah", "PER", 1)]
    found = mentions(linker.resolve(text, spans))
    assert ("PER", "Karm el-Tuffah") not in found
    assert found[("LOC", "Karm el-Tuffah")] == ["Karm el-Tuffah"]


def test_a_title_inside_a_body_span_starts_a_person(linker: EntityLinker) -> None:
    text = "Habere konu olan bir diğer isim, TRT World Muhabiri Zeynep Arslan oldu. Arslan, bölgede kaldı."
    spans = [span(text, "TRT World Muhabiri Zeynep Arslan", "ORG"), span(text, "Arslan", "PER", 1)]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Zeynep Arslan")] == ["Zeynep Arslan", "Arslan"]
    assert not any(name.endswith("Arslan") for kind, name in found if kind == "ORG")


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("bölgesinde", "LOC"),
        ("okulunun", "ORG"),
        ("füzeleriyle", "NOT"),
        ("muhabirinin", "ORG"),
        ("okulu", None),  # also an accusative: "Bakan okulu gezdi"
        ("köyü", None),
        ("hükümeti", None),  # "Netanyahu hükümeti" is the person's government
        ("Hastanesi", None),  # capitalised heads are part of the name, handled by widening
        ("hareketinin", "ORG"),
        ("örgütü", "ORG"),
        ("dergisine", "ORG"),  # "Boxer dergisine anlattı"
        ("markası", "ORG"),
        ("partisinin", "ORG"),  # "Likud partisinin"
        ("cumhuriyetinde", "LOC"),  # "Mari El cumhuriyetinde"
        ("şehrinde", "LOC"),  # "Anbar şehrinde"
        ("banliyösünde", "LOC"),
        ("okyanusunda", "LOC"),
        ("şehri", None),  # also an accusative: "Vali şehri gezdi"
    ],
)
def test_which_nouns_after_a_name_type_it(word: str, kind: str | None) -> None:
    assert kind_after(word) == kind


def test_a_suspects_surname_initial_is_part_of_the_name(linker: EntityLinker) -> None:
    text = "Gözaltına alınan şüphelilerden Kadir T. ve Necla B. adliyeye sevk edildi."
    spans = [span(text, "Kadir", "PER"), span(text, "Necla", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Kadir T.", "Necla B."]


def test_a_trade_noun_ends_a_company_name(linker: EntityLinker) -> None:
    text = "Kaya Nakliyecilik'in sahibi Orhan Kaya oda başkanı seçildi."
    spans = [span(text, "Kaya Nakliyecilik'in", "PER"), span(text, "Orhan Kaya", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert ("ORG", "Kaya Nakliyecilik") in found
    assert ("PER", "Orhan Kaya") in found


def test_a_place_known_by_its_whole_name_is_no_person(linker: EntityLinker) -> None:
    text = "Şirket yeni ofisini Rio de Janeiro'da açtı."
    [place] = linker.resolve(text, [span(text, "Rio de Janeiro'da", "PER")])
    assert (place.type, place.name) == ("LOC", "Rio de Janeiro")


def test_a_leader_the_model_missed_after_a_title_is_found(linker: EntityLinker) -> None:
    text = "Belarus Cumhurbaşkanı Lukaşenko, Moskova'da konuştu."
    found = {(e.type, e.name, e.id) for e in linker.resolve(text, [])}
    assert ("PER", "Aleksandr Lukaşenko", "per:aleksandr-lukasenko") in found
    assert ("LOC", "Belarus", "iso3166:BY") in found


def test_a_given_name_after_a_kin_word_is_a_person(linker: EntityLinker) -> None:
    text = "Enkazdan çıkarılanlar arasında küçük kızım Leyla, eşim ve annem vardı."
    assert [(e.type, e.name) for e in linker.resolve(text, [])] == [("PER", "Leyla")]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Sahnede babanız Orhan Tunalı sizi selamlıyor.", "babanız Orhan Tunalı", "Orhan Tunalı"),
        ("Editörüm Zeynep Aydemir bana yazdı.", "Editörüm Zeynep Aydemir", "Zeynep Aydemir"),
        ("Avukatımız Cem Talu dilekçeyi verdi.", "Avukatımız Cem Talu", "Cem Talu"),
        ("Gecede Sihirbaz Tolga Engin sahne aldı.", "Sihirbaz Tolga Engin", "Tolga Engin"),
        ("Albümü şarkıcısı Derya Uluğ seslendirdi.", "şarkıcısı Derya Uluğ", "Derya Uluğ"),
    ],
)
def test_a_kin_or_role_word_in_any_person_is_no_part_of_the_name(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert [(e.type, e.name) for e in linker.resolve(text, [span(text, words, "PER")])] == [("PER", name)]


def test_a_plural_role_word_in_capitals_introduces_no_name(linker: EntityLinker) -> None:
    text = "'TÜRK DOKTORLARI ÇOCUKLARIMIZI İYİLEŞTİRECEK'\nAilesi teşekkür etti."
    assert [e for e in linker.resolve(text, []) if e.type == "PER"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Polis olayı inceliyor.\n\nŞÜPHELİNİN ANNESİ: OĞLUM YALNIZCA DÖVDÜ\n\nAile konuştu.",
        "Köyde gerginlik var.\n\nMUHTAR OTOMOBİLİ TAKİP ETTİRMİŞ\n\nOlay dün yaşandı.",
        "Maç yarın.\n\nBURAK OYNAYACAK\n\nTeknik direktör açıkladı.",
    ],
)
def test_a_headline_in_capitals_with_a_verb_names_no_person(linker: EntityLinker, text: str) -> None:
    assert [e.name for e in linker.resolve(text, []) if e.type == "PER"] == []


def test_a_surname_god_gave_is_no_verb(linker: EntityLinker) -> None:
    text = "Açıklamayı Başkan Yardımcısı Selim Tanrıverdi yaptı."
    assert ("PER", "Selim Tanrıverdi") in {(e.type, e.name) for e in linker.resolve(text, [])}


@pytest.mark.parametrize(
    ("text", "spans_of", "name"),
    [
        # the hyphenated word between two person spans is the name's middle
        ("Filmde Jean-Louis Trintignant oynuyor.", [("Jean", "PER"), ("Trintignant", "PER")], "Jean-Louis Trintignant"),
        ("Rolü Daniel Day-Lewis üstlendi.", [("Daniel", "PER"), ("Lewis", "PER")], "Daniel Day-Lewis"),
        # a double given name the model started after its hyphen
        ("Kulüp Başkanı Hans-Joachim Watzke konuştu.", [("Joachim Watzke", "PER")], "Hans-Joachim Watzke"),
    ],
)  # fmt: skip
def test_a_hyphenated_name_is_one_person(
    linker: EntityLinker, text: str, spans_of: list[tuple[str, str]], name: str
) -> None:
    found = linker.resolve(text, [span(text, w, "PER") for w, _t in spans_of])
    assert [(e.type, e.name) for e in found] == [("PER", name)]


def test_a_surname_spelt_one_letter_apart_is_the_same_person(linker: EntityLinker) -> None:
    text = "Profesör Henrik Kristiensen robotlarını gösterdi. Kristensen, projenin sürdüğünü söyledi."
    spans = [span(text, "Henrik Kristiensen", "PER"), span(text, "Kristensen", "PER")]
    assert mentions(linker.resolve(text, spans)) == {
        ("PER", "Henrik Kristiensen"): ["Henrik Kristiensen", "Kristensen"]
    }


def test_short_surnames_one_letter_apart_stay_two_people(linker: EntityLinker) -> None:
    text = "Ali Kaya ile görüştü. Kara, açıklama yaptı."
    spans = [span(text, "Ali Kaya", "PER"), span(text, "Kara", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Ali Kaya", "Kara"]


def test_an_epithet_before_a_known_name_and_a_mansion_after_one(linker: EntityLinker) -> None:
    text = "Törende Gazi Mustafa Kemal Atatürk anıldı. Fotoğraf Atatürk Müze Köşkü'nde çekildi."
    spans = [span(text, "Gazi Mustafa Kemal Atatürk", "PER"), span(text, "Atatürk", "PER", 1)]
    found = {(e.type, e.name) for e in linker.resolve(text, spans)}
    assert found == {("PER", "Mustafa Kemal Atatürk"), ("LOC", "Atatürk Müze Köşkü")}


def test_a_first_name_span_takes_the_surname_the_article_uses_alone(linker: EntityLinker) -> None:
    text = "Kenyalı diplomat Otieno Mwangi Nairobi'de konuştu. Mwangi, görüşmelerin süreceğini söyledi."
    spans = [span(text, "Otieno", "PER"), span(text, "Nairobi'de", "LOC"), span(text, "Mwangi", "PER", 1)]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Otieno Mwangi")] == ["Otieno Mwangi", "Mwangi"]


def test_a_surname_alone_typed_a_place_is_the_person(linker: EntityLinker) -> None:
    text = "Başhekim Dr. Halil el-Nuri, yakıtın bittiğini açıkladı. El-Nuri, jeneratörlerin durduğunu söyledi."
    spans = [span(text, "Halil el-Nuri", "PER"), span(text, "El-Nuri", "LOC")]
    assert mentions(linker.resolve(text, spans)) == {("PER", "Halil el-Nuri"): ["Halil el-Nuri", "El-Nuri"]}


def test_a_first_name_alone_typed_a_place_is_the_person(linker: EntityLinker) -> None:
    text = 'Enkazdan 12 yaşındaki Nadira Cuma kurtarıldı. Annesi, "Nadira yaşıyor." dedi.'
    spans = [span(text, "Nadira Cuma", "PER"), span(text, "Nadira", "LOC", 1, confidence=0.45)]
    assert mentions(linker.resolve(text, spans)) == {("PER", "Nadira Cuma"): ["Nadira Cuma", "Nadira"]}


def test_a_known_place_alone_stays_a_place_beside_a_person_named_after_it(linker: EntityLinker) -> None:
    text = "Tasarımcı Paris Duru Milano'daki defileye katıldı. Paris, yeni koleksiyonunu orada sunacak."
    spans = [span(text, "Paris Duru", "PER"), span(text, "Milano'daki", "LOC"), span(text, "Paris", "LOC", 1)]
    found = {(e.type, e.name) for e in linker.resolve(text, spans)}
    assert found == {("PER", "Paris Duru"), ("LOC", "Milano"), ("LOC", "Paris")}


def test_a_known_person_alone_after_a_title_is_found(linker: EntityLinker) -> None:
    text = "Fransa Cumhurbaşkanı Macron Berlin'de konuştu."
    spans = [span(text, "Fransa", "LOC"), span(text, "Berlin'de", "LOC")]
    found = {(e.type, e.name) for e in linker.resolve(text, spans)}
    assert ("PER", "Emmanuel Macron") in found


def test_the_white_house_in_the_accusative_stays_an_organisation(linker: EntityLinker) -> None:
    text = "Başbakan, Beyaz Sarayı ziyaret etti."
    [house] = linker.resolve(text, [span(text, "Beyaz Sarayı", "ORG")])
    assert house.type == "ORG"


def test_a_romanised_given_name_keeps_its_hyphenated_syllable(linker: EntityLinker) -> None:
    # the model stops at the hyphen: "Kim Jong" + "-un'a", and types "Moon Jae" + "-in" a body
    text = (
        "Kuzey Kore lideri Kim Jong-un'a göre yaptırımlar kalkmalı. Güney Kore Devlet Başkanı Yoon Suk-yeol ise "
        "Kim Jong-un ile görüşmeye hazır olduğunu söyledi. Eski Başkan Moon Jae-in de toplantıdaydı."
    )
    spans = [
        span(text, "Kuzey Kore", "LOC"),
        span(text, "Kim Jong", "PER"),
        span(text, "Güney Kore", "LOC"),
        span(text, "Yoon Suk", "PER"),
        span(text, "Kim Jong", "PER", 1),
        span(text, "Moon Jae", "ORG"),
    ]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Kim Jong Un")] == ["Kim Jong-un'a", "Kim Jong-un"]
    assert found[("PER", "Yoon Suk-yeol")] == ["Yoon Suk-yeol"]
    assert ("PER", "Moon Jae-in") in found or ("ORG", "Moon Jae") not in found  # a person, or unsure and left out
    assert not any(name in ("Kim Jong", "Yoon Suk", "Moon Jae") for _type, name in found)


def test_a_turkish_suffix_written_after_a_hyphen_is_no_syllable_of_the_name(linker: EntityLinker) -> None:
    text = "Albümün açılışı Bob Dylan-vari bir şarkı. Grubun solisti Can Ay-vari sözler yazmış."
    spans = [span(text, "Bob Dylan", "PER"), span(text, "Can Ay", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert {name for _type, name in found} == {"Bob Dylan", "Can Ay"}


def test_a_member_of_a_club_the_article_names_is_the_person_without_the_club(linker: EntityLinker) -> None:
    # the knowledge base does not know the club: the article does ("Fluminense'den", typed a body by the model)
    text = "Kulüp, Fluminense'den Carlinhos'u istiyor. Fluminenseli Carlinhos için teklif hazır."
    spans = [
        span(text, "Fluminense'den", "ORG"),
        span(text, "Carlinhos'u", "PER"),
        span(text, "Fluminenseli Carlinhos", "PER"),
    ]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Carlinhos")] == ["Carlinhos'u", "Carlinhos"]
    assert ("ORG", "Fluminense") in found


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Üssün sözcüsü Binbaşı Dale Hatcher ise açıklama yapmadı.", "Binbaşı Dale Hatcher", "Dale Hatcher"),
        ("Törende Ayetullah Sistani'nin mesajı okundu.", "Ayetullah Sistani'nin", "Sistani"),
        ("Olay yerine Başkomiser Levent Uysal geldi.", "Başkomiser Levent Uysal", "Levent Uysal"),
    ],
)
def test_a_rank_opening_a_span_the_model_read_as_a_body_makes_it_a_person(
    linker: EntityLinker, text: str, model_span: str, name: str
) -> None:
    found = mentions(linker.resolve(text, [span(text, model_span, "ORG")]))
    assert ("PER", name) in found
    assert not any(kind == "ORG" for kind, _name in found)


def test_a_rank_before_a_school_named_after_a_soldier_stays_in_the_school(linker: EntityLinker) -> None:
    text = "Öğrenciler Mareşal Fevzi Çakmak Ortaokulu'nda toplandı."
    found = mentions(linker.resolve(text, [span(text, "Mareşal Fevzi Çakmak Ortaokulu'nda", "ORG")]))
    assert found == {("ORG", "Mareşal Fevzi Çakmak Ortaokulu"): ["Mareşal Fevzi Çakmak Ortaokulu'nda"]}


def test_a_rank_the_lists_hold_as_a_given_name_is_still_a_title(linker: EntityLinker) -> None:
    # "Çavuş" is a given name in the lists: before a surname it is the rank, and the surname is the person's
    text = "Kaan Duman yaralandı. Mayını Uzman Çavuş Duman'ın döşediği iddia edildi."
    spans = [span(text, "Kaan Duman", "PER"), span(text, "Uzman Çavuş Duman'ın", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert found == {("PER", "Kaan Duman"): ["Kaan Duman", "Duman'ın"]}


def test_a_party_member_word_after_a_title_is_not_part_of_the_name(linker: EntityLinker) -> None:
    text = "Komisyon üyesi AK Partili Ayhan Sefer, raporu eleştirdi."
    spans = [span(text, "AK Partili", "ORG"), span(text, "Ayhan Sefer", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Ayhan Sefer")] == ["Ayhan Sefer"]
    assert not any("Partili Ayhan" in name for _kind, name in found)


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Teksas'ta yaşayan Hendricks 40'tan fazla evi soydu.", "Hendricks 40'tan", "Hendricks"),
        ("Mareşal Alan Brooke İkinci Dünya Savaşı boyunca orduyu yönetti.", "Alan Brooke İkinci Dünya", "Alan Brooke"),
    ],
)
def test_a_number_or_an_ordinal_after_a_persons_name_is_not_in_it(
    linker: EntityLinker, text: str, model_span: str, name: str
) -> None:
    found = mentions(linker.resolve(text, [span(text, model_span, "PER")]))
    assert list(found) == [("PER", name)]


def test_an_ordinal_last_is_a_surname(linker: EntityLinker) -> None:
    text = "Savunmada Kerem Birinci ile Hasan Üçüncü forma giydi."
    spans = [span(text, "Kerem Birinci", "PER"), span(text, "Hasan Üçüncü", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Hasan Üçüncü", "Kerem Birinci"]


def test_an_initial_alone_names_no_one(linker: EntityLinker) -> None:
    text = "Gözaltına alınan R. K., T. ve platform X üzerinden paylaşım yapan Ali Can serbest bırakıldı."
    spans = [span(text, "T.", "ORG"), span(text, "X", "ORG"), span(text, "Ali Can", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert ("ORG", "T.") not in found
    assert ("ORG", "T") not in found
    assert ("ORG", "X") in found


@pytest.mark.parametrize(("written", "name"), [("III. Selim'in", "III. Selim"), ("Carl XVI Gustaf", "Carl XVI Gustaf")])
def test_a_regnal_number_keeps_its_capitals(linker: EntityLinker, written: str, name: str) -> None:
    # a word in capitals is a surname a byline writes so ("Tunca Zeki BERKKUR"), but not a regnal number
    text = f"Sergide {written} mektupları var."
    assert [e.name for e in linker.resolve(text, [span(text, written, "PER")])] == [name]


@pytest.mark.parametrize(
    "crosshead", ["POLİS MÜDÜRÜ İKNA ETTİ", "BÜYÜKELÇİ STATÜSÜNDE DEĞİL", "Başkanı Kararı Yarın Verecek"]
)
def test_common_words_after_a_title_in_a_crosshead_are_no_persons_name(linker: EntityLinker, crosshead: str) -> None:
    text = f"Gerginlik iki saat sürdü.\n{crosshead}\nEylemciler daha sonra dağıldı."
    assert linker.resolve(text, []) == []


def test_a_titled_name_of_words_the_corpora_capitalise_is_still_a_person(linker: EntityLinker) -> None:
    text = "Gerginlik iki saat sürdü.\nEMNİYET MÜDÜRÜ KENAN YAZICI İKNA ETTİ\nEylemciler daha sonra dağıldı."
    assert [(e.type, e.name) for e in linker.resolve(text, [])] == [("PER", "Kenan Yazıcı")]


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Aralarında Nurcan Taylan'ın da bulunduğu kafile döndü.", "Aralarında Nurcan Taylan'ın", "Nurcan Taylan"),
        ("Duruşmada Sanıklardan Ayhan Yazgan konuştu.", "Sanıklardan Ayhan Yazgan", "Ayhan Yazgan"),
    ],
)
def test_common_words_glued_before_a_given_name_are_not_part_of_the_name(
    linker: EntityLinker, text: str, model_span: str, name: str
) -> None:
    found = mentions(linker.resolve(text, [span(text, model_span, "PER")]))
    assert list(found) == [("PER", name)]


@pytest.mark.parametrize(
    ("text", "model_span", "kind", "name"),
    [
        ("Törende Da Silva Martins konuştu.", "Da Silva Martins", "PER", "Da Silva Martins"),
        ("Beyrut'taki Büyük Ömer Camisi ziyaretçi akınına uğradı.", "Büyük Ömer Camisi", "LOC", "Büyük Ömer Camisi"),
    ],
)
def test_a_particle_or_an_adjective_of_a_places_name_stays(
    linker: EntityLinker, text: str, model_span: str, kind: EntityType, name: str
) -> None:
    assert (kind, name) in mentions(linker.resolve(text, [span(text, model_span, kind)]))


def test_a_crosshead_ending_in_a_verb_names_no_one_but_a_surname_like_a_verb_does(linker: EntityLinker) -> None:
    text = "Yangın çıktı.\n1 YAŞINDAKİ DEMİR KORKUTTU\nMinibüsü Halil Kurtuldu kullanıyordu."
    spans = [span(text, "DEMİR KORKUTTU", "PER"), span(text, "Halil Kurtuldu", "PER")]
    assert list(mentions(linker.resolve(text, spans))) == [("PER", "Halil Kurtuldu")]


def test_a_nationality_said_of_a_person_after_the_name_is_not_the_surname(linker: EntityLinker) -> None:
    text = "Fransız aktör Jean Reno Rus vatandaşı oldu. Milletvekili Ahmet Türk konuştu."
    spans = [span(text, "Jean Reno Rus", "PER"), span(text, "Ahmet Türk", "PER")]
    assert sorted(e.name for e in linker.resolve(text, spans)) == ["Ahmet Türk", "Jean Reno"]


def test_a_place_the_model_found_after_a_titled_name_is_where_the_person_goes(linker: EntityLinker) -> None:
    text = "Hüseyin Kaya'nın kardeşi Ramazan Kaya Bozcaada'ya gitmek üzere yola çıktı."
    spans = [span(text, "Hüseyin Kaya'nın", "PER"), span(text, "Ramazan Kaya", "PER"), span(text, "Bozcaada'ya", "LOC")]
    found = mentions(linker.resolve(text, spans))
    assert ("PER", "Ramazan Kaya") in found
    assert ("LOC", "Bozcaada") in found


def test_a_town_glued_before_a_persons_name_is_not_part_of_it(linker: EntityLinker) -> None:
    text = 'Bakanı pankartlarla karşıladılar: "Tokat Selim Yağcı\'yla güldü".'
    found = mentions(linker.resolve(text, [span(text, "Tokat Selim Yağcı'yla", "PER")]))
    assert list(found) == [("PER", "Selim Yağcı")]


def test_a_two_word_partys_member_word_before_a_surname_is_not_part_of_it(linker: EntityLinker) -> None:
    text = "Milletvekili Nuri Aksoy konuştu. Darbeleri anlatan AK Partili Aksoy, sürece değindi."
    spans = [span(text, "Nuri Aksoy", "PER"), span(text, "AK Partili Aksoy", "PER")]
    found = mentions(linker.resolve(text, spans))
    assert found[("PER", "Nuri Aksoy")] == ["Nuri Aksoy", "Aksoy"]


def test_an_archbishop_is_a_title(linker: EntityLinker) -> None:
    text = "Yunanistan Kilisesi Başpiskoposu Hristodulos açıklama yaptı."
    found = mentions(linker.resolve(text, [span(text, "Başpiskoposu Hristodulos", "PER")]))
    assert ("PER", "Hristodulos") in found


def test_an_exams_name_after_a_title_word_is_no_person(linker: EntityLinker) -> None:
    text = "Bakanlık, Hakim ve Savcı Adaylığı Yazılı Yarışma Sınavı sonuçlarını açıkladı."
    assert not any(e.type == "PER" for e in linker.resolve(text, []))


def test_an_emperor_is_a_title(linker: EntityLinker) -> None:
    text = "Bu kilise Bizans İmparatoru Justinianos döneminde yapıldı."
    [person] = linker.resolve(text, [span(text, "İmparatoru Justinianos", "PER")])
    assert person.name == "Justinianos"
    assert person.title is not None
    assert person.title.endswith("Bizans İmparatoru")


def test_a_title_with_a_case_ending_before_a_name_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Kulübün Teknik Direktöründen Selim Akar'a tebrik geldi."
    [person] = linker.resolve(text, [span(text, "Selim Akar'a", "PER")])
    assert person.name == "Selim Akar"


@pytest.mark.parametrize(
    ("text", "pieces", "name"),
    [
        # a foreign particle between two pieces the model cut apart, the second read as a firm's
        ("Polis, Jose de Jesus Gallegos Alvarez adlı şüpheliyi yakaladı.",
         [("Jose", "PER"), ("Jesus Gallegos Alvarez", "ORG")], "Jose de Jesus Gallegos Alvarez"),
        ("Konserde Ludwig van Beethoven çalındı.", [("Ludwig", "PER"), ("Beethoven", "PER")], "Ludwig van Beethoven"),
    ],
)  # fmt: skip
def test_a_foreign_particle_between_two_pieces_of_a_name_joins_them(
    linker: EntityLinker, text: str, pieces: list[tuple[str, EntityType]], name: str
) -> None:
    assert [e.name for e in linker.resolve(text, [span(text, w, t) for w, t in pieces])] == [name]


def test_the_turkish_de_between_two_people_joins_nothing(linker: EntityLinker) -> None:
    text = "Toplantıya Ahmet de Mehmet Kaya ile katıldı."
    found = {e.name for e in linker.resolve(text, [span(text, "Ahmet", "PER"), span(text, "Mehmet Kaya", "PER")])}
    assert found == {"Ahmet", "Mehmet Kaya"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Gecenin yıldızı ünlü DJ Mark Ronson oldu.", "DJ Mark Ronson", "Mark Ronson"),
        ("Romanda Kontes Olenska'nın oğlu da var.", "Kontes Olenska'nın", "Olenska"),
        ("Gazneli Sultanı Mahmud Hindistan'a sefer düzenledi.", "Sultanı Mahmud", "Mahmud"),
    ],
)
def test_nobility_a_rulers_possessive_title_and_dj_are_titles(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    [person] = linker.resolve(text, [span(text, words, "PER")])
    assert person.name == name
    assert person.title is not None


def test_a_party_after_a_persons_genitive_is_the_persons(linker: EntityLinker) -> None:
    # "X'in partisi" is X's party: X stays a person (the noun names the party that follows)
    text = "Koalisyon ortakları arasında işadamı Yoram Levi'nin partisi Yeni Umut da var."
    found = {e.name: e.type for e in linker.resolve(text, [span(text, "Yoram Levi'nin", "PER")])}
    assert found["Yoram Levi"] == "PER"


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # given names alone after the person named in full are that person
        ("Şair Ahmet Hamdi Tanpınar anıldı. Ahmet Hamdi bu romanı 1949'da yazdı.",
         [("Ahmet Hamdi Tanpınar", 0), ("Ahmet Hamdi", 1)],
         {"Ahmet Hamdi Tanpınar": ["Ahmet Hamdi Tanpınar", "Ahmet Hamdi"]}),
        # a fuller name only after them is as often two names glued, and so is a name glued by a stop
        # (a town glued after them is cut off: test_entities_thirtieth_review)
        ("Bakan Ahmet Hamdi geldi. Ahmet Hamdi Kaya'ya döndü.", [("Ahmet Hamdi", 0), ("Ahmet Hamdi Kaya", 0)],
         {"Ahmet Hamdi": ["Ahmet Hamdi"], "Ahmet Hamdi Kaya": ["Ahmet Hamdi Kaya"]}),
        ("Aktivist Ayşe Naz.ABD yönetimi ödül verdi. Ayşe Naz konuştu.", [("Ayşe Naz.ABD", 0), ("Ayşe Naz", 1)],
         {"Ayşe Naz.ABD": ["Ayşe Naz.ABD"], "Ayşe Naz": ["Ayşe Naz"]}),
    ],
)  # fmt: skip
def test_given_names_alone_are_the_person_named_in_full_before(
    linker: EntityLinker, text: str, pieces: list[tuple[str, int]], expected: dict[str, list[str]]
) -> None:
    spans = [span(text, words, "PER", nth) for words, nth in pieces]
    found = {e.name: [m.text for m in e.mentions] for e in linker.resolve(text, spans) if e.type == "PER"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a person before a body the lists know, each read on its own by the model, are two names side by side
        ("Törene Recep Tayyip Erdoğan Ankara Sanayi Odası'nda katıldı.",
         [("Recep Tayyip Erdoğan", "PER"), ("Ankara Sanayi Odası'nda", "ORG")],
         {"Recep Tayyip Erdoğan": "PER", "Ankara Sanayi Odası": "ORG"}),
        # a body of common words after a person's name is named after the person
        ("Yaralı Ersin Arslan Devlet Hastanesi'ne kaldırıldı.",
         [("Ersin Arslan", "PER"), ("Devlet Hastanesi'ne", "ORG")], {"Ersin Arslan Devlet Hastanesi": "ORG"}),
    ],
)  # fmt: skip
def test_a_person_before_a_known_body_is_no_part_of_its_name(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], expected: dict[str, str]
) -> None:
    found = {e.name: e.type for e in linker.resolve(text, [span(text, words, kind) for words, kind in spans])}
    assert found == expected
