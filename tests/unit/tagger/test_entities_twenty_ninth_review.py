"""EntityLinker.resolve on what a twenty-ninth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- an epithet before a leader's name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Tören, Ulu Önder Atatürk ve şehitler için yapılan saygı duruşuyla başladı.", "Atatürk"),
        ("Öğrenciler Büyük Önder Atatürk'ün Anıtkabir'deki mozolesini ziyaret etti.", "Önder Atatürk'ün"),
        ("Törende Ulu Önder Mustafa Kemal Atatürk saygıyla anıldı.", "Ulu Önder Mustafa Kemal Atatürk"),
    ],
)
def test_an_epithet_is_no_part_of_the_name(linker: EntityLinker, text: str, model: str) -> None:
    people = {name for kind, name in listed(linker.resolve(text, [span(text, model, "PER")])) if kind == "PER"}
    assert people == {"Mustafa Kemal Atatürk"}


def test_a_given_name_after_a_capitalised_great_stays(linker: EntityLinker) -> None:
    text = "Büyük Önder Sav CHP kurultayında konuştu."
    assert ("PER", "Önder Sav") in listed(linker.resolve(text, [span(text, "Önder Sav", "PER")]))


def test_a_given_name_like_the_epithets_word_stays(linker: EntityLinker) -> None:
    text = "Teknik direktör Önder Özen yeni sezonun kadrosunu açıkladı."
    assert ("PER", "Önder Özen") in listed(linker.resolve(text, [span(text, "Önder Özen", "PER")]))


# --- titles and roles, no names -------------------------------------------------------------------------------------


def test_a_member_of_parliaments_abbreviation_is_a_title(linker: EntityLinker) -> None:
    text = "Yazar Ahmet Tekin, Eskişehir MV ve eski bakan Ali Veli ile görüştü."
    found = listed(linker.resolve(text, [span(text, "Ahmet Tekin", "PER"), span(text, "Eskişehir MV", "ORG")]))
    assert ("LOC", "Eskişehir") in found
    assert not any("MV" in name for _, name in found)


def test_what_an_office_abroad_is_responsible_for_is_no_body(linker: EntityLinker) -> None:
    text = "Şirketin Türkiye'den Sorumlu Genel Müdürü Ali Kaya açıklama yaptı."
    model = [span(text, "Türkiye'den Sorumlu", "ORG"), span(text, "Ali Kaya", "PER")]
    assert not any("Sorumlu" in name for _, name in listed(linker.resolve(text, model)))


def test_a_title_abbreviation_alone_is_no_one(linker: EntityLinker) -> None:
    text = "Hat sanatı alanında Yrd. Doç .Dr. Hüseyin Öksüz ders verdi."
    found = listed(linker.resolve(text, [span(text, "Doç", "PER"), span(text, "Hüseyin Öksüz", "PER")]))
    assert found == {("PER", "Hüseyin Öksüz")}


def test_what_an_officer_is_responsible_for_is_no_body(linker: EntityLinker) -> None:
    text = (
        "Galatasaray Kulübü Başkanı Ünal Aysal, Voleyboldan Sorumlu Yönetim Kurulu Üyesi Mehmet Cibara ve İcra "
        "Kurulu Başkanı Lutfi Arıboğan imza törenine katıldı."
    )
    model = [span(text, "Voleyboldan", "ORG"), span(text, "Mehmet Cibara", "PER")]
    assert not any("Sorumlu" in name for _, name in listed(linker.resolve(text, model)))


@pytest.mark.parametrize(
    ("text", "model", "person"),
    [
        ("Milletvekili Roman Khudyakov konuştu.", "Milletvekili Roman Khudyakov", "Roman Khudyakov"),
        (
            "Veteriner Hekim Tercan Metin, kış aylarında bu tür durumla karşılaştıklarını belirtti.",
            "Veteriner Hekim Tercan Metin",
            "Tercan Metin",
        ),
    ],
)
def test_a_person_after_an_office_inside_a_bodys_span(linker: EntityLinker, text: str, model: str, person: str) -> None:
    assert listed(linker.resolve(text, [span(text, model, "ORG")])) == {("PER", person)}


@pytest.mark.parametrize(
    ("text", "model", "kind"),
    [
        ("Başbakanlık Özel Kalem Müdür Muavini Şefik Kaya geldi.", "Başbakanlık Özel Kalem Müdür Muavini Şefik", "LOC"),
        ("Takım Vali Kemal Yazıcıoğlu Tesisleri'nde kamp yaptı.", "Vali Kemal Yazıcıoğlu Tesisleri'nde", "LOC"),
    ],
)
def test_no_person_after_an_office_where_a_title_or_a_place_follows(
    linker: EntityLinker, text: str, model: str, kind: EntityType
) -> None:
    found = listed(linker.resolve(text, [span(text, model, kind)]))
    assert not any(name.startswith(("Muavini", "Kemal Yazıcıoğlu")) for kind, name in found if kind == "PER")


def test_three_words_of_a_name_after_an_office(linker: EntityLinker) -> None:
    text = "Milletvekili Roman Ivanovich Khudyakov konuştu."
    found = listed(linker.resolve(text, [span(text, "Milletvekili Roman Ivanovich Khudyakov", "ORG")]))
    assert found == {("PER", "Roman Ivanovich Khudyakov")}


@pytest.mark.parametrize(
    ("text", "model", "kind"),
    [
        ("Gaziantep'in Şehit Kamil ilçesinde yangın çıktı.", "Şehit Kamil", "LOC"),
        ("Mahalleli Şehit Ahmet Kaya Sokak'ta toplandı.", "Şehit Ahmet Kaya Sokak'ta", "LOC"),
        ("Takım Başkan Ahmet Yılmaz Tesisi'nde çalıştı.", "Başkan Ahmet Yılmaz Tesisi'nde", "LOC"),
    ],
)
def test_a_place_or_body_named_after_a_titled_person_makes_no_person(
    linker: EntityLinker, text: str, model: str, kind: EntityType
) -> None:
    found = listed(linker.resolve(text, [span(text, model, kind)]))
    assert not any(k == "PER" and name in ("Kamil", "Ahmet Kaya Sokak", "Ahmet Yılmaz Tesisi") for k, name in found)


def test_a_towns_member_of_parliament_keeps_the_town(linker: EntityLinker) -> None:
    text = "Toplantıya Kars Milletvekili Ahmet Arslan da katıldı."
    found = listed(linker.resolve(text, [span(text, "Kars Milletvekili Ahmet Arslan", "ORG")]))
    assert ("LOC", "Kars") in found


# --- a party's name of "our", a country before a league, a group by its -li form -----------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Seçimde Evimiz İsrail (Yisrael Beitenu) 15 sandalye kazandı.", "Evimiz İsrail"),
        ("Evimiz İsrail'in lideri Lieberman istifa etti.", "Evimiz İsrail'in"),
    ],
)
def test_a_partys_name_of_our_home_stays_whole(linker: EntityLinker, text: str, model: str) -> None:
    assert ("ORG", "İsrail") not in listed(linker.resolve(text, [span(text, model, "ORG")]))


@pytest.mark.parametrize(
    ("text", "model", "country"),
    [
        ("İspanya La Liga'da liderliğini sürdüren takım yine kazandı.", "İspanya La Liga'da", "İspanya"),
        ("Almanya Bundesliga'da lider takım puan kaybetti.", "Almanya Bundesliga'da", "Almanya"),
        ("Suudi Arabistan Premier Lig'de oynayan futbolcu döndü.", "Suudi Arabistan Premier Lig'de", "Suudi Arabistan"),
    ],
)
def test_a_country_glued_to_its_league_is_the_country(
    linker: EntityLinker, text: str, model: str, country: str
) -> None:
    assert listed(linker.resolve(text, [span(text, model, "ORG")])) == {("LOC", country)}


def test_a_clubs_supporters_are_no_name_nor_part_of_one(linker: EntityLinker) -> None:
    text = "Başkan Aziz Yıldırım F.Bahçelilere seslendi."
    model = [span(text, "Aziz Yıldırım", "PER"), span(text, "F.Bahçelilere", "ORG")]
    assert listed(linker.resolve(text, model)) == {("PER", "Aziz Yıldırım")}


def test_a_city_and_its_councils_abbreviation_are_one_body(linker: EntityLinker) -> None:
    text = "Sezona iyi başlamamıştık. İstanbul BŞB ile Gaziantepspor maçlarını kaybettik."
    model = [span(text, "İstanbul", "LOC"), span(text, "BŞB", "ORG"), span(text, "Gaziantepspor", "ORG")]
    found = listed(linker.resolve(text, model))
    assert ("ORG", "İstanbul BŞB") in found
    assert ("LOC", "İstanbul") not in found


def test_a_city_and_its_councils_short_abbreviation_are_one_body(linker: EntityLinker) -> None:
    text = "Beşiktaş İnönü'de Ankara BB ile 2-2 berabere kaldı."
    found = listed(linker.resolve(text, [span(text, "Ankara", "LOC"), span(text, "BB", "ORG")]))
    assert ("ORG", "Ankara BB") in found


# --- nationalities beside names -------------------------------------------------------------------------------------


def test_a_nationalitys_compound_after_a_surname_is_the_nouns(linker: EntityLinker) -> None:
    text = "Büyükelçi Alper Coşkun konuştu. Büyükelçi Coşkun Türk-İslam coğrafyasının ortak değeri olarak şairi andı."
    model = [span(text, "Alper Coşkun", "PER"), span(text, "Coşkun Türk-İslam", "PER")]
    assert listed(linker.resolve(text, model)) == {("PER", "Alper Coşkun")}


def test_a_nationality_after_a_known_person_before_a_noun_is_the_nouns(linker: EntityLinker) -> None:
    text = "Bogdan Tanjevic ayrıldı. Tanjevic Türk basketboluna büyük hizmetler verdi."
    model = [span(text, "Bogdan Tanjevic", "PER"), span(text, "Tanjevic Türk", "PER")]
    people = {name for kind, name in listed(linker.resolve(text, model)) if kind == "PER"}
    assert len(people) == 1
    assert "Türk" not in next(iter(people))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Erdoğan Yörük gol attı.", "Erdoğan Yörük"),
        ("Fidan Türkmen açıklama yaptı.", "Fidan Türkmen"),
        ("Ayşe Türk-Yılmaz açıklama yaptı.", "Ayşe Türk-Yılmaz"),
    ],
)
def test_a_given_name_and_a_nationalitys_surname_stay_one_person(linker: EntityLinker, text: str, name: str) -> None:
    assert listed(linker.resolve(text, [span(text, name, "PER")])) == {("PER", name)}


def test_a_person_surnamed_as_a_nationality_keeps_the_surname(linker: EntityLinker) -> None:
    text = "DTK Eş Başkanı Ahmet Türk basın toplantısı düzenledi."
    assert ("PER", "Ahmet Türk") in listed(linker.resolve(text, [span(text, "Ahmet Türk", "PER")]))


def test_a_nationality_before_an_unknown_paper_is_the_papers_country(linker: EntityLinker) -> None:
    text = "Fransız Le Figaro gazetesi haberi manşetten verdi."
    assert listed(linker.resolve(text, [span(text, "Fransız Le Figaro", "ORG")])) == {("ORG", "Le Figaro")}


def test_a_nationality_before_a_thing_the_lists_know_stays(linker: EntityLinker) -> None:
    text = "Japon Nikkei gazetesi haberi duyurdu."
    assert listed(linker.resolve(text, [span(text, "Japon Nikkei", "ORG")])) != set()


def test_a_nationality_before_a_magazine_of_common_words_stays(linker: EntityLinker) -> None:
    text = "Türk Dili dergisi yeni sayısını yayımladı."
    found = listed(linker.resolve(text, [span(text, "Türk Dili", "ORG")]))
    assert ("ORG", "Dili") not in found


# --- a question's word, two clubs side by side ----------------------------------------------------------------------


def test_a_question_word_opening_questions_is_no_one(linker: EntityLinker) -> None:
    text = "Soruşturma sürüyor. Kim, neye dayanarak bu kararı verdi? Ahmet Yılmaz açıklamadı. Kim neden sızdırdı?"
    model = [span(text, "Kim", "PER"), span(text, "Ahmet Yılmaz", "PER"), span(text, "Kim", "PER", nth=1)]
    assert listed(linker.resolve(text, model)) == {("PER", "Ahmet Yılmaz")}


def test_a_word_opening_a_statement_too_stays(linker: EntityLinker) -> None:
    text = "Soruşturma sürüyor. Kim, bunu neden yaptı? Kim dün de Seul'de açıklama yaptı."
    model = [span(text, "Kim", "PER"), span(text, "Kim", "PER", nth=1)]
    assert ("PER", "Kim") in listed(linker.resolve(text, model))


def test_a_surname_opening_a_question_stays_where_the_article_names_the_person(linker: EntityLinker) -> None:
    text = "Kuzey Kore lideri Kim Jong-un füze denedi. Kim, ABD'yi uyardı. Kim ne istiyor?"
    model = [span(text, "Kim Jong-un", "PER"), span(text, "Kim", "PER", nth=1), span(text, "Kim", "PER", nth=2)]
    people = [name for kind, name in listed(linker.resolve(text, model)) if kind == "PER"]
    assert len(people) == 1
    assert people[0].startswith("Kim Jong")


@pytest.mark.parametrize(
    ("text", "model", "sides"),
    [
        (
            "Fenerbahçe Bursaspor maçı ne zaman oynanacak?",
            "Fenerbahçe Bursaspor",
            {("ORG", "Fenerbahçe"), ("ORG", "Bursaspor")},
        ),
        (
            "Galatasaray Schalke 04 karşısında etkili bir oyun ortaya koydu.",
            "Galatasaray Schalke 04",
            {("ORG", "Galatasaray"), ("ORG", "Schalke 04")},
        ),
    ],
)
def test_two_clubs_side_by_side_before_a_match_are_two(
    linker: EntityLinker, text: str, model: str, sides: set[tuple[str, str]]
) -> None:
    assert listed(linker.resolve(text, [span(text, model, "ORG")])) == sides


def test_a_town_and_its_council_club_stay_one(linker: EntityLinker) -> None:
    text = "Akhisar Belediyespor maçı yarın oynanacak."
    assert listed(linker.resolve(text, [span(text, "Akhisar", "ORG")])) == {("ORG", "Akhisar Belediyespor")}


# --- titles of works ------------------------------------------------------------------------------------------------


def test_titles_named_before_a_counted_works_noun_are_no_names(linker: EntityLinker) -> None:
    text = "Yazarın Il Cantino di Zinco, Manola, Zorro adlı üç romanı vardır."
    model = [span(text, "Il Cantino di Zinco", "PER"), span(text, "Manola", "PER")]
    assert listed(linker.resolve(text, model)) == set()


def test_a_title_named_before_a_works_noun_is_no_name(linker: EntityLinker) -> None:
    text = "Yazar Selin Akın, Kayıp Kuşlar adlı romanında göçü anlatıyor."
    model = [span(text, "Selin Akın", "PER"), span(text, "Kayıp Kuşlar", "ORG")]
    assert listed(linker.resolve(text, model)) == {("PER", "Selin Akın")}


def test_the_author_opening_the_sentence_before_the_titles_stays(linker: EntityLinker) -> None:
    text = "Sevgi Yılmaz, Kuşlar ve Bulutlar adlı iki kitabı yayımladı."
    assert ("PER", "Sevgi Yılmaz") in listed(linker.resolve(text, [span(text, "Sevgi Yılmaz", "PER")]))


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("Ayşe Yılmaz adlı yazarın kitabı çok sattı.", "Ayşe Yılmaz", "PER"),
        ("Yeni Yol adlı partinin programı açıklandı.", "Yeni Yol", "ORG"),
        ("Medyapım adlı şirketin dizisi rekor kırdı.", "Medyapım", "ORG"),
    ],
)
def test_the_owner_of_a_work_named_so_stays(linker: EntityLinker, text: str, name: str, model: EntityType) -> None:
    assert any(n == name for _, n in listed(linker.resolve(text, [span(text, name, model)])))


def test_a_person_named_so_is_a_person(linker: EntityLinker) -> None:
    text = "Ayşe Tekin adlı öğrenci ödül aldı."
    assert listed(linker.resolve(text, [span(text, "Ayşe Tekin", "PER")])) == {("PER", "Ayşe Tekin")}


def test_a_title_before_its_year_and_publisher_is_no_name(linker: EntityLinker) -> None:
    text = "Yazarın kitapları arasında Harikalar Odası (2005, Sel Yayıncılık) de var."
    assert ("ORG", "Harikalar Odası") not in listed(linker.resolve(text, [span(text, "Harikalar Odası", "ORG")]))


def test_people_before_their_years_in_brackets_stay(linker: EntityLinker) -> None:
    text = "Türkiye'den Nobel alan isimler Pamuk (2006) ve Sancar (2015) oldu."
    model = [span(text, "Pamuk", "PER"), span(text, "Sancar", "PER")]
    assert len([name for kind, name in listed(linker.resolve(text, model)) if kind == "PER"]) == 2


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("Fotoğraf: Rima Erdemir / Medyanet (2013)", "Medyanet", "ORG"),
        ("Grup daha önce Kuruçeşme Arena (2006)'da konser verdi.", "Kuruçeşme Arena", "LOC"),
    ],
)
def test_a_credit_or_a_venue_before_a_year_in_brackets_stays(
    linker: EntityLinker, text: str, name: str, model: EntityType
) -> None:
    assert (model, name) in listed(linker.resolve(text, [span(text, name, model)]))


def test_a_venue_named_before_a_compound_of_a_works_noun_stays(linker: EntityLinker) -> None:
    text = "Yolculuk New York'un ünlü Starlight Hall isimli gösteri merkezine uzandı."
    found = listed(linker.resolve(text, [span(text, "Starlight Hall", "ORG")]))
    assert any(name == "Starlight Hall" for _, name in found)


def test_a_person_before_a_year_in_brackets_stays(linker: EntityLinker) -> None:
    text = "Törende Ahmet Yıldız (1950) ve ailesi onurlandırıldı."
    assert ("PER", "Ahmet Yıldız") in listed(linker.resolve(text, [span(text, "Ahmet Yıldız", "PER")]))


# --- second wave: a crosshead glued by a lost line break, a headline's surname glued to a club -----------------------


def test_a_crosshead_in_capitals_before_a_wide_gap_is_cut_off(linker: EntityLinker) -> None:
    text = (
        "Bağışçılar azaldı dedi.   DONÖR SAYISI YETERLİ DEĞİL    Ankara Üniversitesi Tıp Fakültesi Öğretim Üyesi "
        "Prof. Dr. Ali Kaya konuştu."
    )
    model = [span(text, "DEĞİL    Ankara Üniversitesi Tıp Fakültesi", "ORG"), span(text, "Ali Kaya", "PER")]
    found = listed(linker.resolve(text, model))
    assert ("ORG", "Ankara Üniversitesi") in found
    assert not any("DEĞİL" in name for _, name in found)


def test_an_acronym_before_a_narrow_gap_stays(linker: EntityLinker) -> None:
    text = "Toplantıya ABD  Dışişleri Bakanlığı sözcüsü de katıldı."
    found = listed(linker.resolve(text, [span(text, "ABD  Dışişleri Bakanlığı", "ORG")]))
    assert not any(name == "Dışişleri Bakanlığı" for _, name in found)


def test_a_headlines_surname_glued_to_a_known_club_is_two(linker: EntityLinker) -> None:
    text = "Crawford Clippers'ı taşıdı\n\nJamal Crawford'un 25 sayısı galibiyeti getirdi."
    model = [span(text, "Crawford Clippers'ı", "ORG"), span(text, "Jamal Crawford'un", "PER")]
    found = listed(linker.resolve(text, model))
    assert ("PER", "Jamal Crawford") in found
    assert ("ORG", "Los Angeles Clippers") in found
    assert ("ORG", "Crawford Clippers") not in found


def test_a_known_body_named_after_a_person_of_the_article_stays_whole(linker: EntityLinker) -> None:
    text = "Henry Ford anıldı. Ford Otosan yeni yatırımını açıkladı."
    model = [span(text, "Henry Ford", "PER"), span(text, "Ford Otosan", "ORG")]
    assert ("ORG", "Ford Otosan") in listed(linker.resolve(text, model))


def test_a_surname_alone_elsewhere_makes_no_nationality_cut(linker: EntityLinker) -> None:
    text = "Erdoğan açıklama yaptı. Maçta Erdoğan Yörük gol attı."
    model = [span(text, "Erdoğan", "PER"), span(text, "Erdoğan Yörük", "PER")]
    assert ("PER", "Erdoğan Yörük") in listed(linker.resolve(text, model))
