"""Turkish-aware name normalisation: case folding, slugs and removal of inflectional suffixes."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newswire_tagger.entities.headwords import CASE_HEADS
from newswire_tagger.spans import Span

APOSTROPHES = "'’‘ʼ`´"
LIST_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+(?:ve|ile|veya)[ \t]+)"
"""What joins two members of a list of names: a comma, ``ve``, ``ile`` or ``veya`` (a pattern to build on)."""
"""Characters Turkish copy uses to set a case suffix off a proper noun (straight and typographic)."""

_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TR_ASCII = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# A suffix after an apostrophe is lowercase Turkish letters only: "O'Brien" and "d'Ivoire" keep theirs.
# A lone "s" is English ("Moody's", "McDonald's"): no Turkish case suffix is that letter alone.
# (a dotted capital İ inside an ending in lower case, as copy run through a careless case change writes "CHP'nİn";
# not opening it: "Côte d'İvoire", "L'İmperial" are names)
_APOSTROPHE_SUFFIX = re.compile(
    rf"^(?P<stem>.*[^\s{APOSTROPHES}])[{APOSTROPHES}](?P<suffix>(?!s$)[a-zçğıöşüâî][a-zçğıöşüâîİI]{{0,11}})$"
)
# In a headline or crosshead set in capitals the suffix is in capitals too ("KIBRIS'TA", "ABD'NİN"): only the
# case endings and the -li forms are taken off there ("ABD'Lİ" as "ABD'li"), so "O'NEAL" and "L'ORÉAL" keep theirs.
_CAPITAL_SUFFIX = re.compile(
    rf"^(?P<stem>[^a-zçğıöşüâî{APOSTROPHES}]*[^\sa-zçğıöşüâî{APOSTROPHES}])[{APOSTROPHES}](?P<suffix>[A-ZÇĞIİÖŞÜ]{{1,5}})$"
)
# A name written in lower case with its ending in capitals ("Nokia’NIN") or capitalised ("Hilton'U", "Göğüş'Ün"):
# a case ending.
_MIXED_CAPITAL_SUFFIX = re.compile(
    rf"^(?P<stem>.*[^\s{APOSTROPHES}])[{APOSTROPHES}](?P<suffix>[A-ZÇĞIİÖŞÜ]{{2,5}}|[A-ZÇĞIİÖŞÜ][a-zçğıöşü]{{0,4}})$"
)
_CASE_ENDINGS_TEXT = """
    a e ya ye ı i u ü yı yi yu yü ın in un ün nın nin nun nün da de ta te dan den tan ten la le yla yle
    nda nde ndan nden na ne daki deki taki teki ndaki ndeki
"""
CASE_ENDINGS = frozenset(_CASE_ENDINGS_TEXT.split())
"""Turkish case endings a name takes after an apostrophe (and a common noun without one)."""
# The -li forms a headline in capitals writes after an apostrophe ("ABD'Lİ", "PKK'LILAR"): read as in lower case.
_LI_ENDINGS = frozenset({"li", "lı", "lu", "lü", "liler", "lılar", "lular", "lüler"})
EDGE_JUNK = '"“”«»()[]{},;:!?-–—/ \t\n' + APOSTROPHES  # "." kept: "A.Ş.", "Dr."

# The street and quarter words an address writes in lower case: the possessive ones take case endings ("Gül
# sokağında"), the bare word and the abbreviations do not ("Gül sokak", "Kirazlı mah.").
STREET_WORDS = ("sokağı", "caddesi", "bulvarı", "mahallesi", "meydanı")
BARE_STREET_WORDS = ("sokak", "sok.", "sk.", "cad.", "mah.")
ORDINAL_SUFFIXES = "inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü"
"""The suffixes of an ordinal written in figures after an apostrophe (``188'inci``, ``6'ncı``), as a regex group."""
KIN_NOUNS = "eşi|oğlu|kızı|annesi|babası|kardeşi|torunu|dedesi|amcası|dayısı|teyzesi|halası|yeğeni|kuzeni|nişanlısı"
"""A relative's singular nouns in the possessive (``oğlu``, ``annesi``), as a regex group: said of a person only."""
NUMBER_WORDS = "No['’‘`]?l[uü]|Numaralı"
"""The word after a number inside a court's, a prison's or a unit's name (``2 No'lu``, ``1 Nolu``, ``3
Numaralı``), as a regex group."""

# A body's or a place's head carries the 3rd-person possessive (Bakanlığı, Partisi); a case ending after it takes a
# buffer "n" (Bakanlığı-n-dan). Only these known heads are touched, so person and place names never are; an
# address's street word in lower case is one too ("Gül sokağında").
_ENDING_HEADS = (*CASE_HEADS, "|".join(STREET_WORDS))
_ORG_CASE_ENDING = re.compile(
    rf"^(?P<stem>(?:{'|'.join(_ENDING_HEADS)}))"
    r"(?P<suffix>n(?:daki|deki|dan|den|da|de|ca|ce|a|e|ın|in|un|ün|ı|i|u|ü)|yla|yle)$"
)


# An administrative unit's word after a place's name is no part of it: "Acıpayam İlçesi'ne" is Acıpayam, as
# "Acıpayam ilçesine" is (some outlets capitalise the word, most do not). Villages, quarters and regions keep theirs
# ("Bereket Köyü", "Cumhuriyet Mahallesi", "Kürdistan Bölgesi" are the names).
# A town's word goes as a district's does: no gold set writes "Beldesi" into a town's name (5 false names to 1); a
# village keeps "Köyü" (the golds write it in 20 names, and "Özlem Köyü" without it would read as a person).
_ADMINISTRATIVE_WORDS = frozenset({"ilçesi", "ili", "eyaleti", "vilayeti", "beldesi", "kasabası"})


def is_administrative_word(word: str) -> bool:
    """Whether ``word`` is a district's, province's or town's word (``İlçesi'ne``, ``Eyaletindeki``): what it
    follows is a place, whatever else the name may be (``Sabah Eyaleti``, not the newspaper)."""
    return turkish_lower(strip_org_case_ending(strip_apostrophe_suffix(word))) in _ADMINISTRATIVE_WORDS


# A street or quarter word in lower case is the address's descriptor, as the corpora write the name ("Hamad
# mahallesi" is Hamad, "Lafayette caddesi" Lafayette); the mention keeps it, so "Gül sokak" is a surface form.
_LOWER_ADDRESS_WORDS = frozenset(STREET_WORDS + BARE_STREET_WORDS)


# A department, clinic or branch written after its university, hospital or bank is named by the institution: the
# entity is the institution, the longer form stays a surface form ("Atatürk Üniversitesi Tıp Fakültesi Göğüs
# Hastalıkları Anabilim Dalı'nda" → Atatürk Üniversitesi).
_PARENT_HEADS = frozenset({"üniversitesi", "hastanesi", "hastaneleri", "hospital", "bankası", "holding"})
_SUBUNIT_HEADS = frozenset(
    {"fakültesi", "dalı", "bölümü", "kliniği", "servisi", "polikliniği", "birimi", "şubesi", "yüksekokulu", "grubu"}
)


_SENTENCE_END = frozenset(".!?:;\n\"“”'")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation (so is capitalised whatever it is)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


_OPENING_QUOTES = frozenset("'\"“‘«")
_CLOSING_QUOTES = frozenset("'\"”’»")


_DOUBLE_QUOTES = frozenset('"”»')


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole quotation: a quotation mark right before it and one right after,
    a closing single mark followed by no letter (``’un`` after a name is its case ending, not a closing mark); a
    double one may take the case ending itself (``"Kurtlar Vadisi"nden``)."""
    if start == 0 or end >= len(text) or text[start - 1] not in _OPENING_QUOTES or text[end] not in _CLOSING_QUOTES:
        return False
    return end + 1 == len(text) or not text[end + 1].isalpha() or text[end] in _DOUBLE_QUOTES


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case somewhere (so its capital may be only the sentence's)."""
    return re.search(rf"(?<![\w'’-]){re.escape(turkish_lower(word))}(?![\w-])", text) is not None


def is_parent_head(word: str) -> bool:
    """Whether ``word`` heads an institution a department belongs to (``Üniversitesi``, ``Hastanesi``, ``Bankası``)."""
    return turkish_lower(word) in _PARENT_HEADS


# Names repeat across articles; caching the two hot normalisations keeps linking well under a millisecond.
@lru_cache(maxsize=65536)
def turkish_lower(text: str) -> str:
    """Lowercase with Turkish dotted/dotless i rules (``İ``→``i``, ``I``→``ı``)."""
    return text.translate(_TR_LOWER).lower()


def turkish_upper(text: str) -> str:
    """Uppercase with Turkish dotted/dotless i rules (``i``→``İ``, ``ı``→``I``)."""
    return text.translate(_TR_UPPER).upper()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: Turkish lowercase, ASCII-folded, punctuation collapsed to single spaces (``Bakü``→``baku``)."""
    lowered = turkish_lower(text).translate(_TR_ASCII)
    if not lowered.isascii():
        lowered = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", lowered).strip()


def slugify(text: str) -> str:
    """Deterministic ASCII slug for ids (``Ceyhun Bayramov``→``ceyhun-bayramov``)."""
    return fold(text).replace(" ", "-")


@lru_cache(maxsize=65536)
def strip_apostrophe_suffix(word: str) -> str:
    """Drop a Turkish case suffix written after an apostrophe: ``Bakü'yü``→``Bakü``, ``NATO'nun``→``NATO``."""
    match = _APOSTROPHE_SUFFIX.match(word) or _capital_suffix(word)
    return match.group("stem") if match else word


def _capital_suffix(word: str) -> re.Match[str] | None:
    """A case ending in capitals after a name in capitals (``ALMANYA'DA``), as headlines write it, or after a name
    in lower case (``Nokia’NIN``)."""
    match = _CAPITAL_SUFFIX.match(word) or _MIXED_CAPITAL_SUFFIX.match(word)
    if match is None:
        return None
    suffix = turkish_lower(match.group("suffix"))
    return match if suffix in CASE_ENDINGS or suffix in _LI_ENDINGS or suffix in _POSSESSIVE_ACCUSATIVE else None


# The accusative after a possessive's -(s)I, in capitals: "SÜVEYŞ KANALI'NI", "MERKEZ BANKASI'NI".
_POSSESSIVE_ACCUSATIVE = frozenset({"nı", "ni", "nu", "nü"})


_SHORTEST_CAPITALS_HEAD = 5
# "Parti" heads a party's name bare ("AK Parti", "İyi Parti"), its case endings glued on as often as not ("AK
# Partinin", "AK Partiyi", "AK Partide").
_PARTY_CASE_ENDING = re.compile(r"^(?P<stem>Parti)(?:yi|ye|de|den|nin|yle|deki|ydi)$")
_HEAD_WORD = re.compile(rf"^(?:{'|'.join(_ENDING_HEADS)})$")
# The speaker's possessive on a body's head ("Dışişleri Bakanlığımız", "Belediyemizin", "Partimize"): the body is
# named with the third person's ("Bakanlığı", "Belediyesi", "Partisi"), as every other writer names it.
_OUR_CASES = "(?:ın|in|un|ün|a|e|da|de|dan|den|ı|i|u|ü|la|le|daki|deki)?"
_OUR_AFTER_CONSONANT = re.compile(rf"^(?P<base>\w+[^aeıioöuü\W])(?P<v>[ıiuü])m(?P=v)z{_OUR_CASES}$")
_OUR_AFTER_VOWEL = re.compile(rf"^(?P<base>\w+[aeıioöuü])m(?P<v>[ıiuü])z{_OUR_CASES}$")


@lru_cache(maxsize=65536)
def strip_org_case_ending(word: str) -> str:
    """Drop a case ending glued to a known organisation or place head (``Bakanlığından``→``Bakanlığı``); a head
    in the speaker's possessive is named in the third person's (``Bakanlığımızın``→``Bakanlığı``)."""
    match = _ORG_CASE_ENDING.match(word) or _PARTY_CASE_ENDING.match(word)
    if match:
        return match.group("stem")
    if word.isupper() and len(word) > _SHORTEST_CAPITALS_HEAD:
        # a crosshead's capitals, read as the name writes them: "BEYOĞLU BELEDİYESİNİ" → "BELEDİYESİ"
        match = _ORG_CASE_ENDING.match(word[0] + turkish_lower(word[1:]))
        if match:
            return word[: len(match.group("stem"))]
    if word.endswith(("z", "a", "e", "n", "ı", "i", "u", "ü")) and (
        "mız" in word or "miz" in word or "muz" in word or "müz" in word
    ):
        ours = _OUR_AFTER_CONSONANT.match(word)
        if ours is not None and _HEAD_WORD.match(ours.group("base") + ours.group("v")):
            return ours.group("base") + ours.group("v")
        ours = _OUR_AFTER_VOWEL.match(word)
        if ours is not None and _HEAD_WORD.match(ours.group("base") + "s" + ours.group("v")):
            return ours.group("base") + "s" + ours.group("v")
    return word


@lru_cache(maxsize=65536)
def canonical_name(surface: str, entity_type: str) -> str:
    """The name a mention stands for: punctuation trimmed, last word's suffix removed, a place's ``İlçesi`` and
    an institution's department (``… Üniversitesi Tıp Fakültesi``) dropped."""
    words = surface.strip(EDGE_JUNK).split()
    if not words:
        return ""
    last = strip_apostrophe_suffix(words[-1])
    if last == words[-1] and entity_type in ("ORG", "LOC"):
        last = strip_org_case_ending(last)
    words[-1] = last
    if (
        entity_type == "LOC"
        and len(words) > 1
        and (turkish_lower(last) in _ADMINISTRATIVE_WORDS or words[-1] in _LOWER_ADDRESS_WORDS)
    ):
        words.pop()
    if entity_type == "ORG" and len(words) > 2 and turkish_lower(words[-1]) in _SUBUNIT_HEADS:
        parents = [i for i, word in enumerate(words[:-1]) if i > 0 and turkish_lower(word) in _PARENT_HEADS]
        if parents:
            del words[parents[0] + 1 :]
    return " ".join(words)


def name_key(span: Span) -> str:
    """The key every mention of one name shares in an article: its canonical name, folded (``Detroit'ten``,
    ``DETROIT``)."""
    return fold(canonical_name(span.text, span.type))


def mentions_by_name(spans: Iterable[Span]) -> dict[str, list[Span]]:
    """An article's spans grouped by the name they stand for (:func:`name_key`), in the order the names come."""
    mentions: defaultdict[str, list[Span]] = defaultdict(list)
    for span in spans:
        mentions[name_key(span)].append(span)
    return dict(mentions)


_SPAN_WORD = re.compile(r"\S+")


_GENITIVE_END = re.compile(r"['’]n?[ıiuü]n$")


def in_genitive(written: str) -> bool:
    """Whether a name is written with the genitive's apostrophe ending (``Nasser'in``, ``Bitlis'in``, ``ABD'nin``)."""
    return _GENITIVE_END.search(written) is not None


# The locative and the ablative after an apostrophe ("Detroit'te", "Detroit'ten"), and the locative's -ki
# ("Detroit'teki").
_IN_OR_FROM_END = re.compile(r"['’][dt][ae](?:(?P<ablative>n)|ki)?$")


# The genitive glued to a word with no apostrophe after the buffer n: "Başsavcılığının", "Cephesinin".
_UNMARKED_GENITIVE_END = re.compile(r"[^'’]n[ıiuü]n$")


_PLURAL_GENITIVE_END = re.compile(r"l[ae]r[ıi]n$")


def in_plural_genitive(word: str) -> bool:
    """Whether ``word`` ends in the plural's genitive, no apostrophe (``Milletlerin``, ``Protestanların``)."""
    return _PLURAL_GENITIVE_END.search(word) is not None


def in_unmarked_genitive(word: str) -> bool:
    """Whether ``word`` ends in the genitive after a possessive's buffer n, no apostrophe (``Başsavcılığının``)."""
    return _UNMARKED_GENITIVE_END.search(word) is not None


def in_locative_or_ablative(written: str) -> bool:
    """Whether a name is written with the locative's or the ablative's apostrophe ending (``Detroit'te``,
    ``Detroit'teki``, ``Alitalia'dan``)."""
    return _IN_OR_FROM_END.search(written) is not None


# The case endings of where: to, at, from ("İmralı'ya", "Ankara'da", "Bakü'den").
PLACE_CASES = frozenset(
    ("a", "e", "ya", "ye", "na", "ne", "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan", "nden")
)


def in_place_case(written: str) -> bool:
    """Whether a mention ends in a place's case after an apostrophe (``Sam'da``, ``Sam'dan``, ``Sam'a``,
    ``Sam'daki``)."""
    _, apostrophe, ending = written.rpartition("'") if "'" in written else written.rpartition("’")
    return bool(apostrophe) and (ending in PLACE_CASES or (ending.endswith("ki") and ending[:-2] in PLACE_CASES))


def in_ablative(written: str) -> bool:
    """Whether a name is written with the ablative's apostrophe ending (``Alitalia'dan``, ``Detroit'ten``)."""
    match = _IN_OR_FROM_END.search(written)
    return match is not None and match.group("ablative") is not None


@lru_cache(maxsize=16384)
def words_of(text: str) -> tuple[re.Match[str], ...]:
    """The words of a name's text, with their offsets in it; the rules ask for them many times per span, so they
    are kept (shared: read them, never change them)."""
    return tuple(_SPAN_WORD.finditer(text))


@lru_cache(maxsize=65536)
def has_suffix_apostrophe(word: str) -> bool:
    """Whether ``word`` carries an apostrophe-separated case suffix (``Türkiye'nin``)."""
    return _APOSTROPHE_SUFFIX.match(word) is not None or _capital_suffix(word) is not None


# An ordinal in words ("İkinci", "Üçüncü", "Onuncu"): in no one's name.
_ORDINAL_WORD = re.compile(
    rf"^(?:Bir|İki|Üç|Dört|Beş|Altı|Yedi|Sekiz|Dokuz|On|Yirmi|Otuz|Kırk|Elli|Yüz)(?:{ORDINAL_SUFFIXES})$"
)


def is_ordinal_word(word: str) -> bool:
    """Whether ``word`` is an ordinal in words (``Üçüncü``): a monarch's number before the name (``Üçüncü Selim``)."""
    return _ORDINAL_WORD.match(word) is not None


def ordinal_cut(words: Sequence[str]) -> int:
    """Where a person's name in ``words`` ends before an ordinal in words that opens another name: ``Winston
    Churchill İkinci Dünya Savaşı`` (a war's name). An ordinal last is a surname: ``Çağlar Birinci``, ``Fatih
    Üçüncü``."""
    return next((k for k in range(1, len(words) - 1) if _ORDINAL_WORD.match(words[k])), len(words))


@lru_cache(maxsize=65536)
def is_acronym(name: str) -> bool:
    """Whether ``name`` is an all-capitals acronym of 2-8 letters (``NATO``, ``TBMM``, ``TÜİK``)."""
    return 2 <= len(name) <= 8 and name.isalpha() and name == turkish_upper(name)
