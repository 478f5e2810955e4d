"""EntityLinker.resolve on what an eighteenth review of fresh copy found.

Sentences are written for these tests; the spans stand for the model's output, mistakes included.
"""

from __future__ import annotations

from newswire_tagger.entities import EntityLinker
from newswire_tagger.entities.kb import KnowledgeBase

from tests.unit.tagger.labelled import listed, span

# --- works' titles written bare ---------------------------------------------------------------------------------------


def test_a_given_name_opening_a_bare_film_title_is_no_person_wherever_the_title_comes(linker: EntityLinker) -> None:
    text = "Kemal ile Zerrin filminin çekimleri bitti. Kemal ile Zerrin'in galası Ankara'da yapılacak."
    spans = [span(text, "Kemal", "PER"), span(text, "Kemal", "PER", 1), span(text, "Ankara'da", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Ankara")}


def test_a_name_inside_a_bare_series_title_with_an_object_is_no_person(linker: EntityLinker) -> None:
    text = "Ayla Kemal'i Seviyor dizisi yeni sezonda ekrana gelmeyecek."
    assert linker.resolve(text, [span(text, "Ayla Kemal'i", "PER")]) == []


def test_a_name_opening_a_title_the_article_repeats_is_no_name_of_the_article(linker: EntityLinker) -> None:
    text = "Yönetmen, Zerdali Yolun Sonu adlı filmde savaş yıllarını anlatıyor. Zerdali Yolun Sonu, Mart'ta gelecek."
    spans = [span(text, "Zerdali", "LOC"), span(text, "Zerdali", "LOC", 1)]
    assert listed(linker.resolve(text, spans)) == set()


def test_a_known_place_or_body_before_a_title_stays(linker: EntityLinker) -> None:
    text = (
        "Eurovision'da bu yıl Azerbaycan Rüzgarlı Gece şarkısıyla birinci oldu. Netflix Kara Kutu dizisi rekor kırdı."
    )
    spans = [span(text, "Azerbaycan", "LOC"), span(text, "Netflix", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Azerbaycan"), ("ORG", "Netflix")}


def test_a_name_a_title_merely_follows_stays(linker: EntityLinker) -> None:
    text = "Sanatçı konserde Tarkan Sevdim şarkısıyla alkış aldı. Dün Kemal ile Kutsal kitabımızı okuduk."
    spans = [span(text, "Tarkan", "PER"), span(text, "Kemal", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Tarkan"), ("PER", "Kemal")}


def test_a_title_starts_in_its_own_sentence(linker: EntityLinker) -> None:
    text = "Başrolü oynayan oyuncu Demirkol. Kuru Otlar ile Yazlar filmi ödül aldı."
    assert listed(linker.resolve(text, [span(text, "Demirkol", "PER")])) == {("PER", "Demirkol")}


def test_a_one_word_name_before_a_form_of_address_and_a_works_noun_is_its_owner(linker: EntityLinker) -> None:
    text = "Kartpostallar, Nail Bey albümünde toplanmış."
    assert listed(linker.resolve(text, [span(text, "Nail", "PER")])) == {("PER", "Nail")}


def test_a_name_the_article_gives_outside_the_title_stays(linker: EntityLinker) -> None:
    text = "Sinop Yolun Sonu adlı filmde savaş anlatılıyor. Çekimler Sinop'ta yapıldı."
    spans = [span(text, "Sinop", "LOC"), span(text, "Sinop'ta", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Sinop")}


def test_an_actor_named_in_full_before_a_bare_title_stays(linker: EntityLinker) -> None:
    text = "En iyi erkek oyuncu ödülünü Burak Demirtaş Yaban Gülü filmindeki rolüyle aldı."
    assert listed(linker.resolve(text, [span(text, "Burak Demirtaş", "PER")])) == {("PER", "Burak Demirtaş")}


def test_a_person_with_a_form_of_address_before_a_works_noun_is_its_owner(linker: EntityLinker) -> None:
    text = "Kartpostallar, Hasan Rıza Bey albümünde toplanmış. Hasan Rıza Bey'in torunu bağışladı."
    spans = [span(text, "Hasan Rıza", "PER"), span(text, "Hasan Rıza", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Hasan Rıza")}


def test_our_book_is_no_works_noun(linker: EntityLinker) -> None:
    text = "Askerler Kandahar Hava Üssü'nde Kutsal kitabımıza saygısızlık etti."
    spans = [span(text, "Kandahar Hava Üssü'nde", "LOC")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Kandahar Hava Üssü")}


def test_a_known_body_of_two_words_before_a_title_stays(linker: EntityLinker) -> None:
    text = "Kanal D Arka Bahçeler dizisinde yeni sezonu başlatıyor."
    assert ("ORG", "Kanal D") in listed(linker.resolve(text, [span(text, "Kanal D", "ORG")]))


# --- months, nationality words, adjectives, prizes and currencies -----------------------------------------------------


def test_a_hijri_month_before_its_noun_is_no_person(linker: EntityLinker) -> None:
    text = "Müftülükten Muharrem ayı mesajı geldi. Muharrem ayının onuncu günü aşure dağıtılır."
    spans = [span(text, "Muharrem", "PER"), span(text, "Muharrem", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == set()


def test_a_given_name_before_months_or_the_month_is_a_person(linker: EntityLinker) -> None:
    text = "Kalp ameliyatı olan Muharrem aylardır hastanede yatıyor. Ramazan dün eve döndü. Recep ayın sonunda gelecek."
    spans = [span(text, "Muharrem", "PER"), span(text, "Ramazan", "PER"), span(text, "Recep", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Muharrem"), ("PER", "Ramazan"), ("PER", "Recep")}


def test_a_given_name_that_is_a_month_stays_a_person_elsewhere(linker: EntityLinker) -> None:
    text = "Ramazan Kaya, Ramazan ayında köyüne döndü."
    spans = [span(text, "Ramazan Kaya", "PER"), span(text, "Ramazan", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Ramazan Kaya")}


def test_a_nationality_word_left_alone_by_the_noun_after_it_is_no_body(linker: EntityLinker) -> None:
    text = "Banka, Yunan bankasına satıldı."
    assert linker.resolve(text, [span(text, "Yunan bankasına", "ORG")]) == []


def test_mali_before_a_financial_noun_is_the_adjective(linker: EntityLinker) -> None:
    text = "Ayşe Kaya, Mali İşlerden Sorumlu Genel Müdür Yardımcısı oldu. Mali'de ise seçim yapıldı."
    spans = [span(text, "Ayşe Kaya", "PER"), span(text, "Mali", "LOC"), span(text, "Mali'de", "LOC")]
    found = linker.resolve(text, spans)
    assert listed(found) == {("PER", "Ayşe Kaya"), ("LOC", "Mali")}
    assert [len(e.mentions) for e in found if e.name == "Mali"] == [1]


def test_a_prize_and_a_currency_are_no_names(linker: EntityLinker) -> None:
    text = "Fizik Nobeli bu yıl iki bilim insanına verildi; ödül 10 milyon Norveç Kronu değerinde."
    spans = [span(text, "Fizik Nobeli", "PER"), span(text, "Norveç Kronu", "LOC")]
    assert linker.resolve(text, spans) == []


# --- diseases, credits ------------------------------------------------------------------------------------------------


def test_a_disease_called_by_its_describers_surname_is_no_person(linker: EntityLinker) -> None:
    text = "Yeni test, Parkinson'a yakalanan hastalarda erken teşhis sağlıyor."
    assert linker.resolve(text, [span(text, "Parkinson'a", "PER")]) == []


def test_the_describer_named_in_full_stays_a_person(linker: EntityLinker) -> None:
    text = "Hastalığı ilk kez James Parkinson tanımladı; Parkinson'un notları sergileniyor."
    spans = [span(text, "James Parkinson", "PER"), span(text, "Parkinson'un", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "James Parkinson")}


def test_an_agency_credit_closing_the_last_sentence_in_brackets_is_the_agency(linker: EntityLinker) -> None:
    text = "Bakan, yeni düzenlemenin yıl sonunda yürürlüğe gireceğini söyledi.(ANKA)"
    assert listed(linker.resolve(text, [span(text, "ANKA", "ORG")])) == {("ORG", "ANKA")}


def test_a_drone_named_mid_text_in_brackets_stays_no_name(linker: EntityLinker) -> None:
    text = "Yeni insansız hava aracı (ANKA) ilk uçuşunu yaptı."
    assert linker.resolve(text, [span(text, "ANKA", "ORG")]) == []


def test_a_bracketed_line_label_at_the_end_is_no_credit(linker: EntityLinker) -> None:
    text = "Ünlü çift gece yarısı görüntülendi (FOTO-GALERİ)"
    assert linker.resolve(text, [span(text, "FOTO-GALERİ", "ORG")]) == []


# --- award lists ------------------------------------------------------------------------------------------------------


def test_a_known_person_glued_to_a_film_by_a_hyphen_is_the_person(linker: EntityLinker) -> None:
    text = "En İyi Yönetmen: Ben Affleck-Sınır"
    assert listed(linker.resolve(text, [span(text, "Ben Affleck-Sınır", "PER")])) == {("PER", "Ben Affleck")}


def test_a_name_the_article_writes_alone_is_cut_from_the_film_after_its_hyphen(linker: EntityLinker) -> None:
    text = "En İyi Kadın Oyuncu: Selin Durmaz-Kıyı\nSelin Durmaz ödülü annesine adadı."
    spans = [span(text, "Selin Durmaz-Kıyı", "PER"), span(text, "Selin Durmaz", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Selin Durmaz")}


def test_a_double_barrelled_surname_stays_whole(linker: EntityLinker) -> None:
    text = "Törene Selin Durmaz-Kaya da katıldı. Daniel Day-Lewis ödül aldı; Daniel Day Lewis teşekkür etti."
    spans = [span(text, "Selin Durmaz-Kaya", "PER"), span(text, "Daniel Day-Lewis", "PER")]
    found = listed(linker.resolve(text, spans))
    assert ("PER", "Selin Durmaz-Kaya") in found
    assert ("PER", "Selin Durmaz") not in found
    assert ("PER", "Daniel Day") not in found


def test_a_route_between_two_places_is_not_cut(linker: EntityLinker) -> None:
    text = "Tuzla Kanal-Doboy yolu kapandı. Tuzla Kanal bölgesinde kar var."
    found = linker.resolve(text, [span(text, "Tuzla Kanal-Doboy", "PER")])
    assert ("PER", "Tuzla Kanal-Doboy") in listed(found)


# --- the capital I ----------------------------------------------------------------------------------------------------


def test_the_dotless_capital_i_tells_two_known_bodies_apart(linker: EntityLinker) -> None:
    text = "Araştırmacı MIT'de doktora yaptı."
    assert [e.id for e in linker.resolve(text, [span(text, "MIT'de", "ORG")])] == [
        "org:massachusetts-institute-of-technology"
    ]
    text = "MİT açıklama yapmadı."
    assert [e.id for e in linker.resolve(text, [span(text, "MİT", "ORG")])] == ["org:mit"]


def test_a_body_alone_answering_to_its_letters_is_linked_however_its_i_is_written() -> None:
    kb = KnowledgeBase.load()
    assert [e.id for e in kb.entities("IHH")] == [e.id for e in kb.entities("İHH")] != []


def test_a_standards_number_after_iso_names_no_body(linker: EntityLinker) -> None:
    text = "Fabrika ISO 9001 belgesini aldı."
    assert linker.resolve(text, [span(text, "ISO", "ORG")]) == []


# --- knowledge base 1.27.0 --------------------------------------------------------------------------------------------


def test_fashion_houses_are_companies(linker: EntityLinker) -> None:
    text = "Grup, Calvin Klein ve Tommy Hilfiger markalarını çatısı altında topluyor."
    spans = [span(text, "Calvin Klein", "PER"), span(text, "Tommy Hilfiger", "PER")]
    assert listed(linker.resolve(text, spans)) == {("ORG", "Calvin Klein"), ("ORG", "Tommy Hilfiger")}


def test_a_square_and_a_volcano_are_places(linker: EntityLinker) -> None:
    text = "Gösteri Times Meydanı'nda yapıldı; Cotopaxi yanardağı yeniden kül püskürttü."
    spans = [span(text, "Times Meydanı'nda", "PER"), span(text, "Cotopaxi", "ORG")]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Times Meydanı"), ("LOC", "Cotopaxi")}


# --- the code review's cases ------------------------------------------------------------------------------------------


def test_iso_before_its_chambers_list_or_alone_is_the_chamber(linker: EntityLinker) -> None:
    text = "ISO 500 listesine bu yıl 12 yeni şirket girdi."
    assert listed(linker.resolve(text, [span(text, "ISO", "ORG")])) == {("ORG", "İstanbul Sanayi Odası")}
    text = "ISO açıklama yaptı."
    assert listed(linker.resolve(text, [span(text, "ISO", "ORG")])) == {("ORG", "İstanbul Sanayi Odası")}


def test_mali_before_a_noun_the_country_takes_stays_the_country(linker: EntityLinker) -> None:
    text = "Fransa, Mali Krizi nedeniyle asker gönderdi. Fransa, Mali Hakkında açıklama yaptı."
    spans = [span(text, "Fransa", "LOC"), span(text, "Mali", "LOC"), span(text, "Fransa", "LOC", 1)]
    spans.append(span(text, "Mali", "LOC", 1))
    found = linker.resolve(text, spans)
    assert listed(found) == {("LOC", "Fransa"), ("LOC", "Mali")}
    assert [len(e.mentions) for e in found if e.name == "Mali"] == [2]


def test_mali_before_a_lower_case_financial_noun_is_the_adjective(linker: EntityLinker) -> None:
    text = "Mali durumum iyi değil, dedi sanatçı."
    assert linker.resolve(text, [span(text, "Mali", "LOC")]) == []


def test_a_describers_surname_outside_illness_copy_is_the_person_or_the_place(linker: EntityLinker) -> None:
    text = "Japonya'nın eski başbakanı Hashimoto öldü. Parkinson ise törende konuştu."
    spans = [span(text, "Hashimoto", "PER"), span(text, "Parkinson", "PER")]
    assert listed(linker.resolve(text, spans)) >= {("PER", "Hashimoto"), ("PER", "Parkinson")}


def test_a_month_after_a_persons_name_before_its_noun_is_no_word_of_the_name(linker: EntityLinker) -> None:
    text = "Otelin sahibi Thomas Straumann Ekim ayında oteli yeniden açtı."
    spans = [span(text, "Thomas Straumann Ekim", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Thomas Straumann")}


def test_a_married_name_in_running_text_is_not_cut(linker: EntityLinker) -> None:
    text = "Ayşe Demir-Öztürk başkan seçildi. Ayşe Demir dün de konuşmuştu."
    spans = [span(text, "Ayşe Demir-Öztürk", "PER"), span(text, "Ayşe Demir", "PER", 1)]
    assert ("PER", "Ayşe Demir-Öztürk") in listed(linker.resolve(text, spans))


def test_a_known_hyphenated_name_is_not_cut_at_its_hyphen(linker: EntityLinker) -> None:
    text = "En İyi Kadın Oyuncu: Catherine Zeta-Jones\nCatherine Zeta sahneye çıktı."
    found = listed(linker.resolve(text, [span(text, "Catherine Zeta-Jones", "PER")]))
    assert ("PER", "Catherine Zeta-Jones") in found


def test_a_bracket_closing_the_text_without_its_opening_is_no_credit(linker: EntityLinker) -> None:
    text = "Yeni insansız hava aracı ANKA)"
    assert linker.resolve(text, [span(text, "ANKA", "ORG")]) == []


def test_letters_in_title_case_answer_to_both_bodies() -> None:
    assert {e.id for e in KnowledgeBase.load().entities("Mit")} == {
        "org:mit",
        "org:massachusetts-institute-of-technology",
    }


def test_mali_with_a_case_ending_before_a_financial_noun_is_the_country(linker: EntityLinker) -> None:
    text = "Birlik, Mali'ye destek verdi. Mali'ye yapılan müdahale sürüyor."
    spans = [span(text, "Mali'ye", "LOC"), span(text, "Mali'ye", "LOC", 1)]
    assert listed(linker.resolve(text, spans)) == {("LOC", "Mali")}


# --- the second code review's cases and a third wave ------------------------------------------------------------------


def test_mali_before_a_noun_both_take_stays_the_country(linker: EntityLinker) -> None:
    text = "Birlik, Mali durumuyla ilgili yeni bir rapor yayımladı."
    assert listed(linker.resolve(text, [span(text, "Mali", "LOC")])) == {("LOC", "Mali")}


def test_two_first_names_before_a_title_that_goes_on_stay(linker: EntityLinker) -> None:
    text = "Kıvanç ve Beren Kara Sevda dizisinde oynadı."
    spans = [span(text, "Kıvanç", "PER"), span(text, "Beren", "PER")]
    assert listed(linker.resolve(text, spans)) == {("PER", "Kıvanç"), ("PER", "Beren")}


def test_a_person_in_the_dative_before_a_title_stays(linker: EntityLinker) -> None:
    text = "Konserde Selin'e Gülümse şarkısıyla teşekkür etti."
    assert listed(linker.resolve(text, [span(text, "Selin'e", "PER")])) == {("PER", "Selin")}


def test_a_title_written_twice_with_its_noun_shows_no_title(linker: EntityLinker) -> None:
    text = "Konserde Selin Kuzu Kuzu şarkısını söyledi. Selin Kuzu Kuzu şarkısını iki kez söyledi."
    spans = [span(text, "Selin", "PER"), span(text, "Selin", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Selin")}


def test_a_describers_surname_in_a_sports_injury_story_is_the_person(linker: EntityLinker) -> None:
    text = "Teknik direktör Parkinson, sakatlığın tedavisinin sürdüğünü söyledi."
    assert listed(linker.resolve(text, [span(text, "Parkinson", "PER")])) == {("PER", "Parkinson")}


def test_a_year_after_iso_is_no_standard(linker: EntityLinker) -> None:
    text = "ISO 2023 yılı listesi açıklandı."
    assert listed(linker.resolve(text, [span(text, "ISO", "ORG")])) == {("ORG", "İstanbul Sanayi Odası")}


def test_a_married_name_after_a_colon_in_running_text_is_not_cut(linker: EntityLinker) -> None:
    text = "Seçim sonuçları açıklandı: Ayşe Demir-Öztürk başkan seçildi. Ayşe Demir konuştu."
    spans = [span(text, "Ayşe Demir-Öztürk", "PER"), span(text, "Ayşe Demir", "PER", 1)]
    assert ("PER", "Ayşe Demir-Öztürk") in listed(linker.resolve(text, spans))


def test_a_person_so_named_stays(linker: EntityLinker) -> None:
    # (given names before "isimleri", "adları" were tried as no one: the candidates and the twins named so are people)
    text = "Kulüpte Mourinho ve Ancelotti isimleri gündemde. İkizlere Ali ve Ayşe adları verildi."
    spans = [span(text, w, "PER") for w in ("Mourinho", "Ancelotti", "Ali", "Ayşe")]
    found = listed(linker.resolve(text, spans))
    assert {("PER", "Ali"), ("PER", "Ayşe")} <= found
    assert len(found) == 4


def test_an_agency_credit_on_its_own_line_before_the_end_is_the_agency(linker: EntityLinker) -> None:
    text = "Bakan açıklama yaptı.\n(ANKA)\nİlgili haberler"
    assert listed(linker.resolve(text, [span(text, "ANKA", "ORG")])) == {("ORG", "ANKA")}


def test_a_person_in_the_dative_before_a_plural_title_stays(linker: EntityLinker) -> None:
    text = "Jüri, Selin'e Geceler şarkısıyla ödül verdi."
    assert listed(linker.resolve(text, [span(text, "Selin'e", "PER")])) == {("PER", "Selin")}


def test_a_number_inside_a_title_after_a_name_shows_no_title(linker: EntityLinker) -> None:
    text = "Konserde Selin 5 Yıldız şarkısıyla coşturdu."
    assert listed(linker.resolve(text, [span(text, "Selin", "PER")])) == {("PER", "Selin")}


def test_a_title_case_headline_repeating_a_title_with_its_noun_shows_no_title(linker: EntityLinker) -> None:
    text = "Selin Kuzu Kuzu Şarkısıyla Coştu\nKonserde Selin Kuzu Kuzu şarkısını söyledi."
    spans = [span(text, "Selin", "PER"), span(text, "Selin", "PER", 1)]
    assert listed(linker.resolve(text, spans)) == {("PER", "Selin")}


def test_a_describers_surname_in_a_drug_story_is_the_disease(linker: EntityLinker) -> None:
    text = "Yeni geliştirilen Parkinson ilacı, beyin hücrelerini koruyor."
    assert linker.resolve(text, [span(text, "Parkinson", "PER")]) == []
