"""EntityLinker.resolve on what a tenth review of fresh copy found: a club's or a party's member word before a
person's name, plates, peoples' words, townspeople after a name, an office before a surname the article gives in
full, a title between two names, outlets in quotation marks, a firm's founder, places by their nouns, wars and
revolutions, barracks and basilicas, and the gazetteer's Turkish towns.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.gazetteer import Gazetteer

from tests.unit.tagger.labelled import listed, span


def people(linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]]) -> set[str]:
    found = linker.resolve(text, [span(text, words, kind) for words, kind in spans])
    return {name for kind, name in listed(found) if kind == "PER"}


@pytest.mark.parametrize(
    ("text", "written", "person"),
    [
        ("Kulüp, Fenerbahçeli Uche'nin cezalandırılmasını istedi.", "Fenerbahçeli Uche'nin", "Uche"),
        ("Maçta Beşiktaşlı Oğuzhan kırmızı kart gördü, Beşiktaş kaybetti.", "Beşiktaşlı Oğuzhan", "Oğuzhan"),
        ("Maçta F.Bahçeli Meireles kırmızı kart gördü.", "F.Bahçeli Meireles", "Meireles"),
        ("Londra'da İşçi Partili Shabana Mahmud konuştu.", "Partili Shabana Mahmud", "Shabana Mahmud"),
    ],
)
def test_a_members_word_before_a_name_is_not_the_persons(
    linker: EntityLinker, text: str, written: str, person: str
) -> None:
    assert people(linker, text, [(written, "PER")]) == {person}


def test_a_member_word_of_a_town_stays_a_persons_epithet(linker: EntityLinker) -> None:
    # "Pargalı İbrahim Paşa": a town's -li form is the name's own, as in history books
    text = "Dizide Pargalı İbrahim karakterini canlandırdı."
    assert people(linker, text, [("Pargalı İbrahim", "PER")]) == {"Pargalı İbrahim"}


def test_a_clubs_short_form_is_the_club() -> None:
    gazetteer = Gazetteer.load()
    assert [gazetteer.organisation(n) for n in ("F.Bahçe", "G.Saray")] == [
        gazetteer.organisation("Fenerbahçe"),
        gazetteer.organisation("Galatasaray"),
    ]


def test_a_plates_letters_are_no_body(linker: EntityLinker) -> None:
    text = "Kaza, 57 AB 573 plakalı otomobil ile 07 SBB 90 plakalı kamyonun çarpışmasıyla oldu. AB açıklama yaptı."
    found = linker.resolve(text, [span(text, "AB", "ORG"), span(text, "SBB", "ORG"), span(text, "AB", "ORG", 1)])
    assert [(e.name, len(e.mentions)) for e in found] == [("Avrupa Birliği", 1)]


def test_a_number_before_an_acronym_without_a_plate_keeps_it(linker: EntityLinker) -> None:
    text = "Türkiye 19 AB ülkesi ile görüştü."
    assert ("ORG", "Avrupa Birliği") in listed(linker.resolve(text, [span(text, "AB", "ORG")]))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mecliste Laz, Abaza ve Acem vatandaşların sorunları konuşuldu.", "Laz"),
        ("Mecliste Laz, Abaza ve Acem vatandaşların sorunları konuşuldu.", "Abaza"),
        ("Boşnak derneği açıklama yaptı.", "Boşnak"),
        ("Kentteki Suriyeliler'in durumu tartışıldı.", "Suriyeliler'in"),
    ],
)
def test_a_peoples_word_is_no_name(linker: EntityLinker, text: str, word: str) -> None:
    assert linker.resolve(text, [span(text, word, "PER")]) == []


def test_a_surname_shaped_like_a_peoples_word_stays_with_its_given_name(linker: EntityLinker) -> None:
    text = "Rektör İbrahim Çeçen törende konuştu."
    assert people(linker, text, [("İbrahim Çeçen", "PER")]) == {"İbrahim Çeçen"}


def test_townspeople_after_a_name_are_not_the_persons(linker: EntityLinker) -> None:
    text = "Bakan Nabi Avcı Hakkarililer tarafından sıcak karşılandı."
    assert people(linker, text, [("Nabi Avcı Hakkarililer", "PER")]) == {"Nabi Avcı"}


def test_a_surname_of_that_form_without_a_province_stays(linker: EntityLinker) -> None:
    text = "Şarkıcı Ayşe Nur Egeliler yeni albüm çıkardı."
    assert people(linker, text, [("Ayşe Nur Egeliler", "PER")]) == {"Ayşe Nur Egeliler"}


def test_an_office_before_the_surname_of_someone_named_in_full_is_a_title(linker: EntityLinker) -> None:
    text = "Köyde Ahmet Yörük konuştu. Muhtar Yörük, yolların yapılmasını istedi."
    found = linker.resolve(text, [span(text, "Ahmet Yörük", "PER"), span(text, "Muhtar Yörük", "PER")])
    assert [(e.name, len(e.mentions)) for e in found] == [("Ahmet Yörük", 2)]


def test_an_office_word_that_is_a_given_name_stays_the_name_otherwise(linker: EntityLinker) -> None:
    text = "Muhtar Kent toplantıdaydı. Hakim Ziyech ise gol attı."
    found = people(linker, text, [("Muhtar Kent", "PER"), ("Hakim Ziyech", "PER")])
    assert found == {"Muhtar Kent", "Hakim Ziyech"}


def test_emir_before_a_relatives_surname_is_his_given_name(linker: EntityLinker) -> None:
    text = "Emir Kır'ın yeğeni Kadir Kır kazada yaralandı."
    found = people(linker, text, [("Emir Kır'ın", "PER"), ("Kadir Kır", "PER")])
    assert found == {"Emir Kır", "Kadir Kır"}


def test_a_title_between_two_names_parts_them(linker: EntityLinker) -> None:
    text = "Ali Engin Hakim Akay'ın suç duyurusunu doğruladı. Hakim Uğur Akay dilekçeyi verdi."
    found = people(linker, text, [("Ali Engin Hakim Akay'ın", "PER"), ("Uğur Akay", "PER")])
    assert found == {"Ali Engin", "Uğur Akay"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sonuçlar “Nature Genetics” dergisinde yayımlandı.", "Nature Genetics"),
        ('Sonuçlar "Plos One" dergisinde yayımlandı.', "Plos One"),
        ("İngiliz 'The Guardian' gazetesine göre bakan istifa etti.", "The Guardian"),
    ],
)
def test_an_outlet_in_quotation_marks_before_its_noun_is_a_body(linker: EntityLinker, text: str, name: str) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, []))


def test_a_quoted_work_before_its_noun_is_no_body(linker: EntityLinker) -> None:
    text = 'Yazar "Kırmızı Saçlı Kadın" kitabında bunu anlattı. "Kurtlar Vadisi" dizisi başladı.'
    assert linker.resolve(text, []) == []


def test_a_name_whose_founder_is_named_is_a_firm(linker: EntityLinker) -> None:
    text = "Chobani Yoghurt'un kurucusu Hamdi Ulukaya konuştu."
    found = linker.resolve(text, [span(text, "Chobani Yoghurt'un", "PER"), span(text, "Hamdi Ulukaya", "PER")])
    assert listed(found) == {("ORG", "Chobani Yoghurt"), ("PER", "Hamdi Ulukaya")}


def test_the_founder_in_a_relative_clause_stays_a_person(linker: EntityLinker) -> None:
    text = "Hamdi Ulukaya'nın kurucusu olduğu şirket büyüyor."
    assert people(linker, text, [("Hamdi Ulukaya'nın", "PER")]) == {"Hamdi Ulukaya"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Avustralya'nın New South Wales eyaletindeki yangınlar sürüyor.", "New South Wales"),
        ("Kenya'nın Tana River bölgesinde çatışma çıktı.", "Tana River"),
    ],
)
def test_a_body_the_lists_do_not_know_before_a_places_noun_is_a_place(
    linker: EntityLinker, text: str, words: str
) -> None:
    assert ("LOC", words) in listed(linker.resolve(text, [span(text, words, "ORG")]))


def test_a_known_body_before_a_places_noun_stays(linker: EntityLinker) -> None:
    text = "Hamas bölgesinde gerginlik var."
    assert listed(linker.resolve(text, [span(text, "Hamas", "ORG")])) == {("ORG", "Hamas")}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Balkan Savaşları döneminde kent boşaltıldı.", "Balkan Savaşları"),
        ("Fransız Devrimi'nin yıl dönümü kutlandı.", "Fransız Devrimi'nin"),
        ("Deniz Hukuku sözleşmesi imzalandı.", "Deniz Hukuku"),
    ],
)
def test_a_war_a_revolution_or_a_field_of_law_is_no_name(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "PER")]) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Askerler Selimiye Kışlası'na götürüldü.", "Selimiye Kışlası'na"),
        ("Papa, Aziz Petrus Bazilikası'nda ayin yönetti.", "Aziz Petrus Bazilikası'nda"),
        ("Sel, Sadabad Deresi'nin taşmasıyla başladı.", "Sadabad Deresi'nin"),
    ],
)
def test_barracks_basilicas_and_streams_are_places(linker: EntityLinker, text: str, words: str) -> None:
    (place,) = linker.resolve(text, [span(text, words, "PER")])
    assert place.type == "LOC"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Lady Gaga konser verdi. Gaga teşekkür etti.", "Lady Gaga", ("PER", "Lady Gaga")),
        ("Uçuşlar Sabiha Gökçen'den yapılacak.", "Sabiha Gökçen'den", ("LOC", "loc:sabiha-gokcen-havalimani")),
        ("Güney Kıbrıs'ın bu adımına tepki gösterildi.", "Güney Kıbrıs'ın", ("LOC", "Güney Kıbrıs")),
    ],
)
def test_names_the_knowledge_base_gained(
    linker: EntityLinker, text: str, words: str, expected: tuple[str, str]
) -> None:
    found = linker.resolve(text, [span(text, words, "PER")])
    assert expected in {(e.type, e.name) for e in found} | {(e.type, e.id) for e in found}


def test_the_flag_is_no_body(linker: EntityLinker) -> None:
    text = "Okulda Türk Bayrağı göndere çekildi."
    assert linker.resolve(text, [span(text, "Türk Bayrağı", "ORG")]) == []


@pytest.mark.parametrize(
    ("name", "country"), [("Sinop", "TR"), ("Kemer", "TR"), ("Talas", "TR"), ("Yenişehir", "TR"), ("Kazan", "RU")]
)
def test_a_turkish_towns_name_is_the_turkish_town_unless_a_major_city_abroad_holds_it(name: str, country: str) -> None:
    place = Gazetteer.load().place(name)
    assert place is not None
    assert place.country_code == country


def test_the_west_is_no_town() -> None:
    assert Gazetteer.load().place("Batı") is None
