"""EntityLinker.link on the seed article with hand-made spans: names, merging, ids, places, titles, scores."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from newswire_schemas import Entity, EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.evaluation.entities import entity_keys
from newswire_tagger.spans import Span

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return next(t for p in sorted(SEEDS.glob("*.txt")) if "Bayramov" in (t := p.read_text(encoding="utf-8")))


def spans_of(text: str, pattern: str, entity_type: EntityType, confidence: float = 0.9) -> list[Span]:
    """A span for every match of ``pattern`` (group 1 if it has one), as the NER would give it."""
    found = []
    for match in re.finditer(pattern, text):
        group = 1 if match.re.groups else 0
        start, end = match.span(group)
        found.append(Span(entity_type, start, end, text[start:end], confidence))
    return found


def seed_spans(text: str) -> list[Span]:
    """What a good NER model labels in the seed article (suffixes included, as the model sees tokens)."""
    spans = [
        *spans_of(text, r"Ceyhun Bayramov", "PER", 0.95),
        *spans_of(text, r"Radmila Shekerinska", "PER", 0.95),
        *spans_of(text, r"(Shekerinska), Azerbaycan", "PER", 0.8),
        *spans_of(text, r"\bNATO(?:'\w+)?", "ORG", 0.97),
        *spans_of(text, r"Azerbaycan Dışişleri Bakanlığı'ndan", "ORG", 0.85),
        *spans_of(text, r"Bakü'\w+|BAKÜ", "LOC", 0.9),
        *spans_of(text, r"(Azerbaycan(?:'\w+)?) (?:ile|başkenti|NATO|gerçekleştirdiği)", "LOC", 0.88),
        *spans_of(text, r"(Azerbaycan)-Ermenistan", "LOC", 0.88),
        *spans_of(text, r"Ermenistan", "LOC", 0.86),
        *spans_of(text, r"Afganistan'\w+", "LOC", 0.9),
    ]
    return sorted(spans, key=lambda s: s.start)


@pytest.fixture(scope="module")
def entities(linker: EntityLinker, seed_text: str) -> dict[str, Entity]:
    return {e.name: e for e in linker.link(seed_text, seed_spans(seed_text))}


def test_seed_entities_and_types(entities: dict[str, Entity]) -> None:
    assert {name: e.type for name, e in entities.items()} == {
        "Ceyhun Bayramov": "PER",
        "Radmila Shekerinska": "PER",
        "NATO": "ORG",
        "Azerbaycan Dışişleri Bakanlığı": "ORG",
        "Bakü": "LOC",
        "Azerbaycan": "LOC",
        "Ermenistan": "LOC",
        "Afganistan": "LOC",
    }


def test_people_get_titles_and_slug_ids(entities: dict[str, Entity]) -> None:
    bayramov, shekerinska = entities["Ceyhun Bayramov"], entities["Radmila Shekerinska"]
    assert (bayramov.id, bayramov.title) == ("per:ceyhun-bayramov", "Dışişleri Bakanı")
    assert (shekerinska.id, shekerinska.title) == ("per:radmila-shekerinska", "Genel Sekreter Yardımcısı")
    assert [m.text for m in shekerinska.mentions] == ["Radmila Shekerinska", "Radmila Shekerinska", "Shekerinska"]
    assert bayramov.geo is None
    assert bayramov.country_code is None


def test_organisations(entities: dict[str, Entity]) -> None:
    nato = entities["NATO"]
    assert nato.id == "org:nato"
    assert "NATO'nun" in [m.text for m in nato.mentions]
    assert len(nato.mentions) == 7
    ministry = entities["Azerbaycan Dışişleri Bakanlığı"]
    assert ministry.id == "org:azerbaycan-disisleri-bakanligi"
    assert [m.text for m in ministry.mentions] == ["Azerbaycan Dışişleri Bakanlığı'ndan"]


def test_baku_is_a_located_gazetteer_city(entities: dict[str, Entity]) -> None:
    baku = entities["Bakü"]
    assert baku.id == "geonames:587084"
    assert baku.geo is not None
    assert baku.geo.lat == pytest.approx(40.4, abs=0.05)
    assert baku.geo.lon == pytest.approx(49.9, abs=0.05)
    assert baku.country_code == "AZ"
    assert [m.text for m in baku.mentions] == ["Bakü'yü", "Bakü'ye", "BAKÜ"]


@pytest.mark.parametrize(("name", "code"), [("Azerbaycan", "AZ"), ("Ermenistan", "AM"), ("Afganistan", "AF")])
def test_countries_have_iso_ids_and_capital_points(entities: dict[str, Entity], name: str, code: str) -> None:
    country = entities[name]
    assert country.id == f"iso3166:{code}"
    assert country.country_code == code
    assert country.geo is not None


def test_azerbaijan_point_is_its_capital(entities: dict[str, Entity]) -> None:
    assert entities["Azerbaycan"].geo == entities["Bakü"].geo
    assert [m.text for m in entities["Azerbaycan"].mentions][:2] == ["Azerbaycan'ın", "Azerbaycan"]


def test_mentions_are_in_text_order_and_point_at_the_text(entities: dict[str, Entity], seed_text: str) -> None:
    for entity in entities.values():
        starts = [m.start for m in entity.mentions]
        assert starts == sorted(starts)
        assert all(seed_text[m.start : m.end] == m.text for m in entity.mentions)
        assert Entity.model_validate(entity.model_dump()) == entity


def test_scores(linker: EntityLinker, seed_text: str, entities: dict[str, Entity]) -> None:
    ordered = linker.link(seed_text, seed_spans(seed_text))
    relevances = [e.relevance for e in ordered]
    assert relevances == sorted(relevances, reverse=True)
    assert relevances[0] == 1.0
    assert all(0 <= e.relevance <= 1 and 0 <= e.confidence <= 1 for e in ordered)
    # Named in the first paragraph and again later: more central than a country mentioned once near the end.
    assert entities["Ceyhun Bayramov"].relevance > entities["Ermenistan"].relevance
    assert entities["NATO"].relevance > entities["Afganistan"].relevance
    # The gazetteer confirms NATO (0.97 from the model) and Afganistan (0.9): confidence goes up.
    assert entities["NATO"].confidence > 0.97
    assert entities["Afganistan"].confidence > 0.9
    # Nothing confirms the ministry: its confidence is the model's.
    assert entities["Azerbaycan Dışişleri Bakanlığı"].confidence == pytest.approx(0.85)


def test_lone_surname_merges_into_full_name(linker: EntityLinker) -> None:
    text = "Dışişleri Bakanı Ceyhun Bayramov Bakü'de konuştu. Bayramov'un açıklaması kısa sürdü."
    spans = [Span("PER", 17, 32, "Ceyhun Bayramov", 0.9), Span("PER", 51, 62, "Bayramov'un", 0.7)]
    [person] = linker.link(text, spans)
    assert person.name == "Ceyhun Bayramov"
    assert [m.text for m in person.mentions] == ["Ceyhun Bayramov", "Bayramov'un"]
    assert person.confidence == pytest.approx(0.9 + 0.1 * 0.25)  # the title confirms a person


def test_first_and_last_name_merge_into_the_fullest(linker: EntityLinker) -> None:
    text = "Recep Tayyip Erdoğan konuştu. Recep Erdoğan ve Erdoğan yine konuştu."
    spans = spans_of(text, r"Recep Tayyip Erdoğan|Recep Erdoğan|(?<= ve )Erdoğan", "PER")
    [person] = linker.link(text, spans)
    assert person.name == "Recep Tayyip Erdoğan"
    assert len(person.mentions) == 3


def test_a_surname_two_people_of_one_sentence_share_is_no_third_person(linker: EntityLinker) -> None:
    text = "Ahmet Yılmaz ile Mehmet Yılmaz görüştü. Yılmaz açıklama yaptı."
    spans = spans_of(text, r"Ahmet Yılmaz|Mehmet Yılmaz|(?<=\. )Yılmaz", "PER")
    found = {e.name: [m.text for m in e.mentions] for e in linker.link(text, spans)}
    # the one named last: a guess, but the surname names one of the two, never someone else
    assert found == {"Ahmet Yılmaz": ["Ahmet Yılmaz"], "Mehmet Yılmaz": ["Mehmet Yılmaz", "Yılmaz"]}


def test_a_headlines_surname_before_two_people_sharing_it_is_the_one_named_first(linker: EntityLinker) -> None:
    text = "Denkel anıldı\nKurucu Başkan Rauf Denkel anıldı. Oğlu Serkan Denkel konuştu."
    spans = spans_of(text, r"Denkel(?= anıldı\n)|Rauf Denkel|Serkan Denkel", "PER")
    found = {e.name: [m.text for m in e.mentions] for e in linker.link(text, spans)}
    assert found == {"Rauf Denkel": ["Denkel", "Rauf Denkel"], "Serkan Denkel": ["Serkan Denkel"]}


def test_acronym_merges_with_its_expansion(linker: EntityLinker) -> None:
    text = "Türkiye Petrolleri Anonim Ortaklığı (TPAO) yeni kuyu açtı. TPAO'nun açıklamasına göre kuyu derin."
    spans = spans_of(text, r"Türkiye Petrolleri Anonim Ortaklığı|TPAO(?:'\w+)?", "ORG")
    [org] = linker.link(text, spans)
    assert (org.name, org.id) == ("Türkiye Petrolleri Anonim Ortaklığı", "org:turkiye-petrolleri-anonim-ortakligi")
    assert [m.text for m in org.mentions] == ["Türkiye Petrolleri Anonim Ortaklığı", "TPAO", "TPAO'nun"]


def test_an_acronym_the_article_defines_otherwise_is_the_articles_body(linker: EntityLinker) -> None:
    # the lists read "AP" as Associated Press; this article spells it out as its parliament
    text = "Eski Avrupa Parlamentosu (AP) üyesi konuştu. AP oturumu yarın."
    [org] = linker.link(text, spans_of(text, r"Avrupa Parlamentosu|AP(?=[ )])", "ORG"))
    assert org.name == "Avrupa Parlamentosu"
    assert [m.text for m in org.mentions] == ["Avrupa Parlamentosu", "AP", "AP"]


def test_an_acronym_the_lists_know_is_not_folded_into_another_body_it_spells(linker: EntityLinker) -> None:
    # no definition in brackets: the news agency cited, and a parliament named too
    text = "AP'nin haberine göre Avrupa Parlamentosu toplandı."
    found = {e.name for e in linker.link(text, spans_of(text, r"AP'nin|Avrupa Parlamentosu", "ORG"))}
    assert found == {"Associated Press", "Avrupa Parlamentosu"}


@pytest.mark.parametrize(
    ("text", "expansion", "name"),
    [
        # the article's spelling of the body the lists know: one entity, the lists' name and id
        ("Türkiye Taş Kömürü (TTK) zarar etti. TTK açıklama yaptı.", "Türkiye Taş Kömürü", "Türkiye Taşkömürü Kurumu"),
        # another body the same letters spell: the article's, not the lists'
        ("İzmir Ticaret Borsası (İTB) toplandı. İTB açıklama yaptı.", "İzmir Ticaret Borsası", "İzmir Ticaret Borsası"),
        # a club is not the council it is named after
        (
            "İstanbul Büyükşehir Belediyespor (İBB) kazandı. İBB ligde kaldı.",
            "İstanbul Büyükşehir Belediyespor",
            "İstanbul Büyükşehir Belediyespor",
        ),
    ],
)
def test_an_acronym_defined_in_brackets_keeps_the_lists_link_only_for_the_same_body(
    linker: EntityLinker, text: str, expansion: str, name: str
) -> None:
    acronym = re.search(r"\((\w+)\)", text)
    assert acronym is not None
    [org] = linker.link(text, spans_of(text, rf"{expansion}|{acronym.group(1)}(?=[ )])", "ORG"))
    assert org.name == name
    assert len(org.mentions) == 3


def test_curated_aliases_share_one_entity(linker: EntityLinker) -> None:
    text = "Birleşmiş Milletler toplandı. BM'nin kararı açıklandı."
    [org] = linker.link(text, spans_of(text, r"Birleşmiş Milletler|BM'nin", "ORG"))
    assert (org.name, org.id, len(org.mentions)) == ("Birleşmiş Milletler", "org:un", 2)


def test_place_spellings_share_one_entity(linker: EntityLinker) -> None:
    text = "Baku ve Bakı aynı şehir: Bakü."
    [place] = linker.link(text, spans_of(text, r"Baku|Bakı|Bakü", "LOC"))
    assert (place.id, len(place.mentions)) == ("geonames:587084", 3)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("ABD Başkanı Donald Trump açıklama yaptı.", "Donald Trump", "ABD Başkanı"),
        ("Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.", "Recep Tayyip Erdoğan", "Cumhurbaşkanı"),
        ("Azerbaycan Cumhurbaşkanı İlham Aliyev konuştu.", "İlham Aliyev", "Cumhurbaşkanı"),
        (
            "İstanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu konuştu.",
            "Ekrem İmamoğlu",
            "Büyükşehir Belediye Başkanı",
        ),
        ("Galatasaray Teknik Direktörü Okan Buruk konuştu.", "Okan Buruk", "Teknik Direktörü"),
        ("Teknik Direktör Okan Buruk konuştu.", "Okan Buruk", "Teknik Direktör"),
        ("Adalet Bakanı Yılmaz Tunç konuştu.", "Yılmaz Tunç", "Adalet Bakanı"),
        ("Bunu Prof. Dr. Ayşe Kaya anlattı.", "Ayşe Kaya", "Prof. Dr."),
        ("Toplantıda dün Ahmet Yılmaz konuştu.", "Ahmet Yılmaz", None),
        ("Bakan, Ahmet Yılmaz ile görüştü.", "Ahmet Yılmaz", None),
    ],
)
def test_titles(linker: EntityLinker, text: str, name: str, title: str | None) -> None:
    [person] = linker.link(text, spans_of(text, name, "PER"))
    assert person.title == title


def test_unknown_place_gets_a_slug_and_no_point(linker: EntityLinker) -> None:
    text = "Karabağ bölgesinde Hankendi'de toplantı yapıldı."
    places = {e.name: e for e in linker.link(text, spans_of(text, r"Karabağ|Hankendi'de", "LOC"))}
    assert places["Hankendi"].id == "loc:hankendi"
    assert places["Hankendi"].geo is None


def test_edge_cases(linker: EntityLinker) -> None:
    assert linker.link("", []) == []
    text = "NATO toplandı."
    duplicated = [Span("ORG", 0, 4, "NATO", 0.9), Span("ORG", 0, 4, "NATO", 0.9)]
    [nato] = linker.link(text, duplicated)
    assert len(nato.mentions) == 1
    [odd] = linker.link("Заседание", [Span("PER", 0, 9, "Заседание", 0.8)])
    assert odd.id is None  # nothing to slug


def test_spans_outside_the_text_are_dropped(linker: EntityLinker, caplog: pytest.LogCaptureFixture) -> None:
    text = "NATO toplandı."
    spans = [Span("ORG", 0, 4, "NATO", 0.9), Span("LOC", 10, 40, "Bakü", 0.9), Span("LOC", 5, 5, "", 0.9)]
    assert [e.name for e in linker.link(text, spans)] == ["NATO"]
    assert "outside the text" in caplog.text


def test_linking_is_fast(linker: EntityLinker, seed_text: str) -> None:
    # ~400 words and ~30 spans: the seed twice over. The bound is loose for busy CI machines;
    # the figure for the report comes from training/gazetteer/bench_linker.py.
    text = seed_text + "\n\n" + seed_text
    spans = seed_spans(text)
    assert len(text.split()) > 400
    assert len(spans) > 30
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        for _ in range(20):
            linker.link(text, spans)
        best = min(best, (time.perf_counter() - began) / 20)
    assert best < 0.005


def test_names_in_capitals_are_title_cased_when_known(linker: EntityLinker) -> None:
    text = "ANKARA (AA) - Heyet KKTC'ye gitti."
    spans = [Span("LOC", 0, 6, "ANKARA", 0.9), Span("LOC", 20, 27, "KKTC'ye", 0.9)]
    names = {e.name for e in linker.link(text, spans)}
    assert names == {"Ankara", "KKTC"}


def test_organisation_case_forms_merge(linker: EntityLinker) -> None:
    text = "Azerbaycan Dışişleri Bakanlığı'ndan açıklama geldi. Azerbaycan Dışişleri Bakanlığından ikinci açıklama."
    spans = spans_of(text, r"Azerbaycan Dışişleri Bakanlığı(?:'ndan|ndan)", "ORG")
    [ministry] = linker.link(text, spans)
    assert ministry.name == "Azerbaycan Dışişleri Bakanlığı"
    assert len(ministry.mentions) == 2


def test_a_district_written_with_its_capitalised_unit_word_is_one_place_with_both_forms(linker: EntityLinker) -> None:
    text = "Ekipler Sivas'ın Kangal İlçesi'ne gitti. Kangal'da yollar kapandı."
    spans = [*spans_of(text, r"Sivas'ın", "LOC"), *spans_of(text, r"Kangal İlçesi'ne|Kangal'da", "LOC")]
    places = {e.name: e for e in linker.link(text, spans)}
    assert set(places) == {"Sivas", "Kangal"}
    kangal = places["Kangal"]
    assert [m.text for m in kangal.mentions] == ["Kangal İlçesi'ne", "Kangal'da"]  # offsets still cover the words


def test_a_department_is_filed_under_its_university_and_answers_to_both_names(linker: EntityLinker) -> None:
    text = "Uludağ Üniversitesi Tıp Fakültesi Nöroloji Anabilim Dalı'ndan bir ekip geldi. Uludağ Üniversitesi açıkladı."
    spans = spans_of(text, r"Uludağ Üniversitesi(?: Tıp Fakültesi Nöroloji Anabilim Dalı'ndan)?", "ORG")
    (entity,) = linker.link(text, spans)
    assert entity.name == "Uludağ Üniversitesi"
    assert entity_keys(entity) == {"uludag universitesi", "uludag universitesi tip fakultesi noroloji anabilim dali"}


def test_a_work_named_only_in_quotation_marks_is_no_body_or_person(linker: EntityLinker) -> None:
    text = (
        "Grubun 'Gece Yarısı Treni' albümü ödül aldı. Yazarın “Kırmızı Kapı” romanı çok sattı. "
        "Ödülü 'Kuzey Işıkları Grubu' aldı. Oyunu 'Ayşe Yılmaz' yazdı ve Ayşe Yılmaz sahneye çıktı."
    )
    spans = [
        *spans_of(text, r"Gece Yarısı Treni", "ORG"),
        *spans_of(text, r"Kırmızı Kapı", "PER"),
        *spans_of(text, r"Kuzey Işıkları Grubu", "ORG"),
        *spans_of(text, r"Ayşe Yılmaz", "PER"),
    ]
    names = {e.name for e in linker.link(text, spans)}
    # a head word says a body is meant; a name also written outside the quotation is a name
    assert names == {"Kuzey Işıkları Grubu", "Ayşe Yılmaz"}


def test_a_quoted_title_with_its_case_ending_after_the_marks_is_no_name(linker: EntityLinker) -> None:
    # a double mark closes the quotation even with the case ending glued to it; a body's noun after it says a body
    text = (
        'Oyuncu "Mavi Ufuklar" öncesi tiyatro yaptı. "Mavi Ufuklar"dan neden ayrıldığını anlattı. '
        'Araştırma "Kuzey Tıp Günlüğü" dergisinde yayımlandı.'
    )
    spans = [*spans_of(text, r"Mavi Ufuklar", "ORG"), *spans_of(text, r"Kuzey Tıp Günlüğü", "ORG")]
    assert {e.name for e in linker.link(text, spans)} == {"Kuzey Tıp Günlüğü"}


def test_a_quoted_known_name_and_a_name_with_its_case_ending_stay(linker: EntityLinker) -> None:
    text = "Taraftarlar 'NATO' diye bağırdı. Roger Waters’un konseri 'The Wall' adını taşıyor."
    spans = [*spans_of(text, r"NATO", "ORG"), *spans_of(text, r"Roger Waters’un", "PER")]
    assert {e.name for e in linker.link(text, spans)} == {"NATO", "Roger Waters"}


def test_an_unknown_person_below_the_confidence_floor_is_not_emitted(linker: EntityLinker) -> None:
    text = "Karar Verdi başlığı atıldı. Selin Akbulut konuştu. Başbakan Erdoğan da geldi."
    spans = [
        *spans_of(text, r"Karar Verdi", "PER", 0.5),
        *spans_of(text, r"Selin Akbulut", "PER", 0.62),
        *spans_of(text, r"Erdoğan", "PER", 0.5),  # known to the knowledge base: kept whatever the score
    ]
    people = {e.name: e.confidence for e in linker.link(text, spans)}
    assert set(people) == {"Selin Akbulut", "Recep Tayyip Erdoğan"}
    assert all(score >= 0.5 for score in people.values())
