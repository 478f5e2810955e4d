"""EntityLinker.resolve on what a thirty-second review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

import pytest
from newswire_schemas import EntityType
from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- a kinship word before a family's member ------------------------------------------------------------------------


def test_the_father_of_the_person_named_is_no_name_of_his_own(linker: EntityLinker) -> None:
    text = "Ali Asunami olay yerinde yaralandı. Ancak Baba Asunami hastanede yaşamını yitirdi."
    found = listed(linker.resolve(text, [span(text, "Ali Asunami", "PER"), span(text, "Baba Asunami", "PER")]))
    assert ("PER", "Ali Asunami") in found
    assert not any("Baba" in name for _, name in found)


def test_a_kinship_word_is_no_given_name_before_a_surname_the_article_knows(linker: EntityLinker) -> None:
    text = "Ali Asunami olay yerinde yaralandı. Ancak Baba Asunami hastanede yaşamını yitirdi."
    found = listed(linker.resolve(text, [span(text, "Ali Asunami", "PER"), span(text, "Asunami", "PER", 1)]))
    assert found == {("PER", "Ali Asunami")}


def test_a_kinship_word_before_a_full_name_is_cut(linker: EntityLinker) -> None:
    text = "Baba Mustafa Yılmaz ve oğlu Ali Yılmaz gözaltına alındı."
    found = listed(linker.resolve(text, [span(text, "Baba Mustafa Yılmaz", "PER"), span(text, "Ali Yılmaz", "PER")]))
    assert ("PER", "Mustafa Yılmaz") in found
    assert ("PER", "Baba Mustafa Yılmaz") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an English given name, no "mother"; a kin word before a name the article has nowhere else
        ("Anne Hathaway yeni filminde bir avukatı oynuyor. Hathaway rolüne hazırlanıyor.", "Anne Hathaway"),
        ("Tarihçi, Baba İshak ayaklanmasını anlattı.", "Baba İshak"),
    ],
)
def test_a_kinship_word_that_opens_a_name_stays(linker: EntityLinker, text: str, name: str) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, name, "PER")]))


# --- an acronym the copy spells out in capitalised common words -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Tatbikata İnsansız Hava Araçları'nın (İHA) da katılacağı bildirildi. İHA bölgede uçtu.", "İHA"),
        ("İki ülke Münhasır Ekonomik Bölge (MEB) konusunda anlaştı. MEB'in sınırı çizildi.", "MEB"),
    ],
)
def test_an_acronym_the_copy_defines_otherwise_than_the_lists_is_no_body(
    linker: EntityLinker, text: str, acronym: str
) -> None:
    found = listed(linker.resolve(text, [span(text, acronym, "ORG"), span(text, acronym, "ORG", 1)]))
    assert not any(kind == "ORG" for kind, _ in found)


def test_an_acronym_defined_by_the_bodys_own_name_stays(linker: EntityLinker) -> None:
    text = "Milli Eğitim Bakanlığı (MEB) açıklama yaptı. Devlet Su İşleri (DSİ) ekipleri geldi."
    found = listed(linker.resolve(text, [span(text, "MEB", "ORG"), span(text, "DSİ", "ORG")]))
    assert {kind for kind, _ in found} == {"ORG"}
    assert len(found) == 2


# --- a body's seat or regional office alone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Birleşmiş Milletler'in New York'taki Genel Merkezi'nin basın ofisi açıklama yaptı.", "Genel Merkezi'nin"),
        ("Devlet Su İşleri (DSİ) 13'üncü Bölge Müdürlüğü ekiplerince çalışma yapıldı.", "13'üncü Bölge Müdürlüğü"),
    ],
)
def test_a_seat_or_an_office_with_no_owner_in_its_name_is_no_body(linker: EntityLinker, text: str, words: str) -> None:
    found = listed(linker.resolve(text, [span(text, words, "ORG")]))
    assert not any(name.endswith(("Merkezi", "Müdürlüğü")) for _, name in found)


def test_a_numbered_office_with_its_owner_stays(linker: EntityLinker) -> None:
    text = "Karayolları 5. Bölge Müdürlüğü yolu ulaşıma açtı."
    found = listed(linker.resolve(text, [span(text, "Karayolları 5. Bölge Müdürlüğü", "ORG")]))
    assert ("ORG", "Karayolları 5. Bölge Müdürlüğü") in found


# --- a headed name, "ve", then a body the lists know ---------------------------------------------------------------


def test_an_office_and_a_ministry_the_lists_know_are_two(linker: EntityLinker) -> None:
    text = "Daha önce Başbakan Yardımcılığı ve Adalet Bakanlığı da yapan isim konuştu."
    found = listed(linker.resolve(text, [span(text, "Başbakan Yardımcılığı ve Adalet Bakanlığı", "ORG")]))
    assert ("ORG", "Adalet Bakanlığı") in found
    assert ("ORG", "Başbakan Yardımcılığı ve Adalet Bakanlığı") not in found


@pytest.mark.parametrize(
    "name", ["Gençlik ve Spor Bakanlığı", "Türkiye Odalar ve Borsalar Birliği", "Bilim, Sanayi ve Teknoloji Bakanlığı"]
)
def test_a_ministrys_own_ve_stays_inside_its_name(linker: EntityLinker, name: str) -> None:
    text = f"{name} açıklama yaptı."
    assert ("ORG", name) in listed(linker.resolve(text, [span(text, name, "ORG")]))


# --- a person and the paper he speaks to -----------------------------------------------------------------------------


def test_a_person_and_the_paper_after_him_are_two(linker: EntityLinker) -> None:
    text = "Hukukçu Sir Geoffrey Nice Independent gazetesine konuştu. Nice, adalet istedi."
    found = listed(linker.resolve(text, [span(text, "Sir Geoffrey Nice Independent", "ORG")]))
    assert ("PER", "Geoffrey Nice") in found
    assert ("ORG", "Independent") in found


def test_a_papers_name_of_a_given_name_and_more_stays_whole(linker: EntityLinker) -> None:
    text = "Christian Science Monitor gazetesi seçimleri yazdı."
    found = listed(linker.resolve(text, [span(text, "Christian Science Monitor", "ORG")]))
    assert ("ORG", "Christian Science Monitor") in found


def test_a_headlines_person_glued_to_the_paper_he_spoke_to_is_cut(linker: EntityLinker) -> None:
    text = "Esad Sunday Times'a konuştu\nSuriye lideri Beşar Esad, İngiliz Sunday Times gazetesine röportaj verdi."
    spans = [
        span(text, "Esad Sunday Times'a", "ORG"),
        span(text, "Beşar Esad", "PER"),
        span(text, "Sunday Times", "ORG", 1),
    ]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Sunday Times") in found
    assert not any("Esad Sunday" in name for _, name in found)


# --- names the model ended or began too early ------------------------------------------------------------------------


def test_a_word_the_model_left_off_a_person_the_lists_know_joins_the_name(linker: EntityLinker) -> None:
    text = "Kuzey Kore lideri Kim Jong Un orduyu denetledi."
    assert ("PER", "Kim Jong Un") in listed(linker.resolve(text, [span(text, "Kim Jong", "PER")]))


def test_a_name_with_two_particles_is_one_person(linker: EntityLinker) -> None:
    text = "Bölge savcısı Sonia de la Garza Fragoso, Durango eyaletinde konuştu."
    found = listed(linker.resolve(text, [span(text, "Sonia", "PER"), span(text, "Garza Fragoso", "PER")]))
    assert ("PER", "Sonia de la Garza Fragoso") in found


def test_here_is_opens_no_name(linker: EntityLinker) -> None:
    text = "İşte Ajda Pekkan'ın yeni klibi yayınlandı."
    found = listed(linker.resolve(text, [span(text, "İşte Ajda Pekkan'ın", "PER")]))
    assert ("PER", "Ajda Pekkan") in found


# --- a person's words glued to a place or another person -----------------------------------------------------------


def test_a_given_name_of_the_articles_person_before_a_country_is_two_names(linker: EntityLinker) -> None:
    text = "Rafet El Roman yeni albümünü çıkardı. Rafet Almanya'da stüdyoda çalışıyor."
    found = listed(linker.resolve(text, [span(text, "Rafet El Roman", "PER"), span(text, "Rafet Almanya'da", "LOC")]))
    assert ("LOC", "Almanya") in found
    assert ("LOC", "Rafet Almanya") not in found


def test_two_surnames_of_the_articles_people_a_hyphen_joins_are_two(linker: EntityLinker) -> None:
    text = "Görüşmeleri Dürüst-Tulun ikilisi yapacak. Aziz Dürüst ve Kemal Tulun toplantıya katıldı."
    spans: list[tuple[str, EntityType]] = [("Dürüst-Tulun", "PER"), ("Aziz Dürüst", "PER"), ("Kemal Tulun", "PER")]
    found = listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))
    assert found == {("PER", "Aziz Dürüst"), ("PER", "Kemal Tulun")}


# --- the code review's cases: what the rules above must leave alone -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "Kral Henry, Anne Boleyn ile evlendi. Kardeşi George Boleyn de idam edildi.",
            [("Anne Boleyn", "PER"), ("George Boleyn", "PER")],
            "Anne Boleyn",
        ),
        (
            "CNN sunucusu Hala Gorani, Suriyeli gazeteci Rami Gorani ile görüştü.",
            [("Hala Gorani", "PER"), ("Rami Gorani", "PER")],
            "Hala Gorani",
        ),
    ],
)
def test_a_given_name_that_is_a_kin_word_elsewhere_stays(
    linker: EntityLinker, text: str, spans: list[tuple[str, EntityType]], name: str
) -> None:
    assert ("PER", name) in listed(linker.resolve(text, [span(text, words, kind) for words, kind in spans]))


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Açıklama Birleşmiş Milletlerin (BM) sitesinde yer aldı. BM sessiz kaldı.", "BM"),
        ("Uçuşlar Türk Hava Yollarının (THY) kararıyla durdu. THY açıklama yaptı.", "THY"),
    ],
)
def test_a_known_acronym_after_its_own_name_with_a_case_ending_stays(
    linker: EntityLinker, text: str, acronym: str
) -> None:
    found = listed(linker.resolve(text, [span(text, acronym, "ORG", 1)]))
    assert any(kind == "ORG" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Yazar Ahmet Hakan Coşkun gazetesinde yayımlanan yazısında eleştirdi. Hakan ayrıca konuştu.",
            "Ahmet Hakan Coşkun",
            "PER",
        ),
        ("Otto Bismarck Vakfı dergisinde makale yayımlandı. Bismarck dönemine ait.", "Otto Bismarck Vakfı", "ORG"),
    ],
)
def test_a_name_before_its_own_paper_stays_whole(linker: EntityLinker, text: str, name: str, kind: EntityType) -> None:
    found = listed(linker.resolve(text, [span(text, name, kind)]))
    assert (kind, name) in found


def test_a_person_before_his_own_channel_stays_a_person(linker: EntityLinker) -> None:
    text = "Gazeteci Fatih Altaylı kanalında yayınladığı videoda hükümeti eleştirdi."
    assert ("PER", "Fatih Altaylı") in listed(linker.resolve(text, [span(text, "Fatih Altaylı", "PER")]))


@pytest.mark.parametrize("name", ["Meteoroloji Bölge Müdürlüğü", "Sağlık İl Müdürlüğü", "Karayolları Bölge Müdürlüğü"])
def test_a_regional_office_with_its_owner_is_found_where_the_model_missed_it(linker: EntityLinker, name: str) -> None:
    text = f"{name} açıklama yaptı."
    assert ("ORG", name) in listed(linker.resolve(text, []))


def test_an_abstract_noun_before_ve_and_a_body_is_no_office(linker: EntityLinker) -> None:
    text = "Bakanlık ile Halk Sağlığı ve Sosyal Güvenlik Kurumu ortak çalıştı."
    found = listed(linker.resolve(text, [span(text, "Halk Sağlığı ve Sosyal Güvenlik Kurumu", "ORG")]))
    assert ("ORG", "Halk Sağlığı") not in found


def test_the_three_word_kin_cut_needs_a_given_name_after_the_kin_word(linker: EntityLinker) -> None:
    text = "Baba Ocağı Derneği Başkanı konuştu. Ali Ocağı da geldi."
    found = listed(linker.resolve(text, [span(text, "Baba Ocağı Derneği", "ORG"), span(text, "Ali Ocağı", "PER")]))
    assert ("ORG", "Ocağı Derneği") not in found


# --- a second wave's cases ------------------------------------------------------------------------------------------


def test_an_armed_forces_branches_are_no_people(linker: EntityLinker) -> None:
    text = "Tatbikata Kara, Deniz ve Hava Kuvvetleri katıldı. Deniz komandolarının taşıdığı tabutlar geldi."
    spans = [span(text, "Kara", "PER"), span(text, "Deniz", "PER"), span(text, "Deniz", "PER", 1)]
    assert not any(kind == "PER" for kind, _ in listed(linker.resolve(text, spans)))


def test_a_person_named_like_a_branch_stays(linker: EntityLinker) -> None:
    text = "Deniz Baykal konuştu. Deniz, kuvvetler ayrılığını savundu."
    assert ("PER", "Deniz Baykal") in listed(linker.resolve(text, [span(text, "Deniz Baykal", "PER")]))


def test_a_datelines_town_written_twice_before_a_hospital_is_cut(linker: EntityLinker) -> None:
    text = "Yaralı, İzmir İzmir Eğitim Araştırma Hastanesi'nde tedavi gördü."
    found = listed(linker.resolve(text, [span(text, "İzmir İzmir Eğitim Araştırma Hastanesi'nde", "ORG")]))
    assert ("ORG", "İzmir Eğitim Araştırma Hastanesi") in found


@pytest.mark.parametrize(("name", "kind"), [("Çın Çın Plak", "ORG"), ("Tom Tom Kaptan Sokağı", "LOC")])
def test_a_name_that_doubles_a_word_stays_whole(linker: EntityLinker, name: str, kind: EntityType) -> None:
    text = f"Albüm {name} adresinde tanıtıldı."
    assert (kind, name) in listed(linker.resolve(text, [span(text, name, kind)]))
