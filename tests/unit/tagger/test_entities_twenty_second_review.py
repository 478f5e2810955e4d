"""EntityLinker.resolve on what a twenty-second review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.appositions import ADDRESS_FORM
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.people import extend_to_surnames

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
