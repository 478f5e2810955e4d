"""What the copy says a name is: ``adlı``/``isimli`` and a noun, ``Bey``/``Hanım``, ``ailesi``; and foreign names
the model typed as organisations.

Sentences are written for these tests. The spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity, EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.appositions import called_kind, without_address_form
from newswire_tagger.entities.heads import head_type
from newswire_tagger.spans import Span

from tests.unit.tagger.labelled import span


def typed(entities: list[Entity]) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in entities}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nermin adlı bir kadın", "PER"),
        ("Umut adlı 9 yaşındaki çocuğun", "PER"),
        ("Baran isimli Kürt genç", "PER"),
        ("Yıldız Tarım adlı şirketin", "ORG"),
        ("Açık Kapı adlı yardım kuruluşu", "ORG"),
        ("Karaağaç adlı köyde", "LOC"),
        ("Şimşek adlı insansız hava aracı", "NOT"),
        ("Gökbörü adlı oyunun", "NOT"),
        ("Sessiz Dağlar adlı romanında", "NOT"),
        ("Ali adlı oyuncu", "PER"),  # the longest stem: a player, not a game
        ("Çınar adlı hastaneye", "ORG"),  # a hospital, not a patient
        ("Yusuf adlı, kimliği", None),
        ("Yusuf, kimliği", None),
    ],
)
def test_the_noun_after_adli_says_what_the_name_is(text: str, kind: str | None) -> None:
    end = text.index(" adlı") if " adlı" in text else text.index(" isimli") if " isimli" in text else 5
    assert called_kind(text, end) == kind


def test_a_name_called_a_child_is_a_person_in_every_mention(linker: EntityLinker) -> None:
    text = "Sınırda Melek adlı 7 yaşındaki kız yaralandı. Doktorlar Melek'in durumunun iyi olduğunu söyledi."
    spans = [span(text, "Melek", "LOC", confidence=0.8), span(text, "Melek'in", "LOC", confidence=0.7)]
    assert typed(linker.resolve(text, spans)) == {("PER", "Melek")}


def test_a_name_the_model_missed_before_adli_and_a_person_noun_is_added(linker: EntityLinker) -> None:
    text = "Olay yerinde bulunan Serdar Kaplankaya adlı vatandaş polise haber verdi."
    assert ("PER", "Serdar Kaplankaya") in typed(linker.resolve(text, []))


def test_a_company_called_so_is_an_organisation(linker: EntityLinker) -> None:
    text = "Bereketli Toprak adlı şirket, Konya'da yeni bir depo açtı."
    spans = [span(text, "Bereketli Toprak", "PER"), span(text, "Konya'da", "LOC")]
    assert ("ORG", "Bereketli Toprak") in typed(linker.resolve(text, spans))


def test_a_spacecraft_called_so_is_no_entity_at_all(linker: EntityLinker) -> None:
    text = "Ajans, Yakamoz adlı uzay aracını dün fırlattı. Yakamoz, iki gün sonra yörüngeye girecek."
    spans = [span(text, "Yakamoz", "PER"), span(text, "Yakamoz", "PER", 1)]
    assert linker.resolve(text, spans) == []


def test_a_quoted_title_before_adli_is_not_added_as_a_name(linker: EntityLinker) -> None:
    text = 'Yazar, "Kayıp Yıllar" adlı kitabını tanıttı.'
    assert linker.resolve(text, []) == []


def test_a_quoted_name_before_adli_and_a_bodys_noun_is_the_whole_quotation(linker: EntityLinker) -> None:
    text = "Havalimanının yanındaki 'Sarp Havacılık' adlı şirket büyüdü."
    assert typed(linker.resolve(text, [])) == {("ORG", "Sarp Havacılık")}


def test_a_known_place_before_adli_is_not_made_a_person(linker: EntityLinker) -> None:
    text = "Ankara adlı bir kadın değil, başkentin kendisi."
    assert ("PER", "Ankara") not in typed(linker.resolve(text, []))


@pytest.mark.parametrize(
    ("text", "model_span", "model_type", "name"),
    [
        ("Köyde tanıştığımız Gülsüm Hanım, kuraklıktan yakındı.", "Gülsüm Hanım", "ORG", "Gülsüm"),
        ("Bayi toplantısında Kemal Bey'e söz verildi.", "Kemal Bey'e", "PER", "Kemal"),
        ("Yönetim kurulu başkanı Kemal Bey bayilerle görüştü.", "Kemal Bey", "PER", "Kemal"),
        # an elder brother, a sister, a teacher: a form of address too
        ("Mahallede herkes Sadık Abi'yi tanır.", "Sadık Abi'yi", "PER", "Sadık"),
        ("Sahneye Nermin Hoca çıktı.", "Nermin Hoca", "ORG", "Nermin"),
    ],
)
def test_bey_and_hanim_after_a_name_make_a_person_without_them(
    linker: EntityLinker, text: str, model_span: str, model_type: EntityType, name: str
) -> None:
    spans = [span(text, model_span, model_type)]
    assert ("PER", name) in typed(linker.resolve(text, spans))


def test_beyaz_and_beyoglu_are_no_forms_of_address() -> None:
    for text in ("Ahmet Beyaz", "Galata Beyoğlu", "Ayşe", "Kemal Abidin", "Rasim Hocaoğlu"):
        assert without_address_form(Span("PER", 0, len(text), text, 0.9)) is None


def test_a_family_name_before_ailesi_is_a_person(linker: EntityLinker) -> None:
    text = "Bombardımanda Karadumanlı ailesine ait ev yıkıldı; Karadumanlı ailesinden üç kişi öldü."
    spans = [span(text, "Karadumanlı", "LOC", confidence=0.6), span(text, "Karadumanlı", "LOC", 1, 0.5)]
    assert typed(linker.resolve(text, spans)) == {("PER", "Karadumanlı")}


def test_a_known_place_before_ailesi_stays_a_place(linker: EntityLinker) -> None:
    text = "Gazze ailesi diye anılan dayanışma ağı büyüyor."
    assert typed(linker.resolve(text, [span(text, "Gazze", "LOC")])) == {("LOC", "Gazze")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sendika adına konuşan Deborah Kessling, grevin süreceğini söyledi.", "Deborah Kessling"),
        ("Gönüllü hemşirelerden Giorgia Benedetti, kampta ilaç bitti dedi.", "Giorgia Benedetti"),
        ("Bölgeye ulaşan Tala Muhsin, yolların kapalı olduğunu anlattı.", "Tala Muhsin"),
    ],
)
def test_a_foreign_full_name_the_model_sure_called_an_organisation_is_a_person(
    linker: EntityLinker, text: str, name: str
) -> None:
    entities = linker.resolve(text, [span(text, name, "ORG", confidence=0.97)])
    assert typed(entities) == {("PER", name)}


@pytest.mark.parametrize(
    ("text", "name", "model_type"),
    [
        ("Eyalette North Carolina seçimleri yapıldı.", "North Carolina", "LOC"),
        ("Şirket, Victoria Securities ile anlaştı.", "Victoria Securities", "ORG"),  # a company word
        ("Yatırımcılar Grace Holding hisselerini sattı.", "Grace Holding", "ORG"),  # a head word
        ("Analistler Morgan Stanley raporunu okudu.", "Morgan Stanley", "ORG"),  # a known company
        ("Heyet Maria Fernanda Hospital IV ile görüştü.", "Maria Fernanda Hospital IV", "ORG"),  # four words
    ],
)
def test_a_foreign_given_name_does_not_make_places_or_companies_people(
    linker: EntityLinker, text: str, name: str, model_type: EntityType
) -> None:
    entities = linker.resolve(text, [span(text, name, model_type, confidence=0.97)])
    assert all(e.type != "PER" for e in entities)


def test_the_foreign_list_finds_no_name_the_model_did_not_tag(linker: EntityLinker) -> None:
    text = "Toplantıya Deborah Kessling de katıldı."
    assert linker.resolve(text, []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dün Nuri Karabacak adlı işçi yaralandı.", "Nuri Karabacak"),
        ("Yüzbaşı Selim adlı askeri kurtardılar.", "Selim"),
        ("Sınırdaki Kilis'te Hamit adlı bir çiftçi öldü.", "Hamit"),
    ],
)
def test_an_added_name_leaves_out_openers_titles_and_places_before_it(
    linker: EntityLinker, text: str, name: str
) -> None:
    assert ("PER", name) in typed(linker.resolve(text, []))


@pytest.mark.parametrize(
    "text",
    [
        "Varlo'nun CEO'su Jana Weiss, satışların arttığını söyledi. Varlo, yeni fabrika kuracak.",
        "Varlo’nun hisseleri yüzde 4 düştü. Yatırımcılar Varlo için temkinli.",
    ],
)
def test_a_one_word_person_whose_ceo_or_shares_the_copy_names_is_a_company(linker: EntityLinker, text: str) -> None:
    spans = [span(text, "Varlo", "PER", n) for n in range(2)]
    assert ("ORG", "Varlo") in typed(linker.resolve(text, spans))


def test_a_person_with_a_full_name_keeps_being_a_person_before_such_words(linker: EntityLinker) -> None:
    text = "Kurucu Melis Arda konuştu. Arda'nın hisseleri satılmadı."
    spans = [span(text, "Melis Arda", "PER"), span(text, "Arda'nın", "PER")]
    assert typed(linker.resolve(text, spans)) == {("PER", "Melis Arda")}


def test_a_name_followed_by_sirketinin_is_a_company(linker: EntityLinker) -> None:
    text = "Toprakbey şirketinin fabrikası kapandı."
    assert typed(linker.resolve(text, [span(text, "Toprakbey", "PER")])) == {("ORG", "Toprakbey")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Açıklamayı Konya Ticaret Odası yaptı.", "Konya Ticaret Odası"),
        ("Dava, Kadıköy Cumhuriyet Başsavcılığı tarafından açıldı.", "Kadıköy Cumhuriyet Başsavcılığı"),
        ("Toplantıya Yeşilvadi Tarım Kooperatifi de katıldı.", "Yeşilvadi Tarım Kooperatifi"),
        ("Haberi Kuzey Işığı Radyosu duyurdu.", "Kuzey Işığı Radyosu"),
        ("Vize için Kanada Büyükelçiliği'ne başvurdu.", "Kanada Büyükelçiliği"),
    ],
)
def test_a_body_head_word_makes_the_name_an_organisation(linker: EntityLinker, text: str, name: str) -> None:
    assert ("ORG", name) in typed(linker.resolve(text, [span(text, name, "PER")]))


def test_a_foreign_given_name_opening_a_sentence_joins_the_surname_after_it(linker: EntityLinker) -> None:
    text = "Maddalena Ferrucci, kampta çalışan bir gönüllü. Ferrucci, ilaçların bittiğini söyledi."
    spans = [span(text, "Ferrucci", "PER"), span(text, "Ferrucci", "PER", 1)]
    assert typed(linker.resolve(text, spans)) == {("PER", "Maddalena Ferrucci")}


def test_mehmetcik_is_the_soldier_in_general_not_a_person(linker: EntityLinker) -> None:
    text = "Sınırda nöbet tutan Mehmetçik, bayramı karakolda geçirdi."
    assert linker.resolve(text, [span(text, "Mehmetçik", "PER")]) == []


def test_a_countrys_government_army_or_police_described_is_left_to_the_model() -> None:
    assert [head_type(w) for w in ("Hükümeti'nin", "Ordusu", "Polisi")] == [None, None, None]


def test_a_name_whose_mother_the_copy_names_is_a_person(linker: EntityLinker) -> None:
    text = "Enkazdan Halabi'nin annesi çıkarıldı. Halabi, hastanede tedavi görüyor."
    spans = [span(text, "Halabi'nin", "LOC", confidence=0.7), span(text, "Halabi", "LOC", 1, 0.6)]
    assert typed(linker.resolve(text, spans)) == {("PER", "Halabi")}


def test_the_children_of_a_known_place_keep_it_a_place(linker: EntityLinker) -> None:
    text = "Gazze'nin çocukları okula dönemiyor; Gazze'nin kızı diye anılan şair konuştu."
    spans = [span(text, "Gazze'nin", "LOC"), span(text, "Gazze'nin", "LOC", 1)]
    assert typed(linker.resolve(text, spans)) == {("LOC", "Gazze")}


def test_a_brand_before_marka_is_a_company(linker: EntityLinker) -> None:
    text = "Kaçak Felora marka telefonlar ele geçirildi."
    assert typed(linker.resolve(text, [span(text, "Felora", "PER")])) == {("ORG", "Felora")}


@pytest.mark.parametrize(
    ("text", "model_span", "model_type", "name"),
    [
        ("Takım, deplasmanda Tokatlıspor'a 2-1 yenildi.", "Tokatlıspor'a", "PER", "Tokatlıspor"),
        ("Genç oyuncu geçen sezon Karadenizspor'da forma giydi.", "Karadenizspor'da", "LOC", "Karadenizspor"),
        ("Maçta Kızılkaya Spor öne geçti.", "Kızılkaya Spor", "PER", "Kızılkaya Spor"),
        ("Sezonu Zalgiris FK ikinci bitirdi.", "Zalgiris FK", "PER", "Zalgiris FK"),
    ],
)
def test_a_sports_club_is_an_organisation(
    linker: EntityLinker, text: str, model_span: str, model_type: EntityType, name: str
) -> None:
    assert typed(linker.resolve(text, [span(text, model_span, model_type)])) == {("ORG", name)}


def test_the_word_spor_in_a_ministry_or_a_sentence_changes_nothing(linker: EntityLinker) -> None:
    text = "Gençlik ve Spor Bakanı Ayten Sarıgül, her gün spor yaptığını söyledi."
    found = typed(linker.resolve(text, [span(text, "Ayten Sarıgül", "PER")]))
    assert ("PER", "Ayten Sarıgül") in found
    assert all(t != "ORG" or "Bakan" in n for t, n in found)


def test_a_one_word_club_does_not_take_the_capitalised_word_before_it(linker: EntityLinker) -> None:
    text = "Ya Tokatlıspor kazansaydı ne olurdu?"
    assert typed(linker.resolve(text, [span(text, "Tokatlıspor", "ORG")])) == {("ORG", "Tokatlıspor")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Araştırmayı Kestrel Valley University yürüttü.", "Kestrel Valley University"),
        ("Rapor, Harwell Policy Institute tarafından yayımlandı.", "Harwell Policy Institute"),
        ("Açıklamayı Tidewater Records yaptı.", "Tidewater Records"),
        ("Şampiyonluğu Club Deportivo Lorca kazandı.", "Club Deportivo Lorca"),
        ("Kredi Banco Meridiano tarafından verildi.", "Banco Meridiano"),
    ],
)
def test_an_english_or_latin_body_word_makes_a_foreign_name_an_organisation(
    linker: EntityLinker, text: str, name: str
) -> None:
    assert typed(linker.resolve(text, [span(text, name, "PER")])) == {("ORG", name)}


def test_a_surname_that_is_also_a_body_word_in_english_stays_a_person(linker: EntityLinker) -> None:
    text = "Tenis efsanesi Margaret Court, turnuvayı izledi."
    assert typed(linker.resolve(text, [span(text, "Margaret Court", "PER")])) == {("PER", "Margaret Court")}
