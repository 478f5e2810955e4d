"""EntityLinker.resolve on what a twenty-second review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.appositions import ADDRESS_FORM
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.people import extend_to_surnames, named_people
from newswire_tagger.entities.widening import join_eponyms

from tests.unit.tagger.labelled import listed, span

# --- a club named by its town in a sports story ----------------------------------------------------------------------


def test_a_foreign_town_one_club_holds_is_the_club_with_a_clubs_word_near(linker: EntityLinker) -> None:
    text = (
        "Bundesliga'da ilk haftanın maçları oynandı ve gol yağdı. Dortmund, Hamburg ve Hannover haftayı 3 puanla "
        "kapatan ekiplerden oldu. Lig maçında Bayern Münih deplasmanda kazandı, teknik direktör puan için konuştu."
    )
    spans = [span(text, w, "LOC") for w in ("Dortmund", "Hamburg", "Hannover")]
    found = listed(linker.resolve(text, [*spans, span(text, "Bayern Münih", "ORG")]))
    assert {("ORG", "Dortmund"), ("ORG", "Hamburg"), ("ORG", "Hannover")} <= found
    assert not any(t == "LOC" for t, _name in found)


def test_a_town_in_the_locative_is_the_club_only_before_a_players_verb(linker: EntityLinker) -> None:
    text = (
        "Montpellier'de forma giyen orta saha oyuncusu transfer için konuştu ve gol attı. Takım maçta puan aldı. "
        "Bayern Münih, Münih'te oynanan maçta rakibini 2-0 yendi ve lig maçı için kampa girdi."
    )
    spans = [span(text, "Montpellier'de", "LOC"), span(text, "Bayern Münih", "ORG"), span(text, "Münih'te", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Montpellier") in found
    assert ("LOC", "Münih") in found  # where the match was played


def test_a_town_two_clubs_hold_or_a_turkish_one_stays_a_place(linker: EntityLinker) -> None:
    kb = KnowledgeBase.load()
    assert kb.club_of_word("Dortmund") is not None
    assert kb.club_of_word("Madrid") is None  # Real and Atletico
    text = "Ligde gol ve puan yarışı sürüyor. Madrid ekibi maçta kazandı, Trabzon ekibi de puan aldı ve maç bitti."
    found = listed(linker.resolve(text, [span(text, "Madrid", "LOC"), span(text, "Trabzon", "LOC")]))
    assert ("ORG", "Madrid") not in found
    assert ("ORG", "Trabzon") not in found


def test_a_towns_streets_people_and_places_stay_the_towns_in_a_sports_story(linker: EntityLinker) -> None:
    text = (
        "Maç öncesi taraftar eklendi ve Marsilya sokakları renklendi. Konuştuğumuz Marsilya halkı maçı konuştu. "
        "Golcüsünden yoksun kalan Marsilya, Fenerbahçe karşılaşması öncesi sıkıntılı. Donetsk kentinde taraftarlar "
        "inişe geçtiği sırada maç için bekledi."
    )
    spans = [span(text, "Marsilya", "LOC", nth=k) for k in range(3)]
    spans += [span(text, "Fenerbahçe", "ORG"), span(text, "Donetsk", "LOC")]
    found = linker.resolve(text, spans)
    typed = {(m.start, e.type) for e in found for m in e.mentions}
    assert (text.index("Marsilya sokakları"), "LOC") in typed
    assert (text.index("Marsilya halkı"), "LOC") in typed
    assert (text.index("Marsilya, Fenerbahçe"), "ORG") in typed  # the side of the match
    assert (text.index("Donetsk"), "LOC") in typed


def test_a_town_outside_a_sports_story_stays_a_place(linker: EntityLinker) -> None:
    text = "Dortmund kentinde düzenlenen fuarda sanayi ürünleri sergilendi ve ekibi ziyaretçilere bilgi verdi."
    found = listed(linker.resolve(text, [span(text, "Dortmund", "LOC")]))
    assert ("LOC", "Dortmund") in found


# --- bodies of a kind in the plural ----------------------------------------------------------------------------------


def test_a_plural_bodys_head_with_a_case_ending_names_no_body(linker: EntityLinker) -> None:
    text = (
        "Verilere göre Halk Eğitim Merkezlerinde 4 bin kişi kursa katıldı. Resmi ve Özel Hastanelerden bin vaka "
        "bildirildi. Birleşmiş Milletler'de konuşan uzman Türk Silahlı Kuvvetlerinde görevli doktorları anlattı."
    )
    spans = [span(text, "Halk Eğitim Merkezlerinde", "ORG"), span(text, "Özel Hastanelerden", "ORG")]
    spans += [span(text, "Birleşmiş Milletler'de", "ORG"), span(text, "Türk Silahlı Kuvvetlerinde", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert not any("Merkezlerinde" in name or "Hastanelerden" in name for _t, name in found)
    assert any(t == "ORG" and "Birleşmiş Milletler" in name for t, name in found)
    assert any(t == "ORG" and ("Silahlı Kuvvetleri" in name or name == "TSK") for t, name in found)


# --- a rail line named by its ends -----------------------------------------------------------------------------------


def test_a_rail_line_takes_the_towns_its_name_joins(linker: EntityLinker) -> None:
    text = "İstanbul'da M2 Şişhane-Hacıosman Metro Hattı'nda ve Kadıköy-Kartal Metro Hattı'nda seferler uzatıldı."
    spans = [span(text, "İstanbul'da", "LOC"), span(text, "Hacıosman Metro Hattı'nda", "LOC")]
    spans += [span(text, "Kadıköy", "LOC"), span(text, "Kartal", "LOC")]
    found = listed(linker.resolve(text, spans))
    assert ("LOC", "Şişhane-Hacıosman Metro Hattı") in found
    assert ("LOC", "Kadıköy-Kartal Metro Hattı") in found
    assert ("LOC", "Hacıosman Metro Hattı") not in found
    assert ("LOC", "Kartal") not in found


def test_a_lower_case_line_is_no_name(linker: EntityLinker) -> None:
    text = "İstanbul-Ankara hızlı tren hattı yeniden açıldı ve yolcu taşımaya başladı."
    found = listed(linker.resolve(text, [span(text, "İstanbul", "LOC"), span(text, "Ankara", "LOC")]))
    assert {("LOC", "İstanbul"), ("LOC", "Ankara")} <= found


# --- a form of address after a first name ----------------------------------------------------------------------------


def test_forms_of_address_after_a_vowel_take_their_buffer_consonants() -> None:
    for word in ("hocanın", "hocaya", "hocayla", "hocamız", "abinin", "ablaya", "hoca", "bey'in", "hanımla"):
        assert ADDRESS_FORM.match(word), word
    for word in ("hocalık", "beyaz", "beyoğlu", "abidin"):
        assert not ADDRESS_FORM.match(word), word


def test_a_form_of_address_is_no_surname_of_the_first_name_before_it(linker: EntityLinker) -> None:
    text = 'Oyuncu, "Fatih Hocanın takımın başına geldiği gün mutlu oldum. Fatih Hoca beni kadroya aldı" dedi.'
    spans = [span(text, "Fatih", "PER"), span(text, "Fatih Hoca", "PER"), span(text, "Hoca", "PER", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert not any("Hoca" in name for _t, name in found)
    assert ("PER", "Fatih") in found


def test_extend_to_surnames_stops_at_a_form_of_address() -> None:
    text = "Sefer Hoca ile çalıştım. Hoca çok iyiydi. Ali Kaya ile de çalıştım, Kaya da iyiydi."
    spans = [span(text, "Sefer", "PER"), span(text, "Hoca", "PER", nth=1), span(text, "Ali", "PER")]
    spans.append(span(text, "Kaya", "PER", nth=1))
    extended = [s.text for s in extend_to_surnames(text, spans)]
    assert "Sefer Hoca" not in extended
    assert "Ali Kaya" in extended  # a surname the article names alone is still taken


# --- a month after a titled name, a facility named after a person, a sentence's adverb ---------------------------


def test_a_month_dating_what_follows_is_no_word_of_a_titled_name(linker: EntityLinker) -> None:
    text = "Başkan Obama Mart ayında yeni papayı ziyaret edecek. Beyaz Saray açıklama yaptı ve Obama konuştu."
    found = listed(linker.resolve(text, [span(text, "Obama", "PER"), span(text, "Obama", "PER", nth=1)]))
    assert not any("Mart" in name for _t, name in found)
    assert any(t == "PER" and name.endswith("Obama") for t, name in found)


def test_a_school_named_after_a_known_person_is_one_body(linker: EntityLinker) -> None:
    text = "Mehmet Şimşek Anadolu İmam Hatip Lisesi Müdürü Selim Solmaz, öğrencilerin başarısını anlattı."
    spans = [span(text, "Mehmet Şimşek", "PER"), span(text, "Anadolu", "LOC"), span(text, "Selim Solmaz", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Mehmet Şimşek Anadolu İmam Hatip Lisesi") in found
    assert not any(t == "PER" and "Şimşek" in name for t, name in found)


def test_a_titled_person_or_one_with_an_ending_before_a_school_stays_a_person(linker: EntityLinker) -> None:
    text = "Bakan Mehmet Şimşek Anadolu Lisesi öğrencileriyle buluştu. Mehmet Şimşek'in Anadolu Lisesi ziyareti sürdü."
    spans = [span(text, "Mehmet Şimşek", "PER"), span(text, "Anadolu Lisesi", "ORG")]
    spans += [span(text, "Mehmet Şimşek'in", "PER"), span(text, "Anadolu Lisesi", "ORG", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Mehmet Şimşek") in found
    assert not any(t == "ORG" and name.startswith("Mehmet") for t, name in found)


def test_join_eponyms_needs_a_bare_untitled_person_of_two_words_and_a_kinds_words() -> None:
    def kind(word: str) -> bool:
        return word in ("İmam", "Hatip", "Fen", "Devlet")

    def joined(text: str, person: str, body: str, titled: bool = False) -> list[str]:
        spans = [span(text, person, "PER"), span(text, body, "ORG")]
        return [s.text for s in join_eponyms(text, spans, kind, lambda _s: not titled)]

    text = "Mehmet Şimşek Anadolu İmam Hatip Lisesi açıldı."
    assert joined(text, "Mehmet Şimşek", "Anadolu İmam Hatip Lisesi") == ["Mehmet Şimşek Anadolu İmam Hatip Lisesi"]
    assert joined(text, "Mehmet Şimşek", "Anadolu İmam Hatip Lisesi", titled=True) == [
        "Mehmet Şimşek",
        "Anadolu İmam Hatip Lisesi",
    ]
    text = "Mehmet Şimşek'in Fen Lisesi ziyareti, Şimşek Devlet Hastanesi ve Ali Can Atatürk Lisesi."
    assert joined(text, "Mehmet Şimşek'in", "Fen Lisesi") == ["Mehmet Şimşek'in", "Fen Lisesi"]
    assert joined(text, "Şimşek", "Devlet Hastanesi") == ["Şimşek", "Devlet Hastanesi"]
    assert joined(text, "Ali Can", "Atatürk Lisesi") == ["Ali Can", "Atatürk Lisesi"]  # a name of its own
    text = "Ali Can Devlet Hastanesi'nde yatıyor."
    assert joined(text, "Ali Can", "Devlet Hastanesi'nde") == ["Ali Can Devlet Hastanesi'nde"]
    text = "Ali Can Devlet Bahçesi'nde yürüyor."
    assert joined(text, "Ali Can", "Devlet Bahçesi'nde") == ["Ali Can", "Devlet Bahçesi'nde"]  # no facility's head


def test_two_known_names_glued_are_two_but_an_unknown_surname_stays_a_persons(linker: EntityLinker) -> None:
    text = "Ancak Kaddafi Sarkozy'nin seçim kampanyasını finanse etti. Kaddafi ve Sarkozy görüşmüştü."
    spans = [span(text, "Kaddafi Sarkozy'nin", "PER"), span(text, "Kaddafi", "PER", nth=1)]
    found = listed(linker.resolve(text, [*spans, span(text, "Sarkozy", "PER", nth=1)]))
    assert not any("Kaddafi Sarkozy" in name for _t, name in found)
    two = linker.consolidator._two_surnames
    assert two(["Kaddafi", "Sarkozy"])
    assert two(["Atatürk", "Makedonya"])  # a country
    assert not two(["Atatürk", "Selanik"])  # a town, a surname as often: the trade-off
    assert not two(["Erdoğan", "Cankuş"])  # a given name as often: the surname is no name the lists know
    assert not two(["Erdoğan", "Kaya"])  # a town's name too, no name the knowledge base knows
    assert not two(["Erdoğan", "Aydın"])
    assert not two(["Fidan", "Kırbaç"])  # a common word too
    assert not two(["Kaddafi", "Sarkozy", "Yılmaz"])


# --- the first code review's findings --------------------------------------------------------------------------------


def _types(linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]]) -> set[tuple[str, str]]:
    return listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))


def test_a_venue_a_host_or_a_years_games_stays_the_town(linker: EntityLinker) -> None:
    text = (
        "Milli takım, EURO 2024'te grup maçlarını Dortmund ve Hamburg'da oynayacak. Takım gol çalıştı ve maç kazandı."
    )
    assert ("LOC", "Dortmund") in _types(linker, text, [("Dortmund", "LOC"), ("Hamburg'da", "LOC")])
    text = "Grup maçlarını Dortmund'da oynayan A Milli Takım, son 16 turu için gitti. Takım maçta gol attı."
    assert ("LOC", "Dortmund") in _types(linker, text, [("Dortmund'da", "LOC")])
    text = "Avrupa Ligi'nde dörtlü finale bu yıl Atina ev sahipliği yapacak. Takımlar maç ve gol için hazırlanıyor."
    assert ("LOC", "Atina") in _types(linker, text, [("Atina", "LOC")])
    text = "Filenin Sultanları, Paris 2024 Olimpiyatları'nda madalya hedefiyle maça çıkacak. Takım puan topladı."
    assert ("LOC", "Paris") in _types(linker, text, [("Paris", "LOC")])


def test_a_clubs_own_noun_after_a_towns_side_keeps_it_the_club(linker: EntityLinker) -> None:
    text = (
        "Takım, Sivas maçı hazırlıklarını sürdürdü. Teknik direktör, Sivas kadrosunda eksik olmasına rağmen zorlu "
        "bir rakip beklediklerini söyledi. Maçta gol beklentisi yüksek."
    )
    spans = [span(text, "Sivas", "LOC"), span(text, "Sivas", "LOC", nth=1)]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Sivas") in found
    assert ("LOC", "Sivas") not in found


def test_chains_named_in_the_plural_keep_their_bodies(linker: EntityLinker) -> None:
    for text, words in (
        ("Tarım Kredi Kooperatiflerine ait marketlerde indirim başladı.", "Tarım Kredi Kooperatiflerine"),
        ("Öğrenciler, Doğa Kolejlerinde yapılan sınava katıldı.", "Doğa Kolejlerinde"),
        ("Emekliler, Ziraat Bankası ve Halk Bankalarından promosyon aldı.", "Halk Bankalarından"),
    ):
        assert any(t == "ORG" for t, _name in _types(linker, text, [(words, "ORG")])), text


def test_a_lone_first_name_before_a_form_of_address_is_the_person(linker: EntityLinker) -> None:
    text = 'Oyuncu, "Şenol Hocanın takımın başına geldiği gün mutlu oldum. Hocaya çok güveniyoruz" dedi.'
    found = _types(linker, text, [("Hocaya", "PER")])
    assert ("PER", "Şenol") in found
    assert not any("Hoca" in name for _t, name in found)


def test_a_town_in_the_accusative_is_the_club_only_before_a_sides_verb(linker: EntityLinker) -> None:
    text = 'Teknik direktör, "Napoli\'yi elediğimiz gibi sürprizler çıkabilir" dedi. Takım maçta gol attı.'
    assert ("ORG", "Napoli") in _types(linker, text, [("Napoli'yi", "LOC")])
    text = "Takım, maç öncesi Napoli'yi gezdi ve gol çalıştı. Futbolcular puan hedefini anlattı."
    assert ("LOC", "Napoli") in _types(linker, text, [("Napoli'yi", "LOC")])
    text = "Futbolcu, maç sonrası Zaragoza'ya gitti ve takım puan hedefini anlattı."
    assert ("LOC", "Zaragoza") in _types(linker, text, [("Zaragoza'ya", "LOC")])


def test_a_form_of_address_inside_a_longer_name_says_no_person() -> None:
    text = "Ödülleri Titanic Resort Hotel, Ali Bey Resort Side ve Martı Resort Hotel aldı. Şenol Hocanın ekibi kazandı."
    found = [s.text for s in named_people(text, [], lambda w: w in ("Ali", "Şenol"), lambda _w: True)]
    assert "Ali" not in found
    assert "Şenol" in found


# --- the second code review's findings -------------------------------------------------------------------------------


def test_a_club_signing_a_player_and_towns_where_matches_are_played(linker: EntityLinker) -> None:
    text = "Dortmund, genç futbolcuyla beş yıllık sözleşme imzaladı. Takım maçta gol attı ve puan aldı."
    assert ("ORG", "Dortmund") in _types(linker, text, [("Dortmund", "LOC")])
    text = (
        "Dortmund, Münih ve Berlin'de oynanacak karşılaşmaların biletleri satışta. Takımlar gol ve puan için oynayacak."
    )
    assert ("LOC", "Dortmund") in _types(linker, text, [("Dortmund", "LOC"), ("Münih", "LOC")])


def test_an_unknown_person_before_a_hospitals_kind_stays_the_person(linker: EntityLinker) -> None:
    text = "Yaralanan Ali Kaya Eğitim ve Araştırma Hastanesi'nde tedavi altına alındı. Durumu iyi."
    found = _types(linker, text, [("Ali Kaya", "PER"), ("Eğitim ve Araştırma Hastanesi'nde", "ORG")])
    assert ("PER", "Ali Kaya") in found


def test_a_place_or_a_body_named_after_a_titled_person_keeps_the_title(linker: EntityLinker) -> None:
    text = (
        "Heykel Madam Tussauds Müzesi'nde sergilenecek. Yürüyüş Lord Byron Caddesi'nde yapıldı, Lord McAlpine katıldı."
    )
    found = _types(
        linker,
        text,
        [("Madam Tussauds Müzesi'nde", "ORG"), ("Lord Byron Caddesi'nde", "LOC"), ("Lord McAlpine", "ORG")],
    )
    assert ("ORG", "Madam Tussauds Müzesi") in found
    assert ("LOC", "Lord Byron Caddesi") in found
    assert ("PER", "McAlpine") in found  # a title before a person's name alone stays cut off
