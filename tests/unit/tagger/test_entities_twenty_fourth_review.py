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


def test_a_month_after_last_before_a_company_is_the_dates(linker: EntityLinker) -> None:
    text = "Şirket geçen Mart Türk Telekom'a başvurdu ve hâlâ yanıt bekliyor."
    found = listed(linker.resolve(text, [span(text, "Mart Türk Telekom'a", "ORG")]))
    assert ("ORG", "Türk Telekom") in found
    assert not any("Mart" in name for _, name in found)


def test_a_month_after_a_year_before_a_place_is_the_dates(linker: EntityLinker) -> None:
    text = "Örgüt üyeleri 2012 Mayıs Moldova Havalimanında sahte pasaportla görüldü."
    found = listed(linker.resolve(text, [span(text, "Mayıs Moldova Havalimanında", "LOC")]))
    assert ("LOC", "Moldova Havalimanı") in found


def test_a_month_after_a_verbs_passing_word_stays_the_names(linker: EntityLinker) -> None:
    text = "Kadıköy'den geçen Haziran Hareketi yürüyüşü dün yapıldı ve bu Haziran Hareketi için önemliydi."
    spans = [span(text, "Kadıköy'den", "LOC"), span(text, "Haziran Hareketi", "ORG")]
    assert ("ORG", "Haziran Hareketi") in listed(linker.resolve(text, spans))


def test_a_month_opening_a_bodys_name_without_a_dates_word_stays_its_word(linker: EntityLinker) -> None:
    text = "Mayıs Ankara Platformu dün bir açıklama yaptı. Birleşik Haziran Hareketi de katıldı."
    spans = [span(text, "Mayıs Ankara Platformu", "ORG"), span(text, "Birleşik Haziran Hareketi", "ORG")]
    found = listed(linker.resolve(text, spans))
    assert {("ORG", "Mayıs Ankara Platformu"), ("ORG", "Birleşik Haziran Hareketi")} <= found


def test_a_sentence_opening_past_word_is_no_word_of_the_name(linker: EntityLinker) -> None:
    text = "Geçtiğimiz Moldova Havalimanı ziyaretinde bakan açıklama yapmadı."
    found = listed(linker.resolve(text, [span(text, "Geçtiğimiz Moldova Havalimanı", "LOC")]))
    assert ("LOC", "Moldova Havalimanı") in found


# --- a nationality word before a body ---------------------------------------------------------------------------------


def test_a_nationality_word_naming_a_hospital_a_ministry_or_a_university_abroad_stays(linker: EntityLinker) -> None:
    text = (
        "Amerikan Hastanesi doktorları ile Rus Dışişleri Bakanlığı yetkilileri ve Amerikan Beyrut Üniversitesi'nden "
        "akademisyenler aynı toplantıya katıldı."
    )
    names = ("Amerikan Hastanesi", "Rus Dışişleri Bakanlığı", "Amerikan Beyrut Üniversitesi'nden")
    found = listed(linker.resolve(text, [span(text, name, "ORG") for name in names]))
    assert {("ORG", "Amerikan Hastanesi"), ("ORG", "Rus Dışişleri Bakanlığı")} <= found
    assert ("ORG", "Amerikan Beyrut Üniversitesi") in found  # (the American University of Beirut)


# --- an economist's or an analyst's title after a broker's name ------------------------------------------------------


def test_an_economists_title_is_no_word_of_the_brokers_name(linker: EntityLinker) -> None:
    text = "Piyasaları değerlendiren Trusted Sources Türkiye Ekonomisti Şevin Ekinci, faizin düşeceğini söyledi."
    spans = [span(text, "Trusted Sources Türkiye Ekonomisti", "ORG"), span(text, "Şevin Ekinci", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Şevin Ekinci") in found
    assert not any("Ekonomisti" in name for _, name in found)


def test_a_strategists_and_an_analysts_title_is_no_word_of_a_brokers_name(linker: EntityLinker) -> None:
    text = "Deniz Yatırım Stratejisti Ayşe Kaya ile Gedik Yatırım Analisti Mehmet Demir piyasaları değerlendirdi."
    spans = [
        span(text, "Deniz Yatırım Stratejisti", "ORG"),
        span(text, "Ayşe Kaya", "PER"),
        span(text, "Gedik Yatırım Analisti", "ORG"),
        span(text, "Mehmet Demir", "PER"),
    ]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Ayşe Kaya"), ("PER", "Mehmet Demir")} <= found
    assert not any("Stratejisti" in name or "Analisti" in name for _, name in found)


def test_a_strategists_title_after_a_known_bank_leaves_the_bank(linker: EntityLinker) -> None:
    text = "Garanti Bankası Stratejisti Ayşe Kaya, piyasalarda dalgalanmanın süreceğini söyledi."
    spans = [span(text, "Garanti Bankası Stratejisti", "ORG"), span(text, "Ayşe Kaya", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Ayşe Kaya") in found
    assert not any("Stratejisti" in name for _, name in found)
    assert any(kind == "ORG" and "Garanti" in name for kind, name in found)


# --- a town as a club: its players ------------------------------------------------------------------------------------

_SPORTS_STORY = (
    "Dün akşam oynanan maçta ev sahibi takım zorlandı ve 2-1 yenildi. Teknik direktör maçtan sonra açıklama yaptı. "
)


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


def test_a_town_in_the_genitive_before_a_described_player_is_the_club(linker: EntityLinker) -> None:
    text = _SPORTS_STORY + "Montpellier'in Kamerunlu forveti Jean Makoun ile Bursa'nın sol bek oyuncusu Ali Kaya."
    spans = [
        span(text, "Montpellier'in", "LOC"),
        span(text, "Jean Makoun", "PER"),
        span(text, "Bursa'nın", "LOC"),
        span(text, "Ali Kaya", "PER"),
    ]
    assert {("ORG", "Montpellier"), ("ORG", "Bursa")} <= listed(linker.resolve(text, spans))


def test_a_town_in_the_genitive_before_one_of_its_players_or_its_able_keeper_is_the_club(
    linker: EntityLinker,
) -> None:
    text = _SPORTS_STORY + "Lyon'un futbolcularından Ali Kaya ile Montpellier'in başarılı kalecisi Jean Dupont."
    spans = [
        span(text, "Lyon'un", "LOC"),
        span(text, "Ali Kaya", "PER"),
        span(text, "Montpellier'in", "LOC"),
        span(text, "Jean Dupont", "PER"),
    ]
    assert {("ORG", "Lyon"), ("ORG", "Montpellier")} <= listed(linker.resolve(text, spans))


def test_a_town_that_bred_a_player_or_has_a_theatres_player_stays_the_town(linker: EntityLinker) -> None:
    text = (
        _SPORTS_STORY + "Rosario'nun yetiştirdiği futbolcu Lionel Messi maçta yoktu. "
        "Ankara'nın Devlet Tiyatrosu oyuncusu Ayşe Kaya maçı izledi."
    )
    spans = [span(text, "Rosario'nun", "LOC"), span(text, "Lionel Messi", "PER"), span(text, "Ankara'nın", "LOC")]
    assert {("LOC", "Rosario"), ("LOC", "Ankara")} <= listed(linker.resolve(text, spans))


# --- a transcript's speaker glued to his first word, a person glued across "de" -------------------------------------


def test_a_speakers_name_ends_before_his_speechs_first_word(linker: EntityLinker) -> None:
    text = (
        "Genel Kurul'da bütçe görüşmeleri sürdü. Ak Parti İstanbul Milletvekili Enver Yılmaz Şu an itibarıyla "
        "ordunun bütününe bakıyoruz dedi. Diyarbakır Milletvekili Altan Tan Bu tip hilelere gerek yok dedi."
    )
    spans = [span(text, "Enver Yılmaz Şu", "PER"), span(text, "Altan Tan Bu", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Enver Yılmaz"), ("PER", "Altan Tan")} <= found
    assert not any(name.endswith((" Şu", " Bu")) for _, name in found)


def test_an_untitled_speakers_name_the_model_glued_ends_before_his_first_word(linker: EntityLinker) -> None:
    text = "Bütçe görüşmelerinde söz alan Enver Yılmaz Şu an itibarıyla ordunun bütününe bakıyoruz dedi."
    found = listed(linker.resolve(text, [span(text, "Enver Yılmaz Şu", "PER")]))
    assert ("PER", "Enver Yılmaz") in found
    assert ("PER", "Enver Yılmaz Şu") not in found


def test_names_ending_in_a_pronouns_letters_stay_whole(linker: EntityLinker) -> None:
    text = "Eski Devlet Başkanı Zeynel Abidin Ben Ali ülkeden kaçtı. Ekonomist Amartya Kumar Sen de konuştu."
    spans = [span(text, "Zeynel Abidin Ben Ali", "PER"), span(text, "Amartya Kumar Sen", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Zeynel Abidin Ben Ali"), ("PER", "Amartya Kumar Sen")} <= found


def test_a_titled_speakers_name_does_not_grow_over_his_first_word(linker: EntityLinker) -> None:
    text = "CHP İstanbul Milletvekili Celal Dinçer Üç ayda yaklaşık 60 bin nüfus kazandırdık diye konuştu."
    found = listed(linker.resolve(text, [span(text, "Celal Dinçer", "PER")]))
    assert ("PER", "Celal Dinçer") in found
    assert ("PER", "Celal Dinçer Üç") not in found


def test_a_surname_that_is_a_number_word_after_a_given_name_stays(linker: EntityLinker) -> None:
    text = "Toplantıya Ali Bir de katıldı ve gazetecilere kısa bir açıklama yaptı."
    assert ("PER", "Ali Bir") in listed(linker.resolve(text, [span(text, "Ali Bir", "PER")]))


def test_a_person_glued_across_the_clitic_de_is_two_names(linker: EntityLinker) -> None:
    text = (
        "Ziyaretin ardından Hikmet Çetin açıklama yaptı. Eski TBMM Başkanı Hikmet Çetin de Birad'ın güleryüzlü ve "
        "çalışkan biri olduğunu anlattı."
    )
    spans = [span(text, "Hikmet Çetin", "PER"), span(text, "Hikmet Çetin de Birad'ın", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Hikmet Çetin") in found
    assert not any(" de " in name for _, name in found)


def test_a_spanish_name_with_its_particle_stays_whole(linker: EntityLinker) -> None:
    text = "BM eski Genel Sekreteri Javier Perez de Cuellar ile Jorge Nuno Pinto da Costa törende anıldı."
    spans = [span(text, "Javier Perez de Cuellar", "PER"), span(text, "Jorge Nuno Pinto da Costa", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Javier Perez de Cuellar"), ("PER", "Jorge Nuno Pinto da Costa")} <= found


def test_a_foreign_name_with_its_particle_de_stays_whole(linker: EntityLinker) -> None:
    text = "Fransa'nın eski lideri Charles de Gaulle ile Luiz Inacio Lula da Silva törende anıldı."
    spans = [span(text, "Charles de Gaulle", "PER"), span(text, "Luiz Inacio Lula da Silva", "PER")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Charles de Gaulle"), ("PER", "Luiz Inacio Lula da Silva")} <= found


# --- the big cities' districts the gazetteer lacks -------------------------------------------------------------------


def test_a_big_citys_district_the_gazetteer_lacks_is_a_place(linker: EntityLinker) -> None:
    text = "Kaza dün akşam Bakırköy'de meydana geldi; yaralılar hemen ilçedeki devlet hastanesine götürüldü."
    [place] = [e for e in linker.resolve(text, [span(text, "Bakırköy'de", "PER")]) if e.name == "Bakırköy"]
    assert place.type == "LOC"
