"""EntityLinker.resolve on what a twenty-seventh review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- a body's word in the genitive before spaces of any kind ------------------------------------------------------


@pytest.mark.parametrize("gap", ["  ", "\xa0 ", " \xa0"])
def test_a_body_word_in_the_genitive_before_two_spaces_opens_no_name(linker: EntityLinker, gap: str) -> None:
    text = f"Savcı, Başsavcılığın{gap}Gaziantep Emniyet Müdürlüğü'ne verdiği talimatla operasyon başlattı."
    found = listed(linker.resolve(text, [span(text, f"Başsavcılığın{gap}Gaziantep Emniyet Müdürlüğü'ne", "ORG")]))
    assert found == {("ORG", "Gaziantep Emniyet Müdürlüğü")}


# --- what "isimli" and its noun say -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("Ukrayna basınına konuşan Oleg isimli bir kazazede olayı anlattı.", "Oleg", "ORG"),
        ("İnternetten tanıştığı Han Soo Jin adlı üniversite öğrencisi ile buluştu.", "Han Soo Jin", "ORG"),
        ("Uzun süredir beraber olduğu Müge isimli sevgilisiyle evi terk etti.", "Müge", "LOC"),
    ],
)
def test_a_name_before_isimli_and_a_persons_noun_is_a_person(
    linker: EntityLinker, text: str, name: str, model: EntityType
) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, name, model)]))


@pytest.mark.parametrize(
    "text",
    [
        "Ali adlı öğrenci okulu terk etti.",
        "Ali adlı zanlı şirketi dolandırdı.",
        "Ali adlı kadın derneği ziyaret etti.",
    ],
)
def test_a_persons_noun_before_an_object_keeps_the_person(linker: EntityLinker, text: str) -> None:
    assert listed(linker.resolve(text, [span(text, "Ali", "PER")])) == {("PER", "Ali")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kartalspor adlı kulüp oyuncusunu kadro dışı bıraktı.", "Kartalspor"),
        ("Güneş adlı firma işçisini işten çıkardı.", "Güneş"),
    ],
)
def test_a_bodys_noun_before_a_members_object_keeps_the_body(linker: EntityLinker, text: str, name: str) -> None:
    assert ("PER", name) not in listed(linker.resolve(text, [span(text, name, "ORG")]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kış Uykusu adlı film yönetmeni Cannes'da konuştu.", "Kış Uykusu"),
        ("Simyacı adlı kitap yazarı imza günü düzenledi.", "Simyacı"),
        ("Muhteşem Yüzyıl adlı dizi oyuncusu ödül aldı.", "Muhteşem Yüzyıl"),
    ],
)
def test_a_works_noun_before_its_makers_noun_keeps_the_title_no_name(
    linker: EntityLinker, text: str, name: str
) -> None:
    assert ("PER", name) not in listed(linker.resolve(text, [span(text, name, "PER")]))


def test_a_substance_so_named_is_no_one(linker: EntityLinker) -> None:
    text = "Sebzelere turuncu rengi veren Betakaroten isimli besin maddesinin faydaları çok."
    assert listed(linker.resolve(text, [span(text, "Betakaroten", "PER")])) == set()


# --- instruments and spacecraft ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("Süpernova Hubble teleskobundan elde edilen verilerle bulundu.", "Hubble", "ORG"),
        ("Rosetta sondası kuyruklu yıldıza ulaştı.", "Rosetta", "PER"),
        ("Göktürk 2 uydusu yörüngeye oturtuldu.", "Göktürk", "LOC"),
        ("Cassini uzay aracı Satürn'e ulaştı.", "Cassini", "PER"),
        ("Tayfun füzeleri tatbikatta ateşlendi.", "Tayfun", "PER"),
    ],
)
def test_an_instrument_or_a_spacecraft_named_before_its_noun_is_no_name(
    linker: EntityLinker, text: str, name: str, model: EntityType
) -> None:
    assert not any(found == name for _, found in listed(linker.resolve(text, [span(text, name, model)])))


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("NASA uydusu fırlatıldı.", "NASA", "ORG"),
        ("İran füzeleri tatbikatta ateşlendi.", "İran", "LOC"),
        ("Galileo'nun teleskobu müzede sergileniyor.", "Galileo", "PER"),
        ("Anlaşma Ahmet Yılmaz aracılığıyla yapıldı.", "Ahmet Yılmaz", "PER"),
        ("Gazze roketleri İsrail'e düştü.", "Gazze", "LOC"),
        ("Kandilli teleskobu gökyüzünü taradı.", "Kandilli", "LOC"),
        ("Kayaşehir uydu kenti büyüyor.", "Kayaşehir", "LOC"),
    ],
)
def test_an_owner_before_an_instruments_noun_stays(
    linker: EntityLinker, text: str, name: str, model: EntityType
) -> None:
    assert (model, name) in listed(linker.resolve(text, [span(text, name, model)]))


# --- towns before the plural of a university's noun (tried and left out) ----------------------------------------------


def test_towns_listed_before_universities_stay_places(linker: EntityLinker) -> None:
    text = "İstanbul ve Ankara üniversitelerinde okuyan öğrenciler döndü."
    spans = [span(text, "İstanbul", "LOC"), span(text, "Ankara", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "İstanbul"), ("LOC", "Ankara")}


# --- a couple glued -------------------------------------------------------------------------------------------------


def test_two_full_names_before_a_couples_noun_are_two_people(linker: EntityLinker) -> None:
    text = "Ünlü Justin Bieber Selena Gomez çifti tatilde görüntülendi."
    found = listed(linker.resolve(text, [span(text, "Justin Bieber Selena Gomez", "PER")]))
    assert found == {("PER", "Justin Bieber"), ("PER", "Selena Gomez")}


# --- part of a thing's name the lists hold ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("Henüz yeni olan Assassin's Creed 3'ün ardından yeni oyun geliyor.", "Assassin's", "ORG"),
        ("Henüz yeni olan Assassin's Creed 3'ün ardından yeni oyun geliyor.", "Creed", "PER"),
        ("Görüntüler Rusya'daki iTunes Store'da ekrana geliyor.", "Store'da", "LOC"),
    ],
)
def test_a_part_of_a_things_name_with_an_ending_or_a_number_is_no_name(
    linker: EntityLinker, text: str, name: str, model: EntityType
) -> None:
    found = listed(linker.resolve(text, [span(text, name, model)]))
    assert not any(strip in found_name for _, found_name in found for strip in ("Assassin", "Creed", "Store"))


def test_a_known_maker_before_its_products_name_stays(linker: EntityLinker) -> None:
    text = "Bilgisayar Intel Core i7 işlemcisi ile geliyor."
    assert ("ORG", "Intel") in listed(linker.resolve(text, [span(text, "Intel", "ORG")]))


# --- a list of series ------------------------------------------------------------------------------------------------


def test_the_last_title_of_a_list_before_the_series_noun_is_no_name(linker: EntityLinker) -> None:
    text = "Ödül Muhteşem Yüzyıl, Kurtlar Vadisi ve Ezel dizileri arasında paylaştırıldı."
    assert listed(linker.resolve(text, [span(text, "Ezel", "PER")])) == set()


def test_titles_listed_before_the_series_noun_are_no_names(linker: EntityLinker) -> None:
    text = "Muhteşem Yüzyıl, Kurtlar Vadisi, Ezel, Suskunlar ve Deniz Yıldızı dizileri ödül aldı."
    found = listed(linker.resolve(text, [span(text, "Ezel", "PER"), span(text, "Suskunlar", "ORG")]))
    assert found == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kanal D ve Star TV dizileri reytingde yarıştı.", {("ORG", "Kanal D"), ("ORG", "Star TV")}),
        (
            "Kıvanç Tatlıtuğ ve Beren Saat dizileri yine rekor kırdı.",
            {("PER", "Kıvanç Tatlıtuğ"), ("PER", "Beren Saat")},
        ),
        ("Netflix ve BluTV dizileri yarışıyor.", {("ORG", "BluTV")}),
        ("Yaz aylarında FOX ve Star dizileri tekrar yayınlanıyor.", {("ORG", "Star")}),
        ("Kore ve Hint dizileri Türkiye'de izleniyor.", {("LOC", "Kore")}),
        ("Platformlarda Netflix, BluTV ve Exxen dizileri yarışıyor.", {("ORG", "Exxen")}),
        ("Arda Turan ve Selçuk İnan için özel antrenman programları hazırlandı.", {("PER", "Arda Turan")}),
    ],
)
def test_channels_and_actors_before_the_series_noun_stay(
    linker: EntityLinker, text: str, names: set[tuple[EntityType, str]]
) -> None:
    spans = [span(text, name, kind) for kind, name in names]
    assert names <= listed(linker.resolve(text, spans))


# --- a big club's chair (knowledge base 1.43.0: the big clubs are clubs) ----------------------------------------------


@pytest.mark.parametrize("club", ["Galatasaray", "Fenerbahçe", "Beşiktaş"])
def test_a_big_clubs_chair_is_an_office_of_the_club(linker: EntityLinker, club: str) -> None:
    text = f"Eski yönetici, {club} Başkanlığına aday olduğunu açıkladı."
    assert listed(linker.resolve(text, [span(text, f"{club} Başkanlığına", "ORG")])) == {("ORG", club)}


# --- a regnal numeral the model read apart --------------------------------------------------------------------------


def test_a_regnal_numeral_and_the_name_after_its_full_stop_are_one_person(linker: EntityLinker) -> None:
    text = "Danimarka Kraliçesi II. Margrethe dün Ankara'ya geldi."
    spans = [
        span(text, "Danimarka Kraliçesi II", "ORG"),
        span(text, "Margrethe", "LOC"),
        span(text, "Ankara'ya", "LOC"),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "II. Margrethe") in found
    assert ("LOC", "Danimarka") in found
    assert not any(name in ("II", "Margrethe") for _, name in found)


def test_a_title_alone_before_a_regnal_numeral_is_no_name(linker: EntityLinker) -> None:
    text = "Saray, Sultan II. Abdülhamid tarafından hediye edildi."
    found = listed(linker.resolve(text, [span(text, "Sultan II", "PER"), span(text, "Abdülhamid", "PER")]))
    assert ("PER", "II. Abdülhamid") in found
    assert not any("Sultan" in name for _, name in found)


def test_a_games_sequel_before_the_next_sentence_joins_no_one(linker: EntityLinker) -> None:
    text = "Yeni oyun Final Fantasy XV. Square Enix oyunu Kasım'da çıkaracak."
    spans = [span(text, "Final Fantasy XV", "ORG"), span(text, "Square Enix", "ORG")]
    assert not any("XV. Square" in name for _, name in listed(linker.resolve(text, spans)))


def test_a_numeral_before_a_province_named_like_an_army_stays_apart(linker: EntityLinker) -> None:
    text = "Birlikler II. Ordu Komutanlığına bağlı."
    found = listed(linker.resolve(text, [span(text, "II", "PER"), span(text, "Ordu", "LOC")]))
    assert not any(name.startswith("II. Ordu") and kind == "PER" for kind, name in found)


def test_a_numeral_before_a_known_name_stays_apart(linker: EntityLinker) -> None:
    text = "II. Dünya Savaşı sırasında Ankara'da yaşadı."
    found = listed(linker.resolve(text, [span(text, "II", "PER"), span(text, "Dünya", "LOC")]))
    assert not any(name.startswith("II. Dünya") for _, name in found)


# --- heads: a supermarket, a college named bare ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troy şehrinde Marsh Süpermarket'in kasasında okutuldu.", "Marsh Süpermarket"),
    ],
)
def test_a_supermarket_or_a_college_is_a_body(linker: EntityLinker, text: str, name: str) -> None:
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, name, "PER")]))


# --- a ferry's route between two districts -------------------------------------------------------------------------


def test_two_districts_before_a_ferrys_noun_are_places_outside_sport(linker: EntityLinker) -> None:
    text = "Lodos nedeniyle Üsküdar-Beşiktaş seferleri iptal edildi."
    found = listed(linker.resolve(text, [span(text, "Üsküdar", "LOC"), span(text, "Beşiktaş", "LOC")]))
    assert found == {("LOC", "Üsküdar"), ("LOC", "Beşiktaş")}


def test_two_districts_before_a_ferrys_noun_are_places_in_a_sports_story_too(linker: EntityLinker) -> None:
    text = "Taraftarlar Kadıköy-Beşiktaş vapurunda kavga etti. Maçta gol sesi çıkmadı; ligde derbi haftası."
    found = listed(linker.resolve(text, [span(text, "Kadıköy", "LOC"), span(text, "Beşiktaş", "LOC")]))
    assert ("ORG", "Kadıköy") not in found
    assert ("LOC", "Kadıköy") in found


def test_a_club_and_a_town_before_a_matchs_route_noun_are_clubs_in_sport(linker: EntityLinker) -> None:
    text = "Beşiktaş-Bursa arasındaki maçta gol sesi çıkmadı. Teknik direktör ligde puan kaybını değerlendirdi."
    found = listed(linker.resolve(text, [span(text, "Beşiktaş", "ORG"), span(text, "Bursa", "LOC")]))
    assert ("ORG", "Bursa") in found


# --- a person's surname in a list of clubs ------------------------------------------------------------------------


def test_a_surname_of_a_person_named_in_full_stays_a_person_beside_clubs(linker: EntityLinker) -> None:
    text = (
        "Kulübün ikinci başkanı Ahmet Nur Çebi açıklama yaptı. Televizyona konuşan Çebi, Galatasaray ve Trabzonspor "
        "maçlarını değerlendirdi. Ligde derbi haftası."
    )
    spans = [
        span(text, "Ahmet Nur Çebi", "PER"),
        span(text, "Çebi", "PER"),
        span(text, "Galatasaray", "ORG"),
        span(text, "Trabzonspor", "ORG"),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Ahmet Nur Çebi") in found
    assert ("ORG", "Çebi") not in found


# --- a body's name with a case ending and no apostrophe ----------------------------------------------------------


@pytest.mark.parametrize("written", ["Birleşmiş Milletlerde", "Birleşmiş Milletlere"])
def test_a_known_bodys_name_with_a_bare_case_ending_is_the_body(linker: EntityLinker, written: str) -> None:
    text = f"{written} yapılan başvuruda karar kabul edildi."
    assert listed(linker.resolve(text, [span(text, written, "ORG")])) == {("ORG", "Birleşmiş Milletler")}


# --- a list of countries is no empire (knowledge base 1.43.0) ---------------------------------------------------------


def test_two_countries_in_a_list_are_no_empire(linker: EntityLinker) -> None:
    text = "İlk sıralarda İsveç, Danimarka, Avusturya, Macaristan ve Polonya yer aldı."
    names = ["İsveç", "Danimarka", "Avusturya", "Macaristan", "Polonya"]
    found = listed(linker.resolve(text, [span(text, name, "LOC") for name in names]))
    assert found == {("LOC", name) for name in names}


def test_a_gun_makers_firm_keeps_its_name(linker: EntityLinker) -> None:
    text = "Sig Sauer şirketi yeni tabancasını tanıttı."
    assert ("ORG", "Sig Sauer") in listed(linker.resolve(text, [span(text, "Sig Sauer", "ORG")]))
