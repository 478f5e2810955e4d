"""Document-level clean-up of the model's spans before linking: one article, one consistent set of names.

In order, for each span: split names glued across a suffix (``İsrail'in Gazze Şeridi'ne`` → ``İsrail'in`` and
``Gazze Şeridi'ne``), trim leading nationality words and titles (``Filistinli``, ``CEO'su``), take the following
head word into the name (``Kemal Advan`` + ``Hastanesi``), and type the result from its head word, then the
knowledge base, then the name lists. Spans that name no one (a demonym, a product, a weapon, a crypto currency)
are dropped. Last, every span of one name gets the same type, the one the knowledge base or most of the
model's confidence gives it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from newswire_schemas import EntityType

from newswire_tagger.entities.appositions import ADDRESS_FORM, typed_by_called, without_address_form
from newswire_tagger.entities.companies import (
    board_of,
    company_people,
    cut_to_known,
    described_acronym,
    in_capitals,
    is_thing,
    is_unit,
    people_named_like_companies,
    split_known_edge,
    with_legal_tail,
)
from newswire_tagger.entities.gazetteer import Gazetteer
from newswire_tagger.entities.glued import NameTests, apart_from_named, fuller_names
from newswire_tagger.entities.heads import (
    COMPASS_WORDS,
    LEGAL_FORMS,
    MINISTRY_FIELDS,
    MONTH_NAMES,
    MONTHS,
    MONTHS_AND_DAYS,
    MONTHS_NO_ONE_NAMED,
    WEEKDAY_NAMES,
    board_office,
    head_type,
    is_address_part,
    is_bare_head,
    is_board_office,
    is_club,
    is_club_name,
    is_company_word,
    is_date_word,
    is_event_head,
    is_generic_body,
    is_legal_form,
    is_numbered_street,
    is_road_code,
    is_venue,
    kind_after,
    opens_organisation,
    opens_place,
)
from newswire_tagger.entities.kb import DISTRICT, KnowledgeBase
from newswire_tagger.entities.lineups import with_box_score
from newswire_tagger.entities.lists import (
    MATCH_NOUNS,
    ROUTE_AFTER,
    TRANSPORT_AFTER,
    bodies_before_their_people,
    club_cue_near,
    clubs_in_lists,
    clubs_in_pairs,
    firms_in_lists,
    listed_between,
    streets_in_lists,
    teams_in_matches,
    typed_by_lists,
    without_league_sponsors,
    without_listed_works,
)
from newswire_tagger.entities.names import (
    CASE_ENDINGS,
    LIST_JOIN,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    PLACE_CASES,
    canonical_name,
    fold,
    has_suffix_apostrophe,
    in_genitive,
    in_locative_or_ablative,
    in_place_case,
    in_unmarked_genitive,
    is_acronym,
    is_administrative_word,
    is_ordinal_word,
    is_parent_head,
    mentions_by_name,
    name_key,
    opens_sentence,
    ordinal_cut,
    strip_apostrophe_suffix,
    strip_org_case_ending,
    turkish_lower,
    turkish_upper,
    words_of,
)
from newswire_tagger.entities.nouns import (
    bodies_by_nouns,
    characters_by_nouns,
    is_light_verb,
    papers_by_their_word,
    places_by_nouns,
    players_by_stats,
    products_by_nouns,
    teams_by_nouns,
    typed_by_nouns,
    verbs_nouns,
    without_bare_titles,
    without_capital_titles,
    without_disease_names,
    without_hijri_months,
    without_law_titles,
    without_listed_series,
    without_method_names,
    without_model_makers,
    without_quoted_titles,
    without_sky_words,
    without_trademarked_parts,
    without_vessels,
)
from newswire_tagger.entities.people import (
    PAPER_AFTER,
    aged_people,
    common_words_opening_sentences,
    extend_to_surnames,
    initials_in_lists,
    is_inflected_title,
    is_title,
    named_people,
    next_word,
    previous_word,
    propagate_parts,
    reporters,
    speaks,
    surnames_as_people,
    titled_people,
)
from newswire_tagger.entities.recall import PLATFORMS, WEB_DOMAIN, Taken
from newswire_tagger.entities.scoring import MIN_PERSON_CONFIDENCE
from newswire_tagger.entities.titles import (
    EPITHET,
    GLUED_HONORIFIC,
    HEADLINE_WORDS,
    HONORIFICS,
    NAME_CLOSERS,
    NAME_TITLES,
    POSSESSIVE_HEADS,
    RANKS,
    RULERS,
    SENTENCE_OPENERS,
    SPEECH_OPENERS,
    STANDALONE_HEADS,
    SURNAME_TITLES,
    TITLE_HEADS,
    is_plural_title,
    title_before,
)
from newswire_tagger.entities.widening import (
    LOWER_PARTICLES,
    PARTICLES,
    SPACED_PARTICLES,
    apart_at_clitic,
    couple_after,
    is_ministry_department,
    izafet,
    join_affiliations,
    join_club_prefixes,
    join_couples,
    join_eponyms,
    join_known_people,
    join_numbered_places,
    join_numbered_units,
    join_particles,
    join_regnal_numerals,
    join_wrapped_names,
    widen,
)
from newswire_tagger.ner.lexicon import Lexicon
from newswire_tagger.spans import Span

__all__ = ["Consolidator"]

# A verb's "-ken" form (while doing): "Öksürürken", "Giderken", "Yapılırken", "Gelmişken", "Okuyorken".
_CONVERB = re.compile(r"(?:[aeıiuü]rken|[ıiuü]yorken|m[ıiuü]şken|[dt][ıiuü]kken)$")
# A lower-case word next (so the capital is the sentence's, not the name's).
_LOWER_WORD_AFTER = re.compile(r" [a-zçğıöşü]")
# The words the other side of a one-word known person keeps for a cut between two known people (see _two_known_people).
_KNOWN_SIDE_WORDS = 3
# Said of a person after a place or a nationality: "Kırım kökenli", "Türk asıllı".
_OF_ORIGIN = "kökenli|asıllı"
# A noun of origin after a place said of a person: "Girit göçmeni", "Selanik doğumlu", "Kırım kökenli".
_ORIGIN_AFTER = re.compile(rf"[ \t]+(?:göçmen(?:i|leri)|doğumlu|{_OF_ORIGIN}|muhaciri)(?![\w'’])")
_MIN_ORIGIN_WORDS = 3
# What follows a nationality said of a person: "Rus vatandaşı", "Türk asıllı", "İngiliz uyruklu".
_NATIONALITY_NOUN = re.compile(rf"^(?:vatandaş|{_OF_ORIGIN}|uyruklu|yurttaş)[a-zçğıöşü]*$")
# Case endings (and the plural possessive) a common noun takes without an apostrophe: "Geceyi", "Toplantıya",
# "Kentte", "Sonuçları".
_COMMON_NOUN_ENDINGS = CASE_ENDINGS | {"ları", "leri"}
# "Bey" or "Hanım" after a person's name, bare, with an ending after an apostrophe or one no other word takes
# ("Ensar Bey'in", "Ayşe Hanıma"); not the other forms of address, after a club's or a village's name in a headline
# as often ("Menemenspor Hoca Arıyor"), nor "Beyi", "Beyin" (a principality's lord, "Germiyan Beyi"; the brain,
# "Türk Beyin Cerrahisi Derneği").
_ADDRESS_AFTER = re.compile(r"^(?:bey|hanım)(?:efendi)?(?:['’][a-zçğıöşü]+|e|a|le|la|den|dan|ın)?$")
# A possessive, then a case ending after its "n" ("Öğrenimine", "Hikayesinde", "Bölümünden"): a common noun owned by
# something said before it, never the first word of a name (a name's words take a possessive at its head only).
_POSSESSED_ENDINGS = frozenset(
    possessive + "n" + case
    for possessive in ("ı", "i", "u", "ü", "sı", "si", "su", "sü")
    for case in ("ı", "i", "u", "ü", "a", "e", "da", "de", "dan", "den", "daki", "deki", "ın", "in", "un", "ün")
)
# Heads of the smallest administrative units, a quarter or a village: the name before them may start with the town
# the unit lies in.
_UNIT_HEADS = frozenset({"Mahallesi", "Köyü", "Beldesi"})
# A list going on after a span: a comma, or "ve" before a capitalised word.
_LIST_GOES_ON = re.compile(r",|[ \t]+ve[ \t]+[A-ZÇĞİÖŞÜ]")
# A product's model code (a letter or two, then digits: "S4", "Z10", "S1200", "A380"; not a youth team's "U19") or a
# Roman numeral of two letters or more ("III", "IV"; not "V", "X", which are letters too).
# A Roman numeral up to 39 ("II", "XXI"; not "VIX", an index): a model's number or a title's tail.
_ROMAN_DIGITS = r"X{0,3}(?:IX|IV|V?I{0,3})"
_MODEL_CODE = re.compile(rf"(?!U\d)[A-Z]{{1,2}}\d{{1,4}}|(?=[IVX]{{2,5}}$){_ROMAN_DIGITS}")
# Personal pronouns opening a sentence, which open no body's or place's name: "Ben Sağlık Bakanlığı'ndan davacıyım",
# "Ben Cezaevindeyken" (not "Sen",
# the Seine's "Sen Nehri"; "Ben" inside a name is an Arabic "son of", widening's: "Ben Ali").
_PRONOUNS = frozenset({"Ben", "Biz", "Siz"})
# A district's or province's word after the town: "Yüksekova İlçesi Karlı Köyü" is the district, then the village.
_DISTRICT_WORDS = frozenset({"İlçesi", "İli", "ilçesi", "ili"})
# ... and the streets a well-known town may open (not a square: "Esenyurt Cumhuriyet Meydanı" is one name).
_STREET_HEADS = frozenset({"Caddesi", "Bulvarı", "Sokağı", "Sokak"})
# A possessed or plural common noun (Şehitleri, Gazileri, Yolu) makes a unit's own name, not a town's.
_POSSESSED = re.compile(r"(?:l[ae]r[ıi]|[^aeıioöuü](?:[ıiuü]|s[ıiuü]))$")
# -li/-lı/-lu/-lü (of a place), optional plural and case ending: Filistinli, İsrailliler, Gazzelilerin, ABD'li.
_DEMONYM = re.compile(
    r"^(?P<stem>.+?)['’]?(?:lı|li|lu|lü)(?:lar|ler)?"
    r"(?:['’]?(?:ın|in|un|ün|ı|i|u|ü|a|e|da|de|dan|den|la|le|ca|ce|ya|ye|yı|yi|yu|yü))?$"
)
# Person endings of a finite verb no name has: -mişim (I have ...), -(y)ız (we are), -sınız / -seniz (you),
# -leşti / -landı (became); after two letters at least ("Seniz" is a given name).
_FINITE_VERB = re.compile(
    r"\w\w(?:m[ıiuü]ş[ıiuü]m|[aeıioöuü]y[ıiuü]z|s[ıiuü]n[ıiuü]z|s[ae]n[ıi]z|(?:l[ae]şt|l[ae]nd)[ıi])$"
)
# The rest of an office holder's title after a body's span and "ve": "Ulaştırma Denizcilik" + " ve Haberleşme Bakanı",
# "Bartın Gıda Tarım" + " ve Hayvancılık İl Müdürü".
_FIELD_TITLE_AFTER = re.compile(
    r"[ \t]+ve[ \t]+(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[ \t]+){1,3}(?:(?:İl|İlçe|Bölge)[ \t]+)?"
    r"(?:Bakanı|Bakan[ \t]+Yardımcısı|Müdürü|Müdür[ \t]+Yardımcısı|Müsteşarı|Komiseri)(?![\w])"
)
# The knowledge base's kinds of a state's or a town's bodies: a place before one is whose it is ("Gazze Sağlık
# Bakanlığı", "Ankara Cumhuriyet Başsavcılığı").
_STATE_KINDS = frozenset({"ministry", "public"})
# The given names that open a foreign double one, no wife's before her husband's: "Jean-Claude", "Marie-Claire".
_COUPLE_WORDS = 4  # two given names and two surnames before a couple's noun (see Consolidator._couple_apart)
_COMPOUND_OPENERS = frozenset(
    {"Jean", "Marie", "Anne", "Hans", "Karl", "Klaas", "Jan", "Pierre", "Mary", "Ann", "Jo", "Paul", "Franz", "Ernst",
     "Heinz", "José", "Juan", "Luis", "Maria", "Ana", "Louis", "Lee", "Kim", "Mohammed", "Abdul"}
)  # fmt: skip
# A chair's office after a body's name, any case ending after it: "TÜSİAD Başkanlığını", "TFF Genel Başkanlığına".
_CHAIR = re.compile(r"(?:[ \t]+Genel)?[ \t]+Başkanlığ(?:ı|ın)(?:['’]?[a-zçğıöşü]*)$")
# ... and the bodies whose chair is an office only, no body of its own (not a state's, nor a party's: see
# Consolidator._chair_of_body)
_CHAIRED_KINDS = frozenset({"association", "ngo", "club", "company", "bank", "media"})
# A plural's locative or ablative ending, no name's: "Lacivertlilerde", "Kanaryalardan" (nor "Erdoğanlar'da").
_PLURAL_AT = re.compile(r"l[ae]r['’]?[dt][ae]n?$")
# An abstract noun's possessive, one word: "-lık" + "-ı" (+ a case), "Şahitliği", "Çocukluğun", "Galatasaraylılığı":
# capitalised by its sentence, no name (the bodies so ending the lists know: "Gençlerbirliği", "Cumhurbaşkanlığı").
_ABSTRACT_POSSESSIVE = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:lı|li|lu|lü)ğ[ıiuü][a-zçğıöşü]*")
# A university's name and its acronym in brackets, right before a faculty's: "Erciyes Üniversitesi (ERÜ) Tıp Fakültesi".
_UNIVERSITY_ACRONYM_BEFORE = re.compile(r"Üniversitesi ?\([A-ZÇĞİÖŞÜ]{2,6}\) ?$")
# An art a nation's name goes before ("Türk Sineması", "Fransız Edebiyatı"): no venue or body ("Kent Sineması").
_NATIONAL_ARTS = frozenset({"Sineması", "Edebiyatı", "Müziği", "Mutfağı", "SİNEMASI", "EDEBİYATI"})
_DESCRIBED_TEAMS = frozenset({"Kulübü", "Takımı", "Ekibi"})
# A verb in the past, the reported past, the future or the present continuous, after a stem of three letters or
# more: "Dövdü", "Ettirmiş", "Oynayacak", "Üzülecek", "Geliyor" (not "Mehdi", "Aydı": a stem of two); in the plural
# ("Ağladılar") or the necessitative ("Kalkmalı").
# (and the third person's imperative, the first plural's negative aorist: "DİLEK TUTSUN", "OPERASYON YAPTIRMAYIZ")
_TENSED_VERB = re.compile(
    r"\w{3,}(?:(?:[dt][ıiuü]|m[ıiuü]ş|[ae]c[ae]k|[ıiuü]yor|s[ıiuü]n)(?:l[ae]r)?|m[ae]l[ıi]|m[ae]y[ıi]z)$"
)
# A capitalised common word, possessed or plural, in the locative or ablative, no apostrophe: "Ülkemizde",
# "Sonrasında", "Toplantılarda", "Hakkımda" (not "Florida", "Yumurta", "Linde": no possessive or plural before the
# case); or a word in -daki or a participle in -dığı: "Muhalefetteki", "Sığındığı" (no name ends so).
_LOCATED = re.compile(
    r"^[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,}(?:(?:[ıiuü]n|l[ae]r|m[ıiuü]z|s[ıiuü]n|[ıiuü]m)[dt][ae]n?|[dt][ae]ki|[dt][ıiuü]ğ[ıiuü])$"
)
# Two of the compass's words a hyphen joins: a line between directions, no place ("Kuzey- Güney yakası").
_COMPASS_PAIR = re.compile(
    rf"^(?:{'|'.join(sorted(COMPASS_WORDS))})[ \t]*[-–][ \t]*(?:{'|'.join(sorted(COMPASS_WORDS))})(?:['’]\w+)?$"
)
# A nationality word in -li opening a span, first or second ("İsviçreli Viatrans", "Güney Kıbrıslı Libananco").
_DEMONYM_OPENING = re.compile(r"^(?:\S+ )?\S+l[ıiuü] ")
_DEMONYM_END = re.compile(r"l[ıiuü]$")
# A noun in the first person plural's possessive with a case ending, which no name's first word is: "Ölülerimizi",
# "Şehitlerimize", "Kardeşlerimizden".
_OURS_WITH_A_CASE = re.compile(r"[ıiuü]m[ıiuü]z(?:[ıiuü]|[ae]|[dt][ae]n?|[ıiuü]n|l[ae])$")
# Below this the model's own type may yield to a name's shape (a given name first: a person).
_UNSURE = 0.75
# Page script a scraped article kept ("Paging.create(2, 1);"): a word, a dot and a lower-case method, no web
# address ("Sahibinden.com", "turkiyef1.com" are companies).
_SCRIPT = re.compile(r"[A-Za-z]\.(?!(?:com|net|org|gov|edu|info|biz|io|co|tv|tr|uk|de|fr|gen)\b)[a-z]{2,}")
# A web site's name: "turkiyef1.com", "EvdenEveNakliyat.gen.tr" (a case suffix may follow).
_WEB_SITE = re.compile(rf"{WEB_DOMAIN}(?:['’][a-zçğıöşü]+)?$")
# A member of a body: "Galatasaraylı", "Fenerbahçeli", "CHP'li" (a one-word name the knowledge base knows, then -li).
_MEMBER = re.compile(r"^(?P<body>[A-ZÇĞİÖŞÜ](?:[\w]|\.(?=\w))*?)['’]?l[ıiuü]$")
# A credit rating: "notu AA+'ya düştü", "BBB- seviyesinde" (not Anadolu Ajansı's AA).
_RATING = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3})$")


# A body's head noun in the plural with a case ending closing a span (see :meth:`Consolidator._bodies_of_a_kind`):
# "Halk Eğitim Merkezlerinde", "Resmi ve Özel Hastanelerden"; not the plural's possessive alone, a name's own ("Enka
# Okulları", "Samanyolu Eğitim Kurumları"), nor an ending after an apostrophe ("Birleşmiş Milletler'de").
_PLURAL_BODY_HEAD = re.compile(
    r"\s(?:Merkez|Hastane|Okul|Lise|Kurum|Kurul|Müdürlük|Üniversite|Fakülte|Belediye|Bakanlık|Dernek|Vakıf"
    r"|Şirket|Sendika|Enstitü|Klinik|Poliklinik|Yurt|Ajans)(?:ler|lar)"
    r"(?:[iı]n(?:[dt][ae]n?|[dt][ae]ki|[ae]|[iı]|[iı]n)|[dt][ae]n?|[dt][ae]ki|[ae]|[iı]n)$"
)


def _credit_rating(text: str, span: Span) -> bool:
    """Whether ``span`` is a rating's letters with its sign after them: ``AA+``, ``BBB-``."""
    return text[span.end : span.end + 1] in ("+", "-", "–") and _RATING.match(span.text) is not None


# The kinds of the knowledge base's bodies a nationality word before them only describes.
_BRAND_KINDS = frozenset(
    {"media", "company", "listed", "retail", "tech", "club", "carmaker", "airline", "telecom", "industry", "energy"}
)
_SPEAKER_WORDS = 2  # a name's words before a speech's first word (see Consolidator._name_end)
# What says the month after it is a date's: "geçen Mart", "geçtiğimiz Mayıs", "bu Haziran", "önümüzdeki Ekim", "2012
# Mayıs", "geçen yıl Mayıs".
_DATE_WORD_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Gg]eçen|[Gg]eçtiğimiz|[Bb]u|[Öö]nümüzdeki|[Gg]elecek|(?:19|20)\d\d|yıl(?:ın)?)[ \t]+$"
)
_PLURAL_LI = re.compile(r"(?:lılar|liler|lular|lüler)$")
# A -li word with its plural and case endings ("Çinlilerin", "ABD'liye"); not a word in -lik ("Katolik").
_LI_FORM = re.compile(
    r"(?:lı|li|lu|lü)(?:lar|ler)?(?:[yn]?[ıiuüae]|n?[ıiuü]n|[dt][ae]n?|[dt][ae]ki|y?l[ae]|[yn]?[ıiuü]n[dt][ae]n?)?$"
)
# A -li word in the locative or ablative after an apostrophe: a town's name (``Selçuklu'da``), as no nationality word
# is written (``Çinlilerde``).
_LI_PLACE = re.compile(r"^\w+l[ıiuü]['’](?:[dt][ae]|[dt][ae]n|[dt][ae]ki)$")
# What follows a ``ve`` in a firm's name after its founder's: "Ali Rıza ve Oğulları", "Ahmet Yılmaz ve Ortakları".
_FIRM_KIN = frozenset({"Oğulları", "Ortakları", "Şürekası", "Kardeşler", "Kardeşleri", "Ortaklar"})
# "son of", "daughter of" in Arabic names: a connector inside a name, and a particle gluing its parts.
_FILIATION = ("bin", "ibn", "binti", "bint")
_CONNECTORS = frozenset({"ve", "ile", "of", "and", "the", "for", "und", "et", "y", "e", *_FILIATION})
_PARTICLE_WORDS = frozenset(PARTICLES.split("|"))
_CREDIT_LINE = re.compile(r"\s*\(?[A-ZÇĞİÖŞÜ]{2,6}\)?(?:\s*[-/–]\s*\(?[A-ZÇĞİÖŞÜ]{2,6}\)?)*\s*")
_TITLE_CASE_POSTPOSITIONS = frozenset({"Arasında", "Arasındaki", "Hakkında", "Tarafından", "Olarak"})
# Titles the given-name lists also hold (``Sir`` is a first name somewhere): never a name before another name.
_FOREIGN_TITLES = frozenset({"Sir", "Lord", "Lady", "Madam", "Mösyö", "Kardinal", "Peder", "Monsenyör"})
# A name listed with another name after it: "Barcelona ve İstanbul'da", "Madrid, Londra'dan" (see
# :meth:`Consolidator._club_in_sport`).
_LISTED_WITH = re.compile(rf"{LIST_JOIN}(?P<next>[A-ZÇĞİÖŞÜ]\w*(?:['’]\w+)?)")
# Rulers' titles that are given names too (see :meth:`Consolidator._after_title`).
_GIVEN_RULERS = NAME_TITLES | {"Sultan"}
_FIXTURE = re.compile(r"\S[ \t]+[-–][ \t]+\S")  # two sides of a fixture: "PHOENIX - CHICAGO"
# A prize's or a currency's head word closing a name: "Kimya Nobeli", "İsveç Kronu", "Ürdün Dinarı".
_NO_NAME_HEADS = frozenset(
    {"Nobeli", "Kronu", "Lirası", "Doları", "Dinarı", "Rublesi", "Yuanı", "Frangı", "Avrosu", "Sterlini", "Riyali"}
    | {"Pezosu", "Rupisi", "Dirhemi", "Şekeli", "Forinti", "Zlotisi", "Wonu"}
)
# A standard's number after the standards body's acronym: "ISO 9001", "ISO 50001" (not "ISO 500", the İstanbul
# chamber's list of firms, nor a year, "ISO 2023 yılı").
_STANDARD_NUMBER = re.compile(r"[ \t]+(?!(?:19|20)\d\d\b)\d{4,5}\b")
# The nouns the adjective "mali" (financial) goes with and the country does not: capitalised in a title or a body's
# name ("Mali İşlerden Sorumlu", "Mali Müşavir", "Mali Suçları Araştırma Kurulu") or in lower case ("Mali
# müşavirler", "Mali durumum"), after the bare word (not "Mali'ye destek"). Not "Krizi", "Yönetimi", "Politikası",
# "durumu", "yardım": the country's too ("Mali krizi", "Mali durumuyla ilgili rapor", "Mali'ye yardım").
_FINANCIAL_AFTER = re.compile(
    r"[ \t]+(?:(?:İşler|İşleri|Müşavir|Tablo|Suç|Sorumlu|Denetim|Piyasa|Müdür|İşlem|Analiz|Disiplin|Kural)"
    r"[a-zçğıöşü]*|(?:müşavir|tablo|işler|kural|disiplin)[a-zçğıöşü]*|durumum(?:uz)?)(?![\w'’])"
)
# A ruler's title (its possessive too: "Ürdün Kralı") and an ordinal before a name: "Kral ", "Kralı 2. ", "Kral II. ".
# (not "Emir" nor "Sultan": given names too, "Emir Ahmet")
_RULER_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{'|'.join(sorted(RULERS - _GIVEN_RULERS - {'Emir'}, key=len, reverse=True))})(?:s?[ıiuü])?[ \t]+"
    r"(?:(?:\d{1,2}|[IVX]{1,4})\.[ \t]+)?$"
)
# A body's name of two words or more and its acronym ("Türkiye İstatistik Kurumu TÜİK").
_MIN_NAME_AND_ACRONYM = 3
_LONGEST_ACRONYM_AFTER_HEAD = 6
# The colours a league's groups are named by ("Spor Toto 2. Lig Beyaz Grup", "Kırmızı Grup").
_COLOURS = frozenset({"Beyaz", "Kırmızı", "Mavi", "Yeşil", "Sarı", "Siyah", "Turuncu", "Mor", "Gri", "Lacivert"})
# A report's noun after its source in the genitive: "Vatan'ın haberine göre", "... haberinde", "... yazdığına göre".
# (not "haberini": "Kadıköy'ün haberini verdi" is news of the place)
_REPORT_AFTER = re.compile(r"[ \t]+(?:haber(?:ine|inde)|yazdığına|manşetinde|manşetine)(?![\w'’])")
# A school's kind in lower case after "Anadolu": "Anadolu liselerinin", "Anadolu imam hatip liseleri".
_SCHOOL_KIND_AFTER = re.compile(r"[ \t]+(?:lise|imam[ \t]+hatip|öğretmen[ \t]+lise|meslek[ \t]+lise|teknik[ \t]+lise)")


def _school_kind(text: str, span: Span) -> bool:
    """Whether ``span`` is ``Anadolu`` as a kind of school's word (``Anadolu liselerinin``), no place."""
    return span.text == "Anadolu" and _SCHOOL_KIND_AFTER.match(text, span.end) is not None


def _without_epithet(text: str, span: Span, is_known_person: Callable[[str], bool]) -> Span:
    """A person's span without the epithet's last word that opens it, its first word before the span (``Büyük`` +
    ``Önder Atatürk'ün``), where the rest is a person the lists know (not ``Büyük Önder Sav``, a title-case
    headline's ``Önder Sav``)."""
    if span.type != "PER" or " " not in span.text:
        return span
    if EPITHET.fullmatch(f"{previous_word(text, span.start)} {span.text.split(' ', 1)[0]}") is None:
        return span
    rest = span.part(span.text.index(" ") + 1, len(span.text))
    return rest if is_known_person(canonical_name(rest.text, "PER")) else span


def _role_only(span: Span) -> bool:
    """Whether a span is a title's abbreviation alone (``Doç`` of ``Yrd. Doç .Dr. Hüseyin Öksüz``) or a role in the
    ablative before "responsible" (``Yeni Stadyum Projesinden Sorumlu`` Yönetim Kurulu Üyesi): no name."""
    return (
        span.text in HONORIFICS
        or f"{span.text}." in HONORIFICS
        or strip_apostrophe_suffix(span.text) == "Sorumlu"  # "Türkiye'den" + "Sorumlu Genel Müdür"
        or (span.text.endswith(" Sorumlu") and _ABLATIVE_WORD.search(span.text[: -len(" Sorumlu")]) is not None)
    )


# A person of three words glued to a street's or a quarter's name of one word and its head: four spaces at least.
_PERSON_AND_STREET = 4
# A club's one word, a name glued to its sports word ("Karabükspor", "Kayserispor"; not "Spor" alone: "Hasan Doğan
# Spor Salonu", a hall named after a person).
_CLUB_OF_ONE_WORD = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,}spor")
# An era's abbreviation: "M.Ö. 800 yılında", "M.S. 1200".
_ERA = re.compile(r"M\.[ \t]?[ÖS]\.?")
# A people's word in the possessive and the instrumental: "Lazıyla", "Çerkeziyle", "Gürcüsüyle", "Kürdüyle".
_PEOPLE_WITH = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+?)(?:s?[ıiuü])yl[ae]")
# A people in the plural, possessive and in any case after it: "Türkleri", "Türklerinin", "Kürtleri'ne"; the place
# before it ("Kıbrıs Türkleri"), one word at least.
_PEOPLE_PLURAL = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+?)(?:ler|lar)[iı](?:['’]?n?[a-zçğıöşü]*)?")
_PEOPLE_OF_PLACE = 2
# A parliament's committee whose fields commas list: "TBMM Sanayi, Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve
# Teknoloji Komisyonu", one body (the model reads "TBMM Sanayi" and "Bilgi ve Teknoloji Komisyonu").
_COMMITTEE_FIELDS = re.compile(r"(?:,[ \t]*[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+){0,2})+,[ \t]*")
_COMMITTEE_HEAD = re.compile(r" (?:Komisyonu|Komitesi)(?:['’]?n?[a-zçğıöşü]*)?$")
# A paper's, an agency's or a channel's head closing a body's span: "Blick Gazetesi", "Kyodo Ajansı'na".
_MEDIA_HEAD = re.compile(r" (?:Gazetesi|Ajansı|Televizyonu|Dergisi)(?:['’]?n?[a-zçğıöşü]*)?$")
# A place's phrase in the locative made an adjective, opening a body's span ("Karabağlar İlçesindeki Nazire Merzeci
# İlköğretim Okulu", "Erciyes Dağının Tekir Yaylasındaki Gençlik ve Spor Hizmetleri Müdürlüğü"): where the body is, no
# part of its name.
_PLACE_PHRASE = re.compile(r"\S{3,}(?<!['’])(?:[dt][ae]ki)$")
# A road's name of two words, in a place's case maybe ("Kurtuluş Yolu", "Kurtuluş Yolunda", "İdil Yolu'nda"); not
# "Yolun", a bare genitive's common word ("Sinop Yolun Sonu adlı filmde"), nor a film's title of more words ("Turist
# Ömer Uzay Yolunda").
_ROAD_LAST = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ Yolu(?:['’][a-zçğıöşü]+|n(?:da|a|dan|daki))?")
# An award's category, a prize list's label: "Yılın En İyi Radyosu: Best FM", "En İyi Erkek Oyuncu"; no name holds
# the superlative (the winner after the colon is the name).
_AWARD_LABEL = re.compile(r"^(?:Yılın\s|(?:\S+\s)?En\s(?:İyi|Başarılı|Popüler)(?:\s|$))")
_ABLATIVE_WORD = re.compile(r"[dt][ae]n$")  # "Projesinden", "Voleyboldan": what an officer is responsible for
# A weekday and the clock's word, a date's year before them and the time after them or not: "2013 Cuma Saat 20:00",
# "Salı Saati'nde" are when, no one.
_WEEKDAY_HOUR = re.compile(
    rf"(?:\d{{1,4}}[ \t]+)?(?:{'|'.join(sorted(WEEKDAY_NAMES))})[ \t]+Saat"
    r"(?:['’][a-zçğıöşü]+|[iı](?:['’]?n[a-zçğıöşü]*)?)?"
    r"(?:[ \t]+\d{1,2}[:.]\d\d(?:['’][a-zçğıöşü]+)?)?"
)
# A minister's or a ministry's word right after a span: the span is the portfolio, no one's name ("Gazi İşleri
# Bakanı Eric Shinseki", "Enerji Bakanlığı": the model read "Gazi İşleri" as a person).
# An armed force's branch words before their force's noun: "Kara" + ", Deniz ve Hava Kuvvetleri", "Deniz" + "
# komandolarının".
_BRANCHES = frozenset({"Kara", "Deniz", "Hava", "Jandarma"})
_BRANCH_AFTER = re.compile(
    r"(?:(?:,|[ \t]+ve)[ \t]+(?:Kara|Deniz|Hava|Jandarma)){0,3}[ \t]+"
    r"(?:[Kk]uvvetler|komando|piyade|subay|astsubay|filo|üs(?:sü|lerin))"
)


def _armed_branch(text: str, span: Span) -> bool:
    """Whether a person's span of one word is an armed force's branch before its force's noun (see _BRANCHES)."""
    return span.text in _BRANCHES and _BRANCH_AFTER.match(text, span.end) is not None


_PORTFOLIO_AFTER = re.compile(r"[ \t]+Bakan(?:ı|lığı)(?:['’]?n?[a-zçğıöşü]*)?(?![\w'’])")
# A compass point before a direction's, a wind's or a part's noun, alone or listed: "Güney ve Güney Batı yönlerden",
# "Kuzey rüzgarları", "İç kesimlerde" (not "Doğu Anadolu kesimlerinde": a region's name).
_COMPASS_AFTER = re.compile(
    r"(?:[ \t]+ve(?:[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+){1,2})?[ \t]+(?:yön|rüzgar|rüzgâr|kesim)[a-zçğıöşü]*(?![\w'’])"
)
# A compass word in the possessive, with the vowel each takes: a side of what the genitive before it names, no place
# ("Limnos Adası'nın Güneydoğusu'nda", "Güney Doğusu'nda", "Irak'ın Kuzeyi'nde"); not a region's name ("Güneydoğu'da",
# "Doğu'ya"), nor a place's ("Ortasu").
_SIDE_OF = re.compile(
    r"(?:(?:kuzey|güney)[ \t]*(?:doğusu|batısı)|doğusu|batısı|ortası|(?P<bare>kuzeyi|güneyi))(?:n[a-zçğıöşü]*)?"
)
_GENITIVE_BEFORE = re.compile(r"\w(?:['’]n?|n)[ıiuü]n[ \t]+$")


# A faith's people in the plural closing a run: a group, no body's name ("Rohingya Müslümanları", "Rakhine
# Budistlerinin", "Lübnan Hristiyanları"); a body's head closes its own ("Avrupa Müslümanları Birliği").
_FAITHFUL = re.compile(
    r"(?:Müslüman|Hı?ristiyan|Budist|Yahudi|Katolik|Ortodoks|Protestan|Alevi|Sünni|Şii|Hindu|Dürzi|Y?[EÊ]zidi)"
    r"l[ae]r(?:[ıi](?:n[a-zçğıöşü]*)?)?"
)


_FAITHFUL_WORDS = 2


def _side_of(text: str, span: Span) -> bool:
    """Whether ``span`` is a compass word in the possessive (``Güneydoğusu'nda``): a side of a place, written so
    after the place's genitive, or with the ``-sı`` possessive that no region's name takes (``Güneybatısı``)."""
    side = _SIDE_OF.fullmatch(turkish_lower(span.text).replace("'", "").replace("’", ""))
    if side is None:
        return False
    return side.group("bare") is None or _GENITIVE_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


# A place's name in a common noun's compound: "Ağrı kesiciler" (painkillers), "Brüksel lahanası", "Hindistan cevizi".
_PLACE_COMPOUNDS = {
    "agri": ("kesici",),
    "bruksel": ("lahana",),
    "cin": ("lahana",),
    "trabzon": ("hurma",),
    "hindistan": ("ceviz",),
    "antep": ("fıstı",),
    "misir": ("tarla", "koçan", "unu", "ekmeğ", "gevreğ", "şurub", "yağı", "üretim", "ekim"),
    "roma": ("hamam",),
}
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-zçğıöşü]+)")


def _place_compound(text: str, span: Span, name: str) -> bool:
    """Whether a one-word name is a place's in a common noun's compound (``Ağrı kesiciler``, ``Brüksel lahanası``):
    a thing named after a place, not the place."""
    if " " in name or has_suffix_apostrophe(span.text):
        return False  # the cheap test first: one bare word only
    stems = _PLACE_COMPOUNDS.get(fold(name))
    if stems is None:
        return False
    after = _NEXT_LOWER_WORD.match(text, span.end)
    return after is not None and after.group(1).startswith(stems)


# A language: a people's word and -ce/-ca/-çe/-ça ("Grekçe", "Çingenece").
_LANGUAGE = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})[cç][ae]")
# A word in the possessive of "our" or "your", a case ending after it or none: "Ortağınız", "Ağabeyimiz",
# "Federasyonumuz", "Üstadımızı".
_OUR_WORD = re.compile(r"\w+(?:[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)(?:[ıiuüae]|[dt][ae]n?|[ıiuü]n|l[ae])?\b")
# ... an office's noun so: "Başkanımızın", "Bakanımızla", "Başbakanımızla".
_OUR_OFFICE = re.compile(r"\w*(?:[Bb]akan|[Bb]aşkan)[ıi]m[ıi]z")
# ... and a relative's noun of "my" before more words: "Annem", "Babam", "Ağabeyim".
_MY_KIN = re.compile(
    r"(?:Annem|Babam|Eşim|Oğlum|Kızım|Ablam|Ağabeyim|Abim|Kardeşim|Dedem|Ninem|Anneannem|Babaannem|Amcam|Dayım"
    r"|Teyzem|Halam)[ \t]+\S"
)
# A title's word that closes a span, the office of the town or body before it: "İsrail Ordu Sözcüsü", "Kars
# Milletvekili", and the member of parliament's abbreviation ("Eskişehir MV").
_TITLES_AFTER = STANDALONE_HEADS | {"MV"}
# A plural in the possessive, no surname's ending: "Tesisleri", "Evleri".
_PLURAL_POSSESSED = re.compile(r"l[ae]r[ıi]$")
# Titles a body or a place is named after its holder with ("Şehit Kamil Belediyesi", "Merhum X Camii").
_MEMORIAL_TITLES = frozenset({"Şehit", "Merhum"})
# Faiths a people's word is joined to by a hyphen ("Türk-İslam sentezi").
_FAITHS = frozenset({"İslam", "Hristiyan", "Hıristiyan", "Yahudi", "Müslüman", "Ortodoks", "Katolik"})
_MAX_NAME_AFTER_OFFICE = 3  # words of a person's name after an office's title inside a span
_BODY_AFTER_NATIONALITY = 2  # words of an unknown body a nationality word opens
# The genitive's ending on a head word: "Başsavcılığın", "Komisyonun", "Bakanlığının".
_GENITIVE_END = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")
# A byline's slash right before a span: "Eda BERKBAYRAK / MİLANO", "Hasan YILDIRIM/İSTANBUL".
_AFTER_SLASH = re.compile(r"[A-ZÇĞİÖŞÜ][ \t]*/[ \t]*$")
_BYLINE_WINDOW = 40
# ... and what follows a dateline's town: the agency in brackets, a dash, the line's end.
_DATELINE_END = re.compile(r"[ \t]*(?:\(|[-–—]|\n|$)")
# A country, a town and a body's head glued: the body after the country is a town and a head, two words at least.
_TOWN_AND_HEAD = 2
# A titled surname and a place glued: two words.
_SURNAME_AND_PLACE = 2
# A town's name in capitals before a body's: three letters at least ("VAN", "MUŞ"; not "AK Parti").
_MIN_CAPITAL_TOWN = 3
# ... and a body's initials that count as its name: three letters at least ("SDÜ"; not "AÜ", any body's two).
_MIN_INITIALS = 3
# "2 No'lu Sulh Ceza Mahkemesi", "1 No'lu F Tipi Cezaevi": the number's word, inside the name.
_NUMBERED = re.compile(NUMBER_WORDS, re.IGNORECASE)
# A number with an ordinal's ending: "3'üncü", "21’inci", "2'nci".
_ORDINAL = re.compile(rf"\d+['’](?:{ORDINAL_SUFFIXES})")
# ... and the capitalised words after it ("ve" between): "3'üncü Medya Ödüllerinde", "3'üncü Asliye Ceza Mahkemesi".
_RUN_AFTER = re.compile(r"[ \t]+(?P<run>(?:[A-ZÇĞİÖŞÜ][\w'’]*[ \t]+(?:ve[ \t]+)?){0,6}[A-ZÇĞİÖŞÜ][\w'’]*)")
# The first part of a hyphenated word right before a span: "Play-" of "Play-Off'ta".
_HYPHENATED_START = re.compile(r"(?<![\w-])[A-Za-zÇĞİÖŞÜçğıöşü]+-$")
_HYPHEN = re.compile(r"\s*[-–]\s*")
# Words closing a person's name that a given name may stand before ("Kara Mustafa Paşa", "Ahmet Efendi").
# A title that is a given name far more often than an office before a name, also inside one ("Emir Kır" beside his
# kin "Kadir Kır", "Mehmet Ali Emir Yılmaz"); "Muhtar" and "Hakim" are offices there.
_MIDDLE_NAME_TITLES = frozenset({"Emir"})
# A kinship word copy sets before a family's member as a name's first word ("Baba Asunami", "Baba Hançerli": the
# father); Turkish words no one is named by ("Anne Boleyn", "Hala Gorani": given names; "Oğul" is one too).
_KIN_OPENERS = frozenset({"Baba", "Ağabey", "Abi", "Abla", "Amca", "Dayı"})
_KIN_PREFIXES = tuple(f"{word} " for word in _KIN_OPENERS)
_NAME_CLOSERS = NAME_CLOSERS | {"baba", "sultan", "han", "hatun", "dede"}
# A plural -li form, a group's members ("Galatasaraylılar", "Suriyelilerin"), a case ending after it; not after an
# apostrophe ("CHP'liler", "PKK'lıların"), the body's mention as the knowledge base links it.
_MEMBERS = re.compile(r"^(?P<body>[A-ZÇĞİÖŞÜ][\w .]*?)l[ıiuü]l[ae]r(?:[ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?|[ıiuü]m[ıiuü]z)?$")
# Capitalised particles of Arabic and other names that join a name's parts ("Fahad Bin Abdulrahman").
_GLUE_PARTICLES = frozenset(
    {*(w.title() for w in _FILIATION), "İbn", "Ebu", "Abu", "El", "Al", "De", "Da", "Van", "Von"}
)
# How a title or an affiliation written before a name ends: the possessive (Başmüdürü, Şansölyesi, Adayı), -li
# (Galatasaraylı, Partli), -ci (İslamcı, Büyükelçi). Given names rarely end so before another given name.
_AFFIX = re.compile(r"(?:[ıiuü]|[lcç][ıiuü])$")
_LOWER_PARTICLE = re.compile(rf"^(?:(?:{PARTICLES})-|(?:{'|'.join(LOWER_PARTICLES)})$)")


def _is_particle(word: str) -> bool:
    """Whether ``word`` is a name's particle in lower case: an Arabic article glued (``el-Hatib``) or apart (``bin``),
    a European one (``van``)."""
    return _LOWER_PARTICLE.match(word) is not None or word in SPACED_PARTICLES


class Consolidator:
    """Applies the knowledge base and name rules to an article's spans; one per process, stateless per call."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer, lexicon: Lexicon | None = None) -> None:
        """Use ``kb`` for types and non-names, ``gazetteer`` for places and ``lexicon`` (the NER model's) for the
        words the corpora rarely capitalise (none: that test is off)."""
        self.kb = kb
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        # Names repeat within and across articles: remember what the lists said about each.
        self._demonyms = lru_cache(maxsize=65536)(self._is_demonym)
        self._places = lru_cache(maxsize=65536)(self._is_place_uncached)
        self._name_tests = NameTests(
            is_given_name=kb.is_any_given_name,
            is_surname_word=self._is_surname_word,
            said_before=self._said_before_name,
            opens_body=self._opens_body,
            is_known=lambda name: kb.known_type(canonical_name(name, "PER")) is not None,
        )

    def consolidate(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The article's spans split, trimmed, widened, typed and made consistent (see the module docstring)."""
        return self.finish(text, self.clean(text, spans))

    def clean(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """Each span split, trimmed, widened and typed; spans that name no one are dropped."""
        cleaned: list[Span] = []
        occupied = Taken(spans)  # widening never reaches into another span: "Aya İrini" + "Bach"
        surnames = frozenset(
            fold(strip_apostrophe_suffix(s.text.split()[-1]))
            for s in spans
            if s.type == "PER" and len(s.text.split()) > 1
        )
        # the article's bodies: "Fluminenseli Carlinhos" is a member of the club the article names, as
        # "Galatasaraylı" is of one the knowledge base knows
        bodies = frozenset(canonical_name(s.text, "ORG") for s in spans if s.type == "ORG")
        # ... and the surnames of people named in full, not only a title and a word ("Ahmet Yörük", "Hakim Birşen
        # Yılmaz": "Muhtar Yörük", "Hakim Yılmaz" are these people; "Muhtar Kent" alone is a name)
        full_names = frozenset(
            fold(strip_apostrophe_suffix(words[-1]))
            for s in spans
            if s.type == "PER"
            and len(words := s.text.split()) > 1
            and (len(words) > 2 or (words[0] not in TITLE_HEADS and words[0] not in _KIN_OPENERS))
        )
        # ... and the names of one word the model read as persons, written alone ("Felizardo"): a person's surname
        alone = frozenset(
            fold(strip_apostrophe_suffix(s.text)) for s in spans if s.type == "PER" and " " not in s.text.strip()
        )
        joined = join_known_people(
            text,
            join_couples(
                text,
                join_regnal_numerals(
                    text,
                    join_wrapped_names(
                        text,
                        spans,
                        self.kb.is_any_given_name,
                        self._is_known,
                        self.seldom_capitalised,
                        known_person=lambda name: self.kb.known_type(name) == "PER",
                    ),
                    self._is_known,
                    self.kb.is_given_name,
                ),
                self.kb.is_given_name,
            ),
            self.kb.known_type,
        )
        particled = join_particles(text, join_club_prefixes(text, joined), self._is_known, self.kb.known_type)
        # ... and the people the model named in full on their own ("Ramazan Demirci yakalandı"), folded
        people = frozenset(fold(canonical_name(s.text, "PER")) for s in spans if s.type == "PER" and " " in s.text)
        for span in join_numbered_units(text, particled, self._is_known):
            pieces = (
                p
                for part in self._split(text, span)
                for unglued in apart_at_clitic(part, lambda n: fold(n) in people or self.kb.known_type(n) == "PER")
                for dated in _dated_parts(unglued, self._is_known)
                for hyphenated in self._at_hyphen(text, dated, surnames)
                for half in self._two_clubs(text, hyphenated)
                for apart in self._demonym_between(half)
                for place in self._two_places(apart)
                for region in self._two_regions(text, place)
                for placed in self._body_then_place(text, region)
                for body in self._body_then_country(placed, bodies)
                for titled in self._titled_then_place(text, body)
                for p in _acronym_apart(_without_genitive_head(titled, self._is_town))
            )
            for piece in pieces:
                whole = self._body_of_member(text, piece)
                trimmed = self._trim(text, izafet(text, whole, occupied.is_free), bodies, full_names)
                if trimmed is not None:
                    wide = widen(
                        text,
                        trimmed,
                        self._is_known,
                        self._is_name_part,
                        occupied.is_free,
                        known_type=self.kb.known_type,
                    )
                    widened = self._without_descriptor(self._without_abstract_tail(self._untitled(wide)))
                    for part in (
                        p
                        for fielded in self._title_field(text, widened)
                        for known in self._place_then_known_body(fielded)
                        for body in self._country_then_body(known)
                        for other in self._person_then_other(body, people)
                        for officed in self._person_then_paper(text, other, people, bodies)
                        for person in self._person_first(officed, surnames, alone)
                        for posted in self._without_post(text, person)
                        for p in self._chair_of_body(posted)
                    ):
                        for place in self._place_and_street(part):
                            typed = self._dateline(text, self._reporter(text, self._type(text, place, surnames)))
                            if typed is not None and typed.type == "PER" and place.type != "PER":
                                typed = self._title_cut(typed, full_names)
                            if typed is not None and typed.type == "PER":
                                typed = self._without_kin(typed, full_names)
                            if typed is not None:
                                for person in self._two_people(typed):
                                    cleaned.extend(self._business(text, _institution(text, person), surnames))
        # a span the rules made into a thing's whole name ("Aracı ANKA" → "İnsansız Hava Aracı") is no name either
        # (one word was checked by ``_trim`` already)
        cleaned = [
            s
            for s in (_without_plain_edge(span, text, self.kb.is_given_name) for span in cleaned)
            if s is not None
            and (" " not in s.text or not self._names_a_thing(canonical_name(s.text, s.type)) or _credit_line(text, s))
            and not self._elided_compass(text, s)
            and not self._part_of_thing(text, s)
            and not _SUPERLATIVE.match(s.text)  # (one the rules made so: "En İyi Erkek Oyuncu")
            and not _COMPASS_PAIR.match(s.text)  # (two directions: "Kuzey- Güney yakası", "Doğu-Batı ekseni")
            and not (s.type == "ORG" and _lone_legal_form(s.text))  # (not a place: "Spa", the Belgian town)
        ]
        return people_named_like_companies(spans, cleaned)

    def _names_someone(self, word: str) -> bool:
        """Whether one word left alone is a name (``Erdoğan``, ``Ahmet``): always capitalised, or a given name; no
        weekday's or month's (``Salı``, a given name too)."""
        if turkish_lower(word) in MONTHS_AND_DAYS:
            return False
        return self.habit(word) == "always" or self.kb.is_any_given_name(word)

    def _part_of_thing(self, text: str, span: Span) -> bool:
        """Whether ``span`` is part of a thing's name the lists hold whole, the words next to it the rest, written
        with a case ending or a sequel's number after it (``Assassin's`` and ``Creed`` of ``Assassin's Creed 3'ün``,
        ``Store`` of ``iTunes Store'da``); not a name the lists know (``Intel`` of ``Intel Core i7``)."""
        before = _named_words(_WORD_BEFORE, text, span.start, backwards=True)
        after = _named_words(_WORD_AFTER, text, span.end, backwards=False)
        if not before and not after:
            return False  # the cheap test first: most spans have no capitalised word next to them
        if self._is_known(strip_apostrophe_suffix(span.text)):
            return False
        for b in range(len(before) + 1):
            for a in range(len(after) + 1):
                name = " ".join([*before[len(before) - b :], span.text, *after[:a]])
                if (a or b) and self.kb.not_name(strip_apostrophe_suffix(name)) is not None:
                    return True
        return False

    def _names_a_thing(self, name: str) -> bool:
        """Whether ``name`` is a thing's, a word that says it is new or old before it or not (``Yeni Angry Birds``
        in a headline); not a name the lists know whole (``Yeni Zelanda``, ``Yeni Şafak``)."""
        if is_thing(name, self.kb):
            return True
        first, _, rest = name.partition(" ")
        # (the rest a thing the lists hold as written: "Yeni İnci", a firm, is no "Inc" with an ending)
        return first in _NEW_OR_OLD and self.kb.not_name(rest) is not None and not self._is_known(name)

    def _two_people(self, span: Span) -> list[Span]:
        """A person's span of two full names glued (``Tom Cruise Katie Holmes``, ``Aydın Doğan Mehmet Ali Birand``),
        cut where a given name follows a word that is none; the first part stays a person only when it opens with a
        given name or with a word the corpora always capitalise, then name words (``Aydın Doğan``; not ``Jandarma Er
        Oğuzhan Şahiner``, ``Foto Galeri Muharrem Yılmaz``: a rank's or a crosshead's words).
        Both parts keep two words at least; never across a particle (``Fahad Bin Abdulrahman``) or before a title
        closing the name (``Merzifonlu Kara Mustafa Paşa``). A title between two names parts them too, and is
        neither's (``Ali Engin Hakim Akay'ın``). A known person alone before another's full name, and two people the
        lists know side by side, part too, at one word if need be (:meth:`_known_people_cut`: ``Başbakan Erdoğan
        Müslüm Gürses'in``, ``Mehmet Ali Şahin Drogba``, ``Kaddafi Sarkozy``)."""
        words = words_of(span.text)
        if span.type != "PER" or len(words) < 2:
            return [span]
        written = [strip_apostrophe_suffix(w.group()) for w in words]
        if (k := self._known_people_cut(written)) is not None:
            # "Başbakan Erdoğan Müslüm Gürses'in": a leader's surname alone, then another's full name; "Mehmet Ali Şahin
            # Drogba ve Sneijder transferlerini": a person the lists know, then another
            return [span.part(0, words[k - 1].end()), *self._two_people(span.part(words[k].start(), words[-1].end()))]
        last = turkish_lower(written[-1])
        glued = any(not w[:1].isupper() or w in _GLUE_PARTICLES for w in written)
        if len(words) < 4 or glued or last in _NAME_CLOSERS:
            return [span]
        for k in range(2, len(words) - 1):
            if (
                written[k] in TITLE_HEADS
                and self.kb.is_any_given_name(written[0])
                and not self.kb.is_any_given_name(written[k])
                and written[k] not in _MIDDLE_NAME_TITLES  # "Mehmet Ali Emir Yılmaz": a middle name
            ):
                # "Ali Engin Hakim Akay'ın ...": a headline's two people, the second after a title (not a title the
                # lists hold as a name's word too: "Ali Rıza Şeyh Attar")
                return [span.part(0, words[k - 1].end()), span.part(words[k + 1].start(), words[-1].end())]
            if self.kb.is_given_name(written[k]) and not self.kb.is_any_given_name(written[k - 1]):
                rest = self._two_people(span.part(words[k].start(), words[-1].end()))
                lead = written[:k]
                capitalised = self.habit(lead[0]) == "always" and all(
                    self.habit(w) in ("always", "mostly") and not is_title(w) for w in lead[1:]
                )
                named = self.kb.is_any_given_name(lead[0]) or capitalised
                return [span.part(0, words[k - 1].end()), *rest] if named else rest
        return [span]

    def _known_people_cut(self, written: Sequence[str]) -> int | None:
        """Where a person's words (no endings) part into a known person and another: after a name the lists know
        alone (``Erdoğan`` | ``Müslüm Gürses``), or between two known people (``Mehmet Ali Şahin`` | ``Drogba``)."""
        if self._known_alone_before_name(written) or self._two_surnames(written):
            return 1
        return self._two_known_people(written)

    def _two_surnames(self, written: Sequence[str]) -> bool:
        """Whether a person's two words are two names the lists know apart: the first a person they know alone that
        the corpora always capitalise and no given name, the second a name the knowledge base knows too, or a country
        (``Kaddafi Sarkozy``, ``Kılıçdaroğlu CNNTürk``, ``Erdoğan D-8``, ``Atatürk Makedonya``); not a surname they do
        not know after it, a town's name as often (``Erdoğan Cankuş``, ``Erdoğan Kaya``, ``Erdoğan Aydın``: Erdoğan
        is a given name as often, though no list holds it so), nor ``Fidan Kırbaç`` (a common word too), nor a name
        the lists know whole."""
        return (
            len(written) == 2
            and self.kb.known_type(written[0]) == "PER"
            and not self.kb.is_any_given_name(written[0])
            and self.habit(written[0]) == "always"  # ("Fidan Kırbaç": a sapling too, and a woman's name)
            and (self.kb.known_type(written[1]) is not None or self._is_country(written[1]))
            and self.kb.known_type(" ".join(written)) is None
        )

    def _two_known_people(self, written: Sequence[str]) -> int | None:
        """Where a person's words (``written``, no endings) part into two people the lists know, each by the words on
        its side (``Mehmet Ali Şahin`` | ``Drogba``); None when the lists know the whole or the two
        sides name one person (``Gazi Mustafa Kemal`` | ``Atatürk``). A side of one word is a surname as often, so
        the other keeps three words at least (``Kenan Evren Şimşek`` is one man, not Kenan Evren and Mehmet Şimşek)."""
        if self.kb.known_type(" ".join(written)) is not None:
            return None
        for k in range(1, len(written)):
            if min(k, len(written) - k) == 1 and max(k, len(written) - k) < _KNOWN_SIDE_WORDS:
                continue
            left = {e.id for e in self.kb.entities(" ".join(written[:k])) if e.type == "PER"}
            if left:
                right = {e.id for e in self.kb.entities(" ".join(written[k:])) if e.type == "PER"}
                if right and not left & right:
                    return k
        return None

    def _known_alone_before_name(self, written: Sequence[str]) -> bool:
        """Whether a person's words open with a name the lists know alone as a person (``Erdoğan``, ``Obama``) and go
        on with a given name and more (``Müslüm Gürses``); not a name the lists know whole, nor ``Erdoğan Bayraktar``
        (one word after the given name: his surname), nor one the method :meth:`_two_people` keeps whole (a title after
        the first word, a particle, a closing title)."""
        return (
            len(written) >= 3
            and self.kb.known_type(written[0]) == "PER"
            and self.kb.is_given_name(written[1])
            and written[1] not in TITLE_HEADS  # "Kanuni Sultan Süleyman": the sultan's epithet, then his name
            and all(w[:1].isupper() and w not in _GLUE_PARTICLES for w in written)  # "Saddam Hüseyin el-Tikriti"
            and turkish_lower(written[-1]) not in _NAME_CLOSERS  # "... Süleyman Han"
            and self.kb.known_type(" ".join(written)) is None
        )

    def _business(self, text: str, span: Span, surnames: frozenset[str]) -> list[Span]:
        """A board cut to its body, a headline's capitals dropped, a glued company or product cut off."""
        board = board_of(span)
        if board is not None and (is_title(next_word(text, span.end)) or self._company_board(span, board)):
            return [board]
        if in_capitals(span, self.kb.is_given_name):
            return []
        known = cut_to_known(span, self.kb)
        if known is not None:
            return [known]
        described = described_acronym(span, self.kb)
        if described is not None:
            return described
        pieces = split_known_edge(span, self.kb, surnames)
        return [span] if pieces is None else pieces

    def _company_board(self, span: Span, body: Span) -> bool:
        """A known company's executive board (``Ülker Yönetim Kurulu``, ``BİM İcra Kurulu``), indexed as the company.
        A general assembly (``TBMM Genel Kurulu``), an association's or a party's board (``... Derneği Yönetim
        Kurulu``, ``Merkez Yönetim Kurulu``) is a body of its own, as the corpora tag it; so is any board before a
        title (``Garanti Yönetim Kurulu Başkanı``: the company, then the title), decided by the caller."""
        board_word = turkish_lower(span.text.split()[-2])
        last = body.text.split()[-1]
        return board_word != "genel" and head_type(last) is None and self.kb.known_type(body.text) == "ORG"

    def finish(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """Overlaps resolved, names after titles made whole, one type per name across the article."""

        def common(word: str) -> bool:
            return self.habit(word) in ("rarely", "mixed", "mostly")

        def known_person(span: Span) -> bool:
            return self.kb.known_type(canonical_name(span.text, "PER")) == "PER" and not self._titled(text, span)

        # (a group by its -li form in the plural is no name, and none to join to a person's: "F.Bahçelilere seslendi")
        spans = reporters(
            text, sorted((s for s in spans if not self._members(s)), key=lambda s: s.start), self.kb.is_given_name
        )
        spans = join_eponyms(text, spans, common, known_person)
        spans = _without_overlaps(fuller_names(text, spans, self._is_known, common))
        spans = join_affiliations(
            text,
            join_numbered_places(text, spans),
            lambda place, body: self._country_and_its_town(place, body) or self._known_body_apart(place, body),
        )
        spans = titled_people(
            text,
            spans,
            # (nor a group by its -li form: "Başkan Aziz Yıldırım F.Bahçelilere seslendi")
            lambda name: self._not_a_person_name(name) or self._group(name),
            self._lone_person_word,
            # (a crosshead's common word in capitals too: "BAŞKAN ADAYINDAN DESTEK")
            lambda word: self._is_tensed_verb(word) or (word.isupper() and self._common_in_capitals(word)),
            surname_place=self._surname_place,
            known_cut=self._known_people_cut,
            # (a nationality word too: "futbolcusu Portekizli Manuel Fernandes", the person after it)
            is_member=lambda word: self._member_of_known_body(word) or self.is_demonym(word),
        )
        spans = [self._without_abstract_tail(s) for s in spans]  # (the titled names grew again: "Kıta Sahanlığı")
        spans = initials_in_lists(text, named_people(text, spans, self.kb.is_given_name, self._may_name_a_person))
        spans = apart_from_named(text, spans, self._name_tests)
        spans = aged_people(text, spans, self.kb.is_given_name, lambda n: self._is_known(n) or self.is_demonym(n))
        spans = extend_to_surnames(text, surnames_as_people(text, spans, self._not_a_person_name))
        spans = propagate_parts(text, spans, self._is_word_or_other_name, self._is_name_part)
        spans = typed_by_called(text, spans, self._is_known)

        def keeps_person(span: Span) -> bool:
            return self._known_person(text, span)

        spans = products_by_nouns(
            text,
            characters_by_nouns(
                text,
                typed_by_nouns(text, spans, keeps_person),
                lambda n: self._is_known(n) or self.is_demonym(n),
                self.kb.is_any_given_name,
            ),
            self._is_known,
            is_given=self.kb.is_any_given_name,
        )
        spans = teams_by_nouns(text, places_by_nouns(text, spans, self._is_known), self._is_country)
        spans = bodies_by_nouns(
            text, spans, lambda name: self._is_country(name) or self._turkish_place(name), self._is_place
        )
        spans = players_by_stats(text, spans, self._is_known)
        spans = self._towns_in_locative(text, spans)
        spans = firms_in_lists(
            text, without_listed_works(text, spans, self._is_known, self.kb.is_any_given_name), self._is_known
        )
        spans = bodies_before_their_people(
            text,
            spans,
            lambda name: self._is_country(name) or self._major_place(name) or self._turkish_place(name),
            lambda name: self._known_as(name, "PER"),
            lambda name: self._known_as(name, "ORG"),
        )
        spans = listed_between(
            text,
            typed_by_lists(
                text,
                spans,
                keeps_person,
                self._opens_with_given_name,
                is_known=self._is_known,
                is_town=self._plain_town,
                is_country=self._is_country,
                is_word=lambda name: self.seldom_capitalised(name) or self._major_place(name),
            ),
            self._may_be_listed,
            lambda name: is_thing(name, self.kb),
        )
        spans = common_words_opening_sentences(
            text, spans, keeps_person, self._keeps_known_place, lambda word: self.habit(word) in ("rarely", "mixed")
        )
        sporting = _sporting(text)
        spans = clubs_in_lists(
            text,
            clubs_in_pairs(text, spans, self._is_club, sporting=sporting),
            self._is_club,
            self._is_country,
            sporting=sporting,
        )
        spans = without_league_sponsors(
            text,
            without_common_acronyms(
                text,
                papers_by_their_word(text, verbs_nouns(text, spans, self._known_body)),
                lambda acronym: [e.name for e in self.kb.entities(acronym)],
            ),
            self._is_club,
        )
        spans = teams_in_matches(
            text,
            self._one_type_per_name(
                company_people(
                    streets_in_lists(text, spans, self._may_name_a_street, self._known_body),
                    self.kb,
                    lambda span: self._titled(text, span),
                )
            ),
            self._is_country,
            self._is_town,
            sporting=sporting,
            club_town=self._club_town,
        )
        surnames = frozenset(
            fold(strip_apostrophe_suffix(s.text.split()[-1])) for s in spans if s.type == "PER" and " " in s.text
        )
        people = frozenset(fold(strip_apostrophe_suffix(s.text)) for s in spans if s.type == "PER" and " " in s.text)
        spans = [
            p
            for s in without_law_titles(
                text,
                without_listed_series(
                    text,
                    without_bare_titles(
                        text,
                        without_quoted_titles(
                            text,
                            without_method_names(
                                text,
                                without_disease_names(
                                    text,
                                    without_hijri_months(
                                        text,
                                        without_sky_words(
                                            text,
                                            without_vessels(
                                                text,
                                                without_model_makers(
                                                    text,
                                                    without_trademarked_parts(text, spans, self._is_known),
                                                ),
                                                self._is_country,
                                                is_owner=lambda name: (
                                                    self._known_as(name, "ORG") or self._is_place(name)
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                                self._is_known,
                            ),
                        ),
                        keeps_person,
                        self._is_known,
                        self.kb.is_any_given_name,
                    ),
                    keeps_person,
                    self._is_known,
                    self.kb.is_any_given_name,
                ),
            )
            for o in self._origin_apart(
                text, self._without_nationality(text, self._without_glued_work(text, s), surnames)
            )
            for c in self._couple_apart(text, o)
            for b in self._known_body_then_other(c)
            for t in self._capital_town_then_body(text, b)
            for p in self._country_then_paper(t)
        ]
        spans = [
            self._without_demonym_opening(_without_place_phrase(_without_repeated_capitals(s, self._major_place)))
            for s in spans
        ]
        spans = self._people_then_places(text, spans, surnames, people)
        spans = [p for s in spans for c in self._person_then_club(s) for p in self._person_then_street(c, people)]
        # (a portfolio before its minister's word is no one, whoever named it: "Gazi İşleri Bakanı Eric Shinseki")
        spans = [s for s in spans if s.type != "PER" or _PORTFOLIO_AFTER.match(text, s.end) is None]
        # (nor an armed force's branch: "Kara, Deniz ve Hava Kuvvetleri", "Deniz komandoları"; "Deniz" is a given name)
        spans = [s for s in spans if s.type != "PER" or not _armed_branch(text, s)]
        # (nor a weekday before the clock's word: "15 Mart 2013 Cuma Saat 20:00", a date; nor a role or a title)
        labels = "Yılın" in text or "En " in text  # (the cheap test first: most articles list no prize)
        # (nor a common word in lower case, "sağlık bakanlığı'ndan", an era's abbreviation, "M.Ö. 800 yılında", nor a
        # people's word with "and": "Lazıyla, Çerkeziyle, Gürcüsüyle")
        spans = [
            s for s in spans if not self._lower_case_word(s) and not _ERA.fullmatch(s.text) and not self._people_with(s)
        ]
        spans = [
            s
            for s in spans
            if _WEEKDAY_HOUR.fullmatch(s.text) is None
            and not _role_only(s)
            and not (labels and _AWARD_LABEL.match(s.text))
        ]
        # (nor "Anadolu" before a school's kind: "Anadolu liselerinin", the kind's word)
        spans = [s for s in without_capital_titles(text, spans) if not _school_kind(text, s)]
        spans = [p for s in spans if (p := _without_our_words(s, self._names_someone)) is not None]
        spans = [self._country_before_thing(s) for s in spans]
        spans = [p for s in spans if not self._people_of_place(s) for p in self._hyphened_places(s)]
        spans = _committees_with_fields(text, spans)
        # (a road's name is a place, whoever it is named after: "Kurtuluş Yolu üzerindeki", "Kurtuluş Yolunda")
        spans = [
            replace(s, type="LOC") if s.type == "PER" and _ROAD_LAST.fullmatch(s.text) is not None else s for s in spans
        ]
        spans = with_box_score(
            text,
            self._firms_in_turkey(text, with_legal_tail(text, spans)),
            self._is_known,
            lambda word: self.habit(word) in ("rarely", "mostly", "mixed"),
        )
        bodies = _article_bodies(spans)
        return [
            _without_joiner(
                text,
                _last_line(
                    _month_before_year(
                        text,
                        s,
                        # (a person the lists know, or whose surname the article writes again: "Berlusconi, ...")
                        lambda name: (
                            self.kb.known_type(name) == "PER"
                            or turkish_lower(text).count(turkish_lower(name.rsplit(maxsplit=1)[-1])) > 1
                        ),
                    ),
                    self.kb.is_any_given_name,
                ),
            )
            for span in spans
            if (
                s := _without_board_office(
                    span, lambda name: self._is_known(name) or fold(canonical_name(name, "ORG")) in bodies()
                )
            )
            is not None
        ]

    def _firms_in_turkey(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """A firm's Turkish arm before its executive's title, the model reading only the country (``Maxus Türkiye
        CEO'su``, ``GE Türkiye Genel Müdürü``): one body, the word before the country no name the lists know
        otherwise (a firm they know is joined already, ``Microsoft Türkiye``), no title, not a sentence's first."""
        if not _ARM_TITLE_STEMS.search(text):
            return list(spans)  # the cheap test first: most articles name no firm's Turkish executive
        taken = {(s.start, s.end) for s in spans}
        result: list[Span] = []
        for span in spans:
            before = _ARM_FIRM_BEFORE.search(text, max(0, span.start - 40), span.start)
            firm = before.group("firm") if before is not None else ""
            if (
                before is not None
                and span.type == "LOC"
                and span.text == "Türkiye"
                and _ARM_TITLE.match(text, span.end)
                and not opens_sentence(text, before.start("firm"))
                and not is_title(firm)
                and self.kb.known_type(firm) in (None, "ORG")
                and self.gazetteer.place(firm) is None
                and not any(start <= before.start("firm") < end for start, end in taken)
            ):
                start = before.start("firm")
                result.append(Span("ORG", start, span.end, text[start : span.end], span.confidence))
            else:
                result.append(span)
        return result

    def _may_name_a_street(self, name: str, opening: bool) -> bool:
        """Whether ``name`` may be a street's or a village's in a list of them: no nationality word (``Kürt ve Türk
        köyleri``), and at a sentence's start one that may be listed (``Ayrıca, ...``)."""
        return not any(self.is_demonym(w) for w in name.split()) and (not opening or self._may_be_listed(name))

    def _may_be_listed(self, name: str) -> bool:
        """Whether each word of ``name`` may stand in a listed name: none the corpora rarely capitalise, a title, a
        head word or a nationality word; nor a compass word alone (``Orta`` of ``..., Orta ve Güney Amerika``)."""
        return name not in COMPASS_WORDS and not any(
            self.habit(w) == "rarely" or is_title(w) or head_type(w) is not None or self.is_demonym(w)
            for w in (strip_apostrophe_suffix(w) for w in name.split())
        )

    def _without_glued_work(self, text: str, span: Span) -> Span:
        """A person's full name without the work a hyphen glues to it, as award lists write them (``En İyi Yönetmen:
        Ben Affleck-Argo``): the name before the hyphen a known person's, or, on a list's line after a colon, one
        opening with a given name that the article writes without it; not a double-barrelled surname (``Catherine
        Zeta-Jones``, ``Daniel Day Lewis`` elsewhere, ``Ayşe Demir-Öztürk`` in running text), nor a route (``Banya
        Luka-Doboy``)."""
        hyphen = span.text.rfind("-")
        if span.type != "PER" or hyphen < 0 or not span.text[hyphen + 1 : hyphen + 2].isupper():
            return span
        name = span.text[:hyphen]
        if len(name.split()) < 2 or self.kb.known_type(canonical_name(span.text, "PER")) == "PER":
            return span
        if self.kb.known_type(name) == "PER":
            return span.part(0, hyphen)
        # a list's line, "En İyi Kadın Oyuncu: Emmanuelle Riva-Amour": right after a colon, capitalised words only
        # after the name to the line's end (not a married name in running text, "sonuçlar açıklandı: Ayşe
        # Demir-Öztürk başkan seçildi", nor a route between two places, "Banya Luka-Doboy"; the name written so
        # alone, not "Daniel Day Lewis", "Wong Kar Wai")
        line_end = text.find("\n", span.end)
        rest = text[span.end : line_end if line_end >= 0 else len(text)].split()
        listed = text[text.rfind("\n", 0, span.start) + 1 : span.start].rstrip().endswith(":") and all(
            word[:1].isupper() for word in rest
        )
        if (
            listed
            and not self._not_a_person_name(name)
            and self.kb.is_any_given_name(name.split()[0])
            and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]| [A-ZÇĞİÖŞÜ])", text)
        ):
            return span.part(0, hyphen)
        return span

    def _without_nationality(self, text: str, span: Span, surnames: frozenset[str] = frozenset()) -> Span:
        """A person's span without a nationality said of the person after the name (``Gerard Depardieu Rus
        vatandaşı oldu``, ``... Türk asıllı``); ``Ahmet Türk`` alone keeps his surname. Before a lower-case word, a
        nationality's compound (``Coşkun Türk-İslam coğrafyasının``; not a double surname, ``Ayşe Türk-Yılmaz``) or a
        nationality after the surname of a person the article names in full (``surnames``, folded: ``Tanjevic Türk
        basketboluna`` after ``Bogdan Tanjevic``; not ``Erdoğan Yörük gol attı``, a given name and a surname) is the
        noun's, not the name's."""
        words = words_of(span.text)
        if span.type != "PER" or len(words) < 2:
            return span
        last = words[-1].group()
        compound = "-" in last and self.is_demonym(last.split("-", 1)[0])
        if not compound and not self.is_demonym(last):
            return span
        after = next_word(text, span.end)
        if len(words) > 2 and (_NATIONALITY_NOUN.match(after) or self._townspeople(last)):
            return span.part(0, words[-2].end())
        before = span.text[: words[-2].end()]
        if after[:1].islower() and (
            (compound and self._nation_compound(last)) or (" " not in before and fold(before) in surnames)
        ):
            return span.part(0, words[-2].end())
        return span

    def _without_demonym_opening(self, span: Span) -> Span:
        """A body's span opening with a nationality word in -li, a compass word before it at most (``Güney Kıbrıslı
        Libananco isimli şirketin``, ``İsviçreli Viatrans``): the body's name after it. Not a name a head closes
        (``Kıbrıslı Türkler Derneği``) nor one the lists know whole."""
        if span.type != "ORG" or _DEMONYM_OPENING.search(span.text) is None:
            return span  # the cheap test first
        words = words_of(span.text)
        for k in range(min(2, len(words) - 1)):
            word = words[k].group()
            if (k == 0 or words[0].group() in COMPASS_WORDS) and _DEMONYM_END.search(word) and self.is_demonym(word):
                if head_type(strip_apostrophe_suffix(words[-1].group())) is not None or self._is_known(span.text):
                    return span
                return span.part(words[k + 1].start(), len(span.text))
        return span

    def _nation_compound(self, word: str) -> bool:
        """Whether a hyphenated word is two peoples' or a people's and a faith's (``Türk-İslam``, ``Kürt-Arap``), no
        double surname (``Türk-Yılmaz``)."""
        second = word.split("-", 1)[1]
        return self.is_demonym(second) or second in _FAITHS

    def _couple_apart(self, text: str, span: Span) -> list[Span]:
        """A person's span of four words before a couple's noun, each half opening with a given name (``Justin
        Bieber Selena Gomez çifti``): the two people. Not a name the lists know whole."""
        if span.type != "PER" or span.text.count(" ") != _COUPLE_WORDS - 1 or not couple_after(text, span.end):
            return [span]  # the cheap test first: most spans have no couple's noun after them
        words = words_of(span.text)
        if (
            len(words) != _COUPLE_WORDS
            or not self._is_given(words[0].group())
            or not self._is_given(words[2].group())
            or self._is_known(span.text)
        ):
            return [span]
        return [span.part(0, words[1].end()), span.part(words[2].start(), len(span.text))]

    def _known_body_then_other(self, span: Span) -> list[Span]:
        """A body's span that opens with a one-word body the lists know, then "ve" and another body's name a head word
        closes, cut in two (``Yeşilay ve Patent Enstitüsü``): two bodies listed, not one name (``Gençlik ve Spor
        Bakanlığı`` opens with no body's name; a whole the lists know stays, ``Hürriyet ve Adalet Partisi``; so do a
        firm's trade words, ``ENKA İnşaat ve Sanayi A.Ş.``); a known body that is a common word too is not taken
        (``Hürriyet`` is "freedom")."""
        if span.type != "ORG" or " ve " not in span.text:
            return [span]  # the cheap test first
        left, _, right = span.text.partition(" ve ")
        if " " not in right and " " not in left and self._two_known_bodies(left, right):
            return [span.part(0, len(left)), span.part(len(left) + len(" ve "), len(span.text))]
        if self._headed_then_known_body(left, right) and not self._is_known(strip_apostrophe_suffix(span.text)):
            # "Başbakan Yardımcılığı ve Adalet Bakanlığı": a name or an office of two words or more a head closes,
            # then a body the lists know whole
            return [span.part(0, len(left)), span.part(len(left) + len(" ve "), len(span.text))]
        if (
            " " not in right
            or head_type(strip_apostrophe_suffix(right.rsplit(maxsplit=1)[-1])) != "ORG"
            or " " in left  # ("Avrupa Birliği ve Dış İlişkiler Dairesi Başkanlığı": a ministry's department)
            or not self._known_as(left, "ORG")
            or self.habit(left) in ("rarely", "mixed", "mostly")
            or is_company_word(right.split()[0])  # "ENKA İnşaat ve Sanayi A.Ş.": a firm's trade words
            or self._is_known(strip_apostrophe_suffix(span.text))
        ):
            return [span]
        return [span.part(0, len(left)), span.part(len(left) + len(" ve "), len(span.text))]

    def _headed_then_known_body(self, left: str, right: str) -> bool:
        """Whether a body's span is two names "ve" links: two words or more closed by a body's or an office's word,
        then two words or more the lists know as a body (not one name's words: ``Gençlik ve Spor Bakanlığı``,
        ``Türkiye Odalar ve Borsalar Birliği``; not ``Hürriyet ve Adalet Partisi``, whose left side has no head)."""
        if " " not in left or " " not in right or " ve " in right:
            return False
        last = strip_apostrophe_suffix(left.rsplit(maxsplit=1)[-1])
        headed = head_type(last) == "ORG" or last in _OFFICE_WORDS
        return headed and self._known_as(strip_apostrophe_suffix(right), "ORG")

    def _two_known_bodies(self, left: str, right: str) -> bool:
        """Whether two words "ve" links are each a body the lists know, neither a common word (``Twitter ve AmEx``,
        two firms; not ``Sağlık ve Adalet``, nor a whole the lists know, ``Adalet ve Kalkınma``)."""
        right = strip_apostrophe_suffix(right)
        return (
            self._known_as(left, "ORG")
            and self._known_as(right, "ORG")
            and self.habit(left) not in ("rarely", "mixed")
            and self.habit(right) not in ("rarely", "mixed")
            and not self._is_known(f"{left} ve {right}")
        )

    def _people_then_places(
        self, text: str, spans: Sequence[Span], surnames: frozenset[str], people: frozenset[str]
    ) -> list[Span]:
        """People's spans glued to a place cut in two (:meth:`_person_then_place`), and the place's other mentions the
        person's type reached before the cut made the place again (``Strasburg'a gidecek``, typed as the glued
        ``Demirtaş Strasburg``'s surname)."""
        alone = frozenset(fold(strip_apostrophe_suffix(s.text)) for s in spans if s.type == "PER" and " " not in s.text)
        cut = [p for s in spans for p in self._person_then_place(text, s, surnames, people | alone)]
        if len(cut) == len(spans):
            return cut
        before = set(spans)
        places = {fold(strip_apostrophe_suffix(s.text)) for s in cut if s.type == "LOC" and s not in before}
        return [
            replace(s, type="LOC")
            if s.type == "PER" and in_place_case(s.text) and fold(strip_apostrophe_suffix(s.text)) in places
            else s
            for s in cut
        ]

    def _person_then_club(self, span: Span) -> list[Span]:
        """A body's span of a person's name, a given name first, glued to a club of one word after it, one the lists
        know or a name glued to its sports word (``Kayserispor'dan İlhan Parlak Karabükspor'a``; not ``Hasan Doğan
        Spor``, a hall's name): the player, then the club. Not a name
        the lists know whole, nor a town before the club (``Akhisar Belediyespor``: no given name first), nor a body's
        or a place's word among the person's."""
        if span.type != "ORG" or span.text.count(" ") < _TOWN_AND_HEAD:
            return [span]  # the cheap test first: most bodies are no three words
        words = words_of(span.text)
        club = strip_apostrophe_suffix(words[-1].group())
        person = span.text[: words[-2].end()]
        if (
            not self.kb.is_given_name(words[0].group())
            or not (any(e.kind == "club" for e in self.kb.entities(club)) or _CLUB_OF_ONE_WORD.fullmatch(club))
            or self._is_known(strip_apostrophe_suffix(span.text))
            or any(self._is_known(w.group()) or self._is_place(w.group()) for w in words[:-1])
        ):
            return [span]
        return (
            [span.part(0, words[-2].end(), "PER"), span.part(words[-1].start(), len(span.text))] if person else [span]
        )

    def _person_then_street(self, span: Span, people: frozenset[str]) -> list[Span]:
        """A place's span of a person the article names, then a quarter's or a street's name of one word and its head
        (``Gamze Nur Yıldırım Mevlana Mahallesi'ndeki evinde`` beside ``Gamze Nur``): the person, then the place. Only a
        person of three words or more (``Mustafa Kemal Atatürk Bulvarı`` is a street's name)."""
        if span.type != "LOC" or span.text.count(" ") < _PERSON_AND_STREET:
            return [span]  # the cheap test first
        words = words_of(span.text)
        person = span.text[: words[-3].end()]
        if (
            len(words) - 2 < _PERSON_AND_STREET - 1
            or not is_address_part(strip_apostrophe_suffix(words[-1].group()))
            or not any(fold(person).startswith(f"{named} ") for named in people)
        ):
            return [span]
        return [span.part(0, words[-3].end(), "PER"), span.part(words[-2].start(), len(span.text))]

    def _lower_case_word(self, span: Span) -> bool:
        """Whether a span is written all in lower case letters, a name the lists do not know (``sağlık`` of
        ``sağlık bakanlığı'ndan``): a common word; not a web site's (``hurriyet.com.tr``) nor a name of digits."""
        name = strip_apostrophe_suffix(span.text)
        return name.isalpha() and name.islower() and not self._is_known(name)

    def _people_with(self, span: Span) -> bool:
        """Whether a span is one word, a people's word in the possessive and the instrumental (``Lazıyla``,
        ``Çerkeziyle``, ``Gürcüsüyle``, ``Kürdüyle``: "with its Laz, its Circassian ..."), no name."""
        match = _PEOPLE_WITH.fullmatch(span.text)
        if match is None:
            return False  # the cheap test first
        stem = match.group(1)
        return self.is_demonym(stem) or (stem.endswith("d") and self.is_demonym(f"{stem[:-1]}t"))

    def _people_of_place(self, span: Span) -> bool:
        """Whether a span is a people of a place in the plural (``Kıbrıs Türklerinin``, ``Irak Kürtleri``): a group, no
        body and no place (a place the gazetteer knows before the people's word)."""
        words = span.text.split()
        if len(words) < _PEOPLE_OF_PLACE or (plural := _PEOPLE_PLURAL.fullmatch(words[-1])) is None:
            return False  # the cheap test first
        return self.is_demonym(plural.group(1)) and self._is_place(" ".join(words[:-1]))

    def _hyphened_places(self, span: Span) -> list[Span]:
        """A span of two places joined by a hyphen, a route or a pair (``Trabzon-Batum deniz hattı``, ``Bolu-Gerede``)
        cut in two places; not a place's own name the lists know whole (``Bosna-Hersek``)."""
        if "-" not in span.text or " " in span.text.strip():
            return [span]  # the cheap test first
        name = strip_apostrophe_suffix(span.text)
        first, _, second = name.partition("-")
        if (
            not first
            or not second
            or "-" in second
            or self._is_known(name)
            or self._is_place(name)
            or not self._glued_place(first)
            or not self._glued_place(second)
        ):
            return [span]
        return [span.part(0, len(first), "LOC"), span.part(len(first) + 1, len(span.text), "LOC")]

    def _person_then_place(self, text: str, span: Span, surnames: frozenset[str], people: frozenset[str]) -> list[Span]:
        """A person's span glued to a town's or a country's name after it, a headline's or a lost comma's, cut in two
        (``Selahattin Demirtaş Strasburg yolunda``, ``Bakan Bayraktar Van'ın``): the words before the place a person
        the article names so in a span of its own or the lists know, or one word, the surname of a person the article
        names in full; the place a country or a major town, or a town whose name the corpora always capitalise and no
        list knows otherwise that the article names in a place's case elsewhere (``Strasburg'a gidecek``; not ``Eşref
        Edip Fergan``, the surname of a person the copy calls ``Eşref Edip`` too; not ``Kaya``, a surname too; not
        ``Ahmet Van``, a given name before it; no nationality, ``Ahmet Bulut Türk futbol kamuoyunda``). Only a
        headline's span, or one whose place is in a place's case (not ``Yılmaz Karaman ise Karaman'da``, ``Ali Rıza
        Tokat'ın``: people), and in the body a surname the article writes alone too (``people`` holds the article's
        people's names, in full and of one word)."""
        if span.type == "LOC" and span.text.count(" ") == 1:
            return self._given_name_then_place(span, people)
        if span.type != "PER" or " " not in span.text:
            return [span]  # the cheap test first
        words = words_of(span.text)
        # (a headline's, or the place in a place's case, "Bayraktar Van'a"; not "Yılmaz Karaman ise Karaman'da",
        # "Yılmaz Karaman'ın": people)
        headline = span.end <= text.find("\n")
        if len(words) < _SURNAME_AND_PLACE or not (headline or in_place_case(words[-1].group())):
            return [span]
        place = strip_apostrophe_suffix(words[-1].group())
        person = span.text[: words[-2].end()]
        named = (
            # (in the body, a surname the copy writes alone elsewhere too: "Bayraktar, ...")
            fold(person) in surnames and (headline or fold(person) in people)
            if len(words) == _SURNAME_AND_PLACE
            else fold(person) in people or self.kb.known_type(canonical_name(person, "PER")) == "PER"
        )
        if (
            not named
            or self._is_known(strip_apostrophe_suffix(span.text))
            or not self._glued_place(place)
            or not (self._is_country(place) or self._major_place(place) or _in_place_case_apart(text, span, place))
        ):
            return [span]
        return [span.part(0, words[-2].end()), span.part(words[-1].start(), len(span.text), "LOC")]

    def _given_name_then_place(self, span: Span, people: frozenset[str]) -> list[Span]:
        """A place's span of two words, the given name of a person the article names in full and a country or a major
        town in a place's case (``Rafet Almanya'da`` beside ``Rafet El Roman``): the person, then the place."""
        first, place = span.text.split(" ")  # (the caller's one space: never a line break, a tab or a no-break space)
        if not in_place_case(place) or not any(name.startswith(f"{fold(first)} ") for name in people):
            return [span]
        place = strip_apostrophe_suffix(place)
        if (
            not self.kb.is_any_given_name(first)
            or self._is_known(strip_apostrophe_suffix(span.text))
            or not (self._is_country(place) or self._major_place(place))
        ):
            return [span]
        return [span.part(0, len(first), "PER"), span.part(len(first) + 1, len(span.text))]

    def _glued_place(self, word: str) -> bool:
        """Whether ``word`` is a place a person's span may have swallowed (see :meth:`_person_then_place`)."""
        return not self.is_demonym(word) and (
            self._is_country(word)
            or self._major_place(word)
            or (
                self._plain_town(word)
                and self.habit(word) == "always"
                and self.kb.known_type(word) is None
                and not self.kb.is_any_given_name(word)
            )
        )

    def _origin_apart(self, text: str, span: Span) -> list[Span]:
        """A person's span of three words or more before a noun of origin cut in two: the person and the place the
        person comes from (``Hasan Özbeğen Girit göçmeni``, ``... Selanik doğumlu``); only a place the lists know
        (not a surname, ``Ahmet Hakan Coşkun doğumlu değil``; a nationality word is :meth:`_without_nationality`'s),
        and not the second word of a place's name of two (``Ahmet Yılmaz Kuzey Kıbrıs``, ``... New York``)."""
        if span.type != "PER" or _ORIGIN_AFTER.match(text, span.end) is None:
            return [span]  # the cheap test first
        words = words_of(span.text)
        last = words[-1].group()
        if (
            len(words) < _MIN_ORIGIN_WORDS
            or has_suffix_apostrophe(last)
            or not self._is_place(last)
            or words[-2].group() in COMPASS_WORDS  # "Ahmet Yılmaz Kuzey Kıbrıs doğumlu"
            or self._is_known(f"{words[-2].group()} {last}")  # "... New York doğumlu"
        ):
            return [span]
        person = span.part(0, words[-2].end())
        place = span.part(words[-1].start(), len(span.text), "LOC")
        return [person, place]

    def _towns_in_locative(self, text: str, spans: list[Span]) -> list[Span]:
        """A person's or a body's name that is a town the gazetteer holds, every mention in the locative or the ablative
        (``Detroit'te konser verecekti``, ``Detroit'ten döndü``), is the town: no one is "in" a person, and a body
        that names a town is one the lists know (``Nokia'da çalışan``). Not a given name or a word the corpora also
        write in lower case (``Can'dan yeni klip``, ``Ada'dan``), not an acronym (``İTÜ'de``, ``SANA'da``), not after a
        title (``Başbakan Vın'dan``), not in an article with a sports word (``top Hakan'da``, ``Milan'da fantastik
        bir oyuncuydu``), not a name the votes call a person or a body."""
        if not any(s.type != "LOC" and in_locative_or_ablative(s.text) for s in spans) or _SPORT_WORDS.search(text):
            return spans  # the cheap test first: most articles name no such mention; any sports word: a club's
        groups = mentions_by_name(spans)
        towns = {key for key, group in groups.items() if self._town_in_locative(text, group)}
        return [replace(s, type="LOC") if s.type != "LOC" and name_key(s) in towns else s for s in spans]

    def _town_in_locative(self, text: str, group: Sequence[Span]) -> bool:
        """Whether every mention of one name reads as a town's in the locative or the ablative (see
        :meth:`_towns_in_locative`)."""
        name = canonical_name(group[0].text, group[0].type)
        return (
            not any(self._titled(text, s) for s in group)
            and all(in_locative_or_ablative(s.text) for s in group)
            and any(s.type != "LOC" for s in group)
            and self._plain_town(name)
        )

    def _plain_town(self, name: str) -> bool:
        """Whether ``name`` is one word, a town the gazetteer holds, always or mostly capitalised in the corpora, no
        acronym, no given name and nothing else the lists know (``Detroit``, ``Gao``; not ``Can``, ``İTÜ``)."""
        return (
            " " not in name
            and not name.isupper()
            and self.habit(name) in ("always", "mostly")
            and self.gazetteer.place(name) is not None
            and self.kb.known_type(name) is None
            and self.kb.hinted_type(name) in (None, "LOC")
            and not self.kb.is_any_given_name(name)
        )

    def _townspeople(self, word: str) -> bool:
        """Whether ``word`` is the people of a province or a country, in the plural (``Hakkarililer``: ``Nabi Avcı
        Hakkarililer ile``); not a surname of that form (``Zerrin Egeliler``, ``Hakan Meriçliler``: no province)."""
        members = _MEMBERS.match(strip_apostrophe_suffix(word))  # "Hakkarililer", "Hakkarililerin"
        return members is not None and self._major_place(members.group("body"))

    def _reporter(self, text: str, span: Span | None) -> Span | None:
        """A place's span in the genitive before a report's noun is a paper or a channel named like a place: a place
        writes no report (``Vatan'ın haberine göre``, ``France Football'un haberinde``); not a place the lists know
        (``Ankara'nın haberine göre``, ``Rusya'nın``: a town's or a country's news, as copy says it now and then)."""
        if span is None or span.type != "LOC" or not in_genitive(span.text) or not _REPORT_AFTER.match(text, span.end):
            return span
        name = canonical_name(span.text, "LOC")
        return span if self.gazetteer.place(name) is not None or self._is_place(name) else replace(span, type="ORG")

    def _dateline(self, text: str, span: Span | None) -> Span | None:
        """A town in capitals after a byline's slash, before the agency, a dash or the line's end, is the dateline's
        place (``Eda BERKBAYRAK / MİLANO (DHA)``), whatever the model read it as; a body the lists know stays (``/
        AA``), and so does a pair of towns (``SİVAS/KAYSERİ derbisi``)."""
        if span is None or span.type == "LOC" or "/" not in text[max(0, span.start - 3) : span.start]:
            return span  # the cheap test first: most spans follow no slash
        if not span.text.isupper() or not _AFTER_SLASH.search(text, max(0, span.start - _BYLINE_WINDOW), span.start):
            return span
        if _DATELINE_END.match(text, span.end) is None:
            return span  # a byline's town ends it, an agency or a dash after it: not "SİVAS/KAYSERİ derbisi"
        name = canonical_name(span.text, "LOC")
        if self.gazetteer.place(name) is None or self.kb.known_type(name) not in (None, "LOC"):
            return span
        return replace(span, type="LOC")

    def _is_country(self, name: str) -> bool:
        """Whether ``name`` (a case ending aside) is a country the gazetteer knows."""
        place = self.gazetteer.place(strip_apostrophe_suffix(name))
        return place is not None and place.is_country

    def _is_town(self, name: str) -> bool:
        """Whether ``name`` (a case ending aside) is a country or a city the gazetteer knows (no region)."""
        return self.gazetteer.place(strip_apostrophe_suffix(name)) is not None

    def _opens_with_given_name(self, span: Span) -> bool:
        """Whether a span's first word is a given name of either list (and no country): ``Selahaddin``, ``Ali``."""
        first = strip_apostrophe_suffix(span.text.split(maxsplit=1)[0])
        return not self._is_country(first) and self._is_given(first)

    def _surname_place(self, given: str, place: str) -> bool:
        """Whether a place written after a lone given name may be that person's surname: a word of any given-name list
        that names no known person alone (``Eşref``; not ``Gül``, ``Yıldırım``), then a Turkish town, as Turkish
        surnames are (``Bitlis``; not ``Kraliçe Elizabeth İngiltere'nin``, ``Papa Francis Vatikan'ın``)."""
        given = canonical_name(given, "PER")
        town = self.gazetteer.place(strip_apostrophe_suffix(place))
        turkish_town = town is not None and not town.is_country and town.country_code == "TR"
        return turkish_town and self.kb.is_any_given_name(given) and self.kb.known_type(given) != "PER"

    def _lone_person_word(self, word: str) -> bool:
        """A word that alone after a title names a person: a given name, or a known person (``Macron``)."""
        return self.kb.is_given_name(word) or self.kb.known_type(word) == "PER"

    def _known_person(self, text: str, span: Span) -> bool:
        """A person the knowledge base knows, or one written after a title."""
        return self.kb.known_type(canonical_name(span.text, "PER")) == "PER" or self._titled(text, span)

    def _may_name_a_person(self, word: str) -> bool:
        """A word that may stand in a person's name: not a title, head, month, demonym, thing or other name."""
        return not (
            is_title(word)
            or self._is_tensed_verb(word)  # "BURAK OYNAYACAK": a headline in capitals goes on with its verb
            or head_type(word) is not None
            or is_event_head(word)
            or word in HEADLINE_WORDS
            or self._is_word_or_other_name(word)
            or (" " in word and is_thing(word, self.kb))  # the whole: "Yaprak Sarma", a dish
            # a club's member word: "Sanica Boru Elazığsporlu oyunculara", the club's players, no "Boru Elazığsporlu"
            or (" " not in word and self._member_of_known_body(word) and not self.kb.is_any_given_name(word))
        )

    def _is_name_part(self, word: str, sentence_initial: bool) -> bool:
        """Whether a capitalised word before a person's span starts the name (``Husni`` + ``Hicazi``)."""
        if (
            is_title(word)
            or is_inflected_title(word)  # "Teknik Direktöründen" + "Emre Belözoğlu'na"
            or word in SENTENCE_OPENERS
            or word in _KIN_OPENERS  # "Baba" + "Asunami": the father of the person named, no given name
            or is_plural_title(word)
            or self._is_word_or_other_name(word)
            # a body's head with its case ending, a common word the corpora rarely capitalise: "Toplumsal Sorunlar
            # Bakanlığına" + "Kinda el Şamat", a crosshead's "MEDYASINDAN TEPKİLER" + "Reha Erus"
            or head_type(strip_apostrophe_suffix(word)) is not None
            or (self.habit(word) == "rarely" and not self.kb.is_any_given_name(word) and not is_ordinal_word(word))
            # a club's or a party's member: "Fenerbahçeli" + "Uche'nin", "İşçi Partili" + "Shabana Mahmud"
            or self._member_of_known_body(word)
            or word == "Koç"  # a coach: "Etik Danışmanı ve Koç" + "Şebnem Ergül" (see _opening_word_said_of)
            # a plural in the locative or the ablative, a team's nickname: "Sarı Lacivertlilerde" + "Bo McCalebb"
            or _PLURAL_AT.search(word) is not None
        ):
            return False
        # at a sentence's start any word is capitalised: only a given name, of either list, opens the name there
        return not sentence_initial or self.kb.is_any_given_name(word)

    def _is_word_or_other_name(self, word: str) -> bool:
        """A name part that alone may mean something else: a title, a demonym, a thing, a known name."""
        return (
            word in TITLE_HEADS
            or turkish_lower(word) in MONTHS_AND_DAYS
            or self.is_demonym(word)
            or self.kb.not_name(word) is not None
            or self._is_known(word)
            or self.kb.hinted_type(word) in ("LOC", "ORG", "NOT")
        )

    def _known_body(self, name: str) -> bool:
        """A person or a body the knowledge base knows (``Putin``, ``Hamas``)."""
        return self.kb.known_type(name) in ("PER", "ORG")

    def _keeps_known_place(self, span: Span) -> bool:
        """A country or a name the knowledge base knows (``Anadolu``, ``Avcılar``): never a common word opening a
        sentence."""
        return self._is_country(span.text) or self.kb.known_type(span.text) is not None

    def _is_known(self, name: str) -> bool:
        """A name the knowledge base or the gazetteer knows on its own."""
        return self.kb.known_type(canonical_name(name, "ORG")) is not None or self._is_place(name)

    def _country_before_thing(self, span: Span) -> Span:
        """A country's name glued to a thing's the lists hold, a competition's mostly, is the country alone
        (``İspanya La Liga'da``, ``Almanya Bundesliga'da``: the league, no entity, of the country)."""
        words = words_of(span.text)
        if span.type == "PER" or len(words) < 2:
            return span
        for k in (1, 2):
            rest = strip_apostrophe_suffix(span.text[words[k].start() :]) if k < len(words) else ""
            if rest and self._is_country(span.text[: words[k - 1].end()]) and self.kb.not_name(rest) is not None:
                return replace(span.part(0, words[k - 1].end()), type="LOC")
        return span

    def _not_a_person_name(self, name: str) -> bool:
        """A known place or organisation (``Ankara``, ``Hamas``; ``Beşiktaş``, the club and the district, whose type
        the lists leave open), common words only (``İkna Etti``), or an event's name (``Savcı`` + ``Adaylığı Yazılı
        Yarışma Sınavı``): no title makes it a person."""
        return (
            self.kb.known_type(name) in ("ORG", "LOC")
            or (bool(known := self.kb.entities(name)) and all(e.type != "PER" for e in known))
            or self._is_place(name)
            or self._common_words_only(name)
            or (" " in name and is_event_head(name.rsplit(maxsplit=1)[-1]))
        )

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a nationality word (``Çinli``, ``Filistinlilerin``, ``ABD'li``), not a name."""
        return self._demonyms(word)

    def _is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a nationality word (``Çinli``, ``Filistinlilerin``, ``ABD'li``), not a name; a -li
        word the lists do not hold, with a place's case ending after an apostrophe, is a town's name
        (``Kılıçlı'dan``)."""
        if self.kb.is_demonym(word) or self.kb.is_demonym(strip_apostrophe_suffix(word)):
            return True  # "Osmanlı'da": the lists' people words stay what they are
        if _LI_PLACE.match(word):
            return False
        if self._is_place(strip_apostrophe_suffix(word)):
            return False  # Denizli, Nazilli: a place whose name ends like a demonym
        match = _DEMONYM.match(word)
        return match is not None and self._is_place(match.group("stem"))

    def _is_surname_word(self, word: str) -> bool:
        """Whether ``word`` is only ever a name's: the corpora always capitalise it and no screened list holds it as a
        given name (``Obama``, ``Brennan``; not ``Can``, a word the corpora write in lower case too)."""
        stem = strip_apostrophe_suffix(word)
        return self.habit(stem) == "always" and not self.kb.is_given_name(stem)

    def _said_before_name(self, word: str) -> bool:
        """Whether ``word`` is one copy says before a person's name rather than one of the name's: a title, a people's
        word or a -li form (``Ordulu``), or a word that is no given name, no initial and that the corpora do not
        always capitalise (a verb of a headline, ``Uyarıyorum``; a rank, ``Er``; ``Baba``). Given names no list
        holds because they are words too (``Hakkı``) pass it: the caller keeps a name the article writes whole twice."""
        stem = strip_apostrophe_suffix(word)
        if is_title(stem) or self.is_demonym(stem) or _LI_FORM.search(turkish_lower(stem)) is not None:
            return not self.kb.is_any_given_name(stem)
        if self.kb.is_any_given_name(stem) or stem.endswith("."):
            return False
        return self.habit(stem) not in ("always", None)

    def _opens_body(self, name: str) -> bool:
        """Whether ``name`` is a body or place of its own: one the lists know, or a known place's name followed by
        words up to a head (``Sakarya Eğitim ve Araştırma Hastanesi``)."""
        words = name.split()
        return self._is_known(name) or (
            self._is_place(strip_apostrophe_suffix(words[0]))
            and head_type(strip_apostrophe_suffix(words[-1])) is not None
        )

    def _is_place(self, name: str) -> bool:
        """A country, a recall-listed place or a knowledge-base place (cached)."""
        return self._places(name)

    def _is_place_uncached(self, name: str) -> bool:
        """A country, a recall-listed place or a knowledge-base place (not any small town of that name)."""
        place = self.gazetteer.place(name)
        if place is not None and (place.is_country or turkish_lower(name) in self.gazetteer.recall):
            return True
        return self.kb.known_type(name) == "LOC"

    def _two_regions(self, text: str, span: Span) -> list[Span]:
        """A place's span of two places joined by ``ve`` that the lists do not know whole, with a place's noun after
        it or a town the gazetteer holds on either side: two places (``Miltenberg ve Main-Spessart bölgesindeki``).
        Not a place the lists know whole (``Trinidad ve Tobago``, ``Bosna ve Hersek``), nor one a head word closes
        (``Kültür ve Sanat Evi``), nor one with a compass word or the middle before ``ve`` (``Doğu ve Güneydoğu
        Anadolu Bölgesi``, ``Orta ve Doğu Avrupa``, ``Orta Doğu ve Kuzey Afrika``: one place, as the golds write it)."""
        words = words_of(span.text)
        if span.type != "LOC" or len(words) < 3 or "ve" not in (written := [w.group() for w in words]):
            return [span]
        k = written.index("ve")
        if not (
            k in (1, 2)
            and k < len(words) - 1
            and all(w[:1].isupper() for w in written[:k] + written[k + 1 :])
            and not self._is_known(strip_apostrophe_suffix(span.text))
        ):
            return [span]
        first, second = span.part(0, words[k - 1].end()), span.part(words[k + 1].start(), words[-1].end())
        if (
            written[k - 1] in COMPASS_WORDS
            or any(head_type(strip_apostrophe_suffix(w)) for w in written)
            or not (
                kind_after(next_word(text, span.end)) == "LOC"
                or self._is_town(first.text)
                or self._is_town(second.text)
            )
        ):
            return [span]
        return [first, second]

    def _body_then_place(self, text: str, span: Span) -> list[Span]:
        """A body's span closed by its head, then one word that is not the body's: the body, and that word as a
        place where the gazetteer knows it. The word is the first place of a list when a comma or ``ve`` follows
        (``Bavyera Kültür Bakanlığı Schweinfurt, Miltenberg ve ...``), or the title's when a title follows the span
        (``Türk Musevi Cemaati Onursal Başkanı``, ``Derneği Fahri Başkanı``; ``Anadolu Ajansı Ankara Muhabiri``:
        the body, and the bureau's town)."""
        words = words_of(span.text)
        if span.type == "PER" or len(words) < 3 or head_type(words[-2].group()) != "ORG":
            return [span]
        last = strip_apostrophe_suffix(words[-1].group())
        # (an acronym after a body is its own: "Enformasyon Dairesi ICO", "Holdings SE"; a given name a person's)
        town = self._is_town(last) and not last.isupper() and not self.kb.is_any_given_name(last)
        titled = next_word(text, span.end) in POSSESSIVE_HEADS and head_type(last) is None
        if not (titled or (town and _LIST_GOES_ON.match(text, span.end) is not None)):
            return [span]
        body = span.part(0, words[-2].end(), "ORG")
        return [body, span.part(words[-1].start(), words[-1].end(), "LOC")] if town else [body]

    def _body_then_country(self, span: Span, bodies: frozenset[str]) -> list[Span]:
        """A body's span ending in a country with a place's case ending, the words before it a body the article names
        on their own: the body, and the country where it is (``Yeryüzü Doktorları Moritanya'da`` in a headline, the
        copy naming ``Yeryüzü Doktorları``). Not a body the lists know whole, nor one the article names only so."""
        if span.type != "ORG" or " " not in span.text or not in_place_case(span.text):
            return [span]  # the cheap test first: most bodies' spans carry no place's ending
        words = words_of(span.text)
        body = span.part(0, words[-2].end())
        if canonical_name(body.text, "ORG") not in bodies or not self._is_country(
            strip_apostrophe_suffix(words[-1].group())
        ):
            return [span]
        return [body, span.part(words[-1].start(), words[-1].end(), "LOC")]

    def _title_field(self, text: str, span: Span) -> list[Span]:
        """A body's span no head word ends, before ``ve`` and the rest of an office holder's title (``Ulaştırma
        Denizcilik`` + ``ve Haberleşme Bakanı``, ``Bartın Gıda Tarım`` + ``ve Hayvancılık İl Müdürü``): the title's
        first fields, no body; a town opening it stays a place (``Bartın``)."""
        if span.type != "ORG" or _FIELD_TITLE_AFTER.match(text, span.end) is None:
            return [span]  # the cheap test first: most bodies are followed by no title
        words = words_of(span.text)
        last = strip_apostrophe_suffix(words[-1].group())
        # (a body the lists know, or one a head word ends, is its own name: "Koç Holding ve Tüpraş Genel Müdürü",
        # "Türk Telekom ve ..."; a ministry's field is no such head: "Bilim Sanayi", "Dış Ticaret", "Denizcilik")
        headed = head_type(last) is not None and last not in MINISTRY_FIELDS
        if headed or has_suffix_apostrophe(span.text) or self._is_known(canonical_name(span.text, "ORG")):
            return [span]
        first = words[0].group()
        # (a town as the lists write it, no word that names a small one somewhere: "Dış Ticaret" + "ve ... Bakanı")
        town = self._is_town(first) and self.habit(first) not in ("rarely", "mixed", "mostly")
        if len(words) > 1 and town and not self.kb.is_any_given_name(first):
            return [replace(span.part(0, words[0].end()), type="LOC")]
        return []

    def _place_then_known_body(self, span: Span) -> list[Span]:
        """A body's span opening with a place of one word, then a body the lists know by the rest
        (:meth:`_known_body_apart`: ``Ankara Gazi Üniversitesinde``, ``Kahire İslam İşbirliği Teşkilatı``): the place
        the copy wrote before the body's name, and the body."""
        if span.type == "PER" or span.text.count(" ") < 2:
            return [span]  # the cheap test first: most bodies are no three words
        words = words_of(span.text)
        if not self._known_body_apart(words[0].group(), span.text[words[1].start() :]):
            return [span]
        # (whatever type the widened span was given: the place's word before a body may have made it a place's)
        place, body = span.part(0, words[0].end()), span.part(words[1].start(), len(span.text))
        return [replace(place, type="LOC"), replace(body, type="ORG")]

    def _known_body_apart(self, place: str, body: str) -> bool:
        """Whether ``body`` is the whole name of a body the lists know as it is written, ``place`` a place of one
        word before it that is no part of its name: the two together no name the lists know (``Türkiye Halk
        Bankası``), the body's name no other's alias (``Bilgi Üniversitesi`` of ``İstanbul Bilgi Üniversitesi``), no
        ministry nor public body but a university (``Gazze Sağlık Bakanlığı`` is Gaza's ministry; ``Ankara Gazi
        Üniversitesi`` is Gazi Üniversitesi), and the place a town no given name names, never a country: a country's
        name opens its own bodies' (``Türkiye Merkez Bankası``, ``İran Merkez Bankası``, ``Suriye İnsan Hakları İzleme
        Örgütü``: a first version took Türkiye, and the code review found it splitting Türkiye's banks)."""
        if " " in place or place.isupper() or not self._is_town(place) or self._is_country(place):
            return False
        # (nor a word that names a small town somewhere: "Liberal Demokrat Parti" is no Kansan party)
        if self.kb.is_any_given_name(place) or self.seldom_capitalised(place):
            return False
        name = canonical_name(body, "ORG")
        if " " not in name or not any(
            e.type == "ORG"
            and fold(e.name) == fold(name)
            and (e.kind not in _STATE_KINDS or name.endswith(" Üniversitesi"))
            for e in self.kb.entities(name)
        ):
            return False
        return not self._is_known(canonical_name(f"{place} {body}", "ORG"))

    def _country_then_body(self, span: Span) -> list[Span]:
        """A body's span opening with a country, then a town of that country and the rest of a body's name
        (``Japonya Kyoto Üniversitesi``, ``ALMANYA Hamburg Yüksek Mahkemesi``): a dateline's or a list's country
        glued to the body, two names. Not a body named by its country alone (``Pakistan Yüksek Mahkemesi``,
        ``Türkiye İş Bankası``), nor a town the lists know as a given name, nor a name the lists know whole."""
        if span.type == "PER" or span.text.count(" ") < _TOWN_AND_HEAD:
            return [span]  # the cheap test first: most bodies are no three words
        words = words_of(span.text)
        for size in (2, 1):
            if len(words) - size < _TOWN_AND_HEAD:
                continue  # (two spaces between two words count two: "Japonya  Kyoto")
            country, body = span.text[: words[size - 1].end()], span.text[words[size].start() :]
            if not self._is_country(country):
                continue
            if (
                not self._country_and_its_town(country, body)
                or head_type(strip_apostrophe_suffix(words[-1].group())) != "ORG"
                or self._is_known(canonical_name(span.text, "ORG"))
            ):
                return [span]
            return [span.part(0, words[size - 1].end(), "LOC"), span.part(words[size].start(), len(span.text), "ORG")]
        return [span]

    def _capital_town_then_body(self, text: str, span: Span) -> list[Span]:
        """A body's span opening with a Turkish town in capitals, a dateline or a lead's first word, then a body named
        after a person that the article names without the town too, by its name or its initials (``ISPARTA Süleyman
        Demirel Üniversitesi (SDÜ)``): the town, then the body. Not a body whose name holds the town (``ANKARA Yıldırım
        Beyazıt Üniversitesi``, ``MUŞ Alparslan Üniversitesi`` named so nowhere else), nor a body the town names
        (``ANKARA Büyükşehir Belediyesi``, ``İSTANBUL Üniversitesi``: no given name after the town), nor a name the
        lists know whole, nor a town that is a given name too."""
        if span.type != "ORG" or span.text.count(" ") < _TOWN_AND_HEAD or not span.text[:3].isupper():
            return [span]  # the cheap test first: most bodies open with no word in capitals
        words = words_of(span.text)
        body = span.text[words[1].start() :]
        if not self._capital_town_apart(words[0].group(), body) or not _named_apart(text, span, body):
            return [span]
        return [span.part(0, words[0].end(), "LOC"), span.part(words[1].start(), len(span.text), "ORG")]

    def _country_then_paper(self, span: Span) -> list[Span]:
        """A body's span opening with a foreign country, then a paper's, an agency's or a channel's name of two words
        or more (``İsviçre Blick Gazetesi``, ``ABD New York Times Gazetesi``): where the paper is, and the paper. Not a
        paper named by its country (``Türkiye Gazetesi``, ``Kıbrıs Postası Gazetesi``, ``Suudi Arabistan Haber
        Ajansı``: a common or possessed word after the country, of two words first), nor a name the lists know
        whole."""
        if span.type != "ORG" or _MEDIA_HEAD.search(span.text) is None:
            return [span]  # the cheap test first: most bodies are no paper
        words = words_of(span.text)
        for size in (2, 1):  # ("Suudi Arabistan Haber Ajansı": the country of two words first)
            if len(words) - size < _TOWN_AND_HEAD or not self._is_country(
                country := span.text[: words[size - 1].end()]
            ):
                continue
            first = words[size].group()
            if (
                self._turkish_place(country)
                # (a people's or a faith's word opens no foreign paper's own name: "İran İslam Cumhuriyeti Haber
                # Ajansı", "Irak Kürt Bölgesel Yönetimi Televizyonu", "Kosova Türk Gazetesi")
                or self.is_demonym(first)
                or strip_apostrophe_suffix(first) in _FAITHS
                or "Cumhuriyeti" in span.text
                or self.seldom_capitalised(first)
                or self.habit(first) == "mostly"
                or self._is_known(canonical_name(span.text, "ORG"))
            ):
                return [span]
            return [span.part(0, words[size - 1].end(), "LOC"), span.part(words[size].start(), len(span.text), "ORG")]
        return [span]

    def _capital_town_apart(self, town: str, body: str) -> bool:
        """Whether ``town`` is a Turkish town in capitals and ``body`` a body named after a person, two names (see
        :meth:`_capital_town_then_body`)."""
        second = body.split(maxsplit=1)[0]
        return (
            len(town) >= _MIN_CAPITAL_TOWN
            and town.isupper()
            and not second.isupper()
            and " " in body
            and self.kb.is_given_name(second)
            and not self.kb.is_any_given_name(town)
            and self._turkish_place(town[0] + turkish_lower(town[1:]))
            and head_type(strip_apostrophe_suffix(body.rsplit(maxsplit=1)[-1])) == "ORG"
            and not self._is_known(canonical_name(f"{town} {body}", "ORG"))
        )

    def _country_and_its_town(self, country: str, body: str) -> bool:
        """Whether ``country`` is a country the gazetteer knows, not Türkiye, and ``body`` opens with one of its towns,
        no given name nor a common word (``Japonya`` + ``Kyoto Üniversitesi``; not ``Türkiye`` + ``Genç İşadamları
        Derneği``, nor ``Türkiye`` + ``İş Bankası``)."""
        place = self.gazetteer.place(country)
        if place is None or not place.is_country or place.country_code == "TR":
            return False  # ("Türkiye Genç İşadamları Derneği": a Turkish body's name opens so, a district's or not)
        first = body.split(maxsplit=1)[0]
        town = self.gazetteer.place(first)
        return (
            town is not None
            and not town.is_country
            and town.country_code == place.country_code
            and not self.kb.is_any_given_name(first)
            and not self.seldom_capitalised(first)
        )

    def _titled_then_place(self, text: str, span: Span) -> list[Span]:
        """A titled person's surname glued to a place in a place's case (``Başbakan Reinfeldt Stockholm'de``,
        ``Genel Başkan Kılıçdaroğlu Ankara'da``): the person, then the place. Not a name the lists know whole, nor a
        place that is a given name (``Başkan Ahmet Can'a``). A person's span too where a ruler's title stands before it,
        as a ruler is named by the given name (``Ürdün Kralı 2. Abdullah Ankara'ya``, ``Kral Abdullah Ankara'da``)."""
        if not in_place_case(span.text):
            return [span]  # the cheap test first: most spans are no place in a place's case
        ruled = span.type == "PER" and _RULER_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
        if span.type == "PER" and not ruled:
            return [span]
        words = words_of(span.text)
        last = strip_apostrophe_suffix(words[-1].group())
        if (
            len(words) != _SURNAME_AND_PLACE
            or not self._is_place(last)
            or self.kb.is_any_given_name(last)
            or self._is_known(canonical_name(span.text, span.type))
            or not (ruled or self._titled(text, span))
        ):
            return [span]
        return [span.part(0, words[0].end(), "PER"), span.part(words[-1].start(), len(span.text), "LOC")]

    def _person_then_other(self, span: Span, people: frozenset[str]) -> list[Span]:
        """A person the article names on his own glued to what the sentence says of him: the office it takes him to
        (``Ramazan Demirci Asayiş Şube Müdürlüğü'ne götürülürken``, ``Alev Sururi Torba Mezarlığı'nda toprağa
        verildi``: the person, then the office or the cemetery, of two words or more; only a kind no one names after
        a person, unlike a school, a hospital or a park, ``Mehmet Akif Ersoy Üniversitesi``), a prize or a product
        the lists hold (``Derya Türkan Oscar'ın kendisi için sürpriz olduğunu``: the person alone), or another
        person's surname (``Çapkın Sierranın ajan olduğuna``: the chief Hüseyin Çapkın, the tourist Sarai Sierra;
        two persons)."""
        if not people:
            return [span]
        words = words_of(span.text)
        if len(words) == _SURNAME_PAIR and span.type == "PER":
            return self._two_peoples_surnames(span, words, people)
        if len(words) < _PERSON_AND_THING:
            return [span]
        last = strip_apostrophe_suffix(words[-1].group())
        if span.type == "PER" and self.kb.not_name(last) in _THINGS_AFTER_PEOPLE:
            named = fold(" ".join(w.group() for w in words[:-1])) in people
            return [span.part(0, words[-2].end())] if named else [span]
        # (the ending written without an apostrophe too, as official spelling has it: "Müdürlüğüne")
        office = last in _OFFICES or strip_org_case_ending(last) in _OFFICES
        return _person_then_office(span, words, people) if office else [span]

    def _person_then_paper(self, text: str, span: Span, people: frozenset[str], bodies: frozenset[str]) -> list[Span]:
        """A person and the paper he speaks to read as one name: a span of three words or more opening with a given
        name before a paper's or magazine's noun, the person's surname written alone elsewhere in the article (``Sir
        Geoffrey Nice Independent gazetesine`` ... ``Nice,``: the person, then the paper, a name the lists know or the
        last word; not ``Christian Science Monitor gazetesi``), or a body's span opening with a person the lists or
        the article know and closing with a body the lists or the article know (``Esad Sunday Times'a konuştu``, a
        headline; ``İngiliz Sunday Times gazetesine``)."""
        if span.type != "ORG" or span.text.count(" ") < _PERSON_AND_THING - 1:
            return [span]  # the cheap test first: a body's span of three words or more
        words = words_of(span.text)
        if len(words) < _PERSON_AND_THING:
            return [span]
        if PAPER_AFTER.match(text, span.end):
            known = self._is_known(strip_apostrophe_suffix(span.text))
            return [span] if known else self._speaker_then_paper(text, span, words)
        first = words[0].group()
        if not (self.kb.known_type(first) == "PER" or any(name.endswith(f" {fold(first)}") for name in people)):
            return [span]
        rest = self._from(span, words, 1)
        # (a body the lists know, or one the article names alone whose first word the corpora always capitalise:
        # "Sunday Times"; not "Doğan Çağrı Merkezi" beside "Çağrı Merkezini", a call centre's common noun)
        article_body = canonical_name(rest, "ORG") in bodies and self.habit(words[1].group()) == "always"
        if not (self._known_as(rest, "ORG") or article_body) or self._is_known(strip_apostrophe_suffix(span.text)):
            return [span]
        return [replace(span.part(0, words[0].end()), type="PER"), span.part(words[1].start(), len(span.text))]

    def _speaker_then_paper(self, text: str, span: Span, words: Sequence[re.Match[str]]) -> list[Span]:
        """The person and the paper of :meth:`_person_then_paper`'s first case: the paper a name the lists know of
        two or three words, else the last word."""
        cut = next(
            (
                k
                for k in (len(words) - 3, len(words) - 2)
                if k >= 2 and self._known_as(self._from(span, words, k), "ORG")
            ),
            len(words) - 1,
        )
        surname = re.compile(rf"(?<!\w){re.escape(words[cut - 1].group())}(?!\w)")
        # (never a body's head as the paper: "Otto Bismarck Vakfı dergisinde" is the foundation's magazine)
        if (
            head_type(words[-1].group()) is not None
            or not self.kb.is_any_given_name(words[0].group())
            or not (surname.search(text, 0, span.start) or surname.search(text, span.end))
        ):
            return [span]
        person = replace(span.part(0, words[cut - 1].end()), type="PER")
        return [person, replace(span.part(words[cut].start(), len(span.text)), type="ORG")]

    @staticmethod
    def _from(span: Span, words: Sequence[re.Match[str]], k: int) -> str:
        """The span's words from the ``k``-th on, their last case ending written with an apostrophe cut off."""
        return strip_apostrophe_suffix(span.text[words[k].start() :])

    def _two_peoples_surnames(self, span: Span, words: Sequence[re.Match[str]], people: frozenset[str]) -> list[Span]:
        """A person's span of two words that are the surnames of two other people the article names in full
        (``people``, folded; ``Çapkın Sierranın``, the second with a case ending glued on): each word alone, a
        person; the first no given name and a word the corpora mostly capitalise."""
        own = fold(canonical_name(span.text, "PER"))
        others = {name.rsplit(" ", 1)[-1] for name in people if name != own}
        first, second = words[0].group(), strip_apostrophe_suffix(words[1].group())
        if fold(first) not in others or self.kb.is_any_given_name(first) or self._is_known(span.text):
            return [span]
        glued = next((k for k in range(4) if k < len(second) - 2 and fold(second[: len(second) - k]) in others), None)
        if (
            glued is None
            or (glued and second[len(second) - glued :] not in CASE_ENDINGS)
            or fold(first) == fold(second)
        ):
            return [span]
        surname = second[: len(second) - glued]
        if self._is_place(first) or any(self.habit(w) not in ("always", "mostly") for w in (first, surname)):
            # "Can Tabakçı" beside Mehmet Can, "Sarıkaya Plak" (a label): a word the corpora write in lower case
            # too; "Aydın Menderes" beside Adnan Menderes: a town's name is a given name as often
            return [span]
        # (the second without the ending glued on, so it joins its person: "Sierranın" is Sarai Sierra)
        end = words[1].start() + len(second) - glued if glued else len(span.text)
        return [span.part(0, words[0].end()), span.part(words[1].start(), end)]

    def _demonym_between(self, span: Span) -> list[Span]:
        """A body's span with a -li nationality word inside it, no head word closing it (``Eurobank Tekfen Lübnanlı
        Burgan``): two bodies the copy named side by side, the second of that nationality, the word neither's. Not a
        body of townspeople abroad, whose head closes it (``Almanya Trabzonlu İşadamları Derneği``)."""
        if span.type != "ORG" or span.text.count(" ") < 2:
            return [span]  # the cheap test first: most bodies are no three words
        words = words_of(span.text)
        if head_type(strip_apostrophe_suffix(words[-1].group())) is not None:
            return [span]
        for i in range(1, len(words) - 1):
            word = words[i].group()
            if word.endswith(("lı", "li", "lu", "lü")) and self.is_demonym(word):
                left = span.part(0, words[i - 1].end())
                # (a name of its own before it, no compass word of the nationality's: "Güney Kıbrıslı Libananco")
                if (i < 2 and not self._is_known(left.text)) or words[i - 1].group() in COMPASS_WORDS:
                    return [span]
                return [left, span.part(words[i + 1].start(), len(span.text))]
        return [span]

    def _two_places(self, span: Span) -> list[Span]:
        """A place span that is two places written side by side (``İstanbul Sancaktepe'de``, ``Kuveyt Suriye``):
        a town after its province, or two countries; two places, as the corpora write them. A name the lists know
        whole (``Hong Kong``, ``Bosna Hersek``) stays one. A person's span of two provinces, countries or capitals,
        the first no given name, is two places too (``Erzurum Bingöl karayoluna``); so is one of a place the knowledge
        base knows (a district) and a place it knows or a village's name (``Orhaneli Başköy``); a place's span of a
        country and a firm the lists know is the two (``Türkiye Gazprom'a``)."""
        words = words_of(span.text)
        if len(words) == 2 and (pair := self._place_pair(span, words)) is not None:
            return pair
        if span.type != "LOC" or len(words) < 2 or len(words) > 4:
            return [span]
        whole = strip_apostrophe_suffix(span.text)
        if self._is_known(whole) or self.gazetteer.place(whole) is not None:
            return [span]  # (and a place the gazetteer knows whole, a town or not: "Abu Dabi", no "Abu" and "Dabi")
        if len(words) == 2 and words[0].group() == "Batı" and self._is_country(words[1].group()):
            # "Batı Mısır'ı daha kolay kontrol edebildiği", "Batı Türkiye'nin liderliğini istemiyor": the West, then a
            # country (a western part of one is a name the lists know: "Batı Avustralya", "Batı Almanya")
            return [span.part(words[1].start(), words[1].end())] if has_suffix_apostrophe(words[1].group()) else [span]
        for k in range(1, len(words)):
            left = span.part(words[0].start(), words[k - 1].end())
            right = span.part(words[k].start(), words[-1].end())
            if (
                self.gazetteer.place(left.text) is not None
                # (the right a place the gazetteer or the knowledge base knows: "Kayseri Erciyes Dağı'nda",
                # "İstanbul İkitelli'de")
                and (
                    self.gazetteer.place(place := strip_apostrophe_suffix(right.text)) is not None
                    or self.kb.known_type(place) == "LOC"
                )
            ):
                return [left, right]
        return [span]

    def _place_pair(self, span: Span, words: Sequence[re.Match[str]]) -> list[Span] | None:
        """A span of two words that is two places or a country and a firm (see :meth:`_two_places`), or None."""
        if (
            span.type in ("PER", "ORG")
            and all(
                self._major_place(w.group())
                or (
                    self._district_or_village(w.group(), i) and (span.type == "PER" or not self._is_district(w.group()))
                )
                for i, w in enumerate(words)
            )
            and not self.kb.is_any_given_name(words[0].group())
            and not self._is_known(strip_apostrophe_suffix(span.text))
        ):
            # "Erzurum Bingöl karayoluna", the model's body "ABD Manhattan", "Anadolu Kafkasya" (not a body's span of
            # a province and its district: "Eskişehir Osmangazi", "Kütahya Dumlupınar", a university's short name)
            return [span.part(w.start(), w.end(), "LOC") for w in words]
        if (
            span.type == "LOC"
            and self._is_country(words[0].group())
            and self.kb.known_type(right := strip_apostrophe_suffix(words[1].group())) == "ORG"
            and head_type(right) is None
            and not self._is_known(strip_apostrophe_suffix(span.text))
        ):
            # "Türkiye Gazprom'a ... ödeme yaptı": the country, then a firm the lists know (the subject and the object)
            return [span.part(words[0].start(), words[0].end()), span.part(words[1].start(), words[1].end(), "ORG")]
        return None

    def _elided_compass(self, text: str, span: Span) -> bool:
        """Whether a span is a compass word alone whose place's name ``ve`` elides: the compass word and the name the
        two share are a place the lists know (``Kuzey`` of ``Kuzey ve Güney Amerika``, whatever the model typed it);
        not the West before another place (``Batı ve Güney Kore'yi``: no ``Batı Kore``)."""
        if span.text not in COMPASS_WORDS:
            return False
        elided = _ELIDED_COMPASS.match(text, span.end)
        if elided is None:
            return False
        shared = elided.group("shared").split()
        return any(self._is_known(f"{span.text} {' '.join(shared[:k])}") for k in range(len(shared), 0, -1))

    def _is_district(self, name: str) -> bool:
        """Whether the knowledge base lists ``name`` as a district of a Turkish province (``Orhaneli``)."""
        return any(e.kind == DISTRICT for e in self.kb.entities(name))

    def _district_or_village(self, word: str, at: int) -> bool:
        """Whether ``word`` is a place the knowledge base lists (``Orhaneli``, a district), or, after one (``at`` >
        0), a village's name (``Başköy``); no given name either way."""
        if self.kb.is_any_given_name(word):
            return False
        return self.kb.known_type(word) == "LOC" or (at > 0 and word.endswith("köy") and len(word) > len("köy") + 1)

    def _major_place(self, word: str) -> bool:
        """Whether ``word`` is a province, a country, a capital or a city of a million abroad the gazetteer finds
        on its own (its recall forms)."""
        entry = self.gazetteer.recall.get(turkish_lower(strip_apostrophe_suffix(word)))
        return entry is not None and entry.type == "LOC"

    def _place_and_street(self, span: Span) -> list[Span]:
        """A town or village before a quarter or village is a place of its own (``Küçükçekmece Kartaltepe
        Mahallesi``, ``Aşağıköy Köyü Çınar Mahallesi``), as the corpora list them; a unit named after a place or a
        title (``Kıbrıs Şehitleri Mahallesi``, ``Fatih Sultan Mehmet Mahallesi``) stays one."""
        words = words_of(span.text)
        if span.type != "LOC" or len(words) < 3:
            return [span]
        head = strip_org_case_ending(strip_apostrophe_suffix(words[-1].group()))
        if head in _STREET_HEADS and self._town_first(words):
            # "Esenyurt Atatürk Caddesi'nde": a Turkish town before a street of two or more words
            return [span.part(words[0].start(), words[0].end()), span.part(words[1].start(), words[-1].end())]
        if head not in _UNIT_HEADS:
            return [span]
        # the town is one word, or a village with its head word: "Küçükçekmece", "Aşağıköy Köyü"
        k = 2 if words[1].group() in _UNIT_HEADS or words[1].group() in _DISTRICT_WORDS else 1
        first = words[k].group() if k < len(words) - 1 else ""
        # after a unit's or district's word a new name starts whatever it looks like ("... İlçesi Karlı Köyü")
        # ("Sultangazi Malkoçoğlu Mahallesi": a family's name in -oğlu is no possessed noun)
        possessed = _POSSESSED.search(first) is not None and not first.endswith("oğlu")
        if not first[:1].isupper() or (k == 1 and possessed) or is_title(first):
            return [span]
        left = span.part(words[0].start(), words[k - 1].end())
        if k == 1 and (
            (self.gazetteer.place(left.text) is None and self.kb.known_type(left.text) != "LOC")
            # "Yunus Emre Mahallesi" (Yunus: Khan Yunis to the lists): a person's name, no town's quarter
            or (self.kb.is_any_given_name(first) and not self._turkish_place(left.text))
        ):
            return [span]
        return [left, span.part(words[k].start(), words[-1].end())]

    def _turkish_place(self, name: str) -> bool:
        """Whether ``name`` is a Turkish town of the gazetteer or a place the knowledge base lists."""
        town = self.gazetteer.place(name)
        return (town is not None and town.country_code == "TR") or self.kb.known_type(name) == "LOC"

    def _town_first(self, words: Sequence[re.Match[str]]) -> bool:
        """Whether a street's name opens with a Turkish town (not a given name: ``Ali Rıza Gürcan Caddesi``) and
        goes on with a capitalised word that is no possessed noun or title."""
        second = words[1].group()
        # a Turkish town of the gazetteer, or a district or quarter the knowledge base lists ("Kadıköy", "Güngören")
        turkish = self._turkish_place(words[0].group())
        return (
            turkish
            and second[:1].isupper()
            and not self.kb.is_given_name(words[0].group())
            and not (_POSSESSED.search(second) or is_title(second))
        )

    def _at_hyphen(self, text: str, span: Span, surnames: frozenset[str] = frozenset()) -> list[Span]:
        """Two names joined by a hyphen (``Çağla Şıkel-Emre Altuğ``, ``Erdoğan-Obama``, ``Queens-Jamaica``): two
        people, each of two words or known, or two places, unless the lists know the whole (``Bosna-Hersek``,
        ``Baden-Württemberg``); two places before a route's or a stretch's noun, whatever the lists know of them
        (``Derecik-Aktütün arasında``, ``Moskova-Puket seferini``). ``Jean-Paul Sartre`` stays one: a single
        unknown word is no name of its own."""
        match = _HYPHEN.search(span.text)
        if match is None or _HYPHEN.search(span.text, match.end()):
            return [span]
        left = span.part(0, match.start())
        right = span.part(match.end(), len(span.text))
        if not (left.text[-1:].isalpha() and right.text[:1].isupper()):
            return [span]
        pair = self._hyphen_pair(text, span, left, right)
        if pair is not None:
            return [replace(left, type=pair), replace(right, type=pair)]
        if span.type == "ORG":
            # "Armutlu T.K. - Yenikapı": two names set apart by a spaced hyphen; not "Coca-Cola", "Öz İplik-İş
            # Sendikası", "Koyun-Keçi Yetiştiricileri Birliği", where the hyphen joins two words of one name
            spaced = match.group() not in ("-", "–")
            # ... and two bodies of two words or more each closed by a body's head, no firm's word, a fixture's teams
            # ("İzmir Büyükşehir Belediyesi-Yenimahalle Belediyesi"; not "Devrimci Halk Kurtuluş Partisi-Cephesi",
            # "Mühendislik-Mimarlık Fakültesi")
            headed = all(
                " " in side.text and _body_head(strip_apostrophe_suffix(side.text.split()[-1]))
                for side in (left, right)
            )
            apart = spaced or headed
            return [left, right] if apart and not self._is_known(strip_apostrophe_suffix(span.text)) else [span]
        if span.type not in {"PER", "LOC"}:
            return [span]
        if span.type == "PER":
            two = all(len(side.text.split()) >= 2 or self._known_as(side.text, "PER") for side in (left, right))
            # a couple, the wife's given name first: "Zeynep-Ahmet Gülhan ile Aysel-Vecdet Eriş çifti"
            two = two or (
                " " not in left.text
                and self._is_given(left.text)
                and left.text not in _COMPOUND_OPENERS
                and " " in right.text
                and couple_after(text, span.end)
            )
            # "Dürüst-Tulun ikilisi": the surnames of two people the article names in full (``surnames``)
            two = two or all(fold(strip_apostrophe_suffix(side.text)) in surnames for side in (left, right))
            # "Davutoğlu-Fabius Paris'te buluşuyor": two surnames, no given name (not "Jean-Paul", "Ali-Rıza")
            two = two or all(
                " " not in side.text and len(side.text) >= 4 and not self._is_given(strip_apostrophe_suffix(side.text))
                for side in (left, right)
            )
            # (a place the lists know whole that the model read as a person: "Kabardey-Balkar parlamentosundaki")
            two = two and not self._is_known(strip_apostrophe_suffix(span.text))
        else:
            two = (
                not self._is_known(strip_apostrophe_suffix(span.text))
                and not self._is_known(span.text.replace("-", " "))
                and self._is_place(left.text)
                and self._is_place(strip_apostrophe_suffix(right.text))
            )
        return [left, right] if two else [span]

    def _without_post(self, text: str, span: Span) -> list[Span]:
        """A body's span naming a post before the duty's noun (``BBC Genel Müdürlüğü görevini``, ``Dışişleri
        Bakanlığı görevine``), as the golds read it: the body before the office's word when one is left (a body's
        head ends it, the lists know it, or a firm's word before a general directorate: ``BBC``, ``TBMM İçişleri
        Komisyonu``, ``Anadolu Sigorta``), else no name."""
        if _DUTY_AFTER.match(text, span.end) is None:
            return [span]
        office = _OFFICE.search(span.text)
        if office is None:
            return [span]
        body = span.part(0, office.start()) if office.start() > 0 else None
        last = body.text.split()[-1] if body is not None else ""
        # (a firm before its general directorate, "Anadolu Sigorta Genel Müdürlüğü"; not a department's words before
        # its own, "KOBİ Bankacılığı Pazarlama Müdürlüğü")
        firm = is_company_word(last) and office.group().lstrip().startswith("Genel")
        if body is not None and (_body_head(last) or firm or self._is_known(body.text)):
            return [replace(body, type="ORG")]
        return []

    def _chair_of_body(self, span: Span) -> list[Span]:
        """A body's span naming the chair of a body the lists know, no state's (``TÜSİAD Başkanlığını devreden``,
        ``Trabzonspor Başkanlığına aday``): an office, held by a person; the body, as written before it. A state
        body's chair is a body of its own (``TBMM Başkanlığı``, ``ÖSYM Başkanlığı``, as the golds list them), and so
        is a party's provincial chair (``CHP İstanbul İl Başkanlığı``). (The big clubs the gazetteer lists with no
        kind and no club's ending, ``Galatasaray Başkanlığına``, stay a gap.)"""
        chair = _CHAIR.search(span.text) if span.type == "ORG" else None
        if chair is None or chair.start() == 0:
            return [span]
        body = span.part(0, chair.start())
        name = canonical_name(body.text, "ORG")
        kinds = {e.kind for e in self.kb.entities(name) if e.type == "ORG"}
        if (not kinds & _CHAIRED_KINDS and not self._is_club(name)) or self._is_known(canonical_name(span.text, "ORG")):
            return [span]
        return [body]

    def _hyphen_pair(self, text: str, span: Span, left: Span, right: Span) -> EntityType | None:
        """The type two names a hyphen joins have whatever the model read: two clubs (``Palermo - Lazio``,
        ``Inter-Torino``: a match), two places before a route's noun (``Derecik-Aktütün arasında``); None else. Two
        places the lists know before a line's or a road's noun are places, a club's town or not (``Üsküdar-Beşiktaş
        seferleri``, ``Kadıköy-Beşiktaş vapurunda``: a ferry's), and before ``arasında`` outside a sports story."""
        route = ROUTE_AFTER.match(text, span.end) is not None
        right_name = strip_apostrophe_suffix(right.text)
        transport = route and (TRANSPORT_AFTER.match(text, span.end) is not None or not _sporting(text))
        if transport and self._is_place(left.text) and self._is_place(right_name):
            return "LOC"
        if self._is_club(left.text) or self._is_club(right_name):
            return "ORG"
        if (
            span.type != "PER"
            and route
            and not self._is_known(span.text)
            and not any(self._known_as(side.text, "PER") for side in (left, right))
        ):
            return "LOC"
        return None

    def _club_in_sport(self, text: str, span: Span, name: str) -> bool:
        """Whether a place's name is a club the gazetteer's bodies hold (``Beşiktaş``, ``Galatasaray``) or the knowledge
        base lists (``Benfica``, ``Getafe``, ``Barcelona``) and the article a sports story: the club, not the district
        or the town; not after its province (``İstanbul Beşiktaş'taki evinde``)."""
        gazetteer_club = self.gazetteer.organisation(name) is not None
        if not self._is_any_club(name) or not _sporting(text):
            return False  # (the cheap tests first)
        # a club only the knowledge base knows: not the town listed with a place ("çekimleri Barcelona ve İstanbul'da
        # yapılan"), nor one in a place's case with no club's word near ("Barcelona'dan Paris'e uçtu"; "Emerson'u
        # Benfica'dan alıyorsun" is the club's player)
        if not gazetteer_club:
            listed = _LISTED_WITH.match(text, span.end)
            after = listed.group("next") if listed is not None else ""
            with_a_place = bool(after) and (in_place_case(after) or self._is_place(after))
            if (with_a_place or in_place_case(span.text)) and not club_cue_near(text, span.start, span.end):
                return False  # ("Barcelona ve Valencia arasındaki karşılaşma": two clubs, a club's word near)
        before = previous_word(text, span.start)
        return not (before[:1].isupper() and self._is_place(before))

    def _two_clubs(self, text: str, span: Span) -> list[Span]:
        """A span of two clubs' names side by side before a match's noun or a derby's, no hyphen between
        (``Galatasaray Beşiktaş derbisi``, ``Barcelona Galatasaray maçı``, ``Galatasaray Schalke 04 karşısında``):
        the two sides; not a club's own words (``Manchester City``, ``Inter Milan``, ``Galatasaray Odeabank``: one
        side no club, or the lists know the whole)."""
        if " " not in span.text or _SIDES_MATCH_AFTER.match(text, span.end) is None:
            return [span]
        bare = strip_apostrophe_suffix(span.text)
        if self._is_known(bare):
            return [span]
        for space in (m.start() for m in re.finditer(" ", bare)):
            if self._is_any_club(bare[:space]) and self._is_any_club(bare[space + 1 :]):
                return [span.part(0, space, "ORG"), span.part(space + 1, len(span.text), "ORG")]
        return [span]

    def _bodies_of_a_kind(self, span: Span) -> bool:
        """Whether a body's span is a plural head with a case ending after words the corpora write in lower case as
        often (``Halk Eğitim Merkezlerinde``, ``Resmi ve Özel Hastanelerden``: bodies of a kind, no one body). Not when
        a word names something, mostly capitalised (``Enka Okullarında``, ``Silivri Ceza İnfaz Kurumlarında``,
        ``Kalkınma Ajanslarına``: Turkish writes a body's ending without an apostrophe), nor a kind whose plurals are
        chains' names (``Tarım Kredi Kooperatiflerine``, ``Doğa Kolejlerinde``, ``Halk Bankalarından``: no such
        head)."""
        if _PLURAL_BODY_HEAD.search(span.text) is None:
            return False
        return all(self.seldom_capitalised(word) for word in span.text.split()[:-1])

    def _club_town(self, name: str) -> bool:
        """Whether ``name`` (a case ending aside) is a foreign town, no country, that one club's name the knowledge
        base lists holds: ``Dortmund`` (Borussia Dortmund), ``Zaragoza`` (Real Zaragoza); not ``Madrid`` (two clubs),
        not ``Trabzon`` (a Turkish province's club is named otherwise: ``Trabzonspor``)."""
        bare = strip_apostrophe_suffix(name)
        place = self.gazetteer.place(bare) if " " not in bare else None
        return (
            place is not None
            and not place.is_country
            and place.country_code != "TR"
            and self.kb.club_of_word(bare) is not None
        )

    def _is_any_club(self, name: str) -> bool:
        """A club the gazetteer's bodies hold (the Turkish clubs: ``Galatasaray``, ``Beşiktaş``) or :meth:`_is_club`
        knows."""
        return self.gazetteer.organisation(name) is not None or self._is_club(name)

    def _is_club(self, name: str) -> bool:
        """A sports club the knowledge base lists (``Udinese``, ``AS Roma``) or a name ending like one
        (``Sivasspor``, ``Bursa Spor``, ``... FK``)."""
        return any(e.kind == "club" for e in self.kb.entities(name)) or is_club(name.rsplit(maxsplit=1)[-1])

    def _known_as(self, name: str, entity_type: str) -> bool:
        return self.kb.known_type(canonical_name(name, entity_type)) == entity_type

    def _split(self, text: str, span: Span) -> list[Span]:
        """Cut after every inner word that carries a case suffix: a name does not go on past its own suffix."""
        words = words_of(span.text)
        pieces: list[Span] = []
        first = 0
        cut = member = False
        member_cut = -1
        for i, word in enumerate(words[:-1]):
            token = word.group()
            if (
                has_suffix_apostrophe(token) and not token[:1].isdigit() and not _NUMBERED.fullmatch(token)
            ) or strip_org_case_ending(token) != token:
                pieces.append(span.part(words[first].start(), word.end()))
                first = i + 1
            elif token.endswith(",") and len(token) > 1 and self._ends_before_comma(span, words[first].start(), word):
                # "CHP, Hakimler ve Savcılar Yüksek Kurulu'na": a comma ends a name, two names of a list (not
                # "Bilim, Sanayi ve Teknoloji Bakanlığı": one name of a list of fields)
                pieces.append(span.part(words[first].start(), word.end() - 1))
                first = i + 1
            elif (
                i + 2 < len(words)
                and not is_ministry_department(text, span)
                and (
                    _splits_at_and(token, words[i + 1].group(), self._is_known)
                    or (span.type == "PER" and words[i + 1].group() in ("ve", "VE"))  # no one's name has a "ve"
                    or self._known_before_and(span, words, first, i)
                )
            ):
                # "El Şifa Hastanesi ve El-Ehli Baptist Hastanesi", "NUJ ve ...", "FACEBOOK VE MSN": two names
                pieces.append(span.part(words[first].start(), word.end()))
                first = i + 2
            elif i + 2 < len(words) and self._person_before_and(span, words, first, i):
                # "Melda Onur ve Ankara Barosu": a person's given name and surname, then a body
                pieces.append(replace(span.part(words[first].start(), word.end()), type="PER"))
                first = i + 2
            elif i > first and (
                (span.type == "LOC" and is_address_part(token)) or self._event_before_known(span, words, i)
            ):
                # "Kirazlı Mah. Cahit Sıtkı Tarancı caddesi": an address lists a quarter, then its street; "Boğazköy
                # Sfenksi Almanya'dan": a thing's or an event's name, then a place or a body the lists know
                pieces.append(span.part(words[first].start(), word.end()))
                first = i + 1
            elif (
                span.type != "PER"
                and i > first
                and i + 1 < len(words)
                and (token in POSSESSIVE_HEADS or self._titled_given_name(words, i))
            ):
                # "CGTN Muhabiri Noor Harazeen": a title inside a body's span; the name after it is a person's
                # (any title before a given name: "Garanti Yatırım Stratejisti Tufan Cömert")
                pieces.append(span.part(words[first].start(), word.end()))
                rest = span.part(words[i + 1].start(), words[-1].end())
                return [*pieces, replace(rest, type="PER")]
            elif i > first and _is_loose_word(token):
                # "Kilis olan Toroslar Elektrik Dağıtım AŞ": a verb or common noun inside ends the name before
                # it; what came before stays only when it is a known name on its own
                before = span.part(words[first].start(), words[i - 1].end())
                if self._is_place(before.text):
                    pieces.append(replace(before, type="LOC"))  # "Kilis olan ...": the list's place
                elif self._is_known(before.text):
                    pieces.append(before)
                # "Real Madridli yıldız Vinicius": a club's or a party's member, its noun, then the person
                member = self._is_member_word(words[first:i])
                member_cut = i + 1
                if token in _TITLE_CASE_POSTPOSITIONS:
                    return pieces  # "Gana Arasında Turizm Alanında ...": what follows is an agreement's subject
                first, cut = i + 1, True
        if not pieces and not cut:
            return [span]
        rest = span.part(words[first].start(), words[-1].end())
        person = member and member_cut == first and head_type(words[-1].group()) is None  # (the last cut's member)
        pieces.append(replace(rest, type="PER") if person else rest)
        # A month or weekday before the cut was a date ("Haziran'da Şucaiya Mahallesi"), not a name.
        return [p for p in pieces if turkish_lower(strip_apostrophe_suffix(p.text)) not in MONTHS_AND_DAYS]

    def _event_before_known(self, span: Span, words: Sequence[re.Match[str]], i: int) -> bool:
        """Whether ``words[i]`` heads an event's or a thing's name (:func:`is_event_head`) and the rest of the span is
        a name the lists know: two names glued (``Boğazköy Sfenksi Almanya'dan``, ``Kurban Bayramı Ankara'da``)."""
        return is_event_head(words[i].group()) and self._is_known(
            canonical_name(span.text[words[i + 1].start() :], span.type)
        )

    def _members(self, span: Span) -> bool:
        """Whether a span names a group by the plural -li form (``Galatasaraylılar``, ``Suriyeliler``, ``AK
        Partililer``, ``New Yorklular``): alone, or after the body or place it is formed on; a club's name in the
        plural (``TED Ankara Kolejliler``) and a surname (``Hakan Meriçliler``) stay."""
        return self._group(span.text)

    def _group(self, name: str) -> bool:
        """Whether ``name`` is a group's by the plural -li form (see :meth:`_members`)."""
        match = _MEMBERS.match(name)
        if match is None:
            return False
        body = match.group("body")
        return " " not in name or self._is_known(body) or self._is_town(body)

    def _titled_given_name(self, words: Sequence[re.Match[str]], i: int) -> bool:
        """Whether ``words[i]`` is a title, a given name follows and no head word ends the span: a person after a
        body (``Garanti Yatırım Stratejisti Tufan Cömert``), not a body named after a titled person (``Fatih Sultan
        Mehmet Eğitim ve Araştırma Hastanesi``, ``Şehit Uzman Çavuş Mete Saraç Kışlası``)."""
        return (
            is_title(words[i].group())
            and not self.kb.is_given_name(words[i].group())  # "Fatih Sultan Mehmet Mah."
            and not any(w.group() == "Şehit" for w in words[:i])  # "Şehit Uzman Çavuş Mete Saraç Kışlası"
            and self.kb.is_given_name(words[i + 1].group())
            and head_type(strip_apostrophe_suffix(words[-1].group())) is None
            and not is_venue([w.group() for w in words])
        )

    def _person_before_and(self, span: Span, words: Sequence[re.Match[str]], first: int, i: int) -> bool:
        """Whether a body's or place's span opens, at ``first``, with a given name and a surname that a ``ve`` ends
        (``Melda Onur ve Ankara Barosu``, ``Ayşe Uluerer ve Bodrum Hayvan Hakları Derneği``): two names, the first a
        person's. Not a firm of a man and his sons or partners (``Ali Rıza ve Oğulları``), nor a name known whole."""
        if span.type == "PER" or i != first + 1 or words[i + 1].group() != "ve":
            return False
        given, surname = words[first].group(), words[i].group()
        # "Kartal Eğitim ve Araştırma Hastanesi": two common nouns a "ve" joins before one head ("Araştırma
        # Hastanesi" is no body of its own), not a person and a body
        common_pair = (
            i + 3 == len(words) - 1
            and head_type(words[-1].group()) is not None
            and self.habit(surname) != "always"
            and self.habit(words[i + 2].group()) != "always"
        )
        return (
            not common_pair
            and surname[:1].isupper()
            and words[i + 2].group() not in _FIRM_KIN
            and self.kb.is_given_name(given)
            and head_type(surname) is None
            and not is_title(surname)
            and not self._is_word_or_other_name(surname)
            and not self._is_known(canonical_name(span.text, span.type))
        )

    def _person_first(self, span: Span, surnames: frozenset[str], alone: frozenset[str] = frozenset()) -> list[Span]:
        """A person the article names elsewhere, glued before a body or place of two words or more (``Doğukan
        Bozkuş Karşıyaka Devlet Hastanesi'ne``, ``Ahmet Bulut TRT Spor``, ``Carine Felizardo Times Meydanı'nda`` ...
        ``Felizardo``: ``alone``, the names of one word read as persons): the person, then the name."""
        if span.type == "PER" and " " in span.text.strip() and (where := self._place_after_person(span)):
            return where
        if span.text.count(" ") == 1 and (club := self._surname_then_body(span, surnames)):
            return club
        if not (surnames or alone) or span.text.count(" ") < 3:
            return [span]  # the cheap test first: most spans are shorter
        words = words_of(span.text)
        if len(words) < 4 or not self._glued_person(span, [w.group() for w in words], surnames, alone):
            return [span]
        return [
            replace(span.part(words[0].start(), words[1].end()), type="PER"),
            span.part(words[2].start(), words[-1].end()),
        ]

    def _surname_then_body(self, span: Span, surnames: frozenset[str]) -> list[Span]:
        """A headline's surname of a person the article names in full, glued to a body the lists know by one word
        (``Crawford Clippers'ı taşıdı`` after ``Jamal Crawford``): the person, then the body; empty when the span is
        no such pair or a name the lists know whole (``Ford Otosan``)."""
        first, rest = span.text.split(" ", 1)
        if (
            fold(first) not in surnames
            or self.kb.known_type(strip_apostrophe_suffix(rest)) != "ORG"
            or self._is_known(strip_apostrophe_suffix(span.text))
        ):
            return []
        return [span.part(0, len(first), "PER"), span.part(len(first) + 1, len(span.text), "ORG")]

    def _place_after_person(self, span: Span) -> list[Span]:
        """A person's name of two words or more and a place the person goes to, is in or comes from (``Ramazan Karsu
        İmralı'ya gitmek üzere``): the person, then the place; empty when the span is no such pair. A person the
        lists know by one word too, the place in the genitive as well (``Atatürk Selanik'in evladıdır``)."""
        words = words_of(span.text)
        last = words[-1].group()
        stem = strip_apostrophe_suffix(last)
        if len(words) == 2:
            known = self.kb.known_type(words[0].group()) == "PER" and not self.kb.is_any_given_name(words[0].group())
            if not known or stem == last or not (in_place_case(last) or in_genitive(last)) or not self._is_place(stem):
                return []
        elif stem == last or last[len(stem) + 1 :] not in PLACE_CASES or not self._is_place(stem):
            return []
        if self.kb.is_any_given_name(stem) or self.kb.known_type(canonical_name(span.text, "PER")) == "PER":
            return []
        return [span.part(0, words[-2].end()), replace(span.part(words[-1].start(), words[-1].end()), type="LOC")]

    def _glued_person(self, span: Span, words: list[str], surnames: frozenset[str], alone: frozenset[str]) -> bool:
        """Whether the span's first two words are a given name and a surname the article's other person spans end
        with (folded, in ``surnames``), or one it writes alone as a person's (``alone``, no given name; the given
        name then of either list: ``Carine Felizardo``), and the rest a name of its own: a body named after a person
        keeps its name (``Bülent Ecevit Üniversitesi``: one word after the name; ``Necmettin Erbakan Kongre
        Merkezi``: a common noun after it), and so does a name the lists know whole."""
        if span.type == "PER" and head_type(strip_org_case_ending(strip_apostrophe_suffix(words[-1]))) is None:
            return False  # a person's span grown to a head word it is not yet typed by
        given, surname, after = words[0], words[1], words[2]
        lone = fold(surname) in alone and not self.kb.is_any_given_name(surname)
        return (
            (fold(surname) in surnames or lone)
            and after[:1].isupper()
            and (self.kb.is_given_name(given) or (lone and self.kb.is_any_given_name(given)))
            # (a head word opening the rest only where the lists know the rest whole: "Times Meydanı")
            and (head_type(after) is None or (lone and self._is_known(canonical_name(" ".join(words[2:]), "LOC"))))
            and not is_title(after)
            and fold(strip_apostrophe_suffix(after)) not in surnames
            and not self._is_known(canonical_name(span.text, span.type))
            and self.kb.known_type(" ".join(words[:3])) != "PER"
            and any(self._names_alone(strip_apostrophe_suffix(" ".join(words[2:k]))) for k in (3, 4))
        )

    def _names_alone(self, name: str) -> bool:
        """Whether ``name`` is a name on its own: an acronym, a place, or a body the lists know by that very name
        (not a word that is only another name's alias)."""
        if len(name) > 1 and name.isupper():
            return True
        return self.gazetteer.place(name) is not None or self.kb.known_type(name) == "LOC" or self._recalled_as(name)

    def _recalled_as(self, name: str) -> bool:
        """Whether recall would add ``name`` alone, as itself (not a word that is only another name's alias)."""
        entity = self.kb.recall_entity(turkish_lower(name))
        return entity is not None and fold(entity.name) == fold(name)

    def _ends_before_comma(self, span: Span, start: int, word: re.Match[str]) -> bool:
        """Whether the words from ``start`` up to ``word``'s comma are a name of their own: one the lists know
        (``CHP``, ``Katar``) or one a head word ends (``Batman Valiliği``), in a span the lists do not know whole."""
        left = span.text[start : word.end() - 1]
        if self._is_known(canonical_name(span.text, span.type)):
            return False
        last = strip_apostrophe_suffix(left.rsplit(maxsplit=1)[-1])
        if is_company_word(last) and " " not in left:
            return (
                False  # "Gıda, Tarım ve Hayvancılık İl Müdürlüğü": a sector's word ends a name after a word of its own
            )
        return self._is_known(left) or head_type(last) is not None

    def _known_before_and(self, span: Span, words: Sequence[re.Match[str]], first: int, i: int) -> bool:
        """Whether the words up to ``i`` are a name known alone and a ``ve`` follows, in a span no list knows whole:
        ``Akbank ve İş Bankası`` is two banks (``Trinidad ve Tobago`` is one country); an alias of two words or more
        too, before a body a head closes (``Türk Kızılayı ve Türkiye Diyanet Vakfı``; not ``ENKA İnşaat ve Sanayi
        A.Ş.``, one firm's trade words)."""
        if words[i + 1].group() != "ve":
            return False
        left = span.text[words[first].start() : words[i].end()]
        last = strip_apostrophe_suffix(words[-1].group())
        headed = head_type(last) == "ORG" and not is_company_word(last) and last not in LEGAL_FORMS
        alias = headed and i > first and self.kb.recall_entity(turkish_lower(left)) is not None
        alone = alias or self._recalled_as(left) or self._is_place(left)
        return alone and not self._is_known(canonical_name(span.text, span.type))

    def _as_written(self, span: Span) -> bool | None:
        """True to keep a span whole and untrimmed, False to drop it, None when trimming decides."""
        if span.type == "LOC" and is_numbered_street(span.text):
            return True  # "36 Sokak": the number is the name
        if "." in span.text and _SCRIPT.search(span.text):
            return False  # "Paging.create": a page's script, no name
        if _SUPERLATIVE.match(span.text) or span.text.startswith("EN İYİ "):
            return False  # "En İyi Sigorta", "En İyi Yönetmen": a prize's category, no name
        if span.type == "ORG" and " " not in span.text and _WEB_SITE.match(span.text):
            # "turkiyef1.com'un": a site cited as a source, in lower case as its address is written (not
            # "twitter.com" of an address line)
            return span.text[:1].isupper() or has_suffix_apostrophe(span.text) or None
        if span.type == "ORG" and span.text.islower() and " " not in span.text.strip():
            name = turkish_lower(canonical_name(span.text, "ORG"))
            entity = self.kb.recall_entity(name)
            if (entity is not None and entity.type == "ORG") or name in PLATFORMS:
                return True  # "twitter hesabından": a curated company's name that is no ordinary word, in lower case
        return None

    def _trim(
        self, text: str, span: Span, bodies: frozenset[str] = frozenset(), full_names: frozenset[str] = frozenset()
    ) -> Span | None:
        """Drop leading demonyms and titles; None when nothing name-like is left. ``bodies`` are the article's
        organisations, ``full_names`` the surnames of its people named in full (folded)."""
        whole = self._as_written(span)
        if whole is not None:
            return span if whole else None
        span = _without_epithet(text, span, lambda name: self.kb.known_type(name) == "PER")
        words = words_of(span.text)
        # "New Yorklu Twitter kullanıcıları": a place's -li form, no name; "Bayern Münihli" alone none either
        first = len(words) if self._member_phrase(text, span, words) else self._place_member(words)
        known = self.kb.known_type(canonical_name(span.text, span.type)) is not None  # "Türk Hava Yolları"
        while first < len(words) and self._not_part_of_name(
            words[first].group(), last=first == len(words) - 1, bodies=bodies
        ):
            if first < len(words) - 1 and (
                known or is_administrative_word(words[first + 1].group()) or self._members_body(span, words, first)
            ):
                break  # (and "Selçuklu İlçesi'nde": a town's name that ends like a nationality word)
            first += 1
        if first == len(words):
            return None
        if (span.type == "PER" and self._said_of_person(words, first)) or (
            not known and self._nationality_of_known_body(span, words, first, text)
        ):
            first += 1  # "Şii İyad Allavi", "Amerikan Associated Press": said of the person or body named after it
        if not known:
            span, first = self._person_start(span, words, first, full_names)
        if not known and self._opens_with_a_common_word(text, span, words, first):
            first += 1  # "Sonrasında Yıldız Holding", "Geceyi İncirlik Üssü'nde": a common word opening the sentence
        if _opening_word_said_of(span, words, first) or self._month_before_name(text, span, words, first):
            first += 1  # "Başkent Kahire", "Koç Şebnem Ergül": the capital, the coach; "Mayıs Moldova": a date's month
        last = self._name_end(text, span, words, first)
        trimmed = span if (first, last) == (0, len(words) - 1) else span.part(words[first].start(), words[last].end())
        if first > 0 and trimmed.type != "PER" and self._member_of_known_body(words[first - 1].group(), bodies):
            trimmed = replace(trimmed, type="PER")  # "Galatasaraylı Nordin Amrabat": a member is a person
        if (addressed := self._addressed_person(text, trimmed)) is not None:
            return addressed
        name = canonical_name(trimmed.text, trimmed.type)
        if not any(c.isalpha() for c in name) or _date_or_clock(text, trimmed) or _army(text, trimmed):
            return None  # "1996": a number is no name; nor "1 Temmuz'dan", "Saat 03.30", "Ordu sözcüsü"
        if _plate(text, trimmed) or name.endswith(" Sorumlu"):
            # "57 AB 573 plakalı": a plate's letters, not Avrupa Birliği; "Yeni Stadyum Projesinden Sorumlu (Başkan
            # Yardımcısı)": what an officer is in charge of, a title's words
            return None
        return None if self._names_nothing(text, trimmed, name) else trimmed

    def _addressed_person(self, text: str, span: Span) -> Span | None:
        """The person a form of address says ``span`` is, or None: the span without the form (``Ayşe Hanım``,
        ``Ahmet Bey'e``), or a name the model left the form out of (``Ensar Bey'in arkadaşı``) as a person, however
        unsure the model was."""
        addressed = without_address_form(span)
        if addressed is not None and not self._not_a_person_name(canonical_name(addressed.text, "PER")):
            return addressed
        if span.type != "PER" and self._addressed(text, span):
            return replace(span, type="PER", confidence=max(span.confidence, MIN_PERSON_CONFIDENCE))
        return None

    def _addressed(self, text: str, span: Span) -> bool:
        """Whether a name of one or two words, no ending on it, comes right before ``Bey`` or ``Hanım`` written
        capitalised (``Ensar Bey'in``, ``Aydın Hanım'a``; :data:`_ADDRESS_AFTER`): a person, whatever the model typed,
        unless the lists know the name as a body or a place and its first word is no given name (``Çankaya Bey`` is
        nobody's)."""
        if not text.startswith((" Bey", " Hanım"), span.end) or len(span.text.split()) > 2:
            return False  # the cheap test first: most names stand before no form of address
        if not _ADDRESS_AFTER.match(turkish_lower(next_word(text, span.end))) or has_suffix_apostrophe(span.text):
            return False
        name = canonical_name(span.text, span.type)
        return self.kb.known_type(name) is None or self.kb.is_any_given_name(name.split()[0])

    def _name_end(self, text: str, span: Span, words: Sequence[re.Match[str]], first: int) -> int:
        """The index of the span's last word of name: no lower-case word after a name (``New York Times gazetesi``,
        ``Gani Müjde imzalı``), no amount's number (``Garanti Emeklilik ve Hayat 631 bin kişiyle``)."""
        last = len(words) - 1
        while last > first and words[last].group().islower() and self._ends_no_name(words[last].group()):
            last -= 1
        after = next_word(text, span.end)
        amount = _NUMBER.fullmatch(words[last].group()) is not None and after in _AMOUNTS
        # "Selahattin Demirtaş Salı günü", "Thomas Straumann Ekim ayında": a weekday or a month after a person's name
        # dates what follows
        day = span.type == "PER" and is_date_word(words[last].group(), after)
        # "OMÜ 3'üncü Medya Ödülleri": an ordinal after a name counts what comes next, no word of the name (not a
        # numbered office's, "Nazilli 3'üncü Asliye Ceza Mahkemesi", nor a street's, "Damat Şükrü 5'inci sokakta")
        ordinal = _ORDINAL.fullmatch(words[last].group()) is not None and self._counts_next(text, span.end)
        if last == len(words) - 1 > first and (amount or day or ordinal):
            last -= 1
        # "Milletvekili Enver Yılmaz Şu an ...", "Altan Tan Bu tip ...": a transcript that lost the colon after the
        # speaker, his first word glued to his name (a pronoun, a number, a title; never a surname)
        if span.type == "PER" and last - first >= _SPEAKER_WORDS and words[last].group() in SPEECH_OPENERS:
            last -= 1
        return self._person_end(words, first, last) if span.type == "PER" else last

    @staticmethod
    def _counts_next(text: str, end: int) -> bool:
        """Whether an ordinal ending a span at ``end`` counts what the capitalised words after it name (``OMÜ
        3'üncü Medya Ödülleri``, the third awards), not a body's or a place's name of its own a head closes, the
        number part of it (``Nazilli 3'üncü Asliye Ceza Mahkemesi``, ``Milas 75'inci Yıl Devlet Hastanesi``); nor
        a lower-case word after it (``Damat Şükrü 5'inci sokakta``, a street)."""
        run = _RUN_AFTER.match(text, end)
        # (any head: "Nazilli 3'üncü Asliye Ceza Mahkemesi Hakimi Mehmet Demir", the title and the judge after it)
        # ("Medya" of "3'üncü Medya Ödülleri" a firm's word, no body's head)
        words = [strip_apostrophe_suffix(w) for w in run.group("run").split()] if run is not None else []
        return bool(words) and not any(head_type(w) is not None and not is_company_word(w) for w in words)

    def _place_member(self, words: Sequence[re.Match[str]]) -> int:
        """How many leading words are the -li form of a known place of two or three words (``New Yorklu``, ``Hong
        Konglu``), a nationality as ``Ankaralı`` is; 0 if none."""
        for j in range(1, min(3, len(words))):
            word = words[j].group()
            li = _LI_FORM.search(turkish_lower(word))
            if li is not None and li.start() > 1 and "'" not in word and "’" not in word:
                place = " ".join([*(w.group() for w in words[:j]), word[: li.start()]])
                if self.gazetteer.place(place) is not None:  # (a place of two words or more is no accident)
                    return j + 1
        return 0

    def _nationality_of_known_body(self, span: Span, words: Sequence[re.Match[str]], first: int, text: str) -> bool:
        """Whether ``words[first]`` is a nationality word before a paper, a company or a club the knowledge base
        knows by the rest of the span (``Amerikan Associated Press``, ``Alman Bild``); a body known by the whole span
        keeps it (``Türk Telekom``: the caller asks only when it is not), and a state's or a party's bodies keep it
        too: the word says which country's they are (``Rus Dışişleri Bakanlığı``, ``Hıristiyan Demokrat Parti``).
        So is one before a body the lists do not know that a body's noun in ``text`` names, of two words at most, no
        head word, not only common words and no name or thing the lists know (``Fransız Le Figaro gazetesi``; not
        ``Türk Dili dergisi``, nor ``Japon Nikkei gazetesi``: the lists' Nikkei is the index)."""
        rest = span.text[words[first + 1].start() :] if first < len(words) - 1 else ""
        if span.type != "ORG" or not rest or not self.kb.is_demonym(words[first].group()):
            return False
        known = self.kb.entity(canonical_name(rest, "ORG"), "ORG")
        if known is not None:
            return known.kind in _BRAND_KINDS
        return (
            kind_after(next_word(text, span.end)) == "ORG"
            and not has_suffix_apostrophe(span.text)
            and rest.count(" ") < _BODY_AFTER_NATIONALITY
            and head_type(rest.rsplit(maxsplit=1)[-1]) is None
            and not self._common_words_only(rest)
            and not self._is_known(rest)  # "Türk Dili dergisi": not Dili, Timor's capital
            and self.kb.not_name(rest) is None  # "Japon Nikkei gazetesi": the paper, not the index, is meant
        )

    def _month_before_name(self, text: str, span: Span, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether ``words[first]`` is a month, bare, opening a body's or a place's span after a date's word (a year
        too) and before a place's name or a name the lists know: the date's month, no word of the name
        (``geçtiğimiz Mayıs Moldova Havalimanında yakalanan``, ``geçen Mart Türk Telekom'a``, ``2012 Mayıs Moldova``;
        not ``Mayıs Ankara Platformu``, a name after a month, nor ``Kadıköy'den geçen Haziran Hareketi``, a verb's
        ``geçen``)."""
        if span.type == "PER" or first >= len(words) - 1 or turkish_lower(words[first].group()) not in MONTHS:
            return False
        at = span.start + words[first].start()
        if _DATE_WORD_BEFORE.search(text, max(0, at - 24), at) is None:
            return False
        following, rest = words[first + 1].group(), span.text[words[first + 1].start() :]
        return self._is_known(strip_apostrophe_suffix(following)) or self._is_known(strip_apostrophe_suffix(rest))

    @staticmethod
    def _members_body(span: Span, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether ``words[first]``, a plural -li word, names the members of the body the span's head closes:
        ``Afrikalılar Dayanışma Derneği``, ``Sivaslılar Vakfı`` (no one's nationality there)."""
        return (
            span.type != "PER"
            and _PLURAL_LI.search(words[first].group()) is not None
            and head_type(words[-1].group()) == "ORG"
        )

    def _said_of_person(self, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether ``words[first]`` is a sect's or people's word said of the person named after it (``Şii İyad
        Allavi``, ``Sünni Tarık Haşimi``): a word the lists hold as such, no -li form (``_trim`` drops those), no given
        name (``Oğuz Murat Yılmaz``), two words of name after it and no body's head ending them (``Turkish Cultural
        Foundation``)."""
        word = words[first].group()
        return (
            first < len(words) - 2
            and self.kb.is_demonym(word)
            and not _LI_FORM.search(word)
            and not self._is_given(word)
            and head_type(words[-1].group()) is None
            and not is_company_word(words[-1].group())
        )

    def _model(self, name: str) -> bool:
        """Whether ``name`` is a product's model: two words or more, the last a model's code or a Roman numeral
        (``Samsung Galaxy S4``, ``BlackBerry Z10``, ``Intel Atom S1200``, ``Assassin's Creed III``), no head word in
        it and no given name first (``Elizabeth II``, ``Louis XIV`` are kings)."""
        words = name.split()
        return (
            len(words) > 1
            and _MODEL_CODE.fullmatch(words[-1]) is not None
            and not self.kb.is_any_given_name(words[0])
            and not any(head_type(w) for w in words)
            and self.kb.known_type(name) is None
        )

    def _in_hyphenated_thing(self, text: str, span: Span) -> bool:
        """Whether ``span`` is the last part of a hyphenated word that names a thing (``Off`` of ``Play-Off'ta``,
        ``Star`` of ``All-Star``)."""
        before = _HYPHENATED_START.search(text, max(0, span.start - 20), span.start)
        return before is not None and is_thing(before.group() + strip_apostrophe_suffix(span.text), self.kb)

    def _names_nothing(self, text: str, span: Span, name: str) -> bool:
        """A thing (not an agency's credit line), a unit after a number, a title alone or in the plural (``Maliye ve
        Enerji Bakanları``), bodies of a kind (:meth:`_bodies_of_a_kind`), a form of address alone (``Hocaya``), a
        verb capitalised by its sentence (``Özlemişim``, ``Rüyadayız``, ``Üretirseniz``, ``DERİNLEŞTİ``: no name ends
        so), or an abstract noun's possessive no list knows (``Şahitliği``)."""
        if (
            (is_thing(name, self.kb) and not _credit_line(text, span))
            or is_unit(text, span)
            or _lone_letter(name)
            or self._crosshead_verb(span, name)
            or _credit_rating(text, span)
            or (span.type == "ORG" and self._bodies_of_a_kind(span))
            # "Hoca, maçtan sonra ...", "Hocaya teşekkür etti" read as a person alone: a form of address, no one's name
            or (
                span.type == "PER" and " " not in span.text and ADDRESS_FORM.match(turkish_lower(span.text)) is not None
            )
            or is_plural_title(strip_apostrophe_suffix(span.text.split()[-1]))  # "Maliye ve Enerji Bakanları"
            or self._model(name)
            or self._in_hyphenated_thing(text, span)
            or self._language(name)
            or _place_compound(text, span, name)
            # "Kimya Nobeli", "İsveç Kronu": a prize, a currency
            or (" " in name and name.rsplit(" ", 1)[1] in _NO_NAME_HEADS)
            # "ISO 50001 sertifikası": a standard, not the body (nor İSO, the chamber)
            or (name == "ISO" and _STANDARD_NUMBER.match(text, span.end) is not None)
            # "Mali İşlerden Sorumlu", "Mali Müşavir": the adjective (financial), not the country
            or (span.text == "Mali" and _FINANCIAL_AFTER.match(text, span.end) is not None)
            # "Yunan bankası": a nationality word alone, the noun after it cut off (not a person's surname alone:
            # "Muhtar Yörük" of Ahmet Yörük)
            or (
                span.type != "PER"
                and " " not in span.text.strip()
                and self.is_demonym(name)
                and self.kb.known_type(name) is None
            )
            # ("Ege Denizi'nin Kuzey ve Orta kesiminde": two sides of the sea, listed)
            or (set(name.split()) - {"ve"} <= COMPASS_WORDS and _COMPASS_AFTER.match(text, span.end) is not None)
            or _side_of(text, span)
            # (of two words at most: "Mesih İçin Yahudiler" is a body's name)
            or (
                name.count(" ") < _FAITHFUL_WORDS
                and _FAITHFUL.fullmatch(name.rsplit(" ", 1)[-1]) is not None
                and self.kb.known_type(name) is None
            )
            or (span.text.isupper() and " BİR " in f" {span.text} ")
            or self._opening_word(text, span, name)
            or (_ABSTRACT_POSSESSIVE.fullmatch(name) is not None and self.kb.known_type(name) is None)
        ):
            return True
        if span.type != "PER":
            # "Erciyes Üniversitesi (ERÜ) Tıp Fakültesi": the university's unit, unnamed on its own
            before = text[max(0, span.start - 40) : span.start]
            # ("... (DÜ) Tıp Fakültesi Psikiyatri Anabilim Dalı": the faculty's department too)
            if "Fakültesi" in name.split()[:3] and _UNIVERSITY_ACRONYM_BEFORE.search(before):
                return True
            # "Yönetim Kurulu", "Bakanlığı" alone: a function or a head word names no body
            if (is_generic_body(name) or is_bare_head(name)) and self.kb.known_type(name) is None:
                return True
            # "Türk Sineması", "Katalan Sineması": a nation's cinema or letters, an art, no venue or body; "Rus
            # Kulübü Lokomotiv Moskova", "Çin takımı": a club described by its country, no name of its own
            words = name.split()
            described = len(words) == 2 and words[1] in _DESCRIBED_TEAMS
            return (described or (len(words) > 1 and words[-1] in _NATIONAL_ARTS)) and self.is_demonym(words[-2])
        if " " in name:
            # "Rüzgar Tersine Mi Dönüyor", "Ömür Boyu Ceza Versinler": a title-cased headline's words, no name
            # ("Halil Kurtuldu" as written is a surname: a verb ends a name only in capitals, above)
            words = name.split()
            return len(words) > 2 and any(w in HEADLINE_WORDS for w in words[1:])
        # "Başbakan açıkladı": a title alone names an office, no person (not "Sultan", "Emir": given names too)
        title = name in STANDALONE_HEADS and not self.kb.is_given_name(name) and name not in NAME_TITLES
        return title or _FINITE_VERB.search(turkish_lower(name)) is not None

    def _language(self, name: str) -> bool:
        """Whether ``name`` is a language, a people's word with ``-ce``, ``-ca``, ``-çe`` or ``-ça`` (``Grekçe``,
        ``Çingenece``, ``İngilizce``); not a given name so ending (``Gökçe``, ``Ayça``: no people's word before it)."""
        if not name.endswith(("ce", "ca", "çe", "ça")):
            return False  # the cheap test first
        language = _LANGUAGE.fullmatch(name)
        return language is not None and self.kb.is_demonym(language.group(1))

    def _opening_word(self, text: str, span: Span, name: str) -> bool:
        """Whether one word its sentence capitalised, a lower-case word after it, is a verb's ``-ken`` form
        (``Öksürürken ağzınızı kapatın``, ``Giderken``): no name ends so (but a given name: ``Berken``)."""
        if " " in name or name != span.text or _CONVERB.search(name) is None or not opens_sentence(text, span.start):
            return False
        if _LOWER_WORD_AFTER.match(text, span.end) is None or self.kb.is_any_given_name(name):
            return False
        return self.kb.known_type(name) is None

    def _crosshead_verb(self, span: Span, name: str) -> bool:
        """Whether a span in capitals ends in a verb or a common word: a crosshead's words (``1 YAŞINDAKİ ALPEREN
        KORKUTTU``, ``TRAFİK KİLİTLENDİ``, ``ADAYINDAN DESTEK``), no name. Not in mixed case, where such a word is a
        surname (``Halil Kurtuldu``), but for a light verb (``Akın Etti``)."""
        if " " not in name:
            return False
        last = strip_apostrophe_suffix(name.rsplit(maxsplit=1)[-1])
        if is_light_verb(last):
            return True  # "Akın Etti", "KİM OLACAK": no surname is a light verb
        if not span.text.isupper():
            return False
        if self.habit(last) in ("always", "mostly"):
            return False  # not "PARTİ", "İDMANYURDU"
        # ... or common words only, each seldom capitalised by the corpora and no name the lists know or given name
        # ("ADAYINDAN DESTEK", "ÖZEL YAPIM", "BÖBREĞİNİ VERDİ"; not "TRT REFORM", "AHMET ÖZEL", "KAYA DEMİR")
        return self._is_tensed_verb(last) or (
            head_type(last) is None and all(self._common_in_capitals(w, seldom=True) for w in name.split())
        )

    def _common_in_capitals(self, word: str, *, seldom: bool = False) -> bool:
        """Whether ``word`` is a common word the corpora rarely capitalise (``seldom``: or only sometimes), no name the
        lists know and no given name: in a line in capitals, a crosshead's word (``DESTEK``, ``REFORM``)."""
        habits = ("rarely", "mixed") if seldom else ("rarely",)
        return (
            self.habit(word) in habits
            and self.kb.known_type(strip_apostrophe_suffix(word)) is None
            and not self.kb.is_any_given_name(word)
        )

    def _is_tensed_verb(self, word: str) -> bool:
        """Whether ``word`` ends as a tensed verb and is no name the lists know (``Hamdi``, ``Ferdi``) nor a name
        "God gave" (``Tanrıverdi``, ``Tanrıvermiş``)."""
        lower = turkish_lower(strip_apostrophe_suffix(word))
        if _TENSED_VERB.search(lower) is None or lower.endswith(("verdi", "vermiş")):
            return False
        return not (self.kb.is_any_given_name(word) or self.kb.known_type(word) is not None)

    def _person_start(
        self, span: Span, words: Sequence[re.Match[str]], first: int, full_names: frozenset[str] = frozenset()
    ) -> tuple[Span, int]:
        """The span, made a person's where a rank opens it, and where the person's name starts: after a title
        (``Lord McAlpine’ın``, read as a body: a foreign honorific opens a person's name whatever the model said, but
        not a place's or a body's named after the titled person, ``Madam Tussauds Müzesi``), or a rank (``Yüzbaşı
        Royal Reff``, read as a body)."""
        if (
            first + 2 < len(words)
            and self._member_of_two_word_body(words, first)
            and (span.type == "PER" or self.kb.is_given_name(words[first + 2].group()))
        ):
            # "AK Partili Karayel": a member of a body of two words the knowledge base knows; "Eintracht
            # Frankfurtlu Sebastian Rode", read as a body: a club's member before a given name is a person
            return self._person_start(replace(span, type="PER"), words, first + 2, full_names)
        titled = words[first].group() in _FOREIGN_TITLES
        # (not a place or a body named after a titled person: "Madam Tussauds Müzesi", "Lord Byron Caddesi")
        if span.type == "PER" or (titled and head_type(strip_apostrophe_suffix(words[-1].group())) is None):
            return span, self._at_given_name(words, self._after_title(words, first, full_names))
        if self._ranked_person(words, first):
            return replace(span, type="PER"), first + 1
        if span.type == "ORG" and (name := self._after_office(words, first)) is not None:
            # (a place's span keeps its title: "Şehit Kamil", "Vali Kemal Yazıcıoğlu Tesisi'nde" are named after them)
            return replace(span, type="PER"), name
        return span, first

    def _after_office(self, words: Sequence[re.Match[str]], first: int) -> int | None:
        """The first word of a person's name after an office's title inside a body's span (``Milletvekili Roman
        Khudyakov``, ``Veteriner Hekim Tercan Metin``; the caller asks of bodies' spans only), or None: a title the
        lists hold as no given name, the words before it none the lists know (not ``Kars Milletvekili ...``, the
        town's), one to three capitalised words after it, two or a given name first, the last no common word, no head
        word, no title and no known body or place among them, no word after the first the corpora write in lower
        case; a title that is a surname too only before two words, no given name before it; no ruler's title
        (:meth:`_ranked_person` decides) nor a memorial one (``Şehit``)."""
        for k in range(first, len(words) - 1):
            title = words[k].group()
            if (
                title not in STANDALONE_HEADS
                or title in RULERS  # (see _ranked_person)
                or title in _MEMORIAL_TITLES
                or self.kb.is_any_given_name(title)
            ):
                continue
            rest = [w.group() for w in words[k + 1 :]]
            if title in SURNAME_TITLES and (len(rest) < 2 or (k > first and self._is_given(words[k - 1].group()))):
                return None  # "Cem Hekim ...": a surname's word
            before = " ".join(w.group() for w in words[first:k])
            if (
                len(rest) <= _MAX_NAME_AFTER_OFFICE
                and (self.kb.is_any_given_name(rest[0]) or len(rest) > 1)
                and self.habit(rest[-1]) not in ("rarely", "mixed")
                and not any(self.habit(w) == "rarely" for w in rest[1:])  # not "... Ekonomik Şehri"
                and all(w[:1].isupper() for w in rest)
                and not any(head_type(strip_apostrophe_suffix(w)) is not None or is_title(w) for w in rest)
                and _PLURAL_POSSESSED.search(strip_apostrophe_suffix(rest[-1])) is None  # "... Tesisleri": a place
                and not (before and self._is_known(before))
                and not self._not_a_person_name(canonical_name(" ".join(rest), "PER"))
            ):
                return k + 1
            return None
        return None

    @staticmethod
    def _person_end(words: Sequence[re.Match[str]], first: int, last: int) -> int:
        """The last word of a person's name in ``words[first : last + 1]``: a number after the name counts something
        else (``Chaney 50'den fazla ünlünün``), and an ordinal in words with a word after it opens another name
        (``Winston Churchill İkinci Dünya Savaşı``; ``Çağlar Birinci`` is a surname: ``names.ordinal_cut``)."""
        while last > first and strip_apostrophe_suffix(words[last].group()).isdigit():
            last -= 1
        return first + ordinal_cut([w.group() for w in words[first : last + 1]]) - 1

    def _ranked_person(self, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether a body's or place's span opens, at ``first``, with a rank and goes on with capitalised words that
        are no known body or place and end in no head word (``Yüzbaşı Royal Reff``, ``Ayetullah Humeyni``; a rank
        that is a surname too only before a given name: not ``Er Motor``), or with a ruler's title that is no given
        name before two words or more, a given name first or an Arabic article among them, no head word and no common
        word after the first (``Şeyh Moaz el-Hatib``): a person (not ``Şehit Er ... İlkokulu``, ``Kral Abdullah
        Ekonomik Şehri``)."""
        title = words[first].group() if first < len(words) - 1 else ""
        rest = [w.group() for w in words[first + 1 :]]
        # (a ruler's title before a given name or an Arabic article, no head's word and no common word after the first:
        # not "Kral Abdullah Ekonomik Şehri", a city)
        ruler = (
            title in RULERS
            and title not in _GIVEN_RULERS
            and len(rest) > 1
            and (self._is_given(rest[0]) or any(map(_is_particle, rest)))
            and not any(head_type(strip_apostrophe_suffix(w)) for w in rest)
            # ("Sabah Halid el-Sabah": a given name may be a common word, a surname seldom is)
            and not any(self.habit(w) == "rarely" for w in rest[1:] if w not in SPACED_PARTICLES)
        )
        if (title not in RANKS and not ruler) or (title in SURNAME_TITLES and not self._is_given(rest[0])):
            return False  # (a rank that is a surname too, before a given name only: not "Er Motor", a garage)
        name = canonical_name(" ".join(rest), "PER")
        return (
            all(w[:1].isupper() or _is_particle(w) for w in rest)  # (an article inside: "el-Hatib", "bin")
            and head_type(rest[-1]) is None
            and not self._not_a_person_name(name)
        )

    def _after_title(self, words: Sequence[re.Match[str]], first: int, full_names: frozenset[str] = frozenset()) -> int:
        """The first word of a person's name after a capitalised title the span opens with (``Sir Ian McKellen``,
        ``Kıdemli Yargıç Emine Dizdarlı``, ``Gen. Allen``): the title is not the name, as the corpora write it.
        The span stays whole when one word would be left after a title word that is no abbreviation or foreign
        honorific (``Emir Kusturica``, ``Sultan Kösen``: the word may be the first name), when a word before the
        title is a given name, or when one of them is in lower case. A word left that is the surname of a person the
        article names in full is that person's, after a title (``Ahmet Yörük`` ... ``Muhtar Yörük``)."""
        if (
            first + 2 < len(words)
            and EPITHET.fullmatch(f"{words[first].group()} {words[first + 1].group()}")
            and self.kb.known_type(canonical_name(" ".join(w.group() for w in words[first + 2 :]), "PER")) == "PER"
        ):
            first += 2  # "Ulu Önder Mustafa Kemal Atatürk": an epithet, then a name the lists know
        heads = [k for k in range(first, len(words) - 1) if words[k].group() in TITLE_HEADS]
        if not heads:
            return first
        head = heads[-1]
        title = words[head].group()
        name_like = title not in RANKS and (
            title in NAME_TITLES or (self.kb.is_given_name(title) and title not in _FOREIGN_TITLES)
        )
        # an office before a surname the article gives someone in full ("Muhtar Yörük"); "Emir" is a given name too
        # often ("Emir Kır" beside "Kadir Kır", his kin)
        surname = title not in _MIDDLE_NAME_TITLES and fold(strip_apostrophe_suffix(words[-1].group())) in full_names
        if head == len(words) - 2 and title not in HONORIFICS and name_like and not surname:
            return first  # one word left: "Emir Kusturica", "Sultan Kösen" may be the name itself ("Yarbay" may not)
        before = [w.group() for w in words[first : head + 1]]
        # (a ruler's title before two words or more is no given name: "Şeyh Hamad bin Halife", "Şeyh Moaz el-Hatib";
        # "Sultan", "Emir" may be: "Sultan Nur Ulu")
        ruler = head < len(words) - 2 and title in RULERS and title not in _GIVEN_RULERS
        if not ruler and any(self.kb.is_given_name(w) and w not in _FOREIGN_TITLES and w not in RANKS for w in before):
            return first
        if not all(w[:1].isupper() for w in before):
            return first
        return head + 1

    def _opens_with_a_common_word(self, text: str, span: Span, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether ``words[first]`` opens the sentence and is a common word, not a name's first word: a located form
        (``Sonrasında``, ``Ülkemizde``, see :meth:`_opens_with_a_case_form`), or a common noun with a case ending
        (``Geceyi``, ``Toplantıya``, ``Kentte``: see :meth:`_inflected_common_word`) before a word the corpora
        nearly always capitalise (``Geceyi İncirlik Üssü'nde``), or a bare noun they rarely capitalise before a name
        the lists know (``Olay Türk Hava Yolları``). A body's or place's span only: an adjective or a
        bare noun may open a body's name (``Yeni Asya``, ``Açık Cezaevi``), and many given names are common words
        (``Derin``, ``Gün``, ``Anne``)."""
        if span.type == "PER" or first >= len(words) - 1:
            return False
        word = words[first]
        if (
            word.group() in _PRONOUNS
            and head_type(strip_apostrophe_suffix(words[-1].group())) is not None
            and opens_sentence(text, span.start + word.start())
        ):
            return True  # "Ben Sağlık Bakanlığı'ndan davacıyım": the speaker, then the body (not "Ben & Jerry's")
        if (
            (first < len(words) - 2 and self._opens_with_a_case_form(text, span, word))
            # "Cenaze Olay Yeri İnceleme ekipleri", "Eski İl Hakem Kurulu üyeliği": a word the lists hold as no name
            or (
                first < len(words) - 2
                and self.kb.not_name(word.group()) == "term"
                and self.habit(word.group()) == "rarely"  # (not "AIDS Araştırma Vakfı", "Sokak Sanatları Atölyesi")
                and opens_sentence(text, span.start + word.start())
            )
            # "Ölülerimizi İskeçe ve Gümülcine'de defnediyoruz": our dead, then the place
            or (_OURS_WITH_A_CASE.search(word.group()) and opens_sentence(text, span.start + word.start()))
            # "Öğrenimine Yıldız Teknik Üniversitesi'nde devam ediyor": the student's education, then the university
            or (
                opens_sentence(text, span.start + word.start())
                and self._possessed_common_word(word.group())
                and not self._is_known(word.group())
            )
        ):
            return True
        following = strip_apostrophe_suffix(words[first + 1].group())
        if self._plural_common_word(word.group()) and opens_sentence(text, span.start + word.start()):
            # "Sanıklar Çağlayan Adliyesi'nde", "Yaralılar Ankara Numune Hastanesi'ne": the sentence's subject, then
            # a name opening with a place or a person's name (not "Doktorlar Sendikası", "Kadınlar Birliği")
            return self._is_place(following) or self.kb.is_given_name(following)
        rest = strip_apostrophe_suffix(span.text[words[first + 1].start() :])
        if not self._inflected_common_word(word.group()):
            # "Olay Türk Hava Yolları uçağında", "Kaza Türk Telekom binası önünde": a noun the corpora rarely
            # capitalise, then a body or place the lists know whole
            return (
                self.habit(word.group()) == "rarely"
                and first < len(words) - 2  # a name of two words or more ("Yeni Asya" is a paper's name)
                and self._is_known(rest)
                and opens_sentence(text, span.start + word.start())
            )
        return (
            # "Geceyi İncirlik Üssü'nde"; "Toplantıya İş Bankası": the rest a body the lists know
            (
                self.habit(strip_apostrophe_suffix(words[first + 1].group())) in ("always", "mostly")
                or self._is_known(rest)
            )
            and opens_sentence(text, span.start + word.start())
            and not self._is_known(word.group())
        )

    def _inflected_common_word(self, word: str) -> bool:
        """Whether ``word`` is a common noun the corpora rarely capitalise with a case ending (no apostrophe) after a
        stem of four letters or more that they rarely capitalise either: ``Geceyi`` (gece), ``Sonuçları`` (sonuç);
        not ``Yeni`` (the stem "yen" is too short to tell), ``Şüpheli`` (no case ending)."""
        return self._common_word_with(word, _COMMON_NOUN_ENDINGS, words=("rarely",), stems=("rarely",))

    def _possessed_common_word(self, word: str) -> bool:
        """Whether ``word`` is a common noun with a possessive and a case ending after it, no apostrophe between
        (``Öğrenimine``, ``Prodüksiyonunda``, ``Hikayesinin``): owned by something said before it, so never a name's
        first word. The stem (four letters or more) one the corpora capitalise at times at most (öğrenim: in names
        such as "Yüksek Öğrenim Kurumu"), the word itself one they capitalise at times at most, or never write."""
        return self._common_word_with(
            word, _POSSESSED_ENDINGS, words=("rarely", "mixed", None), stems=("rarely", "mixed")
        )

    def _common_word_with(
        self, word: str, endings: frozenset[str], *, words: tuple[str | None, ...], stems: tuple[str, ...]
    ) -> bool:
        """Whether ``word``, capitalised, is one of ``endings`` after a stem of four letters or more, the word written
        by the corpora as ``words`` say and the stem as ``stems`` say (capitalised ``rarely``, ``mixed`` ...)."""
        if not word[:1].isupper() or not word[1:].islower() or self.habit(word) not in words:
            return False
        lower = turkish_lower(word)
        return any(
            len(lower) - len(ending) >= 4 and self.habit(lower[: -len(ending)]) in stems
            for ending in endings
            if lower.endswith(ending)
        )

    def _plural_common_word(self, word: str) -> bool:
        """Whether ``word`` is the plural of a common noun the corpora rarely capitalise, the plural too: ``Sanıklar``
        (sanık), ``Yaralılar``; not ``Yeşiller`` where the corpora capitalise the party."""
        lower = turkish_lower(word)
        return (
            word[:1].isupper()
            and word[1:].islower()
            and lower.endswith(("lar", "ler"))
            and len(lower) >= 7
            and self.habit(word) == "rarely"
            and self.habit(lower[:-3]) == "rarely"
        )

    def _opens_with_a_case_form(self, text: str, span: Span, word: re.Match[str]) -> bool:
        """Whether ``word`` opens the sentence and is a common word in the locative or ablative (``Ülkemizde``,
        ``Sonrasında``), written without an apostrophe as no name's case ending is."""
        return (
            _LOCATED.match(word.group()) is not None
            and opens_sentence(text, span.start + word.start())
            and not self._is_known(word.group())
        )

    @staticmethod
    def _ends_no_name(word: str) -> bool:
        """A lower-case head, title or event word (``gazetesi``, ``sözcüsü``, ``kenti``), or any other lower-case
        word but a particle (``imzalı``, ``ve``; not ``al``, ``bin``): no name ends with it."""
        if head_type(word) is not None or is_title(word) or is_event_head(word):
            return True
        return word.isalpha() and not _LOWER_PARTICLE.match(word) and word not in _PARTICLE_WORDS

    def _title_cut(self, span: Span, full_names: frozenset[str]) -> Span:
        """A span the types made a person's after widening cut after the title it opens with, as :meth:`_trim` cuts
        the model's persons (``Şeyh Hamad`` read as a place, widened to ``Şeyh Hamad bin Halife``)."""
        words = words_of(span.text)
        first = self._after_title(words, 0, full_names)
        return span if first == 0 or first >= len(words) else span.part(words[first].start(), len(span.text))

    def _without_kin(self, span: Span, full_names: frozenset[str]) -> Span | None:
        """A person's span opening with a kinship word: no name where one word follows, the surname of someone the
        article names in full (``Baba Asunami``, ``Abla Kaya``: the father, the sister, the article's person or kin:
        not a name of its own); the name after it where a given name and more follow (``Baba Mustafa Yılmaz``)."""
        if not span.text.startswith(_KIN_PREFIXES):
            return span  # the cheap test first
        words = span.text.split()
        if len(words) < 2 or words[0] not in _KIN_OPENERS or self._is_known(strip_apostrophe_suffix(span.text)):
            return span
        if len(words) == 2:
            return None if fold(strip_apostrophe_suffix(words[1])) in full_names else span
        if self.kb.is_given_name(words[1]):
            return span.part(span.text.index(words[1], len(words[0])), len(span.text))
        return span

    def _untitled(self, span: Span) -> Span:
        """A person's span that widening took back to a title or an affiliation before the name, cut at the name
        (see :meth:`_at_given_name`); an honorific glued to the name by its dot cut off (``Dr.Oğuzhan Daver``)."""
        if span.type == "PER" and (glued := GLUED_HONORIFIC.match(span.text)) is not None:
            span = span.part(glued.end(), len(span.text))
        words = words_of(span.text)
        if span.type != "PER" or len(words) < 3 or self.kb.known_type(canonical_name(span.text, "PER")) is not None:
            return span
        # "AK Partili Karayel", widened back to the party's member word: the person is "Karayel"
        first = 2 if self._member_of_two_word_body(words, 0) else self._at_given_name(words, 0)
        return span if first == 0 else span.part(words[first].start(), words[-1].end())

    def _without_descriptor(self, span: Span) -> Span:
        """A known body's name with what it is glued after (``Hamas Örgütü'nün``, ``PKK Terör Örgütü``), cut to the
        name the lists know: the descriptor is copy's word for it, not its name (``Dünya Sağlık Örgütü``, known whole,
        stays)."""
        words = words_of(span.text)
        if len(words) < 2 or fold(strip_apostrophe_suffix(words[-1].group())) != "orgutu":
            return span
        last = len(words) - 2
        if last > 0 and fold(words[last].group()) == "teror":
            last -= 1
        name = span.text[: words[last].end()]
        if self.kb.known_type(name) != "ORG" or self._is_known(strip_apostrophe_suffix(span.text)):
            return span
        return replace(span.part(0, words[last].end()), type="ORG")

    def _without_abstract_tail(self, span: Span) -> Span:
        """A person's span with an abstract noun's compound glued after the name, cut before it: no person's name
        ends in ``-lığı`` (``Andonis Samaras Kıta Sahanlığı``: the noun and the common words before it go); a body's
        head word so ending (``Başkanlığı``) is typed by its head elsewhere. A faith or a language glued after the
        name goes alone (``Mehmet Görmez İslamiyet'in``), and a month after a person the lists know (``Silvio
        Berlusconi Kasım``)."""
        words = words_of(span.text)
        if span.type != "PER" or len(words) < 3:
            return span
        tail = strip_apostrophe_suffix(words[-1].group())
        # ... and a month after a person the lists know (``Silvio Berlusconi Kasım ayında``)
        dated = turkish_lower(tail) in MONTHS and self.kb.known_type(span.text[: words[-2].end()]) == "PER"
        if tail in _FAITHS or self._language(tail) or dated:
            # a faith or a language after a person named in full, the next clause's subject or object (``Mehmet
            # Görmez İslamiyet'in tüm insanlara ait ...``): that word only goes
            return span.part(0, words[-2].end())
        if not _ABSTRACT.search(tail) or head_type(tail) is not None:
            return span
        last = len(words) - 2  # the compound's other words go too: "Kıta" of "Kıta Sahanlığı", a common word
        while last > 0 and self.seldom_capitalised(words[last].group()):
            last -= 1
        return span.part(0, words[last].end())

    def _at_given_name(self, words: Sequence[re.Match[str]], first: int) -> int:
        """The first word of a person's name that opens with a given name after capitalised words that are none
        (``Başmüdürü Mehmet Güçlü``, ``Yönetim Kurulu Bülent Eczacıbaşı``, ``Cumhuriyetçi Partli Chuck Hagel``):
        what comes before is a title or an affiliation. Only when the name left has two words or is a known
        person: ``Kör Sezai``, ``Kara Ali`` (a nickname and a given name) stay whole."""
        given = next((k for k in range(first, len(words)) if self._is_given(words[k].group())), None)
        if given is None or given == first:
            return first
        before = [words[k].group() for k in range(first, given)]
        if not all(w[:1].isupper() and w.isalpha() for w in before) or not (
            _AFFIX.search(before[-1])
            or is_title(before[-1])  # "Avukatımız Cem Talu": a role word, any person
            or self._common_lead(before, words[-1].group())  # "Parayı Çeken Himmet Çoban": a crosshead's words
            or self._is_place(" ".join(before))  # "Mardin Muammer Güler'le güldü": a banner's town and a person
        ):
            return first  # "M. Rifat Hisarcıklıoğlu", "Belçim Bilgin Erdoğan": an initial, a rarer given name
        if any(self.kb.known_type(w) == "PER" for w in before):
            return first
        rest = " ".join(w.group() for w in words[given:])
        if len(words) - given < 2 and self.kb.known_type(canonical_name(rest, "PER")) != "PER":
            return first
        return given

    def _is_given(self, word: str) -> bool:
        """A given name of either list that is no title as well (``Sultan``, ``Emir``)."""
        stem = strip_apostrophe_suffix(word)
        return stem not in TITLE_HEADS and self.kb.is_any_given_name(stem)

    def _not_part_of_name(self, word: str, *, last: bool, bodies: frozenset[str] = frozenset()) -> bool:
        if word[:1].islower() and not _LOWER_PARTICLE.match(word):
            return True  # "güneyindeki Han Yunus": a lower-case word never opens a name
        if not last and (word in SENTENCE_OPENERS or is_plural_title(word)):
            # "Ancak İmar ve Bayındırlık Komisyonu": capitalised only because it opens the sentence; "Başkanlardan
            # George Bush": one of the presidents
            return True
        stem = strip_apostrophe_suffix(word)
        if self.is_demonym(word):
            # Alone, any nationality word goes; before a name only the -li forms do: "Türk Telekom" stays whole.
            return last or _LI_FORM.search(turkish_lower(stem)) is not None
        if not last and self._member_of_known_body(word, bodies):
            return True  # "Galatasaraylı Nordin Amrabat", "CHP'li Ahmet Kaya": a club's or party's member
        # "CEO'su Jan Christian Dreesen": a title word with a suffix before a name.
        return not last and stem != word and self.kb.not_name(stem) == "title"

    def _is_member_word(self, words: Sequence[re.Match[str]]) -> bool:
        """Whether ``words`` are a member's -li form of a known body, of one word (``Galatasaraylı``) or two
        (``Real Madridli``)."""
        if len(words) == 1:
            return self._member_of_known_body(words[0].group())
        return len(words) == 2 and self._member_of_known_pair(words[0].group(), words[1].group())

    def _member_phrase(self, text: str, span: Span, words: Sequence[re.Match[str]]) -> bool:
        """Whether ``span`` is only the -li form of a body of two words (``Bayern Münihli oyuncu``), or that form's
        first word, the model having left the member word out (``Borussia`` of ``Borussia Dortmundlu Marco Reus``):
        a member is said of a person, no name (as ``Galatasaraylı`` alone is none); of three words or more too
        (``Cumhuriyet Halk Partili meclis üyeleri``: no paper ``Cumhuriyet``)."""
        if len(words) >= 2:
            return self._member_of_known_pair(span.text[: words[-1].start()].rstrip(), words[-1].group())
        if len(words) != 1 or has_suffix_apostrophe(span.text) or not text.startswith(" ", span.end):
            return False
        return self._member_of_known_pair(span.text, next_word(text, span.end))

    def _body_of_member(self, text: str, span: Span) -> Span:
        """A body's span of one -li word without an apostrophe cut to the body it is formed on (``Galatasaraylı
        futbolcu`` → ``Galatasaray``, as ``CHP'li`` names the party); any other span as it is: a place's people
        outside a sports story (``Beşiktaşlı esnaf``, though a club is so named; ``Beşiktaşlı futbolcu`` in one is the
        club's), a place or a body the lists know as written (``Denizli``)."""
        if span.type != "ORG" or " " in span.text or has_suffix_apostrophe(span.text):
            return span
        body = self._known_members_body(span.text)
        if body is None or (self._names_a_place(body) and not _sporting(text)):
            return span  # ("Beşiktaşlı esnaf": a district's people, though a club is so named)
        if self._is_place(span.text) or self.kb.known_type(span.text) is not None:
            return span
        return span.part(0, len(body))

    def _names_a_place(self, name: str) -> bool:
        """Whether ``name`` is a place the gazetteer or the knowledge base knows, alone or beside a body so named
        (``Beşiktaş``, the district and the club)."""
        return self._is_place(name) or any(e.type == "LOC" for e in self.kb.entities(name))

    def _member_of_known_pair(self, opening: str, word: str) -> bool:
        """Whether ``opening`` and ``word`` are the -li form, no apostrophe, of a body of two words the knowledge base
        knows (``Bayern Münihli``, ``Real Madridli``; not ``Lübnan'daki Suriyeli``, ``Savaş Maraşlı``)."""
        match = _MEMBER.match(word)
        if match is None or "'" in word or "’" in word:
            return False
        body = match.group("body")
        if any(self.kb.known_type(f"{opening} {form}") == "ORG" for form in (body, *_possessed(body))):
            return True  # (the body's own form or its possessive: "Halk Partili" of "Cumhuriyet Halk Partisi")
        # "Akhisar Belediyesporlu", "Sanica Boru Elazığsporlu": a club by its form, its town or sponsor before it
        return is_club_name(match.group("body")) and opening[:1].isupper()

    def _member_of_two_word_body(self, words: Sequence[re.Match[str]], first: int) -> bool:
        """Whether ``words[first]`` and the next word are the -li form of a body of two words the knowledge base
        knows (``AK Partili``, ``Halk Bankalı``) or of a club named with its town (``Eintracht Frankfurtlu``)."""
        match = _MEMBER.match(words[first + 1].group())
        if match is None:
            return False
        opening = words[first].group()
        if self.kb.known_type(f"{opening} {match.group('body')}") == "ORG":
            return True
        # "Eintracht Frankfurtlu", "Bayern Münihli": a club named with its town, no given name before the town
        member = self._town_or_club_member(words[first + 1].group(), match.group("body"))
        return member and opening[:1].isupper() and not self.kb.is_any_given_name(opening)

    def _member_of_known_body(self, word: str, bodies: frozenset[str] = frozenset()) -> bool:
        """Whether ``word`` is the -li form of a body the knowledge base knows (``Galatasaraylı``, ``CHP'li``), of
        one of ``bodies``, the article's own (``Fluminenseli``), or of a club by its form (``Karabüksporlu``)."""
        return self._known_members_body(word, bodies) is not None

    def _known_members_body(self, word: str, bodies: frozenset[str] = frozenset()) -> str | None:
        """The body ``word`` is the -li form of where :meth:`_member_of_known_body` holds (``Galatasaray`` of
        ``Galatasaraylı``), else None."""
        match = _MEMBER.match(word)
        if match is None or self.kb.is_any_given_name(word):
            return None  # "Fazlı Kılıç": a given name, though a firm "Faz" is known
        body = match.group("body")
        if body in bodies or body == "Parti" or self.kb.known_type(body) == "ORG":
            return body  # "Galatasaraylı", "CHP'li", a party's ("İşçi Partili Shabana Mahmud")
        if self.gazetteer.organisation(body) is not None:
            return body  # "Beşiktaşlı Oğuzhan": a club the curated bodies hold, a district too
        # a club by its form ("Karabüksporlu Lualua"); not a town's: many places end so ("Şişli", "Bolu", "Selçuklu")
        return body if self._town_or_club_member(word, body, town=False) else None

    def _town_or_club_member(self, word: str, body: str, *, town: bool = True) -> bool:
        """Whether the -li form ``word`` of ``body`` is a club's member (or a town's people, with ``town``): always
        capitalised in the corpora and no given name (``Güllü``)."""
        if not (is_club(body) or (town and self._is_town(body))):
            return False
        if self.kb.is_any_given_name(word):
            return False
        # (a club's member word the corpora never wrote, "Ormansporlu", is one too: no word ends so)
        return self.habit(word) == "always" or (self.habit(word) is None and is_club_name(body))

    def _type(self, text: str, span: Span, surnames: frozenset[str]) -> Span | None:
        """The span with the type its head word, the knowledge base or the name lists give (:meth:`_listed_type`);
        None to drop it. A person before a form of address stays one (``Aydın Hanım'a``, though the lists know a
        town so named)."""
        return span if span.type == "PER" and self._addressed(text, span) else self._listed_type(text, span, surnames)

    def _listed_type(self, text: str, span: Span, surnames: frozenset[str]) -> Span | None:
        """The span with the type its head word, the knowledge base or the name lists give; None to drop it."""
        name = canonical_name(span.text, span.type)
        words = name.split()
        if self._names_event(text, span, name, words):
            return _body_before_event(span)  # "Bilkent Üniversitesi Enerji Hukuku": the body stays, not the event
        written = span.text.split()
        # "Sabah Eyaleti": a province, though the lists know a paper "Sabah"
        # (and "D-100": a highway, whatever the model made of its code)
        province = (len(written) > 1 and is_administrative_word(written[-1])) or is_road_code(name)
        # (a street's bare word ends a name where the name ends: "Ekber Sokak'ta", "Mustafa Dellek Sokak üzerinde";
        # not inside a title, "Başkanlık Seçimi Sokak Dövüşü")
        street = strip_apostrophe_suffix(written[-1]) == "Sokak" and not next_word(text, span.end)[:1].isupper()
        by_head = "LOC" if province or street or is_venue(words) else head_type(written[-1])
        by_head = by_head or ("ORG" if opens_organisation(words[0]) else "LOC" if opens_place(words[0]) else None)
        # "Yalovaspor'a" alone is a club too, whatever the model made of it
        if by_head is not None and (province or len(words) > 1 or (len(name) > 6 and is_club(name))):
            # a known name outranks its head word: "Rusya Federasyonu" is the country, not a federation; not a known
            # person's: "Sultan Abdulhamid caddesinde" is a street named after him
            known = self.kb.known_type(name)
            return replace(span, type="LOC" if province else known if known not in (None, "PER") else by_head)
        known = self.kb.known_type(name)
        # (not a person the lists know whole, whose surname is a title's word: "Seda Bakan")
        if len(words) > 1 and (words[-1] in POSSESSIVE_HEADS or words[-1] in _TITLES_AFTER) and known != "PER":
            return self._affiliation(span, words)
        if known is not None and not (known == "LOC" and self._surname_here(span, name, surnames)):
            return self._known(text, span, name, known)
        if span.type == "PER":
            return self._not_a_person(name, span, surnames, text)
        return self._org_or_place(text, span, name, words)

    def _surname_here(self, span: Span, name: str, surnames: frozenset[str]) -> bool:
        """Whether a one-word person the knowledge base knows as a place only by folding its letters is the surname
        of someone the article names in full (``Şevval Sam`` ... ``Sam,``: not ``Şam``, Damascus); not a mention in a
        place's case (``Sam'da``, ``Sam'dan``, ``Sam'a``); nor a district's, as often a surname (``Pervin Buldan`` ...
        ``Buldan,``). A place written as the lists write it stays one where the model read a person (``İhsan Karaman``
        ... ``Karaman``: the rules for a place that is a surname decide)."""
        if span.type != "PER" or " " in name or fold(name) not in surnames or in_place_case(span.text):
            return False
        written = turkish_lower(name)
        places = [e for e in self.kb.entities(name) if e.type == "LOC"]
        # (a district's name is a surname as often: "Pervin Buldan" ... "Buldan, ...")
        return bool(places) and all(turkish_lower(e.name) != written or e.kind == DISTRICT for e in places)

    def _names_event(self, text: str, span: Span, name: str, words: list[str]) -> bool:
        """An event, not who or where: ``Bahar Bayramı``, ``Washington Zirvesi``; or a prize's name the model cut
        short (``Oscar Akademi`` Ödülleri), read as a person."""
        if len(words) > 1 and is_event_head(words[-1]):
            return self.kb.known_type(name) is None
        if (
            len(words) > 1
            and words[-1] in ("Grup", "Grubu")
            and (
                (len(words[-2]) == 1 and words[-2].isupper())
                or (words[-2] in _COLOURS and ("Lig" in words or _sporting(text)))  # not "Yeşil Grup", a holding
            )
        ):
            return True  # "Eurocup E Grubu", "Elemeler A Grubu", "2. Lig Beyaz Grup": a competition's stage
        if span.type == "ORG" and _NUMBERED_INDEX.match(text, span.end):
            return True  # "İMKB 100 Endeksi", "CAC 40 endeksi": an index's value, not the exchange ("İMKB'de" is)
        if span.type in ("ORG", "LOC"):
            # "UEFA Avrupa Ligi'nde", "FIFA Dünya Kupası", "Türkiye Kupası": a body or place that names a competition
            # or prize is not the body or place itself there; the article names it alone elsewhere when it speaks of it
            # (not one with a case ending, which ends its own name: "Frankfurt'ta DAX Endeksi")
            # (nor a body's head in the genitive without one: "Malatya Cumhuriyet Başsavcılığının Zirve Katliamı")
            return (
                not has_suffix_apostrophe(span.text)
                and not _head_in_genitive(span.text.split())
                and _opens_event_name(text, span.end)
            )
        if span.type != "PER":
            return False
        after = next_word(text, span.end)
        return after[:1].isupper() and is_event_head(after) and self.kb.known_type(name) is None

    def _org_or_place(self, text: str, span: Span, name: str, words: list[str]) -> Span:
        """An ORG/LOC span no list types: a country is a place, and so is a town the gazetteer holds, Wiki-NER calls a
        place and the corpora always capitalise, out of a sports story (``22 Nisan'da Floransa``, ``WASHINGTON ile
        S&P'nin arası``: a capital for its government, as a country is); a club the lists know as a district too is
        the club in a sports story (``Beşiktaş'ın yükselen isimlerinden``); a name shaped like a person's may be a
        person."""
        if span.type == "ORG" and self._is_country(name):
            return replace(span, type="LOC")  # "Birleşik Arap Emirlikleri": countries are places here
        if (
            span.type == "ORG"
            and " " not in name
            and self.gazetteer.place(name) is not None
            and self.kb.hinted_type(name) == "LOC"
            and self.habit(name) in ("always", None)  # (not a word too: "Ordu" of "Ordu ... plan açıkladı", the army)
            and not _sporting(text)
            # (nor a side: "Milano ekibi ... 14 puanla", "PHOENIX - CHICAGO" of a fixtures list)
            and not club_cue_near(text, span.start, span.end)
            and _FIXTURE.search(text, max(0, span.start - 4), span.end + 4) is None
        ):
            return replace(span, type="LOC")
        if span.type == "LOC" and self._club_in_sport(text, span, name):
            return replace(span, type="ORG")
        return self._maybe_person(span, words)

    def _known(self, text: str, span: Span, name: str, known: EntityType) -> Span:
        """The knowledge base's type, unless the context says otherwise."""
        if known == "ORG" and span.type == "LOC" and self.gazetteer.place(name) is not None and not self._acronym(name):
            # "Beşiktaş", "Galatasaray": a district as well as a club; the model read the context, unless the
            # article is a sports story ("Beşiktaş'ın ateşleyicisi" of a goalkeeper, in a report of transfers)
            return replace(span, type="ORG") if self._club_in_sport(text, span, name) else span
        if known == "ORG" and span.type == "LOC" and kind_after(next_word(text, span.end)) == "LOC":
            return span  # "Sabah eyaletinde": a province, though the lists know a paper "Sabah"
        # A title before the name says person: "Kulüp Başkanı Zara açıklama yaptı".
        keep = known != span.type and span.type == "PER" and self._titled(text, span)
        return span if keep else replace(span, type=known)

    def _acronym(self, name: str) -> bool:
        """Whether ``name`` is written in capitals as the knowledge base writes a body's acronym: ``SANA`` the agency,
        not ``Sana`` the city."""
        return (
            name.isupper() and len(name) > 2 and any(e.type == "ORG" and e.name == name for e in self.kb.entities(name))
        )

    def _maybe_person(self, span: Span, words: list[str]) -> Span:
        """An ORG/LOC span shaped like a person's name (a given name, nothing place- or body-like) is a person."""
        if len(words) < 2 or (span.type == "LOC" and self.gazetteer.place(" ".join(words)) is not None):
            return span  # "San Francisco": a place the gazetteer knows whole, whatever its first word
        given = span.confidence < _UNSURE and self.kb.is_given_name(words[0])
        wider = span.type == "ORG" or span.confidence < _UNSURE  # the model's places are more often right
        foreign = not given and wider and self.kb.is_foreign_given_name(words[0])
        if not (given or foreign) or not self._person_like(words):
            return span
        if given or self._name_shaped(" ".join(words)):
            return replace(span, type="PER")  # "Deborah Weidner", "Tala Ude": the wider list, name-shaped spans only
        return span

    def _name_shaped(self, name: str) -> bool:
        """Two or three capitalised words (no acronym, digit or company word), not a place's or a known name."""
        words = name.split()
        return (
            len(words) <= 3
            and all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words)
            and not any(is_company_word(w) for w in words)
            and self.gazetteer.place(name) is None
            and self.kb.known_type(name) is None
        )

    def _not_a_person(self, name: str, span: Span, surnames: frozenset[str], text: str) -> Span | None:
        """A PER span the lists say is a place, an organisation or a thing."""
        place = self.gazetteer.place(name)
        # a country is a place unless it is also a given name: "Nauru", "Tuvalu" (but "Güney", a town, may be a surname)
        country = place is not None and place.is_country
        per_votes, loc_votes = self.kb.hint_votes(name, "PER"), self.kb.hint_votes(name, "LOC")
        surname = fold(name) in surnames
        # a town that is a surname too stays the person where the votes or the article say so ("Yılmaz Güney"); a
        # well-known town too where the article names someone in full so and the copy makes the bare name a speaker
        # or gives it a participle only a person takes ("Gökhan Kars" ... "gözaltına alınan Kars"; not "Kars'ta",
        # "Kars Valisi", "Kars bu kış çok soğuk")
        # ... or a title before it: "Milas Belediye Başkanı Muhammet Tokat" ... "Başkan Tokat, ..."
        spoken = surname and not in_place_case(span.text) and (speaks(text, span) or self._titled(text, span))
        votes = not country and ((per_votes >= loc_votes and (per_votes > 0 or surname)) or spoken)
        given = self.kb.is_given_name(name)
        town = place is not None or self._is_district(name)
        if self._is_place(name) and not ((given or votes) and town and " " not in name):
            return replace(span, type="LOC")  # "Beyt Hanun", "Halep", "Muş", "Kigali"
        if " " not in name:
            # One word ("Güneş", "Nil") is often a person's name too: the model saw the context. Unless it is a
            # town the gazetteer knows, no given name, no surname of someone the article names in full, and
            # Wiki-NER calls it a place only ("Zürih", "Ontario", "İdlip"; "Güneş" has votes but is no town).
            placed = loc_votes >= 1 and place is not None
            lone = per_votes == 0 and not given and not surname
            return replace(span, type="LOC") if placed and lone else span
        if place is not None and not self.kb.is_given_name(name.split(maxsplit=1)[0]):
            return replace(span, type="LOC")  # "Sao Paulo", "Rio de Janeiro": a place's whole name
        hinted = self.kb.hinted_type(name)
        if hinted == "NOT":
            return None
        if hinted in ("LOC", "ORG", "FAC") and self.kb.hint_votes(name, "PER") == 0:
            return replace(span, type="LOC" if hinted == "LOC" else "ORG")
        return span

    def _common_lead(self, before: Sequence[str], last: str) -> bool:
        """Whether the capitalised words ``before`` a given name are common words (``Parayı Çeken``, ``Ciro``): not a
        particle (``Da Silva``), nor an adjective opening a place's name (``Büyük Ömer Camisi``)."""
        return (
            self._rarely_capitalised(before)
            and not any(_LOWER_PARTICLE.match(w.lower()) or w.lower() in _PARTICLE_WORDS for w in before)
            and head_type(last) is None
        )

    def habit(self, word: str) -> str | None:
        """How the corpora capitalise ``word`` mid-sentence (:meth:`Lexicon.capitalisation`); None without a lexicon."""
        return self.lexicon.capitalisation(turkish_lower(word)) if self.lexicon is not None else None

    def seldom_capitalised(self, word: str) -> bool:
        """Whether the corpora capitalise ``word`` mid-sentence rarely or only sometimes (a common word, or one that
        is a name only now and then); False without a lexicon."""
        return self.habit(word) in ("rarely", "mixed")

    def _rarely_capitalised(self, words: Sequence[str]) -> bool:
        """Whether the corpora rarely capitalise each of ``words`` (common words, not names)."""
        return self.lexicon is not None and all(self.habit(w) == "rarely" for w in words)

    def _common_words_only(self, name: str) -> bool:
        """Whether ``name`` is two words or more, each one the corpora rarely capitalise and no list holds as a given
        name: a crosshead's words after a title (``BÜYÜKELÇİ STATÜSÜNDE DEĞİL``, ``MÜDÜRÜ İKNA ETTİ``), no one's
        name. One word may be a given name the lists lack (``Derin``, ``Anne``)."""
        words = [strip_apostrophe_suffix(w) for w in name.split()]
        return (
            len(words) > 1
            and self._rarely_capitalised(words)
            and not any(self.kb.is_any_given_name(word) for word in words)
        )

    def _person_like(self, words: list[str]) -> bool:
        """No word of the name is a place or an organisation: ``Mohammad Shbeir``, not ``Ali Paşa Camii``."""
        return not any(
            self._is_place(w) or self.kb.known_type(w) in ("ORG", "LOC") or self.kb.hinted_type(w) in ("LOC", "ORG")
            for w in words
        )

    def _affiliation(self, span: Span, words: list[str]) -> Span | None:
        """``İsrail Ordu Sözcüsü``: a title, not an entity; keep the longest known name it starts with. A title's word
        that is a surname too, after a given name, is the person's surname (``Cem Emir``, ``Ubeyd Yavuz Er``)."""
        if span.type == "PER" and words[-1] in SURNAME_TITLES and self._is_given(words[-2]):
            return span
        for size in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:size])
            known = self.kb.known_type(prefix) or ("LOC" if self._is_place(prefix) else None)
            if known is not None:
                offset = span.text.find(words[size - 1]) + len(words[size - 1])
                return replace(span.part(0, offset), type=known)
        return None

    def _titled(self, text: str, span: Span) -> bool:
        """Whether a person's title is written right before the span."""
        return title_before(text, span.start, lambda _words: False) is not None

    def _one_type_per_name(self, spans: list[Span]) -> list[Span]:
        """Every span of one name gets one type: the knowledge base's, else the most confident one."""
        weight: dict[str, dict[EntityType, float]] = defaultdict(lambda: defaultdict(float))
        keys = [self._type_key(span) for span in spans]
        for span, key in zip(spans, keys, strict=True):
            weight[key][span.type] += span.confidence
        chosen: dict[str, EntityType] = {}
        for key, by_type in weight.items():
            if len(by_type) > 1:
                known = self.kb.known_type(key)
                chosen[key] = known if known in by_type else max(by_type, key=lambda t: by_type[t])
        if not chosen:
            return spans
        return [replace(s, type=chosen.get(key, s.type)) for s, key in zip(spans, keys, strict=True)]

    def _type_key(self, span: Span) -> str:
        """What spans of one name share, case and diacritics aside; a known acronym in capitals is a name of its
        own (``SANA`` the agency beside ``Sana`` the city)."""
        name = canonical_name(span.text, span.type)
        return name if self._acronym(name) else fold(name)


# An acronym the copy spells out in lower-case words: "insansız hava aracı (İHA)", "küçük ve orta büyüklükteki
# işletmeler (KOBİ)"; the first word may be capitalised by its sentence ("İnsansız hava araçları (İHA)").
_PLURALS = ("'lar", "'ler", "’lar", "’ler")
_SPELT_ACRONYM = re.compile(
    r"((?:[A-ZÇĞİÖŞÜa-zçğıöşü][a-zçğıöşü]* )(?:[a-zçğıöşü]+ ){0,5}[a-zçğıöşü]+) ?\(([A-ZÇĞİÖŞÜ]{2,6})\)"
)
# ... or in capitalised words no name of the article covers and no body's or place's head closes: "İnsansız Hava
# Araçları'nın (İHA)", "Münhasır Ekonomik Bölge (MEB)" (not "Milli Eğitim Bakanlığı (MEB)", "Devlet Su İşleri (DSİ)")
_TITLED_ACRONYM = re.compile(
    r"(?<![\w'’])((?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ ){1,5}[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?:['’][a-zçğıöşü]+)?"
    r" ?\(([A-ZÇĞİÖŞÜ]{2,6})\)$"
)
_EXPANSION_REACH = 90  # characters before an acronym's parenthesis its capitalised expansion may take


def without_common_acronyms(
    text: str, spans: Sequence[Span], known_names: Callable[[str], list[str]] = lambda _acronym: []
) -> list[Span]:
    """Spans of an acronym the article spells out as common words dropped: ``insansız hava aracı (İHA)`` makes every
    ``İHA`` of the article a drone, not İhlas Haber Ajansı. The words' first letters must spell the acronym
    (``ve`` and other short words may be skipped). An acronym the article puts in the plural (``İHA'ların``,
    ``STK'lar``) is a common noun there too: a body is not counted."""
    acronyms = {name for s in spans if is_acronym(name := canonical_name(s.text, s.type))}
    common = {a for a in acronyms if any(a + plural in text for plural in _PLURALS)}
    if "(" in text:
        common.update(acronym for words, acronym in _SPELT_ACRONYM.findall(text) if _spells(words.split(), acronym))
        common.update(
            match.group(2)
            for acronym in acronyms
            if (at := text.find(f"({acronym})")) > 0
            and (match := _TITLED_ACRONYM.search(text, max(0, at - _EXPANSION_REACH), at + len(acronym) + 2))
            is not None
            and _spells(words := match.group(1).split(), match.group(2))
            and head_type(words[-1]) is None
            and not any(s.start < match.end(1) and s.end > match.start(1) for s in spans)
            and _defined_otherwise(match.group(1), match.group(2), known_names(match.group(2)))
        )
    if not common:
        return list(spans)
    return [s for s in spans if canonical_name(s.text, s.type) not in common]


def _defined_otherwise(expansion: str, acronym: str, names: list[str]) -> bool:
    """Whether the lists know ``acronym`` only as bodies of other names whose words spell it too (``İHA``, İhlas Haber
    Ajansı, where the copy writes ``İnsansız Hava Araçları (İHA)``): the copy's own expansion names no one the lists
    know by it (not ``Sosyalist Enternasyonal (SE)``, an acronym the lists do not hold; not ``Birleşmiş Milletlerin
    (BM)``, the known name with a case ending and no apostrophe)."""
    own = fold(expansion).split()
    return bool(names) and all(_spells(name.split(), acronym) and not _ends_with(own, name) for name in names)


def _ends_with(words: list[str], name: str) -> bool:
    """Whether the folded ``words`` end with ``name``'s words, each perhaps with an ending glued on
    (``birlesmis milletlerin`` ends with Birleşmiş Milletler)."""
    parts = fold(name).split()
    return len(words) >= len(parts) and all(w.startswith(p) for w, p in zip(words[-len(parts) :], parts, strict=True))


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the last words' first letters spell ``acronym`` (a connector like ``ve`` may stand between)."""
    letters = [turkish_lower(c) for c in acronym]
    i = len(letters) - 1
    for word in reversed(words):
        if i < 0:
            break
        if turkish_lower(word[0]) == letters[i]:
            i -= 1
        elif word not in _CONNECTORS:
            return False
    return i < 0


def _institution(text: str, span: Span) -> Span:
    """A hospital, university or bank and the unnamed speciality the model read into its name (``Memorial Hastanesi
    Kadın Hastalıkları`` ve Doğum Uzmanı, ``Devlet Hastanesi Kulak Burun Boğaz``): the institution, as the corpora
    name it. A unit with a head word of its own (``… Hastanesi Acil Servisi``) is left to the canonical name.

    Before a title, any body's head ends the name so, and a unit's or a field's words no head closes are the
    title's (``Feneryolu Polikliniği Psikiyatri`` + ``Uzmanı``, ``Sağlık Bakanlığı Sağlık Hizmetleri`` + ``Genel
    Müdürü``); a unit a head or a unit's word closes is a body of its own, as the golds list it (``Tıp Fakültesi
    Genel Cerrahi Anabilim Dalı``)."""
    if span.type != "ORG" or " " not in span.text:
        return span
    words = words_of(span.text)
    parents = [i for i in range(1, len(words) - 1) if is_parent_head(words[i].group())]
    rest = [w.group() for w in words[parents[-1] + 1 :]] if parents else []
    if parents and not any(not w[:1].isupper() or not w.isalpha() or head_type(w) is not None for w in rest):
        return span.part(words[0].start(), words[parents[-1]].end())
    title = _TITLE_AFTER.match(text, span.end)
    if title is None or not is_title(title.group("word")):
        return span  # the cheap test first: most bodies stand before no title
    last = strip_apostrophe_suffix(words[-1].group())
    # ("Hizmetleri": a firm's word, no body's head; "Anabilim Dalı", "Koruma Şubesi": a unit's own word)
    if (head_type(last) is not None and not is_company_word(last)) or _UNIT_WORD.match(turkish_lower(last)):
        return span
    # (a head with a name's word before it: not "Club Bypass", "FC Sliven")
    return _body_before_event(span) or span


# "ve" and another compass word after a bare compass word, then the name they share: "Kuzey ve Güney Amerika".
_ELIDED_COMPASS = re.compile(
    rf"{LIST_JOIN}(?:{'|'.join(sorted(COMPASS_WORDS))})[ \t]+(?P<shared>[A-ZÇĞİÖŞÜ][\w-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w-]*)?)"
)


def _lone_letter(name: str) -> bool:
    """``F.``, ``D``: an initial of a name written with initials, alone, names no one (``X`` is the platform)."""
    return len(name.rstrip(".")) < 2 and name != "X"


def _splits_at_and(word: str, after: str, is_known: Callable[[str], bool]) -> bool:
    """Whether ``word ve`` ends a name: after a head word or an acronym; ``VE`` in capitals after a known name.
    Not after a company's trade word: ``Tarım Makineleri Sanayi ve Ticaret AŞ`` is one company."""
    if after == "VE":
        return is_known(word)
    return after == "ve" and ((head_type(word) is not None and not is_company_word(word)) or word.isupper())


def _is_loose_word(word: str) -> bool:
    """A lower-case word that never stands inside a name (not ``ve``, ``of``, ``de``, ``el-``, ``von``...), or a
    postposition a title-cased headline capitalises (``Türkiye İle Gana Arasında Turizm Anlaşması``)."""
    if word in _TITLE_CASE_POSTPOSITIONS:
        return True
    return (
        word.isalpha()
        and word.islower()
        and word not in _CONNECTORS
        and word not in _PARTICLE_WORDS
        and not _LOWER_PARTICLE.match(word)
    )


def _last_line(span: Span, is_given_name: Callable[[str], bool]) -> Span:
    """A person's span across a line break, or one whose earlier line is in capitals, cut to its last line: what
    comes before is a crosshead or a caption (``AYIRMIYOR`` + ``Kaşıkcı``, ``Foto Galeri`` + ``Doğan``); a body's
    name hard-wrapped in mixed case (``Borsalar`` + ``Birliği``) is left whole, and a person's given name before
    the wrap (``Maria`` + ``Zuber``: ``join_wrapped_names``)."""
    if "\n" not in span.text:
        return span
    cut = span.text.rindex("\n") + 1
    before = span.text[:cut].strip()
    if before != turkish_upper(before) and (span.type != "PER" or (" " not in before and is_given_name(before))):
        return span
    cut += len(span.text[cut:]) - len(span.text[cut:].lstrip())
    return span.part(cut, len(span.text)) if cut < len(span.text) else span


# An abstract noun's possessive, which ends no person's name: "Sahanlığı", "Birliği", "Yolculuğu", "Özgürlüğü".
_ABSTRACT = re.compile(r"(?:lığı|liği|luğu|lüğü)$")
# Faiths no one is named after (not "İslam": "Yusuf İslam"; nor "Musa", "İsa": prophets' and men's names).
_FAITHS = frozenset(
    {"İslamiyet", "Müslümanlık", "Hristiyanlık", "Hıristiyanlık", "Musevilik", "Yahudilik", "Budizm", "Hinduizm"}
    | {"Alevilik", "Sünnilik", "Şiilik", "Ateizm", "Zerdüştlük"}
)
# Words of a sports story: the match, the goal, the player, the coach, the transfer, the league.
# (capitalised too, as a sentence or a crosshead opens with one: "Maçtan sonra", "Futbolcular"; and the competitions'
# words: "Şampiyonlar Ligi'ndeki", "deplasmanda"; not "galibiyet", "beraberlik": an election's, "birlik ve beraberlik")
_SPORT_WORDS = re.compile(
    r"\b(?:[Mm]aç[a-zçğıöşü]*|[Gg]ol(?:ü|e|de|le|ler|leri|lerle)?|[Ff]utbol[a-zçğıöşü]*|[Bb]asketbol[a-zçğıöşü]*|"
    r"[Vv]oleybol[a-zçğıöşü]*|[Tt]eknik [Dd]irektör[a-zçğıöşü]*|[Aa]ntrenör[a-zçğıöşü]*|[Tt]araftar[a-zçğıöşü]*|"
    r"[Hh]akem[a-zçğıöşü]*|[Pp]enaltı[a-zçğıöşü]*|[Kk]aleci[a-zçğıöşü]*|[Ff]orvet[a-zçğıöşü]*|"
    r"lig(?:i|e|de|in|inde|ine|den)?|[Ss]tad[a-zçğıöşü]*|[Şş]ampiyonluk[a-zçğıöşü]*|Şampiyonlar Ligi|Süper Lig|"
    r"[Dd]eplasman[a-zçğıöşü]*|[Dd]erbi[a-zçğıöşü]*|UEFA|FIFA)\b"
)
_SPORTING = 2  # sports words in the article: a sports story ("maç izleyen komşular" of a fire report is one)
# A sports word after the character before it, no word's (as every one stands but at the text's start; each ends in
# a word's character, so the next one's gap is never inside it): a pattern that opens with a character class lets
# the scan skip to the gaps, where one that opens with ``\b`` tries every position.
_SPORT_WORD_AFTER_GAP = re.compile(r"\W" + _SPORT_WORDS.pattern)


# An office's word after a body's name, then the duty's noun: "BBC Genel Müdürlüğü görevini", "TBMM İçişleri
# Komisyonu Başkanlığı görevine", "Dışişleri Bakanlığı görevine" name a post, not a body.
_OFFICE = re.compile(
    r"(?:[ \t]+Genel)?[ \t]+(?:Başkanlığı|Başkan Yardımcılığı|Müdürlüğü|Müdür Yardımcılığı|Sekreterliği|"
    r"Koordinatörlüğü|Bakanlığı|Valiliği|Kaymakamlığı|Komutanlığı|Müsteşarlığı)$"
)
# A unit's own last word, the unit a body of its own before its chief's title: "Anabilim Dalı", "Koruma Şubesi",
# "Fizik Tedavi Kliniği", "Halkla İlişkiler Birimi", "Terörle Mücadele Daire" (Başkanı), "Çarşısı Dernek".
_UNIT_WORD = re.compile(
    r"(?:dal|şube|birim|daire|klinik|servis|ünite|bölüm|merkez|enstitü|fakülte|dernek|okul|kurul|komisyon|müdürlü"
    r"|başkanlı|sekreterli|hahambaşılı|müftülü)"
)
# A firm's Turkish arm's executive: "Maxus Türkiye CEO'su", "GE Türkiye Genel Müdürü"; the firm's one word before.
_ARM_TITLE_STEMS = re.compile(r"Türkiye (?:C[EF]O|Genel Müdür|Ülke Müdür)")
_ARM_TITLE = re.compile(r"[ \t]+(?:C[EF]O['’]su|Genel[ \t]+Müdürü|Ülke[ \t]+Müdürü)\b")
_ARM_FIRM_BEFORE = re.compile(r"(?<![\w'’])(?P<firm>[A-ZÇĞİÖŞÜ][\w&.-]*)[ \t]+$")
# A word that says a thing is new or old before its name: "Yeni Angry Birds hazır", "Eski Galaxy".
_NEW_OR_OLD = frozenset({"Yeni", "YENİ", "Eski", "ESKİ"})
# A match's noun or a derby's after two sides' names ("Galatasaray Beşiktaş derbisi", "... karşılaşmasında").
_SIDES_MATCH_AFTER = re.compile(rf"[ \t]+(?:{MATCH_NOUNS}|derbi|karşısında\b)[a-zçğıöşü]*\b")
# "En İyi Erkek Oyuncu", "En İyi Sigorta ve Diğer Finans Hizmetleri Reklamı", "En Büyük 500 Sanayi Kuruluşu": a
# superlative opens an award's, a category's or a ranking's name, never a person's, a body's or a place's.
_SUPERLATIVE = re.compile(
    r"En (?:İyi|Kötü|Büyük|Küçük|Güzel|Başarılı|Yaratıcı|Genç|Yaşlı|Değerli|Etkili|Popüler|Hızlı|Yüksek|Zengin"
    r"|Çok|Yeni|Özgün|Parlak)\b"
)
# A plural settlement's noun closing a place's span: the villages of a place, not one ("Şirinköy Köyleri'nin"). Not
# every plural of heads.PLACE_NOUNS: islands and mountains are named in the plural ("Kanarya Adaları", "Kaz Dağları").
_PLURAL_PLACE_HEAD = re.compile(
    r"^(?:Köyleri|Mahalleleri|İlçeleri|Beldeleri|Kasabaları|Mezraları|Semtleri)(?:['’]\w+|n\w+)?$"
)
# A wedding's word before a person's name: "Damat Ayhan Altındiş", "Gelin Ayşe Yılmaz" (not "Damat Ferit Paşa": a
# title closing the name keeps the Ottoman style whole).
_WEDDING_WORDS = frozenset({"Damat", "Gelin"})
_ROMAN_NUMERAL = re.compile(rf"^(?=[IVX]{{2,5}}(?:['’]|$)){_ROMAN_DIGITS}(?:['’]\w+)?$")
# A compass point before degrees is a longitude's or a latitude's ("Doğu 46 derecede", "Kuzey 39°").
_COMPASS = frozenset({"Doğu", "Batı", "Kuzey", "Güney"})
_DEGREES_AFTER = re.compile(r"[ \t]+\d+(?:[.,]\d+)?[ \t]*(?:°|derece)")
# An office with the speaker's possessive is an office held, no body ("Dışişleri Bakanlığım sırasında", "Genel
# Müdürlüğümde"; not "Bakanlığımız", our ministry: the body).
_FIRST_PERSON_OFFICE = re.compile(r"(?:lığ|liğ|luğ|lüğ)(?:ım|im|um|üm)(?:da|de|dan|den|a|e)?$")
# An award's -li word before a name is the winner's description ("Nobelli Mo Yan", "Oscarlı Meryl Streep").
_AWARD_WORD = re.compile(r"^(?:Nobel|Oscar|Oskar|Grammy|Pulitzer|Emmy|Booker)['’]?(?:li|lı|lu|lü)$")
# A person's name before the office that leads a team: "Taner Eltutan Başkanlığı'ndaki 5 kişilik ekip".
_LED_BY = frozenset({"Başkanlığı", "Başkanlığında", "Başkanlığındaki", "Liderliğinde", "Liderliğindeki"})
_MAX_LEADER_WORDS = 4  # a given name, a middle name, a surname and the office


def _without_plain_edge(span: Span, text: str, is_given: Callable[[str], bool]) -> Span | None:
    """``span`` without a word at its edge that names no one (see :func:`_edge_cut`); None for a Roman numeral alone
    (``III'e``: a title's tail), a compass point before degrees (``Doğu 46 derecede``: a longitude) and an office
    the speaker held (``Dışişleri Bakanlığım sırasında``). A crosshead in capitals the copy's lost line break glued
    before a name is cut off (``YETERLİ DEĞİL    Ankara Üniversitesi``: a gap of three spaces or more, or two after two
    words)."""
    gap = _WIDE_GAP.search(span.text)
    if gap is not None and _crosshead_before(span.text[: gap.start()], span.text[gap.end() :], gap.group()):
        span = span.part(gap.end(), len(span.text))
    words = span.text.split()
    if len(words) == 1:
        numeral = _ROMAN_NUMERAL.match(words[0]) is not None and span.type != "PER"
        longitude = span.type != "PER" and words[0] in _COMPASS and _DEGREES_AFTER.match(text, span.end) is not None
        return None if numeral or longitude else span
    if span.type != "PER" and _FIRST_PERSON_OFFICE.search(strip_apostrophe_suffix(words[-1])) is not None:
        return None
    return _edge_cut(span, words, is_given)


def _crosshead_before(before: str, after: str, gap: str) -> bool:
    """Whether ``before`` a wide ``gap`` in a span is a crosshead in capitals and ``after`` a name in mixed case."""
    return (
        before.isupper()
        and after[:1].isupper()
        and not after.isupper()
        and (len(gap) >= _WIDE_GAP_ALONE or " " in before.strip())
    )


# A gap of spaces a lost line break left inside a span (see _without_plain_edge).
_WIDE_GAP = re.compile(r"[ \t]{2,}")
_WIDE_GAP_ALONE = 3


def _edge_cut(span: Span, words: list[str], is_given: Callable[[str], bool]) -> Span:
    """A span of two words or more without a plural settlement's noun closing a place (``Şirinköy Köyleri``), an
    award's -li word opening a name (``Nobelli Mo Yan``), a wedding's word opening a person's full name (``Damat Ali
    Demir``); a person's name before the office leading a team, the person's (``Taner Eltutan Başkanlığı'ndaki``)."""
    last = strip_apostrophe_suffix(words[-1])
    if span.type == "LOC" and _PLURAL_PLACE_HEAD.match(words[-1]):
        return span.part(0, span.text.rfind(" "))
    if _AWARD_WORD.match(words[0]):
        return span.part(len(words[0]) + 1, len(span.text))
    named = all(w[:1].isupper() and w[:1].isalpha() for w in words[1:])  # not "Damat Şükrü 5'inci sokak"
    led = last in _LED_BY and len(words) <= _MAX_LEADER_WORDS and all(head_type(w) is None for w in words[1:-1])
    if span.type == "ORG" and led and named and is_given(words[0]):
        return span.part(0, span.text.rfind(" "), "PER")
    wedding = words[0] in _WEDDING_WORDS and turkish_lower(last) not in _NAME_CLOSERS
    if span.type == "PER" and len(words) > 2 and wedding and named:
        return span.part(len(words[0]) + 1, len(span.text))
    return span


# The title's word after a body's span, past "Genel" ("... Genel Müdürü"), its case ending kept.
_TITLE_AFTER = re.compile(r"[ \t]+(?:Genel[ \t]+)?(?P<word>[^\W\d_]+\.?)")
_DUTY_AFTER = re.compile(r"[ \t]+görev(?:i|in|ine|ini|inde|inden|leri|lerine|lerini|lerinde|lerinden)?(?![\w])")


def _lone_legal_form(name: str) -> bool:
    """Whether a span is a firm's legal form alone (``Ortak Girişim Grubu (OGG)``, ``Otel & SPA``, ``A.Ş.``): no body;
    not one of two letters, an acronym as often (``SE``, the Socialist International; ``As``, a Spanish daily)."""
    form = strip_apostrophe_suffix(name)
    return (len(form) > 2 or form == "AŞ") and is_legal_form(form)


def _body_head(word: str) -> bool:
    """Whether ``word`` is a body's head word, no firm's trade word (``Belediyesi``; not ``Enerji``,
    ``Mühendislik``)."""
    return head_type(word) == "ORG" and not is_company_word(word)


def _without_our_words(span: Span, names_someone: Callable[[str], bool]) -> Span | None:
    """A person's span without the words in the possessive of "our" or "your" at its edges, a case ending after them
    or none: a speaker's word, never a name's (``Ortağınız Menderes Utku``, ``Hayranlarınız Slash``, ``Mustafa
    Ağabeyimiz``, ``Necip Fazıl Üstadımızı``); none if nothing is left (``Federasyonumuz``, ``Petrolümüz``), nor if an
    office's word leaves one word ``names_someone`` does not vouch for (``Genel Başkanımızın``, ``Başbakanımızla
    Salı``; not ``Cumhurbaşkanımız Erdoğan``). A relative's noun of "my" opening a span of any type is the speaker's
    too, the sentence's subject (``Annem Endüstri Meslek Lisesi'ne gidip``; not ``Kardeşim Sokak``, a street)."""
    if _MY_KIN.match(span.text) is not None and span.text.count(" ") > 1:  # (not "Kardeşim Sokak", a street)
        span = span.part(span.text.index(" ") + 1, len(span.text))
    if span.type != "PER" or _OUR_WORD.search(span.text) is None:
        return span  # the cheap test first: most names hold no such word
    words = words_of(span.text)
    first, last = 0, len(words)
    while first < last and _OUR_WORD.fullmatch(strip_apostrophe_suffix(words[first].group())) is not None:
        first += 1
    while last > first and _OUR_WORD.fullmatch(strip_apostrophe_suffix(words[last - 1].group())) is not None:
        last -= 1
    if first == last:
        return None
    offices = [w for w in (*words[:first], *words[last:]) if _OUR_OFFICE.match(w.group())]
    if offices and last - first == 1 and not names_someone(strip_apostrophe_suffix(words[first].group())):
        return None  # "Genel Başkanımızın", "Başbakanımızla Salı": an office's word, the one word left no name
    if first == 0 and last == len(words):
        return span
    return span.part(words[first].start(), words[last - 1].end())


# A word next to a span, up to the next space or punctuation ("iTunes " + "Store", "Assassin's" + " Creed").
_WORD_BEFORE = re.compile(r"([^\s.,;:!?()\"“”]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\s.,;:!?()\"“”]+)")
_THING_WORDS = 2  # the words on either side of a span that may complete a thing's name


def _named_words(pattern: re.Pattern[str], text: str, at: int, *, backwards: bool) -> list[str]:
    """Up to two words written with a capital or a digit in them right before (``backwards``) or after ``at``, no
    punctuation between, nearest last before and first after."""
    words: list[str] = []
    while len(words) < _THING_WORDS:
        match = pattern.search(text, max(0, at - 40), at) if backwards else pattern.match(text, at)
        if match is None or not any(c.isupper() or c.isdigit() for c in match.group(1)):
            break
        words.append(match.group(1))
        at = match.start() if backwards else match.end()
    return words[::-1] if backwards else words


def _without_genitive_head(span: Span, is_town: Callable[[str], bool]) -> Span:
    """A span opening with a body's head word in the genitive without an apostrophe, cut after it: the word names
    the body the text spoke of before, the owner of what follows (``Başsavcılığın Gaziantep Emniyet Müdürlüğü'ne
    verdiği talimat``, ``Komisyonun Temel Haklar Bölümü``); not where the next word is the genitive's possessed noun,
    the name's own compound (``Birliğin Sesi Derneği``)."""
    first, _, rest = span.text.partition(" ")
    first, rest = first.rstrip(), rest.lstrip()  # (any spaces between: "Başsavcılığın\xa0 Gaziantep")
    if not rest or not first.endswith("n") or span.type == "PER" or "'" in first or "’" in first:
        return span  # the cheap test first: most names open with no word in the genitive
    if _GENITIVE_END.search(first) is None or head_type(first) is None or not rest[:1].isupper():
        return span
    second = strip_apostrophe_suffix(rest.split(maxsplit=1)[0])
    if _POSSESSED.search(second) is not None and not is_town(second):
        return span  # the genitive's own compound, a name: "Birliğin Sesi Derneği" (not a town: "Kocaeli")
    return span.part(len(span.text) - len(rest), len(span.text))


def _acronym_apart(span: Span) -> list[Span]:
    """A body's span with its acronym written after its head without brackets, cut in two (``İngiltere Enformasyon
    Dairesi ICO``, ``Türkiye İstatistik Kurumu TÜİK``): the body and its acronym."""
    if span.type != "ORG" or not strip_apostrophe_suffix(span.text.rsplit(maxsplit=1)[-1]).isupper():
        return [span]  # the cheap test first: most bodies end in no acronym
    words = words_of(span.text)
    if (
        span.type != "ORG"
        or len(words) < _MIN_NAME_AND_ACRONYM
        or not is_acronym(last := strip_apostrophe_suffix(words[-1].group()))
        or len(last) > _LONGEST_ACRONYM_AFTER_HEAD  # "SAĞLIK BAKANLIĞI UYARIYOR": a headline's verb
        or head_type(words[-2].group()) != "ORG"
        or is_company_word(last)
        or is_company_word(words[-2].group())
        or last in LEGAL_FORMS
    ):
        return [span]
    return [span.part(0, words[-2].end()), span.part(words[-1].start(), len(span.text))]


def _person_then_office(span: Span, words: Sequence[re.Match[str]], people: frozenset[str]) -> list[Span]:
    """The person of ``people`` (folded full names) opening ``span`` and the office after him, of two words or more
    (see :meth:`Consolidator._person_then_other`); the span alone where no person the article names opens it."""
    for k in range(2, len(words) - 1):
        if words[k].group()[:1].isupper() and fold(" ".join(w.group() for w in words[:k])) in people:
            if any(head_type(w.group()) is not None and w.group() not in _OFFICES for w in words[k:-1]):
                return [span]  # "Recep Tayyip Erdoğan Üniversitesi Basın Müdürlüğü": the university's office
            kind = head_type(strip_apostrophe_suffix(words[-1].group())) or "ORG"  # (a cemetery is a place)
            return [span.part(0, words[k - 1].end(), "PER"), span.part(words[k].start(), len(span.text), kind)]
    return [span]


def _opening_word_said_of(span: Span, words: Sequence[re.Match[str]], first: int) -> bool:
    """Whether ``words[first]`` says what the name after it is, no word of it: ``Başkent`` before a place
    (``Başkent Kahire``: the capital is Cairo; ``Başkent Öğretmenevi`` is a body's name), ``Koç`` before a person's
    name of two words at least (``Koç Şebnem Ergül``, ``İtalyan Koç Simeone Pianigiani``: the team's coach; not the
    surname of ``Ali Koç``, nor ``Koç Holding``)."""
    if words[first].group() == "Başkent":
        return span.type == "LOC" and first < len(words) - 1
    return words[first].group() == "Koç" and span.type == "PER" and first < len(words) - 2


# Offices no one names after a person, a person's name before them being his own (see _person_then_other).
_OFFICES = frozenset(
    {"Müdürlüğü", "Şubesi", "Şube", "Savcılığı", "Başsavcılığı", "Komutanlığı", "Karakolu", "Daire", "Dairesi"}
    | {"Adliyesi"}
    # ... nor a cemetery after a town's or a quarter's name ("Alev Sururi Torba Mezarlığı'nda toprağa verildi")
    | {"Mezarlığı"}
)
# An office's word closing a name before "ve" and another body (``Başbakan Yardımcılığı ve Adalet Bakanlığı``); not an
# abstract noun's ("Halk Sağlığı ve Sosyal Güvenlik Kurumu").
_OFFICE_WORDS = frozenset(
    {"Yardımcılığı", "Başkanlığı", "Müdürlüğü", "Müsteşarlığı", "Sekreterliği", "Koordinatörlüğü", "Komutanlığı"}
)
_PERSON_AND_THING = 3  # two words of a name and a prize's or a product's
_SURNAME_PAIR = 2
# What the lists hold as no name that copy writes right after a person's name: a prize ("Oscar'ın"), a product.
_THINGS_AFTER_PEOPLE = frozenset({"product", "competition"})

# The possessive a compound's last word takes after a vowel, by the vowel (vowel harmony): "Parti" → "Partisi".
_POSSESSIVE_AFTER_VOWEL = {"a": "sı", "ı": "sı", "e": "si", "i": "si", "o": "su", "u": "su", "ö": "sü", "ü": "sü"}


def _possessed(word: str) -> tuple[str, ...]:
    """The compound form of ``word`` ending in a vowel (``Partisi``, ``Bankası``); none after a consonant (whose
    form may change the consonant: ``Birlik`` → ``Birliği``)."""
    ending = _POSSESSIVE_AFTER_VOWEL.get(word[-1:])
    return () if ending is None else (word + ending,)


@lru_cache(maxsize=64)
def _sporting(text: str) -> bool:
    """Whether the article reads as a sports story (see ``_SPORT_WORDS``): ``_SPORTING`` of its words in the first
    6000 characters (the text's first word, then the others after their gaps: the same words ``findall`` counts)."""
    first = _SPORT_WORDS.match(text, 0, 6000)
    found = 0 if first is None else 1
    for _word in _SPORT_WORD_AFTER_GAP.finditer(text, 0 if first is None else first.end(), 6000):
        found += 1
        if found >= _SPORTING:
            break
    return found >= _SPORTING


def _without_joiner(text: str, span: Span) -> Span:
    """A span ending in a joiner cut before it: no name ends in ``&``, ``/`` or a hyphen (``Oğuzhan Uğur &`` of
    ``Oğuzhan Uğur & Sattas``); not a firm's ``& Co.`` the model stopped short of (``Philipp Holzmann & Co.``)."""
    kept = span.text.rstrip("&/-–— \t")
    if not kept or len(kept) == len(span.text) or _FIRM_AFTER.match(text, span.end):
        return span
    return span.part(0, len(kept))


_FIRM_AFTER = re.compile(r"[ \t]*(?:Co\b|Cie\b|Sons\b|Partners\b|Company\b)")


def _credit_line(text: str, span: Span) -> bool:
    """Whether the span stands on a line of agency credits only (``ANKA``, ``(ANKA)``, ``ANKA - AA``): the news
    agency, even where the lists know the word as something else (the ANKA drone); or in brackets closing the
    article's last sentence (``... vurgulandı.(ANKA)``)."""
    bracketed = text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")"
    if bracketed and span.text.isalpha() and not text[span.end + 1 :].strip():
        return True  # the article's last character (few spans open with a bracket)
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : end if end >= 0 else len(text)]
    return _CREDIT_LINE.fullmatch(line) is not None


_NEXT_TWO_CAPITALISED = re.compile(r" ([A-ZÇĞİÖŞÜ][\w]*)(?: ([A-ZÇĞİÖŞÜ][\w'’]*))?")


# A number and an index's noun after a name: "İMKB 100 Endeksi", "CAC 40 endeksinde", "Nikkei 225 endeksi".
_NUMBERED_INDEX = re.compile(r"[ \t]+\d+[ \t]+(?:[Ee]ndeks|[İi]ndeks|ENDEKS)")


def _opens_event_name(text: str, end: int) -> bool:
    """Whether the one or two capitalised words right after ``end`` close an event's name: ``Avrupa Ligi'nde``,
    ``Kupası'nı``, ``Dünya Kupası``."""
    match = _NEXT_TWO_CAPITALISED.match(text, end)
    if match is None:
        return False
    first, second = match.groups()
    last = second or first
    if turkish_lower(last).startswith(("endeks", "indeks")):
        return False  # "Güney Kore Kospi Endeksi": the index's country is named, as the corpora tag it
    return (second is None or not is_event_head(first)) and is_event_head(last)


# the months (``Kasım`` and ``Aralık`` are given names and a town too, so they stay to the other rules)
_MONTHS = MONTH_NAMES - {"Kasım", "Aralık"}
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t]+$")
_CLOCK = re.compile(r"Saat[ \t]+\d{1,2}[.:]\d{2}$")
_CLOCK_AFTER = re.compile(r"[ \t]*:?[ \t]*\d{1,2}[.:]\d{2}")
# A Turkish registration plate: the province's number, one to three letters, two to four digits ("34 ABC 123").
_PLATE_LETTERS = re.compile(r"[A-ZÇĞİÖŞÜ]{1,3}")
_PLATE_BEFORE = re.compile(r"(?<!\d)\d{2}[ \t]$")
# (a list of plates too: "10 UN 563, 34 UU 697 ve 34 FK 9600 plakalı")
_ONE_PLATE = r"\d{2}[ \t]+[A-ZÇĞİÖŞÜ]{1,3}[ \t]+\d{2,4}"
_PLATE_AFTER = re.compile(
    rf"[ \t]\d{{2,4}}(?:,[ \t]*{_ONE_PLATE})*(?:[ \t]+(?:ve|ile)[ \t]+{_ONE_PLATE})?"
    r"(?:['’][a-zçğıöşü]+)?[ \t]+plaka"
)
# Words of an amount after a number: "631 bin kişi", "2,5 milyon dolar".
_AMOUNTS = frozenset({"bin", "milyon", "milyar", "trilyon"})

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


# What an army has that a town has not: "Ordu sözcüsü", "Ordu komutanları", "Ordu birlikleri" (not "birlikte").
_ARMY_AFTER = re.compile(r"(?:sözcü|komutan|birliğ|birlikler|güçler|mensu[pb]|subay|askerler)")


def _army(text: str, span: Span) -> bool:
    """``Ordu`` before a word only an army takes: the army, not the province of that name."""
    return (
        turkish_lower(strip_apostrophe_suffix(span.text)) == "ordu"
        and _ARMY_AFTER.match(turkish_lower(next_word(text, span.end))) is not None
    )


def _head_in_genitive(words: Sequence[str]) -> bool:
    """Whether a name's last word is a body's head with a genitive ending and no apostrophe (``Başsavcılığının``)."""
    last = words[-1]
    return in_unmarked_genitive(last) and head_type(last) == "ORG"


def _body_before_event(span: Span) -> Span | None:
    """The body named before an event's or a field's name in one span, up to its head word (``Malatya Cumhuriyet
    Başsavcılığının`` of ``... Zirve Katliamı``, ``Bilkent Üniversitesi`` of ``... Enerji Hukuku``); None when no
    body's head stands before the event's own words."""
    words = words_of(span.text)
    heads = [
        k for k in range(1, len(words) - 1) if _body_head(strip_apostrophe_suffix(words[k].group()))
    ]  # a body's own head, not a trade's word ("Yapı Kredi Kişisel Bankacılık Yatırım Tercihleri Araştırması")
    return replace(span.part(0, words[heads[-1]].end()), type="ORG") if heads else None


_DATED_DASH = re.compile(r"(?:\s+\d+)?\s+[-–]\s+\d+\s*")


def _article_bodies(spans: Sequence[Span]) -> Callable[[], frozenset[str]]:
    """The folded names of an article's bodies, worked out the first time a rule asks (few articles need them)."""
    found: list[frozenset[str]] = []

    def bodies() -> frozenset[str]:
        if not found:
            found.append(frozenset(fold(canonical_name(s.text, "ORG")) for s in spans if s.type == "ORG"))
        return found[0]

    return bodies


def _without_board_office(span: Span, is_known: Callable[[str], bool]) -> Span | None:
    """A body's span closed by a board's office (``Başkanlığı``, ``Üyeliği`` after ``Kurulu``, ``Komisyonu``): the
    office is someone's, so it is cut off (``Yüksek Fen Kurulu Başkanlığı``: the board, a body); a board named by its
    function alone goes too, to the body before it the lists or the article know (``is_known``: ``Bank Asya Yönetim
    Kurulu Başkanlığına``: Bank Asya) or with the whole span where nothing else is left (``Fakülte Kurulu Üyeliği ve
    Üniversite Senatosu Üyeliği``: offices someone held; not ``Başbakanlık Yüksek Denetleme Kurulu Başkanlığı``, a
    body's board)."""
    if (
        span.type != "ORG"
        or " " not in span.text
        or ("üye" not in (lower := span.text.lower()) and "aşkan" not in lower)
    ):
        return span  # the cheap test first: an office's word ("Üyeliği", "Başkanlığı") in the span
    words = list(_WORD_RUN.finditer(span.text))
    end = len(words)
    while (start := board_office([w.group() for w in words[:end]])) is not None:
        board = end - 2
        if start == board and start > 0:
            end -= 1  # a board with a name of its own: the office only
            break
        if start > 1 and words[start - 1].group() == "ve" and is_board_office(words[start - 2].group()):
            end = start - 1  # offices a "ve" lists: "Fakülte Kurulu Üyeliği ve Üniversite Senatosu Üyeliği"
            continue
        if start > 0 and not is_known(span.text[: words[start - 1].end()]):
            end -= 1  # a body's board the lists do not know apart: the office only
            break
        end = start
    if end == len(words):
        return span
    return span.part(0, words[end - 1].end()) if end > 0 else None


_WORD_RUN = re.compile(r"\S+")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?!\d)")


def _month_before_year(text: str, span: Span, is_person: Callable[[str], bool]) -> Span:
    """A person's last word a month the copy dates by a year after it is no part of the name where the words before
    it are a person by other evidence (``is_person``: ``Silvio Berlusconi Kasım 2011'de istifa etti`` ...
    ``Berlusconi'nin``: in November 2011, though ``Kasım`` names people too); elsewhere the month may be the surname
    (``Mehmet Ali Kasım 1990'da``, ``Ayşe Nur Temmuz 2015``)."""
    if span.type != "PER" or span.text.count(" ") < 2:
        return span  # the cheap test first
    words = span.text.split()
    if turkish_lower(words[-1]) not in MONTHS or _YEAR_AFTER.match(text, span.end) is None:
        return span
    if not is_person(" ".join(words[:-1])):
        return span
    return span.part(0, len(span.text[: span.text.rindex(words[-1])].rstrip()))


def _dated_parts(span: Span, is_known: Callable[[str], bool]) -> list[Span]:
    """A span cut at a spaced dash before a number: a headline's date after an outlet's name (``Washington Post - 07
    Aralık``: the outlet), a score between two teams (``Atlanta Hawks 81 - 89 Boston Celtics``: both teams); and before
    a month in the locative or the ablative that names no one (``Obama Haziran'da``; not ``Nisan``, ``Kasım``,
    ``Eylül``, given names, nor ``Ocak``, ``Ekim``, surnames); and after a date or a month opening it, before a name
    the lists know (``is_known``: ``27 Kasım İstanbul Büyükşehir Belediyesi``; not ``19 Mayıs Üniversitesi``, a
    name)."""
    dated = _DAY_AND_MONTH.match(span.text) if span.text[:1].isdigit() or span.text[:3] in _MONTH_STARTS else None
    if dated is not None and not is_known(canonical_name(span.text, span.type)):
        body = span.part(dated.end(), len(span.text))
        if " " in body.text and is_known(canonical_name(body.text, body.type)):
            return [body]
    words = words_of(span.text) if in_locative_or_ablative(span.text) else []  # (the cheap test first)
    if (
        len(words) > 1
        and in_locative_or_ablative(last := words[-1].group())
        and turkish_lower(strip_apostrophe_suffix(last)) in MONTHS_NO_ONE_NAMED
    ):
        # "Obama Haziran'da Berlin'i ziyaret edecek": in June ("Hırvatistan 1 Temmuz'da": the day's number too)
        last_word = len(words) - 2
        while last_word > 0 and words[last_word].group().isdigit():
            last_word -= 1
        return [] if words[last_word].group().isdigit() else [span.part(0, words[last_word].end())]
    match = _DATED_DASH.search(span.text)
    if match is None or match.start() == 0:
        return [span]
    rest = span.text[match.end() :]
    named = rest[:1].isupper() and turkish_lower(rest.split(maxsplit=1)[0]) not in MONTHS_AND_DAYS
    right = [span.part(match.end(), len(span.text))] if named else []
    return [span.part(0, match.start()), *right]


# A day's date opening a span: "27 Kasım " (then a name), "1 Mayıs ".
# (or its month alone, the model's span starting after the day: "27 " + "Kasım İstanbul Büyükşehir Belediyesi")
_MONTHS_WRITTEN = sorted(MONTH_NAMES)
# (and its year: "27 Kasım 2024 " + "İstanbul Büyükşehir Belediyesi")
_DAY_AND_MONTH = re.compile(
    rf"(?:(?:[1-9]|[12]\d|3[01])[ \t]+)?(?:{'|'.join(_MONTHS_WRITTEN)})[ \t]+(?:(?:19|20)\d\d[ \t]+)?"
)
_MONTH_STARTS = frozenset(month[:3] for month in _MONTHS_WRITTEN)  # (the cheap test: a span's first three letters)


def _plate(text: str, span: Span) -> bool:
    """The letters of a vehicle's registration plate (``57 AB 573 plakalı``, ``07 SBB 90 plakalı``): a province's
    two digits before them, two to four digits and the plate's word after, no body's acronym."""
    return (
        _PLATE_LETTERS.fullmatch(span.text) is not None
        and _PLATE_BEFORE.search(text, max(0, span.start - 4), span.start) is not None
        and _PLATE_AFTER.match(text, span.end) is not None
    )


def _date_or_clock(text: str, span: Span) -> bool:
    """A month after its day (``1 Temmuz'dan``; ``Kasım`` and ``Aralık`` are given names and a town too, so they
    stay to the other rules) or a time (``Saat 03.30``): no place, no name."""
    if _CLOCK.match(span.text) or (span.text in ("Saat", "SAAT") and _CLOCK_AFTER.match(text, span.end)):
        return True  # (and a box score's "SAAT: 19.00")
    day = _DAY_BEFORE.search(text, max(0, span.start - 4), span.start)
    return day is not None and strip_apostrophe_suffix(span.text) in _MONTHS


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest first wins where spans overlap (an extension may now cover the model's next span)."""
    taken = Taken([])
    kept = [s for s in sorted(spans, key=lambda s: (s.start - s.end, s.start)) if taken.claim(s.start, s.end)]
    return sorted(kept, key=lambda s: s.start)


def _in_place_case_apart(text: str, span: Span, place: str) -> bool:
    """Whether ``text`` names ``place`` in a place's case (:func:`in_place_case`) outside ``span`` (``Strasburg'a
    gidecek``)."""
    return any(
        not span.start <= match.start() < span.end and in_place_case(match.group())
        for match in re.finditer(rf"(?<![\w]){re.escape(place)}['’][a-zçğıöşü]+", text)
    )


def _named_apart(text: str, span: Span, body: str) -> bool:
    """Whether ``text`` names ``body`` outside ``span`` with no town before it (not ``Muş Alparslan Üniversitesi'nde``
    after ``MUŞ Alparslan Üniversitesi``), or by its initials of three letters or more, or in brackets right after the
    span (``SDÜ`` of ``Süleyman Demirel Üniversitesi``; not ``Ankara Üniversitesi (AÜ)``'s two)."""
    name = strip_apostrophe_suffix(body)
    town = turkish_lower(span.text.split(maxsplit=1)[0])
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    apart = any(
        not span.start <= m.start() < span.end and turkish_lower(previous_word(text, m.start())) != town
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}", text)
    )
    bracketed = re.match(rf"[ \t]*\({re.escape(initials)}\)", text[span.end :]) is not None
    spelt = len(initials) >= _MIN_INITIALS and re.search(rf"(?<![\w]){re.escape(initials)}(?![\w])", text)
    return apart or bracketed or bool(spelt)


def _committees_with_fields(text: str, spans: Sequence[Span]) -> list[Span]:
    """A parliament's body before a list of fields and a committee's span after it, one committee (``TBMM Sanayi,
    Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonu``): the commas list the committee's fields."""
    if "Komi" not in text:
        return list(spans)  # the cheap test first: most articles name no committee
    ordered = sorted(spans, key=lambda s: s.start)
    result: list[Span] = []
    for span in ordered:
        first = result[-1] if result else None
        if (
            first is not None
            and first.type == "ORG"
            and span.type == "ORG"
            and first.text.split(maxsplit=1)[0] in {"TBMM", "Meclis"}
            and " " in first.text
            # (a body before the committee is no field: "TBMM Genel Kurulu, Plan ve Bütçe Komisyonu'na")
            and (
                head_type(last := strip_apostrophe_suffix(first.text.rsplit(maxsplit=1)[-1])) != "ORG"
                or is_company_word(last)  # ("TBMM Sanayi, Ticaret, ...": a field that is a firm's word too)
            )
            and _COMMITTEE_HEAD.search(span.text) is not None
            and _COMMITTEE_FIELDS.fullmatch(text, first.end, span.start) is not None
        ):
            result[-1] = Span("ORG", first.start, span.end, text[first.start : span.end], first.confidence)
        else:
            result.append(span)
    return result


def _without_place_phrase(span: Span) -> Span:
    """A body's span without the place's phrase in the locative that opens it (see ``_PLACE_PHRASE``); the place's
    own name is the model's or the gazetteer's to find."""
    if span.type != "ORG" or ("ki " not in span.text):
        return span  # the cheap test first
    words = words_of(span.text)
    for index, word in enumerate(words[:-2]):
        if _PLACE_PHRASE.fullmatch(word.group()) is not None and word.group()[:1].isupper():
            rest = words[index + 1]
            return span.part(rest.start(), len(span.text)) if rest.group()[:1].isupper() else span
    return span


def _without_repeated_capitals(span: Span, is_place: Callable[[str], bool]) -> Span:
    """A span whose first word, in capitals, repeats the next one (``TÜRKİYE Türkiye Petrolleri Anonim Ortaklığı``:
    the lead's first word in capitals before the name that opens with it), or a body's or place's span whose first
    word is a town written twice (``İzmir İzmir Eğitim Araştırma Hastanesi``, a dateline's town before the name; not a
    person's, ``Hassan Hassan``, nor a name that doubles a word, ``Çın Çın Plak``, ``Tom Tom Kaptan Sokağı``): the name
    without it."""
    words = words_of(span.text)
    if len(words) < 2:
        return span  # the cheap test first
    if span.type != "PER" and len(words) > 2 and words[0].group() == words[1].group() and is_place(words[0].group()):
        return span.part(words[1].start(), len(span.text))
    if not words[0].group().isupper() or words[1].group().isupper():
        return span
    if turkish_lower(words[0].group()) != turkish_lower(strip_apostrophe_suffix(words[1].group())):
        return span
    return span.part(words[1].start(), len(span.text))
