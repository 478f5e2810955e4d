"""EntityLinker.resolve on what a twenty-sixth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker
from newswire_tagger.ner.tokenizer import as_typed

from tests.unit.tagger.labelled import listed, span

# --- an apostrophe mis-encoded as "í" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Zanlı New Yorkíta yakalandı.", "Zanlı New York'ta yakalandı."),
        ("Türkiyeínin tutumu değişmedi.", "Türkiye'nin tutumu değişmedi."),
        ("Aralık 2001íle başlayan süreç", "Aralık 2001'le başlayan süreç"),
    ],
)
def test_an_apostrophe_encoded_as_i_acute_before_a_suffix_is_read_as_one(written: str, read: str) -> None:
    assert as_typed(written) == read
    assert len(as_typed(written)) == len(written)  # one character for one: offsets hold


@pytest.mark.parametrize("written", ["María Díaz ve Javier Martínez geldi.", "Martína de oradaydı.", "Bir kelime."])
def test_a_real_i_acute_in_a_foreign_name_stays(written: str) -> None:
    assert as_typed(written) is written


# --- a plural nickname glued before a player --------------------------------------------------------------------------


def test_a_teams_nickname_in_the_locative_opens_no_persons_name(linker: EntityLinker) -> None:
    text = "Sarı Lacivertlilerde Bo McCalebb sakatlığı nedeniyle kadroya giremedi."
    found = listed(linker.resolve(text, [span(text, "Bo McCalebb", "PER")]))
    assert ("PER", "Bo McCalebb") in found
    assert not any("Lacivert" in name for _, name in found)


# --- a joint venture's legal form -------------------------------------------------------------------------------------


def test_a_joint_ventures_form_after_a_name_read_as_a_person_makes_one_body(linker: EntityLinker) -> None:
    text = "İhaleye 387 milyon dolarla İşkaya Doğu OGG teklif verdi."
    found = listed(linker.resolve(text, [span(text, "İşkaya Doğu", "PER"), span(text, "OGG", "ORG")]))
    assert found == {("ORG", "İşkaya Doğu OGG")}


def test_a_legal_form_alone_is_no_body(linker: EntityLinker) -> None:
    text = "Kazanan Bilgin Enerji ve Suba Ortak Girişim Grubu (OGG) oldu."
    found = listed(linker.resolve(text, [span(text, "OGG", "ORG")]))
    assert not any(name == "OGG" for _, name in found)


# --- a club's or a town's grounds ------------------------------------------------------------------------------------


def test_grounds_are_a_place(linker: EntityLinker) -> None:
    text = "Futbolcuların kaldığı Vedat Çimen Spor Tesisleri'nin elektriği kesildi."
    found = listed(linker.resolve(text, [span(text, "Vedat Çimen Spor Tesisleri'nin", "ORG")]))
    assert found == {("LOC", "Vedat Çimen Spor Tesisleri")}


# --- a nurse's title --------------------------------------------------------------------------------------------------


def test_a_nurses_title_makes_a_person(linker: EntityLinker) -> None:
    text = "Koordinatör olarak Uzm. Hem. Sinem Aras ve Hem. Tennure Arabacı görev aldı."
    spans = [span(text, "Sinem Aras", "PER"), span(text, "Tennure Arabacı", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Sinem Aras"), ("PER", "Tennure Arabacı")}


# --- ships and aircraft named after towns and people ------------------------------------------------------------------


def test_a_ships_name_before_its_noun_is_no_name(linker: EntityLinker) -> None:
    text = "Fırtınaya 114 metre uzunluğundaki Volgo Balt 199 gemisi yakalandı. Büyükada gemilerine ilave yapılacak."
    spans = [span(text, "Volgo Balt", "PER"), span(text, "Büyükada", "LOC")]
    assert listed(linker.resolve(text, spans)) == set()


def test_an_aircrafts_registration_is_no_name(linker: EntityLinker) -> None:
    text = "TC-ABK kuyruk tescilli kargo uçağı 4 gündür Atatürk Havalimanı'nda bekliyor."
    spans = [span(text, "TC-ABK", "LOC"), span(text, "Atatürk Havalimanı'nda", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Atatürk Havalimanı")}


def test_a_countrys_ships_keep_the_country(linker: EntityLinker) -> None:
    text = "Körfezde İran gemileri görüldü, bir Çin gemisinde de yangın çıktı."
    spans = [span(text, "İran", "LOC"), span(text, "Çin", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "İran"), ("LOC", "Çin")}


# --- carnivals and celebrations ---------------------------------------------------------------------------------------


def test_a_carnival_is_an_event(linker: EntityLinker) -> None:
    text = "Her yıl düzenlenen Rio Karnavalı milyonları sokaklara döküyor."
    assert listed(linker.resolve(text, [span(text, "Rio Karnavalı", "PER")])) == set()


# --- a nationality word between two bodies ----------------------------------------------------------------------------


def test_a_nationality_word_between_two_bodies_parts_them(linker: EntityLinker) -> None:
    text = "Eurobank Tekfen Lübnanlı Burgan Banka satıldı."
    found = listed(linker.resolve(text, [span(text, "Eurobank Tekfen Lübnanlı Burgan", "ORG")]))
    assert ("ORG", "Eurobank Tekfen") in found
    assert not any("Lübnanlı" in name for _, name in found)


def test_townspeople_abroad_keep_their_association(linker: EntityLinker) -> None:
    text = "Almanya Trabzonlu İşadamları Derneği dün toplandı."
    spans = [span(text, "Almanya Trabzonlu İşadamları Derneği", "ORG")]
    assert ("ORG", "Almanya Trabzonlu İşadamları Derneği") in listed(linker.resolve(text, spans))


# --- the chair of an association --------------------------------------------------------------------------------------


def test_an_associations_chair_is_an_office_and_the_body_stays(linker: EntityLinker) -> None:
    text = "Geçtiğimiz günlerde TÜSİAD Başkanlığını devreden Ümit Boyner açıklama yaptı."
    spans = [span(text, "TÜSİAD Başkanlığını", "ORG"), span(text, "Ümit Boyner", "PER")]
    found = listed(linker.resolve(text, spans))
    assert not any("Başkanlığı" in name for _, name in found)
    assert any(kind == "ORG" and "Sanayicileri" in name for kind, name in found)


@pytest.mark.parametrize("body", ["TBMM Başkanlığına", "ÖSYM Başkanlığınca"])
def test_a_state_bodys_chair_is_a_body(linker: EntityLinker, body: str) -> None:
    text = f"Teklif dün {body} sunuldu."
    found = listed(linker.resolve(text, [span(text, body, "ORG")]))
    assert any("Başkanlığı" in name for _, name in found)


# --- a ministry's fields set apart by commas --------------------------------------------------------------------------


def test_a_ministrys_fields_before_and_open_a_directorates_name(linker: EntityLinker) -> None:
    text = "Numune tahlil için Tarım, Gıda ve Hayvancılık İl Müdürlüğü laboratuvarına gönderildi."
    found = listed(linker.resolve(text, [span(text, "Hayvancılık İl Müdürlüğü", "ORG")]))
    assert found == {("ORG", "Tarım, Gıda ve Hayvancılık İl Müdürlüğü")}


def test_a_word_and_its_comma_before_a_body_named_with_and_stay_out(linker: EntityLinker) -> None:
    text = "Tören, Jandarma ve Sahil Güvenlik Akademisi'nde yapıldı."
    found = listed(linker.resolve(text, [span(text, "Sahil Güvenlik Akademisi", "ORG")]))
    assert not any(name.startswith("Tören") for _, name in found)


# --- a couple named with one surname ----------------------------------------------------------------------------------


def test_a_couple_before_another_couples_noun_is_two_people(linker: EntityLinker) -> None:
    text = "Kazada Zeynep-Ahmet Gülhan ile Aysel-Vecdet Eriş çifti hayatını kaybetti."
    found = listed(linker.resolve(text, [span(text, "Zeynep-Ahmet Gülhan", "PER")]))
    assert {("PER", "Zeynep"), ("PER", "Ahmet Gülhan")} <= found


def test_a_double_given_name_stays_one_person(linker: EntityLinker) -> None:
    text = "Fransa eski Başbakanı Jean-Pierre Raffarin dün Ankara'ya geldi."
    found = listed(linker.resolve(text, [span(text, "Jean-Pierre Raffarin", "PER"), span(text, "Ankara'ya", "LOC")]))
    assert ("PER", "Jean-Pierre Raffarin") in found


def test_a_places_name_the_copy_gives_an_aircraft_is_no_place(linker: EntityLinker) -> None:
    text = "Havayolunun 'Denizli' adlı yolcu uçağı Düsseldorf seferini yaptı."
    spans = [span(text, "Denizli", "LOC"), span(text, "Düsseldorf", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Düsseldorf")}


def test_a_two_letter_acronym_is_no_lone_legal_form(linker: EntityLinker) -> None:
    text = "İspanyol As gazetesi transferi yazdı. Sosyalist Enternasyonal (SE) toplantısı Lizbon'da yapıldı."
    spans = [span(text, "As", "ORG"), span(text, "SE", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "As"), ("ORG", "SE")} <= found


def test_a_firms_works_are_no_grounds(linker: EntityLinker) -> None:
    text = "Alsim Alarko Sanayi Tesisleri ve Ticaret AŞ hisseleri yükseldi."
    found = listed(linker.resolve(text, [span(text, "Alsim Alarko Sanayi Tesisleri ve Ticaret AŞ", "ORG")]))
    assert found == {("ORG", "Alsim Alarko Sanayi Tesisleri ve Ticaret AŞ")}


def test_a_compass_word_before_a_nationality_parts_nothing(linker: EntityLinker) -> None:
    text = "Güney Kıbrıslı Libananco şirketi davayı kaybetti."
    found = listed(linker.resolve(text, [span(text, "Güney Kıbrıslı Libananco", "ORG")]))
    assert not any(name == "Güney" for _, name in found)


# --- a sentence's first word before a lower-case street or region noun ------------------------------------------------


def test_a_common_word_opening_a_sentence_before_a_region_noun_is_no_place(linker: EntityLinker) -> None:
    text = "Dudak bölgesi için yoğun kremler tercih edin. Artık sokak aydınlatmalarını Hazine ödemeyecek."
    found = listed(linker.resolve(text, [span(text, "Hazine", "ORG")]))
    assert not any(kind == "LOC" for kind, _ in found)


@pytest.mark.parametrize("town", ["Konak", "Genç", "Hani"])
def test_a_town_opening_a_sentence_before_a_district_noun_stays(linker: EntityLinker, town: str) -> None:
    text = f"{town} ilçesinde dün yangın çıktı. İtfaiye ekipleri olay yerine gitti."
    assert ("LOC", town) in listed(linker.resolve(text, []))


def test_a_firm_so_named_before_its_aircraft_work_stays(linker: EntityLinker) -> None:
    text = "Saldırıda 'Manara Havacılık' adlı şirketin uçak bakım hangarları vuruldu."
    assert ("ORG", "Manara Havacılık") in listed(linker.resolve(text, [span(text, "Manara Havacılık", "ORG")]))


# --- a surname in a list of people ------------------------------------------------------------------------------------


def test_a_surname_that_names_a_city_in_a_list_of_people_is_the_person(linker: EntityLinker) -> None:
    text = "Etkinlikte Leyla Erbil'in öyküleri okunacak. Ayrıca Erbil, Camus ve Galeano'dan öyküler paylaşılacak."
    spans = [
        span(text, "Leyla Erbil'in", "PER"),
        span(text, "Erbil", "LOC", nth=1),
        span(text, "Camus", "PER"),
        span(text, "Galeano'dan", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_city_in_a_list_of_cities_stays_a_city(linker: EntityLinker) -> None:
    text = "Mesut Barzani dün konuştu. Erbil, Bağdat ve Musul arasında gerginlik var."
    spans = [span(text, "Mesut Barzani", "PER"), span(text, "Erbil", "LOC"), span(text, "Bağdat", "LOC")]
    spans.append(span(text, "Musul", "LOC"))
    assert ("LOC", "Erbil") in listed(linker.resolve(text, spans))


# --- a maker's name before a model's designation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("THY'nin Boeing 737–800 tipi yolcu uçağı İstanbul'a indi.", "Boeing"),
        ("Airbus A 300B4-203F tipi kargo uçağı apronda bekliyor.", "Airbus"),
        ("Genelkurmay bölgeye Sikorsky tipi bir helikopter gönderdi.", "Sikorsky"),
    ],
)
def test_a_makers_name_before_a_models_type_is_no_body(linker: EntityLinker, text: str, maker: str) -> None:
    found = listed(linker.resolve(text, [span(text, maker, "ORG")]))
    assert not any(name == maker for _, name in found)


def test_a_makers_other_mentions_stay(linker: EntityLinker) -> None:
    text = "Boeing 777 tipi uçak indi. Boeing şirketi kazayla ilgili açıklama yaptı."
    spans = [span(text, "Boeing", "ORG"), span(text, "Boeing", "ORG", nth=1)]
    assert ("ORG", "Boeing") in listed(linker.resolve(text, spans))


# --- the code review's mends ------------------------------------------------------------------------------------------


def test_a_trademark_or_a_products_registration_keeps_the_body(linker: EntityLinker) -> None:
    text = "Malatya kayısısı Avrupa Birliği tescilli ürünler arasına girdi. Turkcell tescilli markasını korudu."
    spans = [span(text, "Malatya", "LOC"), span(text, "Avrupa Birliği", "ORG"), span(text, "Turkcell", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Avrupa Birliği"), ("ORG", "Turkcell")} <= found


def test_a_bodys_ships_keep_the_body(linker: EntityLinker) -> None:
    text = "Greenpeace gemisi limana yanaştı. NATO gemileri Karadeniz'e girdi."
    spans = [span(text, "Greenpeace", "ORG"), span(text, "NATO", "ORG"), span(text, "Karadeniz'e", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Greenpeace"), ("ORG", "NATO")} <= found


@pytest.mark.parametrize("written", ["Soprano Aída Cuevas sahne aldı.", "Zaída Catalán öldü.", "Míla Novak geldi."])
def test_a_short_name_with_an_i_acute_is_no_apostrophe(written: str) -> None:
    assert as_typed(written) is written


@pytest.mark.parametrize(
    ("written", "read"),
    [("Türkiyeíyle görüştü.", "Türkiye'yle görüştü."), ("Ankaraídaki toplantı", "Ankara'daki toplantı")],
)
def test_more_case_endings_after_an_i_acute_are_read(written: str, read: str) -> None:
    assert as_typed(written) == read


@pytest.mark.parametrize(("word", "noun"), [("Çamlık", "mevkiinde"), ("Çiftlik", "yaylasında"), ("Moda", "semtinde")])
def test_a_common_word_opening_a_sentence_before_a_localitys_noun_stays_the_place(
    linker: EntityLinker, word: str, noun: str
) -> None:
    text = f"{word} {noun} dün bir kaza meydana geldi. Yaralılar hastaneye kaldırıldı."
    assert ("LOC", word) in listed(linker.resolve(text, []))


def test_a_clubs_fans_celebrations_keep_the_club(linker: EntityLinker) -> None:
    text = "Galatasaray Kutlamaları sırasında 3 kişi yaralandı."
    assert ("ORG", "Galatasaray") in listed(linker.resolve(text, [span(text, "Galatasaray", "ORG")]))


def test_two_foreign_double_given_names_before_a_couples_noun_stay_whole(linker: EntityLinker) -> None:
    text = "Jean-Claude Juncker ile Marie-Claire Dupont çifti Brüksel'de görüldü."
    found = listed(linker.resolve(text, [span(text, "Jean-Claude Juncker", "PER")]))
    assert ("PER", "Jean-Claude Juncker") in found


def test_a_clubs_chair_is_an_office(linker: EntityLinker) -> None:
    text = "Trabzonspor Başkanlığına Muharrem Usta seçildi."
    spans = [span(text, "Trabzonspor Başkanlığına", "ORG"), span(text, "Muharrem Usta", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Trabzonspor") in found
    assert not any("Başkanlığı" in name for _, name in found)


def test_a_firms_works_named_with_a_case_ending_are_no_grounds(linker: EntityLinker) -> None:
    text = "Yangın Alsim Alarko Sanayi Tesisleri'nde çıktı."
    found = listed(linker.resolve(text, [span(text, "Alsim Alarko Sanayi Tesisleri'nde", "ORG")]))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_plurals_ablative_opens_no_persons_name(linker: EntityLinker) -> None:
    text = "Sarı Kanaryalardan Emre Belözoğlu da sakatlandı."
    found = listed(linker.resolve(text, [span(text, "Emre Belözoğlu", "PER")]))
    assert ("PER", "Emre Belözoğlu") in found


def test_two_fields_set_apart_by_commas_open_a_ministrys_name(linker: EntityLinker) -> None:
    text = "Rapor Bilim, Sanayi, Ticaret ve Teknoloji Bakanlığı'na sunuldu."
    found = listed(linker.resolve(text, [span(text, "Teknoloji Bakanlığı'na", "ORG")]))
    assert any(name.startswith("Bilim, Sanayi, Ticaret") for _, name in found)


def test_a_single_couples_noun_parts_a_couple(linker: EntityLinker) -> None:
    text = "Kazada Selvi-Mustafa Gülhan çifti yaralandı."
    found = listed(linker.resolve(text, [span(text, "Selvi-Mustafa Gülhan", "PER")]))
    assert ("PER", "Mustafa Gülhan") in found


def test_a_person_so_named_before_an_aircraft_stays(linker: EntityLinker) -> None:
    text = "Ali Kaya adlı pilot uçağı piste indirdi."
    assert listed(linker.resolve(text, [span(text, "Ali Kaya", "PER")])) == {("PER", "Ali Kaya")}


# --- animals named after people; a date glued before a body -----------------------------------------------------------


def test_animals_named_after_people_are_no_one(linker: EntityLinker) -> None:
    text = "Köyde daha önce de Saddam ve Bush adlı boğalar güreştirilmişti."
    spans = [span(text, "Saddam", "PER"), span(text, "Bush", "PER")]
    assert listed(linker.resolve(text, spans)) == set()


def test_two_papers_so_named_stay_bodies(linker: EntityLinker) -> None:
    text = "Olayı Hürriyet ve Milliyet adlı gazeteler yazdı."
    spans = [span(text, "Hürriyet", "ORG"), span(text, "Milliyet", "ORG")]
    assert {("ORG", "Hürriyet"), ("ORG", "Milliyet")} <= listed(linker.resolve(text, spans))


def test_a_person_with_a_dog_so_named_stays(linker: EntityLinker) -> None:
    text = "Ayşe Kaya ile Karabaş adlı köpeği parkta gezdi."
    assert ("PER", "Ayşe Kaya") in listed(linker.resolve(text, [span(text, "Ayşe Kaya", "PER")]))


def test_a_date_before_a_known_body_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Konser, 27 Kasım İstanbul Büyükşehir Belediyesi Kültür Merkezi'nde verilecek."
    found = listed(linker.resolve(text, [span(text, "Kasım İstanbul Büyükşehir Belediyesi", "ORG")]))
    assert ("ORG", "İstanbul Büyükşehir Belediyesi") in found
    assert not any("Kasım" in name for _, name in found)


def test_a_date_opening_a_bodys_own_name_stays(linker: EntityLinker) -> None:
    text = "Öğrenciler 19 Mayıs Üniversitesi'nde toplandı."
    found = listed(linker.resolve(text, [span(text, "19 Mayıs Üniversitesi'nde", "ORG")]))
    assert any(name.startswith("19 Mayıs") for _, name in found)


# --- the second code review's mends -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bölgede IŞİD tipi örgütlenme yayılıyor.", "IŞİD"),
        ("Avrupa Birliği modelinde bir yapı kuruldu.", "Avrupa Birliği"),
        ("Airbus'ın A350 tipi uçağı tanıtıldı.", "Airbus'ın"),
    ],
)
def test_a_bodys_style_or_its_own_model_keeps_the_body(linker: EntityLinker, text: str, body: str) -> None:
    assert any(kind == "ORG" for kind, _ in listed(linker.resolve(text, [span(text, body, "ORG")])))


def test_a_designation_with_three_capitals_is_a_models(linker: EntityLinker) -> None:
    text = "THY'nin Boeing 737 MAX 8 tipi uçağı İstanbul'a indi."
    found = listed(linker.resolve(text, [span(text, "Boeing", "ORG")]))
    assert not any(name == "Boeing" for _, name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yönetmen Ahmet Yılmaz ve Karaoğlan adlı filmleri ödül aldı. Ahmet Yılmaz teşekkür etti.", "Ahmet Yılmaz"),
        ("Mehmet Demir ve Çomar adlı köpekleri parkta gezdi.", "Mehmet Demir"),
    ],
)
def test_a_person_before_a_pairs_named_thing_stays(linker: EntityLinker, text: str, person: str) -> None:
    assert ("PER", person) in listed(linker.resolve(text, [span(text, person, "PER")]))


@pytest.mark.parametrize(("written", "read"), [("ABínin kararı", "AB'nin kararı"), ("BMíde oylama", "BM'de oylama")])
def test_an_acronym_before_an_i_acute_and_a_suffix_is_read(written: str, read: str) -> None:
    assert as_typed(written) == read


@pytest.mark.parametrize("word", ["Baraj", "Dağ"])
def test_a_common_word_before_a_lake_or_a_hill_opening_a_sentence_is_no_place(linker: EntityLinker, word: str) -> None:
    text = f"{word} {'gölünde' if word == 'Baraj' else 'tepesinde'} bir ceset bulundu. Polis inceleme başlattı."
    assert not any(name == word for _, name in listed(linker.resolve(text, [])))


def test_a_town_before_tescilli_stays(linker: EntityLinker) -> None:
    text = "Kayseri tescilli mantı markası tanıtıldı."
    assert ("LOC", "Kayseri") in listed(linker.resolve(text, [span(text, "Kayseri", "LOC")]))


def test_a_town_named_like_a_legal_form_stays(linker: EntityLinker) -> None:
    text = "Formula 1 yarışı dün Belçika'nın Spa kentinde yapıldı."
    found = listed(linker.resolve(text, [span(text, "Belçika'nın", "LOC"), span(text, "Spa", "LOC")]))
    assert ("LOC", "Spa") in found


def test_a_list_of_animals_named_after_people_is_no_one(linker: EntityLinker) -> None:
    text = "Köyde daha önce Saddam, Bush ve Obama adlı boğalar güreşti."
    spans = [span(text, "Saddam", "PER"), span(text, "Bush", "PER"), span(text, "Obama", "PER")]
    assert listed(linker.resolve(text, spans)) == set()


def test_a_list_of_people_so_named_stays(linker: EntityLinker) -> None:
    text = "Ahmet Kaya, Mehmet Demir ve Ali Can adlı öğrenciler ödül aldı."
    spans = [span(text, "Ahmet Kaya", "PER"), span(text, "Mehmet Demir", "PER"), span(text, "Ali Can", "PER")]
    assert len(listed(linker.resolve(text, spans))) == 3


def test_a_date_with_its_year_before_a_known_body_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Konser, 27 Kasım 2024 İstanbul Büyükşehir Belediyesi salonunda verilecek."
    found = listed(linker.resolve(text, [span(text, "27 Kasım 2024 İstanbul Büyükşehir Belediyesi", "ORG")]))
    assert ("ORG", "İstanbul Büyükşehir Belediyesi") in found
    assert not any("Kasım" in name for _, name in found)
