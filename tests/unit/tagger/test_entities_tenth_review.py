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
        ("Maçta F.Bahçeli Meireles kırmızı kart gördü.", "F.Bahçeli Meireles", "Raul Meireles"),  # (the lists know him)
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


@pytest.mark.parametrize("townspeople", ["Hakkarililer", "Hakkarililerin", "Hakkarililer'in"])
def test_townspeople_after_a_name_are_not_the_persons(linker: EntityLinker, townspeople: str) -> None:
    text = f"Bakan Nabi Avcı {townspeople} arasında sıcak karşılandı."
    assert people(linker, text, [(f"Nabi Avcı {townspeople}", "PER")]) == {"Nabi Avcı"}


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
    text = "Olympos Yoghurt'un kurucusu Hamdi Ulukaya konuştu."  # (a firm no list knows: "Chobani" is known now)
    found = linker.resolve(text, [span(text, "Olympos Yoghurt'un", "PER"), span(text, "Hamdi Ulukaya", "PER")])
    assert listed(found) == {("ORG", "Olympos Yoghurt"), ("PER", "Hamdi Ulukaya")}


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


def test_royal_hali_is_a_firm(linker: EntityLinker) -> None:
    text = "Royal Halı yeni mağazasını açtı."
    assert listed(linker.resolve(text, [span(text, "Royal Halı", "PER")])) == {("ORG", "Royal Halı")}


def test_a_leaders_surname_alone_before_anothers_full_name_is_two_people(linker: EntityLinker) -> None:
    text = "Başbakan Erdoğan Müslüm Gürses'in cenazesine katıldı. Müslüm Gürses dün ölmüştü."
    found = linker.resolve(text, [span(text, "Erdoğan Müslüm Gürses'in", "PER"), span(text, "Müslüm Gürses", "PER")])
    assert {e.name for e in found} == {"Recep Tayyip Erdoğan", "Müslüm Gürses"}


def test_a_given_name_the_lists_know_alone_before_a_surname_stays_one_person(linker: EntityLinker) -> None:
    text = "Bakan Erdoğan Bayraktar açıklama yaptı."
    assert people(linker, text, [("Erdoğan Bayraktar", "PER")]) == {"Erdoğan Bayraktar"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Beyaz Show'un konuğu oldu.", "Beyaz Show'un"),
        ("Kanarya, sahasında Cimbom'u yendi.", "Kanarya"),
        ("Sarı-Lacivertliler son dakikada gol buldu.", "Sarı-Lacivertliler"),
        ("Olay MOBESE kameralarına yansıdı.", "MOBESE"),
    ],
)
def test_shows_nicknames_and_systems_are_no_names(linker: EntityLinker, text: str, words: str) -> None:
    assert linker.resolve(text, [span(text, words, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Düğün Sait Halim Paşa Yalısı'nda yapıldı.", "Sait Halim Paşa Yalısı'nda"),
        ("Konser Ihlamur Kasrı'nda verildi.", "Ihlamur Kasrı'nda"),
    ],
)
def test_waterside_mansions_and_pavilions_are_places(linker: EntityLinker, text: str, words: str) -> None:
    (place,) = linker.resolve(text, [span(text, words, "PER")])
    assert place.type == "LOC"


def test_mountains_closing_a_list_type_its_members(linker: EntityLinker) -> None:
    text = "Çatışmalar Cebel et-Türkmen ile Cebel el-Ekrad dağlarındaki köylerde yoğunlaştı."
    found = linker.resolve(text, [span(text, "Cebel et-Türkmen", "PER"), span(text, "Cebel el-Ekrad", "PER")])
    assert {e.type for e in found} == {"LOC"}


def test_a_statement_made_from_a_name_is_a_bodys(linker: EntityLinker) -> None:
    text = "Alitalia'dan yapılan açıklamada uçuşların iptal edildiği bildirildi."
    assert listed(linker.resolve(text, [span(text, "Alitalia'dan", "PER")])) == {("ORG", "Alitalia")}


def test_a_statement_awaited_from_a_given_name_keeps_the_person(linker: EntityLinker) -> None:
    text = "Ahmet Yılmaz dün konuştu. Ahmet'ten yapılan açıklama bekleniyor."
    found = people(linker, text, [("Ahmet Yılmaz", "PER"), ("Ahmet'ten", "PER")])
    assert found == {"Ahmet Yılmaz"}


def test_a_dictator_is_a_title(linker: EntityLinker) -> None:
    text = "Diktatör Augusto Pinochet 2006'da öldü."
    (person,) = linker.resolve(text, [span(text, "Diktatör Augusto Pinochet", "PER")])
    assert person.name == "Augusto Pinochet"


def test_a_given_name_wiki_ner_voted_a_people_names_a_player(linker: EntityLinker) -> None:
    text = "Maçta Oğuz gol attı. Oğuz maç sonrası konuştu."
    found = linker.resolve(text, [span(text, "Oğuz", "PER"), span(text, "Oğuz", "PER", 1)])
    assert [(e.name, len(e.mentions)) for e in found] == [("Oğuz", 2)]


def test_a_town_between_a_country_in_the_genitive_and_a_teams_noun_is_the_club(linker: EntityLinker) -> None:
    text = "Fenerbahçe, Fransa'nın Bordeaux ekibiyle karşılaşacak."
    found = linker.resolve(text, [span(text, "Fransa'nın", "LOC"), span(text, "Bordeaux", "LOC")])
    assert ("ORG", "Bordeaux") in listed(found)


def test_a_party_members_word_after_a_title_is_not_the_persons(linker: EntityLinker) -> None:
    text = "Belediye Başkanı AK Partili Ahmet Küçükler törende konuştu."
    assert people(linker, text, [("Ahmet Küçükler", "PER")]) == {"Ahmet Küçükler"}


def test_a_surname_shaped_like_a_bare_plural_ends_no_list(linker: EntityLinker) -> None:
    text = "Sanıklar Ziya Kıraç, Şerafettin Kara ve Aydın Dağlar hakkında dava açıldı."
    spans: list[tuple[str, EntityType]] = [("Ziya Kıraç", "PER"), ("Şerafettin Kara", "PER"), ("Aydın Dağlar", "PER")]
    found = linker.resolve(text, [span(text, words, kind) for words, kind in spans])
    assert {e.type for e in found} == {"PER"}


def test_a_given_name_shaped_like_a_members_word_stays_the_name(linker: EntityLinker) -> None:
    text = "Genel Müdür Fazlı Kılıç açıklama yaptı."
    assert people(linker, text, [("Kılıç", "PER")]) == {"Fazlı Kılıç"}


def test_a_person_wanted_in_a_team_is_no_club(linker: EntityLinker) -> None:
    text = "Jose Mourinho ayrılıyor. Roman Abramovich'in Mourinho'yu takımında görmek istediği belirtildi."
    found = linker.resolve(text, [span(text, "Jose Mourinho", "PER"), span(text, "Mourinho'yu", "PER")])
    assert {e.type for e in found} == {"PER"}


def test_the_model_joining_a_leader_to_anothers_given_name_is_undone_after_a_title(linker: EntityLinker) -> None:
    text = "Başbakan Erdoğan Nevin Yanıt'ı kutladı. Sporcu Nevin Yanıt altın madalya kazandı."
    found = people(linker, text, [("Erdoğan Nevin", "PER"), ("Nevin Yanıt", "PER")])
    assert found == {"Recep Tayyip Erdoğan", "Nevin Yanıt"}


def test_a_country_before_a_clubs_noun_stays_the_country(linker: EntityLinker) -> None:
    text = "FIFA'nın Çin kulübü Shanghai Shenhua'ya verdiği süre doldu."
    found = linker.resolve(text, [span(text, "FIFA'nın", "ORG"), span(text, "Çin", "LOC")])
    assert ("LOC", "Çin") in listed(found)


def test_a_name_after_saint_is_a_place(linker: EntityLinker) -> None:
    text = "Prens William, St. Andrews'te eğitim gördü."
    found = linker.resolve(text, [span(text, "William", "PER"), span(text, "Andrews'te", "PER")])
    assert listed(found) == {("PER", "William"), ("LOC", "St. Andrews")}


def test_a_headlines_date_after_an_outlet_is_not_its_name(linker: EntityLinker) -> None:
    text = "Washington Post - 07 Aralık\nABD'de bütçe görüşmeleri sürüyor."
    found = linker.resolve(text, [span(text, "Washington Post - 07", "ORG")])
    assert [e.name for e in found if e.type == "ORG"] == ["Washington Post"]


def test_the_emergency_service_is_a_body(linker: EntityLinker) -> None:
    text = "112 Hızır Acil ekipleri olay yerine geldi."
    (body,) = linker.resolve(text, [span(text, "Hızır Acil", "PER")])
    assert body.type == "ORG"


def test_a_score_between_two_teams_parts_them(linker: EntityLinker) -> None:
    text = "Atlanta Hawks 81 - 89 Boston Celtics\nMaçlar dün oynandı."
    found = linker.resolve(text, [span(text, "Atlanta Hawks 81 - 89 Boston Celtics", "ORG")])
    assert listed(found) == {("ORG", "Atlanta Hawks"), ("ORG", "Boston Celtics")}


# Guards from the code review of the round (code-review-10).


@pytest.mark.parametrize(
    "clause",
    ["kurucusu ve başkanı olduğu dernek", "kurucuları arasında yer aldığı vakıf", "kurucusu da olduğu şirket"],
)
def test_a_person_who_founded_something_stays_a_person(linker: EntityLinker, clause: str) -> None:
    text = f"Derneğin toplantısı yapıldı. Ahmet Yılmaz'ın {clause} büyüyor."
    assert people(linker, text, [("Ahmet Yılmaz'ın", "PER")]) == {"Ahmet Yılmaz"}


def test_a_papers_bureau_in_a_town_is_no_club(linker: EntityLinker) -> None:
    text = "Hürriyet'in Ankara ekibi haberi doğruladı."
    found = linker.resolve(text, [span(text, "Hürriyet'in", "ORG"), span(text, "Ankara", "LOC")])
    assert ("LOC", "Ankara") in listed(found)


@pytest.mark.parametrize(
    "name", ["Kanuni Sultan Süleyman Han", "Saddam Hüseyin el-Tikriti", "Mehmet Ali Emir Yılmaz", "Ali Rıza Şeyh Attar"]
)
def test_names_with_a_title_a_particle_or_a_closer_inside_stay_one_person(linker: EntityLinker, name: str) -> None:
    text = f"Törende {name} anıldı."
    assert len(people(linker, text, [(name, "PER")])) == 1


def test_a_university_before_a_departments_field_stays(linker: EntityLinker) -> None:
    text = "Bilkent Üniversitesi Enerji Hukuku ve Politikası Öğretim Görevlisi Ahmet Kaya konuştu."
    found = linker.resolve(text, [span(text, "Bilkent Üniversitesi", "ORG"), span(text, "Ahmet Kaya", "PER")])
    assert ("ORG", "Bilkent Üniversitesi") in listed(found)


def test_a_body_in_the_genitive_before_an_event_stays(linker: EntityLinker) -> None:
    text = "Malatya Cumhuriyet Başsavcılığının Zirve Katliamı soruşturması sürüyor."
    found = linker.resolve(text, [span(text, "Malatya Cumhuriyet Başsavcılığının", "ORG")])
    assert [e.type for e in found] == ["ORG"]


def test_a_body_glued_before_an_event_is_cut_off_it(linker: EntityLinker) -> None:
    text = "Törende Ankara Üniversitesi Hukuk Fakültesi Kurtuluş Savaşları anıldı."
    found = linker.resolve(text, [span(text, "Ankara Üniversitesi Hukuk Fakültesi Kurtuluş Savaşları", "ORG")])
    assert [e.name for e in found] == ["Ankara Üniversitesi"]


def test_a_word_that_opens_with_show_is_no_event(linker: EntityLinker) -> None:
    text = "Dizi CBS Showtime kanalında yayınlanacak."
    assert ("ORG", "CBS") in listed(linker.resolve(text, [span(text, "CBS Showtime", "ORG")]))


def test_the_persians_word_is_no_agency(linker: EntityLinker) -> None:
    text = "Kitap antik Fars tarihine ışık tutuyor."
    assert linker.resolve(text, [span(text, "Fars", "ORG")]) == []


def test_the_west_before_a_country_with_its_case_ending_is_not_the_countrys_name(linker: EntityLinker) -> None:
    text = "Batı Mısır'ı daha kolay kontrol ediyor. Batı Avustralya'da yangın var."
    found = linker.resolve(text, [span(text, "Batı Mısır'ı", "LOC"), span(text, "Batı Avustralya'da", "LOC")])
    assert {e.name for e in found} == {"Mısır", "Batı Avustralya"}


def test_a_judge_with_the_circumflex_is_a_title(linker: EntityLinker) -> None:
    text = "Hâkim Kütük kararı açıkladı."
    assert people(linker, text, [("Hâkim Kütük", "PER")]) == {"Kütük"}


def test_an_unknown_outlet_in_single_quotes_before_its_noun_is_a_body(linker: EntityLinker) -> None:
    text = "Savunma alanında yayın yapan 'Assaut' dergisi adına çalışıyordu."
    assert ("ORG", "Assaut") in listed(linker.resolve(text, []))


def test_a_singular_li_surname_after_a_full_name_stays(linker: EntityLinker) -> None:
    text = "Toplantıya Mehmet Ali Sivaslı katıldı."
    assert people(linker, text, [("Mehmet Ali Sivaslı", "PER")]) == {"Mehmet Ali Sivaslı"}


def test_a_number_before_an_acronym_without_a_plates_word_keeps_it(linker: EntityLinker) -> None:
    text = "Bildiriyi 27 AB 2012 yılında imzaladı."
    assert ("ORG", "Avrupa Birliği") in listed(linker.resolve(text, [span(text, "AB", "ORG")]))


def test_a_body_named_once_without_a_places_noun_stays_a_body(linker: EntityLinker) -> None:
    text = "Kifaye bölgesinde çatışma çıktı. Kifaye açıklama yaptı."
    spans = [span(text, "Kifaye", "ORG"), span(text, "Kifaye", "ORG", 1)]
    assert {e.type for e in linker.resolve(text, spans)} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Çukurova Yöresi'nde hasat başladı.", "Çukurova Yöresi'nde", ["LOC"]),
        ("Hama Katliamı anıldı.", "Hama Katliamı", []),
    ],
)
def test_regions_are_places_and_massacres_events(
    linker: EntityLinker, text: str, words: str, expected: list[str]
) -> None:
    assert [e.type for e in linker.resolve(text, [span(text, words, "PER")])] == expected


@pytest.mark.parametrize("kind", ["PER", "ORG"])
def test_a_town_in_the_locative_in_every_mention_is_the_town(linker: EntityLinker, kind: EntityType) -> None:
    text = "Konser Detroit'te yapılacak. Grup ardından Detroit'ten ayrılacak."
    spans = [span(text, "Detroit'te", kind), span(text, "Detroit'ten", kind)]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Detroit")}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Mühendis Nokia'da çalışıyor.", "Nokia'da", ("ORG", "Nokia")),  # a body the lists know
        ("Sorun Ahmet'te değil.", "Ahmet'te", ("PER", "Ahmet")),  # a given name
        ("Sanatçı Detroit'te konser verdi. Detroit yeni albüm çıkardı.", "Detroit'te", ("PER", "Detroit")),
        ("Şarkıcı Can'dan yeni klip geldi.", "Can'dan", ("PER", "Can")),  # a word in lower case too
        ("Öğrenci İTÜ'de okuyor.", "İTÜ'de", ("ORG", "İTÜ")),  # an acronym
        ("Görevi Başbakan Vın'dan devralacak.", "Vın'dan", ("PER", "Vın")),  # after a title
        ("Oyuncu Milan'da fantastik bir futbolcuydu.", "Milan'da", ("ORG", "Milan")),  # a sports story's club
    ],
)
def test_a_town_in_the_locative_keeps_a_known_body_a_given_name_and_other_mentions(
    linker: EntityLinker, text: str, words: str, expected: tuple[str, str]
) -> None:
    kind: EntityType = "ORG" if expected[0] == "ORG" else "PER"
    spans = [span(text, words, kind)]
    if text.count("Detroit") == 2:
        spans.append(span(text, "Detroit", kind, 1))
    assert expected in listed(linker.resolve(text, spans))
