"""The head word of a name says what it names: ``... Hastanesi`` is an organisation, ``... Mahallesi`` a place.

So a hospital named after a person (``Kemal Advan Hastanesi``) is never a person, and a person's name right
before ``Hastanesi`` is part of the hospital's name. Heads are matched on the Turkish-lowercased word with its
case ending (``Hastanesine``, ``Hastanesi'nden``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from newswire_schemas import EntityType

from newswire_tagger.entities.headwords import LOC_HEADS, ORG_HEADS
from newswire_tagger.entities.names import (
    BARE_STREET_WORDS,
    ORDINAL_SUFFIXES,
    STREET_WORDS,
    strip_apostrophe_suffix,
    turkish_lower,
    turkish_upper,
)

__all__ = [
    "BRAND_NOUNS",
    "COMPASS_WORDS",
    "LEGAL_FORMS",
    "MINISTRY_FIELDS",
    "MONTHS",
    "MONTHS_AND_DAYS",
    "MONTHS_NO_ONE_NAMED",
    "MONTH_NOUN",
    "PLACE_NOUNS",
    "QUOTED_FIRM_NOUNS",
    "WEEKDAY_NAMES",
    "PlaceNoun",
    "head_type",
    "is_address_part",
    "is_bare_head",
    "is_club",
    "is_company_word",
    "is_date_word",
    "is_event_head",
    "is_generic_body",
    "is_group_or_legal_form",
    "is_legal_form",
    "is_numbered_street",
    "is_venue",
    "kind_after",
    "kind_before",
    "numbered_streets",
    "opens_organisation",
    "opens_place",
    "place_noun_forms",
    "place_plurals",
    "street_word_end",
]

# A firm's legal forms and a group's words, in lower case: they end a firm's whole name ("Türk Telekom AŞ", "Fujitsu
# Ltd.", "Koç Holding").
_COMPANY_FORMS = (
    *("a.ş.", "aş", "şti", "şti.", "inc", "inc.", "ınc", "ınc.", "corp", "corp.", "corporation", "ltd", "ltd."),
    *("limited", "llc", "llp", "lp", "plc", "gmbh", "gyo"),
)
_GROUP_WORDS = frozenset({"holding", "holdings", "group", "grup", "grubu"})
# Company words end a company's name ("Aksa Enerji"), but begin other names ("Enerji Bakanı"): see is_company_word.
_COMPANY_WORDS = (
    "|".join(re.escape(w) for w in sorted({*_COMPANY_FORMS, *_GROUP_WORDS} - {"grubu"}, key=lambda w: (-len(w), w)))
    + "|catering|plak|"
    "sigorta|katılım|yatırım|otomotiv|sanayi|sanayii|dağıtım|makineleri|"
    "havayolları|havayolu|telekom|lojistik|gayrimenkul|enerji|teknoloji|inşaat|madencilik|ilaç|tekstil|çimento|"
    # the commonest last words of ayikla's Turkish company names, and their English forms (words that also
    # end people's or places' names, such as Kimya or Tarım, are left out)
    "danışmanlık|mühendislik|bilişim|yazılım|elektronik|medya|pazarlama|gıda|makina|mobilya|ambalaj|plastik|"
    "petrokimya|kozmetik|teknolojileri|hizmetleri|sistemleri|ticaret|capital|partners|motors|airlines|airways|air|"
    # industries that end a company's name and no gold set's person's ("Assan Alüminyum", "Şeker Piliç", "Royal
    # Halı"; not "Demir", "Çelik": Ömer Çelik)
    "alüminyum|seramik|boya|kağıt|döküm|metal|petrol|turizm|konfeksiyon|mermer|kablo|piliç|halı|"
    "makarna|bisküvi|çikolata|emeklilik|kimyasalları|"
    "bancorp|technologies|pharmaceuticals|petroleum|software|solutions|consulting|ventures|investments|"
    # English words that end a company's name and never a person's: "Victoria Securities", "Grace Foods"
    "securities|financial|insurance|bank|energy|foods|industries|resources|services|systems|labs|pharma|"
    "therapeutics|brands|fund|funds|entertainment|communications|networks|hotels|resorts|logistics|automotive|"
    # a band's last word ("Rahbani Brothers", "Nilüfer Verdi Trio", "Michael Nyman Band"), as a firm's
    "electric|brothers|trio|band|"
    "chemicals|semiconductors?|robotics|biotech|realty|properties|studios|"
    # a trade noun: "Tuna Kumaşçılık", "Yıldız Nakliyecilik" (no surname ends so)
    "\\w+[cç](?:ılık|ilik|uluk|ülük)"
)
# A firm's legal form after its name is part of it ("Çukurova Elektrik Dağıtım AŞ", "Siemens Enerji AG").
# (AŞ, LTD, ŞTİ, PLC are company words already; not "AB", the European Union in Turkish copy)
# A ministry's fields, firms' words some of them ("Bilim Sanayi ve Teknoloji Bakanı", "Ulaştırma Denizcilik ve ...",
# "Tarım, Gıda ve Hayvancılık İl Müdürlüğü").
MINISTRY_FIELDS = frozenset(
    {"Sanayi", "Ticaret", "Enerji", "Teknoloji", "Turizm", "İletişim", "Yatırım", "Finans", "Denizcilik", "Tarım"}
    | {"Hayvancılık", "Gıda", "Haberleşme", "Ulaştırma", "Altyapı", "Kültür", "Spor", "Gençlik", "Çevre", "Orman"}
    | {"Bilim", "Aile", "Çalışma", "Şehircilik", "Kalkınma", "Ekonomi", "Bilişim", "Su"}
)
# (and a joint venture's, "İşkaya Doğu OGG": Ortak Girişim Grubu)
LEGAL_FORMS = frozenset({"AG", "SA", "NV", "SE", "AS", "BV", "SPA", "SpA", "KG", "OY", "OGG"})
# ... and every legal form and group word a firm's name may end in, folded to lower case: the word that says the name
# before it is a firm's whole name ("Koç Holding", "Türk Telekom AŞ", "Fujitsu Ltd.").
_FIRM_FORMS = frozenset({form.lower() for form in LEGAL_FORMS} | set(_COMPANY_FORMS))


def is_legal_form(word: str) -> bool:
    """Whether ``word`` is a firm's legal form (``AG``, ``AŞ``, ``A.Ş.``, ``Ltd.``, ``GmbH``), whatever its case."""
    return turkish_lower(word) in _FIRM_FORMS or word.lower() in _FIRM_FORMS


def is_group_or_legal_form(word: str) -> bool:
    """Whether ``word`` is a firm's legal form or a group's word (``Holding``, ``Group``, ``Grup``)."""
    return is_legal_form(word) or turkish_lower(word) in _GROUP_WORDS


# ... and first words that open one: "University of Sydney", "Club Atlético Colón", "Banco Santander", "Museo del
# Prado".
_ORG_OPENERS = frozenset(
    [
        "university",
        "universidad",
        "université",
        "universität",
        "università",
        "club",
        "banco",
        "banca",
        "institut",
        "instituto",
        "fundación",
        "fondation",
        "stiftung",
        "partido",
        "partidul",
        "partito",
        "museum",
        "museo",
        "musée",
    ]
)
# The head, then any case ending, with or without an apostrophe (Hastanesine, Hastanesi'nden); no case ending
# opens with -ci, which makes another word of the head ("Otelciler", hoteliers; "Limancılar"). Without an apostrophe
# an ending opens with a letter a case, a plural or a possessive does (the buffer n or y, -lar, -m, -da/-ta, -ca, a
# vowel) or is an English plural's s: no surname that opens with a head is one (Sinan "Kurumuş", Seyhun "Yurdugül").
_HEAD_ENDING = r"(?:['’][a-zçğıöşü]*|[nymldtcaeıiuü][a-zçğıöşü]*|s)?"
_HEAD = re.compile(
    rf"^(?:(?P<org>{ORG_HEADS})(?![cç][ıiuü]){_HEAD_ENDING}"
    # a company word takes a suffix only after an apostrophe: "Enerji'nin", never "enerjik" or "aşık"
    rf"|(?P<company>{_COMPANY_WORDS})(?:['’][a-zçğıöşü]*)?"
    rf"|(?P<loc>{LOC_HEADS})(?![cç][ıiuü]){_HEAD_ENDING})$"
)

# The months' and the days' names, in lower case (dates, not names: "1 Temmuz'dan", "Pazar günü").
MONTHS = frozenset(
    ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık")
)
# ... and those no one is named (not "Nisan", "Kasım", "Eylül", given names, nor "Ocak", "Ekim", surnames): in the
# locative or the ablative after a name, a date ("Obama Haziran'da Berlin'i ziyaret edecek").
MONTHS_NO_ONE_NAMED = frozenset({"şubat", "mart", "mayıs", "haziran", "temmuz", "ağustos", "aralık"})
MONTHS_AND_DAYS = MONTHS | {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"}
WEEKDAY_NAMES = frozenset(turkish_upper(day[0]) + day[1:] for day in MONTHS_AND_DAYS - MONTHS)
"""The weekdays' names as written in a sentence (``Pazartesi`` ... ``Pazar``)."""
_DAY_PARTS = ("gün", "akşam", "sabah", "gece", "öğle")


MONTH_NAMES = frozenset(turkish_upper(month[0]) + month[1:] for month in MONTHS)
"""The months' names as written in a sentence (``Ocak`` ... ``Aralık``)."""
MONTH_NOUN = r"ayı(?:n(?:da|a|ı|dan|ın|daki))?"
"""The month's noun after a month's name, in any case (``Ekim ayında``, ``Muharrem ayının``; not ``aylardır``)."""
_MONTH_NOUN = re.compile(rf"{MONTH_NOUN}$")


def is_date_word(word: str, after: str) -> bool:
    """Whether ``word`` is a weekday's or a month's name that ``after`` makes a date (``Salı günü``, ``Cuma akşamı``,
    ``Ekim ayında``, ``Cuma namazı``): no name's word (``Selahattin Demirtaş Salı günü``, ``Thomas Straumann Ekim
    ayında``)."""
    if word in MONTH_NAMES:
        return _MONTH_NOUN.match(after) is not None
    # (and Friday's prayer, in the possessive: "Erdoğan Cuma namazının ardından"; not "imam Hasan Cuma namaz kıldırdı")
    return word in WEEKDAY_NAMES and (after.startswith(_DAY_PARTS) or (word == "Cuma" and after.startswith("namazı")))


@lru_cache(maxsize=65536)
def head_type(word: str) -> EntityType | None:
    """ORG or LOC when ``word`` is an institution or place head (``Hastanesi``, ``Mahallesi'nde``), else None."""
    # English heads: Turkish lower-casing makes "Institute" "ınstitute", so try the plain lower case too
    if word == "sokak":
        return "LOC"  # "Gül sokak": an address in lower case ("Başkanlık Seçimi Sokak Dövüşü" is a game's title)
    match = _HEAD.match(turkish_lower(word)) or _HEAD.match(word.lower())
    if match is None:
        return "ORG" if is_club(word) or _CHAMBER.fullmatch(word) else None
    return "LOC" if match.group("loc") else "ORG"


# A chamber of commerce by its acronym after its town, in capitals ("Diyarbakır TSO", "Prato TSO'nun"; not "Tsonga").
_CHAMBER = re.compile(r"TSO(?:['’][a-zçğıöşü]+)?")


@lru_cache(maxsize=65536)
def opens_organisation(word: str) -> bool:
    """Whether ``word`` opens a foreign body's name (``University`` of, ``Club``, ``Banco``)."""
    return turkish_lower(word) in _ORG_OPENERS or word.lower() in _ORG_OPENERS


# ... and English words that open a place's name: "Cape Fairweather", "Fort Pierce", "Mount Everest", "Lake Placid"
# (not "Port": "Port Authority", "Port Vale").
_PLACE_OPENERS = frozenset({"Cape", "Fort", "Mount", "Lake", "Isle"})


def opens_place(word: str) -> bool:
    """Whether ``word`` opens a foreign place's name (``Cape`` of ``Cape Fairweather``, ``Fort``, ``Mount``)."""
    return word in _PLACE_OPENERS


# Events, prizes, competitions, treaties, packages and diseases are no PER, ORG or LOC: "Bahar Bayramı",
# "Washington Zirvesi", "Dünya Kupası", "Tasarım Bienali", "Yargı Paketi", "Avrupa İnsan Hakları Sözleşmesi".
_EVENT_HEAD = re.compile(
    r"^(?:bayramı|günü|haftası|yılı|savaşı|muharebesi|olimpiyatları|kupası|ödülü|ödülleri|festivali|zirvesi|"
    r"konferansı|forumu|fuarı|şampiyonası|turnuvası|ligi|maratonu|anlaşması|antlaşması|mutabakatı|"
    r"bildirgesi|planı|operasyonu|harekatı|yasası|kanunu|sempozyumu|bienali|rallisi|yarışması|sergisi|konseri|"
    r"toplantısı|kampanyası|ihalesi|paketi|sözleşmesi|"
    # ceremonies, galas, fêtes, derbies, exams and anthems: "Ödül Töreni", "Lale Şenliği", "KPSS Sınavı"
    r"töreni|galası|gecesi|şenliği|derbisi|sınavı|marşı|"
    # carnivals and meetings: "Rio Karnavalı", "Bursa Buluşması" (not a celebration: "Galatasaray Kutlamaları" are the
    # club's fans')
    r"karnavalı|buluşması|"
    # a programme or a survey is a plan, not its body: no gold set lists one (`Okul Sütü Programı`), the lists
    # know the UN's (`Dünya Gıda Programı`)
    r"programı|araştırması|projesi|"
    # a regulation, decree or directive is a text, as a law is: no gold set lists one
    r"yönetmeliği|tüzüğü|genelgesi|kararnamesi|tebliği|direktifi|"
    # a disease or syndrome named after its describer is no person: "Gardner Sendromu", "Wernicke Hastalığı"
    r"sendromu|hastalığı|virüsü|"
    # indices, as the guide leaves them out ("Tüketici Güven Endeksi"), and disasters ("Van Depremi", "Sandy Kasırgası")
    r"endeksi|endeksleri|indeksi|depremi|kasırgası|tsunamisi|"
    # accidents and catastrophes: "Üsküdar Vapur Faciası", "Soma Maden Kazası"; processes and courses: "Oslo Süreci",
    # "Özel Hükümler Dersi"
    r"faciası|felaketi|kazası|süreci|dersi(?=$|['’]|n)|"
    # prayers and holy nights: "Cuma Namazı", "Regaip Kandili"; a show ("Beyaz Show", "İstanbul Motor Show")
    r"namazı|kandili|show(?=$|['’])|"
    # a race, a convention: "Türkiye Grand Prix'si", "Monaco Grand Prix", "Soccerex Global Convention"
    r"prix(?=$|['’]|si)|convention(?=$|['’])|"
    # wars, revolutions, coups, uprisings and massacres: "Balkan Savaşları", "Fransız Devrimi", "27 Mayıs Darbesi",
    # "Hama Katliamı" (not a field of law: "Bilkent Üniversitesi Enerji Hukuku" is a department, its university named)
    r"savaşları|devrimi|darbesi|darbeleri|ayaklanması|katliamı|"
    # trials: "Ergenekon Davası", "Balyoz davasında" (the case, not the accused nor the court)
    r"davası|davaları|"
    # vaccines and devices: "BCG Aşısı", "Kızamık Aşısı", "Sır Cihazı" (a thing, not a body)
    r"aşısı|aşıları|cihazı|cihazları|"
    # finds and artefacts: "Roma Mozaiği", "Boğazköy Sfenksi", "Alexander Lahdi", "Mona Lisa Tablosu" (a thing; not a
    # statue, "Özgürlük Heykeli" is a landmark)
    r"mozaiği|mozaikleri|sfenksi|lahdi|lahiti|vazosu|kabartması|kabartmaları|steli|yazıtı|yazıtları|kitabesi|"
    r"tablosu)(?:['’]?[a-zçğıöşü]*)$"
)


# An address written with the street word in lower case: "Tahta Tulumba sokak", "Evren Paşa caddesinde", "Kirazlı
# Mah.". The nominal "sokakta" is left alone: "Ayşe sokakta bulundu" is a person found in the street.
_STREET_AFTER = re.compile(
    rf" (?:{'|'.join(map(re.escape, BARE_STREET_WORDS))}|(?:{'|'.join(STREET_WORDS)})[a-zçğıöşü]*)(?=[\s,.;:)!?]|$)"
)


def street_word_end(text: str, end: int) -> int | None:
    """The end of a lower-case street or quarter word right after ``end`` (``Gül`` + `` sokak``), else None."""
    match = _STREET_AFTER.match(text, end)
    return match.end() if match is not None else None


# The quarter and street words an address chains ("X Mah. Y Cad. Z sokak"), abbreviated or not.
_ADDRESS_PARTS = frozenset(
    {"Mah", "Mh", "Cad", "Cd", "Sok", "Sk", "Mahalle", "Mahallesi", "Caddesi", "Sokağı", "Bulvarı", "mahallesi",
     "caddesi", "sokak", "sokağı", "bulvarı"}
)  # fmt: skip


# "1463 Sokak'ta", "188'inci Sokak", "36 Sokak": a numbered street or quarter written as a name is a place. Not
# one in lower case ("5601 sokak 8 numaralı evde", "419. sokak" in a list of streets without water): the gold sets
# leave those out as parts of an address, and "3 sokak ötede" is a distance.
_NUMBERED_STREET = re.compile(
    rf"(?<![\w./,'’])\d{{1,5}}(?:/\d{{1,3}}|\.|['’](?:{ORDINAL_SUFFIXES}))? "
    r"(?:Sokak|Sokağı|Caddesi|Cadde|Mahallesi|Bulvarı)(?:['’][a-zçğıöşü]+)?(?=[\s,.;:)!?]|$)"
)


def numbered_streets(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a numbered street or quarter (``1463 Sokak'ta``, ``188'inci Sokak``): start, end."""
    if "Sok" not in text and "Cadde" not in text and "Mahalle" not in text and "Bulvar" not in text:
        return []  # the cheap test first: most articles name no street
    return [(m.start(), m.end()) for m in _NUMBERED_STREET.finditer(text)]


# A highway's code: "D-100", "E-80", "O-4" (state, European and toll roads), before its noun in any case ("D-100
# karayolunda", "E-5 Karayolu'nda"): the road, a place.
_ROAD_CODE = re.compile(r"D-\d{3}|[EO]-\d{1,3}")  # (not "D-8", the eight countries' group)
_ROAD = re.compile(rf"(?<![\w-])(?:{_ROAD_CODE.pattern})(?=[ \t]+(?:[Kk]ara[ \t]?[Yy]olu|[Oo]toyolu|[Yy]olu))")


def numbered_roads(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a highway's code before its noun (``D-100 karayolunda``): start, end."""
    if "D-" not in text and "E-" not in text and "O-" not in text:
        return []  # the cheap test first
    return [(m.start(), m.end()) for m in _ROAD.finditer(text)]


def is_road_code(name: str) -> bool:
    """Whether ``name`` is a highway's code alone (``D-100``, ``E-80``)."""
    return _ROAD_CODE.fullmatch(name) is not None


def is_numbered_street(name: str) -> bool:
    """Whether ``name`` is a numbered street or quarter as a whole (``36 Sokak'ta``)."""
    return name[:1].isdigit() and numbered_streets(name) == [(0, len(name))]


# A board, committee or office named by its function alone belongs to a body the text names elsewhere ("Yönetim
# Kurulu", "Disiplin Kurulu", "İcra Komitesi", "Genel Müdürlüğü", "Nöbetçi Mahkeme"): no name of its own.
_GENERIC_FIRST = frozenset(
    {"yönetim", "disiplin", "icra", "ihale", "denetim", "danışma", "yürütme", "etik", "genel", "büro", "nöbetçi",
     "canlı", "seçim", "teknik", "idari", "konferans", "toplantı", "düğün", "yerel",
     # a university's own boards and offices: "Fakülte Kurulu", "Üniversite Senatosu", "Bölüm Başkanlığı"
     "denetleme", "fakülte", "bölüm", "üniversite"}
)  # fmt: skip
# A regional or provincial office of a body the copy named before, after a number's ordinal only ("DSİ 13'üncü Bölge
# Müdürlüğü"): "Meteoroloji Bölge Müdürlüğü", "Sağlık İl Müdürlüğü" are names.
_REGIONAL_FIRST = frozenset({"bölge", "il"})
_GENERIC_HEAD = re.compile(
    # (and their case endings written without an apostrophe: "Genel Kurulun sonunda", "Yönetim Kurulunda")
    r"^(?:kurul(?:u|un)|komitesi|komisyonu|müdürlüğü|sekreterliği|amirliği|mahkeme|mahkemesi|birimi|heyeti|ekibi|"
    r"masası|salonu|senatosu|başkanlığı|merkezi)(?:n[a-zçğıöşü]+)?$"  # (a body's seat: "Genel Merkezi'nin")
)
# A number's ordinal opening such a name: "13'üncü Bölge Müdürlüğü", "3. Bölge Müdürlüğü".
_ORDINAL_OPENING = re.compile(r"^\d+(?:\.|['’][a-zçğıöşü]+)$")


# A board's office closing a body's name: "Bank Asya Yönetim Kurulu Başkanlığına", "Denetleme Kurulu Üyeliği".
_BOARD = re.compile(r"^(?:kurul(?:u|un)|komitesi|komisyonu|senatosu|heyeti)$")
_BOARD_OFFICE = re.compile(
    r"^(?:üyeliği|üyesi|üyeleri|başkanlığı|başkanı|başkanvekili|başkanvekilliği)(?:n[a-zçğıöşü]+)?$"
)


def board_office(words: Sequence[str]) -> int | None:
    """Where the function words of a board whose office closes a name's ``words`` begin (``Yönetim`` of ``Bank Asya
    Yönetim Kurulu Başkanlığı``, ``Fakülte`` of ``Fakülte Kurulu Üyeliği``; the board itself where none is written
    before it: ``Kurulu`` of ``Yüksek Fen Kurulu Başkanlığı``), or None when no board's office closes them: the
    office (the last word) is someone's, no body's name."""
    lowered = [turkish_lower(word) for word in words]
    if len(lowered) < 2 or not is_board_office(lowered[-1]) or not _BOARD.match(lowered[-2]):
        return None
    start = len(lowered) - 2
    while start > 0 and lowered[start - 1] in _GENERIC_FIRST:
        start -= 1
        # (two functions a "ve" joins: "Yönetim ve Denetim Kurulu Üyeleri")
        if start > 1 and lowered[start - 1] == "ve" and lowered[start - 2] in _GENERIC_FIRST:
            start -= 1
    return start


def is_board_office(word: str) -> bool:
    """Whether ``word`` is an office someone holds on a board (``Üyeliği``, ``Başkanlığına``, ``Üyesi``)."""
    return _BOARD_OFFICE.match(turkish_lower(word)) is not None


def is_bare_head(name: str) -> bool:
    """Whether ``name`` is one body or place head word alone (``Bakanlığı``, ``Hastanesi``): no name (a club's
    one-word name, ``Trabzonspor``, or a company word is not such a head)."""
    if " " in name:
        return False
    match = _HEAD.match(turkish_lower(name))
    return match is not None and match.group("company") is None


def is_generic_body(name: str) -> bool:
    """Whether ``name`` is a function and a body word alone (``Yönetim Kurulu``, ``İcra Komitesi``, ``Fakülte Yönetim
    Kurulu``), a hall's common name (``Konferans Salonu``, ``Düğün Salonu``) or a tournament's group (``C Grubu``): no
    name."""
    if not 1 <= name.count(" ") <= 2:
        return False  # the cheap test first: two or three words only
    words = turkish_lower(name).split()
    if len(words) == 2 and len(words[0]) == 1 and words[1] == "grubu":
        return True  # "C Grubu": a tournament's group, no body
    if len(words) == 3 and _ORDINAL_OPENING.match(words[0]):
        return words[1] in _GENERIC_FIRST | _REGIONAL_FIRST and _GENERIC_HEAD.match(words[2]) is not None
    return all(word in _GENERIC_FIRST for word in words[:-1]) and _GENERIC_HEAD.match(words[-1]) is not None


def is_address_part(word: str) -> bool:
    """Whether ``word`` is a quarter or street word an address chains (``Mah.``, ``Cad``, ``sokak``, ``Caddesi``)."""
    return word.rstrip(".") in _ADDRESS_PARTS


# A shopping, congress, culture, ski or show centre is where things happen, a place, though "Merkezi" heads bodies
# ("Kriz Merkezi").
_VENUE_HEADS = frozenset(
    {"alışveriş merkezi", "alışveriş merkezleri", "kongre merkezi", "fuar merkezi", "fuar alanı", "kayak merkezi",
     "gösteri merkezi", "kültür merkezi"}
)  # fmt: skip
# ... and so are a club's or a town's grounds, every gold set's places ("Nevzat Demir Tesisleri", "Belediye Sosyal
# Tesisleri"): a type only, no head that makes or parts a name ("Alsim Alarko Sanayi Tesisleri ve Ticaret AŞ" is a
# firm, "Canlılığın Yeniden Tesisi" a title).
_GROUNDS = re.compile(r"tesis(?:leri|i)(?:n?[a-zçğıöşü]*)$")  # (a case ending too: "Fulya Tesislerine")
_VENUE_STARTS = frozenset({"avm", "mer", "ala", "tes"})


def is_venue(words: list[str]) -> bool:
    """Whether a name's last words make it a venue: ``… Alışveriş Merkezi``, ``… Kongre Merkezi``, ``… AVM``, ``…
    Spor Tesisleri`` (not a firm's: ``… Sanayi Tesisleri``)."""
    if len(words) < 2 or turkish_lower(words[-1][:3]) not in _VENUE_STARTS:
        return False  # the cheap test first: most names end in no venue word
    last = [turkish_lower(strip_apostrophe_suffix(w)) for w in words[-2:]]
    if _GROUNDS.match(last[-1]):
        return not is_company_word(words[-2])
    return last[-1] == "avm" or (len(words) > 2 and " ".join(last) in _VENUE_HEADS)


@lru_cache(maxsize=65536)
def is_event_head(word: str) -> bool:
    """Whether ``word`` heads the name of an event, prize, competition, treaty or plan (never an entity here)."""
    return _EVENT_HEAD.match(turkish_lower(word)) is not None


# "Yalovaspor", "Kasımpaşaspor'a", "Bursa Spor": a sports club; "FK", "SK", "FC" end a club's name too.
_CLUB = re.compile(r"^(?:\w*spor|fk|sk|jk|gsk|fc|cf|afc)(?:['’][a-zçğıöşü]+)?$")


@lru_cache(maxsize=65536)
def is_club(word: str) -> bool:
    """Whether ``word`` names or ends a sports club's name (``Yalovaspor'a``, ``Spor``, ``FK``)."""
    return _CLUB.match(turkish_lower(word)) is not None


def is_club_name(word: str) -> bool:
    """Whether ``word`` alone is a club's whole name by its form: a town's or a sponsor's and "spor" (``Ofspor``,
    ``Belediyespor``), not ``Spor'a`` nor ``FK``."""
    return len(word) > len("Spor") + 1 and is_club(word)


_COMPANY_WORD = re.compile(rf"^(?:{_COMPANY_WORDS})(?:['’][a-zçğıöşü]*)?$")


@lru_cache(maxsize=65536)
def is_company_word(word: str) -> bool:
    """Whether ``word`` is a company word (``Enerji``, ``Holding``): a head only where a name ends."""
    return _COMPANY_WORD.match(turkish_lower(word)) is not None or _COMPANY_WORD.match(word.lower()) is not None


COMPASS_WORDS = frozenset(
    {"Doğu", "Batı", "Kuzey", "Güney", "Güneydoğu", "Kuzeydoğu", "Güneybatı", "Kuzeybatı", "Orta", "İç"}
)
"""The compass's words that open a region's name (``Doğu Anadolu``, ``Orta Asya``), no name alone."""
QUOTED_FIRM_NOUNS = "şirketi|ajansı"
"""A firm's or an agency's noun, bare (``“Orbital Sciences” şirketi``): after a whole quotation only, a body's (bare
after a name, ``GSM şirketi`` is any firm of a kind as often), as a regex alternation."""
BRAND_NOUNS = "markası|dergisi|gazetesi|firması|sitesi"
"""Lower-case nouns after a name that say it is a brand, a publication, a firm or a site (``Boxer dergisine``), as a
regex alternation; no possessive here is also an accusative."""


class PlaceNoun(NamedTuple):
    """A lower-case noun that says the name before it is a place: ``Polatlı ilçesinde``, ``Kars ve Ardahan illerinde``.

    One vocabulary for every rule that asks it: the noun after a name the model read (``kind_after``), the noun that
    opens a place the model did not read (``recall``), the plural after a list of names (``lists``); each field says
    which of them read the noun."""

    possessive: str  # the form after one name: "ilçesi" ("Polatlı ilçesinde")
    plural: str  # the form after a list of names: "ilçeler" ("Kars ve Ardahan ilçelerinde")
    accusative: bool = False  # the bare possessive is an accusative too ("köyü": "Ahmet köyü gezdi"): needs an ending
    finds: bool = False  # opens a place where the model read no name ("Gelik beldesinde"), besides typing one it read
    # the plural after a list of names, for the list rules: "place" with any ending ("kentlerinde"), "built" (works
    # and streams named after people: "Fatih ve Kanuni köprüleri") bare or possessive only ("meydanlarda" is no list)
    listed: str = ""
    spot: bool = False  # also a part of a thing ("Kulenin tepesinde") or a player's position ("Forvet mevkisinde")
    airport: bool = False  # also a sentence's subject when written alone ("Üçüncü havalimanı")
    after_one: bool = True  # types one name it follows; "ülkesi" and "başkenti" do not ("AB ülkesi", "AB başkenti")


PLACE_NOUNS = (
    # settlements and regions
    PlaceNoun("ilçesi", "ilçeler", finds=True, listed="place"),
    PlaceNoun("beldesi", "beldeler", finds=True, listed="place"),
    PlaceNoun("kasabası", "kasabalar", finds=True, listed="place"),
    PlaceNoun("mahallesi", "mahalleler", finds=True, listed="place"),
    PlaceNoun("bölgesi", "bölgeler", finds=True, listed="place"),
    PlaceNoun("eyaleti", "eyaletler", finds=True, listed="place"),
    PlaceNoun("vilayeti", "vilayetler", finds=True, listed="place"),
    # (Iraq's and Syria's sub-districts: "Yengice nahiyesinde")
    PlaceNoun("nahiyesi", "nahiyeler", finds=True, listed="place"),
    PlaceNoun("ili", "iller", accusative=True, finds=True, listed="place"),
    PlaceNoun("köyü", "köyler", accusative=True, finds=True, listed="place"),
    PlaceNoun("kenti", "kentler", accusative=True, finds=True, listed="place"),
    PlaceNoun("şehri", "şehirler", accusative=True, finds=True, listed="place"),
    PlaceNoun("semti", "semtler", accusative=True, finds=True, listed="place"),
    PlaceNoun("ülkesi", "ülkeler", listed="place", after_one=False),
    PlaceNoun("adası", "adalar", listed="place"),
    PlaceNoun("başkenti", "başkentler", listed="place", after_one=False),
    PlaceNoun("yerleşimi", "yerleşimler"),
    # an oil or gas field: "Taq Taq sahası", "Miran sahasında" (read as persons)
    PlaceNoun("sahası", "sahalar"),
    PlaceNoun("banliyösü", "banliyöler", accusative=True, finds=True, listed="place"),
    PlaceNoun("cumhuriyeti", "cumhuriyetler"),
    # localities and nature: "Soğanlı mevkisinde", "Sansa deresini", "Ağrı dağının" ("dağınık" is no mountain's)
    PlaceNoun("mevkisi", "mevkiler", finds=True, spot=True),
    PlaceNoun("mevkii", "mevkiler", accusative=True, finds=True, spot=True),
    PlaceNoun("tepesi", "tepeler", finds=True, spot=True),
    PlaceNoun("vadisi", "vadiler", finds=True, spot=True),
    PlaceNoun("yaylası", "yaylalar", finds=True),
    PlaceNoun("dağı", "dağlar", accusative=True, listed="place"),
    PlaceNoun("deresi", "dereler", finds=True, listed="built"),
    PlaceNoun("gölü", "göller", accusative=True, finds=True, listed="built"),
    PlaceNoun("ırmağı", "ırmaklar", accusative=True, finds=True, listed="built"),
    PlaceNoun("nehri", "nehirler", accusative=True, finds=True, listed="built"),
    PlaceNoun("okyanusu", "okyanuslar", accusative=True),
    # works and buildings: "Fatih ve Kanuni köprüleri", "Atatürk havalimanına"
    PlaceNoun("havalimanı", "havalimanları", finds=True, listed="built", airport=True),
    PlaceNoun("havaalanı", "havaalanları", finds=True, airport=True),
    PlaceNoun("caddesi", "caddeler", listed="built"),
    PlaceNoun("bulvarı", "bulvarlar", listed="built"),
    PlaceNoun("köprüsü", "köprüler", listed="built"),
    PlaceNoun("sokağı", "sokaklar", accusative=True, listed="built"),
    PlaceNoun("meydanı", "meydanlar", accusative=True, listed="built"),
    PlaceNoun("limanı", "limanlar", accusative=True, listed="built"),
    PlaceNoun("parkı", "parklar", accusative=True, listed="built"),
    PlaceNoun("kavşağı", "kavşaklar", accusative=True),
    PlaceNoun("binası", "binalar"),
    PlaceNoun("hapishanesi", "hapishaneler"),
    PlaceNoun("üssü", "üsler", accusative=True),
    PlaceNoun("tüneli", "tüneller", accusative=True),
    PlaceNoun("durağı", "duraklar", accusative=True),
)


def place_noun_forms(nouns: Sequence[PlaceNoun]) -> str:
    """The possessives of ``nouns`` as a regex alternation, each with its case endings: any ending, or at least one
    after the ``n`` of a possessive that is an accusative too (``köyünde``, never ``köyü``)."""
    free = "|".join(noun.possessive for noun in nouns if not noun.accusative)
    bound = "|".join(noun.possessive for noun in nouns if noun.accusative)
    return (
        "(?:"
        + "|".join(filter(None, [free and f"(?:{free})[a-zçğıöşü]*", bound and f"(?:{bound})n[a-zçğıöşü]+"]))
        + ")"
    )


def place_plurals(nouns: Sequence[PlaceNoun]) -> str:
    """The plurals of ``nouns`` as a regex alternation, each once (``ilçeler|köyler``), their endings left to the
    caller."""
    return "|".join(dict.fromkeys(noun.plural for noun in nouns))


# A lower-case common noun right after a name says what the name is: "Tina yerleşimine", "Halid bin Velid
# bölgesinde", "Ömer Muhtar okuluna", "Maya Akar Center binasında", "Spike füzeleri". Only nouns that do not
# follow a person's name ("Netanyahu hükümeti", "Trump kampı" and "Trump yönetimi" do, so they are not here).
# Forms that are also an accusative or a bare possessive ("okulu", "köyü", "kenti": "Bakan Tekin okulu gezdi")
# count only with a case ending after the possessive ("okulunun", "köyünde"); words a person may be the subject of
# ("cezaevine", "mültecilere", "oyunu") are left out.
_KIND_AFTER = re.compile(
    rf"^(?:(?P<loc>{place_noun_forms([noun for noun in PLACE_NOUNS if noun.after_one])})"
    # a channel or paper before its reporter ("Sky Sports muhabirinin"); a movement or an armed group ("Kifaye
    # hareketi", "Asala örgütünün": accusatives too, but "Ahmet hareketi başlattı" is not how copy names a person's
    # act); a party, a brigade; a brand, a publication, a firm or a site ("Boxer dergisine", "Bildu partisi")
    # a band or a group of companies ("Alcaband grubunu", "Stok grubu", "Doğan grubu"; not the bare genitive:
    # "“Bad Reputation” grubun şarkılarıdır" is the band's song)
    r"|(?P<org>(?:hastanesi|üniversitesi|lisesi|muhabiri|muhabirleri|spikeri|hareketi|örgütü|partisi|tugayı|"
    r"grubu(?!n$)|"
    rf"{BRAND_NOUNS})[a-zçğıöşü]*"
    r"|(?:okulu|şirketi)n[a-zçğıöşü]+)"
    # a disease named after its describer: "Alzheimer hastalığı", "Parkinson hastaları"
    r"|(?P<thing>(?:füzesi|füzeleri|gemisi|denizaltısı|uygulaması|modeli|modelleri|hastalığı|hastası|hastaları|"
    # an animal's breed: "Jack Russell cinsi köpek", "Buhara cinsi güvercin"
    r"sendromu|cinsi)[a-zçğıöşü]*"
    r"|(?:uçağı|helikopteri|tankı|tüfeği)n[a-zçğıöşü]+))$"
)
# ... and one right before it: "İsrail gazetesi Maariv", "İngiliz grup Blur". Only possessives that are no
# accusative as well ("kanalı", "derneği", "şirketi" are: "şirketi Ahmet Yılmaz yönetiyor"), and the bare "grup"
# (a band; before a person's name, "grup Erdoğan", the person's veto keeps the person).
_ORG_BEFORE = frozenset(
    [
        "gazetesi",
        "dergisi",
        "radyosu",
        "sitesi",
        "markası",
        "firması",
        "bankası",
        "havayolu",
        "havayolları",
        "kombinası",
        "grup",
    ]
)


@lru_cache(maxsize=65536)
def kind_after(word: str) -> str | None:
    """LOC, ORG or NOT (a thing) when the lower-case ``word`` after a name says what it names, else None."""
    if not word[:1].islower():
        return None
    match = _KIND_AFTER.match(word.rstrip(".,;:!?)\"”'’"))
    if match is None:
        return None
    return "LOC" if match.group("loc") else "ORG" if match.group("org") else "NOT"


def kind_before(word: str) -> str | None:
    """ORG when the lower-case ``word`` right before a name is a body's common noun (``gazetesi``), else None."""
    return "ORG" if word in _ORG_BEFORE else None
