"""EntityLinker.resolve (and the tokenizer and the model's spans) on what a ninth review of fresh copy found: a
king and a president of one given name, the US states, credit lines in lower case, fixtures' venues, names across a
line break or a semicolon, works given as examples, a title before a name the company votes call a body, place nouns
after some mentions only, planets.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import Entity
from newswire_tagger.entities import EntityLinker
from newswire_tagger.ner.model import _without_semicolons
from newswire_tagger.ner.tokenizer import split_sentences, tokenize

from tests.unit.tagger.labelled import listed, span


def named(entities: list[Entity], name: str) -> Entity:
    (entity,) = [e for e in entities if e.name == name]
    return entity


def test_uz_before_dr_is_a_title_and_a_surname_uz_still_ends_a_sentence() -> None:
    assert [t.text for t in tokenize("Uz. Dr. Ayşe Kaya")][:2] == ["Uz.", "Dr."]
    sentences = split_sentences("Toplantıya Kemal Uz. Ardından oylama yapıldı.")
    assert len(sentences) == 2


def test_a_king_and_a_president_of_one_given_name_are_two_people(linker: EntityLinker) -> None:
    text = (
        "Suudi Arabistan Kralı Abdullah Ankara'ya geldi. Kral Abdullah, Cumhurbaşkanı Abdullah Gül ile görüştü. "
        "Gül, ziyaretten memnun olduğunu söyledi."
    )
    spans = [
        span(text, "Suudi Arabistan", "LOC"),
        span(text, "Abdullah", "PER"),
        span(text, "Abdullah", "PER", 1),
        span(text, "Abdullah Gül", "PER"),
        span(text, "Gül", "PER", 1),
    ]
    people = [e for e in linker.resolve(text, spans) if e.type == "PER"]
    assert sorted(len(e.mentions) for e in people) == [2, 2]
    assert {e.name for e in people} == {"Abdullah", "Abdullah Gül"}


def test_a_given_name_after_the_same_office_is_still_the_full_name(linker: EntityLinker) -> None:
    text = "Dışişleri Bakanı Ahmet Davutoğlu Bakü'ye gitti. Bakan Ahmet orada konuştu."
    spans = [span(text, "Ahmet Davutoğlu", "PER"), span(text, "Ahmet", "PER", 1)]
    found = linker.resolve(text, spans)
    assert [(e.name, len(e.mentions)) for e in found if e.type == "PER"] == [("Ahmet Davutoğlu", 2)]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Virginia", "US"), ("Virjinya", "US"), ("Colorado", "US"), ("Teksas", "US"), ("Georgia", "US")],
)
def test_a_us_state_is_the_state_not_a_town_abroad(linker: EntityLinker, name: str, country: str) -> None:
    text = f"Fırtına {name} eyaletinde etkili oldu."
    (place,) = linker.resolve(text, [span(text, name, "LOC")])
    assert place.country_code == country
    assert place.geo is not None


def test_washington_and_new_york_stay_the_cities(linker: EntityLinker) -> None:
    text = "Washington ve New York'ta güvenlik önlemleri artırıldı."
    found = linker.resolve(text, [span(text, "Washington", "LOC"), span(text, "New York", "LOC")])
    assert {e.id for e in found} == {"geonames:4140963", "geonames:5128581"}


def test_a_credit_line_in_lower_case_names_the_outlet(linker: EntityLinker) -> None:
    text = "Borsa günü yükselişle tamamladı\n\nBorsa İstanbul'da endeks yüzde 2 yükseldi.\n ntvmsnbc"
    found = linker.resolve(text, [span(text, "Borsa İstanbul", "ORG")])
    assert ("ORG", "ntvmsnbc") in {(e.type, e.name.lower()) for e in found}


def test_a_line_of_a_lower_case_word_no_list_knows_names_nothing(linker: EntityLinker) -> None:
    text = "Borsa günü yükselişle tamamladı\n\nBorsa İstanbul'da endeks yüzde 2 yükseldi.\n devam edecek"
    assert listed(linker.resolve(text, [span(text, "Borsa İstanbul", "ORG")])) == {("ORG", "Borsa İstanbul")}


def test_a_fixtures_bracket_is_the_venue_whatever_its_words(linker: EntityLinker) -> None:
    text = (
        "Ligde 20. hafta başlıyor\n\nKarşılaşmalar şöyle:\n"
        "19.00 Fenerbahçe-Göztepe (Fenerbahçe Şükrü Saracoğlu)\n"
        "15.30 Gaziantepspor-Sivasspor (Kamil Ocak)\n"
        "16.00 Trabzonspor-Karabükspor (Hüseyin Avni Aker - Seyircisiz)\n"
        "21.00 Beşiktaş-Bursaspor (Lig TV)\n"
    )
    spans = [
        span(text, "Şükrü Saracoğlu", "PER"),
        span(text, "Kamil", "PER"),
        span(text, "Hüseyin Avni Aker", "PER"),
        span(text, "Lig TV", "ORG"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("LOC", "Fenerbahçe Şükrü Saracoğlu"), ("LOC", "Kamil Ocak"), ("LOC", "Hüseyin Avni Aker")} <= found
    assert ("ORG", "Lig TV") in found
    assert not {name for kind, name in found if kind == "PER"}


def test_no_name_runs_across_a_line_break(linker: EntityLinker) -> None:
    text = "Dünya gündeminde\n\nYönetim zor durumda.\nAYIRMIYOR\nKaşıkçı cinayeti tartışılıyor."
    found = linker.resolve(text, [span(text, "AYIRMIYOR\nKaşıkçı", "PER")])
    assert listed(found) == {("PER", "Kaşıkçı")}


def test_a_name_is_not_widened_across_a_line_break(linker: EntityLinker) -> None:
    text = "Festival\n\nSanatçılar gidemedi.\nVİZE ENGELİNİ AŞAMADILAR \nMüjde Ar ve Şener Şen vize alamadı."
    spans = [span(text, "Müjde Ar", "PER"), span(text, "Şener Şen", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Müjde Ar"), ("PER", "Şener Şen")}


def test_the_models_span_is_cut_at_a_semicolon() -> None:
    tokens = tokenize("Defne Koz ; Endüstriyel Tasarımcılar Kuruluşu")
    assert list(_without_semicolons(tokens, 0, len(tokens))) == [(0, 2), (3, 6)]
    assert list(_without_semicolons(tokens, 2, 3)) == []


def test_names_given_as_examples_of_films_are_titles(linker: EntityLinker) -> None:
    text = (
        "Pixar, Finding Nemo, Toy Story ve Cars gibi ünlü Hollywood animasyon filmlerinin yapımcısıdır. "
        "Şirketi John Lasseter yönetiyor."
    )
    spans = [
        span(text, "Pixar", "ORG"),
        span(text, "Finding Nemo", "PER"),
        span(text, "Cars", "LOC"),
        span(text, "Hollywood", "LOC"),
        span(text, "John Lasseter", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Pixar") in found  # the sentence's subject, not a member of the list
    assert not {name for _kind, name in found} & {"Finding Nemo", "Cars"}


def test_examples_of_directors_before_their_films_stay_people(linker: EntityLinker) -> None:
    text = "Nuri Bilge Ceylan ve Fatih Akın gibi yönetmenlerin filmleri festivalde gösterilecek."
    spans = [span(text, "Nuri Bilge Ceylan", "PER"), span(text, "Fatih Akın", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Nuri Bilge Ceylan"), ("PER", "Fatih Akın")}


def test_a_title_before_a_name_the_company_votes_call_a_body_keeps_the_person(linker: EntityLinker) -> None:
    text = "ABD Savunma Bakanı Hagel'in Kabil'i ziyaretine ilişkin açıklama yapıldı."
    spans = [span(text, "ABD", "LOC"), span(text, "Hagel'in", "PER"), span(text, "Kabil'i", "LOC")]
    assert ("PER", "Hagel") in listed(linker.resolve(text, spans))


def test_a_duchess_is_a_title(linker: EntityLinker) -> None:
    text = "Cambridge Düşesi Catherine hastaneden taburcu oldu."
    spans = [span(text, "Cambridge", "LOC"), span(text, "Düşesi Catherine", "PER")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Cambridge"), ("PER", "Catherine")}


def test_a_private_tutoring_school_is_a_body(linker: EntityLinker) -> None:
    text = "Öğrenciler Uğur Dershanesi'nde sınava hazırlanıyor."
    assert listed(linker.resolve(text, [span(text, "Uğur Dershanesi'nde", "PER")])) == {("ORG", "Uğur Dershanesi")}


def test_a_place_noun_after_some_mentions_types_them_all(linker: EntityLinker) -> None:
    text = (
        "Suriye'nin en önemli petrol bölgesi olan Rimelan'ın kontrolü el değiştirdi. Rimelan bölgesinde "
        "çatışmalar sürüyor. Rimelan'da halk tedirgin."
    )
    spans = [
        span(text, "Suriye'nin", "LOC"),
        span(text, "Rimelan'ın", "PER"),
        span(text, "Rimelan", "PER", 1),
        span(text, "Rimelan'da", "PER"),
    ]
    found = linker.resolve(text, spans)
    assert listed(found) == {("LOC", "Suriye"), ("LOC", "Rimelan")}
    assert len(named(found, "Rimelan").mentions) == 3


def test_a_planet_is_a_place_of_the_sky_and_no_town(linker: EntityLinker) -> None:
    text = "Gezegen, Jüpiter'in kütlesinden dört kat büyük."
    (planet,) = linker.resolve(text, [span(text, "Jüpiter'in", "PER")])
    assert (planet.type, planet.name, planet.country_code) == ("LOC", "Jüpiter", None)


def test_a_rifle_is_no_one(linker: EntityLinker) -> None:
    text = "Saldırganın elinde bir Kalaşnikov vardı."
    assert linker.resolve(text, [span(text, "Kalaşnikov", "PER")]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ABD'de Sandy kasırgasının yaraları sarılıyor. Sandy kasırgasından en çok New Jersey etkilendi.", "Sandy"),
        ("Almanya'nın medya ödülü Bambi ödülleri sahiplerini buldu.", "Bambi"),
    ],
)
def test_a_storm_and_an_award_are_no_names(linker: EntityLinker, text: str, name: str) -> None:
    spans = [span(text, name, "LOC"), *([span(text, name, "LOC", 1)] if text.count(name) > 1 else [])]
    assert name not in {e.name for e in linker.resolve(text, spans)}


def test_the_giver_of_an_award_stays_a_body(linker: EntityLinker) -> None:
    text = "Törende Tuzla Belediyesi ödülü de verildi."
    assert listed(linker.resolve(text, [span(text, "Tuzla Belediyesi", "ORG")])) == {("ORG", "Tuzla Belediyesi")}


def test_a_title_in_the_plural_is_no_name_and_the_cabinet_is_one(linker: EntityLinker) -> None:
    text = "Maliye ve Enerji Bakanları ile görüştük. Bakanlar Kurulu da konuyu ele aldı."
    spans = [span(text, "Maliye ve Enerji Bakanları", "ORG"), span(text, "Bakanlar Kurulu", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Bakanlar Kurulu")}


@pytest.mark.parametrize("word", ["Trombon", "Soul", "MW"])
def test_instruments_genres_and_units_are_no_names(linker: EntityLinker, word: str) -> None:
    text = f"Konserde Tom White ({word}) sahne aldı."
    found = linker.resolve(text, [span(text, "Tom White", "PER"), span(text, word, "ORG")])
    assert listed(found) == {("PER", "Tom White")}


def test_a_name_before_adinda_and_a_kin_noun_is_a_person(linker: EntityLinker) -> None:
    text = "Çiftin Leonardo adında bir oğlu var."
    assert listed(linker.resolve(text, [span(text, "Leonardo", "ORG")])) == {("PER", "Leonardo")}


def test_a_state_in_a_headlines_capitals_is_named_as_the_gazetteer_spells_it(linker: EntityLinker) -> None:
    text = "INDIANA'DA FIRTINA\n\nKentte hayat durdu."
    (place,) = linker.resolve(text, [span(text, "INDIANA'DA", "LOC")])
    assert (place.name, place.country_code) == ("Indiana", "US")


def test_a_things_noun_after_one_mention_only_leaves_the_person(linker: EntityLinker) -> None:
    text = "Drogba için Beckham modeli konuşuluyor. Beckham'ın yarım sezon Milan'da oynaması örnek gösterildi."
    spans = [span(text, "Beckham", "PER"), span(text, "Beckham'ın", "PER"), span(text, "Milan'da", "ORG")]
    assert ("PER", "Beckham") in listed(linker.resolve(text, spans))


def test_no_name_ends_in_a_joiner(linker: EntityLinker) -> None:
    text = "Gecede Oğuzhan Uğur & Sattas sahne aldı."
    assert listed(linker.resolve(text, [span(text, "Oğuzhan Uğur &", "PER")])) == {("PER", "Oğuzhan Uğur")}


def test_a_known_outlet_in_single_quotes_is_found(linker: EntityLinker) -> None:
    text = "Kürtçe yayınlanan 'Rudaw' gazetesinin sitesinde yer alan habere göre çatışma sürüyor."
    assert ("ORG", "Rudaw") in listed(linker.resolve(text, []))


def test_a_club_that_is_a_district_is_the_club_in_a_sports_story(linker: EntityLinker) -> None:
    text = (
        "Beşiktaş'ın yükselen isimlerinden Filip Holosko açıklama yaptı. Slovak futbolcu, transfer döneminde "
        "takımda kalacağını, ligde ve maçlarda gol atmayı sürdüreceğini söyledi."
    )
    spans = [span(text, "Beşiktaş'ın", "LOC"), span(text, "Filip Holosko", "PER")]
    assert ("ORG", "Beşiktaş") in listed(linker.resolve(text, spans))


def test_the_district_stays_a_place_outside_sport(linker: EntityLinker) -> None:
    text = "Beşiktaş'ta bir binada yangın çıktı. İtfaiye ekipleri yangını kısa sürede söndürdü."
    assert listed(linker.resolve(text, [span(text, "Beşiktaş'ta", "LOC")])) == {("LOC", "Beşiktaş")}


def test_a_turkish_town_in_capitals_keeps_its_dotted_capital(linker: EntityLinker) -> None:
    text = "İSTANBUL'DA KAR\n\nKentte ulaşım aksadı."
    (place,) = linker.resolve(text, [span(text, "İSTANBUL'DA", "LOC")])
    assert place.name == "İstanbul"


def test_irans_revolutionary_guards_are_a_body(linker: EntityLinker) -> None:
    text = "Eski bir Devrim Muhafızları komutanı olan Kevseri açıklama yaptı."
    found = linker.resolve(text, [span(text, "Devrim Muhafızları", "LOC"), span(text, "Kevseri", "PER")])
    assert ("ORG", "Devrim Muhafızları") in listed(found)


def test_a_quotation_opening_with_a_known_name_gives_the_name(linker: EntityLinker) -> None:
    text = "Bakan şöyle konuştu: 'Sudan'a yardım ulaştırıyoruz, çalışmalar sürecek.' Açıklama ilgiyle karşılandı."
    assert ("LOC", "Sudan") in listed(linker.resolve(text, []))


def test_a_quoted_title_with_a_head_word_is_no_name(linker: EntityLinker) -> None:
    text = "Oyuncu, 'Kurtlar Vadisi' dizisinde rol aldı ve 'Susam Sokağı' programını izledi."
    assert linker.resolve(text, []) == []


def test_dotted_initials_are_no_company_joined_by_an_ampersand(linker: EntityLinker) -> None:
    text = "Olayda yaralanan T.D. hastaneye kaldırıldı. Polis, T.D.'nin ifadesine başvurdu."
    spans = [span(text, "T.D.", "PER"), span(text, "T.D.'nin", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "T.D.")}


def test_initials_with_a_case_ending_named_by_a_role_are_a_person(linker: EntityLinker) -> None:
    text = "Kazada yaralanan sürücü R.İ'nin durumu ağır."
    assert listed(linker.resolve(text, [span(text, "R.İ'nin", "ORG")])) == {("PER", "R.İ")}


def test_a_persons_span_of_two_provinces_is_two_places(linker: EntityLinker) -> None:
    text = "Kaza, Erzurum Bingöl karayolunda meydana geldi."
    found = linker.resolve(text, [span(text, "Erzurum Bingöl", "PER")])
    assert listed(found) == {("LOC", "Erzurum"), ("LOC", "Bingöl")}


def test_a_line_up_in_running_copy_is_people(linker: EntityLinker) -> None:
    text = (
        "Schalke 04 ise Hildebrand, Hoger, Matips, Kolasinac, Farfan, Jones, Draxler, Bastos ve Huntelaar "
        "ilk 11'i ile sahada yer alacak."
    )
    spans = [span(text, "Schalke 04", "ORG"), span(text, "Draxler", "LOC"), span(text, "Jones", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Matips"), ("PER", "Draxler"), ("PER", "Jones")} <= found
    assert any(t == "PER" and name.endswith("Huntelaar") for t, name in found)  # (the lists know him in full)
    assert ("ORG", "Schalke 04") in found


def test_a_list_of_brands_without_a_line_ups_words_is_left_to_the_model(linker: EntityLinker) -> None:
    text = "Şirketin markaları Unibaby, Wogi, Comfort, Premax, Unimed, Mentholix ve Lemonni satışta."
    spans = [span(text, "Comfort", "ORG")]
    assert not {name for kind, name in listed(linker.resolve(text, spans)) if kind == "PER"}


def test_no_persons_name_ends_in_an_abstract_nouns_compound(linker: EntityLinker) -> None:
    text = "Yunanistan Başbakanı Andonis Samaras Kıta Sahanlığı konusunda konuştu. Samaras anlaşma istedi."
    spans = [span(text, "Andonis Samaras Kıta Sahanlığı", "PER"), span(text, "Samaras", "PER", 1)]
    assert ("PER", "Andonis Samaras") in listed(linker.resolve(text, spans))


def test_a_turkish_town_with_an_unmarked_case_ending_is_found(linker: EntityLinker) -> None:
    text = "Fırtına en çok Mersinde etkili oldu. Kilise onarıldı. Ekipler Ankaradan geldi."
    assert listed(linker.resolve(text, [])) == {("LOC", "Mersin"), ("LOC", "Ankara")}


def test_a_bar_and_a_fire_brigade_are_bodies_with_unmarked_endings(linker: EntityLinker) -> None:
    text = "Avukat, İstanbul Barosuna başvurdu. Yangına Şişli İtfaiyesine bağlı ekipler müdahale etti."
    spans = [span(text, "İstanbul Barosuna", "ORG"), span(text, "Şişli İtfaiyesine", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "İstanbul Barosu"), ("ORG", "Şişli İtfaiyesi")}


def test_listed_initials_with_a_case_ending_are_people(linker: EntityLinker) -> None:
    text = "Olayla ilgili şüpheli C.T. ve M.A'yı gözaltına alan polis soruşturma başlattı."
    spans = [span(text, "C.T.", "PER"), span(text, "M.A'yı", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("PER", "C.T."), ("PER", "M.A")}


# Guards the code review of the round asked for (var/tmp/reviews/code-review-9.md, not committed).


@pytest.mark.parametrize(
    "text",
    [
        "Bayramda herkes birbirine 'Mübarek olsun, hayırlı olsun' dedi.",
        "Yazar, 'Da Vinci Şifresi' kitabının devamını yazdı.",
    ],
)
def test_a_quotation_opening_with_a_word_or_a_title_names_no_one(linker: EntityLinker, text: str) -> None:
    assert not {kind for kind, _name in listed(linker.resolve(text, []))} & {"PER"}


def test_the_first_months_of_a_year_are_no_line_up(linker: EntityLinker) -> None:
    text = "İhracat Almanya, Fransa, İtalya, İspanya, Irak, Hollanda ve Belçika ilk 11 ayda arttı."
    spans = [span(text, name, "LOC") for name in ("Almanya", "Fransa", "İtalya", "İspanya", "Irak", "Hollanda")]
    assert not {name for kind, name in listed(linker.resolve(text, spans)) if kind == "PER"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yılmaz Güney gibi filmleri yasaklanan yönetmenler anıldı.", "Yılmaz Güney"),
        ("Yazar Ahmet Ümit gibi ünlü Türk romanlarının yazarları katıldı.", "Ahmet Ümit"),
    ],
)
def test_people_before_gibi_and_their_works_stay_people(linker: EntityLinker, text: str, person: str) -> None:
    assert ("PER", person) in listed(linker.resolve(text, [span(text, person, "PER")]))


def test_buildings_given_as_examples_of_works_stay_places(linker: EntityLinker) -> None:
    text = "Selanik'te Yeni Cami, Bey Hamamı gibi Osmanlı eserleri ziyaret edildi."
    spans = [span(text, "Yeni Cami", "LOC"), span(text, "Bey Hamamı", "LOC")]
    assert {("LOC", "Yeni Cami"), ("LOC", "Bey Hamamı")} <= listed(linker.resolve(text, spans))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Stadyumda Hakan Şükür fırtınası esti.", "Hakan Şükür"),
        ("Ödülünü ING Bank Genel Müdürü Pınar Abay'a ödülünü verdi.", "Pınar Abay"),
    ],
)
def test_a_person_before_a_storms_or_a_prizes_noun_stays(linker: EntityLinker, text: str, person: str) -> None:
    written = person + ("'a" if "Abay'a" in text else "")
    assert ("PER", person) in listed(linker.resolve(text, [span(text, written, "PER")]))


@pytest.mark.parametrize("bracket", ["Canlı", "Ayşe Demir"])
def test_one_timed_line_with_a_bracket_is_no_fixture_list(linker: EntityLinker, bracket: str) -> None:
    text = f"Bu akşam\n\n20.00 Fenerbahçe-Galatasaray ({bracket})\n"
    assert not {name for kind, name in listed(linker.resolve(text, [])) if kind == "LOC"} & {bracket}


def test_a_district_in_a_story_with_few_sports_words_stays_a_place(linker: EntityLinker) -> None:
    text = (
        "Beşiktaş'ta bir binada yangın çıktı. Formalite gereği inceleme başlatıldı; golf sahası ve maç izleyen "
        "komşular tahliye edildi."
    )
    assert ("LOC", "Beşiktaş") in listed(linker.resolve(text, [span(text, "Beşiktaş'ta", "LOC")]))


def test_a_three_word_name_with_an_abstract_compound_keeps_the_surname(linker: EntityLinker) -> None:
    text = "Başbakan Samaras Kıta Sahanlığı konusunda konuştu."
    assert ("PER", "Samaras") in listed(linker.resolve(text, [span(text, "Samaras Kıta Sahanlığı", "PER")]))


@pytest.mark.parametrize(("text", "found"), [("Kızı Vanda bugün geldi.", set()), ("Fuar Sivasta açıldı.", {"Sivas"})])
def test_unmarked_endings_need_a_town_of_four_letters(linker: EntityLinker, text: str, found: set[str]) -> None:
    assert {name for kind, name in listed(linker.resolve(text, [])) if kind == "LOC"} == found


def test_a_lower_case_word_in_a_poems_line_is_no_credit(linker: EntityLinker) -> None:
    text = "Şiir dinletisi\n\nŞair şu dizeleri okudu:\nhürriyet\nsenin adındır.\nDinleyiciler alkışladı."
    assert linker.resolve(text, []) == []


def test_a_firms_and_co_is_not_cut(linker: EntityLinker) -> None:
    text = "İhaleyi Philipp Holzmann & Co. kazandı."
    found = listed(linker.resolve(text, [span(text, "Philipp Holzmann &", "ORG")]))
    assert ("PER", "Philipp Holzmann") not in found


def test_a_bodys_name_wrapped_over_two_lines_in_mixed_case_stays_whole(linker: EntityLinker) -> None:
    text = "Açıklama\n\nAçıklamayı Türkiye Odalar ve Borsalar\nBirliği yaptı."
    found = listed(linker.resolve(text, [span(text, "Türkiye Odalar ve Borsalar\nBirliği", "ORG")]))
    assert ("ORG", "Birliği") not in found


def test_a_persons_span_opening_with_a_given_name_and_a_province_stays_a_person(linker: EntityLinker) -> None:
    text = "Gazeteci Aydın Bolu yeni kitabını tanıttı."
    assert ("PER", "Aydın Bolu") in listed(linker.resolve(text, [span(text, "Aydın Bolu", "PER")]))


def test_a_district_after_its_province_stays_a_place_in_a_sports_story(linker: EntityLinker) -> None:
    text = (
        "Eski futbol hakemi hayatını kaybetti. Basketbol hakemliği de yapan hakem, İstanbul Beşiktaş'taki evinde "
        "vefat etti."
    )
    spans = [span(text, "İstanbul", "LOC"), span(text, "Beşiktaş'taki", "LOC")]
    assert ("LOC", "Beşiktaş") in listed(linker.resolve(text, spans))
