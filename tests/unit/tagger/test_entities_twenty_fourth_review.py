"""EntityLinker.resolve on what a twenty-fourth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker

from tests.unit.tagger.labelled import listed, span

# --- a date's month before a place's name ----------------------------------------------------------------------------


def test_a_month_opening_a_places_span_is_the_dates_not_the_names(linker: EntityLinker) -> None:
    text = "Örgütün yöneticileri geçtiğimiz Mayıs Moldova Havalimanında sahte pasaportla yakalanmıştı."
    found = listed(linker.resolve(text, [span(text, "Mayıs Moldova Havalimanında", "LOC")]))
    assert ("LOC", "Moldova Havalimanı") in found
    assert not any("Mayıs" in name for _, name in found)


def test_a_month_opening_a_movements_name_stays_its_word(linker: EntityLinker) -> None:
    text = "Birleşik Haziran Hareketi dün Kadıköy'de bir basın açıklaması yaptı."
    found = listed(linker.resolve(text, [span(text, "Birleşik Haziran Hareketi", "ORG")]))
    assert ("ORG", "Birleşik Haziran Hareketi") in found


def test_a_sentence_opening_past_word_is_no_word_of_the_name(linker: EntityLinker) -> None:
    text = "Geçtiğimiz Moldova Havalimanı ziyaretinde bakan açıklama yapmadı."
    found = listed(linker.resolve(text, [span(text, "Geçtiğimiz Moldova Havalimanı", "LOC")]))
    assert ("LOC", "Moldova Havalimanı") in found


# --- a nationality word before an institution named after a place ----------------------------------------------------


def test_a_nationality_word_before_a_university_named_after_a_place_is_dropped(linker: EntityLinker) -> None:
    text = "Amerikan Colorado Üniversitesi tarafından yapılan bir araştırma, uykusuzluğun kilo aldırdığını gösterdi."
    found = listed(linker.resolve(text, [span(text, "Amerikan Colorado Üniversitesi", "ORG")]))
    assert ("ORG", "Colorado Üniversitesi") in found
    assert ("ORG", "Amerikan Colorado Üniversitesi") not in found


def test_a_nationality_word_naming_a_hospital_or_a_ministry_stays(linker: EntityLinker) -> None:
    text = "Amerikan Hastanesi doktorları ile Rus Dışişleri Bakanlığı yetkilileri aynı toplantıya katıldı."
    spans = [span(text, "Amerikan Hastanesi", "ORG"), span(text, "Rus Dışişleri Bakanlığı", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Amerikan Hastanesi"), ("ORG", "Rus Dışişleri Bakanlığı")} <= found


# --- an economist's or an analyst's title after a broker's name ------------------------------------------------------


def test_an_economists_title_is_no_word_of_the_brokers_name(linker: EntityLinker) -> None:
    text = "Piyasaları değerlendiren Trusted Sources Türkiye Ekonomisti Şevin Ekinci, faizin düşeceğini söyledi."
    spans = [span(text, "Trusted Sources Türkiye Ekonomisti", "ORG"), span(text, "Şevin Ekinci", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Şevin Ekinci") in found
    assert not any("Ekonomisti" in name for _, name in found)


def test_a_strategists_title_after_a_known_bank_leaves_the_bank(linker: EntityLinker) -> None:
    text = "Garanti Bankası Stratejisti Ayşe Kaya, piyasalarda dalgalanmanın süreceğini söyledi."
    spans = [span(text, "Garanti Bankası Stratejisti", "ORG"), span(text, "Ayşe Kaya", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Ayşe Kaya") in found
    assert not any("Stratejisti" in name for _, name in found)
    assert any(kind == "ORG" and "Garanti" in name for kind, name in found)


def test_a_name_opening_with_a_peoples_word_before_a_university_stays_whole(linker: EntityLinker) -> None:
    text = "Hitit Üniversitesi Çorum Eğitim ve Araştırma Hastanesi doktorları hastanın durumunu açıkladı."
    spans = [span(text, "Hitit Üniversitesi Çorum Eğitim ve Araştırma Hastanesi", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Hitit Üniversitesi Çorum Eğitim ve Araştırma Hastanesi") in found


# --- a town as a club: its kit, its players -------------------------------------------------------------------------

_SPORTS_STORY = (
    "Dün akşam oynanan maçta ev sahibi takım zorlandı ve 2-1 yenildi. Teknik direktör maçtan sonra açıklama yaptı. "
)


def test_a_town_before_its_kit_is_the_club(linker: EntityLinker) -> None:
    text = "Tecrübeli futbolcu Sezer Öztürk, kariyerinde 45 kez Manisa forması giydi ve bu sezon 3 gol attı."
    spans = [span(text, "Sezer Öztürk", "PER"), span(text, "Manisa", "LOC")]
    assert ("ORG", "Manisa") in listed(linker.resolve(text, spans))


def test_a_country_before_its_kit_stays_the_country(linker: EntityLinker) -> None:
    text = "Genç oyuncu Ali Kaya, bir gün Türkiye forması giymek istediğini söyledi."
    spans = [span(text, "Ali Kaya", "PER"), span(text, "Türkiye", "LOC")]
    assert ("LOC", "Türkiye") in listed(linker.resolve(text, spans))


def test_a_town_in_the_genitive_before_its_forward_in_a_sports_story_is_the_club(linker: EntityLinker) -> None:
    text = _SPORTS_STORY + "Montpellier’in 30 yaşındaki forveti John Utaka, takımdan ayrılmak istediğini söyledi."
    spans = [span(text, "Montpellier’in", "LOC"), span(text, "John Utaka", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("ORG", "Montpellier") in found
    assert ("LOC", "Montpellier") not in found


def test_a_country_in_the_genitive_before_its_goalkeeper_stays_the_country(linker: EntityLinker) -> None:
    text = _SPORTS_STORY + "Türkiye’nin kalecisi Volkan Demirel bu maçta forma giymedi."
    spans = [span(text, "Türkiye’nin", "LOC"), span(text, "Volkan Demirel", "PER")]
    assert ("LOC", "Türkiye") in listed(linker.resolve(text, spans))


def test_a_town_in_the_genitive_before_its_actor_outside_sport_stays_the_town(linker: EntityLinker) -> None:
    text = "Şehir tiyatrosunun yeni sezonu dün açıldı. Montpellier’in genç oyuncusu Marie Dubois sahneye çıktı."
    spans = [span(text, "Montpellier’in", "LOC"), span(text, "Marie Dubois", "PER")]
    assert ("LOC", "Montpellier") in listed(linker.resolve(text, spans))
