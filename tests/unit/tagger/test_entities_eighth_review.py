"""EntityLinker.resolve on what an eighth review of fresh copy found: a person's surname that is a place or a known
person's, a sentence's subject glued before a known body, a weekday after a titled name, prayers and numbered
indices, acronyms and foreign towns, places a list of them names, one vocabulary of place nouns.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.heads import PLACE_NOUNS, is_date_word, kind_after
from newswire_tagger.entities.names import strip_apostrophe_suffix

from tests.unit.tagger.labelled import listed, span


def named(entities: list[Entity], name: str) -> Entity:
    (entity,) = [e for e in entities if e.name == name]
    return entity


def test_a_titled_surname_is_the_person_the_article_names_with_the_same_title(linker: EntityLinker) -> None:
    text = (
        "Savcı Ali İhsan Demirel iddianameyi hazırladı. Savcı Demirel, sanıkların tutuklanmasını istedi. "
        "Savcı Demirel ayrıca delilleri sundu."
    )
    spans = [
        span(text, "Ali İhsan Demirel", "PER"),
        span(text, "Demirel", "PER", 1),
        span(text, "Demirel", "PER", 2),
    ]
    found = linker.resolve(text, spans)
    assert listed(found) == {("PER", "Ali İhsan Demirel")}
    assert len(named(found, "Ali İhsan Demirel").mentions) == 3


def test_a_titled_surname_is_still_the_known_person_where_the_namesake_has_no_such_title(
    linker: EntityLinker,
) -> None:
    text = "Michelle Obama okulları gezdi. Başkan Obama ise Kongre'de konuştu."
    spans = [span(text, "Michelle Obama", "PER"), span(text, "Obama", "PER", 1)]
    assert len([e for e in linker.resolve(text, spans) if e.type == "PER"]) == 2


@pytest.mark.parametrize(
    "said",
    [
        'Karaman, "Aileler dikkatli olmalı" dedi.',
        "Aşıların önemli olduğunu belirten Karaman, ailelere çağrıda bulundu.",
    ],
)
def test_a_surname_that_is_a_place_is_the_person_where_the_copy_makes_it_a_speaker(
    linker: EntityLinker, said: str
) -> None:
    text = f"Uzman Dr. İhsan Karaman, çocukların sağlığı için uyardı. {said}"
    spans = [span(text, "İhsan Karaman", "PER"), span(text, "Karaman", "LOC", 1)]
    found = linker.resolve(text, spans)
    assert listed(found) == {("PER", "İhsan Karaman")}


def test_a_place_a_person_is_named_after_stays_a_place_where_no_one_speaks(linker: EntityLinker) -> None:
    text = "Uzman Dr. İhsan Karaman konferans verdi. Konferans Karaman'da yapıldı. Karaman, İç Anadolu'dadır."
    spans = [
        span(text, "İhsan Karaman", "PER"),
        span(text, "Karaman'da", "LOC"),
        span(text, "Karaman", "LOC", 2),
        span(text, "İç Anadolu'dadır", "LOC"),
    ]
    assert ("LOC", "Karaman") in listed(linker.resolve(text, spans))


def test_a_sentences_subject_glued_before_a_known_body_is_cut(linker: EntityLinker) -> None:
    text = "Olay Türk Hava Yolları uçağında yaşandı. Kaza Türk Telekom binası önünde meydana geldi."
    spans = [span(text, "Olay Türk Hava Yolları", "ORG"), span(text, "Kaza Türk Telekom", "ORG")]
    names = {name for _type, name in listed(linker.resolve(text, spans))}
    assert not {"Olay Türk Hava Yolları", "Kaza Türk Telekom"} & names
    assert "Türk Telekom" in names


def test_a_word_opening_a_known_name_of_one_word_stays(linker: EntityLinker) -> None:
    text = "Yeni Asya gazetesi bugün yazdı."
    spans = [span(text, "Yeni Asya", "ORG")]
    assert [e.name for e in linker.resolve(text, spans)] == ["Yeni Asya"]


def test_a_weekday_after_a_titled_name_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "BDP Eş Genel Başkanı Selahattin Demirtaş Salı günü Diyarbakır'a gidecek."
    spans = [span(text, "BDP", "ORG"), span(text, "Selahattin Demirtaş", "PER"), span(text, "Diyarbakır'a", "LOC")]
    assert ("PER", "Selahattin Demirtaş") in listed(linker.resolve(text, spans))


def test_a_weekday_dates_only_before_a_part_of_the_day() -> None:
    assert is_date_word("Salı", "günü")
    assert is_date_word("Cuma", "akşamı")
    assert not is_date_word("Cuma", "Ali")
    assert not is_date_word("salı", "günü")


def test_a_prayer_is_no_person(linker: EntityLinker) -> None:
    text = "Cuma Namazı'nın ardından cemaat dağıldı."
    assert linker.resolve(text, [span(text, "Cuma Namazı'nın", "PER")]) == []


def test_an_index_with_its_number_is_no_exchange(linker: EntityLinker) -> None:
    text = "İMKB 100 Endeksi günü artıda tamamladı. Paris'te CAC 40 endeksi yükseldi. İMKB'de işlem hacmi arttı."
    spans = [
        span(text, "İMKB", "ORG"),
        span(text, "Paris'te", "LOC"),
        span(text, "CAC", "ORG"),
        span(text, "İMKB'de", "ORG"),
    ]
    found = linker.resolve(text, spans)
    assert "CAC" not in {e.name for e in found}
    assert [m.text for m in named(found, "İstanbul Menkul Kıymetler Borsası").mentions] == ["İMKB'de"]


def test_an_acronym_is_no_foreign_town(linker: EntityLinker) -> None:
    text = "GAP kapsamında yeni barajlar yapılacak. Bölgede GAP yatırımları sürüyor."
    found = linker.resolve(text, [span(text, "GAP", "LOC"), span(text, "GAP", "LOC", 1)])
    assert [(e.name, e.geo, e.country_code) for e in found] == [("GAP", None, None)]


@pytest.mark.parametrize(
    ("text", "country"),
    [("ŞAM'DA PATLAMA. Şam'da bir patlama oldu.", "SY"), ("VAN'DA DEPREM. Bölgede hasar var.", "TR")],
)
def test_a_town_in_a_headline_in_capitals_is_that_town(linker: EntityLinker, text: str, country: str) -> None:
    words = text.split(" ")
    spans = [span(text, words[0], "LOC")]
    if "Şam'da" in text:
        spans.append(span(text, "Şam'da", "LOC"))
    assert [e.country_code for e in linker.resolve(text, spans)] == [country]


def test_places_a_plural_place_noun_types_are_places_the_model_read_as_bodies(linker: EntityLinker) -> None:
    text = "Suriye ordusu Duma ve Yermuk bölgelerini bombaladı. Duma'da çatışmalar sürüyor."
    spans = [
        span(text, "Suriye", "LOC"),
        span(text, "Duma", "ORG"),
        span(text, "Yermuk", "ORG"),
        span(text, "Duma'da", "ORG"),
    ]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Suriye"), ("LOC", "Duma"), ("LOC", "Yermuk")}


def test_known_bodies_before_a_plural_place_noun_stay_bodies(linker: EntityLinker) -> None:
    text = "AB ve NATO ülkelerinde seçimler yapıldı."
    spans = [span(text, "AB", "ORG"), span(text, "NATO", "ORG")]
    assert {t for t, _name in listed(linker.resolve(text, spans))} == {"ORG"}


def test_a_case_ending_in_capitals_after_a_possessive_is_stripped() -> None:
    assert strip_apostrophe_suffix("KANALI'NI") == "KANALI"
    assert strip_apostrophe_suffix("BANKASI'NI") == "BANKASI"
    assert strip_apostrophe_suffix("KANALI") == "KANALI"


def test_one_vocabulary_of_place_nouns_types_one_name_and_a_list() -> None:
    assert kind_after("semtinde") == "LOC"
    assert kind_after("adasına") == "LOC"
    assert kind_after("köyü") is None  # an accusative too: "Ahmet köyü gezdi"
    assert kind_after("ülkesi") is None  # "AB ülkesi"
    assert all(noun.plural and noun.possessive for noun in PLACE_NOUNS)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Sis, Karanlıkdere, Bakacak ve Seymenler mevkilerinde etkili oldu.", {"Bakacak", "Seymenler"}),
        ("Operasyon Çegem ve Tırnauz şehirlerinde sürdü.", {"Çegem", "Tırnauz"}),
        ("Patlama Hay el-Cihad semtinde oldu.", {"Hay el-Cihad"}),
    ],
)
def test_a_place_noun_after_names_the_model_did_not_read_finds_them(
    linker: EntityLinker, text: str, places: set[str]
) -> None:
    assert places <= {name for kind, name in listed(linker.resolve(text, [])) if kind == "LOC"}


def test_a_comma_inside_a_span_ends_a_name(linker: EntityLinker) -> None:
    text = "CHP, Hakimler ve Savcılar Yüksek Kurulu'na başvurdu."
    spans = [span(text, "CHP, Hakimler ve Savcılar Yüksek Kurulu'na", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "CHP"), ("ORG", "Hakimler ve Savcılar Yüksek Kurulu")}


def test_the_arabic_article_after_an_apostrophe_joins_the_next_word(linker: EntityLinker) -> None:
    text = "Arap Birliği Genel Sekreteri Ahmed Ebu'l Gayt açıklama yaptı. Müdür Ebu'l Futuh da konuştu."
    spans = [
        span(text, "Arap Birliği", "ORG"),
        span(text, "Ahmed Ebu'l", "PER"),
        span(text, "Ebu'l", "PER", 1),
    ]
    people = {name for kind, name in listed(linker.resolve(text, spans)) if kind == "PER"}
    assert people == {"Ahmed Ebu'l Gayt", "Ebu'l Futuh"}


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Şüpheliler G.T. ve S.D. gözaltına alındı.", {"G.T.", "S.D."}),
        ("Kazada A.A. (45) ağır yaralandı.", {"A.A."}),
        ("Olayda yaralanan H.Y, H.E.A ve Y.İ.Y hastaneye kaldırıldı.", {"H.Y", "H.E.A", "Y.İ.Y"}),
    ],
)
def test_initials_copy_names_someone_by_are_people(linker: EntityLinker, text: str, initials: set[str]) -> None:
    assert {name for kind, name in listed(linker.resolve(text, [])) if kind == "PER"} == initials


def test_initials_of_a_company_or_the_state_are_no_one(linker: EntityLinker) -> None:
    text = "Şirket A.Ş. (45) hissesini sattı. Şüpheli T.C. vatandaşı."
    assert not [e for e in linker.resolve(text, []) if e.type == "PER"]


def test_a_description_before_a_known_acronym_is_no_part_of_its_name(linker: EntityLinker) -> None:
    text = "Rus İç İstihbaratı FSB açıklama yaptı. Avusturya Devlet Televizyonu ORF haberi verdi."
    spans = [span(text, "Rus İç İstihbaratı FSB", "ORG"), span(text, "Avusturya Devlet Televizyonu ORF", "ORG")]
    found = linker.resolve(text, spans)
    assert {e.name for e in found} == {"FSB", "ORF"}
    assert "Avusturya Devlet Televizyonu" in [m.text for m in named(found, "ORF").mentions]


def test_a_kin_word_after_a_place_in_the_locative_makes_no_person(linker: EntityLinker) -> None:
    text = "Erikli Mahallesi'nde annesi ile yaşayan çocuk kayboldu. Ahmet Yılmaz'ın annesi de konuştu."
    spans = [span(text, "Erikli Mahallesi'nde", "LOC"), span(text, "Ahmet Yılmaz'ın", "PER")]
    assert ("LOC", "Erikli Mahallesi") in listed(linker.resolve(text, spans))


def test_a_prizes_category_is_no_name(linker: EntityLinker) -> None:
    text = "En İyi Sigorta ödülünü Allianz kazandı."
    spans = [span(text, "En İyi Sigorta", "ORG"), span(text, "Allianz", "ORG")]
    assert {name for _kind, name in listed(linker.resolve(text, spans))} == {"Allianz"}


@pytest.mark.parametrize(
    ("text", "glued", "person"),
    [
        ("Fener Rum Patriği Bartholomeos açıklama yaptı.", "Fener Rum Patriği Bartholomeos", "Bartholomeos"),
        ("AB Sorumlu Komiseri Stefan Füle Ankara'ya geldi.", "AB Sorumlu Komiseri Stefan Füle", "Stefan Füle"),
    ],
)
def test_a_patriarch_and_a_commissioner_are_titles(linker: EntityLinker, text: str, glued: str, person: str) -> None:
    assert ("PER", person) in listed(linker.resolve(text, [span(text, glued, "ORG")]))


def test_a_titles_word_after_a_given_name_is_a_surname(linker: EntityLinker) -> None:
    text = "Muhabirimiz Cem Emir olay yerinde bilgi aldı. Cem Emir'e göre yangın büyük."
    spans = [span(text, "Cem Emir", "PER"), span(text, "Cem Emir'e", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Cem Emir")}


def test_a_known_place_after_a_titled_given_name_is_the_surname(linker: EntityLinker) -> None:
    text = "Orgeneral Eşref Bitlis'in ölüm yıldönümü anıldı."
    assert ("PER", "Eşref Bitlis") in listed(linker.resolve(text, [span(text, "Bitlis'in", "LOC")]))


def test_a_place_after_a_titled_full_name_stays_a_place(linker: EntityLinker) -> None:
    text = "Cumhurbaşkanı Emmanuel Macron Paris'te konuştu."
    found = listed(linker.resolve(text, [span(text, "Emmanuel Macron", "PER"), span(text, "Paris'te", "LOC")]))
    assert found == {("PER", "Emmanuel Macron"), ("LOC", "Paris")}


@pytest.mark.parametrize("line", ["ARKADAŞLARINA AĞLADILAR", "Akın Etti", "ARKADAŞIM YANARAK ŞEHİT OLDU"])
def test_a_headlines_verb_is_no_name(linker: EntityLinker, line: str) -> None:
    text = f"{line}\nYangında üç kişi yaralandı."
    assert [e for e in linker.resolve(text, [span(text, line, "PER")]) if e.type == "PER"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Jandarma 10. Tanker Üs Komutanlığı'nda tören yapıldı.", "10. Tanker Üs Komutanlığı"),
        ("Askerler 2'nci Hudut Sınır Taburu'na döndü.", "2'nci Hudut Sınır Taburu"),
    ],
)
def test_a_units_number_is_part_of_its_name(linker: EntityLinker, text: str, unit: str) -> None:
    words = unit.split(" ", 1)[1]
    assert ("ORG", unit) in listed(linker.resolve(text, [span(text, words, "ORG")]))


def test_a_surname_with_its_particle_opening_a_sentence_is_the_person(linker: EntityLinker) -> None:
    text = "Teknik direktör Louis van Gaal konuştu. Van Gaal, takımın iyi oynadığını söyledi."
    spans = [span(text, "Louis van Gaal", "PER"), span(text, "Van Gaal", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Louis van Gaal")}


def test_a_name_with_an_age_in_brackets_is_a_persons(linker: EntityLinker) -> None:
    text = "Kazada Ece Doğan Çubuk (20) yaralandı. Maçta Gazi Üniversitesi (12) kazandı."
    spans = [span(text, "Ece Doğan Çubuk", "LOC"), span(text, "Gazi Üniversitesi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ece Doğan Çubuk"), ("ORG", "Gazi Üniversitesi")}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ordu Yüksek Askeri Şura'nın kararlarını bekliyor.", "Yüksek Askeri Şura", "ORG"),
        ("Selanik'te Yahudi Hamamı restore edildi.", "Yahudi Hamamı", "LOC"),
        ("Çatışmalar Ayn Terma ve Tadamun banliyölerinde sürdü.", "Tadamun", "LOC"),
    ],
)
def test_heads_and_nouns_of_this_round_type_the_name(linker: EntityLinker, text: str, name: str, kind: str) -> None:
    assert (kind, name) in listed(linker.resolve(text, []))


def test_a_country_is_named_without_a_gloss(linker: EntityLinker) -> None:
    myanmar = linker.gazetteer.place("Myanmar")
    assert myanmar is not None
    assert myanmar.name == "Myanmar"  # CLDR's "Myanmar (Burma)", as no copy writes it


@pytest.mark.parametrize("person", ["Halide Edip", "Kemal Eder", "Mustafa Etmekçi"])
def test_names_opening_like_a_light_verb_stay_names(linker: EntityLinker, person: str) -> None:
    text = f"Yazar {person} dün konuştu. {person} yeni kitabını anlattı."
    found = linker.resolve(text, [span(text, person, "PER"), span(text, person, "PER", 1)])
    assert ("PER", person) in listed(found)


@pytest.mark.parametrize("body", ["Gıda, Tarım ve Hayvancılık İl Müdürlüğü", "Bilim, Sanayi ve Teknoloji Bakanlığı"])
def test_a_comma_inside_a_bodys_name_of_fields_stays(linker: EntityLinker, body: str) -> None:
    text = f"{body} açıklama yaptı."
    assert listed(linker.resolve(text, [span(text, body, "ORG")])) == {("ORG", body)}


def test_a_country_after_a_titled_given_name_is_no_surname(linker: EntityLinker) -> None:
    text = "Kraliçe Elizabeth İngiltere'nin en uzun süre tahtta kalan hükümdarı oldu."
    found = listed(linker.resolve(text, [span(text, "Elizabeth", "PER"), span(text, "İngiltere'nin", "LOC")]))
    assert ("PER", "Elizabeth") in found
    assert "LOC" in {kind for kind, _name in found}


def test_a_known_body_takes_no_number_before_it(linker: EntityLinker) -> None:
    text = "Başvuru yapılan madde 14. Anayasa Mahkemesi bu maddeyi iptal etti."
    found = listed(linker.resolve(text, [span(text, "Anayasa Mahkemesi", "ORG")]))
    assert not any(name.startswith("14") for _kind, name in found)


def test_a_town_in_a_headline_with_its_ending_in_capitals_is_that_town(linker: EntityLinker) -> None:
    text = "ŞAM'DAN AÇIKLAMA GELDİ\nSuriye hükümeti açıklama yaptı."
    found = linker.resolve(text, [span(text, "ŞAM'DAN", "LOC"), span(text, "Suriye", "LOC")])
    assert {e.country_code for e in found} == {"SY"}
    assert len(found) == 2


def test_an_acronym_before_a_settlements_plural_stays_a_body(linker: EntityLinker) -> None:
    text = "BDP ve HDP bölgelerinde seçim çalışması yaptı."
    spans = [span(text, "BDP", "ORG"), span(text, "HDP", "ORG")]
    assert {kind for kind, _name in listed(linker.resolve(text, spans))} == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Karaman'da konferans verildi. Uzman Dr. İhsan Karaman konuştu.",  # the place first, with its ending
        "Uzman Dr. İhsan Karaman konuştu. Karaman, İç Anadolu'nun bir ilidir.",  # no speech verb
    ],
)
def test_a_place_that_is_a_surname_stays_a_place_where_it_speaks_not(linker: EntityLinker, text: str) -> None:
    spans = [span(text, "İhsan Karaman", "PER"), span(text, "Karaman", "LOC", 0 if text[0] == "K" else 1)]
    assert ("LOC", "Karaman") in listed(linker.resolve(text, spans))


def test_an_age_makes_no_person_of_a_name_opening_with_no_given_name(linker: EntityLinker) -> None:
    text = "Maçta Fenerbahçe Ülker (65) kazandı."
    assert listed(linker.resolve(text, [span(text, "Fenerbahçe Ülker", "ORG")])) == {("ORG", "Fenerbahçe Ülker")}


def test_a_french_places_particle_belongs_to_it_and_the_turkish_de_does_not(linker: EntityLinker) -> None:
    text = "Cenazeler Villiers le Bel banliyösünde taziyeye açılacak. Ahmet de Polatlı ilçesinde yaşıyor."
    places = {name for kind, name in listed(linker.resolve(text, [])) if kind == "LOC"}
    assert "Villiers le Bel" in places
    assert "Polatlı" in places


def test_a_weekday_after_an_untitled_name_is_no_part_of_it(linker: EntityLinker) -> None:
    text = "Andonis Samaras Çarşamba günü Berlin'e gidecek."
    spans = [span(text, "Andonis Samaras Çarşamba", "PER"), span(text, "Berlin'e", "LOC")]
    assert ("PER", "Andonis Samaras") in listed(linker.resolve(text, spans))


def test_a_necessitative_verb_in_a_headline_in_capitals_is_no_name(linker: EntityLinker) -> None:
    text = "BAKAN GÜLER İSTİFA ETMELİ\nMuhalefet açıklama yaptı."
    found = linker.resolve(text, [span(text, "GÜLER İSTİFA ETMELİ", "PER")])
    assert all("ETMELİ" not in e.name.upper() for e in found)


@pytest.mark.parametrize(
    ("text", "given", "place"),
    [
        ("Papa Francis Vatikan'ın tutumunu açıkladı.", "Francis", "Vatikan'ın"),
        ("Prens Charles İngiltere'nin en uzun bekleyen veliahdı.", "Charles", "İngiltere'nin"),
    ],
)
def test_a_foreign_place_after_a_titled_given_name_is_no_surname(
    linker: EntityLinker, text: str, given: str, place: str
) -> None:
    found = linker.resolve(text, [span(text, given, "PER"), span(text, place, "LOC")])
    assert [(e.type, e.name) for e in found if e.type == "PER"] == [("PER", given)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Çatışmalar El Nusra ve Ahrar el Şam bölgelerinde yoğunlaştı.", "El Nusra"),
        ("Elektrik kesintisi Dicle EDAŞ ve Toroslar EDAŞ bölgelerinde yaşandı.", "Dicle EDAŞ"),
    ],
)
def test_bodies_a_list_of_places_names_stay_bodies(linker: EntityLinker, text: str, body: str) -> None:
    other = text.split(" ve ")[1].split(" bölgelerinde", maxsplit=1)[0]
    found = listed(linker.resolve(text, [span(text, body, "ORG"), span(text, other, "ORG")]))
    # (by its own name or the knowledge base's: "Dicle EDAŞ" is "Dicle Elektrik Dağıtım AŞ" since 1.41.0)
    assert any(kind == "ORG" and name.split(maxsplit=1)[0] == body.split(maxsplit=1)[0] for kind, name in found)
    assert not any(kind == "LOC" for kind, _ in found)


@pytest.mark.parametrize("line", ["OYUNCULAR SAHAYA ÇIKTILAR", "HALK SOKAĞA DÖKÜLMELİ"])
def test_plural_and_necessitative_verbs_end_a_crosshead(linker: EntityLinker, line: str) -> None:
    text = f"Maç başladı.\n{line}\nTaraftarlar tribünleri doldurdu."
    assert linker.resolve(text, [span(text, line, "ORG")]) == []


def test_a_name_written_in_capitals_and_in_mixed_case_is_named_as_mixed_case(linker: EntityLinker) -> None:
    text = "'SÜVEYŞ KANALI'NI MI KAPATMALI?'\nMısır, Süveyş Kanalı'ndan geçişleri kısıtladı."
    spans = [span(text, "SÜVEYŞ KANALI'NI", "LOC"), span(text, "Mısır", "LOC"), span(text, "Süveyş Kanalı'ndan", "LOC")]
    assert "Süveyş Kanalı" in {e.name for e in linker.resolve(text, spans)}
