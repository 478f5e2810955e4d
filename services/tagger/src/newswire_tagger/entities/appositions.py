"""What the copy says a name is: ``Sara adlı kız``, ``Scholl isimli kuruluş``, ``Ayşe Hanım``.

Turkish copy introduces a name it does not expect the reader to know with ``adlı``/``isimli`` (called) and a
noun: ``Mehmet adlı çocuk`` is a person, ``Kale adlı şirket`` a company, ``Tina adlı köy`` a place and
``Cezir adlı uzay aracı`` a thing. That noun outranks the model and the lists for every mention of the name in
the article; a name the model missed before such a noun is added. ``Bey`` and ``Hanım`` after a name are the
polite forms of address for a person: the word is cut off and the name is a person. A name the model found
right before ``ailesi`` (``Abdulal ailesine``) is a family's surname, so a person, unless it is a known place
or body; a one-word "person" whose CEO, general manager, shares or balance sheet the copy names (``Varlo'nun
CEO'su``) is a company.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from newswire_schemas import EntityType

from newswire_tagger.entities.heads import COMPASS_WORDS, head_type
from newswire_tagger.entities.names import (
    KIN_NOUNS,
    canonical_name,
    fold,
    has_suffix_apostrophe,
    in_genitive,
    name_key,
    turkish_lower,
    words_of,
)
from newswire_tagger.entities.nouns import WORK_STEMS
from newswire_tagger.entities.titles import ADDRESS_WORDS, SENTENCE_OPENERS, TITLE_HEADS
from newswire_tagger.spans import Span

__all__ = [
    "ADDRESS_FORM",
    "CALLED_CONFIDENCE",
    "called_kind",
    "typed_by_called",
    "without_address_form",
]

CALLED_CONFIDENCE = 0.6
"""Confidence of a name added for ``adlı``/``isimli`` and a noun: the copy itself says what it is."""

# "Ahmet Bey", "Ayşe Hanım'ın", "Zeynep Hanımla": a case ending only as Turkish writes it after these words,
# so "Beyaz" or "Beyoğlu" never match.
ADDRESS_FORM = re.compile(
    rf"^(?:{'|'.join(ADDRESS_WORDS)})"
    r"(?:['’][a-zçğıöşü]+|in|ın|e|a|i|ı|le|la|den|dan|de|da|ler|lar|ciğim|cığım"
    # (after a vowel: "Fatih Hocanın", "Suat Hocayla", "Sefer Hocaya", "Burak Abimiz")
    r"|nın|nin|ya|ye|yla|yle|yı|yi|m|mız|miz|mızın|mizin)?$"
)
_CALLED = re.compile(
    r"[ \t]+(?:adlı|adli|isimli|adında|isminde|adındaki|ismindeki|adıyla bilinen|olarak bilinen)[ \t]+"
)
_CLOSING_QUOTE = re.compile(r"\.?['’\"”]")
# ... after a mention, past a closing quotation mark too: "'Alican S.' adlı gemi".
_CALLED_AFTER = re.compile(r"(?:\.?['’\"”])?" + _CALLED.pattern)
_WORD = re.compile(r"\S+")
# An animal's noun after "adlı", a word or two between ("adlı boğalar", "isimli iki yaşındaki köpek").
_ANIMAL = re.compile(
    r"(?:[^\s.,;:!?]+[ \t]+){0,2}?(?:boğa|inek|deve|koyun|keçi|aygır|kısrak|papağan|maymun|köpe|kedi|hayvan)"
)
# The next name of a pair before "adlı" and its noun, in the plural: "Saddam" + " ve Bush" + " adlı boğalar".
# (a list's other names before it too: "Saddam" + ", Bush ve Obama" + " adlı boğalar")
_AND_NAME = re.compile(
    r"(?:,[ \t]+[A-ZÇĞİÖŞÜ][\w.'’-]*){0,3}[ \t]+ve[ \t]+['‘\"“]?[A-ZÇĞİÖŞÜ][\w.'’-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w.'’-]*){0,2}"
)
# ... and the plural noun after the pair's "adlı", a word or two between: "adlı iki boğa" no, "adlı boğalar".
_PLURAL_NOUN = re.compile(r"(?:[^\s.,;:!?]+[ \t]+){0,2}?[a-zçğıöşü]+l[ae]r(?:[a-zçğıöşü]*)(?![\w])")
# The first letters of every word the patterns above look for after a mention (after an optional genitive).
_SAYS_SOMETHING = re.compile(
    r"(?:['’]n?[ıiuü]n|\.?['’\"”])?[ \t]+(?:adl|adı|isim|ismi|olarak|aile|C[EFOT]O|[Gg]enel|[Kk]urucu|[Yy]önetim|"
    r"hisse|iştirak|piyasa|bilanço|halka|ciro|marka|eşi|oğl|kız|anne|baba|kardeş|torun|dede|amca|dayı|teyze|hala|yeğen|kuzen|"
    r"nişanlı|çocuk|ikiz)"
)
# Most articles hold none of these words: a cheap test before the scan for names the model missed.
_MAY_CALL = re.compile(r"adl[ıi]|isimli|adında|isminde|bilinen")
# "Henkel'in CEO'su", "Arçelik'in genel müdürü", "Avon'un hisseleri": what a person does not have, a company does
# (the offices capitalised before their holder's name too: "Endeavor Yönetim Kurulu Başkanı Özcan Tahincioğlu").
_OWNED_BY_COMPANY = re.compile(
    r"(?:['’]n?[ıiuü]n)?[ \t]+(?:CEO|CFO|COO|CTO|[Gg]enel [Mm]üdürü|[Kk]urucusu|[Kk]urucu [Oo]rtağı|"
    r"[Yy]önetim [Kk]urulu|hisseleri|hissedarları|iştiraki|iştirakleri|piyasa değeri|genel merkezi|bilançosu|"
    r"halka arzı|cirosu)"
    r"(?![\w])"
)
# "Nasser'in annesi", "Halabi'nin oğlu": a body or a place has no mother or son (not "Gazze'nin çocukları":
# only singular kin, and known places keep their type anyway).
_KIN_OF_PERSON = re.compile(rf"(?:['’]n?[ıiuü]n)?[ \t]+(?:{KIN_NOUNS})(?![\w])")
# ... and a couple's children after the second partner's name in the genitive: "X ve Y'nin kızları".
_COUPLES_CHILDREN = re.compile(r"(?:['’]n?[ıiuü]n)?[ \t]+(?:kızları|oğulları|çocukları|ikizleri)(?![\w])")
# "Vestel marka televizyon", "Arçelik markalı": a brand, so a company.
_BRAND = re.compile(r"[ \t]+marka(?:lı|li)?[ \t]+[a-zçğıöşü]")
# "Abdulal ailesine", "Yılmaz ailesinin evi": a name right before "ailesi" (family) is the family's surname.
_FAMILY = re.compile(r"[ \t]+aile(?:si|leri)(?:n?[a-zçğıöşü]*)?(?![\w'’])")
_LOOKAHEAD = 4
# Nouns (stems, any ending after them) that say what a name is; the longest stem wins, so "hastane" is a
# hospital, not "hasta" a patient, and "oyuncu" a player, not "oyun" a game.
_KINDS: tuple[tuple[str, str], ...] = (
    (
        "ORG",
        "kuruluş kuruluşu şirket firma örgüt derne vakf vakıf grub grup gazete dergi banka ajans parti kulüb "
        "kulüp takım organizasyon hastane okul üniversite kolej enstitü holding yayınevi sendika hareket "
        "topluluğ topluluk konsorsiyum televizyon radyo kanal restoran otel mağaza marka girişim platform "
        "cemaat milis",
    ),
    (
        "LOC",
        "köy kasaba kent şehir mahalle bölge kamp ada ilçe belde sokak sokağ cadde nehir dağ ülke eyalet yerleşim "
        "gezegen",
    ),
    (
        "NOT",
        # (and the works' nouns, below)
        "uzay araç aracı mekik mekiğ uydu uçak uçağ gemi füze tank robot uygulama yazılım "
        "proje operasyon tatbikat kasırga fırtına virüs varyant ilaç aşı "
        "ürün cihaz telefon köpe kedi hayvan rapor kampanya yasa tasarı plan sergi festival yarışma ödül "
        # (animals named after people: "Saddam ve Bush adlı boğalar", "Obama adlı boğa")
        "boğa inek deve koyun keçi aygır kısrak papağan maymun "
        "etkinlik konferans zirve fuar makale tez eylem sistem teknoloji model göktaş asteroit asteroid kuyruklu "
        # (substances: "Betakaroten isimli besin maddesi")
        "besin madde vitamin hormon molekül protein enzim",
    ),
    (
        "PER",
        "kişi vatandaş kadın erkek çocu kız oğl bebe genç adam şüpheli sanık tutuklu hükümlü mahkum yolcu "
        "öğrenci hasta asker polis işçi gazeteci yazar muhabir doktor hemşire sağlıkçı kullanıcı aktivist "
        "sporcu futbolcu oyuncu sanatçı şarkıcı yönetmen fotoğrafçı çiftçi esnaf girişimci mülteci sivil "
        "şehit yaralı kurban tanık muhalif komutan lider militan anne baba dede nine torun kardeş arkadaş "
        "uzman avukat akademisyen profesör öğretmen imam rahip papaz rapçi fenomen kurucu yönetici müdür "
        "mühendis pilot yarışmacı katılımcı zanlı şahıs sürücü mensub mensup kazazede sevgili nişanlı",
    ),
)
_TYPES: dict[str, EntityType] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# A person's noun in the possessive closing a compound after a body's noun: "örgüt üyesi", "şirket yöneticisi" (one
# person; "örgüt militanları", the plural, speaks of the body's members: the name is the body's).
_MEMBER = re.compile(
    r"^(?:üye|mensub|lider|yönetici|militan|çalışan|sözcü|yetkili|sahib)(?:ı|i|u|ü|sı|si|su|sü)"
    r"(?:n?[a-zçğıöşü]*)?[.,;:!?]?$"
)
# The possessive after a person's noun ending in a vowel, a case ending after it but the accusative's ("öğrenci" +
# "si", "sinin", "siyle"; not "sini", the sentence's object).
_POSSESSED_PERSON = re.compile(r"s[ıiuü](?:n[ıiuü]n|n[ae]|nd[ae]n?|yl[ae])?$")
# (not "gösteri", "parça", "hit", "single": "gösteri merkezine", "parça parça", words of other things too)
_WORKS = [stem for stem in WORK_STEMS if stem not in {"gösteri", "parça", "hit", "single"}]
_STEMS = {stem: kind for kind, stems in _KINDS for stem in stems.split()} | dict.fromkeys(_WORKS, "NOT")
_LONGEST_STEM = max(map(len, _STEMS))
# Between "adlı" and its noun: an article, a number, an age, an adjective; a capitalised word is skipped too
# ("Ahmet adlı Filistinli genç").
# (and adjectives a person's stem opens: "askeri tesis", "sivil toplum kuruluşu", "polisiye roman")
_SKIPPED = frozenset(
    {
        "bir",
        "iki",
        "üç",
        "yaşındaki",
        "yaşında",
        "yaşlı",
        "küçük",
        "büyük",
        "yeni",
        "eski",
        "askeri",
        "sivil",
        "polisiye",
    }
)
# A name before "adlı" that the model missed: up to four capitalised words, no quotation marks (titles of works).
_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-ZÇĞİÖŞÜ][\w.'’-]*[ \t]+){0,3}[A-ZÇĞİÖŞÜ][\w'’-]*)$")
# A name in quotation marks right before the phrase: "'Manara Havacılık' adlı", "“Halk Komiteleri” isimli".
_QUOTED_BEFORE = re.compile(r"(?:(?<=\s)|^)['‘\"“]([A-ZÇĞİÖŞÜ][^'‘’\"“”\n]{0,60}?)['’\"”]$")


@lru_cache(maxsize=4096)
def _noun_kind(word: str) -> str | None:
    """PER, ORG, LOC or NOT when the lower-case ``word`` is one of the nouns above, else None."""
    lowered = turkish_lower(word.strip(".,;:!?)\"”'’"))
    for size in range(min(len(lowered), _LONGEST_STEM), 2, -1):
        kind = _STEMS.get(lowered[:size])
        if kind is not None:
            return kind
    return None


def _possessed_person(word: str) -> bool:
    """Whether ``word`` is a person's noun of the lists ending in a vowel, in the possessive ``-sI`` with no
    accusative after it (``öğrencisi``, ``öğrencisinin``, ``öğrencisiyle``; not ``öğrencisini``)."""
    lowered = turkish_lower(word.strip(".,;:!?)\"”'’"))
    for size in range(min(len(lowered), _LONGEST_STEM), 2, -1):
        kind = _STEMS.get(lowered[:size])
        if kind is not None:
            return kind == "PER" and _POSSESSED_PERSON.match(lowered, size) is not None
    return False


def _animal_called(text: str, end: int) -> bool:
    """Whether the noun after ``adlı`` that follows a name ending at ``end`` (or the next name of its pair) is an
    animal's (``adlı boğa``, ``adlı boğalar``, ``isimli köpeği``)."""
    called = _called_at(text, end)
    return called is not None and _ANIMAL.match(text, called.end()) is not None


def _called_at(text: str, end: int) -> re.Match[str] | None:
    """``adlı`` or ``isimli`` right after a name ending at ``end``, or after the next name of its pair (``Saddam`` +
    `` ve Bush`` + `` adlı boğalar``)."""
    return _CALLED_AFTER.match(text, end) or _pair_called(text, end)


def _pair_called(text: str, end: int) -> re.Match[str] | None:
    """``adlı`` or ``isimli`` after ``ve`` and another name that follow a name ending at ``end``, a noun in the plural
    after it; None else (not after ``ile``, as often "with": "Ayşe ile Karabaş adlı köpeği")."""
    pair = _AND_NAME.match(text, end) if text.startswith((" ve ", ", "), end) else None
    called = _CALLED_AFTER.match(text, pair.end()) if pair is not None else None
    return called if called is not None and _PLURAL_NOUN.match(text, called.end()) is not None else None


def called_kind(text: str, end: int) -> str | None:
    """What the words after a name ending at ``end`` say it is (``adlı kız`` → PER); None if they say nothing."""
    called = _CALLED_AFTER.match(text, end)
    if called is None:
        return None
    words = _WORD.findall(text[called.end() : called.end() + 80])[: _LOOKAHEAD + 1]
    for i, word in enumerate(words[:_LOOKAHEAD]):
        if word[:1].isupper() or word.isdigit() or turkish_lower(word) in _SKIPPED:
            continue
        kind = _noun_kind(word)
        if kind is not None:
            # a compound's head is its last noun: "örgüt üyesi", "parti yöneticisi" name a person (not after the
            # genitive: "adlı şirketin yöneticisi" is the firm's manager, the name the firm's)
            bare = turkish_lower(word) in _STEMS
            if bare and i + 1 < len(words) and _MEMBER.match(words[i + 1]):
                return "PER"
            following = words[i + 1] if bare and i + 1 < len(words) else ""
            # ... and a person's noun in the possessive after a body's, no accusative's ending: "üniversite
            # öğrencisi", "lise öğrencisiyle" (not "kulüp oyuncusunu", the sentence's object; nor after a thing's
            # noun, "dizi oyuncusu": the title's maker)
            return "PER" if _MEMBER.match(following) or (kind == "ORG" and _possessed_person(following)) else kind
        if word[-1:] in ".,;:!?":
            return None
    return None


def typed_by_called(
    text: str, spans: Sequence[Span], is_other_name: Callable[[str], bool] = lambda _name: False
) -> list[Span]:
    """Every mention of a name written before ``adlı``/``isimli`` and a noun gets the noun's type (or is dropped,
    for a thing or a work); a name the model missed there is added; a name before ``ailesi`` is a person; a one-word
    person whose CEO or shares the copy names, or a brand (``X marka``), is a company; a name whose mother or son the
    copy names (``X'in annesi``) is a person.

    ``is_other_name`` says a name is already known (a place, a body, a person): it keeps its type (recall finds it if
    the model did not), so ``Gazze ailesi`` stays a place."""
    kinds, subtitles = _declared_kinds(text, spans, is_other_name)
    added = _missed_called_names(text, spans, is_other_name) if _MAY_CALL.search(text) else []
    if not kinds and not added and not subtitles:
        return list(spans)
    result: list[Span] = []
    for span in [*spans, *added]:
        kind = kinds.get(name_key(span))
        if kind == "NOT" or span.start in subtitles:
            continue
        # the copy says what the name is: as sure as a name found before "adlı"
        declared = max(span.confidence, CALLED_CONFIDENCE)
        result.append(span if kind is None else replace(span, type=_TYPES[kind], confidence=declared))
    return sorted(result, key=lambda s: s.start)


def _declared_kinds(
    text: str, spans: Sequence[Span], is_other_name: Callable[[str], bool]
) -> tuple[dict[str, str], set[int]]:
    """What the words after any mention say each (folded) name is: PER, ORG, LOC or NOT; and where a work's title
    after a colon holds a name (``Mağrur Öfke: Necip Fazıl adlı biyografi kitabı``): that mention only is the
    title's, the name's other mentions stay the person's."""
    kinds: dict[str, str] = {}
    subtitles: set[int] = set()
    in_full_names: set[str] | None = None
    for span in spans:
        if not _SAYS_SOMETHING.match(text, span.end) and not _pair_called(text, span.end):
            continue  # most mentions: one cheap test instead of five
        name = canonical_name(span.text, span.type)
        # (an acronym's "family" is its staff: "Biz OMÜ ailesi olarak", "THY ailesi")
        family = _FAMILY.match(text, span.end) is not None and not (name.isupper() and " " not in name)
        kind = called_kind(text, span.end) or ("PER" if family else None)
        if kind is None and span.type != "LOC" and " " not in name:
            # "Arda'nın hisseleri" after "Melis Arda": her shares, not a company's (a body's mention of the name
            # says so for the person's too: "Endeavor Yönetim Kurulu Başkanı" ... "Endeavor, ...")
            in_full_names = _full_name_words(spans) if in_full_names is None else in_full_names
            owned = _OWNED_BY_COMPANY.match(text, span.end) or _BRAND.match(text, span.end)
            kind = "ORG" if owned and fold(name) not in in_full_names else None
        if kind is None and span.type != "PER" and _KIN_OF_PERSON.match(text, span.end) and _possessor(span.text):
            kind = "PER"
        if (
            kind is None
            and span.type != "PER"
            and " " in name
            and not any(head_type(w) is not None for w in name.split())
            and name.split()[0] not in COMPASS_WORDS
            and _COUPLES_CHILDREN.match(text, span.end)
            and in_genitive(span.text)
        ):
            # "Hugh Grant ve Tinglan Hong'ın kızları": a couple's children, the partner a person named in full (not
            # "Darüşşafaka'nın çocukları", a school's pupils; nor a body's, "Çocuk Esirgeme Kurumu'nun", nor a
            # region's, "Doğu Türkistan'ın")
            kind = "PER" if any(s.type == "PER" and text[s.end : span.start] == " ve " for s in spans) else None
        if kind == "NOT" and (
            text[max(0, span.start - 2) : span.start] == ": "
            or (" " not in name and _CLOSING_QUOTE.match(text, span.end))
        ):
            # (a quoted one-word title names the work there only: "‘Judas' isimli klip" ... "Judas (Yahuda)", the
            # apostle; a longer one repeated bare is the title still, "“Rüzgâr Avı”" ... "Rüzgâr Avı'nda")
            subtitles.add(span.start)
        elif (kind == "NOT" or (kind is None and " " not in name)) and _animal_called(text, span.end):
            # (an animal named after someone, that mention only, whoever the lists know: "'Obama' adlı boğa", and
            # the first of a pair so named, one word: "Saddam ve Bush adlı boğalar"; not "Mehmet Demir ve Çomar adlı
            # köpekleri", their dog)
            subtitles.add(span.start)
        elif kind is not None and not is_other_name(name):
            kinds[fold(name)] = kind
    return kinds, subtitles


def _possessor(written: str) -> bool:
    """Whether a name written so may own the kin word after it: bare or in the genitive (``Nasser'in annesi``), not in
    another case (``Erikli Mahallesi'nde annesi``: where the mother was)."""
    return not has_suffix_apostrophe(written) or in_genitive(written)


def _full_name_words(spans: Sequence[Span]) -> set[str]:
    """Folded words of the person names of two words or more."""
    names = [fold(canonical_name(s.text, "PER")) for s in spans if s.type == "PER" and " " in s.text.strip()]
    return {word for name in names for word in name.split()}


def _missed_called_names(text: str, spans: Sequence[Span], is_other_name: Callable[[str], bool]) -> list[Span]:
    """Names the model missed right before ``adlı``/``isimli`` and a noun of a person, body or place."""
    ends = {s.end for s in spans}
    added: list[Span] = []
    for called in _CALLED.finditer(text):
        if called.start() in ends:
            continue
        kind = called_kind(text, called.start())
        end = called.start()
        quoted = _QUOTED_BEFORE.search(text, max(0, end - 80), end)
        start: int | None
        if quoted is not None:
            # "'Manara Havacılık' adlı şirket": the name is the quotation, whatever its words
            start, end = quoted.span(1)
        else:
            start = _name_start(text, end)
        if kind not in ("PER", "ORG", "LOC") or start is None or is_other_name(text[start:end]):
            continue
        if not any(s.start < end and s.end > start for s in spans):
            added.append(Span(_TYPES[kind], start, end, text[start:end], CALLED_CONFIDENCE))
    return added


def _name_start(text: str, end: int) -> int | None:
    """Where the capitalised name ending at ``end`` starts: after a sentence opener, a title or a word with a
    case suffix (``Dün``, ``Bakan``, ``Gazze'de``); None when no name is left."""
    before = _NAME_BEFORE.search(text, max(0, end - 80), end)
    if before is None:
        return None
    words = list(_WORD.finditer(before.group(1)))
    first = 0
    for i, word in enumerate(words):
        token = word.group()
        if token in SENTENCE_OPENERS or token in TITLE_HEADS or has_suffix_apostrophe(token):
            first = i + 1
    return before.start(1) + words[first].start() if first < len(words) else None


def without_address_form(span: Span) -> Span | None:
    """``Ayşe Hanım``, ``Osman Abi``, ``Jale Hoca`` → the person ``Ayşe``, ``Osman``, ``Jale``; None when the span
    does not end in a form of address."""
    last = span.text.rsplit(maxsplit=1)
    if len(last) < 2 or last[1][:1] not in "BbHhEeAa" or not ADDRESS_FORM.match(turkish_lower(last[1])):
        return None
    words = words_of(span.text)
    end = words[-2].end()
    return Span("PER", span.start, span.start + end, span.text[:end], span.confidence)
