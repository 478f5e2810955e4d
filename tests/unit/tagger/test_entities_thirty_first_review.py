"""EntityLinker.resolve on what a thirty-first review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.language import detect

from tests.unit.tagger.labelled import listed, span

# --- a word the model left out of a name the knowledge base knows -------------------------------------------------


def test_a_funds_first_word_read_as_a_rank_joins_the_name(linker: EntityLinker) -> None:
    text = "Şirkete Intel Capital, General Catalyst ve Qualcomm Ventures yatırım yaptı."
    found = listed(linker.resolve(text, [span(text, "Intel Capital", "ORG"), span(text, "Catalyst", "PER")]))
    assert ("ORG", "General Catalyst") in found
    assert not any(kind == "PER" for kind, _ in found)


def test_a_title_before_a_person_the_lists_know_with_it_stays_out(linker: EntityLinker) -> None:
    text = "Prens William, St. Andrews'te eğitim gördü."
    assert ("PER", "William") in listed(linker.resolve(text, [span(text, "William", "PER")]))


# --- a name hard-wrapped at a line's end ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "Araştırmayı yüksekokuldan Maria\nZuber, uzay araçlarının verileriyle yaptı.",
            [("Maria", "PER", 0), ("Zuber", "PER", 0)],
            "Maria Zuber",
        ),
        ("Ünlü yazar Barlas \nKobaner'in yeni kitabı çıktı.", [("Barlas", "PER", 0)], "Barlas Kobaner"),
        (
            "Ekipte Sibel Efendiev ve Marina\nKvlıvıdze de yer aldı.",
            [("Sibel Efendiev", "PER", 0), ("Marina", "LOC", 0)],
            "Marina Kvlıvıdze",
        ),
    ],
)
def test_a_given_name_ending_a_line_and_the_surname_opening_the_next_are_one_person(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType, int]], name: str
) -> None:
    found = listed(linker.resolve(text, [span(text, words, kind, nth) for words, kind, nth in spans]))
    assert ("PER", name) in found
    assert ("PER", name.split(maxsplit=1)[0]) not in found


@pytest.mark.parametrize(
    ("text", "given", "other"),
    [
        ("Toplantıya katılan Ali\nBakan Yılmaz'ı dinledi.", "Ali", "Bakan"),
        ("Sonra Ayşe\nAnkara'da kaldı ve dönmedi.", "Ayşe", "Ankara"),
        ("Kızı Zeynep\nBu sabah okula gitti.", "Zeynep", "Bu"),
        ("Ödülü Selin\n\nDemir Çelik'in yöneticisi verdi.", "Selin", "Demir"),
        ("Uçağa Papa Francis\nYaklaşık yüz kişiyle bindi.", "Francis", "Yaklaşık"),
        ("Kadroda şunlar var: Kerem\nÖzer\nSerkan", "Kerem", "Özer"),
        ("Kadroda şunlar var: Ahmet\nKarakaya\nSerkan", "Ahmet", "Karakaya"),
        ("Ödülü Selin\n\nKaraoğlu verdi ve ayrıldı.", "Selin", "Karaoğlu"),
        ("Adaylar: Vaveyla - Sıla\nEs - Mustafa Ceceli", "Sıla", "Es"),
    ],
)
def test_a_given_name_ending_a_line_takes_no_title_place_or_next_paragraph(
    linker: EntityLinker, text: str, given: str, other: str
) -> None:
    found = listed(linker.resolve(text, [span(text, given, "PER")]))
    assert not any(other in name.split() and given in name.split() for _kind, name in found)


# --- a month dated by its year after a name ------------------------------------------------------------------------


def test_a_month_before_a_year_is_no_part_of_a_name(linker: EntityLinker) -> None:
    text = "Başbakan Silvio Berlusconi Kasım 2011'de istifa etti. Berlusconi'nin yerine Monti geldi."
    found = listed(
        linker.resolve(text, [span(text, "Silvio Berlusconi Kasım", "PER"), span(text, "Berlusconi'nin", "PER")])
    )
    assert found == {("PER", "Silvio Berlusconi")}


def test_a_surname_a_month_spells_stays_with_two_words(linker: EntityLinker) -> None:
    text = "Ödülü Ali Kasım 2011'de almıştı."
    assert ("PER", "Ali Kasım") in listed(linker.resolve(text, [span(text, "Ali Kasım", "PER")]))


# --- a firm's or a party's noun after a town's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesis, Hattat Holding ve Çinli Datong firması tarafından açıldı.", "Datong"),
        ("Şubat 2011'de Fina Gael partisi iktidara geldi.", "Fina Gael"),
    ],
)
def test_a_town_before_a_firms_or_a_partys_noun_is_the_body(linker: EntityLinker, text: str, name: str) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, name, "LOC")]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Türkiye markası yurt dışında tanınıyor.", "Türkiye"),
        ("Ankara firmasının yöneticileri tutuklandı.", "Ankara"),
    ],
)
def test_a_country_or_a_turkish_town_before_a_firms_noun_stays_a_place(
    linker: EntityLinker, text: str, name: str
) -> None:
    assert ("LOC", name) in listed(linker.resolve(text, [span(text, name, "LOC")]))


def test_a_person_after_a_firms_noun_is_the_firm(linker: EntityLinker) -> None:
    text = "Çanta ve giyim firması Paul Frank, düzenlediği parti için özür diledi."
    assert ("ORG", "Paul Frank") in listed(linker.resolve(text, [span(text, "Paul Frank", "PER")]))


# --- places by a lower-case noun after them -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Balıkçılar, kıyıya yakın Zanbor nehrinde ağ attı.", "Zanbor"),
        ("Tuzhurmatu ilçesine bağlı Yengice nahiyesinde gösteri düzenlendi.", "Yengice"),
    ],
)
def test_a_river_or_a_sub_district_the_model_missed_is_a_place(linker: EntityLinker, text: str, name: str) -> None:
    assert ("LOC", name) in listed(linker.resolve(text, []))


def test_a_country_with_a_case_ending_and_no_apostrophe_is_the_country(linker: EntityLinker) -> None:
    text = "Üretim İrlandadaki tesislerden Almanyadaki tesislere aktarıldı."
    assert {("LOC", "İrlanda"), ("LOC", "Almanya")} <= listed(linker.resolve(text, []))


# --- a university's boards and a board's offices --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Yılmaz, Fakülte Kurulu ve Üniversite Senatosu toplantısına katıldı.", "Fakülte Kurulu"),
        ("Yılmaz, Üniversite Senatosu toplantısına katıldı.", "Üniversite Senatosu"),
        ("Yılmaz daha önce Bölüm Başkanlığı görevini yürüttü.", "Bölüm Başkanlığı"),
        ("Yılmaz, Fakülte Yönetim Kurulu toplantısına katıldı.", "Fakülte Yönetim Kurulu"),
        (
            "Yılmaz, Fakülte Kurulu Üyeliği ve Üniversite Senatosu Üyeliği yaptı.",
            "Fakülte Kurulu Üyeliği ve Üniversite Senatosu Üyeliği",
        ),
    ],
)
def test_a_universitys_board_or_office_alone_is_no_body(linker: EntityLinker, text: str, model: str) -> None:
    assert not any(kind == "ORG" for kind, _ in listed(linker.resolve(text, [span(text, model, "ORG")])))


def test_a_boards_office_after_a_body_is_the_body(linker: EntityLinker) -> None:
    text = "Bank Asya'da çalışan Ahmet Yılmaz, Bank Asya Yönetim Kurulu Başkanlığına atandı."
    found = listed(
        linker.resolve(
            text,
            [
                span(text, "Bank Asya'da", "ORG"),
                span(text, "Ahmet Yılmaz", "PER"),
                span(text, "Bank Asya Yönetim Kurulu Başkanlığına", "ORG"),
            ],
        )
    )
    assert ("ORG", "Bank Asya") in found
    assert not any(kind == "ORG" and "Kurulu" in name for kind, name in found)


def test_a_body_named_for_its_board_stays(linker: EntityLinker) -> None:
    text = "Sermaye Piyasası Kurulu yeni düzenlemeyi açıkladı."
    assert ("ORG", "Sermaye Piyasası Kurulu") in listed(
        linker.resolve(text, [span(text, "Sermaye Piyasası Kurulu", "ORG")])
    )


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("Dosya, Yüksek Fen Kurulu Başkanlığına gönderildi.", "Yüksek Fen Kurulu Başkanlığına", "Yüksek Fen Kurulu"),
        (
            "Rapor, Başbakanlık Yüksek Denetleme Kurulu Başkanlığına sunuldu.",
            "Başbakanlık Yüksek Denetleme Kurulu Başkanlığına",
            "Başbakanlık Yüksek Denetleme Kurulu",
        ),
    ],
)
def test_a_board_with_a_name_of_its_own_loses_only_the_office(
    linker: EntityLinker, text: str, model: str, name: str
) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, model, "ORG")]))


# --- a no-break space between a name's words ------------------------------------------------------------------------


def test_a_club_written_with_a_no_break_space_is_found_whole(linker: EntityLinker) -> None:
    text = "Ligde 1461\u00a0Trabzon, deplasmanda Giresunspor'u 2-1 yendi."
    assert ("ORG", "1461 Trabzon") in listed(linker.resolve(text, [span(text, "Trabzon", "ORG")]))


# --- a results table of foreign names in Turkish copy ---------------------------------------------------------------


def test_a_results_table_of_foreign_names_is_turkish_copy() -> None:
    text = (
        "NBA'de toplu sonuçlar\n\nNBA'de dün gece 5 maç oynandı.\n"
        "Brooklyn Nets-Boston Celtics: 76-93\nLos Angeles Lakers-New York Knicks: 100-94\n"
        "Miami Heat-Oklahoma City Thunder: 103-97\nLos Angeles Clippers-Denver Nuggets: 112-100"
    )
    assert detect(text).code == "tr"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The president's speech in Paris was followed by protests in the streets on Monday.", "en"),
        ("Le président a parlé aujourd'hui à l'Assemblée nationale sur la réforme des retraites.", "fr"),
        ("El presidente de España habló hoy en Madrid sobre la crisis y las elecciones de Los Angeles.", "es"),
    ],
)
def test_apostrophes_of_other_languages_are_no_turkish_case_ending(text: str, code: str) -> None:
    assert detect(text).code == code


# --- a body's span opening with where it is, or with a nationality ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        (
            "Dava, Güney Kıbrıslı Libananco isimli şirketin başvurusuyla açıldı.",
            "Güney Kıbrıslı Libananco",
            "Libananco",
        ),
        ("İsviçreli Viatrans ve Meydanbey ortak girişimi ihaleyi aldı.", "İsviçreli Viatrans", "Viatrans"),
    ],
)
def test_a_nationality_word_opening_a_firms_name_is_cut(linker: EntityLinker, text: str, model: str, name: str) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, model, "ORG")]))


def test_two_directions_a_hyphen_joins_are_no_place(linker: EntityLinker) -> None:
    text = "Ülkenin Doğu-Batı yakası ile Kuzey- Güney yakası arasında bağ kurulmalı."
    found = listed(linker.resolve(text, [span(text, "Doğu-Batı", "LOC"), span(text, "Kuzey- Güney", "LOC")]))
    assert not any(kind == "LOC" for kind, _ in found)


def test_a_given_name_of_a_list_of_first_names_takes_no_wrapped_name(linker: EntityLinker) -> None:
    text = "Golleri Alex ve Semih\nSertan'ın pasıyla attı."
    found = listed(
        linker.resolve(text, [span(text, "Alex", "PER"), span(text, "Semih", "PER"), span(text, "Sertan'ın", "PER")])
    )
    assert ("PER", "Semih Sertan") not in found


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("Töreni Mehmet Ali Kasım 1990'da düzenledi.", "Mehmet Ali Kasım", "Mehmet Ali Kasım"),
        ("Ödülü Ayşe Nur Temmuz 2015'te aldı.", "Ayşe Nur Temmuz", "Ayşe Nur Temmuz"),
    ],
)
def test_a_month_after_a_given_name_is_the_surname(linker: EntityLinker, text: str, model: str, name: str) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, model, "PER")]))


def test_a_place_named_by_a_date_keeps_its_month(linker: EntityLinker) -> None:
    text = "Ondokuz Mayıs 1919 yılında Samsun'a çıktı."
    assert ("LOC", "Samsun") in listed(linker.resolve(text, [span(text, "Samsun'a", "LOC")]))
    text = "Törene Ondokuz Mayıs 1919 Derneği katıldı."
    assert not any(
        name == "Ondokuz" for _kind, name in listed(linker.resolve(text, [span(text, "Ondokuz Mayıs", "LOC")]))
    )


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dubai firması Emaar yeni projesini açıkladı.", "Dubai"),
        ("Paris partisi günlerce konuşuldu.", "Paris"),
        ("Datong firması tesis kurdu. Datong kentinde üretim başladı.", "Datong"),
    ],
)
def test_a_town_before_a_firms_noun_stays_where_the_copy_says_so(linker: EntityLinker, text: str, town: str) -> None:
    spans = [span(text, town, "LOC", n) for n in range(text.count(town))]
    assert ("LOC", town) in listed(linker.resolve(text, spans))


def test_a_boards_two_functions_a_ve_joins_go_with_the_office(linker: EntityLinker) -> None:
    text = "Bursaspor Yönetim ve Denetim Kurulu Üyeleri toplandı."
    found = listed(linker.resolve(text, [span(text, "Bursaspor Yönetim ve Denetim Kurulu Üyeleri", "ORG")]))
    assert ("ORG", "Bursaspor") in found
    assert not any("Yönetim" in name and "Denetim" not in name for _kind, name in found)


def test_an_audit_board_alone_is_no_body(linker: EntityLinker) -> None:
    text = "Bankada Denetleme Kurulu Üyeliği görevini yürüttü."
    assert not any(kind == "ORG" for kind, _ in listed(linker.resolve(text, [span(text, "Denetleme Kurulu", "ORG")])))


def test_a_wrapped_surname_that_is_a_given_name_too_joins_where_the_model_read_it_as_a_person(
    linker: EntityLinker,
) -> None:
    text = "Ulaştırma Bakanı Binali \n Yıldırım: Teknik iniş ne demek dedi."
    found = listed(linker.resolve(text, [span(text, "Binali", "PER"), span(text, "Yıldırım", "PER")]))
    assert ("PER", "Binali Yıldırım") in found
