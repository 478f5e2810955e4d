"""EntityLinker.resolve on business copy: companies, brands and products the model takes for people.

Sentences are written for these tests (none is taken from a dataset). The spans stand for the model's output,
mistakes included, so the tests pin what the knowledge base and the document-level pass make of them.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.names import strip_apostrophe_suffix

from tests.unit.tagger.labelled import span


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def types(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Kredi notunu Fitch'in ardından Moody's de düşürdü.", "Fitch'in", "Fitch Ratings"),
        ("Moody’s, görünümü durağana çevirdi.", "Moody’s", "Moody's"),
        ("S&P notu teyit etti.", "S&P", "S&P Global"),
        ("Mazda'nın satışları geriledi.", "Mazda'nın", "Mazda"),
        ("Kia'ya ait fabrika üretime ara verdi.", "Kia'ya", "Kia"),
        ("Lufthansa'nın uçuşları iptal edildi.", "Lufthansa'nın", "Lufthansa"),
        ("Bu yıl Capcom yeni bir oyun çıkaracak.", "Capcom", "Capcom"),
        ("Yatırımcılar BDDK'nın kararını bekliyor.", "BDDK'nın", "Bankacılık Düzenleme ve Denetleme Kurumu"),
        ("Veriyi TÜİK açıkladı.", "TÜİK", "TÜİK"),
        ("Kararı TOBB yönetimi aldı.", "TOBB", "Türkiye Odalar ve Borsalar Birliği"),
    ],
)
def test_companies_agencies_and_bodies_with_a_suffix_link_and_are_never_people(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    [entity] = linker.resolve(text, [span(text, words, "PER")])
    assert (entity.type, entity.name) == ("ORG", name)
    assert entity.id is not None
    assert entity.id.startswith("org:")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kullanıcılar Chrome tarayıcısını güncelledi.", "Chrome"),
        ("Yeni sürümde Siri daha hızlı yanıt veriyor.", "Siri"),
        ("Tabloları Excel dosyası olarak paylaştı.", "Excel"),
        ("Telefon NFC desteğiyle geliyor.", "NFC"),
        ("Sözleşmeler TL cinsinden yapılacak.", "TL"),
        ("Şirket Ar-Ge harcamalarını artırdı.", "Ar-Ge"),
        ("İnternetin hızı arttı.", "İnternetin"),  # a case ending without an apostrophe
    ],
)
def test_products_and_economy_terms_are_no_entities(linker: EntityLinker, text: str, words: str) -> None:
    for wrong in ("PER", "ORG"):
        assert linker.resolve(text, [span(text, words, wrong)]) == []


def test_a_product_is_not_taken_for_a_given_name(kb: KnowledgeBase) -> None:
    assert not kb.is_given_name("Chrome")


def test_a_brand_glued_to_a_surname_is_cut_off(linker: EntityLinker) -> None:
    text = "Cumhurbaşkanı Ahmet Kaya bugün açıklama yaptı. Kaya Instagram'da bir fotoğraf paylaştı."
    spans = [span(text, "Ahmet Kaya", "PER"), span(text, "Kaya Instagram'da", "PER")]
    found = types(linker.resolve(text, spans))
    assert found == {"Ahmet Kaya": "PER", "Instagram": "ORG"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Belediye Başkanı Michael Bloomberg'in projesi tanıtıldı.", "Michael Bloomberg'in", "Michael Bloomberg"),
        ("Sabri Ülker'in hayatı kitap oldu.", "Sabri Ülker'in", "Sabri Ülker"),
    ],
)
def test_a_given_name_and_a_company_name_are_the_person_named_like_the_company(
    linker: EntityLinker, text: str, words: str, name: str
) -> None:
    assert types(linker.resolve(text, [span(text, words, "PER")])) == {name: "PER"}


def test_a_surname_of_the_article_glued_to_a_brand_is_still_cut(linker: EntityLinker) -> None:
    text = "Cumhurbaşkanı Ahmet Gül açıklama yaptı. Cumhurbaşkanı Gül Instagram'da bir fotoğraf paylaştı."
    spans = [span(text, "Ahmet Gül", "PER"), span(text, "Gül Instagram'da", "PER")]
    assert types(linker.resolve(text, spans)) == {"Ahmet Gül": "PER", "Instagram": "ORG"}


def test_a_known_company_followed_by_a_loose_word_is_the_company(linker: EntityLinker) -> None:
    text = "Türk Telekom Müşterilerine yeni tarifeler sunuldu. Microsoft Türkiye Lisansları da yenilendi."
    spans = [span(text, "Türk Telekom Müşterilerine", "ORG"), span(text, "Microsoft Türkiye Lisansları", "ORG")]
    assert set(types(linker.resolve(text, spans))) == {"Türk Telekom", "Microsoft Türkiye"}


def test_a_company_arm_with_a_name_of_its_own_is_not_cut_to_the_company(linker: EntityLinker) -> None:
    text = "Film Sony Pictures tarafından dağıtılacak."
    assert types(linker.resolve(text, [span(text, "Sony Pictures", "ORG")])) == {"Sony Pictures": "ORG"}


def test_a_body_of_a_known_organisation_is_kept_whole(linker: EntityLinker) -> None:
    text = "Birleşmiş Milletler Özel Komitesi raporunu yayımladı."
    [entity] = linker.resolve(text, [span(text, "Birleşmiş Milletler Özel Komitesi", "ORG")])
    assert entity.name == "Birleşmiş Milletler Özel Komitesi"


def test_a_board_is_indexed_as_its_company(linker: EntityLinker) -> None:
    text = "Kararı Ülker Yönetim Kurulu onayladı."
    [entity] = linker.resolve(text, [span(text, "Ülker Yönetim Kurulu", "ORG")])
    assert (entity.type, entity.name) == ("ORG", "Ülker")


def test_a_headline_in_capitals_is_not_a_person(linker: EntityLinker) -> None:
    text = "TARAYICI SAVAŞI KIZIŞIYOR\n\nŞirketler yeni sürümlerini tanıttı."
    assert linker.resolve(text, [span(text, "TARAYICI SAVAŞI", "PER")]) == []


def test_a_person_in_capitals_with_a_given_name_stays(linker: EntityLinker) -> None:
    text = "MEHMET YILMAZ GÖREVE BAŞLADI\n\nYeni genel müdür bugün göreve başladı."
    [entity] = linker.resolve(text, [span(text, "MEHMET YILMAZ", "PER")])
    assert entity.type == "PER"


def test_a_company_word_ends_a_company_name(linker: EntityLinker) -> None:
    text = "Sözleşmeyi Arslanoğlu Danışmanlık imzaladı."
    [entity] = linker.resolve(text, [span(text, "Arslanoğlu Danışmanlık", "PER")])
    assert entity.type == "ORG"


def test_a_lone_company_name_from_the_register_is_an_organisation(linker: EntityLinker, kb: KnowledgeBase) -> None:
    word = next(w for w in ("Banvit", "Hattat") if kb.hinted_type(w) == "ORG" and not kb.is_given_name(w))
    text = f"Açıklamayı {word} yaptı. Hisseler yükseldi."
    [entity] = linker.resolve(text, [span(text, word, "PER")])
    assert entity.type == "ORG"


def test_a_family_name_that_names_a_company_stays_the_person_in_that_article(
    linker: EntityLinker, kb: KnowledgeBase
) -> None:
    assert kb.hinted_type("Hattat") == "ORG"
    text = "Yönetim kurulu başkanı Mehmet Hattat konuştu. Hattat, yatırımların süreceğini söyledi."
    spans = [span(text, "Mehmet Hattat", "PER"), span(text, "Hattat", "PER", nth=1)]
    [entity] = linker.resolve(text, spans)
    assert (entity.type, entity.name, len(entity.mentions)) == ("PER", "Mehmet Hattat", 2)


def test_a_surname_alone_joins_the_full_name_not_a_glued_first_name(linker: EntityLinker) -> None:
    text = "Bakan Zeki Önal fuarı açtı. Önal Tekno sergisini gezdi. Önal, ihracatın arttığını söyledi."
    spans = [span(text, "Zeki Önal", "PER"), span(text, "Önal Tekno", "PER"), span(text, "Önal", "PER", nth=2)]
    found = {e.name: len(e.mentions) for e in linker.resolve(text, spans) if e.type == "PER"}
    assert found["Zeki Önal"] == 2


def test_a_lower_case_word_inside_a_span_ends_the_name(linker: EntityLinker) -> None:
    text = "Bölgesi Adana ve Mersin olan Çukurova Elektrik Dağıtım AŞ ihaleyi kazandı."
    found = types(linker.resolve(text, [span(text, "Mersin olan Çukurova Elektrik Dağıtım AŞ", "ORG")]))
    assert found.get("Çukurova Elektrik Dağıtım AŞ") == "ORG"
    assert found.get("Mersin") == "LOC"  # a listed place before the loose word stays, as a place
    assert not any(" olan " in name for name in found)


def test_an_arabic_particle_stays_inside_a_name(linker: EntityLinker) -> None:
    text = "Gazeteci Halil en-Nemer yaralandı."
    [entity] = linker.resolve(text, [span(text, "Halil en-Nemer", "PER")])
    assert entity.name == "Halil en-Nemer"


def test_capitals_and_ve_split_two_known_names(linker: EntityLinker) -> None:
    text = "FACEBOOK VE TWITTER ERİŞİME AÇILDI"
    found = types(linker.resolve(text, [span(text, "FACEBOOK VE TWITTER", "ORG")]))
    assert set(found.values()) == {"ORG"}
    assert len(found) == 2


def test_a_country_known_by_its_official_name_is_a_place(linker: EntityLinker) -> None:
    text = "Anlaşmayı Rusya Federasyonu da imzaladı."
    [entity] = linker.resolve(text, [span(text, "Rusya Federasyonu", "ORG")])
    assert entity.type == "LOC"


@pytest.mark.parametrize(
    ("word", "stem"),
    [("McDonald's", "McDonald's"), ("Moody’s", "Moody’s"), ("Moody's'in", "Moody's"), ("Fitch'in", "Fitch")],
)
def test_an_english_possessive_s_is_no_turkish_suffix(word: str, stem: str) -> None:
    assert strip_apostrophe_suffix(word) == stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("KIBRIS'TA", "KIBRIS"),
        ("ALMANYA’NIN", "ALMANYA"),
        ("ABD'NİN", "ABD"),
        ("NATO'YA", "NATO"),
        ("O'NEAL", "O'NEAL"),
        ("L'ORÉAL", "L'ORÉAL"),
        ("ABD'Lİ", "ABD"),  # as "ABD'li" is read
        ("MCDONALD'S", "MCDONALD'S"),
        # a name in lower case with its ending in capitals, as some copy writes it
        ("Nokia’NIN", "Nokia"),
        ("Apple'DAN", "Apple"),
        ("Rock'N", "Rock'N"),
    ],
)
def test_a_case_ending_in_capitals_comes_off_a_name_in_capitals(word: str, stem: str) -> None:
    # headlines and crossheads in capitals put the suffix in capitals too; only case endings and -li forms come off
    assert strip_apostrophe_suffix(word) == stem


def test_a_suffix_in_capitals_is_not_an_acronym(linker: EntityLinker) -> None:
    text = "TABLET'UN YENİ SÜRÜMÜ ÇIKTI\n\nŞirket yeni modelini tanıttı."
    assert linker.resolve(text, []) == []  # no "UN" (Birleşmiş Milletler) found in "TABLET'UN"


def test_a_car_maker_s_name_is_the_person_when_the_article_names_him_in_full(linker: EntityLinker) -> None:
    text = "Henry Ford ilk fabrikasını kurdu. Ford, üretim bandını geliştirdi."
    spans = [span(text, "Henry Ford", "PER"), span(text, "Ford", "PER", nth=1)]
    [entity] = linker.resolve(text, spans)
    assert (entity.type, entity.name, len(entity.mentions)) == ("PER", "Henry Ford", 2)


def test_a_car_maker_alone_is_the_company(linker: EntityLinker) -> None:
    text = "Ford, yeni fabrikasında üretimi azaltacak."
    [entity] = linker.resolve(text, [span(text, "Ford", "PER")])
    assert (entity.type, entity.id) == ("ORG", "org:ford")


def test_a_unit_after_a_number_is_no_entity_but_the_same_letters_alone_may_be(linker: EntityLinker) -> None:
    text = "Telefon 16 GB bellekle geliyor."
    assert linker.resolve(text, [span(text, "GB", "ORG")]) == []
    text = "Ankara, GB kapsamında ticaretini artırdı."  # Gümrük Birliği
    found = types(linker.resolve(text, [span(text, "GB", "ORG")]))
    assert found.get("GB") == "ORG"


def test_a_family_name_that_names_a_holding_is_no_company_vote(kb: KnowledgeBase) -> None:
    assert kb.hinted_type("Sabancı") != "ORG"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Yatırım şirketi Northgate Partners LLC'nin yöneticisi konuştu.", "Partners LLC'nin"),
        ("Fonu Brightwater LP yönetiyor.", "Brightwater LP"),
        ("Hisseleri Calloway Inc geçen yıl satın aldı.", "Calloway Inc"),
        ("Anlaşmayı Hollins Corporation imzaladı.", "Hollins Corporation"),
    ],
)
def test_a_name_ending_in_a_legal_form_is_a_company_not_a_person(linker: EntityLinker, text: str, words: str) -> None:
    [entity] = linker.resolve(text, [span(text, words, "PER")])
    assert entity.type == "ORG"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Teklif TBMM Genel Kurulu'nda kabul edildi.", "TBMM Genel Kurulu'nda", "TBMM Genel Kurulu"),
        ("Kararı Kent Yardım Derneği Yönetim Kurulu aldı.", "Kent Yardım Derneği Yönetim Kurulu", None),
        ("Açıklamayı Garanti Yönetim Kurulu Başkanı yaptı.", "Garanti Yönetim Kurulu", "Garanti"),
    ],
)
def test_an_assembly_or_association_board_is_a_body_of_its_own(
    linker: EntityLinker, text: str, words: str, name: str | None
) -> None:
    # a company's board is indexed as the company, and so is any board before a title; not a general assembly
    assert types(linker.resolve(text, [span(text, words, "ORG")])) == {name or words: "ORG"}


def test_a_resort_is_a_hotel_a_body_never_a_person(linker: EntityLinker) -> None:
    text = "Ödülü Deniz Yıldızı Resort aldı. Onu Palmiye Golf Resort ve Lara Beach Suites izledi."
    spans = [
        span(text, "Deniz Yıldızı Resort", "PER"),
        span(text, "Palmiye Golf Resort", "PER"),
        span(text, "Lara Beach Suites", "LOC"),
    ]
    found = {(e.type, e.name) for e in linker.resolve(text, spans)}
    assert found == {("ORG", "Deniz Yıldızı Resort"), ("ORG", "Palmiye Golf Resort"), ("ORG", "Lara Beach Suites")}


def test_a_shop_or_workshop_is_a_business_never_a_person(linker: EntityLinker) -> None:
    text = (
        "Aile, Kemal Arslan Matbaası'nı 1950'de kurdu. Toplantı Gülten Pastanesi'nde ve Yeşil Eczanesi önünde yapıldı."
    )
    spans = [
        span(text, "Kemal Arslan Matbaası'nı", "PER"),
        span(text, "Gülten Pastanesi'nde", "PER"),
        span(text, "Yeşil Eczanesi", "PER"),
    ]
    found = {(e.type, e.name) for e in linker.resolve(text, spans)}
    assert found == {("ORG", "Kemal Arslan Matbaası"), ("ORG", "Gülten Pastanesi"), ("ORG", "Yeşil Eczanesi")}


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # a company's double name the model cut at its hyphen
        ("Otobüsleri Volvo-Scania Türk AŞ üretti.", ["Volvo", "Scania Türk AŞ"], {"Volvo-Scania Türk AŞ"}),
        ("İhaleyi Kolin-Limak Ortak Girişim Grubu kazandı.", ["Kolin", "Limak Ortak Girişim Grubu"],
         {"Kolin-Limak Ortak Girişim Grubu"}),
        # a chain of partners before the consortium's name, one of them read alone
        ("İhaleyi Cengiz-Kolin-Limak Ortak Girişim Grubu kazandı.", ["Kolin", "Limak Ortak Girişim Grubu"],
         {"Cengiz-Kolin-Limak Ortak Girişim Grubu"}),
        ("İhaleyi Koç-Ülker-UEM Grubu kazandı.", ["Koç", "Ülker", "UEM Grubu"], {"Koç-Ülker-UEM Grubu"}),
        # an acronym before its expansion, and a list of venues written with hyphens, stay apart
        ("Sözleşme ROKSAN-Roket Sanayi AŞ ile imzalandı.", ["ROKSAN", "Roket Sanayi AŞ"],
         {"ROKSAN", "Roket Sanayi AŞ"}),
        ("Gösteriler Arkas-Yalı Müzesi-Kent Sahnesi'nde.", ["Arkas", "Yalı Müzesi"], {"Arkas", "Yalı Müzesi"}),
    ],
)  # fmt: skip
def test_a_body_named_with_a_hyphen_is_one_name(
    linker: EntityLinker, text: str, pieces: list[str], expected: set[str]
) -> None:
    found = {e.name for e in linker.resolve(text, [span(text, p, "ORG") for p in pieces]) if e.type == "ORG"}
    assert found == expected


def test_a_road_named_by_its_towns_is_one_place_where_the_model_read_only_a_town(linker: EntityLinker) -> None:
    text = "İhale Toprakkale-İskenderun Otoyolu ile Pozantı-Tarsus-Mersin Otoyolu'nu kapsıyor."
    spans = [span(text, "Toprakkale", "LOC"), span(text, "Pozantı", "LOC"), span(text, "Mersin Otoyolu'nu", "LOC")]
    assert [(e.type, e.name) for e in linker.resolve(text, spans)] == [
        ("LOC", "Toprakkale-İskenderun Otoyolu"),
        ("LOC", "Pozantı-Tarsus-Mersin Otoyolu"),
    ]


def test_a_roads_towns_glued_by_hyphens_are_part_of_its_name(linker: EntityLinker) -> None:
    text = "Kaza Edirne-İstanbul-Ankara Otoyolu'nda meydana geldi."
    spans = [span(text, "Edirne", "LOC"), span(text, "İstanbul", "LOC"), span(text, "Ankara Otoyolu'nda", "LOC")]
    assert [(e.type, e.name) for e in linker.resolve(text, spans)] == [("LOC", "Edirne-İstanbul-Ankara Otoyolu")]
