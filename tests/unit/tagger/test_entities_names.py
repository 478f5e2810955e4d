"""Canonical names: Turkish suffixes removed after an apostrophe, organisation case endings, folding and slugs."""

from __future__ import annotations

import pytest
from newswire_tagger.entities import canonical_name, fold, slugify, turkish_lower, turkish_upper
from newswire_tagger.entities.merging import spells
from newswire_tagger.entities.names import is_acronym, words_of


@pytest.mark.parametrize(
    ("surface", "entity_type", "expected"),
    [
        ("Bakü'yü", "LOC", "Bakü"),
        ("Bakü'ye", "LOC", "Bakü"),
        ("Bakü’ye", "LOC", "Bakü"),  # typographic apostrophe
        ("Bakü‘de", "LOC", "Bakü"),
        ("NATO'nun", "ORG", "NATO"),
        ("Azerbaycan'ın", "LOC", "Azerbaycan"),
        ("Türkiye'nin", "LOC", "Türkiye"),
        ("Afganistan'daki", "LOC", "Afganistan"),
        ("İstanbul'da", "LOC", "İstanbul"),
        ("ABD'ye", "LOC", "ABD"),
        ("Kudüs'te", "LOC", "Kudüs"),
        ("Ceyhun Bayramov'un", "PER", "Ceyhun Bayramov"),
        ("Azerbaycan Dışişleri Bakanlığı'ndan", "ORG", "Azerbaycan Dışişleri Bakanlığı"),
        ("Birleşmiş Milletler'in", "ORG", "Birleşmiş Milletler"),
        # Without an apostrophe only known organisation heads lose a case ending.
        ("Azerbaycan Dışişleri Bakanlığından", "ORG", "Azerbaycan Dışişleri Bakanlığı"),
        ("Milli Eğitim Bakanlığınca", "ORG", "Milli Eğitim Bakanlığı"),
        ("Cumhuriyet Halk Partisinin", "ORG", "Cumhuriyet Halk Partisi"),
        ("Avrupa Birliğine", "ORG", "Avrupa Birliği"),
        ("İstanbul Üniversitesinde", "ORG", "İstanbul Üniversitesi"),
        ("Dünya Sağlık Örgütüyle", "ORG", "Dünya Sağlık Örgütü"),
        # and a venue's head: the stadium, the hall
        ("River Plate Stadındaki", "LOC", "River Plate Stadı"),
        ("Devlet Su İşleri Konferans Salonuna", "LOC", "Devlet Su İşleri Konferans Salonu"),
        ("Azerbaycan Dışişleri Bakanlığı", "ORG", "Azerbaycan Dışişleri Bakanlığı"),
        ("Türk Telekom", "ORG", "Türk Telekom"),
        ("Bakanlığından", "PER", "Bakanlığından"),  # only organisations are touched
        ("Bakü", "LOC", "Bakü"),
        # An apostrophe followed by a capital is part of the name.
        ("Conor O'Brien", "PER", "Conor O'Brien"),
        ("Côte d'Ivoire", "LOC", "Côte d'Ivoire"),
        # Punctuation a tokenizer may leave on a span.
        ("“NATO”", "ORG", "NATO"),
        ("(Bakü'de)", "LOC", "Bakü"),
        ("  Ceyhun   Bayramov ", "PER", "Ceyhun Bayramov"),
        ("'", "LOC", ""),
        # An administrative unit's word, capitalised by some outlets, is no part of the place's name.
        ("Kaymaklı İlçesi'ne", "LOC", "Kaymaklı"),
        ("Tepeören İLÇESİ'NDE", "LOC", "Tepeören"),
        ("Kuzey Ren-Vestfalya Eyaleti'nde", "LOC", "Kuzey Ren-Vestfalya"),
        ("Gümüşsu ili", "LOC", "Gümüşsu"),
        ("İlçesi", "LOC", "İlçesi"),  # nothing left to name
        ("Bostaniçi Beldesi'nde", "LOC", "Bostaniçi"),  # a town's and a small town's word too
        ("Kidal Kasabası", "LOC", "Kidal"),
        ("Karaçam Köyü'nde", "LOC", "Karaçam Köyü"),  # villages and quarters keep theirs
        ("Yenidoğan Mahallesi", "LOC", "Yenidoğan Mahallesi"),
        ("Sarıgöl İlçesi", "ORG", "Sarıgöl İlçesi"),
        # A lower-case street or quarter word is the address's descriptor; a capitalised one is part of the name.
        ("Karanfil sokağında", "LOC", "Karanfil"),
        ("Şehitler caddesindeki", "LOC", "Şehitler"),
        ("Zeytinlik mahallesinin", "LOC", "Zeytinlik"),
        ("Şehitler Caddesi'ndeki", "LOC", "Şehitler Caddesi"),
        # A department, clinic or branch is named by its institution (the long form stays a surface form).
        ("Ege Üniversitesi Tıp Fakültesi Kardiyoloji Anabilim Dalı'ndan", "ORG", "Ege Üniversitesi"),
        ("Yeşilova Devlet Hastanesi Acil Servisi'ne", "ORG", "Yeşilova Devlet Hastanesi"),
        ("Halk Bankası Merkez Şubesi", "ORG", "Halk Bankası"),
        ("Koç Holding Enerji Grubu", "ORG", "Koç Holding"),
        ("Üniversitesi Tıp Fakültesi", "ORG", "Üniversitesi Tıp Fakültesi"),  # no institution named before it
        ("Gazi Eğitim Fakültesi", "ORG", "Gazi Eğitim Fakültesi"),
        ("Ege Üniversitesi Rektörlüğü", "ORG", "Ege Üniversitesi Rektörlüğü"),  # an office, not a department
    ],
)
def test_canonical_name(surface: str, entity_type: str, expected: str) -> None:
    assert canonical_name(surface, entity_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakü", "baku"),
        ("Baku", "baku"),
        ("ISTANBUL", "istanbul"),
        ("İstanbul", "istanbul"),
        ("Iğdır", "igdir"),
        ("Çağlar Şişmanoğlu", "caglar sismanoglu"),
        ("Kâbil", "kabil"),
        ("São Paulo", "sao paulo"),
        ("Azerbaycan-Ermenistan", "azerbaycan ermenistan"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_slug_folds_turkish_letters() -> None:
    assert slugify("Ceyhun Bayramov") == "ceyhun-bayramov"
    assert slugify("Azerbaycan Dışişleri Bakanlığı") == "azerbaycan-disisleri-bakanligi"
    assert slugify("İĞDIR Çiğli Ödemiş Şüheda Ünal") == "igdir-cigli-odemis-suheda-unal"
    assert slugify("Заголовок") == ""  # no Latin letters: the linker then gives no slug id


def test_turkish_case_mapping() -> None:
    assert turkish_lower("İSTANBUL IĞDIR") == "istanbul ığdır"
    assert turkish_upper("istanbul ığdır") == "İSTANBUL IĞDIR"


@pytest.mark.parametrize(
    ("name", "expected"), [("NATO", True), ("TÜİK", True), ("BM", True), ("Nato", False), ("N", False), ("G20", False)]
)
def test_is_acronym(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


@pytest.mark.parametrize(
    ("acronym", "expansion", "expected"),
    [
        ("TBMM", "Türkiye Büyük Millet Meclisi", True),
        ("TÜİK", "Türkiye İstatistik Kurumu", True),
        ("AGİT", "Avrupa Güvenlik ve İşbirliği Teşkilatı", True),
        ("TPAO", "Türkiye Petrolleri Anonim Ortaklığı", True),
        ("NATO", "Azerbaycan Dışişleri Bakanlığı", False),
        ("AB", "Avrupa", False),  # one word is not an expansion
    ],
)
def test_acronym_spelling(acronym: str, expansion: str, expected: bool) -> None:
    assert spells(acronym, expansion.split()) is expected


def test_a_names_words_come_with_their_offsets() -> None:
    words = words_of("Ali  Koç'un\tşirketi")
    assert [(m.group(), m.start(), m.end()) for m in words] == [("Ali", 0, 3), ("Koç'un", 5, 11), ("şirketi", 12, 19)]
    assert words_of("") == ()
