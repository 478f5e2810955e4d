"""A common noun written next to a name says what it names: ``Tina yerleşimine``, ``İsrail gazetesi Maariv``.

The model reads a capitalised name it does not know as a person far too often. Turkish copy says what a place,
a school or a weapon is with a lower-case noun right after its name (``Halid bin Velid bölgesinde``, ``Ömer Muhtar
okuluna``, ``Spike füzeleri``), and a newspaper or site with one right before (``gazetesi Haaretz``). A person's
name can stand before the same words ("Ahmet okulunun önünde", his school), so a name changes type only when
every one of its mentions in the article is followed by such a noun, or one is preceded by a body's noun, and
none follows a title. Likewise a name the article also writes with a head word (``Kemal Advan Hastanesi`` ...
``Kemal Advan``) is that body or place.

A law's or regulation's word ending a run of capitalised words (``... Hakkında Kanun``, ``... İhale Yönetmeliği``)
says the run is the title of a law: the names inside it are not the article's (``Etiketlenmesine``, ``Trampa``).

A capitalised word right before a form of ``etmek`` is the noun of a compound verb, no name (``Kabul ettim``, ``Kabul
edilen``: the gazetteer knows a Kabul).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from newswire_tagger.entities.heads import (
    MONTH_NOUN,
    PLACE_NOUNS,
    head_type,
    kind_after,
    kind_before,
    place_noun_forms,
)
from newswire_tagger.entities.names import (
    LIST_JOIN,
    canonical_name,
    fold,
    has_suffix_apostrophe,
    in_ablative,
    in_genitive,
    in_plural_genitive,
    is_acronym,
    is_quoted,
    mentions_by_name,
    name_key,
    opens_sentence,
    strip_apostrophe_suffix,
    turkish_lower,
)
from newswire_tagger.entities.titles import NAME_CLOSERS, TITLE_HEADS
from newswire_tagger.spans import Span

__all__ = [
    "WORK_FORMS",
    "WORK_STEMS",
    "characters_by_nouns",
    "is_light_verb",
    "is_works_noun",
    "places_by_nouns",
    "players_by_stats",
    "products_by_nouns",
    "teams_by_nouns",
    "typed_by_nouns",
    "verbs_nouns",
    "without_bare_titles",
    "without_disease_names",
    "without_hijri_months",
    "without_law_titles",
    "without_method_names",
    "without_model_makers",
    "without_quoted_titles",
    "without_sky_words",
    "without_vessels",
]

# Works' nouns: the bare noun, its possessive (the form after a title: "Yol filmi", "Kuyucaklı Yusuf romanı") and its
# plural ("... gibi hit şarkıları"). One vocabulary for every rule that asks whether a name is a work's title.
_WORK_NOUNS = (
    *(("film", "filmi", "filmler"), ("dizi", "dizisi", "diziler"), ("şarkı", "şarkısı", "şarkılar")),
    *(("albüm", "albümü", "albümler"), ("kitap", "kitabı", "kitaplar"), ("roman", "romanı", "romanlar")),
    *(("oyun", "oyunu", "oyunlar"), ("eser", "eseri", "eserler"), ("parça", "parçası", "parçalar")),
    *(("beste", "bestesi", "besteler"), ("klip", "klibi", "klipler"), ("şiir", "şiiri", "şiirler")),
    *(("öykü", "öyküsü", "öyküler"), ("hikaye", "hikayesi", "hikayeler"), ("hikâye", "hikâyesi", "hikâyeler")),
    ("türkü", "türküsü", "türküler"),
    *(("program", "programı", "programlar"), ("belgesel", "belgeseli", "belgeseller")),
    *(("sergi", "sergisi", "sergiler"), ("gösteri", "gösterisi", "gösteriler"), ("opera", "operası", "operalar")),
    *(("müzikal", "müzikali", "müzikaller"), ("hit", "hiti", "hitler"), ("single", "single", "single")),
    *(("bale", "balesi", "baleler"), ("marş", "marşı", "marşlar")),
)
WORK_STEMS = tuple(dict.fromkeys([*(noun for noun, _, _ in _WORK_NOUNS), "kitab", "klib"]))
"""The works' nouns as stems a suffix may follow (``kitab`` of ``kitabında``, a softened ``kitap``)."""
WORK_FORMS = "(?:" + "|".join(dict.fromkeys(form for _, *forms in _WORK_NOUNS for form in forms)) + ")"
"""A work's noun as it follows a title (possessive or plural), its case endings left to the caller's pattern."""
_WORKS_NOUN = re.compile(rf"^(?:(?:{'|'.join(noun for noun, _, _ in _WORK_NOUNS)})|{WORK_FORMS}[a-zçğıöşü]*)$")


def is_works_noun(word: str) -> bool:
    """Whether ``word`` is a work's noun, bare or possessive or plural with its endings (``şarkıları``,
    ``kitabında``); not an agent (``şarkıcılar``, ``oyuncu``) or a verb made of one (``sergiledi``, ``gösterildi``)."""
    return _WORKS_NOUN.match(word) is not None


# the next word, past a gloss in brackets ("Kifaye (Yeter) hareketi") and the "terör" of "Asala terör örgütünün"
_NEXT_WORD = re.compile(
    # (after a closing quotation mark too: "“Silver Lanes” grubuna")
    r"[”\"'’»]?(?P<gloss>[ \t]+\([^\W\d_][^()\n\d]{0,39}\))?(?:[ \t]+terör(?=[ \t]+örgüt))?[ \t]+(?P<word>\S+)"
)
_PREVIOUS_WORD = re.compile(r"(\S+)[ \t]+$")


# A town's or province's office after its name: "Dikmen Belediye Başkanı", "Van Valisi", "Çatak Kaymakamlığı".
_PLACES_OFFICE = re.compile(r"[ \t]+(?:[Bb]elediye[ \t]+[Bb]aşkan|[Vv]ali(?:si|liği)\b|[Kk]aymakam(?:ı|lığı)\b)")


# "... 'dan yapılan (yazılı) açıklamada": a statement made from a body (a company, a ministry), never from a person.
_STATEMENT_FROM = re.compile(r"[ \t]+yapılan[ \t]+(?:yazılı[ \t]+)?açıklama")


# A body's founders and chief executives after its name in the genitive ("Chobani'nin kurucusu", "Avivasa'nın CEO'su"),
# unless a relative clause makes the genitive its subject ("Ulukaya'nın kurucusu olduğu şirket").
_BODY_OFFICE = re.compile(r"^(?:kurucusu|kurucuları|[Cc][Ee][Oo]['’]su)$")
# ... a relative clause within five words ("kurucusu ve başkanı olduğu", "kurucuları arasında yer aldığı", "kurucusu
# bulunduğu") or "arasında" (one of its founders) after it
_RELATIVE = re.compile(
    r"(?:[ \t]+\S+){0,5}?[ \t]+(?:ol|bulun|yer[ \t]+al)\w*?(?:duğu|düğü|dığı|diği|an|en|acağı|eceği)\b|[ \t]+arasında\b"
)


def _said_of_word(text: str, span: Span) -> str | None:
    """What the words after a one-word mention say of it: LOC, ORG or None."""
    if _PLACES_OFFICE.match(text, span.end):
        return "LOC"  # "Dikmen Belediye Başkanı", "Van Valisi": the town the office is of
    if _STATEMENT_FROM.match(text, span.end) and in_ablative(span.text):
        return "ORG"  # "Alitalia'dan yapılan açıklamada": a statement is made from a body, a person makes one
    return None


def _after(text: str, span: Span) -> str | None:
    """What the noun right after one mention says: LOC, ORG or NOT; None when it says nothing."""
    said = None if " " in span.text else _said_of_word(text, span)
    if said is not None:
        return said
    after = _NEXT_WORD.match(text, span.end)
    if after is None:
        return None
    word = after.group("word")
    if in_genitive(span.text) and not after.group("gloss"):
        if _BODY_OFFICE.match(word.rstrip(".,;:!?)")) and not _RELATIVE.match(text, after.end()):
            return "ORG"  # "Chobani Yoghurt'un kurucusu": a firm's founder (not "Ulukaya'nın kurucusu olduğu")
        return None  # "Naftali Bennett'in partisi": the owner of what the noun names, not that body
    if after.group("gloss") and head_type(word.rstrip(".,;:!?)")) == "ORG":
        return "ORG"  # a head word past the gloss the model could not join: "Vefd (Heyet) Partisi"
    return kind_after(word)


def _has_capital(text: str, span: Span) -> bool:
    """Whether the mention is a place with a capital: ``Pencap'ın başkenti Lahor`` (not ``Putin başkenti terk
    etti``, the capital as an object)."""
    after = _NEXT_WORD.match(text, span.end)
    return after is not None and after.group("word").startswith("başkent") and in_genitive(span.text)


def _before(text: str, span: Span) -> str | None:
    """ORG when a body's noun stands right before the mention (``gazetesi Maariv``), else None."""
    before = _PREVIOUS_WORD.search(text, max(0, span.start - 30), span.start)
    return kind_before(before.group(1)) if before is not None else None


def typed_by_nouns(text: str, spans: Sequence[Span], keeps_person: Callable[[Span], bool]) -> list[Span]:
    """PER spans retyped (or dropped, for things) where the nouns around their mentions say so, and none says
    otherwise.

    ``keeps_person(span)`` vetoes a name: a known person, or a title before one of its mentions.
    """
    mentions = mentions_by_name(spans)
    # "Ahmed Nasır okulunun önünde" ... "Nasır," names a person elsewhere: his school, not a school of that name
    people = [name for name, group in mentions.items() if any(s.type == "PER" for s in group)]
    # "Kemal Advan Hastanesi" ... "Kemal Advan": a name the article also writes with a head word is that body
    headed: dict[str, str] = {}
    for span in spans:
        words = canonical_name(span.text, span.type).split()
        if span.type != "PER" and len(words) > 1 and (head := head_type(words[-1])) is not None:
            headed[fold(" ".join(words[:-1]))] = head
    changed: dict[int, str] = {}
    for name in people:
        group = mentions[name]
        # the nouns after the mentions that have one ("Rimelan'ın" ... "Rimelan bölgesi" ... "Rimelan'da", "Bildu
        # partisi"); a thing only where every mention says so ("Beckham'ın" ... "Beckham modeli" is the man)
        said = [_after(text, s) for s in group]
        kinds = set(said) - {None}
        before = any(_before(text, s) for s in group)
        kind = "ORG" if before else kinds.pop() if len(kinds) == 1 else None
        kind = None if kind == "NOT" and None in said else kind  # (a place's or a body's noun alone does)
        kind = "LOC" if kind is None and any(_has_capital(text, s) for s in group) else kind
        kind = kind or headed.get(name)
        parts = name.split()
        elsewhere = any(w in other.split() for other in people if other != name for w in (parts[0], parts[-1]))
        if kind is not None and not elsewhere and not any(keeps_person(s) for s in group):
            changed.update((id(s), kind) for s in group)
    if not changed:
        return list(spans)
    result = []
    for span in spans:
        new_type = changed.get(id(span))
        if new_type is None:
            result.append(span)
        elif new_type != "NOT":
            result.append(replace(span, type="LOC" if new_type == "LOC" else "ORG"))
    return result


# A character's noun after a name: "Bihter karakteri", "Fısfıs İsmail rolüyle", "Melek Komiser rolünde".
_CHARACTER_NOUN = (
    r"[ \t]+(?:karakter(?:i|ini|inin|ine|inde|iyle|leri|lerini|lerinde)"
    r"|rol(?:ü|ünü|ünün|üne|ünde|üyle|leri|lerini|lerinde))(?![\w'’])"
)
_CHARACTER_AFTER = re.compile(_CHARACTER_NOUN)


def characters_by_nouns(
    text: str, spans: Sequence[Span], is_known: Callable[[str], bool], is_given: Callable[[str], bool]
) -> list[Span]:
    """A place's or a body's span right before a character's noun is a person, the character played (``Nilüfer
    karakteriyle``, ``Fısfıs İsmail rolüyle``): no place or body is a role. Not a span with a case ending or in the
    plural's genitive (``Bihter'in rolü``, ``Birleşmiş Milletlerin rolü``: whose role), a name the lists know
    (``Ege karakterine``, ``İstanbul rolü``), nor one the model read as a person already. A given name (``is_given``)
    alone before such a noun the model missed is the character too (see :func:`_characters_missed`)."""
    if " karakter" not in text and " rol" not in text:
        return list(spans)  # the cheap test first (" rol": not "kontrol", "petrol")
    typed = [
        replace(s, type="PER")
        if s.type != "PER"
        and not has_suffix_apostrophe(s.text)
        and _CHARACTER_AFTER.match(text, s.end)
        and not in_plural_genitive(s.text)  # "Birleşmiş Milletlerin rolünden": whose role
        and not is_known(s.text)  # "Ege karakterine", "İstanbul rolü": a place's or a body's
        else s
        for s in spans
    ]
    return _characters_missed(text, typed, is_known, is_given)


# A capitalised word right before a character's noun: "Narin karakterinin", "Şadiye rolünü".
_CHARACTER = re.compile(rf"(?<![\w'’.-])(?P<name>[A-ZÇĞİÖŞÜ][a-zçğıöşü]{{2,}})(?={_CHARACTER_NOUN})")
_PLURAL_OWNED = re.compile(r"(?:lar|ler)[ıi]?$")
CHARACTER_CONFIDENCE = 0.6
"""Confidence of a character's name the model missed, found by the noun after it."""


def _characters_missed(
    text: str, spans: Sequence[Span], is_known: Callable[[str], bool], is_given: Callable[[str], bool]
) -> list[Span]:
    """The characters the model missed: a given name (``is_given``) alone before a character's noun, mid-sentence,
    after a word in lower case (``kardeşi olan Şadiye rolünü``; not a name's last word, ``Fısfıs İsmail``; not
    ``Jandarma rolünü``, ``Kemalist karakterini``), no name the lists know (``Ege karakteri``) nor a nationality
    word (``Macar karakteri``, as ``is_known`` tells), no plural, and in no span."""
    found = []
    for match in _CHARACTER.finditer(text):
        start, end = match.span("name")
        previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if (
            opens_sentence(text, start)
            or _PLURAL_OWNED.search(match.group("name")) is not None  # "Muhafızları rolünde": the guardians' role
            or (previous is not None and previous.group(1)[:1].isupper())
            or not is_given(match.group("name"))  # "Jandarma rolünü", "Kemalist karakterini": no one's name
            or is_known(match.group("name"))
            or any(s.start < end and start < s.end for s in spans)
        ):
            continue
        found.append(Span("PER", start, end, match.group("name"), CHARACTER_CONFIDENCE))
    return sorted([*spans, *found], key=lambda s: s.start) if found else list(spans)


# A country's team: "Polonya'nın Wisla Krakow takımı", "Fransa'nın Bordeaux ekibine" (a town's name is the club's).
_GENITIVE_BEFORE = re.compile(r"(?<!\S)(?P<owner>(?:[A-ZÇĞİÖŞÜ]\w*[ \t]+){0,2}[A-ZÇĞİÖŞÜ]\w*)['’]n?[ıiuü]n[ \t]+$")
_TEAM_AFTER = re.compile(r"[ \t]+(?:takım[ıi]|ekib[ıi]|kulüb[üu])[a-zçğıöşü]*(?=[\s,.;:!?)]|$)")
_JERSEY_AFTER = re.compile(r"[ \t]+forma(?:sı|sını|sıyla|sında|sındaki|ları|larını)(?=[\s,.;:!?)]|$)")
# A player's statistics after the name: "Dorsey 23 sayı, 10 ribaund", "Sow 8 asist".
# (a team's lead or deficit is no player's: "Maccabi de 12 sayı geriden geldi", "Fenerbahçe 8 sayı önde")
_STATS_AFTER = re.compile(
    r"(?:[ \t]+d[ae])?[ \t]+\d{1,2}[ \t]+(?:sayı|ribaund|asist)(?:[ \t]|[,.;]|lık|lı)"
    r"(?![ \t]*(?:(?:ile|farkla|fark)\b|geri|ön[de]))"
)
STATS_CONFIDENCE = 0.7
_PLAYER_WORDS = 3  # a player's name is three words at most
"""Confidence of a name a player's statistics follow: the box score says it is a player."""


def _country_at_end(words: str, is_country: Callable[[str], bool]) -> bool:
    """Whether the last one, two or three of ``words`` name a country (``Polonya``, ``Suudi Arabistan``, ``Çek
    Cumhuriyeti``)."""
    split = words.split()
    return any(is_country(" ".join(split[k:])) for k in range(len(split)))


def teams_by_nouns(text: str, spans: Sequence[Span], is_country: Callable[[str], bool]) -> list[Span]:
    """A person's or a place's span between a country in the genitive and a team's noun is the club (``Polonya'nın
    Wisla Krakow takımı``, ``İtalya'nın Roma ekibi``); that mention only, a town's other mentions stay the town. A
    country stays one (``FIFA'nın Çin kulübü``: a Chinese club). Without the country a town is said of the team, no
    club's name (``Londra ekibi``, ``Karadeniz ekibi``). A town before a jersey's noun is the club whose shirt it is
    (``10 kez Valladolid forması giydi``; not a country's, the national side's: ``Türkiye forması``, nor a person's,
    the player's: ``Sneijder forması``)."""
    return [
        replace(s, type="ORG")
        if s.type != "ORG"
        and not has_suffix_apostrophe(s.text)  # "Abramovich'in Mourinho'yu takımında": whom he wants in his team
        and (
            (
                _TEAM_AFTER.match(text, s.end)  # the cheap test first: most spans stand before no team's noun
                and (owner := _GENITIVE_BEFORE.search(text, max(0, s.start - 60), s.start)) is not None
                and _country_at_end(owner.group("owner"), is_country)  # not "Hürriyet'in Ankara ekibi", a bureau
            )
            or (s.type == "LOC" and _JERSEY_AFTER.match(text, s.end))  # not "Sneijder forması", the player's
        )
        and not is_country(s.text)
        else s
        for s in spans
    ]


def players_by_stats(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """A name right before a player's statistics is the player (``Dorsey 23 sayı``, ``Van Malderen 12 ribaund``),
    at :data:`STATS_CONFIDENCE` at least; not a name the lists know, a body's by its head, nor a team's score
    (``Fenerbahçe 80 sayı ile``, ``Mersin Büyükşehir Belediyesi 74 sayı``)."""
    if "sayı" not in text and "ribaund" not in text:
        return list(spans)  # the cheap test first: most articles are no box score in prose
    return [
        replace(s, type="PER", confidence=max(s.confidence, STATS_CONFIDENCE))
        if _STATS_AFTER.match(text, s.end)
        and not has_suffix_apostrophe(s.text)
        and not is_known(s.text)
        and s.text.count(" ") < _PLAYER_WORDS
        and head_type(s.text.rsplit(maxsplit=1)[-1]) is None  # "Mersin Büyükşehir Belediyesi 74 sayı": the team
        else s
        for s in spans
    ]


# A settlement's or a region's noun after a name: "eyaletindeki", "bölgesinde", "kentinde" (not a building's: "Yunan
# Meclis binasına" is the body's house).
_TOWN_NOUN = re.compile(
    rf"[ \t]+{place_noun_forms([n for n in PLACE_NOUNS if n.listed == 'place' and n.after_one])}(?=[\s,.;:!?)]|$)"
)


def places_by_nouns(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """ORG spans of a name the lists do not know and no body's head ends retyped LOC where a settlement's, a
    region's, an island's or a mountain's noun follows every mention (``New South Wales eyaletindeki``, ``Tana River
    bölgesinde``): a body is not written so."""
    mentions = mentions_by_name(spans)
    places = {
        name
        for name, group in mentions.items()
        if all(s.type == "ORG" and _TOWN_NOUN.match(text, s.end) for s in group)
        and head_type((written := canonical_name(group[0].text, "ORG")).rsplit(maxsplit=1)[-1]) is None
        and not is_known(written)
    }
    if not places:
        return list(spans)
    return [replace(s, type="LOC") if name_key(s) in places else s for s in spans]


# A firm's or a party's noun after a name: "Çinli Datong firması", "Fina Gael partisi", "Liberty markası" (not
# "şirketi" in any form: an accusative as well, "Datong şirketi aldı", and a place's firm, "Moskovaya şirketinin
# şantiyesine").
_FIRM_AFTER = re.compile(
    r"[ \t]+(?:(?:firma(?:sı|ları)|markası)|(?P<party>partisi))[a-zçğıöşü]*(?![\w'’])(?![ \t]+[A-ZÇĞİÖŞÜ])"
)


def bodies_by_nouns(
    text: str, spans: Sequence[Span], is_home: Callable[[str], bool], is_place: Callable[[str], bool]
) -> list[Span]:
    """LOC spans retyped ORG where a firm's, a brand's or a party's noun follows every mention (``Çinli Datong
    firması``, ``Fina Gael partisi``): the model or the gazetteer read a foreign town's name; not a country or a
    Turkish place (``is_home``: ``Türkiye markası``, ``İzmir partisi``), not a town whose firm the copy names after
    the noun (``Dubai firması Emaar``, ``Milano firması Prada``), and never a town the gazetteer holds before
    "partisi", a party as an evening too (``is_place``: ``Paris partisi``)."""
    if " firma" not in text and " parti" not in text and " marka" not in text:
        return list(spans)  # the cheap test first
    firms = set()
    for name, group in mentions_by_name(spans).items():
        nouns = [_FIRM_AFTER.match(text, s.end) if s.type == "LOC" else None for s in group]
        written = canonical_name(group[0].text, "LOC")
        if any(noun is None for noun in nouns) or is_home(written):
            continue
        if not (any(noun is not None and noun.group("party") for noun in nouns) and is_place(written)):
            firms.add(name)
    if not firms:
        return list(spans)
    return [replace(s, type="ORG") if name_key(s) in firms else s for s in spans]


# A product's, feature's, game's or series' noun after its name: "Smart Scroll özelliği", "League of Legends oyununu",
# "Galaxy serisinin", "Retina teknolojisi"; a program's interface or mode ("TouchWiz arayüzü", "ECO modu"), a chip
# ("Snapdragon işlemcisi"). Not "uygulaması" (a platform's app is the platform: "Facebook
# uygulaması"), "telefonu" ("Samsung telefonu" is the maker's) or "modeli" ("Afşin-Elbistan modeline", a way of
# doing things).
_PRODUCT_AFTER = re.compile(
    r"^(?:özelliği|özellikleri|oyunu|serisi|teknolojisi|yazılımı|arayüzü|modu|işlemcisi)[a-zçğıöşü]*$"
)
# A television series' noun, of the works' nouns above the one whose title is never its author's: whatever the model
# made of its title ("Huzur Sokağı dizisi", "Karadayı dizisinde"), the title names no one. (Not "filmi", "romanı",
# "şarkısı": "Orhan Pamuk romanı" is the author's; only a name a title goes on after and shows to be its word is
# dropped before them, see :func:`without_bare_titles`.)
# (and a satellite's: "Göktürk uydusu", "RASAT uydusunun")
_SERIES_AFTER = re.compile(r"^(?:dizisi|uydusu|uyduları)[a-zçğıöşü]*$")
_CHANNEL_ENDS = frozenset({"TV", "Plus", "Max", "Prime", "Channel", "Kanal", "Bros", "Bros.", "Studios", "Network"})
# ... and a storm's or an award's noun in the possessive after a bare name: "Sandy kasırgasının", "Bambi ödülleri"
# name an event or a prize (not "Pınar Abay'a ödülünü", "Köseoğlu ödül aldı", "Cannes'den ödüllü"; nor a body a
# head word ends, the prize's giver: "Tuzla Belediyesi ödülü").
_EVENT_NOUNS = tuple(f(noun) for noun in ("kasırga", "fırtına", "tayfun", "ödül") for f in (str, str.capitalize))
_EVENT_AFTER = re.compile(r"^(?:(?P<storm>(?P<hurricane>kasırgası|tayfunu)|fırtınası)|ödülü|ödülleri)[a-zçğıöşü]*$")
# ... and a storm named the English way, its kind first: "Hurricane Sandy", "Typhoon Haiyan", "Cyclone Idai".
_STORM_KINDS = ("Hurricane", "Typhoon", "Cyclone")
_STORM_TITLE = re.compile(rf"(?:Super |Tropical )?(?:{'|'.join(_STORM_KINDS)}) [A-Z]")
# ... or its noun in apposition right before the name: "kar fırtınası Nemo'nun" (see _names_event).
_STORM_BEFORE = re.compile(r"(?:kasırgası|fırtınası|tayfunu)[ \t]+$")
_STORM_REACH = 12
# ... or named anywhere in the article by its noun after it, a mention the model may not have read at all ("Nemo
# Kasırgası" once, then "Nemo'nun getirdiği kar", the headline's "Nemo 9 can aldı"): a hurricane's or a typhoon's
# noun only, as for a mention (see _names_event).
_NAMED_STORM = re.compile(r"(?<![\w'’-])([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)[ \t]+(?:[Kk]asırgası|[Tt]ayfunu)")
# ... in an article about the weather: "Bilic Kasırgası esti" in a match report is the coach's run (the code review).
_WEATHER_CUES = re.compile(
    r"(?<![\w])(?:[Yy]ağ(?:ış|mur)|[Rr]üzg[aâ]r|[Mm]eteoroloj|[Tt]ahliye|[Ff]ırtına|[Ss]el(?:in|de|den|e)?(?![\w])"
    r"|[Kk]ar(?:la|ın|a)?(?![\w]))"
)


def products_by_nouns(
    text: str,
    spans: Sequence[Span],
    is_known: Callable[[str], bool],
    *,
    is_given: Callable[[str], bool],
) -> list[Span]:
    """Bodies no list knows whose every mention is followed by a product's noun dropped: a feature, a
    game, a model or a series is no body (``Smart Scroll özelliği``, ``League of Legends oyunu``); so are names of any
    type whose every mention is followed by a television series' noun (``Kurtlar Vadisi dizisi``), a storm's or an
    award's (``Sandy kasırgası``, ``Bambi ödülleri``), and a storm named its kind first (``Hurricane Sandy``) or
    one word an article about the weather names a hurricane by anywhere (``Nemo Kasırgası`` ... ``Nemo'nun``).
    ``is_known`` vetoes (a company the lists know: ``Intel teknolojisi`` is Intel's); ``is_given`` tells a given
    name, which opens an actor's name before a series' noun, not a title."""
    mentions = mentions_by_name(spans)
    dropped: set[int] = set()
    events = any(noun in text for noun in _EVENT_NOUNS)  # the cheap test: most articles name no storm or prize
    storms = any(kind in text for kind in _STORM_KINDS)
    weather = events and _WEATHER_CUES.search(text) is not None
    named_storms = {m.group(1) for m in _NAMED_STORM.finditer(text)} if weather else set()
    featured = _listed_before_product(text, spans)
    for group in mentions.values():
        products = all(id(s) in featured or (s.type == "ORG" and _noun_after(text, s, _PRODUCT_AFTER)) for s in group)
        # (a person's name of three words glued to a one-word title stays: "Özgür Çevik Şubat dizisine"); a title of
        # two words or more one mention of which the series' noun follows is the series' in the others too ("Huzur
        # Sokağı dizisinin" ... "Huzur Sokağı'nda"), unless a given name opens it (an actor's series)
        series = [_noun_after(text, s, _SERIES_AFTER) and not _person_glued(s) for s in group]
        words = group[0].text.split()
        # (not a channel's or a studio's name: "Disney Plus dizisi", "Warner Bros dizisi")
        titled = len(words) > 1 and not is_given(words[0]) and strip_apostrophe_suffix(words[-1]) not in _CHANNEL_ENDS
        works = products or all(series) or (titled and any(series)) or _quoted_work(text, group)
        # (a hurricane's name once before its noun is the hurricane's in the headline too: "Sandy geliyor")
        works = works or (
            events
            and (all(_names_event(text, s) for s in group) or any(_names_event(text, s, storm=True) for s in group))
        )
        works = works or (storms and _STORM_TITLE.match(group[0].text) is not None)
        works = works or (len(words) == 1 and strip_apostrophe_suffix(words[0]) in named_storms)
        if works and not is_known(canonical_name(group[0].text, group[0].type)):
            dropped.update(id(s) for s in group)
    return [s for s in spans if id(s) not in dropped] if dropped else list(spans)


# A feature's noun after a list (not a technology's, a game's or a series': "Aselsan ve Roketsan teknolojileri",
# "Netflix ve HBO serileri" are the firms')
_FEATURES_AFTER = re.compile(r"^(?:özelliği|özellikleri)[a-zçğıöşü]*$")
# What joins the members of a list of features or games: a comma, "ve", "ile", "veya".
_LISTED = re.compile(LIST_JOIN)


def _listed_before_product(text: str, spans: Sequence[Span]) -> set[int]:
    """The bodies' and places' spans listed before a product's noun the list's last member carries (``Smart Scroll,
    Smart Pause ve Air View özellikleri``, the last read as a place): each one named as a product as the last one is
    (by its id)."""
    run: list[Span] = []
    listed: set[int] = set()
    for span in sorted((s for s in spans if s.type != "PER"), key=lambda s: s.start):
        if run and not (run[-1].end <= span.start and _LISTED.fullmatch(text, run[-1].end, span.start)):
            run = []
        run.append(span)
        if len(run) > 1 and _noun_after(text, span, _FEATURES_AFTER):
            listed.update(id(s) for s in run)
    return listed


def _names_event(text: str, span: Span, *, storm: bool = False) -> bool:
    """Whether a bare name, no head word ending it, is followed by a prize's noun (``Bambi ödülleri``) or, one word,
    by a storm's (``Sandy kasırgası``, ``Nemo Kasırgası``; ``Hakan Şükür fırtınası`` is a row about the man); a
    hurricane's or a typhoon's only, with ``storm`` (``Yattara fırtınası`` is the player's run of goals as often), or a
    storm's noun before the name (``kar fırtınası Nemo'nun``)."""
    if _headed(span):
        return False
    if (
        storm
        and " " not in span.text.strip()
        and (not has_suffix_apostrophe(span.text) or in_genitive(span.text))
        and _STORM_BEFORE.search(text, max(0, span.start - _STORM_REACH), span.start) is not None
    ):
        # "kar fırtınası Nemo'nun": the storm's noun, then its name (not what it hit, "kasırgası Teksas'ı vurdu", nor
        # an uproar's target, "tepki fırtınası Selim Kaymakçı'yı")
        return True
    if has_suffix_apostrophe(span.text) or in_genitive(span.text):
        return False
    after = _NEXT_WORD.match(text, span.end)
    word = turkish_lower(after.group("word")) if after is not None and not after.group("gloss") else ""
    event = _EVENT_AFTER.match(word) if word else None  # ("Nemo Kasırgası" too)
    if event is None or (storm and event.group("hurricane") is None):
        return False
    return event.group("storm") is None or " " not in span.text.strip()


def _headed(span: Span) -> bool:
    """Whether a head word ends the span's name (``Tuzla Belediyesi``): a body of its own."""
    return head_type(strip_apostrophe_suffix(span.text.split()[-1])) is not None


def _person_glued(span: Span) -> bool:
    """Whether a person's span is three words or more: a full name with a title glued on, not a title alone."""
    return span.type == "PER" and len(span.text.split()) > 2


def _quoted_work(text: str, group: Sequence[Span]) -> bool:
    """Whether a name is a work's title the article quotes: a quoted mention followed by a work's noun (``“Umut”
    filminin``, ``'Umut' filmi``: quotation marks make it the title, not the author, as ``Orhan Pamuk romanı`` is),
    and every mention quoted or followed by one (``“UMUT FİLMİNİ`` in a headline in capitals)."""
    quoted = [is_quoted(text, s.start, s.end) for s in group]
    if not any(quoted):
        return False  # the cheap test first: most names are never quoted
    said = [_work_after(text, s) for s in group]
    return any(w and q for w, q in zip(said, quoted, strict=True)) and all(
        w or q for w, q in zip(said, quoted, strict=True)
    )


def _work_after(text: str, span: Span) -> bool:
    """Whether a work's noun, in any case, follows the mention, past a closing quotation mark."""
    after = _NEXT_WORD.match(text, span.end + (1 if text[span.end : span.end + 1] in "\"'’”" else 0))
    return after is not None and not after.group("gloss") and is_works_noun(turkish_lower(after.group("word")))


def _noun_after(text: str, span: Span, noun: re.Pattern[str]) -> bool:
    """Whether a product's or a work's ``noun`` follows the mention, past a closing quotation mark (``"Knox"
    özelliği``); not after a genitive, the owner's (``Devlet Tiyatrosu'nun oyunları``, ``Samsung'un teknolojisi``)."""
    if in_genitive(span.text):
        return False
    after = _NEXT_WORD.match(text, span.end + (1 if text[span.end : span.end + 1] in "\"'’”" else 0))
    return after is not None and not after.group("gloss") and noun.match(after.group("word")) is not None


# A quotation that is a work's title: a work's noun right after its closing mark (any ending between: "'Roma'ya
# Sevgilerle' filmi", "“Aşk Kırmızı”nın filmi") or, in the possessive, right before its opening mark ("kısa filmi
# “Tokyo!”nun", "son romanı 'Kar'"). Quoted on one line, eighty characters at most.
# (an opening mark glued to no word, "Birand'ın"; inside, an apostrophe only before a case ending, "Roma'ya": a
# closing mark is none, "'Süt', Adem Demirci de 'Korkuluk' filmleriyle")
_QUOTED = r"[“\"‘'](?<![\w][“\"‘'])(?P<title>(?:[^“”\"‘’'\n]|['’](?=[a-zçğıöşü])){1,80}?)[”\"’']"
_TITLE_THEN_WORK = re.compile(rf"{_QUOTED}(?:['’]?[a-zçğıöşü]+)?[ \t]+{WORK_FORMS}[a-zçğıöşü]*(?![\w])")
_WORK_THEN_TITLE = re.compile(rf"(?<![\w]){WORK_FORMS}[ \t]+{_QUOTED}")
_TITLE_MARKS = " !?.,;:"  # a title's own punctuation, around the name it may be ("“Tokyo!”")
_WORK_STEM = re.compile("|".join(WORK_STEMS))  # the cheap test: one scan of the article for any work's stem


def without_quoted_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """Places inside a quoted work's title, not the whole title, dropped (``'Roma'ya Sevgilerle' filmi``: Roma is the
    title's word, no place of the article's; ``kısa filmi “Tokyo Geceleri”``); the name's other mentions stay
    (``Roma'da çekildi``)."""
    if not any(s.type == "LOC" for s in spans) or _WORK_STEM.search(text) is None:
        return list(spans)  # the cheap test first: most articles name no work
    titles = [
        (m.start("title"), m.end("title"), m.group("title").strip(_TITLE_MARKS))
        for pattern in (_TITLE_THEN_WORK, _WORK_THEN_TITLE)
        for m in pattern.finditer(text)
    ]
    if not titles:
        return list(spans)
    return [
        s
        for s in spans
        # (a known place quoted whole before a work's noun stays what it is: "'Ankara' şarkısı"; a person in a
        # title is its subject as often, "“Frida Kahlo ve Diego Rivera” sergisi")
        if s.type != "LOC"
        or not any(
            start <= s.start and s.end <= end and strip_apostrophe_suffix(s.text) != title
            for start, end, title in titles
        )
    ]


# A title written bare before the noun of a work that always has one, in the third person's possessive (a film's, a
# series', a song's, a book's ...: "kitabımız" is ours), or before "adlı" and such a noun: a run of eight capitalised
# words and numbers at most, "ile" and "ve" between them, a word inside it in the accusative or the dative at most
# ("Ali Ayşe'yi Seviyor dizisi", "Celal ile Ceren filminin", "Zehra ve Memleketim adlı filmleri"). The works' nouns
# above but a programme's, an exhibition's, a show's, a play's or a game's, a piece's, a hit's and an anthem's:
# "Ankara Kızılay gösterisi", "İstanbul Modern sergisi" name places and bodies.
_OWNED_WORKS = frozenset({"program", "sergi", "gösteri", "oyun", "eser", "parça", "hit", "single", "marş"})
_BARE_WORKS = tuple(possessive for noun, possessive, _ in _WORK_NOUNS if noun not in _OWNED_WORKS)
_BARE_WORK_STEMS = tuple(stem for stem in WORK_STEMS if stem not in _OWNED_WORKS)
_TITLE_WORD = r"(?:[A-ZÇĞİÖŞÜ][\w-]*(?:\.\w[\w-]*)*(?:['’]y?[ıiuüae])?|\d+)"  # (no full stop last: "Demirkol.")
_BARE_TITLE = re.compile(
    rf"(?<![\w'’])(?P<title>(?:{_TITLE_WORD}[ \t]+(?:(?:ile|ve)[ \t]+)?){{0,7}}{_TITLE_WORD})[ \t]+"
    rf"(?:(?:adlı|isimli|adındaki)[ \t]+(?:[a-zçğıöşü]+[ \t]+)?(?:{'|'.join(_BARE_WORK_STEMS)})[a-zçğıöşü]*"
    rf"|(?:{'|'.join(_BARE_WORKS)})(?:n(?:[ıiuü]n|[ae]|d[ae]n?|d[ae]ki|[ıiuü])|yl[ae])?)(?![\w])"
)
# the cheap test: a work's noun as a title's noun writes it, or "adlı", "isimli" (not "Romanya", "dizin")
_BARE_WORK_SCREEN = re.compile(rf"(?:{'|'.join(_BARE_WORKS)}|adlı|isimli|adındaki)")
# what makes a name a word of the title after it: "ile" or "ve" and the title's last word, or a number closing the
# title, right after it ("Celal ile Ceren filmi", "Zehra ve Memleketim adlı filmleri", "Fetih 1453 filmi"; not "Kıvanç
# ve Beren Kara Sevda dizisinde", two actors, nor "Tarkan 5 Yıldız şarkısıyla"); a case ending on it where the title
# ends in a verb, the title's grammar ("Ali Ayşe'yi Seviyor dizisi"; not "Sezen Aksu'ya Gülümse şarkısıyla", a dative)
_TITLE_JOIN_AFTER = re.compile(r"[ \t]+(?:(?:ile|ve)[ \t]+\S+|\d+)[ \t]*$")
# a verb's ending closing a title: the present, the past, the aorist (not a plural's: "Geceler")
_TITLE_VERB_END = re.compile(r"(?:yor|yorum|yoruz|[dt][ıiuü]|m[ıiuü]ş|(?<!l)ar|(?<!l)er|ır|ir|ur|ür)$")


def without_bare_titles(
    text: str,
    spans: Sequence[Span],
    keeps_person: Callable[[Span], bool],
    is_known: Callable[[str], bool],
    is_given: Callable[[str], bool],
) -> list[Span]:
    """Names that are only words of a work's title written bare before its noun dropped (``Celal ile Ceren filmi``,
    ``Ali Ayşe'yi Seviyor dizisi``, ``Zehra ve Memleketim adlı filmleri``), wherever the article repeats the title
    ("Celal ile Ceren'in gişesi"); a name the article gives outside the title stays.

    Only a name the title goes on after and shows to be its word: ``ile`` or ``ve`` and the title's last word, or a
    number closing the title, right after it; a case ending on it where the title ends in a verb; or the title
    written again without its noun (``Zerdali Yolun Sonu adlı filmde`` ... ``Zerdali Yolun Sonu, Mart'ta``). A name
    the title merely follows is as often its author, its singer, its actor, its channel or the country it stands for
    (``Orhan Pamuk romanı``, ``Tarkan Şımarık şarkısıyla``, ``Kıvanç ve Beren Kara Sevda dizisinde``, ``Azerbaycan
    Running Scared şarkısıyla``).
    Never a person ``keeps_person`` vetoes, a name ``is_known`` knows (``Netflix Squid Game dizisi``), nor a full name
    (``Engin Günaydın Yeraltı filmindeki rolüyle``: two words or more, no ending, a given name first or none last)."""
    if _BARE_WORK_SCREEN.search(text) is None:
        return list(spans)  # the cheap test first: most articles name no work
    titles: set[str] = set()
    for match in _BARE_TITLE.finditer(text):
        start, end = match.span("title")
        first = text[start:end].split(maxsplit=1)
        if len(first) > 1 and opens_sentence(text, start) and not any(s.start == start for s in spans):
            start += len(first[0]) + 1  # a sentence's first word before the title ("Bu Celal ile Ceren filmi")
        title = text[start:end].strip()
        inside = [s for s in spans if start <= s.start and _goes_on(text, s.end, end)]
        if any(
            not _stands_apart(s, keeps_person, is_known, is_given)
            and (
                _TITLE_JOIN_AFTER.match(text, s.end, end) is not None
                or (has_suffix_apostrophe(s.text) and _TITLE_VERB_END.search(title) is not None)
                or _written_bare(text, title)
            )
            for s in inside
        ):
            titles.add(title)
    if not titles:
        return list(spans)
    occurrences = [
        (m.start(), m.end()) for title in titles for m in re.finditer(rf"(?<![\w]){re.escape(title)}(?![\w])", text)
    ]
    dropped: set[int] = set()
    for group in mentions_by_name(spans).values():
        # (every word of a title the article shows to be one: "Zerrin" of "Kemal ile Zerrin'in galası" too)
        stems = [(s.start, s.start + len(strip_apostrophe_suffix(s.text))) for s in group]
        if all(any(a <= start and end <= b for a, b in occurrences) for start, end in stems) and not any(
            _stands_apart(s, keeps_person, is_known, is_given) for s in group
        ):
            dropped.update(id(s) for s in group)
    return [s for s in spans if id(s) not in dropped] if dropped else list(spans)


def _written_bare(text: str, title: str) -> bool:
    """Whether the article writes ``title`` once more without a work's noun or "adlı" after it (``Zerdali Yolun Sonu,
    Mart'ta vizyona girecek``): a title, not an author's name and a title the noun follows each time."""
    for match in re.finditer(rf"(?<![\w]){re.escape(title)}(?![\w])", text):
        after = _NEXT_WORD.match(text, match.end())
        word = after.group("word") if after is not None else ""
        if not turkish_lower(word).startswith((*_BARE_WORK_STEMS, "adlı", "isimli", "adındaki")):
            return True
    return False


def _goes_on(text: str, end: int, title_end: int) -> bool:
    """Whether a title ending at ``title_end`` goes on after a name ending at ``end`` with words of its own, not a
    form of address or a title (``Mehmet Nail Bey``: the man's name)."""
    rest = text[end:title_end].split() if end < title_end else []
    return any(turkish_lower(word) not in NAME_CLOSERS and word not in TITLE_HEADS for word in rest)


# A list of series before their plural noun ("Ezel, Suskunlar, Beni Affet ve Deniz Yıldızı dizileri", "Kuzey Güney,
# Aşk-ı Memnu, Gümüş, Kayıp Şehir dizileri de"): what follows a member up to the noun, other members (a comma or
# "ve" and up to five capitalised words each; not a programme's list, "Hınıs ve Tekman programları", a clause's
# words, "Arda Turan ve Selçuk İnan için özel antrenman programları").
_LISTED_SERIES_AFTER = re.compile(
    r"(?P<more>(?:(?:,|[ \t]+ve|[ \t]+ile)[ \t]+[A-ZÇĞİÖŞÜ0-9][^\s,.;:!?]*(?:[ \t]+[A-ZÇĞİÖŞÜ0-9][^\s,.;:!?]*){0,4})*)"
    r"[ \t]+diziler[ıi][a-zçğıöşü]*(?![\w])"
)
# A channel's or a platform's word, no title's: "Star TV", "BluTV", "Netflix", "FOX".
_CHANNEL = re.compile(
    r"(?<![\w])(?:TV|Tv|BluTV|FOX|Fox|Star|Show|Netflix|HBO|Amazon|Prime|Disney|Apple|Exxen|Gain|TOD|Tabii|puhutv)"
    r"(?![\w])"
)
# The members of the list before a member: up to five capitalised words each, a comma or "ve" after each.
_MEMBERS_BEFORE = re.compile(
    r"(?:[A-ZÇĞİÖŞÜ0-9][^\s,.;:!?]*(?:[ \t]+[A-ZÇĞİÖŞÜ0-9][^\s,.;:!?]*){0,4}(?:,[ \t]*|[ \t]+ve[ \t]+))+$"
)
_SEPARATOR = re.compile(r",|[ \t]ve[ \t]|[ \t]ile[ \t]")
_LISTED_TITLES = 3  # a list of three series at least: two may be channels' or countries' ("FOX ve Star dizileri")


def without_listed_series(
    text: str,
    spans: Sequence[Span],
    keeps_person: Callable[[Span], bool],
    is_known: Callable[[str], bool],
    is_given: Callable[[str], bool],
) -> list[Span]:
    """Names in a list of three series' titles or more before their plural noun dropped (``Ezel, Suskunlar ve Deniz
    Yıldızı dizileri``: titles, no person, no place; two are as often channels or countries, ``FOX ve Star dizileri``,
    ``Kore ve Hint dizileri``); as in :func:`without_bare_titles`, never a person ``keeps_person`` vetoes, a full
    name, a body or a place ``is_known`` knows, or a channel (``Kanal D, BluTV ve Exxen dizileri``)."""
    if "diziler" not in text:
        return list(spans)  # the cheap test first: most articles list no series
    kept: list[Span] = []
    for span in spans:
        after = _LISTED_SERIES_AFTER.match(text, span.end)
        before = _MEMBERS_BEFORE.search(text, max(0, span.start - 300), span.start) if after is not None else None
        listed = (
            after is not None
            and 1
            + len(_SEPARATOR.findall(after.group("more")))
            + (len(_SEPARATOR.findall(before.group() + " ")) if before is not None else 0)
            >= _LISTED_TITLES
        )
        if (
            not listed
            or has_suffix_apostrophe(span.text)
            or _CHANNEL.search(span.text) is not None  # ("Netflix ve BluTV dizileri": the platforms')
            or _stands_apart(span, keeps_person, is_known, is_given)
        ):
            kept.append(span)
    return kept


def _stands_apart(
    span: Span, keeps_person: Callable[[Span], bool], is_known: Callable[[str], bool], is_given: Callable[[str], bool]
) -> bool:
    """Whether a name inside a bare title is no word of it: a person ``keeps_person`` vetoes, a full name (two words or
    more, no ending, a given name first or none last), a body or a place ``is_known`` knows."""
    words = span.text.split()
    if span.type == "PER":
        full = len(words) > 1 and not has_suffix_apostrophe(span.text)
        return keeps_person(span) or (full and (is_given(words[0]) or not is_given(words[-1])))
    return is_known(canonical_name(span.text, span.type))


# The months of the Hijri calendar, four of them given names too ("Muharrem ayının onunda", "Ramazan ayı", "Recep
# ayında"): before "ayı" in any case, the month ("Muharrem aylardır hastanede" is a man).
_HIJRI_MONTHS = frozenset(
    {"Muharrem", "Safer", "Rebiülevvel", "Rebiülahir", "Cemaziyelevvel", "Cemaziyelahir", "Recep", "Receb", "Şaban"}
    | {"Ramazan", "Şevval", "Zilkade", "Zilkâde", "Zilhicce"}
)
_MONTH_AFTER = re.compile(rf"[ \t]+{MONTH_NOUN}(?![\w])")  # (not "aylardır", "ayın sonunda")
# What follows a month named alone: "Ramazan atmosferi", "Ramazan boyunca", "RAMAZAN GELDİ".
_MONTHS_WORD_AFTER = re.compile(
    r"['’](?:[dt][ae]n?|y?[ae])(?![\w])"  # "Ramazan'da", "Ramazan'dan", "Ramazan'a kadar"
    r"|(?:['’][a-zçğıöşü]+)?[ \t]+(?:atmosfer|sofra|pide|coşku|bereket|heyecan|ruhu|boyunca|geldi|GELDİ|GELİYOR|oruç"
    r"|orucu|eğlence|sonrası|öncesi|süresince|bayram|ayı|AYI|geliyor)"
)
# (in capitals too: "RAMAZAN GELDİ"; the months' names hold no dotless ı, so every I is a dotted İ)
_HIJRI_MONTHS_WRITTEN = tuple(_HIJRI_MONTHS) + tuple(m.upper().replace("I", "İ") for m in _HIJRI_MONTHS)


# A city's title of a year, before the city or alone: "Avrupa Kültür Başkenti İstanbul", "Türk Dünyası'nın Kültür
# Başkenti Astana'da" (the city, a place); "2010 Avrupa Kültür Başkenti" names nothing; a body's head closes a name of
# its own ("İstanbul 2010 Avrupa Kültür Başkenti Ajansı").
_CAPITAL_TITLE = re.compile(
    r"(?:(?:Avrupa|Dünya|Türk|İslam|Akdeniz|Balkan|Asya|Türk[ \t]+Dünyası|İslam[ \t]+Dünyası)(?:['’]n[ıi]n)?[ \t]+)?"
    r"(?:Kültür|Gençlik|Spor|Turizm|Tasarım|Yeşil|Sanat|Gastronomi)[ \t]+Başkent(?:i|leri)(?:[ \t]+|$)"
)


_YEAR_AT_END = re.compile(r"[ \t]+(?:19|20)\d\d$")


def without_capital_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """A city's title of a year taken off the city's name (``Avrupa Kültür Başkenti İstanbul`` → ``İstanbul``, a
    place), and dropped where it names no city (``2010 Avrupa Kültür Başkenti``)."""
    if "Başkent" not in text:
        return list(spans)  # the cheap test first
    result: list[Span] = []
    for span in spans:
        title = _CAPITAL_TITLE.match(span.text)
        if title is None or head_type(strip_apostrophe_suffix(span.text.rsplit(maxsplit=1)[-1])) is not None:
            result.append(span)
        elif title.end() < len(span.text):
            # (the title's year after the city is not the city's: "Kültür Başkenti İstanbul 2010")
            city = _YEAR_AT_END.sub("", span.text[title.end() :])
            result.append(span.part(title.end(), title.end() + len(city), "LOC"))
    return result


def without_hijri_months(text: str, spans: Sequence[Span]) -> list[Span]:
    """Mentions of a Hijri month before "ayı" in any case dropped (``Muharrem ayı mesajı``, ``Ramazan ayında``): no
    person, though four are given names; the name's other mentions stay (``Muharrem İnce``, ``Muharrem aylardır``).
    Where the article names the month so and no one whose name opens with it, its lone mentions before a month's
    word are the month's too (``Ramazan atmosferi``, ``RAMAZAN GELDİ`` beside ``1536 yılının Ramazan ayında``; not
    ``muhtarı Şaban`` nor ``Manav Ramazan``, whom the code review found lost to a first version that took every lone
    mention)."""
    if not any(month in text for month in _HIJRI_MONTHS_WRITTEN):
        return list(spans)  # the cheap test first: most articles name no Hijri month
    named = {
        month
        for month in _HIJRI_MONTHS
        if month in text  # (the cheap test first: an article names one or two months, if any)
        and any(_MONTH_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<![\w'’]){month}(?![\w'’])", text))
    }
    # (not where someone's name opens with the month: "Ramazan Yılmaz" ... "Ramazan, ..." is the man)
    named -= {s.text.split()[0] for s in spans if s.type == "PER" and " " in s.text.strip()}
    return [
        s
        for s in spans
        if (month := _month_written(strip_apostrophe_suffix(s.text))) is None
        or (_MONTH_AFTER.match(text, s.end) is None and (month not in named or not _months_word_after(text, s)))
    ]


def _months_word_after(text: str, span: Span) -> bool:
    """Whether a month's word or a date's case ending follows a month's lone mention (``Ramazan atmosferi``,
    ``Ramazan'da``), in the span or after it."""
    stem = len(strip_apostrophe_suffix(span.text))
    return _MONTHS_WORD_AFTER.match(span.text, stem) is not None or _MONTHS_WORD_AFTER.match(text, span.end) is not None


def _month_written(word: str) -> str | None:
    """The Hijri month a span's text is, as the lists write it (``RAMAZAN`` is ``Ramazan``), or None."""
    month = word if word in _HIJRI_MONTHS else turkish_lower(word).capitalize()  # (no month opens with an i)
    return month if month in _HIJRI_MONTHS else None


# A ship's hull prefix ("TCG Gediz", "USS Nimitz", "HMS Hood"), and a class's noun, the bare possessive, inside a
# name or after a place's or a body's with a vessel's noun soon after ("Aydın sınıfı mayın avlama gemileri", "ENGİN
# SINIFI 3 GEMİ", "Ohio sınıfı denizaltılar"): vessels and their types, no one and nowhere. Not "Mehmet Yılmaz
# sınıfında birinci oldu" (his class), "sınıf öğretmeni", "Birinci Sınıf Askeri Cezaevi".
_HULL_PREFIXES = frozenset({"TCG", "TCSG", "USS", "HMS"})
_CLASS_WORD = re.compile(r"(?:[Ss]ınıfı|SINIFI)$")
_CLASS_AFTER = re.compile(
    r"[ \t]+(?:[Ss]ınıfı|SINIFI)[ \t]+(?:[^\s.!?;,]+[ \t]+){0,3}?"
    r"(?:gemi|GEMİ|denizaltı|DENİZALTI|fırkateyn|FIRKATEYN|korvet|KORVET|muhrip|MUHRİP|hücumbot|HÜCUMBOT|kruvazör|"
    r"KRUVAZÖR)"
)
# A ship's own name before its noun, a number between maybe ("Volgo Balt 199 gemisi", "Büyükada gemilerine"; not an
# owner's or a navy's: "Greenpeace gemisi", "NATO gemileri", "Deniz Kuvvetleri gemileri"), and an aircraft's
# registration before its noun ("TC-ABK kuyruk tescilli"; not "Avrupa Birliği tescilli ürünler", a trademark's or a
# product's origin): ships and aircraft are named after towns and people, and are neither.
# A title that is part of a ship's name after a person's ("Kaya Bey ve Ali Can Bey gemileri", "Oruç Reis gemisi").
_SHIP_TITLES = r"(?:Bey|Hanım|Hatun|Paşa|Reis)"
_SHIP_NAME_TITLE = rf"(?:[ \t]+{_SHIP_TITLES})?"
_VESSEL_NOUN_AFTER = re.compile(rf"(?:[ \t]+\d+)?{_SHIP_NAME_TITLE}[ \t]+gemi(?:si|leri)[a-zçğıöşü]*(?![\w])")
# ... and the ships' noun in the plural after the last of a list ("Kaya Bey ve Ali Can Bey gemileri"): the names the
# list links before it, by a comma or "ve", are ships too ("Ahmet Kara ve Piri Reis gemisinin kaptanı": one ship, a
# person before it; "X ile Y gemisine": a companion).
_VESSELS_AFTER = re.compile(rf"{_SHIP_NAME_TITLE}[ \t]+gemiler[a-zçğıöşü]*(?![\w])")
_VESSEL_LINK = re.compile(rf"{_SHIP_NAME_TITLE}(?:,[ \t]*|[ \t]+ve[ \t]+)")
# ... and a name the chain carries the ship's reading back to ends in a ship's title, or one follows it ("Kaya Bey ve
# Ali Can Bey gemileri", "Oruç Reis ve Barbaros Hayreddin Paşa gemileri"; not "Bakan Hulusi Akar, Oruç Reis ve ...
# gemilerini": the visitor).
_SHIP_TITLED = re.compile(rf"(?:.*[ \t])?{_SHIP_TITLES}")
_SHIP_TITLE_AFTER = re.compile(rf"[ \t]+{_SHIP_TITLES}(?![\w])")
# A person's role after a ship's noun: "tekne sahibi", "vapur kaptanı", "gemi adamı", "feribot işletmecisi" (the person
# owns or works the ship, and is no ship's name).
_SHIP_ROLE = (
    r"(?![ \t]+(?:sahib|kaptan|adam|personel|işletmeci|çalışan|mürettebat|yolcu|acente|şirket|firma|usta|tamirci"
    r"|reis|tayfa|çarkçı|mühendis|işçi|aşçı|makinist|kılavuz|miço)"
    r"[a-zçğıöşü]*)"
)
_REGISTRATION = re.compile(r"[A-Z]{1,2}-[A-Z]{3,4}")
_REGISTERED_AFTER = re.compile(r"[ \t]+(?:kuyruk[ \t]+)?tescilli(?![\w])")
_VESSEL_NAMED_AFTER = re.compile(
    r"['’\"”]?[ \t]+(?:adlı|isimli|adındaki),?[ \t]+"
    r"(?:(?:yolcu|kargo|yük|kuru|savaş|eğitim|askeri|sivil|balıkçı|araştırma|sondaj|tanker|konteyner|kömür|yüklü"
    r"|özel|küçük|büyük|\d+|[a-zçğıöşü]+lik|[a-zçğıöşü]+luk)[ \t]+){0,3}"
    r"(?:gemi|tekne|yat|feribot|vapur|uçak|uçağı|helikopter|deniz[ \t]+otobüs)(?:si|sı|ı|ü|leri|ları)?(?![\w])"
    + _SHIP_ROLE
)
# The copy naming ships right after "adlı"/"isimli", no kind's word between ("Yıldırım Beyazıt isimli deniz
# otobüsleri", "Ali Can adlı gemi"): ships, whoever they are named after (not "Ali Kaya adlı balıkçı teknesi": the
# fisherman's boat; nor "Arkas adlı gemicilik şirketi", a firm).
_SHIPS_NAMED_AFTER = re.compile(
    r"['’\"”]?[ \t]+(?:adlı|isimli|adındaki),?[ \t]+"
    r"(?:gemi|tekne|feribot|vapur|deniz[ \t]+otobüs)(?!cilik|cılık|ci|cı)[a-zçğıöşü]*(?![\w])" + _SHIP_ROLE
)
# An instrument's or a spacecraft's noun after its name, a number between maybe ("Hubble teleskobundan", "Kepler uzay
# aracı", "Rosetta sondası", "Göktürk-2 uydusu", "Falcon 9 roketi", "Scud füzeleri"): a thing, whoever it is named
# after; not an owner's (a body the lists know, "NASA uydusu", "Hamas roketleri"; a place, "İran füzeleri", "Gazze
# roketleri", "Kandilli teleskobu"), nor a satellite town ("Kayaşehir uydu kenti").
_INSTRUMENT_AFTER = re.compile(
    r"(?:[ \t]+\d+)?[ \t]+(?:(?:uzay|keşif)[ \t]+(?:aracı|araçları|mekiği)|(?:uzay[ \t]+)?teleskob"
    r"|(?:uzay[ \t]+)?teleskop|uydu(?:su|ları)|sondası|sondaları|mekiği|roketi|roketleri|füzesi"
    r"|füzeleri)[a-zçğıöşü]*(?![\w])"
)
_INSTRUMENT_CUES = ("teleskob", "teleskop", "uydu", "sonda", "mekiğ", "uzay aracı", "roket", "füze")
_VESSEL_CUES = (
    "ınıfı",
    "INIFI",
    "TCG",
    "TCSG",
    "USS",
    "HMS",
    "gemi",
    "otobüs",
    "tescilli",
    "adlı",
    "isimli",
    "adındaki",
)  # most articles name no ship


# A maker's name before a model's designation and "tipi" names the model, a product ("Boeing 737-800 tipi yolcu uçağı",
# "Airbus A 300B4-203F tipi", "Boeing 737 MAX 8 tipi"): a designation of one to four tokens, one with a digit; or none,
# an aircraft's or a vehicle's noun after "tipi" ("Sikorsky tipi bir helikopter"). Not a body's style ("IŞİD tipi
# örgütlenme", "Avrupa Birliği modelinde", "Toyota modelini").
_MODEL_TYPE_AFTER = re.compile(
    r"(?:[ \t]+(?:[A-Z]{1,3}|(?=[\w.–-]*\d)[\w.–-]+)){0,3}[ \t]+(?=[\w.–-]*\d)[\w.–-]+[ \t]+"
    r"(?:tip|model)(?:i|inde|indeki|ine|ini)(?![\w])"
    r"|[ \t]+tipi[ \t]+(?:bir[ \t]+)?(?:[a-zçğıöşü]+[ \t]+)?(?:helikopter|uçak|uçağ|jet|otomobil|araç|araç|gemi)"
)


def without_model_makers(text: str, spans: Sequence[Span]) -> list[Span]:
    """A body's mentions that name a model's maker before its designation and ``tipi`` dropped (``Boeing 777 tipi``,
    ``Sikorsky tipi helikopter``: the copy names an aircraft, a product); its other mentions stay (``Boeing
    şirketi``)."""
    if "tipi" not in text and "model" not in text:
        return list(spans)  # the cheap test first: most articles name no model
    return [
        s
        for s in spans
        if s.type != "ORG" or has_suffix_apostrophe(s.text) or _MODEL_TYPE_AFTER.match(text, s.end) is None
    ]


def without_vessels(
    text: str, spans: Sequence[Span], is_country: Callable[[str], bool], *, is_owner: Callable[[str], bool]
) -> list[Span]:
    """Ships' names and classes dropped: a span opening with a hull prefix and a name (``TCG Gediz``, ``USS
    Nimitz``), a class's noun inside it (``Aydın Sınıfı Mayın Avlama Gemileri``) or after a place's or a body's
    span with a vessel's noun soon after, in the same clause (``Aydın sınıfı mayın avlama gemileri``); the town so
    named elsewhere in the article stays, as does any person's span before a class (``Mehmet Yılmaz sınıfında``,
    ``Ayşe sınıfı gemi maketleriyle süsledi``; a class named after a person the model read as one stays his:
    ``Oliver Hazard Perry sınıfı``). So is a name right before a ship's noun (``Volgo Balt 199 gemisi``, ``Büyükada
    gemilerine``), unless a country (``İran gemileri``, ``Çin gemisinde``: the flag's), a place's or a body's name the
    copy gives a ship or an aircraft (``'Denizli' adlı yolcu uçağı``) and an aircraft's registration (``TC-ABK kuyruk
    tescilli``). An instrument or a spacecraft named before its noun is none either (``Hubble teleskobundan``,
    ``Rosetta sondası``, ``Scud füzeleri``), unless an owner's, a body or a place the lists know (``NASA uydusu``,
    ``Gazze roketleri``)."""
    vessels = any(cue in text for cue in _VESSEL_CUES)
    instruments = any(cue in text for cue in _INSTRUMENT_CUES)
    if not vessels and not instruments:
        return list(spans)  # the cheap test first: most articles name no ship and no spacecraft
    ships = {(s.start, s.end) for s in spans if vessels and _vessel(text, s, is_country)}
    listed = {(s.start, s.end) for s in spans if (s.start, s.end) in ships and _VESSELS_AFTER.match(text, s.end)}
    for earlier, later in reversed(list(pairwise(sorted(spans, key=lambda s: s.start))) if listed else []):
        # ("Kaya Bey ve Ali Can Bey gemileri": the list's names before the ships' noun are ships too; not a country's)
        if (
            (later.start, later.end) in listed
            and earlier.type == later.type
            and not is_country(earlier.text)
            and _VESSEL_LINK.fullmatch(text, earlier.end, later.start) is not None
            and (_SHIP_TITLED.fullmatch(earlier.text) is not None or _SHIP_TITLE_AFTER.match(text, earlier.end))
        ):
            listed.add((earlier.start, earlier.end))
    ships |= listed
    return [s for s in spans if (s.start, s.end) not in ships and not (instruments and _instrument(text, s, is_owner))]


def _instrument(text: str, span: Span, is_owner: Callable[[str], bool]) -> bool:
    """Whether an instrument's or a spacecraft's noun follows ``span``, no owner's (see :func:`without_vessels`)."""
    return (
        not has_suffix_apostrophe(span.text)
        and _INSTRUMENT_AFTER.match(text, span.end) is not None
        and not is_owner(span.text)
    )


def _named_vessel(text: str, span: Span) -> bool:
    """Whether a ship's noun follows ``span`` (no body's: an owner's ship), the copy says a ship or an aircraft is so
    named (no person's), or ``span`` is an aircraft's registration."""
    if has_suffix_apostrophe(span.text):
        return False
    if _REGISTRATION.fullmatch(span.text) is not None and _REGISTERED_AFTER.match(text, span.end) is not None:
        return True
    return (
        (span.type != "ORG" and _VESSEL_NOUN_AFTER.match(text, span.end) is not None)
        or (span.type != "PER" and _VESSEL_NAMED_AFTER.match(text, span.end) is not None)
        or _SHIPS_NAMED_AFTER.match(text, span.end) is not None
    )


def _vessel(text: str, span: Span, is_country: Callable[[str], bool]) -> bool:
    """Whether ``span`` names a ship or a class of ships (see :func:`without_vessels`)."""
    words = span.text.split()
    if len(words) > 1 and words[0] in _HULL_PREFIXES:
        return True
    if _named_vessel(text, span) and not is_country(span.text):
        return True
    if any(_CLASS_WORD.match(strip_apostrophe_suffix(word)) for word in words[1:]):
        return True
    # ("Halman'ın sınıfı": whose class; "İlköğretim Okulu sınıfı": a school's classroom; "Ayşe Demir sınıfı gemi
    # maketleriyle süsledi": her class, a person's; a class named after a person the model read as one stays his)
    if has_suffix_apostrophe(span.text) or head_type(words[-1]) is not None or span.type == "PER":
        return False
    return _CLASS_AFTER.match(text, span.end) is not None


_MARKS = ("®", "™")


def without_trademarked_parts(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """Product names' pieces dropped: a word a trademark sign follows (``Core™``: products carry the ™; a firm's
    name of more words now and then, ``Visceral Games™``) or a name glued right after a sign (``Network`` of
    ``PlayStation®Network``), unless the lists know it (``Intel`` of ``Intel®``, a firm's own registered name, is
    kept either way)."""
    if not any(mark in text for mark in _MARKS):
        return list(spans)
    return [
        s
        for s in spans
        if not ((text[s.end : s.end + 1] == "™" and " " not in s.text) or (s.start > 0 and text[s.start - 1] in _MARKS))
        or is_known(canonical_name(s.text, s.type))
    ]


# A disease's noun after a bare name, the name a word of the disease's (``Akdeniz ateşi``, ``İspanyol gribi``, ``Batı
# Nil virüsü``, ``Kırım-Kongo Kanamalı Ateşi``, ``Alzheimer hastalığı``): past a hyphen's other half and one adjective
# of the disease's own (``Kanamalı``). Lower case, or capitalised as a name's word; the stems screen an article.
_DISEASE_STEMS = ("ateşi", "Ateşi", "grib", "Grib", "virüs", "Virüs", "hastalığı", "Hastalığı", "sendrom", "Sendrom")
_NOUN_ENDING = r"(?:n?[ıiuü]n|n?[ıiuü]|n[ae]|nd[ae]n|nd[ae]|yl[ae]|l[ae]|ndaki|ndeki)?(?=[\s.,;:!?)\"'’”]|$)"
_DISEASE_AFTER = re.compile(
    r"(?:-[A-ZÇĞİÖŞÜ][\w]*)?[ \t]+(?:[Kk]anamalı[ \t]+)?"
    r"(?:ateşi|Ateşi|gribi|Gribi|virüsü|Virüsü|hastalığı|Hastalığı|sendromu|Sendromu)" + _NOUN_ENDING
)
# A method's, a diagnosis's, a factor's, a hormone's, a test's, a measure's or a rating's noun after an acronym, or
# after the name the text defines one for: the acronym and its words name the method (``Intra Operatif Radyoterapi
# (IORT) yöntemi``, ``(GTB) tanısı``, ``RH faktörü``, ``FSH değerleri``, ``AAA notunu``); not after a name alone
# (``Finlandiya yöntemi``, the country's).
_METHOD_STEMS = (
    *("yöntemi", "tekniği", "faktörü", "tanısı", "hormonu", "düzeyi", "değeri", "değerleri", "seviyesi", "testi"),
    "notu",
)
_METHOD_AFTER = re.compile(
    r"(?P<defined>\)|[ \t]+\([A-ZÇĞİÖŞÜ]{2,8}\))?[ \t]+(?:" + "|".join(_METHOD_STEMS) + ")" + _NOUN_ENDING
)


# Diseases called by their describer's surname alone ("Alzheimer'a yakalanan", "Parkinson'un erken belirtileri"): the
# disease where the article speaks of illness and names no one so in full (not "Hashimoto", "Huntington": a prime
# minister, a scholar and a town as often).
_EPONYMOUS_DISEASES = frozenset({"Alzheimer", "Parkinson", "Crohn"})
# (word openings: not "tanınan"; not "tedavi", every sports injury's)
_ILLNESS = re.compile(
    r"(?<![\w])(?:hastalı[ğk]|hastaların|teşhis|tanısı|tanı kon|yakalan|belirtile|demans|bunama|nörolo|ilac|ilaç)"
)


def without_disease_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Mentions that are words of a disease's name dropped: a bare name (no ending of its own) right before a
    disease's noun (``ailevi Akdeniz ateşi``, ``İspanyol gribi``, ``Kırım-Kongo Kanamalı Ateşi``: both halves of the
    hyphen). Only the mention: the sea the article names elsewhere stays (``Akdeniz'de``); and never a person's
    (``Messi hastalığı nedeniyle``, his illness; ``Neymar ateşi sardı``, a craze). A disease called by its describer's
    surname alone, read as a person, is dropped wherever it stands where the article speaks of illness
    (``Alzheimer'a yakalanan``), unless a person is named so in full."""
    eponyms = {word for word in _EPONYMOUS_DISEASES if word in text}
    if eponyms and _ILLNESS.search(text) is None:
        eponyms = set()
    if eponyms:
        # ("Alois Alzheimer" named in full is the man, and his surname alone after it)
        eponyms -= {
            strip_apostrophe_suffix(s.text.split()[-1]) for s in spans if s.type == "PER" and len(s.text.split()) > 1
        }
    if not eponyms and not any(stem in text for stem in _DISEASE_STEMS):
        return list(spans)  # the cheap test first: most articles name no disease
    return [
        s
        for s in spans
        if not _names_disease(text, s) and (s.type != "PER" or strip_apostrophe_suffix(s.text) not in eponyms)
    ]


def without_method_names(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """A method's, a diagnosis's, a factor's or a measure's acronym no list knows (``is_known``) and the words the text
    defines one for dropped (``Intra Operatif Radyoterapi (IORT) yöntemi``, ``RH faktörü``, ``FSH değerleri``; not
    ``NASA tekniği``), the acronym everywhere in the article ("(GTB) tanısı ... GTB grubuna")."""
    if not any(stem in text for stem in _METHOD_STEMS):
        return list(spans)  # the cheap test first: most articles name no measure
    methods = [s for s in spans if _names_method(text, s) and not is_known(canonical_name(s.text, s.type))]
    if not methods:
        return list(spans)
    method_ids = {id(s) for s in methods}
    kept = [s for s in spans if id(s) not in method_ids]
    # the acronym of a method, and the one the text defines for it ("Intra Operatif Radyoterapi (IORT) yöntemi ... IORT
    # ile"), go everywhere
    dropped = {s.text for s in methods if is_acronym(s.text)} | {
        defined.strip(" \t()")
        for s in methods
        if (method := _METHOD_AFTER.match(text, s.end)) is not None and (defined := method.group("defined"))
    }
    return [s for s in kept if s.type == "PER" or strip_apostrophe_suffix(s.text) not in dropped] if dropped else kept


def _names_disease(text: str, span: Span) -> bool:
    """Whether a mention is a word of the disease's name after it (see :func:`without_disease_names`); never a
    person's (``Messi hastalığı nedeniyle``, his illness; ``Neymar ateşi``, a craze)."""
    if span.type == "PER" or has_suffix_apostrophe(span.text):
        return False  # "Messi hastalığı nedeniyle": his illness; "Neymar ateşi": a craze for the player
    return _DISEASE_AFTER.match(text, span.end) is not None


def _names_method(text: str, span: Span) -> bool:
    """Whether a mention is an acronym of a method, a diagnosis, a factor or a measure, or the words the text defines
    one for (see :data:`_METHOD_AFTER`); never a person's, a mention with an ending of its own, or a body's name a
    head closes and its acronym."""
    if span.type == "PER" or has_suffix_apostrophe(span.text):
        return False
    method = _METHOD_AFTER.match(text, span.end)
    if method is None:
        return False
    defined = method.group("defined")
    if defined is None:
        return is_acronym(span.text)
    # the name the acronym stands for: the span itself, or the words before the bracket the acronym opens; not a
    # body's name a head closes ("Türkiye Sağlık Enstitüleri Başkanlığı (TÜSEB) değerleri")
    named = span.text if defined != ")" else text[: span.start].rstrip(" \t").removesuffix("(")
    last = named.rsplit(maxsplit=1)[-1] if named.strip() else ""
    return head_type(strip_apostrophe_suffix(last)) is None


# The Sun where an article names the planets or the solar system ("Güneş'te meydana gelen patlama ... Merkür"), and
# the wind in a weather report ("Rüzgar, kuzey yönlerden hafif esecek"): no person, though both are given names.
# (two of these words at least, and no person of the article so named: "NASA'da çalışan Ayşe Güneş", "Şenol Güneş
# ... başarı yörüngesine" are people)
_SKY = re.compile(r"Merkür|Venüs|Jüpiter|Satürn|Uranüs|Neptün|Plüton|[Gg]ezegen|[Gg]üneş [Ss]istemi|[Aa]stronom")
_SKY_WORDS = 2
_WIND_AFTER = re.compile(
    r"[^.!?\n]{0,80}?(?:\bes(?:ecek|mesi|meye|iyor|ti|en)\b|yönlerden|yönünden|km/s|kilometre hız|kuvvette)"
)
_SUN = "Güneş"
_WINDS = frozenset({"Rüzgar", "Rüzgâr"})


def without_sky_words(text: str, spans: Sequence[Span]) -> list[Span]:
    """A person's span of the Sun in an article about the sky (two of ``_SKY``'s words, no one named ``Güneş`` in
    full) is the Sun, a place as the planets are (``Güneş'in yüzeyinde ... Merkür ... gezegen``), and one of the wind
    opening a weather report's sentence before its verb or direction is none (``Rüzgar, kuzey yönlerden hafif
    esecek``); the actor ``Rüzgar`` (``Rüzgar, hafif bir gülümsemeyle``) and the coach ``Şenol Güneş`` stay."""
    if _SUN not in text and "Rüzg" not in text:
        return list(spans)  # the cheap test first
    named = any(s.type == "PER" and " " in s.text and _SUN in strip_apostrophe_suffix(s.text).split() for s in spans)
    sky = _SUN in text and not named and len({m.group() for m in _SKY.finditer(text)}) >= _SKY_WORDS
    kept: list[Span] = []
    for span in spans:
        word = strip_apostrophe_suffix(span.text)
        if span.type == "PER" and word == _SUN and sky:
            kept.append(replace(span, type="LOC"))
        elif not (
            span.type == "PER"
            and word in _WINDS
            and opens_sentence(text, span.start)
            and _WIND_AFTER.match(text, span.end)
        ):
            kept.append(span)
    return kept


# A law's or regulation's word (any case ending), the end of its title; the stems screen an article cheaply.
_LAW_STEMS = ("Kanun", "Yasası", "Yönetmeli", "Tüzüğü", "Tebliği", "Kararnamesi")
_LAW_WORD = r"(?:Kanun|Kanunu|Yasası|Yönetmelik|Yönetmeliği|Tüzüğü|Tebliği|Kararnamesi)(?:['’]?n?[a-zçğıöşü]*)?"
# A title's words: capitalised and bare (a name with a case ending is the sentence's, "Resmi Gazete'de"), joined by
# commas and the few lower-case words titles carry ("ve", "ile", "veya", "ait"), then the law's word.
_LAW_TITLE = re.compile(
    r"(?:[A-ZÇĞİÖŞÜ][\w.-]*,?[ \t]+(?:(?:ve|ile|veya|ait|ya da)[ \t]+)?){2,}" + _LAW_WORD + r"(?![\w])"
)

# A quotation's opening mark: typographic, or a straight one after a space (not the apostrophe of "Tekirdağ'ın").
_OPENING_MARK = re.compile(r"[‘“]|(?:(?<=\s)|^)['\"]")
# The clause that makes a run of words a law's title: "... Hakkında Kanun", "... Yapılmasına Dair Yönetmelik".
_TITLE_CLAUSE = re.compile(r"\b(?:Hakkında|Dair|İlişkin|Yönelik|Değişiklik)\b")


def without_law_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans inside the title of a law or a regulation dropped: a law names no one (``Tütün Mamullerinin ...
    Etiketlenmesine ve Denetlenmesine İlişkin ... Yönetmelik``, ``Dernekler Hakkında Kanun``); a quoted title is
    taken whole from its opening mark. A name the article writes outside the title stays by that mention."""
    if not any(stem in text for stem in _LAW_STEMS):
        return list(spans)  # the cheap test first: most articles cite no law
    titles = []
    for match in _LAW_TITLE.finditer(text):
        start = match.start()
        opening = max((m.start() for m in _OPENING_MARK.finditer(text, max(0, start - 300), start)), default=-1)
        if opening >= 0 and "\n" not in text[opening:start] and not any(m in text[opening + 1 : start] for m in '’”"'):
            start = opening  # "‘Toplu Konut İdaresi Başkanlığı Satış, Devir, Kiraya verme, Trampa ... Yönetmeliği’"
        elif "," in match.group() and not _TITLE_CLAUSE.search(match.group(), match.group().rindex(",")):
            # a comma ends the sentence's words before an unquoted title unless the title's clause follows it
            # ("Sözcü Bülent Arınç, TSK Disiplin Kanunu"; "Şekline, Etiketlenmesine ... İlişkin ... Yönetmelik")
            start += match.group().rindex(",") + 1
        titles.append((start, match.end()))
    if not titles:
        return list(spans)
    return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in titles)]


# A form of "etmek" (to do) after a noun: "ettim", "etmedi", "edilen", "ederlerse", "eyledi"; not "etkisi" (effect),
# "eylemi" (action): "TAYAD eylemi" and "Trump etkisi" stay.
_LIGHT_VERB_FORM = (
    r"(?:et(?:ti|tik|tim|tin|tiler|mek|meye|mem|medi|memek|meyi|miş|sin|meli|mez|meden|tiğ)"
    r"|ed(?:er|erek|ecek|eceğ|iyor|ip|il|emez|emiyor|in|ebil|eli|ince|ik)|eyle(?!m))[a-zçğıöşü]*"
)
_LIGHT_VERB = re.compile(rf"[ \t]+{_LIGHT_VERB_FORM}(?=[\s.,;:!?]|$)")


# The finite forms of "etmek" (to do) and "olmak" (to become) that end a compound verb as a headline writes it ("Akın
# Etti", "TAHVİL EDİLMEZ", "Şehit Oldu"): a closed set, for names open with "Ed", "Et" too ("Edip", "Etmekçi"; the
# aorist "eder" is the surname "Eder" as often).
_LIGHT_VERB_FINITE = frozenset(
    {
        *("etti", "ettiler", "etmiş", "etmişler", "edecek", "edecekler", "ediyor", "ediyorlar", "ederler"),
        *("etmez", "etmezler", "etmeli", "edildi", "edilecek", "ediliyor", "edilmiş", "edilmez", "edilmeli"),
        *("oldu", "oldular", "olacak", "olacaklar", "oluyor", "oluyorlar", "olmuş", "olmuşlar", "olmaz", "olmalı"),
        # the optative and the imperative of a greeting or a slogan: "Bayramınız Kutlu Olsun", "Gelsene"
        *("olsun", "olsunlar", "olsana", "etsin", "etsinler", "edin", "edelim", "olalım"),
    }
)


def is_light_verb(word: str) -> bool:
    """Whether ``word``, in any case and with no case ending, is a finite form of ``etmek`` or ``olmak`` (``Etti``,
    ``EDİLMEZ``, ``Oldu``): no one's name (``Edip``, ``Eder'in`` are)."""
    return turkish_lower(word) in _LIGHT_VERB_FINITE


def verbs_nouns(text: str, spans: Sequence[Span], is_known_body: Callable[[str], bool]) -> list[Span]:
    """One-word spans, with no case ending, right before a form of ``etmek`` dropped: the noun of a compound verb
    (``Kabul ettim``, ``Kabul edilen kemer sıkma yasaları``), no place. A person or a body the knowledge base knows
    stays (``is_known_body``): a place it is not."""
    if " et" not in text and " ed" not in text:
        return list(spans)  # the cheap test first
    return [
        s
        for s in spans
        if " " in s.text.strip()
        or "'" in s.text
        or "’" in s.text
        or _LIGHT_VERB.match(text, s.end) is None
        or is_known_body(s.text)
    ]


# A paper named by a word that names something else as often: "Cumhuriyet" is the republic ("Cumhuriyet'in 89'uncu
# yılı", "Cumhuriyet ve laiklik"), the paper only where the article says so with a paper's word after one of its
# mentions ("Cumhuriyet gazetesi", "Cumhuriyet yazarı", "Cumhuriyet'in haberine göre").
_PAPERS_BY_A_WORD = ("Cumhuriyet",)
_PAPERS_WORD = re.compile(
    rf"(?:{'|'.join(_PAPERS_BY_A_WORD)})(?:['’][a-zçğıöşü]+)?[ \t]+"
    r"(?:gazete|yazar|muhabir|manşet|haber|köşe|okur|editör|yayın|internet|genel[ \t]+yayın)"
)


def papers_by_their_word(text: str, spans: Sequence[Span]) -> list[Span]:
    """A body's span that is only a paper's name that is a common word too (``Cumhuriyet``) dropped, unless the
    article writes a paper's word after the name somewhere: the republic, not the paper."""
    if not any(word in text for word in _PAPERS_BY_A_WORD) or _PAPERS_WORD.search(text) is not None:
        return list(spans)  # the cheap tests first: most articles name no such paper, or say it is the paper
    return [s for s in spans if s.type != "ORG" or strip_apostrophe_suffix(s.text.strip()) not in _PAPERS_BY_A_WORD]
