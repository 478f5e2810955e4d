"""Widen a span to the whole name the text writes: particles, izafet, a head word, an ``X ve Y Ajansı`` name.

The model often stops short of a name's edges: at an Arabic particle (``Vefa`` | ``el-Kefarine``,
``El-`` | ``Ehli Baptist Hastanesi``), at an izafet (``Mescid-i`` | ``Aksa``), before a head word (``Kemal
Advan`` | ``Hastanesi``) or at the ``ve`` inside an organisation's name (``Filistinli Mültecilere Yardım ve``
| ``Bayındırlık Ajansı``). Each function here takes a span and returns it widened, or unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from newswire_schemas import EntityType

from newswire_tagger.entities.heads import (
    LEGAL_FORMS,
    MINISTRY_FIELDS,
    MONTHS_AND_DAYS,
    head_type,
    is_address_part,
    is_club,
    is_company_word,
    is_venue,
    street_word_end,
)
from newswire_tagger.entities.names import (
    BARE_STREET_WORDS,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    STREET_WORDS,
    has_suffix_apostrophe,
    strip_apostrophe_suffix,
    turkish_lower,
)
from newswire_tagger.entities.titles import EPITHET, RULERS, SENTENCE_OPENERS, TITLE_HEADS
from newswire_tagger.spans import Span

__all__ = [
    "LOWER_PARTICLES",
    "SPACED_PARTICLES",
    "apart_at_clitic",
    "couple_after",
    "is_ministry_department",
    "izafet",
    "join_affiliations",
    "join_club_prefixes",
    "join_couples",
    "join_eponyms",
    "join_numbered_places",
    "join_numbered_units",
    "join_particles",
    "join_regnal_numerals",
    "widen",
]

_CAPITAL = "A-ZÇĞİÖŞÜ"
PARTICLES = "el|al|es|eş|et|ed|en|ez|er|ad|ar|as|at|az|ibn|bin|binti|ebu|abu"
"""Lower-case Arabic name particles, as Turkish copy writes them before a capitalised name."""
LOWER_PARTICLES = (
    "von",
    "van",
    "de",
    "da",
    "di",
    "du",
    "del",
    "della",
    "der",
    "den",
    "la",
    "le",
    "dos",
    "das",
    "ter",
    "ten",
)
"""European particles written in lower case inside a name (``Gregorio De Falco``, ``van der Linden``)."""
_PARTICLE_TAIL = re.compile(rf"(?: (?:{PARTICLES})[- ][{_CAPITAL}][\w'’-]*)+")
# ... and a European one after a person's name, the surname after it (not "de", "da": Turkish "too" as well).
_EUROPEAN_TAIL = re.compile(
    rf" (?:von|van|di|du|del|della|der|la|le|dos|das|ter)(?: (?:der|den|de|la))? [{_CAPITAL}][\w'’-]*"
)
_JOINING_WORDS = frozenset({"Ebu", "Abu", "Bin", "İbn", "Ibn", "El", "Al", "Ben", "Bint"})
_LEADING_PARTICLE = re.compile(r"(?:^|(?<=\s))(?:El|el|Al|al|Ebu|Abu|İbn|[Ee][sştdnz])[- ]$")
_LOWER_PARTICLE_START = re.compile(rf"^(?:{PARTICLES})-")
_LOWER_PARTICLE = re.compile(rf"^(?:{PARTICLES})$")
# "bin Abdülaziz" is written with a space; "et-Tali", "en-Neccar" only with a hyphen ("en" and "at" are words too).
SPACED_PARTICLES = frozenset({"bin", "ibn", "binti", "el", "al"})
"""Arabic particles copy writes apart inside a name (``Hamad bin Halife``)."""
_SPACED_REST = re.compile(rf"[- ][{_CAPITAL}][\w'’-]*")
_SURNAME_INITIAL = re.compile(rf" [{_CAPITAL}]\.(?![\w.])")
_HYPHENATED_REST = re.compile(rf"-[{_CAPITAL}][\w'’-]*")
_PREVIOUS_CAPITALISED = re.compile(rf"(?:^|(?<=\s))[{_CAPITAL}][\w]*(?:-[ıiuü])? $")
_HYPHENATED = re.compile(rf"-[{_CAPITAL}][\w'’]*")
_PREVIOUS_WORD = re.compile(rf"(?:^|(?<=\s))([{_CAPITAL}]\w+) $")
_FOLLOWING = re.compile(rf"( [{_CAPITAL}][\w'’-]*){{1,3}}")
_NEXT_CAPITALISED = re.compile(rf" [{_CAPITAL}]")
_BEFORE_VE = re.compile(rf"((?:[{_CAPITAL}][\w-]* )+)ve $")
_POSSESSIVE_VOWELS = frozenset("ıiuü")
# An office's noun, bare, a body of its own: "Valilik ve İl Sağlık Müdürlüğü" are two.
_OFFICE_NOUNS = frozenset(
    # (not "Belediye": "Belediye ve Özel İdare Çalışanları Birliği Sendikası" is one name)
    {"Valilik", "Kaymakamlık", "Savcılık", "Başsavcılık", "Müdürlük", "Başkanlık", "Bakanlık", "Rektörlük"}
    | {"Dekanlık", "Büyükelçilik", "Konsolosluk", "Muhtarlık"}  # (not "Jandarma ve Sahil Güvenlik Akademisi")
)
# An initial right before a name's words: "Ç. " of "Ç. Dardanel" (not a sentence's end, "toplandı. ").
_INITIAL_BEFORE = re.compile(rf"(?<![\w.])[{_CAPITAL}]\. $")
_MAX_HEAD_GAP = 3
# A regnal number in Roman figures, or in Arabic ones after a pope's or monarch's title ("1. Ahmet Yılmaz" in a list
# of results is a rank, "Papa 16'ncı Benedikt" a pope).
_REGNAL_BEFORE = re.compile(
    r"(?:(?<![\w.,])[IVX]{1,5}\.|(?:Papa|Kral|Kraliçe|Sultan|Prens|Prenses|Çar|İmparator|Şah) "
    rf"\d{{1,2}}(?:\.|['’](?:{ORDINAL_SUFFIXES}))) $"
)
_SAINT_BEFORE = re.compile(r"(?<!\w)St\.? $")  # "St. Petersburg", "St Louis"
# Courts, enforcement offices and military units are numbered: "İstanbul 13. Ağır Ceza Mahkemesi", "Yargıtay 9. Ceza
# Dairesi", "Denizli 1'inci Ağır Ceza Mahkemesi", "2. Ordu Komutanlığı", "Şırnak 23'üncü Jandarma Sınır Komutanlığı",
# "2 Nolu Yazım Komisyonu". The number and the place or court before it belong to the name.
_NUMBERED_UNITS_TEXT = """
    Ağır Asliye Sulh Ceza Hukuk İcra İflas İdare Vergi Ticaret İş Aile Çocuk Tüketici Fikri Bölge Daire Dairesi
    Noterliği Ordu Kolordu Tugay Tümen Filo Alay Şube Şubesi Jandarma Hava Kara Deniz Ana Piyade Komando Zırhlı
    Motorlu Mekanize Süvari Topçu
"""
_NUMBERED_UNIT_WORDS = frozenset(_NUMBERED_UNITS_TEXT.split())
# ... and any name a unit's, a court's or an office's head ends: "10. Tanker Üs Komutanlığı", "2'nci Hudut Sınır
# Taburu'na", "İstanbul 2 No'lu Hakimliği'nce"; not a body the lists know, which no number names ("... madde 14.
# Anayasa Mahkemesi": a sentence's last number).
_NUMBERED_HEAD = re.compile(
    r"^(?:Komutanlığı|Taburu|Tugayı|Alayı|Tümeni|Kolordusu|Filosu|Bölüğü|Hakimliği|Mahkemesi|Dairesi|Noterliği|Cezaevi)"
    r"(?:['’]?n?[a-zçğıöşü]*)$"
)
_ORDINAL_BEFORE = re.compile(
    rf"(?:(?:^|(?<=\s))(?P<owner>[{_CAPITAL}][\w]+) )?"
    rf"(?P<number>\d{{1,3}}(?:\.|['’](?:{ORDINAL_SUFFIXES})| (?:{NUMBER_WORDS})))"
    r"(?: |(?<=\.))$"  # (the dot's space may be missing: "Yargıtay 4.Ceza Dairesi")
)

_PRISON = re.compile(r"Cezaevi(?:['’]?n?[a-zçğıöşü]*)$")
_ORDINAL = re.compile(rf"\d{{1,3}}(?:\.|['’](?:{ORDINAL_SUFFIXES}))")
_OWNER_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<owner>[{_CAPITAL}][\w]+) $")
# Public bodies copy names by one common word before a numbered regional unit, which the lists do not know alone
# (an ordinary word each): "Karayolları 7'nci Bölge Müdürlüğü", "Meteoroloji 4'üncü Bölge Müdürlüğü".
_REGIONAL_OWNERS = frozenset(
    {"Karayolları", "Meteoroloji", "Orman", "Tapu", "Kadastro", "Vakıflar", "Gümrük", "Gümrükler"}
)


def _grown(span: Span, text: str, start: int, end: int) -> Span:
    """``span`` grown to ``start``..``end``; never across a line break or a semicolon, which no name holds (``VİZE
    ENGELİNİ AŞAMADILAR`` + a line break + ``Müjde Ar``; ``Defne Koz;`` + her board's name)."""
    added = text[start : span.start] + text[span.end : end]
    if "\n" in added or ";" in added:
        return span
    return Span(span.type, start, end, text[start:end], span.confidence)


def widen(
    text: str,
    span: Span,
    is_known: Callable[[str], bool],
    is_name_part: Callable[[str, bool], bool],
    is_free: Callable[[int, int], bool],
    *,
    known_type: Callable[[str], EntityType | None] = lambda _name: None,
) -> Span:
    """The span widened at both edges (see the module docstring).

    ``is_known`` stops an ``X ve`` widening; ``is_name_part(word, sentence_initial)`` says whether a
    capitalised word right before a person's span is the start of the name (``Husni`` of ``Husni Hicazi``);
    ``is_free(start, end)`` says whether text is still free of other spans; ``known_type`` is the type the
    knowledge base gives a name.
    """
    span = _particle_tail(text, _arabic_article(text, span))
    span = _particle_head(text, span)
    if span.type == "PER":
        span = _regnal_number(text, span)
        span = _hyphenated_given(text, span, is_name_part, is_free)
        span = _double_surname(text, span, is_name_part, is_free)
        span = _person_head(text, span, is_name_part, is_free, is_known)
        span = _surname_initial(text, span)
    span = _hyphenated_syllable(text, span, is_free)
    span = _hyphenated_place(text, span, is_free, is_known)
    span = _head_word(text, span, is_free, is_known)
    span = _street_word(text, span)
    span = _lone_head(text, span)
    span = _hyphen_prefix(text, span, is_known, is_free)
    span = _known_number_before(text, span, is_known, is_free)
    span = _known_word_before(text, span, is_known, is_free, known_type)
    span = _known_word_after(text, span, is_known, is_free, known_type)
    span = _channel_number(text, span, is_free, is_known)
    return _and_name(text, _known_list(text, span, is_known), is_known, is_free)


# The Persian izafet after a name's word and the word it joins: "Cemaat" + "-i İslami'nin", "Mescid" + "-i Aksa".
_IZAFET_BEFORE = re.compile(rf"(?<![\w'’-])[{_CAPITAL}][a-zçğıöşü]+-[ıiuü] $")
_IZAFET_AFTER = re.compile(rf"-[ıiuü] [{_CAPITAL}][a-zçğıöşü]+(?:['’][a-zçğıöşü]+)?(?![\w-])")


def izafet(text: str, span: Span, is_free: Callable[[int, int], bool]) -> Span:
    """A name the model stopped at an izafet's hyphen, or began after it, takes the word it joins (``Cemaat-i
    İslami``, ``Mescid-i Aksa``, ``Said-i Nursi``): the ``-i`` is no Turkish ending, it binds two words into one
    name."""
    if text.startswith("-", span.end) and span.text[-1:].isalpha():
        after = _IZAFET_AFTER.match(text, span.end)
        if after is not None and is_free(span.end, after.end()):
            return _grown(span, text, span.start, after.end())
    if text[span.start - 2 : span.start - 1] in ("ı", "i", "u", "ü") and text[span.start - 3 : span.start - 2] == "-":
        before = _IZAFET_BEFORE.search(text, max(0, span.start - 30), span.start)
        if before is not None and is_free(before.start(), span.start):
            return _grown(span, text, before.start(), span.end)
    return span


# The rest of a place's hyphenated name around a word the model read alone: "Seine-" + "Saint" + "-Denis".
_SAINTS = frozenset({"Saint", "Sainte", "San", "Santa", "Santo", "St", "Ste", "São", "Sankt"})
_COMPOUND_BEFORE = re.compile(rf"(?<![\w'’-])(?:[{_CAPITAL}][a-zçğıöşü]+-)+$")
_COMPOUND_AFTER = re.compile(rf"(?:-[{_CAPITAL}][a-zçğıöşü]+)+(?:['’][a-zçğıöşü]+)?(?![\w-])")


def _hyphenated_place(
    text: str, span: Span, is_free: Callable[[int, int], bool], is_known: Callable[[str], bool]
) -> Span:
    """A place of one word the lists do not know, inside a hyphenated name with a saint's word, takes the whole name
    (``Seine-Saint-Denis``, ``Saint-Josse``, ``San-Sebastian``); not when a part is a name the lists know, and not
    without a saint's word: two places, a route or a pair of titles are written so too (``Topçular-Eskihisar``,
    ``Özgürlük-Kürdistan``)."""
    if span.type != "LOC" or " " in span.text or is_known(strip_apostrophe_suffix(span.text)):
        return span
    start, end = span.start, span.end
    before = _COMPOUND_BEFORE.search(text, max(0, start - 40), start) if text[start - 1 : start] == "-" else None
    after = _COMPOUND_AFTER.match(text, end) if text.startswith("-", end) and span.text[-1:].isalpha() else None
    parts = [p for m in (before, after) if m is not None for p in m.group().strip("-").split("-")]
    if not parts or any(is_known(strip_apostrophe_suffix(p)) for p in parts):
        return span
    if not _SAINTS.intersection([strip_apostrophe_suffix(span.text), *(strip_apostrophe_suffix(p) for p in parts)]):
        return span
    start = before.start() if before is not None else start
    end = after.end() if after is not None else end
    return _grown(span, text, start, end) if is_free(start, span.start) and is_free(span.end, end) else span


# A channel's number after its word: "Channel" + " 10", "Kanal" + " 7" ("Kanal 7'de"); not a count or a time ("Kanal
# 2,5 milyon", "Channel 4.30'da").
_CHANNEL_WORDS = frozenset({"Channel", "Kanal", "Radio", "Radyo"})
# (not a count: "TRT 2 gün önce", "Kanal 7 milyon lira")
_CHANNEL_NUMBER = re.compile(
    r" \d{1,2}(?:['’][a-zçğıöşü]+)?(?![\d.,:/\w])"
    r"(?![ \t]+(?:gün|yıl|ay|saat|hafta|dakika|saniye|milyon|milyar|bin|kişi|kez|defa|yaş|kat|adet|ülke)"
    r"(?:l[ıiuü]k)?(?!\w))"
)


def _channel_number(
    text: str, span: Span, is_free: Callable[[int, int], bool], is_known: Callable[[str], bool]
) -> Span:
    """A channel's span the model stopped before its number takes it (``Channel 10``, ``Kanal 7``), as does a name
    the lists know with the number (``TRT 6``, ``Pro 7``)."""
    if span.type != "ORG" or has_suffix_apostrophe(span.text):
        return span
    number = _CHANNEL_NUMBER.match(text, span.end)
    if number is None or not is_free(span.end, number.end()):
        return span
    if span.text.rsplit(maxsplit=1)[-1] not in _CHANNEL_WORDS and not is_known(
        span.text + strip_apostrophe_suffix(number.group())
    ):
        return span
    return _grown(span, text, span.start, number.end())


# A capitalised word glued to the span by a hyphen: "Coca-" + "Cola İçecek".
_HYPHEN_PREFIX = re.compile(r"(?<![\w'’-])[A-ZÇĞİÖŞÜ][\w]*-$")


def _hyphen_prefix(text: str, span: Span, is_known: Callable[[str], bool], is_free: Callable[[int, int], bool]) -> Span:
    """A known hyphenated name the model started after its hyphen (``Coca-`` + ``Cola İçecek``, ``Kabardey-`` +
    ``Balkar`` read as a person) takes the word before it; not two clubs of a match (``Altay-Bursaspor``), which the
    lists do not know as one name."""
    if span.start < 2 or text[span.start - 1] != "-":
        return span
    before = _HYPHEN_PREFIX.search(text, max(0, span.start - 30), span.start)
    if before is None or not is_free(before.start(), span.start):
        return span
    joined = before.group() + strip_apostrophe_suffix(span.text.split()[0])
    return _grown(span, text, before.start(), span.end) if is_known(joined) else span


# A number opening a name, before the span: "1461" + "Trabzon".
_OPENING_NUMBER = re.compile(r"(?<![\w.,'’])\d{1,4}[ \u00a0]$")  # (after a hyphen too: "Galatasaray-1461 Trabzon")


def _known_number_before(
    text: str, span: Span, is_known: Callable[[str], bool], is_free: Callable[[int, int], bool]
) -> Span:
    """A body's or a place's span after a number takes it where the lists know the two as one name (``1461 Trabzon``,
    a club; not ``2 Trabzon``): the model reads no name opening with a digit. A no-break space is a space here, as
    word processors set one between a number and a name (``1461`` U+00A0 ``Trabzon``)."""
    if (
        span.type == "PER"
        or text[span.start - 1 : span.start] not in (" ", "\u00a0")
        or not text[span.start - 2 : span.start - 1].isdigit()
    ):
        return span  # the cheap test first
    before = _OPENING_NUMBER.search(text, max(0, span.start - 6), span.start)
    if before is None or not is_free(before.start(), span.start):
        return span
    joined = before.group()[:-1] + " " + strip_apostrophe_suffix(span.text)
    return _grown(span, text, before.start(), span.end) if is_known(joined) else span


def _known_word_before(
    text: str,
    span: Span,
    is_known: Callable[[str], bool],
    is_free: Callable[[int, int], bool],
    known_type: Callable[[str], EntityType | None],
) -> Span:
    """A span the model began a word late takes that word where the knowledge base knows the two as one body's or
    place's name and not the span alone (``General`` + ``Catalyst``, the fund: the model read the rank); never a
    person's title (``Prens`` + ``William``: the lists' alias, the title no part of the name)."""
    previous = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
    if previous is None or not is_free(previous.start(), previous.end()):
        return span
    alone = strip_apostrophe_suffix(span.text)
    if is_known(alone) or known_type(f"{previous.group(1)} {alone}") not in ("ORG", "LOC"):
        return span
    return _grown(span, text, previous.start(), span.end)


# A capitalised word right after a span, its case ending after an apostrophe: "Kim Jong" + " Un'un".
_KNOWN_NEXT = re.compile(rf"[ \t]+(?P<word>[{_CAPITAL}][\w]*)(?:['’][a-zçğıöşü]+)?(?![\w'’-])")


def _known_word_after(
    text: str,
    span: Span,
    is_known: Callable[[str], bool],
    is_free: Callable[[int, int], bool],
    known_type: Callable[[str], EntityType | None],
) -> Span:
    """A span the model ended a word early takes that word where the knowledge base knows the two as one name of
    the span's type and not the span alone (``Kim Jong`` + ``Un``: "Un" is flour in Turkish, the model stops)."""
    if has_suffix_apostrophe(span.text):
        return span  # (the cheap test first: a case ending closes the name)
    after = _KNOWN_NEXT.match(text, span.end)
    if after is None or not is_free(span.end, after.end()) or is_known(span.text):
        return span
    if known_type(f"{span.text} {after.group('word')}") != span.type:
        return span
    return _grown(span, text, span.start, after.end())


# The Arabic article written after an apostrophe, no case ending ("Ebu'l Gayt", "Abdu'l Hamid"), and the word it
# joins to.
_ARABIC_ARTICLE = re.compile(r"\w['’]l$")
_ARTICLE_REST = re.compile(rf" [{_CAPITAL}][\w]*(?:['’][a-zçğıöşü]+)?")


def _arabic_article(text: str, span: Span) -> Span:
    """``Ahmed Ebu'l`` + ``Gayt``: a name never ends in the Arabic article (no Turkish case ending is a lone -l)."""
    if not _ARABIC_ARTICLE.search(span.text):
        return span
    rest = _ARTICLE_REST.match(text, span.end)
    return span if rest is None else _grown(span, text, span.start, rest.end())


def _particle_tail(text: str, span: Span) -> Span:
    """``Vefa`` + `` el-Kefarine``, ``Mohammed Al`` + ``-Jaghbeer`` (not for organisations)."""
    last = span.text.split()[-1]
    if _LOWER_PARTICLE.match(last) and len(span.text.split()) > 1:
        # "Selman bin" + " Abdülaziz'in", "Şeyma et" + "-Tali": a name never ends in its particle
        rest = (_SPACED_REST if last in SPACED_PARTICLES else _HYPHENATED_REST).match(text, span.end)
        return span if rest is None else _grown(span, text, span.start, rest.end())
    if span.type == "ORG" or has_suffix_apostrophe(last):
        return span
    tail = _PARTICLE_TAIL.match(text, span.end)
    if tail is None and span.type == "PER":
        tail = _EUROPEAN_TAIL.match(text, span.end)  # "Carlo" + " la Vecchia", "Rafael" + " van der Vaart"
    if tail is None and last in _JOINING_WORDS:
        tail = _HYPHENATED.match(text, span.end)
    return span if tail is None else _grown(span, text, span.start, tail.end())


def _particle_head(text: str, span: Span) -> Span:
    """``El-`` + ``Ehli Baptist Hastanesi``; ``Tel `` + ``el-Heva Mahallesi``; ``Mescid-i `` + ``Aksa``; ``St. `` +
    ``Petersburg`` (a person's span after ``St.`` is a place too: ``St. Andrews'te``)."""
    saint = _SAINT_BEFORE.search(text, max(0, span.start - 4), span.start)
    if saint is not None and span.type in {"LOC", "PER"}:
        # "St. Andrews'te": a town or a school named after a saint (copy writes a saint as "Aziz"), no person
        span = replace(_grown(span, text, saint.start(), span.end), type="LOC")
    lead = _LEADING_PARTICLE.search(text, max(0, span.start - 4), span.start)
    if lead is not None:
        span = _grown(span, text, lead.start(), span.end)
    if _LOWER_PARTICLE_START.match(span.text) or text[max(0, span.start - 3) : span.start].endswith(("-i ", "-ı")):
        previous = _PREVIOUS_CAPITALISED.search(text, max(0, span.start - 40), span.start)
        # (not a title's word: "Albay el-Esad" is the colonel, "Riyad el-Esad")
        if previous is not None and previous.group().strip() not in TITLE_HEADS:
            span = _grown(span, text, previous.start(), span.end)
    return span


def _regnal_number(text: str, span: Span) -> Span:
    """A pope's or monarch's number before the name is part of it: ``16'ncı`` + ``Benedikt``, ``I.`` + ``Francis``."""
    number = _REGNAL_BEFORE.search(text, max(0, span.start - 24), span.start)
    if number is None or " " in span.text.strip():
        return span
    start = number.start() if number.group().startswith(("I", "V", "X")) else text.index(" ", number.start()) + 1
    return _grown(span, text, start, span.end)


_EPITHET_BEFORE = re.compile(rf"\b{EPITHET.pattern}\s+$")  # "Ulu Önder Atatürk": no given name before "Atatürk"


def _person_head(
    text: str,
    span: Span,
    is_name_part: Callable[[str, bool], bool],
    is_free: Callable[[int, int], bool],
    is_known: Callable[[str], bool],
) -> Span:
    """Up to two capitalised words right before a person's span that belong to the name; not an epithet's before a
    name the lists know (``Ulu Önder Atatürk``, ``Büyük Önder Atatürk'ün``: the leader's, as copy calls him; not
    ``Büyük Önder Sav``, a title-case headline's)."""
    for _ in range(2):
        previous = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
        if previous is None or (
            _EPITHET_BEFORE.search(text, max(0, span.start - 20), span.start)
            and is_known(strip_apostrophe_suffix(span.text))
        ):
            return span
        before = text[max(0, previous.start() - 3) : previous.start()].rstrip(" \t")
        sentence_initial = not before or before[-1] in ".!?:;\n\"“”'"
        if not is_free(previous.start(), previous.end()) or not is_name_part(previous.group(1), sentence_initial):
            return span
        span = _grown(span, text, previous.start(), span.end)
    return span


def _surname_initial(text: str, span: Span) -> Span:
    """``Timuçin`` + `` D.``: crime and court copy writes a suspect's surname as its initial; ``Kathryn`` + ``
    O'Sullivan``: a surname with its own apostrophe, which the model reads as a case ending."""
    if has_suffix_apostrophe(span.text):
        return span
    if (surname := _APOSTROPHE_SURNAME.match(text, span.end)) is not None:
        return _grown(span, text, span.start, surname.end())
    if " " in span.text.strip():
        return span
    initial = _SURNAME_INITIAL.match(text, span.end)
    return span if initial is None else _grown(span, text, span.start, initial.end())


# A surname with its own apostrophe after a given name: "Kathryn O'Sullivan", "Sinéad O'Connor", "Massimo D'Alema"
# (a case ending after it too: "O'Connor'un"; not French "L'", an article: "Christine Lagarde L'Express'e").
_APOSTROPHE_SURNAME = re.compile(r" [OD]['’][A-Z][a-z]+(?:['’][a-zçğıöşü]+)?(?![\w'’])")


def _head_word(text: str, span: Span, is_free: Callable[[int, int], bool], is_known: Callable[[str], bool]) -> Span:
    """Up to three following capitalised words when the last is a head: ``Kemal Advan`` + ``Hastanesi``. Not a
    person's name before a body the model read on its own that the lists know (``Erdoğan`` + ``Ankara Sanayi
    Odası'nda``, ``John Oliver`` + ``İslam İşbirliği Teşkilatı``), nor a place before a place the lists know
    (``Kayseri`` + ``Erciyes Dağı``): two names side by side; a body of common words after a name is named after the
    person (``Ersin Arslan`` + ``Devlet Hastanesi``)."""
    last = span.text.split()[-1]
    # a state's style is a head that a body of the state may follow: "Türkiye Cumhuriyeti" + "Kültür Bakanlığı"
    state = last in ("Cumhuriyeti", "CUMHURİYETİ")
    if (head_type(last) is not None and not state) or has_suffix_apostrophe(last) or is_address_part(last):
        return span
    following = _FOLLOWING.match(text, span.end)
    if following is None:
        return span
    words = following.group().split()
    for size in range(min(len(words), _MAX_HEAD_GAP), 0, -1):
        head = words[size - 1]
        if head_type(head) is None or any(has_suffix_apostrophe(w) for w in words[: size - 1]):
            continue
        if state and head_type(head) != "ORG":
            continue
        end = span.end + len(" ".join(words[:size])) + 1
        if is_company_word(head) and _NEXT_CAPITALISED.match(text, end):
            continue  # "ABD Enerji Bakanı": the company word begins another name here
        if size == 1 and _is_whole_club(head) and (span.type == "PER" or _two_known(span, head, is_known)):
            # "Bahri Kaya" + "Trabzonspor": a club's whole name after a person is the club; after a name the lists
            # know, a club they know is the other side ("Fenerbahçe" + "Bursaspor maçı"; not "Akhisar" +
            # "Belediyespor", no club's name alone)
            return span
        if size > 1 and _known_name_after(text, span, end, is_free, is_known):
            return span
        return _grown(span, text, span.start, end)
    return span


def _two_known(span: Span, head: str, is_known: Callable[[str], bool]) -> bool:
    """Whether a span and the word after it are each a name the lists know on its own."""
    return is_known(span.text) and is_known(strip_apostrophe_suffix(head))


def _known_name_after(
    text: str, span: Span, end: int, is_free: Callable[[int, int], bool], is_known: Callable[[str], bool]
) -> bool:
    """Whether the words after ``span`` up to a head word (at ``end``) are a name the lists know on its own: after a
    person's name, one the model read as its own span (``Erdoğan`` + ``Ankara Sanayi Odası'nda``); after a place, a
    place the whole is none (``Kayseri`` + ``Erciyes Dağı'nda``)."""
    following = strip_apostrophe_suffix(" ".join(text[span.end + 1 : end].split()))
    if span.type == "PER":
        return not is_free(span.end + 1, end) and is_known(following)
    return (
        span.type == "LOC"
        and head_type(following.rsplit(maxsplit=1)[-1]) == "LOC"
        and is_known(following)
        and not is_known(strip_apostrophe_suffix(text[span.start : end]))
    )


def _street_word(text: str, span: Span) -> Span:
    """A street or quarter word in lower case right after a name is part of the address's name, a place:
    ``İmrahor İlyasbey`` + `` sokak``, ``Cahit Sıtkı Tarancı`` + `` caddesi``."""
    end = street_word_end(text, span.end)  # the cheap test first: most names are followed by no street word
    if end is None:
        return span
    last = span.text.split()[-1]
    if head_type(last) is not None or has_suffix_apostrophe(last):
        return span
    return Span("LOC", span.start, end, text[span.start : end], span.confidence)


def _lone_head(text: str, span: Span) -> Span:
    """A head word alone (``Çölü``, ``Hastanesi``) takes the capitalised word before it: ``Negev Çölü``."""
    if " " in span.text or head_type(span.text) is None or _is_whole_club(span.text):
        return span
    previous = _PREVIOUS_CAPITALISED.search(text, max(0, span.start - 40), span.start)
    return span if previous is None else _grown(span, text, previous.start(), span.end)


def _is_whole_club(word: str) -> bool:
    """``Trabzonspor``: a club's whole name in one word (``Spor``, ``FK`` alone end a longer one)."""
    return is_club(word) and len(strip_apostrophe_suffix(word)) > 6


def _and_name(text: str, span: Span, is_known: Callable[[str], bool], is_free: Callable[[int, int], bool]) -> Span:
    """``Aile ve`` + ``Sosyal Hizmetler Bakanlığı``: an organisation name goes on left of its ``ve``.

    Not when either side is a name of its own (``Türkiye ve`` + ``Avrupa Birliği``), nor into another span (``Melda
    Onur ve`` + ``Ankara Barosu``: a person, then a body), nor over an office's noun, a body of its own (``Valilik
    ve`` + ``İl Sağlık Müdürlüğü``).
    """
    words = span.text.split()
    # (an English name opening with its article is whole: "Lynyrd Skynyrd ve The Allman Brothers Band"; a foreign
    # head word alone is no name's end, "Borderlands ve Brothers in Arms", a Turkish one may be: "Ata İlk ve
    # Ortaokulu")
    foreign_head = len(words) == 1 and strip_apostrophe_suffix(words[0])[-1:] not in _POSSESSIVE_VOWELS
    if foreign_head or head_type(words[-1]) != "ORG" or is_known(span.text) or span.text.startswith("The "):
        return span
    before = _BEFORE_VE.search(text, max(0, span.start - 80), span.start)
    if before is None:
        return span
    words = before.group(1).split()
    # "Ç. Dardanel ve G. Birliği": abbreviated names, each its own ("Uyuşturucu ve Suç Ofisi" after a sentence's
    # end is one name)
    if _INITIAL_BEFORE.search(text, max(0, before.start() - 3), before.start()) is not None:
        return span
    # two names joined by "ve" stay two: "El Şifa Hastanesi ve ...", "NUJ ve ...", "Türkiye ve ...", and a title
    # is no part of a body's name: "Bahçelievler Belediye Başkanı ve Türkiye Güreş Federasyonu"
    # (a sector's word is a field of a state body's name: "Tarım, Gıda ve" + "Hayvancılık İl Müdürlüğü"; not a
    # firm's name before another body, "Koç Holding ve" + "Tüpraş Genel Müdürlüğü")
    sector = len(words) == 1 and words[0] in MINISTRY_FIELDS and _STATE_HEAD.search(span.text) is not None
    if (
        (head_type(words[-1]) is not None and not sector)
        or words[-1] in _OFFICE_NOUNS
        or any(w.isupper() or w in TITLE_HEADS for w in words)
    ):
        return span
    if is_known(" ".join(words)) or any(is_known(w) for w in words):
        return span
    start = before.start()
    for word in words[:-1]:
        if word not in SENTENCE_OPENERS:
            break
        start = text.index(" ", start) + 1  # '"Biz Adalet ve Kalkınma Partisi": capitalised as the sentence opens
    # ... and a ministry's fields a comma sets before it, up to three: "Tarım, " + "Gıda ve Hayvancılık İl Müdürlüğü"
    # (not any word: "Ankara, Aile ve Sosyal Politikalar Bakanlığı", "Tören, Jandarma ve Sahil Güvenlik Akademisi")
    for _ in range(3):
        field = _FIELD_BEFORE.search(text, max(0, start - 30), start)
        if field is None or field.group(1) not in MINISTRY_FIELDS or not is_free(field.start(), start):
            break
        start = field.start()
    return _grown(span, text, start, span.end) if is_free(start, span.start) else span


# A state body's head word, a ministry's fields before it: "Gıda ve Hayvancılık İl Müdürlüğü", "Bilim ... Bakanlığı".
_STATE_HEAD = re.compile(r"(?:Bakanlığı|Müdürlüğü|Başkanlığı)(?:['’]?[a-zçğıöşü]*)$")
# A field's word and its comma before the fields joined by "ve" of a body's name: "Tarım, " + "Gıda ve ...".
_FIELD_BEFORE = re.compile(rf"(?<![\w'’.,])([{_CAPITAL}][a-zçğıöşü]+), $")


# Capitalised words joined by commas and "ve" right before a name ("Bilim, " + "Sanayi ve Teknoloji Bakanlığı") or
# right after it ("Devlet Opera" + " ve Balesi").
# (the first word written out, not "{1,4}": a pattern that opens with a capital lets the search skip to capitals)
_LIST_BEFORE = re.compile(rf"[{_CAPITAL}][\w-]*(?:,| ve)? (?:[{_CAPITAL}][\w-]*(?:,| ve)? ){{0,3}}$")
_LIST_AFTER = re.compile(rf"(?:,? ve|,) [{_CAPITAL}][\w'’-]*(?: (?:ve )?[{_CAPITAL}][\w'’-]*){{0,3}}")


def _known_list(text: str, span: Span, is_known: Callable[[str], bool]) -> Span:
    """A body's or place's span grown over words, a comma or ``ve`` to the longest name the lists know whole
    (``Bilim, Sanayi ve Teknoloji Bakanlığı``, ``Devlet Opera ve Balesi``, ``Kerem`` + ``Ebu Salim Sınır Kapısı``),
    even where the part is a name of its own (today's ``Sanayi ve Teknoloji Bakanlığı``)."""
    if span.type not in ("ORG", "LOC"):
        return span
    before = text[max(0, span.start - 3) : span.start]
    if before.endswith((", ", "ve ")) or (before[-1:] == " " and before[-2:-1].isalpha()):
        match = _LIST_BEFORE.search(text, max(0, span.start - 80), span.start)
        if match is not None:
            starts = [match.start() + m.start() for m in re.finditer(r"\S+", match.group())]
            for start in starts:  # the longest first
                if is_known(strip_apostrophe_suffix(text[start : span.end])):
                    return _grown(span, text, start, span.end)
    if not has_suffix_apostrophe(span.text) and text.startswith((" ve ", ", "), span.end):
        match = _LIST_AFTER.match(text, span.end)
        if match is not None:
            ends = [span.end + m.end() for m in re.finditer(r"\S+", match.group())]
            for end in reversed(ends):  # the longest first; never the span itself with a comma after it
                if text[end - 1] != "," and is_known(strip_apostrophe_suffix(text[span.start : end])):
                    return _grown(span, text, span.start, end)
    return span


# A capitalised word hyphenated to one of two person spans around it: "-Louis ", " Day-".
_PARTICLE_GAP = re.compile(
    # (two of them too: "Sonia" + " de la " + "Garza Fragoso", "Ursula" + " von der " + "Leyen")
    r" (?:de la|de las|de los|van der|van den|von der|de|da|del|della|di|dos|das|du|van|von|der|den|ter|ten|bin|ibn) "
)
# A Spanish or Portuguese name after "de": "Jesus", "Souza", "la Cruz" ("Mehmet'i" after a Turkish "de" is no name's).
# So are the surnames with "de" world copy writes most ("Charles de Gaulle", "Staffan de Mistura"): a given name
# tells no particle from the Turkish "too" ("John Kerry de Obama'nın konuşmasına atıf yaptı").
_FOREIGN_DE = re.compile(
    r"^(?:Jes[uú]s|Souza|Sousa|Oliveira|Silva|Santos|la |los |las |Castro|Le[oó]n|Gaulle|Mistura|Villepin|Guindos|"
    r"Hoop Scheffer|Lucia|Niro|Blasio|Klerk|Andrade|Almeida|Carvalho|Moraes|Morais|Assis|Paula|Jong|Ligt|Vrij|Gea)"
)
# A person's name of two words or more, the clitic "de"/"da" ("too"), then a name: "Hikmet Çetin de Birad'ın".
_CLITIC_INSIDE = re.compile(r"^(?P<before>\S+(?: \S+)+) (?:de|da) (?=[A-ZÇĞİÖŞÜ])")


def apart_at_clitic(span: Span, is_person: Callable[[str], bool]) -> list[Span]:
    """A person's span glued across the clitic ``de``/``da`` (``Hikmet Çetin de Birad'ın güleryüzlü olduğunu``):
    the person named in full before it, then the name after it. Only where the words before it are a person of their
    own (``is_person``: the article names him so elsewhere, or the lists know him), never a name's particle
    (``Javier Perez de Cuellar``, ``Jorge Nuno Pinto da Costa``) nor a surname world copy writes with it
    (``Charles de Gaulle``, ``Luiz Inacio Lula da Silva``: see ``_FOREIGN_DE``)."""
    clitic = _CLITIC_INSIDE.match(span.text) if span.type == "PER" else None
    if clitic is None or _FOREIGN_DE.search(span.text[clitic.end() :]) is not None:
        return [span]
    if not is_person(clitic.group("before")):
        return [span]
    return [span.part(0, clitic.end("before")), span.part(clitic.end(), len(span.text))]


# A Dutch or German particle between two names, no Turkish word: "Van" + " der " + "Linden" (see _PARTICLE_GAP).
_DUTCH_GERMAN_GAPS = frozenset({" der ", " den ", " van ", " von ", " ter ", " ten "})
# A couple's noun after two given names and a surname: "Selvi-Mustafa Gülhan çifti", "Ayşe-Ali Demir çiftinin".
_COUPLE_AFTER = re.compile(r"[ \t]+çift(?:i|in|inin|ine|ini|inden|iyle)?(?![\w])")
# ... or after another such couple's name, the noun after both: "Zeynep-Ahmet Gülhan" + " ile Aysel-Vecdet Eriş çifti".
_COUPLES_AFTER = re.compile(
    rf"[ \t]+(?:ile|ve)[ \t]+[{_CAPITAL}][a-zçğıöşü]+-[{_CAPITAL}][a-zçğıöşü]+(?:[ \t]+[{_CAPITAL}][a-zçğıöşü]+){{1,2}}"
    r"[ \t]+çift(?:i|in|inin|ine|ini|inden|iyle|leri|lerinin)?(?![\w])"
)


def couple_after(text: str, end: int) -> bool:
    """Whether a couple's noun follows a name ending at ``end`` (``Selvi-Mustafa Gülhan`` + `` çifti``), or follows
    another couple's name after it (`` ile Aysel-Vecdet Eriş çifti``)."""
    return _COUPLE_AFTER.match(text, end) is not None or _COUPLES_AFTER.match(text, end) is not None


_HYPHENATED_GAP = re.compile(rf"-[{_CAPITAL}][a-zçğıöşü]+ | [{_CAPITAL}][a-zçğıöşü]+-")
# A given name hyphenated to the person's span: "Jo-" + "Wilfried Tsonga".
_GLUED_GIVEN = re.compile(rf"(?:^|(?<=\s))([{_CAPITAL}][a-zçğıöşü]+)-$")


def _hyphenated_given(
    text: str, span: Span, is_name_part: Callable[[str, bool], bool], is_free: Callable[[int, int], bool]
) -> Span:
    """A double given name the model started after its hyphen: ``Jo-`` + ``Wilfried Tsonga``, ``Hans-`` +
    ``Joachim Watzke`` (both words given names; ``Erdoğan-`` + ``Obama``, a pair, is left alone)."""
    if span.type != "PER" or span.start < 3 or text[span.start - 1] != "-":
        return span
    glued = _GLUED_GIVEN.search(text, max(0, span.start - 30), span.start)
    if glued is None or not is_free(glued.start(), span.start - 1):
        return span
    first = span.text.split(maxsplit=1)[0]
    if is_name_part(glued.group(1), True) and is_name_part(first, True):
        return _grown(span, text, glued.start(), span.end)
    return span


_SURNAME_AFTER_HYPHEN = re.compile(rf"-(?P<word>[{_CAPITAL}][a-zçğıöşü]+)(?:['’][a-zçğıöşü]+)?(?![\w-])")


def _double_surname(
    text: str, span: Span, is_name_part: Callable[[str, bool], bool], is_free: Callable[[int, int], bool]
) -> Span:
    """A double-barrelled surname the model stopped at its hyphen: ``Ellen Johnson`` + ``-Sirleaf``. Only after a
    name of two words or more, and only a word that is no place, body or title (``Erdoğan-Obama`` is a pair)."""
    if span.type != "PER" or " " not in span.text.strip() or text[span.end : span.end + 1] != "-":
        return span
    after = _SURNAME_AFTER_HYPHEN.match(text, span.end)
    if after is None or not is_free(span.end, after.end()) or not is_name_part(after.group("word"), False):
        return span
    return _grown(span, text, span.start, after.end())


# The lower-case second syllable of a romanised Korean (or Chinese) given name: "Jong-un", "Jae-in", "Il-sung",
# "Suk-yeol", with a case ending after it or not. Plain ASCII letters only, and no Turkish case ending written with a
# hyphen ("Ahmet-in" is a typo for "Ahmet'in"; "-nin", "-ye", "-dan" are never a syllable of such a name).
_SYLLABLE_AFTER_HYPHEN = re.compile(r"-(?P<syllable>[a-z]{2,5})(?:['’][a-zçğıöşü]+)?(?![\w-])")
# Turkish endings and suffixes sometimes written with a hyphen ("Dylan-vari": Turkish "-like")
_HYPHENATED_ENDINGS = frozenset(
    {
        "nin",
        "nun",
        "in",
        "un",
        "ye",
        "ya",
        "yi",
        "yu",
        "de",
        "da",
        "den",
        "dan",
        "te",
        "ta",
        "ten",
        "tan",
        "le",
        "la",
        "yle",
        "yla",
        "li",
        "lu",
        "ler",
        "lar",
        "dir",
        "dur",
        "ki",
        "vari",
    }
)
_SYLLABLE_ONLY = frozenset({"in", "un"})  # "Jong-un", "Jae-in": after a two-word name of short words only


def _hyphenated_syllable(text: str, span: Span, is_free: Callable[[int, int], bool]) -> Span:
    """A romanised East Asian name the model stopped at the hyphen of its given name: ``Kim Jong`` + ``-un``,
    ``Moon Jae`` + ``-in'e``, ``Kim Il`` + ``-sung``. Two short words and such a syllable are a person's name
    whatever the model typed them (``Moon Jae`` came out as a body)."""
    if text[span.end : span.end + 1] != "-":
        return span
    after = _SYLLABLE_AFTER_HYPHEN.match(text, span.end)
    if after is None or not is_free(span.end, after.end()):
        return span
    syllable = after.group("syllable")
    words = span.text.split()
    short_name = len(words) == 2 and all(len(w) <= 5 and w[:1].isupper() and w[1:].islower() for w in words)
    if span.type != "PER" and not short_name:
        return span
    if syllable in _HYPHENATED_ENDINGS and not (syllable in _SYLLABLE_ONLY and short_name):
        return span
    return replace(_grown(span, text, span.start, after.end()), type="PER")


# A ruler's title, or its possessive after a country: "Kral", "Kraliçesi" ("Danimarka Kraliçesi"), "Sultanı".
_RULER_WORD = re.compile(rf"(?:{'|'.join(sorted(RULERS))})(?:s?[ıiuü])?")
# A regnal numeral in Roman figures closing a span ("II", "Danimarka Kraliçesi II"), up to twenty.
_REGNAL = re.compile(r"(?:^|(?<=\s))(X{0,2}(?:IX|IV|VI{0,3}|I{1,3}))$")


def join_regnal_numerals(
    text: str, spans: Sequence[Span], is_known: Callable[[str], bool], is_given: Callable[[str], bool]
) -> list[Span]:
    """A regnal numeral the model read apart from the name after its full stop, one person with it (``II`` +
    ``. `` + ``Margrethe``: ``II. Margrethe``); words before the numeral keep a span of their own (``Danimarka
    Kraliçesi``), a title alone none (``Sultan II`` + ``. `` + ``Abdülhamid``). Not before a name the lists know (``II.
    Dünya Savaşı``, ``I. Ordu``: a war, an army)."""
    ordered = sorted(spans, key=lambda s: s.start)
    result: list[Span] = []
    i = 0
    while i < len(ordered):
        span = ordered[i]
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        numeral = _REGNAL.search(span.text) if span.text[-1:] in "IVX" else None
        if (
            numeral is None
            or not _reigns(span.text[: numeral.start()].split(), is_given)
            or after is None
            or after.start != span.end + 2
            or not text.startswith(". ", span.end)
            or is_known(strip_apostrophe_suffix(after.text))
        ):
            result.append(span)
            i += 1
            continue
        before = span.text[: numeral.start()].rstrip()
        if before and not all(word in TITLE_HEADS or word in RULERS for word in before.split()):
            result.append(span.part(0, len(before)))  # (a title alone before the numeral is no name: "Sultan II")
        result.append(replace(_grown(after, text, span.start + numeral.start(), after.end), type="PER"))
        i += 2
    return result


def _reigns(before: list[str], is_given: Callable[[str], bool]) -> bool:
    """Whether the words before a numeral (``before``) let it be a monarch's: none, a ruler's title or its
    possessive, a title, a given name (``II``, ``Danimarka Kraliçesi II``, ``Sultan II``, ``Carl XVI``; not ``Final
    Fantasy XV``, a game's sequel before the next sentence)."""
    if not before:
        return True
    last = before[-1]
    return last in TITLE_HEADS or _RULER_WORD.fullmatch(last) is not None or is_given(last)


# A hard wrap: the line break inside a paragraph that copy set at a column, and the capitalised word after it with
# its case ending ("Zuber,", "Kobaner'in").
_WRAP = re.compile(r"[ \t]*\n[ \t]*")
_WRAPPED_WORD = re.compile(rf"[{_CAPITAL}][a-zçğıöşü]+(?:['’][a-zçğıöşü]+)?(?=[\s,.;:!?)]|$)")
# ... the sentence going on after it on its line (not a list's line: "Kerem" + "Özer", one player a line; "Vaveyla -
# Sıla" + "Es - Mustafa Ceceli", an album and its singer a line)
_LINE_GOES_ON = re.compile(r"[,;:]?[ \t]*(?:['’][a-zçğıöşü]+)?[ \t]*\(?[^\W\d_]")


def _listed_alone(text: str, previous: Span | None, span: Span) -> bool:
    """Whether ``span`` follows a one-word person in a list (``golleri Alex ve Semih`` + ``Sertan'ın pasıyla``)."""
    return (
        previous is not None
        and previous.type == "PER"
        and " " not in previous.text.strip()
        and text[previous.end : span.start] in {" ve ", ", ", " ile "}
    )


def join_wrapped_names(
    text: str,
    spans: Sequence[Span],
    is_given_name: Callable[[str], bool],
    is_known: Callable[[str], bool],
    is_common: Callable[[str], bool],
    *,
    known_person: Callable[[str], bool],
) -> list[Span]:
    """A given name ending a line and the word opening the next, hard-wrapped, are one person (``Maria`` + a line
    break + ``Zuber,``; ``Barlas`` + ``Kobaner'in``): the model reads no name across a line. The next word is the
    model's one-word person, or a capitalised word no list knows, no title, no given name, no sentence's opener
    and no word the corpora write in lower case as well (``is_common``: not ``Ali`` + ``Bakan``, ``Ayşe`` +
    ``Ankara'da``, ``Maria`` + ``Bu``, ``Francis`` + ``Yaklaşık``); never across a paragraph's blank line, only
    where both lines go on past the two words (not a list with a name a line), and not for a given name a list of
    people named by one word holds (``Alex ve Semih`` + ``Sertan'ın``). A person the lists know by the two words is
    joined whatever the second (``known_person``), and a given name the model read as a person may be the surname
    (``Binali`` + ``Yıldırım:``, ``Şeyda`` + ``Bayram (Bursa)``)."""
    joined: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        following = spans[i + 1] if i + 1 < len(spans) else None
        word = span.text.strip()
        wrap = _WRAP.match(text, span.end) if " " not in word and "\n" not in word else None
        if (
            wrap is None  # the cheap test first: nearly no span ends a line
            or _listed_alone(text, joined[-1] if joined else None, span)
            or not is_given_name(word)
            or not text[text.rfind("\n", 0, span.start) + 1 : span.start].strip()
        ):
            joined.append(span)
            i += 1
            continue
        end = None
        surname = _WRAPPED_WORD.match(text, wrap.end())
        if surname is not None and (
            following is None
            or following.start >= surname.end()
            or (following.start == wrap.end() and following.end == surname.end() and following.type == "PER")
        ):
            bare = strip_apostrophe_suffix(surname.group())
            model = following is not None and following.start == wrap.end()  # the model's person, a surname too
            if known_person(f"{word} {bare}") or (
                bare not in SENTENCE_OPENERS
                and bare not in TITLE_HEADS
                and bare not in MONTHS_AND_DAYS
                and (model or not is_given_name(bare))
                and not is_known(bare)
                and not is_common(bare)
            ):
                end = surname.end()
        if end is None or _LINE_GOES_ON.match(text, end) is None:
            joined.append(span)
            i += 1
            continue
        joined.append(Span("PER", span.start, end, text[span.start : end], span.confidence))
        i += 2 if following is not None and following.end == end else 1
    return joined


def join_couples(text: str, spans: Sequence[Span], is_given_name: Callable[[str], bool]) -> list[Span]:
    """A given name alone before ``ve`` and a body named after a person (``Suna`` + ``ve`` + ``İnan Kıraç Vakfı``)
    are one body named after a couple: ``Suna ve İnan Kıraç Vakfı``. Only a lone given name (``is_given_name``), and
    a body's span opening with one and closed by a body's head."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and span.type == "ORG"
            and text[previous.end : span.start] == " ve "
            and " " not in previous.text
            and is_given_name(previous.text)
            and is_given_name(span.text.split(maxsplit=1)[0])
            and head_type(strip_apostrophe_suffix(span.text.rsplit(maxsplit=1)[-1])) == "ORG"
        ):
            joined[-1] = Span("ORG", previous.start, span.end, text[previous.start : span.end], span.confidence)
        else:
            joined.append(span)
    return joined


# Between two pieces of one known name: a space, or name words the model left out ("Aras" + " Bulut " + "İynemli").
_NAME_WORDS_GAP = re.compile(rf" (?:[{_CAPITAL}][a-zçğıöşü]+ ){{0,2}}")


def join_known_people(text: str, spans: Sequence[Span], known_type: Callable[[str], EntityType | None]) -> list[Span]:
    """Two spans that are together a person the lists know by that whole name (``Aras`` + ``Bulut İynemli``, the
    model cutting at a word it reads as a common one) joined into that person; only across a space and capitalised
    name words, never across punctuation or a lower-case word."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _NAME_WORDS_GAP.fullmatch(text, previous.end, span.start) is not None
            and not has_suffix_apostrophe(previous.text)
            and known_type(strip_apostrophe_suffix(text[previous.start : span.end])) == "PER"
        ):
            joined[-1] = Span("PER", previous.start, span.end, text[previous.start : span.end], previous.confidence)
        else:
            joined.append(span)
    return joined


# A facility named after a person closes with its kind's head: "Mehmet Şimşek Anadolu İmam Hatip Lisesi", "Ahmet
# Yılmaz Ortaokulu'nda" (the ending glued on too: an institution's is written without an apostrophe).
_EPONYM_HEAD = re.compile(
    r"^(?:Lisesi|Okulu|İlkokulu|Ortaokulu|Koleji|Camii|Stadı|Stadyumu|Hastanesi|Kütüphanesi|Müzesi)(?:['’]?\w*)$"
)
# A school's kind that the corpora capitalise as a name ("Anadolu Lisesi"), opening the facility's words.
_SCHOOL_KINDS = frozenset({"Anadolu"})


def join_eponyms(
    text: str, spans: Sequence[Span], is_kind_word: Callable[[str], bool], is_eponym: Callable[[Span], bool]
) -> list[Span]:
    """A known person's span right before a school's, a mosque's, a stadium's or a hospital's whose other words say
    only its kind (``Anadolu İmam Hatip Lisesi``, ``Fen Lisesi``, ``Devlet Hastanesi``; ``is_kind_word``) is the
    facility named after that person: ``Mehmet Şimşek Anadolu İmam Hatip Lisesi``, the lists' minister read first
    (``is_eponym``: a person the lists know, no title before him: ``Bakan Mehmet Şimşek Fen Lisesi'ni gezdi``; the
    model reads an unknown person's facility whole, and ``Yaralanan Ali Kaya Eğitim ve Araştırma Hastanesi'nde`` is
    the wounded man). Not a person of one word or with a case ending, nor a facility with a name of its own
    (``Atatürk Lisesi``)."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        words = span.text.split()
        if (
            previous is not None
            and previous.type == "PER"
            and span.type == "ORG"
            and text[previous.end : span.start] == " "
            and " " in previous.text
            and not has_suffix_apostrophe(previous.text)
            and _EPONYM_HEAD.match(words[-1]) is not None
            and all(w in _SCHOOL_KINDS or is_kind_word(w) for w in words[:-1])
            and is_eponym(previous)
        ):
            joined[-1] = Span("ORG", previous.start, span.end, text[previous.start : span.end], span.confidence)
        else:
            joined.append(span)
    return joined


# A club's prefix the model read as a name of its own: "FC" + "Metz", "AC" + "Sparta Prag", "SV" + "Werder Bremen"
# (not "AS", "SS": a word and the Nazi SS too, "SS Polonya'da").
_CLUB_PREFIXES = frozenset({"FC", "AC", "SC", "CF", "FK", "SK", "SV", "CD", "KV", "VfB", "VfL", "FSV"})
# A metropolitan council's abbreviation after its city, the council's club or the council ("İstanbul BŞB ile
# Gaziantepspor maçlarını", "Ankara BB"): one body.
_COUNCIL_ABBREVIATIONS = frozenset({"BŞB", "BB"})


def join_club_prefixes(text: str, spans: Sequence[Span]) -> list[Span]:
    """A club's prefix alone (``FC``) and the name right after it (``Metz``) joined into the club (``FC Metz``); so
    is a city and a metropolitan council's abbreviation after it (``İstanbul`` + ``BŞB``)."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and text[previous.end : span.start] == " "
            and span.type in ("ORG", "LOC")
            and (
                previous.text in _CLUB_PREFIXES
                or (previous.type == "LOC" and strip_apostrophe_suffix(span.text) in _COUNCIL_ABBREVIATIONS)
            )
        ):
            joined[-1] = Span("ORG", previous.start, span.end, text[previous.start : span.end], span.confidence)
        else:
            joined.append(span)
    return joined


def join_particles(
    text: str,
    spans: Sequence[Span],
    is_known: Callable[[str], bool],
    known_type: Callable[[str], EntityType | None] = lambda _name: None,
) -> list[Span]:
    """Join a span ending in a particle (``Kerem Ebu``) with the span right after it (``Salim Sınır Kapısı``), and
    two spans a hyphen or a space joins into a name the lists know (``Mercedes`` + ``-`` + ``Benz``, ``Kabardey`` +
    ``-`` + ``Balkar``, ``Ülker`` + ``Sports Arena'da``), of the type the knowledge base gives the whole
    (``known_type``) where it knows it."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = joined[-1] if joined else None
        gap = text[previous.end : span.start] if previous is not None else ""
        if (
            previous is not None
            and (
                (previous.text.split()[-1] in _JOINING_WORDS and gap == " ")
                # "Jan" + "-" + "Christian Dreesen" (not a couple: "Selvi" + "-" + "Mustafa Gülhan çifti", two people)
                or (gap == "-" and previous.type == span.type == "PER" and not couple_after(text, span.end))
                # "Jean" + "-Louis " + "Trintignant", "Daniel" + " Day-" + "Lewis": the hyphenated word between two
                # person spans is the name's middle
                or (previous.type == span.type == "PER" and _HYPHENATED_GAP.fullmatch(gap) is not None)
                # "Muin Muhammed" + "Abdussatir Muhammed": one long name the model cut in two
                or (gap == " " and previous.type == span.type == "PER" and not has_suffix_apostrophe(previous.text))
                # "Van" + " der " + "Linden", the model reading the Dutch name's words as places: a particle no Turkish
                # word is between two names (not "de", "da")
                or (gap in _DUTCH_GERMAN_GAPS and not has_suffix_apostrophe(previous.text) and " " not in previous.text)
                # "Jose" + " de " + "Jesus Gallegos Alvarez", "Ludwig" + " van " + "Beethoven": a particle between two
                # persons' words (not the Turkish "de", "da": "Ahmet de Mehmet'i aradı")
                or (
                    previous.type == "PER"
                    and span.type in ("PER", "ORG")  # the model reads a foreign surname as a firm's now and then
                    and _PARTICLE_GAP.fullmatch(gap) is not None
                    and not has_suffix_apostrophe(previous.text)
                    and (gap.strip() not in ("de", "da") or _FOREIGN_DE.search(span.text) is not None)
                )
                # "Mercedes" + "-" + "Benz Türk AŞ": a company's double name the model cut at its hyphen (not two clubs
                # of a match, "Udinese-Siena": one word each)
                or (gap == "-" and previous.type == span.type == "ORG" and _company_after_hyphen(text, previous, span))
                # ... or any name the lists know whole that the model read in two ("Kabardey" + "-" + "Balkar", a
                # place and a person)
                or (gap == "-" and is_known(strip_apostrophe_suffix(text[previous.start : span.end])))
                # ... or a space ("Ülker" + " " + "Sports Arena'da": a firm's and a place's words, one venue)
                or (
                    gap == " "
                    and not has_suffix_apostrophe(previous.text)
                    and is_known(strip_apostrophe_suffix(text[previous.start : span.end]))
                )
                # "Deutsche Telekom" + " " + "AG": a firm's legal form the model read apart, after a name of two
                # words or more whatever its type ("İşkaya Doğu" + " " + "OGG"; not a lone place's: "Petroleos de
                # Venezuela SA", where the model read the country only)
                or (
                    gap == " "
                    and (previous.type == "ORG" or " " in previous.text)
                    and strip_apostrophe_suffix(span.text) in LEGAL_FORMS
                )
                # "Bakanlığı Avrupa Birliği" + " ve " + "Dış İlişkiler Dairesi Başkanlığı'na": a ministry's department
                # named for two fields, one a body's name
                or (
                    gap == " ve "
                    and previous.type == span.type == "ORG"
                    and is_ministry_department(
                        text, Span("ORG", previous.start, span.end, text[previous.start : span.end], span.confidence)
                    )
                )
            )
        ):
            kind = "PER" if _PARTICLE_GAP.fullmatch(gap) is not None else span.type
            kind = known_type(strip_apostrophe_suffix(text[previous.start : span.end])) or kind
            kind = "ORG" if strip_apostrophe_suffix(span.text) in LEGAL_FORMS else kind
            joined[-1] = Span(kind, previous.start, span.end, text[previous.start : span.end], previous.confidence)
        else:
            joined.append(span)
    return _road_chains(text, _hyphen_chains(text, joined))


# A road named by the towns it joins: "Toprakkale-İskenderun Otoyolu", "Edirne-İstanbul-Ankara Otoyolu'nda"; an
# airport by the two it serves: "Ordu-Giresun Havalimanı"; a rail line by its ends: "Şişhane-Hacıosman Metro Hattı".
_ROAD_WORDS = "otoyolu|karayolu|demiryolu|otobanı|havalimanı|havaalanı"
_LINE_WORDS = "(?:Metro|Tramvay|Füniküler|Hızlı Tren|Banliyö|Teleferik|Raylı Sistem) Hattı"
_ROAD_CHAIN = re.compile(
    rf"[{_CAPITAL}](?<![\w'’-][{_CAPITAL}])[a-zçğıöşü]+(?:-[{_CAPITAL}][a-zçğıöşü]+)+ "
    rf"(?:{_ROAD_WORDS.title()}|{_LINE_WORDS})(?:['’]?n[a-zçğıöşü]+)?(?![\w-])"
)
# the cheap test: most articles name no road, airport or line
_ROAD_NOUNS = (*_ROAD_WORDS.title().split("|"), "Hattı")


def _road_chains(text: str, spans: list[Span]) -> list[Span]:
    """A road the text names by its towns, one place, where the model read only its towns (``Toprakkale`` of
    ``Toprakkale-İskenderun Otoyolu``) or part of it: the spans inside it give way to the road's. A chain the model
    read nothing of stays unread."""
    if not any(noun in text for noun in _ROAD_NOUNS):
        return spans
    roads = [m for m in _ROAD_CHAIN.finditer(text) if any(m.start() <= s.start < m.end() for s in spans)]
    if not roads:
        return spans
    inside = [any(r.start() <= s.start and s.end <= r.end() for r in roads) for s in spans]
    crossing = [
        not inside[i] and any(s.start < r.end() and r.start() < s.end for r in roads) for i, s in enumerate(spans)
    ]
    kept = [s for i, s in enumerate(spans) if not inside[i]]
    added = [
        Span("LOC", r.start(), r.end(), r.group(), 0.9)
        for r in roads
        if not any(s.start < r.end() and r.start() < s.end for i, s in enumerate(spans) if crossing[i])
    ]
    return sorted(kept + added, key=lambda s: s.start)


# Names glued by hyphens before a consortium's or company's name: "Cengiz-" before "Kolin-Limak Ortak Girişim Grubu".
_GLUED_CHAIN = re.compile(rf"(?:(?<=\s)|^)(?:[{_CAPITAL}][\w&]*-)+$")


def _hyphen_chains(text: str, spans: list[Span]) -> list[Span]:
    """A body's span that a hyphen-joined chain of partners opens (``Cengiz-Kolin-Limak Ortak Girişim Grubu``), the
    partners the model read alone (``Koç``) taken in; so a road's towns (``Edirne-İstanbul-Ankara Otoyolu``)."""
    result: list[Span] = []
    for span in spans:
        chain = None
        if (span.type == "ORG" and "-" in span.text and _company_head(span)) or (span.type == "LOC" and _road(span)):
            chain = _GLUED_CHAIN.search(text, max(0, span.start - 60), span.start)
        if chain is None:
            result.append(span)
            continue
        while result and result[-1].start >= chain.start() and " " not in result[-1].text.strip():
            result.pop()  # "Koç" + "-Ülker-UEM Grubu": a partner of the chain
        start = chain.start() if not result or result[-1].end <= chain.start() else span.start
        result.append(Span(span.type, start, span.end, text[start : span.end], span.confidence))
    return result


_ROAD_WORD = re.compile(rf"^(?:{_ROAD_WORDS}|hattı)(?:n[a-zçğıöşü]+)?$")


def _road(span: Span) -> bool:
    """Whether a place's span ends in a road's word: ``Edirne-İstanbul-`` + ``Ankara Otoyolu`` is one road."""
    return _ROAD_WORD.match(turkish_lower(strip_apostrophe_suffix(span.text.split()[-1]))) is not None


def _company_head(span: Span) -> bool:
    """Whether a body's span ends in a company word or a body's head (``AŞ``, ``Grubu``)."""
    last = strip_apostrophe_suffix(span.text.split()[-1])
    return is_company_word(last) or head_type(last) == "ORG"


# A department's head ("Dairesi Başkanlığı", "Genel Müdürlüğü'ne") and a ministry right before its name.
_DEPARTMENT_HEAD = re.compile(r"(?:Başkanlığı|Müdürlüğü)(?:['’][a-zçğıöşü]+|n[a-zçğıöşü]+)?$")
_MINISTRY_BEFORE = re.compile(r"Bakanlığı[ \t]+$")


def is_ministry_department(text: str, span: Span) -> bool:
    """Whether ``span`` names a department of the ministry named right before it (``Aile ve Sosyal Politikalar
    Bakanlığı Avrupa Birliği ve Dış İlişkiler Dairesi Başkanlığı``): one name, whatever bodies its fields are."""
    return (
        _DEPARTMENT_HEAD.search(span.text) is not None
        and _MINISTRY_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
    )


def _company_after_hyphen(text: str, previous: Span, span: Span) -> bool:
    """Whether one word, a hyphen and a body's name of two words or more make one name (``Mercedes-Benz Türk AŞ``,
    ``Kolin-Limak Ortak Girişim Grubu``); not an acronym before its expansion (``TUSAŞ-Türk Havacılık ve Uzay
    Sanayii AŞ``) nor a list of venues written with hyphens (``Roxy-Pera Müzesi-Cemal Reşit Rey``)."""
    return (
        " " not in previous.text
        and len(span.text.split()) > 1
        and _company_head(span)
        and not (previous.text.isupper() and len(previous.text) > 1)
        and text[span.end : span.end + 1] != "-"
    )


def join_numbered_units(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """A numbered court, office or unit made whole (see ``_NUMBERED_UNIT_WORDS``): the number before the body's
    span joins it, and so does the word before the number when ``is_known`` knows it as a place or a body
    (``İstanbul``, ``Yargıtay``; not ``Dosya`` opening a sentence) or it is a public body's word before its
    regional unit (``Karayolları``: ``_REGIONAL_OWNERS``); spans inside what joins are absorbed. A span the
    model began with the number (``13'üncü Asliye Ceza Mahkemesi``) takes the known word before it the same way."""
    result = sorted(spans, key=lambda s: s.start)
    for span in list(result):
        words = span.text.split()
        if span.type != "ORG" and (span.type != "LOC" or not _NUMBERED_HEAD.match(words[-1])):
            continue  # (a unit's head types it: "2'nci Hudut Sınır Taburu'na" read as a place)
        if len(words) > 1 and _ORDINAL.fullmatch(words[0]) and words[1] in _NUMBERED_UNIT_WORDS:
            # the model took the number in: "Ankara" + "13'üncü Asliye Ceza Mahkemesi"
            before = _OWNER_BEFORE.search(text, max(0, span.start - 40), span.start)
            if before is None or not (is_known(before.group("owner")) or before.group("owner") in _REGIONAL_OWNERS):
                continue
            start = before.start()
        elif words[0] in _NUMBERED_UNIT_WORDS or (_NUMBERED_HEAD.match(words[-1]) and not is_known(span.text)):
            match = _ORDINAL_BEFORE.search(text, max(0, span.start - 40), span.start)
            if match is None:
                continue
            owner = match.group("owner")
            start = (
                match.start()
                if owner is not None and (is_known(owner) or owner in _REGIONAL_OWNERS)
                else match.start("number")
            )
        else:
            continue
        result = [s for s in result if not (s.start >= start and s.end <= span.start)]
        # (a prison stays the place it was read as: "Silivri 1 No'lu F Tipi Cezaevi'nde")
        kind: EntityType = "LOC" if span.type == "LOC" and _PRISON.search(span.text) else "ORG"
        grown = Span(kind, start, span.end, text[start : span.end], span.confidence)
        result = [grown if s is span else s for s in result]
    return result


# A place or venue named by a number: "100'üncü Yıl Mahallesi", "75. Yıl Sanat Galerisi", "188'inci Sokak", "19 Mayıs
# Stadı", "1200 Evler Mahallesi", "6'ncı Paul Salonu". A bare number joins only a date's month, "Yıl" or a street
# or quarter ("3 Spor Salonu" counts halls).
_NUMBER_BEFORE = re.compile(rf"(?<![\w./,'’])(?P<number>\d{{1,5}})(?P<ordinal>\.|['’](?:{ORDINAL_SUFFIXES}))? $")
_NUMBERED_FIRST = frozenset({*MONTHS_AND_DAYS, "yıl", "yil"})
_DIGIT = re.compile(r"\d")
_STREET_HEADS = frozenset({*STREET_WORDS, *BARE_STREET_WORDS, "cadde"})


def join_numbered_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """A place or venue written after its number made whole: the number joins the span (see ``_NUMBER_BEFORE``);
    so does an institution named after a date (``19 Mayıs Üniversitesi``)."""
    joined: list[Span] = []
    for span in spans:
        if _DIGIT.search(text, max(0, span.start - 12), span.start) is None:
            joined.append(span)  # the cheap test first: most names follow no number
            continue
        words = span.text.split()
        first = turkish_lower(words[0])
        dated = first in _NUMBERED_FIRST
        last = turkish_lower(strip_apostrophe_suffix(words[-1]))
        if last.startswith("cumhuriyeti") or not (  # "1. Türkiye Cumhuriyeti Anayasası": a list's number, no state's
            dated
            or (span.type == "LOC" and (last in _STREET_HEADS or head_type(words[-1]) == "LOC" or is_venue(words)))
        ):
            joined.append(span)
            continue
        match = _NUMBER_BEFORE.search(text, max(0, span.start - 12), span.start)
        if match is None or not (match.group("ordinal") or dated or last in _STREET_HEADS):
            joined.append(span)
            continue
        joined.append(Span(span.type, match.start(), span.end, text[match.start() : span.end], span.confidence))
    return joined


def join_affiliations(
    text: str, spans: Sequence[Span], stays_apart: Callable[[str, str], bool] = lambda _place, _body: False
) -> list[Span]:
    """``Gazze`` + ``Sağlık Bakanlığı`` → one organisation: a place right before a body's name is part of it; not
    where ``stays_apart(place, body)`` (a country before a body of one of its towns: ``Japonya`` + ``Kyoto
    Üniversitesi``)."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == "LOC"
            and span.type == "ORG"
            and text[previous.end : span.start] == " "
            and not has_suffix_apostrophe(previous.text)
            and previous.text.rsplit(maxsplit=1)[-1][:1].isupper()  # not "Mezra mahallesindeki" + a school's name
            and head_type(span.text.split()[-1]) == "ORG"
            and not stays_apart(previous.text, span.text)
        ):
            joined[-1] = Span("ORG", previous.start, span.end, text[previous.start : span.end], span.confidence)
        else:
            joined.append(span)
    return joined
