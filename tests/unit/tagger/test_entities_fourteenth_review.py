"""EntityLinker.resolve on what a fourteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.titles import title_before

from tests.unit.tagger.labelled import listed, span

# --- a company's short form, one firm -------------------------------------------------------------------------------


def test_a_companys_short_form_is_the_firm_the_article_names_in_full(linker: EntityLinker) -> None:
    text = "Karaçam Tekstil yeni fabrikasını açtı. Karaçam, geçen yıl ihracatını artırdı."
    spans = [span(text, "Karaçam Tekstil", "ORG"), span(text, "Karaçam", "ORG", 1)]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("ORG", "Karaçam Tekstil")}
    assert [m.text for m in entities[0].mentions] == ["Karaçam Tekstil", "Karaçam"]


def test_a_short_form_two_firms_open_with_stays_apart(linker: EntityLinker) -> None:
    # (which of the group's firms the short form means is unclear)
    text = "Karaçam Holding ve Karaçam Otomotiv birleşti. Karaçam, geçen yıl büyüdü."
    spans = [
        span(text, "Karaçam Holding", "ORG"),
        span(text, "Karaçam Otomotiv", "ORG"),
        span(text, "Karaçam", "ORG", 2),
    ]
    assert ("ORG", "Karaçam") in listed(linker.resolve(text, spans))


def test_a_country_before_a_firms_sector_word_stays_the_country(linker: EntityLinker) -> None:
    text = "Japonya Havayolları yeni uçak aldı. Japonya, turizmde rekor kırdı."
    spans = [span(text, "Japonya Havayolları", "ORG"), span(text, "Japonya", "LOC", 1)]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Japonya Havayolları"), ("LOC", "Japonya")}


def test_an_acronym_joins_only_its_groups_name(linker: EntityLinker) -> None:
    # an acronym names a body of its own ("ODTÜ" the university, "ODTÜ Elektronik" a firm); "EVKAR" its holding
    text = "ODTÜ Elektronik yeni ürününü tanıttı. ODTÜ, yeni bölüm açtı. EVKAR Holding büyüdü. EVKAR, kâr etti."
    spans = [
        span(text, "ODTÜ Elektronik", "ORG"),
        span(text, "ODTÜ", "ORG", 1),
        span(text, "EVKAR Holding", "ORG"),
        span(text, "EVKAR", "ORG", 1),
    ]
    assert listed(linker.resolve(text, spans)) == {
        ("ORG", "ODTÜ Elektronik"),
        ("ORG", "ODTÜ"),
        ("ORG", "EVKAR Holding"),
    }


def test_a_known_firm_joins_its_groups_name(linker: EntityLinker) -> None:
    text = "Koç Holding yeni yatırımını açıkladı. Koç, geçen yıl da büyümüştü."
    spans = [span(text, "Koç Holding", "ORG"), span(text, "Koç", "ORG", 1)]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Koç Holding")}


# --- a firm's legal form --------------------------------------------------------------------------------------------


def test_a_legal_form_the_model_read_apart_is_the_firms(linker: EntityLinker) -> None:
    text = "Brauhaus Werke AG, yeni yatırım açıkladı."
    spans = [span(text, "Brauhaus Werke", "ORG"), span(text, "AG", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Brauhaus Werke AG")}


def test_a_known_firm_with_its_legal_form_is_linked_to_the_firm(linker: EntityLinker) -> None:
    text = "Deutsche Telekom AG, yeni yatırım açıkladı. Deutsche Telekom ise büyüdü."
    spans = [span(text, "Deutsche Telekom AG", "ORG"), span(text, "Deutsche Telekom", "ORG", 1)]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("ORG", "Deutsche Telekom")}
    assert entities[0].id == "org:deutsche-telekom"


@pytest.mark.parametrize("word", ["AG", "GYO"])
def test_a_legal_form_alone_is_no_firm(linker: EntityLinker, word: str) -> None:
    text = f"Şirketin {word} ortaklığı sona erdi."
    assert listed(linker.resolve(text, [span(text, word, "ORG")])) == set()


def test_a_real_estate_trusts_form_is_part_of_its_name(linker: EntityLinker) -> None:
    text = "Güneşli GYO yeni projesini duyurdu."
    spans = [span(text, "GYO", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Güneşli GYO")}


# --- a country glued to a body of one of its towns ------------------------------------------------------------------


def test_a_country_glued_to_a_body_of_its_town_is_two_names(linker: EntityLinker) -> None:
    text = "Araştırmayı Japonya Kyoto Üniversitesi yürüttü."
    spans = [span(text, "Japonya Kyoto Üniversitesi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Japonya"), ("ORG", "Kyoto Üniversitesi")}


def test_a_country_in_capitals_and_a_court_of_its_town_are_two_names(linker: EntityLinker) -> None:
    text = "ALMANYA Hamburg Yüksek Mahkemesi dün kararını açıkladı."
    spans = [span(text, "ALMANYA", "LOC"), span(text, "Hamburg Yüksek Mahkemesi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Almanya"), ("ORG", "Hamburg Yüksek Mahkemesi")}


@pytest.mark.parametrize("name", ["Pakistan Yüksek Mahkemesi", "Gazze Sağlık Bakanlığı"])
def test_a_body_named_by_its_country_or_place_alone_stays_whole(linker: EntityLinker, name: str) -> None:
    text = f"{name} dün açıklama yaptı."
    assert listed(linker.resolve(text, [span(text, name, "ORG")])) == {("ORG", name)}


def test_a_place_before_a_body_still_joins_it(linker: EntityLinker) -> None:
    text = "Gazze Sağlık Bakanlığı dün açıklama yaptı."
    spans = [span(text, "Gazze", "LOC"), span(text, "Sağlık Bakanlığı", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Gazze Sağlık Bakanlığı")}


# --- people ---------------------------------------------------------------------------------------------------------


def test_an_east_asian_family_name_alone_goes_to_the_person_named_last(linker: EntityLinker) -> None:
    text = "Seul'de Park Ji-hoon ile Park Min-seo görüştü. Park, görüşmeden memnun olduğunu söyledi."
    spans = [span(text, "Park Ji-hoon", "PER"), span(text, "Park Min-seo", "PER"), span(text, "Park", "PER", 2)]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Park") not in found
    assert {("PER", "Park Ji-hoon"), ("PER", "Park Min-seo")} <= found


def test_a_western_surname_two_people_share_first_stays_apart(linker: EntityLinker) -> None:
    # (a given name alone is no family name first: "Ahmet" of two Ahmets stays unassigned)
    text = "Ahmet Kaya ile Ahmet Demir görüştü. Ahmet, görüşmeden memnun olduğunu söyledi."
    spans = [span(text, "Ahmet Kaya", "PER"), span(text, "Ahmet Demir", "PER"), span(text, "Ahmet", "PER", 2)]
    assert ("PER", "Ahmet") in listed(linker.resolve(text, spans))


def test_an_honorific_glued_by_its_dot_is_no_part_of_the_name(linker: EntityLinker) -> None:
    text = "Kadın Doğum Uzmanı Op. Dr.Selim Akar açıklama yaptı."
    spans = [span(text, "Selim Akar", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Selim Akar")}


def test_an_offices_acronym_in_the_possessive_is_a_title() -> None:
    text = "Toplantıda Akdeniz Holding CFO'su Selim Akar konuştu."
    assert title_before(text, text.index("Selim"), lambda words: words == "Akdeniz Holding") == (
        "Akdeniz Holding CFO'su"
    )


def test_a_person_after_an_offices_acronym_is_kept_when_the_model_is_unsure(linker: EntityLinker) -> None:
    text = "Toplantıda Akdeniz Holding CFO'su Gürol Tanık konuştu."
    spans = [span(text, "Akdeniz Holding", "ORG"), span(text, "Gürol Tanık", "ORG")]
    spans[1] = spans[1].__class__("ORG", spans[1].start, spans[1].end, spans[1].text, 0.5)
    assert ("PER", "Gürol Tanık") in listed(linker.resolve(text, spans))


# --- bodies and places ----------------------------------------------------------------------------------------------


def test_a_head_word_in_the_genitive_opens_no_name(linker: EntityLinker) -> None:
    text = "Savcılık, Başsavcılığın Konya Emniyet Müdürlüğü'ne verdiği talimatla harekete geçti."
    spans = [span(text, "Başsavcılığın Konya Emniyet Müdürlüğü'ne", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Konya Emniyet Müdürlüğü")}


def test_a_town_in_capitals_after_a_bylines_slash_is_the_dateline(linker: EntityLinker) -> None:
    text = "Selin KAYA / MİLANO (DHA) - İtalya'da seçim yapıldı."
    spans = [span(text, "Selin KAYA", "PER"), span(text, "MİLANO", "ORG")]
    assert ("LOC", "Milano") in listed(linker.resolve(text, spans))


def test_an_english_fund_is_a_body(linker: EntityLinker) -> None:
    text = "Toplantıyı Atlantic Heritage Fund düzenledi."
    assert listed(linker.resolve(text, [span(text, "Atlantic Heritage Fund", "PER")])) == {
        ("ORG", "Atlantic Heritage Fund")
    }


def test_a_quoted_name_before_a_bands_noun_is_the_band(linker: EntityLinker) -> None:
    text = "Törende “Silver Lanes” grubuna ödül verildi."
    assert listed(linker.resolve(text, [])) == {("ORG", "Silver Lanes")}


def test_a_quoted_name_before_the_bare_genitive_of_the_noun_is_no_band(linker: EntityLinker) -> None:
    # ("grubun şarkısı": the band's song; the quoted title is the song's)
    text = "Bu şarkı “Silver Lanes” grubun en bilinen eseridir."
    assert listed(linker.resolve(text, [])) == set()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Çekilişte Piyango büyük ikramiyeyi verdi.", "Piyango"),
        ("Sürücüler KGS ile geçişlerde sorun yaşadı.", "KGS"),
    ],
)
def test_the_lotterys_games_and_toll_systems_are_no_names(linker: EntityLinker, text: str, words: str) -> None:
    assert listed(linker.resolve(text, [span(text, words, "ORG")])) == set()


def test_the_golden_horn_is_a_place(linker: EntityLinker) -> None:
    text = "Haliç'in iki yakası yeni köprüyle birleşiyor."
    assert listed(linker.resolve(text, [span(text, "Haliç'in", "PER")])) == {("LOC", "Haliç")}


def test_a_turkish_bodys_name_opening_with_the_country_and_a_districts_word_stays_whole(linker: EntityLinker) -> None:
    # ("Genç" is a district of Bingöl, and the word "young")
    text = "Türkiye Genç Çiftçiler Derneği dün açıklama yaptı."
    spans = [span(text, "Türkiye Genç Çiftçiler Derneği", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Türkiye Genç Çiftçiler Derneği")}


def test_a_place_before_a_firm_named_after_it_stays_the_place(linker: EntityLinker) -> None:
    text = "Tazmanya Turizm yeni kampanya başlattı. Tazmanya, her yıl binlerce turist ağırlıyor."
    spans = [span(text, "Tazmanya Turizm", "ORG"), span(text, "Tazmanya", "LOC", 1)]
    assert ("LOC", "Tazmanya") in listed(linker.resolve(text, spans))


def test_a_short_form_two_bodies_open_with_stays_apart(linker: EntityLinker) -> None:
    text = "Karaçam Teknoloji ve Karaçam Bankası ortak kampüs kuruyor. Karaçam, yatırımı açıkladı."
    spans = [
        span(text, "Karaçam Teknoloji", "ORG"),
        span(text, "Karaçam Bankası", "ORG"),
        span(text, "Karaçam", "ORG", 2),
    ]
    assert ("ORG", "Karaçam") in listed(linker.resolve(text, spans))


def test_a_lone_country_before_a_legal_form_is_not_joined(linker: EntityLinker) -> None:
    text = "Devlet petrol şirketi (Petroleos de Bolivia SA) üretimi azalttı."
    spans = [span(text, "Bolivia", "LOC"), span(text, "SA", "ORG")]
    assert ("ORG", "Bolivia SA") not in listed(linker.resolve(text, spans))


def test_a_quoted_name_before_a_move_is_no_movement(linker: EntityLinker) -> None:
    text = "Sunucu, “Kanguru” hareketini yapamayınca sahneden kaçtı."
    assert listed(linker.resolve(text, [])) == set()


@pytest.mark.parametrize("name", ["Rahbani Brothers", "Nilüfer Verdi Trio"])
def test_a_bands_last_word_makes_a_band(linker: EntityLinker, name: str) -> None:
    text = f"Gecede {name} ile birlikte sahneye çıktı."
    assert listed(linker.resolve(text, [span(text, name, "PER")])) == {("ORG", name)}


@pytest.mark.parametrize("name", ["Tacettin Dergahı", "Sultanhanı Kervansarayı"])
def test_a_lodges_or_a_schools_building_is_a_place(linker: EntityLinker, name: str) -> None:
    text = f"Tarihi {name} restorasyonun ardından ziyarete açıldı."
    assert listed(linker.resolve(text, [span(text, name, "PER")])) == {("LOC", name)}


# --- batch 2: the second draws ---------------------------------------------------------------------------------------


def test_a_name_called_a_contestant_is_a_person(linker: EntityLinker) -> None:
    text = "Yarışmada Sevgi Aydoğan isimli yarışmacı büyük ödülü kazandı."
    spans = [span(text, "Sevgi Aydoğan", "PER")]
    spans[0] = spans[0].__class__("PER", spans[0].start, spans[0].end, spans[0].text, 0.4)
    assert listed(linker.resolve(text, spans)) == {("PER", "Sevgi Aydoğan")}


def test_a_name_called_a_member_of_a_group_is_a_person(linker: EntityLinker) -> None:
    # (the compound's head is its last noun: "örgüt üyesi", a member, not the group)
    text = "Operasyonda Sevgi Aydoğan isimli örgüt üyesi yakalandı."
    spans = [span(text, "Sevgi Aydoğan", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Sevgi Aydoğan")}


def test_a_name_called_a_group_is_still_a_body(linker: EntityLinker) -> None:
    text = "Operasyonda Kara Şahinler isimli örgüt çökertildi."
    spans = [span(text, "Kara Şahinler", "PER")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kara Şahinler")}


def test_a_quoted_name_called_a_ship_is_no_one(linker: EntityLinker) -> None:
    text = "Kaptanın yönettiği 'Yıldız K.' adlı gemi limana yanaştı."
    spans = [span(text, "Yıldız K.", "PER")]
    assert listed(linker.resolve(text, spans)) == set()


def test_a_town_before_a_jersey_is_the_club(linker: EntityLinker) -> None:
    text = "Oyuncu kariyerinde 10 kez Valladolid forması giydi."
    spans = [span(text, "Valladolid", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Valladolid")}


def test_a_country_before_a_jersey_stays_the_country(linker: EntityLinker) -> None:
    text = "Oyuncu Türkiye forması giymek istediğini söyledi."
    spans = [span(text, "Türkiye", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Türkiye")}


def test_a_name_before_a_players_statistics_is_the_player(linker: EntityLinker) -> None:
    text = "Maçta Kowalczyk 23 sayı ve 10 ribaund ile oynadı."
    spans = [span(text, "Kowalczyk", "ORG")]
    spans[0] = spans[0].__class__("ORG", spans[0].start, spans[0].end, spans[0].text, 0.4)
    assert listed(linker.resolve(text, spans)) == {("PER", "Kowalczyk")}


def test_a_known_club_before_points_stays_the_club(linker: EntityLinker) -> None:
    text = "Fenerbahçe 80 sayı ile galip geldi."
    assert listed(linker.resolve(text, [span(text, "Fenerbahçe", "ORG")])) == {("ORG", "Fenerbahçe")}


def test_an_airport_named_by_two_towns_is_one_place(linker: EntityLinker) -> None:
    text = "Ordu-Giresun Havalimanı'na inen uçak yolcuları bekletti."
    spans = [span(text, "Ordu", "LOC"), span(text, "Giresun Havalimanı'na", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Ordu-Giresun Havalimanı")}


def test_a_case_ending_glued_to_a_surname_is_the_person_named_without_it(linker: EntityLinker) -> None:
    text = "Şarkıcı Gökhan Özen yeni albümünü tanıttı. Gökhan Özenle yapılan röportaj yayımlandı."
    spans = [span(text, "Gökhan Özen", "PER"), span(text, "Gökhan Özenle", "PER")]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("PER", "Gökhan Özen")}
    assert len(entities[0].mentions) == 2


def test_a_short_surname_with_a_vowel_more_is_another_person(linker: EntityLinker) -> None:
    text = "Kemal Ak ve Kemal Aka toplantıya katıldı."
    spans = [span(text, "Kemal Ak", "PER"), span(text, "Kemal Aka", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Kemal Ak"), ("PER", "Kemal Aka")}


@pytest.mark.parametrize(("name", "words"), [("Anne Hathaway", "Anne Hathaway"), ("Juventus", "Juve")])
def test_the_second_draws_knowledge_base_names(linker: EntityLinker, name: str, words: str) -> None:
    text = f"Dün akşam {words} hakkında yeni bir haber çıktı."
    found = listed(linker.resolve(text, [span(text, words, "PER" if " " in words else "ORG")]))
    assert any(found_name == name for _type, found_name in found)


def test_a_name_called_a_firm_whose_manager_speaks_stays_the_firm(linker: EntityLinker) -> None:
    text = "Toplantıya Kartaltepe adlı şirketin yöneticisi Selim Akar da katıldı."
    spans = [span(text, "Kartaltepe", "ORG"), span(text, "Selim Akar", "PER")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kartaltepe"), ("PER", "Selim Akar")}


@pytest.mark.parametrize("noun", ["askeri tesisi", "polisiye romanını"])
def test_an_adjective_a_persons_stem_opens_says_nothing(linker: EntityLinker, noun: str) -> None:
    text = f"Bu hafta “Kuzey Merkezi” adlı {noun} ziyaret ettik."
    assert ("PER", "Kuzey Merkezi") not in listed(linker.resolve(text, [span(text, "Kuzey Merkezi", "ORG")]))


def test_a_players_jersey_stays_the_player(linker: EntityLinker) -> None:
    text = "Başkan konuğuna Kowalczyk forması hediye etti."
    spans = [span(text, "Kowalczyk", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Kowalczyk")}


# --- the code review's mends -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative",
    [
        "Park Ji-hoon, Tümgeneral Park Min-seo'nun kızı olarak tanınıyor.",  # a relative named in the genitive
        "Park Ji-hoon, babası Park Min-seo'nun izinden gidiyor.",  # ... after a kin word
    ],
)
def test_a_family_name_alone_is_not_a_relative_named_last(linker: EntityLinker, relative: str) -> None:
    text = f"Seul'de Park Ji-hoon konuştu. {relative} Park, seçimi kazandı."
    spans = [
        span(text, "Park Ji-hoon", "PER"),
        span(text, "Park Ji-hoon", "PER", 1),
        span(text, "Park Min-seo'nun", "PER"),
        span(text, "Park", "PER", 3),
    ]
    by_name = {e.name: e for e in linker.resolve(text, spans)}
    assert len(by_name["Park Ji-hoon"].mentions) == 3
    assert len(by_name["Park Min-seo"].mentions) == 1


def test_an_acronym_joins_no_firm_of_three_words(linker: EntityLinker) -> None:
    text = "DHMİ Taşımacılık A.Ş. kuruldu. DHMİ ise yatırımlarını sürdürüyor."
    spans = [span(text, "DHMİ Taşımacılık A.Ş.", "ORG"), span(text, "DHMİ", "ORG", 1)]
    assert len(linker.resolve(text, spans)) == 2


def test_a_known_body_is_not_folded_into_a_firm_opening_with_its_name(linker: EntityLinker) -> None:
    text = "Hürriyet Holding yeni yatırım yaptı. Hürriyet, haberi manşetten verdi."
    spans = [span(text, "Hürriyet Holding", "ORG"), span(text, "Hürriyet", "ORG", 1)]
    entities = linker.resolve(text, spans)
    assert len(entities) == 2
    assert next(e for e in entities if e.name == "Hürriyet Holding").id != "org:hurriyet"


def test_a_town_the_model_read_as_a_body_is_not_folded_into_a_firm_named_after_it(linker: EntityLinker) -> None:
    text = "Kayseri Enerji büyüdü. Kayseri, yeni yatırım aldı."
    spans = [span(text, "Kayseri Enerji", "ORG"), span(text, "Kayseri", "ORG", 1)]
    assert len(linker.resolve(text, spans)) == 2


def test_a_firm_with_a_turkish_legal_form_is_linked_to_the_lists_firm(linker: EntityLinker) -> None:
    text = "Türk Telekom AŞ yeni tarifelerini açıkladı."
    entities = linker.resolve(text, [span(text, "Türk Telekom AŞ", "ORG")])
    assert [e.name for e in entities] == ["Türk Telekom"]


def test_a_genitives_own_compound_opening_a_name_is_kept(linker: EntityLinker) -> None:
    text = "Dün Birliğin Sesi Derneği bir açıklama yaptı."
    spans = [span(text, "Birliğin Sesi Derneği", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Birliğin Sesi Derneği")}


@pytest.mark.parametrize("text", ["Hastalar “Risk” grubunda yer alıyor.", "Tartışma “Beyaz Türkler” grubuna sıçradı."])
def test_a_quoted_common_word_or_peoples_word_before_grubu_is_no_band(linker: EntityLinker, text: str) -> None:
    assert not any(kind == "ORG" for kind, _name in listed(linker.resolve(text, [])))


def test_a_quoted_word_before_grubu_where_the_copy_speaks_of_music_is_the_band(linker: EntityLinker) -> None:
    text = "Konserde “Kuzgun” grubu yeni şarkılarını seslendirdi."
    assert listed(linker.resolve(text, [])) == {("ORG", "Kuzgun")}


def test_a_bare_quoted_name_before_grubu_without_quotes_is_no_band(linker: EntityLinker) -> None:
    text = "Konserde Kuzgun grubu yeni şarkılarını seslendirdi."
    assert ("ORG", "Kuzgun") not in listed(linker.resolve(text, []))


def test_the_prophets_glued_honorific_stays(linker: EntityLinker) -> None:
    text = "Konuşmacı, Hz.Muhammed'in hayatını anlattı."
    spans = [span(text, "Hz.Muhammed'in", "PER")]
    assert [m.text for e in linker.resolve(text, spans) for m in e.mentions] == ["Hz.Muhammed'in"]


def test_a_glued_honorific_in_the_models_span_is_cut(linker: EntityLinker) -> None:
    text = "Hastanede Prof.Dr.Selim Akar açıklama yaptı."
    spans = [span(text, "Prof.Dr.Selim Akar", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Selim Akar")}


def test_an_english_name_with_its_article_takes_no_name_before_ve(linker: EntityLinker) -> None:
    text = "Bu tekniği ABD'de Lynyrd Skynyrd ve The Allman Brothers Band kullandı."
    spans = [span(text, "Lynyrd Skynyrd", "PER"), span(text, "The Allman Brothers Band", "PER")]
    assert ("ORG", "The Allman Brothers Band") in listed(linker.resolve(text, spans))


def test_a_technicians_title_is_no_part_of_the_name() -> None:
    text = "Elektrik Teknikeri Onur Çevik kazada yaralandı."
    assert title_before(text, text.index("Onur"), lambda _words: False) == "Elektrik Teknikeri"


def test_a_town_after_a_town_and_a_slash_is_no_dateline(linker: EntityLinker) -> None:
    # (a pair of towns, "SİVAS/KAYSERİ derbisi", the clubs of a derby)
    text = "Maçta SİVAS/KAYSERİ derbisi oynandı."
    assert ("LOC", "Kayseri") not in listed(linker.resolve(text, [span(text, "KAYSERİ", "ORG")]))


def test_a_byline_slash_keeps_a_known_agency(linker: EntityLinker) -> None:
    text = "Selin KAYA / AA - Ankara'da toplantı yapıldı."
    spans = [span(text, "Selin KAYA", "PER"), span(text, "AA", "ORG")]
    assert ("ORG", "Anadolu Ajansı") in listed(linker.resolve(text, spans))


@pytest.mark.parametrize(
    "name", ["Türkiye Ankara Çevre Derneği", "İtalya Roberto Bellini Vakfı", "Fransa Orange Vakfı"]
)
def test_a_country_before_no_town_of_its_own_stays_glued(linker: EntityLinker, name: str) -> None:
    # (Türkiye's bodies open with the country; a given name; a town of another country)
    text = f"{name} dün açıklama yaptı."
    found = listed(linker.resolve(text, [span(text, name, "ORG")]))
    assert ("LOC", name.split(maxsplit=1)[0]) not in found


def test_a_two_word_country_before_a_body_of_its_town_is_two_names(linker: EntityLinker) -> None:
    text = "Araştırmayı Güney Kore Seul Ulusal Üniversitesi yürüttü."
    spans = [span(text, "Güney Kore Seul Ulusal Üniversitesi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Güney Kore"), ("ORG", "Seul Ulusal Üniversitesi")}


def test_a_firm_named_like_a_public_body_is_not_linked_to_it_through_its_legal_form(linker: EntityLinker) -> None:
    # ("İskur" folds like İŞKUR, the employment agency; a firm's "A.Ş." says it is none)
    text = "Tekstil devi İskur A.Ş. yeni fabrikasını açtı."
    entities = linker.resolve(text, [span(text, "İskur A.Ş.", "ORG")])
    assert [e.name for e in entities] == ["İskur A.Ş."]


def test_a_quoted_title_before_a_works_noun_drops_that_mention_only(linker: EntityLinker) -> None:
    text = "Şarkıcının ‘Barabbas' isimli klibi yayınlandı. Klipte Barabbas rolündeki oyuncu da yer aldı."
    spans = [span(text, "Barabbas", "PER"), span(text, "Barabbas", "PER", 1)]
    entities = linker.resolve(text, spans)
    assert listed(entities) == {("PER", "Barabbas")}
    assert len(entities[0].mentions) == 1


# --- batch 3 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Bu toplantıda Ortağınız Selim Akar konuştu.", "Ortağınız Selim Akar", "Selim Akar"),
        ("Dün Selim Ağabeyimiz bizi ziyaret etti.", "Selim Ağabeyimiz", "Selim"),
    ],
)
def test_a_word_of_our_or_your_is_no_part_of_a_name(linker: EntityLinker, text: str, words: str, name: str) -> None:
    assert listed(linker.resolve(text, [span(text, words, "PER")])) == {("PER", name)}


def test_a_body_of_ours_alone_is_no_person(linker: EntityLinker) -> None:
    text = "Bu başarıyı Federasyonumuz kazandı."
    assert listed(linker.resolve(text, [span(text, "Federasyonumuz", "PER")])) == set()


def test_a_partys_name_with_our_word_stays(linker: EntityLinker) -> None:
    text = "Seçimde Evimiz İsrail Partisi ikinci oldu."
    spans = [span(text, "Evimiz İsrail Partisi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Evimiz İsrail Partisi")}


def test_a_body_named_after_a_couple_is_one_body(linker: EntityLinker) -> None:
    text = "Sergi, Ayla ve Murat Sezgin Vakfı tarafından düzenlendi."
    spans = [span(text, "Ayla", "PER"), span(text, "Murat Sezgin Vakfı", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Ayla ve Murat Sezgin Vakfı")}


def test_a_person_and_a_body_not_named_after_a_person_stay_two(linker: EntityLinker) -> None:
    text = "Törene Ayla ve Kızılay Vakfı katıldı."
    spans = [span(text, "Ayla", "PER"), span(text, "Kızılay Vakfı", "ORG")]
    assert ("PER", "Ayla") in listed(linker.resolve(text, spans))


# --- the second code review's mends ---------------------------------------------------------------------------------


def test_a_body_before_a_teams_points_stays_the_body(linker: EntityLinker) -> None:
    text = "Maçı Mersin Büyükşehir Belediyesi 74 sayı ile kazandı."
    spans = [span(text, "Mersin Büyükşehir Belediyesi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Mersin Büyükşehir Belediyesi")}


def test_a_curated_body_is_not_linked_through_a_legal_form(linker: EntityLinker) -> None:
    text = "Reklam ajansı Pentagon Ltd. yeni kampanyasını duyurdu."
    entities = linker.resolve(text, [span(text, "Pentagon Ltd.", "ORG")])
    assert len(entities) == 1
    assert entities[0].name == "Pentagon Ltd."


def test_a_surname_of_its_own_with_a_vowel_more_is_another_person(linker: EntityLinker) -> None:
    text = "Ali Güner ve Ali Güneri toplantıya katıldı. Ali Güneri'nin konuşması uzun sürdü."
    spans = [span(text, "Ali Güner", "PER"), span(text, "Ali Güneri", "PER"), span(text, "Ali Güneri'nin", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ali Güner"), ("PER", "Ali Güneri")}


def test_a_name_called_a_groups_militants_is_the_group(linker: EntityLinker) -> None:
    text = "Saldırıyı Kara Bayrak adlı örgüt militanları üstlendi."
    spans = [span(text, "Kara Bayrak", "PER")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kara Bayrak")}


def test_a_name_called_a_touristic_site_is_no_person(linker: EntityLinker) -> None:
    text = "Sahildeki Mavi Tur adlı turistik tesis kapandı."
    assert ("PER", "Mavi Tur") not in listed(linker.resolve(text, [span(text, "Mavi Tur", "ORG")]))


def test_a_head_in_the_genitive_before_a_town_ending_like_a_possessive_is_cut(linker: EntityLinker) -> None:
    text = "Savcılık, Başsavcılığın Kocaeli Emniyet Müdürlüğü'ne verdiği talimatla harekete geçti."
    spans = [span(text, "Başsavcılığın Kocaeli Emniyet Müdürlüğü'ne", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Kocaeli Emniyet Müdürlüğü")}
