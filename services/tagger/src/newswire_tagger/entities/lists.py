"""A name in a list is what the list names: ``Nauru, Tuvalu, Kiribati, Wallis, Futuna ve Fiji için``.

Copy lists places with places and bodies with bodies. Where the model reads an unknown member of such a list as
a person, the list says otherwise in two ways:

- a plural common noun right after the list says what all its members are (``Selahaddin ve Diyala
  vilayetlerinin``, ``Kerkük ve Musul kentlerinde``, ``CHP ve MHP partileri``);
- in a list of four or more names, a person whose name starts with no given name and no title, among members
  that are all places (or all bodies), is one of them.

Names between two names of one type in a comma list are of that type too (``Şam, Halep, Humus ve İdlib``), and a
person in a list of people beside one the model is sure of is vouched for as that one is; never in a list of works'
titles (``..., Wicked Game ve The Funeral Of Hearts gibi hit şarkıları``).

Likewise a name joined by a hyphen to a sports club (``Udinese-Siena``) is the other club of the match.

A person the knowledge base knows, one written after a title (``keeps_person``), or a word of a person the article
names in full (``Atilla Kart`` ... ``Kart, CHP ve MHP``) stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from newswire_schemas import EntityType

from newswire_tagger.entities.heads import PLACE_NOUNS, head_type, is_company_word, kind_after, place_plurals
from newswire_tagger.entities.names import (
    canonical_name,
    fold,
    has_suffix_apostrophe,
    in_ablative,
    in_genitive,
    in_locative_or_ablative,
    in_place_case,
    in_plural_genitive,
    is_acronym,
    name_key,
    opens_sentence,
    strip_apostrophe_suffix,
    turkish_lower,
)
from newswire_tagger.entities.nouns import WORK_FORMS, is_works_noun
from newswire_tagger.entities.people import full_name_words, is_title, next_word, previous_word
from newswire_tagger.entities.scoring import MIN_PERSON_CONFIDENCE
from newswire_tagger.spans import Span

__all__ = [
    "MATCH_NOUNS",
    "ROUTE_AFTER",
    "TRANSPORT_AFTER",
    "club_cue_near",
    "clubs_in_lists",
    "clubs_in_pairs",
    "firms_in_lists",
    "listed_between",
    "streets_in_lists",
    "teams_in_matches",
    "typed_by_lists",
    "without_league_sponsors",
    "without_listed_works",
]

# What may stand between two members: a comma, "ve", "ile", "veya", "ya da", a slash.
_BETWEEN = re.compile(r"^\s*(?:,\s*(?:ve\s+|ile\s+)?|\s+(?:ve|ile|veya|ya da)\s+|\s*/\s*)$")
# A plural noun after the last member: "vilayetlerinin", "kentlerinde", "ülkeleri", "partileri".
_PLACES = place_plurals([noun for noun in PLACE_NOUNS if noun.listed == "place"])
_BUILT = place_plurals([noun for noun in PLACE_NOUNS if noun.listed == "built"])
_SETTLEMENTS_AFTER = re.compile(rf"\s+(?:{place_plurals([noun for noun in PLACE_NOUNS if noun.finds])})")
_PLURAL_NOUN = (
    rf"(?:(?P<loc>(?:{_PLACES})[a-zçğıöşü]*)"
    # works and streams named after people: "Fatih ve Kanuni köprüleri", "Beyazıt ve Sultan Ahmet meydanlarında"
    # ("meydanlarda", "sokaklara": in the squares, to the streets, no names' list)
    rf"|(?P<built>(?:{_BUILT})"
    r"(?:[ıi][a-zçğıöşü]*)?(?![a-zçğıöşü]))"
    r"|(?P<org>(?:parti|şirket|banka|kulüp|takım|gazete|kanal|holding|örgüt|sendika|üniversite|marka|dergi|"
    r"firma|portal)(?:ler|lar)[a-zçğıöşü]*))"
)
# ... also after "gibi" and an adjective: "Zara, Mango ve Massimo Dutti gibi ünlü markaların".
_PLURAL_KIND = re.compile(rf"\s+(?:gibi\s+(?:[a-zçğıöşü]+\s+)?)?{_PLURAL_NOUN}(?=[\s,.;:!?)]|$)")
# ... or capitalised, ending the last member ("Hacıköy, Hacımahmutlu ve Karadere Köyleri"), whether the model read
# that member or not.
_PLURAL_HEAD = re.compile(rf"^{_PLURAL_NOUN}$")
_BARE_PLURALS = frozenset(noun.plural for noun in PLACE_NOUNS)
_GIBI = re.compile(r"\s+gibi\s")
_THEIR_PLURAL = re.compile(r"\s+(?:ülke|takım|kulüp)(?:ler|lar)[ıi]")
_BUILT_AFTER = re.compile(rf"\s+{_PLURAL_NOUN}(?=[\s,.;:!?)]|$)")
_LAST_MEMBER = re.compile(
    r"(?:\s*,\s*|\s+(?:ve|ile)\s+)(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){1,3}(?P<head>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)"
)
_MIN_MAJORITY = 4


# A member of a list of people the model read as a place, unsure of it (more people than places: two at least).
_UNSURE_PLACE = 0.7


def _runs(text: str, spans: Sequence[Span]) -> list[list[Span]]:
    """Maximal runs of spans (in text order) joined only by list separators."""
    ordered = sorted(spans, key=lambda s: s.start)
    runs: list[list[Span]] = []
    for span in ordered:
        if runs and runs[-1][-1].end <= span.start and _BETWEEN.match(text[runs[-1][-1].end : span.start]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [run for run in runs if len(run) > 1]


def _plural_kind(text: str, run: list[Span]) -> EntityType | None:
    """The type a plural noun after the list (or ending its last member) gives all its members, or None."""
    plural = _PLURAL_KIND.match(text, run[-1].end)
    if plural is None:
        words = run[-1].text.split()
        last = _LAST_MEMBER.match(text, run[-1].end)
        head = turkish_lower(words[-1] if len(words) > 1 else last.group("head") if last is not None else "")
        # a bare plural capitalised is a surname ("ve Aydın Dağlar hakkında"), a list's head is possessed ("Köyleri")
        plural = None if head in _BARE_PLURALS else _PLURAL_HEAD.match(head)
    if plural is None:
        return None
    return "LOC" if plural.group("loc") or plural.group("built") else "ORG"


def _list_type(text: str, run: list[Span]) -> EntityType | None:
    """The type the list says its members are, or None."""
    plural = _plural_kind(text, run)
    if plural is not None:
        return plural
    others = [s.type for s in run if s.type != "PER"]
    if len(run) < _MIN_MAJORITY or len(others) < _MIN_MAJORITY - 1:
        return None
    kinds = set(others)
    # all the non-persons of one kind, and the persons a small minority
    if len(kinds) == 1 and len(others) >= 3 * (len(run) - len(others)):
        return kinds.pop()
    return None


def typed_by_lists(
    text: str,
    spans: Sequence[Span],
    keeps_person: Callable[[Span], bool],
    may_be_person: Callable[[Span], bool],
    *,
    is_known: Callable[[str], bool] = lambda _name: True,
    is_town: Callable[[str], bool] = lambda _name: False,
    is_country: Callable[[str], bool] = lambda _name: False,
    is_word: Callable[[str], bool] = lambda _name: False,
) -> list[Span]:
    """PER spans in a list of places or bodies retyped to the list's type; a body's span no list knows (``is_known``)
    too, before a plural place noun (``Duma ve Yermuk bölgelerini``). In a short list whose other members are all
    places, a person's or a body's one-word name that ``is_town`` is a place too (``Gao, Timbuktu ve Bamako``); in a
    list of people, a one-word place the model was unsure of is a person (``Cech, Vittek, Henrique``), unless it is a
    country (``is_country``) or ``is_word`` says it stays (a word the corpora write in lower case too, ``Tünel``; a
    province or a city, ``Bursa``, ``Halep``).

    ``keeps_person(span)`` vetoes a retyping (a known person, a title before the name); with the majority reading
    only, ``may_be_person(span)`` does too (a name opening with a given name).
    """
    # "Atilla Kart ... Kart, CHP, MHP ve BDP gruplarının": a word of a person named in full stays that person
    named = full_name_words(spans)
    changed: dict[int, EntityType] = {}
    for run in _runs(text, spans):
        kind = _list_type(text, run)
        if kind is None:
            changed.update(_towns_among_places(text, run, named, keeps_person, is_town))
            changed.update(_people_among_people(text, run, is_country, is_word, named))
            changed.update(_bodies_among_people(run, may_be_person, is_known))
            continue
        # a noun right after the list types even a given name's member; after "gibi" ("Osman F. Boyner, İngiltere ve
        # Hollanda gibi ülkelerde": the speaker, then the examples) the list may open with someone else
        by_noun = _plural_kind(text, run) is not None and _GIBI.match(text, run[-1].end) is None
        # the works are named after people, known ones first of all ("Atatürk ve İnönü caddelerinde")
        after = _BUILT_AFTER.match(text, run[-1].end)
        built = by_noun and after is not None and after.group("built") is not None
        # a settlement's or region's plural ("bölgelerini", "mahalleleri"; not "AB ve EFTA ülkelerine")
        settled = by_noun and _SETTLEMENTS_AFTER.match(text, run[-1].end) is not None
        # people's countries or teams, possessed ("Didier Zokora ve Soulaymane Bamba ülkelerinin milli takımına"):
        # no country nor team is named after someone by a given name and a surname
        theirs = by_noun and _THEIR_PLURAL.match(text, run[-1].end) is not None
        for span in run:
            if theirs and span.type == "PER" and " " in span.text.strip() and may_be_person(span):
                continue
            if span.type == "ORG" and settled and _may_be_place(span, is_known):
                changed[id(span)] = "LOC"  # "Duma ve Yermuk bölgelerini": places the model read as bodies
                continue
            if span.type != "PER" or fold(strip_apostrophe_suffix(span.text)) in named:
                continue
            if (built or not keeps_person(span)) and (by_noun or not may_be_person(span)):
                changed[id(span)] = kind
    if not changed:
        return list(spans)
    was = {name_key(s): s.type for s in spans if id(s) in changed}
    # (a person the list vouches for clears the bar the linker sets persons, as a listed name does)
    retyped = {
        id(s): replace(s, type=t, confidence=max(s.confidence, _LISTED_CONFIDENCE) if t == "PER" else s.confidence)
        for s in spans
        if (t := changed.get(id(s))) is not None
    }
    # every mention of a retyped name follows it ("Wallis'e", "Duma'da" later in the article)
    kinds = {name_key(s): s.type for s in retyped.values()}
    return [retyped.get(id(s)) or _follows(s, was, kinds) for s in spans]


def _towns_among_places(
    text: str,
    run: list[Span],
    named: frozenset[str],
    keeps_person: Callable[[Span], bool],
    is_town: Callable[[str], bool],
) -> dict[int, EntityType]:
    """The members of a list of places the model read as a person or a body that are towns the gazetteer holds
    (``Gao, Timbuktu ve Kidal'i``, ``Şabanözü, Çerkeş ve Ilgaz``); none when a member is neither a place nor such a
    town. A list is joined by ``ve`` before its last member and its other members carry no case ending: ``değinen
    Ban, Türkiye'nin ...`` is a subject, then the next clause (Ünsal Ban)."""
    others = [s for s in run if s.type != "LOC"]
    if (
        not others
        or len(others) == len(run)
        or _AND_SEPARATOR.search(text, run[-2].end, run[-1].start) is None
        or any(has_suffix_apostrophe(s.text) for s in run[:-1])
    ):
        return {}
    towns: dict[int, EntityType] = {
        id(s): "LOC"
        for s in others
        if " " not in (name := canonical_name(s.text, s.type))
        and fold(name) not in named
        and not keeps_person(s)
        and is_town(name)
    }
    return towns if len(towns) == len(others) else {}


def _people_among_people(
    text: str, run: list[Span], is_country: Callable[[str], bool], is_word: Callable[[str], bool], named: frozenset[str]
) -> dict[int, EntityType]:
    """The one-word members of a list of people the model read as places, unsure (``Şenol Güneş'in, Cech, Vittek,
    Henrique gibi yabancıların``, ``Sir Bobby Charlton, Bebeto, Carlos Valderrama ve Marcel Desailly``): people too. Not
    a country (``is_country``) nor a name that stays (``is_word``: a common word, a city), nor a list with as many
    places as people (``Messi ve Barcelona``). A member with a case ending ends what comes before it: the list starts
    after it (``Şenol Güneş'in, Cech, ...``: whose foreigners); so does a titled person opening the run, the
    sentence's subject (``... ve Enfal Bakanı Aram Ahmet, Enfal ve Halepçe şehitleri``). A word of a person the
    article names in full (``named``) is that person however sure the model was, a city too (``Leyla Erbil`` ...
    ``Erbil, Camus ve Galeano'dan``), but never a country."""
    run = run[next((i + 1 for i in range(len(run) - 2, -1, -1) if has_suffix_apostrophe(run[i].text)), 0) :]
    if is_title(previous_word(text, run[0].start)):
        run = run[1:]
    places = [s for s in run if s.type == "LOC"]
    people = [s for s in run if s.type == "PER"]
    if not places or len(places) >= len(people) or len(places) + len(people) != len(run):
        return {}
    return {
        id(s): "PER"
        for s in places
        if " " not in s.text
        and not has_suffix_apostrophe(s.text)
        and (
            (
                s.confidence < _UNSURE_PLACE
                and not is_country(name := canonical_name(s.text, "LOC"))
                and not is_word(name)
            )
            or (fold(s.text) in named and not is_country(s.text))
        )
    }


def _bodies_among_people(
    run: list[Span], may_be_person: Callable[[Span], bool], is_known: Callable[[str], bool]
) -> dict[int, EntityType]:
    """The members of a list of people the model read as bodies that open with a given name, two or three words
    none of which heads or names a firm, and that no list knows: people too (``Natalie Portman, Penelope Cruz,
    Scarlett Johansson, Siena Miller``). Only where the people are at least two and as many as the bodies, and the
    list holds no place (``Ali Koç, Koç Holding ve İstanbul``)."""
    people = sum(s.type == "PER" for s in run)
    if people < 2 or people * 2 < len(run) or any(s.type == "LOC" for s in run):
        return {}
    return {
        id(s): "PER"
        for s in run
        if s.type == "ORG"
        and 1 < len(words := [strip_apostrophe_suffix(w) for w in s.text.split()]) <= 3
        and may_be_person(s)
        and _may_be_place(s, is_known)
        and all(w[:1].isupper() and not is_acronym(w) for w in words)
    }


def _may_be_place(span: Span, is_known: Callable[[str], bool]) -> bool:
    """Whether a body's span in a list of places may be a place the model misread: no head word ends it (``Şırnak İl
    Emniyet Müdürlüğü``), no company word in it (``Toroslar EDAŞ``), no acronym (``BDP``), no Arabic article opening
    an armed group's name (``El Nusra``), and no name the lists know."""
    words = [strip_apostrophe_suffix(w) for w in span.text.split()]
    return (
        head_type(words[-1]) is None
        and not any(map(is_company_word, words))
        and not is_acronym(words[-1])
        and turkish_lower(words[0]) not in _GROUP_OPENERS
        and not is_known(canonical_name(span.text, span.type))
    )


# The Arabic article and the "free men" opening armed groups' names ("El Nusra", "Ahrar el Şam").
_GROUP_OPENERS = frozenset({"el", "al", "ahrar"})


def _follows(span: Span, was: dict[str, EntityType], kinds: dict[str, EntityType]) -> Span:
    """A mention of a name the lists retyped, with the type it was retyped to, where it had the type it was
    retyped from."""
    name = name_key(span)
    return replace(span, type=kinds[name]) if name in kinds and was.get(name) == span.type else span


_PAIR_HYPHEN = re.compile(r"^\s*[-–]\s*$")
# A fixture list's kick-off time opening the line before the pair: "16:30 İspanya-Litvanya".
_FIXTURE_TIME = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]+$")


# A line's, a service's or a road's noun after two names joined by a hyphen: "Moskova-Puket seferini", "İstanbul-Ankara
# karayolunda", "Üsküdar-Beşiktaş vapurunda": a route, never a match.
_TRANSPORT = (
    r"hatt[ıi]|hattında|hattındaki|seferi|seferini|seferinde|seferleri|seferlerini|seferlerinde|karayolu|karayolunda|"
    r"karayolundaki|otoyolu|otoyolunda|güzerg[aâ]h[ıi]|güzerg[aâ]hında|demiryolu|demiryolunda|vapuru|vapurunda|"
    r"vapurları|vapurlarında|VAPURU|VAPURUNDA|feribotu|feribotunda"
)
TRANSPORT_AFTER = re.compile(rf"\s+(?:{_TRANSPORT})(?![a-zçğıöşü])")
"""A route's noun only a line, a service or a road has after two names (see ``ROUTE_AFTER``)."""
ROUTE_AFTER = re.compile(rf"\s+(?:aras[ıi]|arasında|arasındaki|arasına|arasını|{_TRANSPORT})(?![a-zçğıöşü])")
"""A route's or a stretch's noun after two names joined by a hyphen: ``Derecik-Aktütün arasında`` (a match's too, in
a sports story: ``Beşiktaş-Bursa arasındaki maç``), and those of ``TRANSPORT_AFTER``."""


# What follows a person's name as one of a list's members, bare: a comma, "ve", the sentence's end (not a range's
# end in the dative: "Halil Ergün'den Erkan Can'a, ...").
_MEMBER_END = re.compile(r"(?:,|[ \t]+ve[ \t]|[ \t]*[.;)]|[ \t]+(?:katıldı|konuştu))")
_BODIES_PAIRS = 2  # a list of two pairs at least: "Mudo'dan Mustafa Taviloğlu" alone may be a town and its son


def bodies_before_their_people(
    text: str,
    spans: Sequence[Span],
    keeps_place: Callable[[str], bool],
    is_person: Callable[[str], bool],
    is_body: Callable[[str], bool],
) -> list[Span]:
    """A name in the ablative right before a person's full name, in a list of two such pairs or more, is the body
    the person speaks for (``Lc Waikiki'den Vahap Küçük, Ramsey'den Hüseyin Doğan, Boyner'den Cem Boyner``): a
    body, whatever the model read; not where a pair's name is a country's, a province's or a major city's
    (``Almanya'dan Hans Müller, Fransa'dan ...``, ``Ramallah'tan Mahmud er-Remhi, Tulkerem'den Fethi Avi``: people
    by their country or town, ``keeps_place``), nor a person the lists know (``is_person``) or a full name; and only
    where one of the names is a body the lists know (``is_body``: ``Lc Waikiki``; not ``Texas'tan John Smith,
    Ohio'dan Mary Brown``, states)."""
    if "'" not in text and "’" not in text:
        return list(spans)
    ordered = sorted(spans, key=lambda s: s.start)
    bodies = [
        body
        for body, person in pairwise(ordered)
        if in_ablative(body.text)
        and person.type == "PER"
        and " " in person.text.strip()
        and text[body.end : person.start] == " "
        and _MEMBER_END.match(text, person.end) is not None
    ]
    names = [strip_apostrophe_suffix(s.text) for s in bodies]
    if len(bodies) < _BODIES_PAIRS or any(map(keeps_place, names)) or not any(map(is_body, names)):
        return list(spans)
    changed = {
        id(s)
        for s in bodies
        if s.type != "ORG"
        and not (s.type == "PER" and " " in s.text.strip())
        and not is_person(strip_apostrophe_suffix(s.text))
    }
    return [replace(s, type="ORG") if id(s) in changed else s for s in spans]


def clubs_in_pairs(text: str, spans: Sequence[Span], is_club: Callable[[str], bool], *, sporting: bool) -> list[Span]:
    """``Udinese-Siena``, ``Bologna-AS Roma``: a name joined by a hyphen to a club is the other club of the match
    (the model reads a club named after its city as the city). Not before a line's or a road's noun (``KADIKÖY -
    BEŞİKTAŞ VAPURUNDA``, ``Üsküdar-Beşiktaş seferleri``: a ferry's, two places), nor before ``arasında`` outside a
    sports story (``Beşiktaş-Bursa arasındaki maç`` in one is a match)."""
    ordered = sorted(spans, key=lambda s: s.start)
    changed: dict[int, Span] = {}
    for left, right in pairwise(ordered):
        if left.end > right.start or not _PAIR_HYPHEN.match(text[left.end : right.start]):
            continue
        if (ROUTE_AFTER if not sporting else TRANSPORT_AFTER).match(text, right.end) is not None:
            continue
        left_club = is_club(strip_apostrophe_suffix(left.text))
        right_club = is_club(strip_apostrophe_suffix(right.text))
        if left_club and not right_club and right.type != "ORG":
            changed[id(right)] = replace(right, type="ORG")
        elif right_club and not left_club and left.type != "ORG":
            changed[id(left)] = replace(left, type="ORG")
    return [changed.get(id(s), s) for s in spans] if changed else list(spans)


def clubs_in_lists(
    text: str,
    spans: Sequence[Span],
    is_club: Callable[[str], bool],
    is_country: Callable[[str], bool],
    *,
    sporting: bool,
) -> list[Span]:
    """In a sports story, the members of a list of three names or more, two of them clubs the lists know, are clubs
    (``Malaga, S.Donetsk, Valencia, Bayern Münih ve Barcelona'nın``: the model reads a club named after its city as
    the city, a short form as a person). Not a country (a national side), a member in the locative or the ablative
    (where a match is played) nor one of three words or more."""
    if not sporting:
        return list(spans)
    changed: dict[int, Span] = {}
    # (a person the article names in full, by the surname, is no club beside the clubs he speaks of: "röportaj veren
    # Çebi, Galatasaray ve Trabzonspor'un" after "Ahmet Nur Çebi")
    surnames = {fold(strip_apostrophe_suffix(s.text.split()[-1])) for s in spans if s.type == "PER" and " " in s.text}
    for run in _runs(text, spans):
        if len(run) < _MIN_CLUB_LIST or sum(is_club(strip_apostrophe_suffix(s.text)) for s in run) < 2:
            continue
        for member in run:
            name = strip_apostrophe_suffix(member.text)
            if (
                member.type != "ORG"
                and len(name.split()) <= 2
                and not in_locative_or_ablative(member.text)
                and not is_country(name)
                and not (member.type == "PER" and fold(name) in surnames)
            ):
                changed[id(member)] = replace(member, type="ORG")
    return [changed.get(id(s), s) for s in spans] if changed else list(spans)


_MIN_CLUB_LIST = 3


# What follows a match's two sides ("Türkiye - Danimarka maçının") or stands between them in a score ("Türkiye: 2 -
# Norveç: 0").
MATCH_NOUNS = "maç|karşılaşma|müsabaka|rövanş"
"""A match's nouns, as a regex alternation (their endings left to the caller)."""
_MATCH_AFTER = re.compile(rf"(?:['’][a-zçğıöşü]+)?\s+(?:{MATCH_NOUNS})")
_SCORE_BETWEEN = re.compile(r"^\s*:\s*\d{1,3}\s*[-–]\s*$")
# One side named bare before the match or its team ("Hırvatistan maçında", "Marsilya karşılaşması öncesi", "Sivas
# takımının"; not a town's teams, "İstanbul takımları", its police, "İstanbul ekibi", or its derby, "Londra derbisi").
_MATCH_RIGHT_AFTER = re.compile(rf"\s+(?:{MATCH_NOUNS}|takım(?!l[ae]r))[a-zçğıöşü]*\b")
# ... and in a sports story, before "karşısında" or a draw's noun ("Bayrampaşa karşısında aldıkları galibiyet",
# "Kırklareli beraberliğinin ardından"): the club there (not "İsviçre ekibi Basel", "Moskova deplasmanında",
# "Moskova yenilgisi": the team's country, the trip's town, the town a defeat came in as often as its rival).
_SIDE_RIGHT_AFTER = re.compile(r"\s+(?:karşısında|beraberliğ)[a-zçğıöşü]*\b")
# A side with the match's score and its result ("Hırvatistan ile 1-1 berabere", "Marsilya'yı 3-0 yendi"); never
# where it was played ("İstanbul'da 1-1 berabere kaldı").
_SCORE_AFTER = re.compile(
    r"(?:['’](?:y?[ıiuüae]|[yn]?[ıiuü]n|y?l[ae])\b)?(?:\s+ile)?\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:['’][a-zçğıöşü]+)?\s+(?:lik\s+)?"
    r"(?:yen|mağlup|berabere|beraber|galib|galip|kazan|kaybet|öne\s+geç|üstünlü|yıkıl|devir|eledi|elen)"
)
# ... and in a sports story, in the genitive before a player or a coach it has, a player's words or his nationality
# between ("Montpellier'in 30 yaşındaki forveti John Utaka", "Montpellier'in Kamerunlu forveti", "Bursa'nın sol bek
# oyuncusu", "Lyon'un futbolcularından"): the club whose player he is (not a country's: its national team is the
# country, a place; nor one the town bred, "Rosario'nun yetiştirdiği futbolcu", nor a theatre's player, "Ankara'nın
# Devlet Tiyatrosu oyuncusu").
_PLAYER_WORDS = (
    r"(?:genç|yeni|eski|tecrübeli|deneyimli|başarılı|yıldız|milli|yabancı|yedek|sol|sağ|bek|kanat|savunma|defans"
    r"|hücum|golcü|[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:l[ıiuü]|[ıi]z|an|en))"
)
_PLAYER_OF_AFTER = re.compile(
    rf"['’]n?[ıiuü]n\s+(?:\d+\s+yaşındaki\s+)?(?:{_PLAYER_WORDS}\s+){{0,2}}"
    r"(?:forvet|golcü|kaleci|futbolcu|oyuncu|stoper|kaptan|teknik\s+direktör|orta\s+saha)[a-zçğıöşü]*\b"
)
# A side named before "ile" (or "-le") and the match ("Azerbaycan ile yapacağı maç", "Portekiz'le Ankara'da
# karşılaşacak"); not a comparison ("Türkiye ile karşılaştırıldığında") nor a meeting ("Türkiye'yle karşılaştınız mı?").
_MET_AFTER = re.compile(
    r"(?:['’]y?l[ae]|\s+ile)\s+(?:[\wçğıöşüÇĞİÖŞÜ'’]+\s+){0,2}?(?:maç|karşılaşma|karşılaşaca|rövanş)"
)

# A side in the dative before "karşı" and the match within three words ("Hamburg'a karşı oynanan maçta", "Sivas'a
# karşı aldığı galibiyet"; not "İstanbul'a karşı duyduğu özlem").
_AGAINST_AFTER = re.compile(
    r"['’]y?[ae]\s+karşı\s+(?:\S+\s+){0,2}?"
    r"(?:oyna|maç|karşılaşma|galibiyet|mağlubiyet|yenilgi|beraberlik|gol|puan|deplasman)"
)


# A club's words around a town's name: the sides of a match, a transfer, a kit ("Sivas gibi güçlü bir rakip",
# "Emerson'u Benfica'dan alıyorsun", "Lille formasıyla"); not the town's weather, governor or streets.
_CLUB_WORDS = (
    r"rakip|takım|ekib(?!im)|maç|karşılaş|deplasman|skor|gol|puan|galibiyet|mağlubiyet|yenilgi|beraberlik|berabere|karşısında|"
    r"forma|taraftar|transfer|kiral|sözleşme|imza|kupa|final"
)
_CLUB_CUE = re.compile(rf"\b(?:{_CLUB_WORDS})")
# ... and after it, a verb that takes a club as its object or source ("Benfica'dan alıyorsun", "Auckland'i eleyerek",
# "Benfica'ya geçti"; before it, "rol aldığı reklamın" is no transfer)
_CLUB_CUE_AFTER = re.compile(
    rf"\b(?:{_CLUB_WORDS}|geç(?:ti|ecek|iş|en)|al(?:ıyor|dı|ır|acak|mak|mayı)|yen(?:di|mek|erek)|oyna|ele(?:di|yerek|n))"
)
# A town in the locative before a player's club verb: "Montpellier'de forma giyen", "Dortmund'da top koşturan" (not
# "Münih'te oynanan maç", where the match was played, nor "maçlarını Dortmund'da oynayan A Milli Takım", a team's
# venue).
_PLAYS_IN_AFTER = re.compile(r"\s+(?:forma\s+giy|top\s+koştur|oynadığı\s+(?:dönem|sezon|yıl))")
# A club's noun right after a town's bare name: "Dortmund ekibi", "Zaragoza forması", "Marsilya oyuncusu".
_CLUB_NOUN_AFTER = re.compile(
    r"\s+(?:ekib|takım|forma|taraftar|kadro|oyuncu|futbolcu|golcü|kaleci|teknik\s+direktör|yönetim|kulüb|"
    r"deplasman|karşısında|savunma|hücum|başkan)[a-zçğıöşü]*\b"
)
# ... or a result, a fixture or a transfer later in its sentence: "Dortmund, Hamburg ve Hannover haftayı 3 puanla
# kapatan ekiplerden", "Marsilya, Fenerbahçe karşılaşması öncesi sıkıntılı", "Dortmund, genç futbolcuyla sözleşme
# imzaladı" (not the host's "ev sahipliği", nor where matches "oynanacak").
_RESULT_LATER = re.compile(
    r"\b(?:puan|galibiyet|mağlubiyet|yenil|yendi|yenerek|berabere|ekiplerden|ekipler\s+aras|takımlardan|karşılaşma"
    r"|sözleşme|transfer|kiral)"
)
# A town's own nouns after its name: its streets, people, governor, weather ("Marsilya sokakları", "Marsilya halkı",
# "Sivas Valisi"); not a club's ("Sivas kadrosunda", "Marsilya oyuncusu").
_TOWNS_OWN = re.compile(
    r"^(?:sokak|cadde|bulvar|meydan|halk|sakin|vali|belediye|hava|soğu|sıcağ|merkez|kent|şehir|semt|liman|"
    r"havaliman|havaalan|otel|caddes|yakın|civar|banliyö)[a-zçğıöşü]*$"
)
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")  # "Paris 2024 Olimpiyatları": the games' town and year
# A town in the accusative before a side's verb within three words: "Napoli'yi elediğimiz gibi", "Malaga'yı 2-1
# yendi" (not "Paris'i gezdi").
_BEATEN_AFTER = re.compile(
    r"['’]y?[ıiuü]\s+(?:\S+\s+){0,2}?(?:ele(?:d|y|m|n)|yen(?:d|e|m)|mağlup|geçerek|devir|farklı\s+yen)"
)
_CUE_BEFORE = 40
_CUE_AFTER = 60


def club_cue_near(text: str, start: int, end: int) -> bool:
    """Whether a club's word (a match, a rival, a transfer, a kit: ``_CLUB_CUE``) stands near a town's name at
    ``[start, end)``, within its sentence: the club is meant, not the town."""
    before = text[max(0, start - _CUE_BEFORE) : start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    after = text[end : end + _CUE_AFTER].split(". ", 1)[0].split("\n", 1)[0]
    return _CLUB_CUE.search(before) is not None or _CLUB_CUE_AFTER.search(after) is not None


def teams_in_matches(
    text: str,
    spans: Sequence[Span],
    is_country: Callable[[str], bool],
    is_town: Callable[[str], bool],
    *,
    sporting: bool = False,
    club_town: Callable[[str], bool] = lambda _name: False,
) -> list[Span]:
    """Places as a match's sides are its teams, bodies: ``Türkiye - Danimarka maçı``, ``Türkiye: 2 - Norveç: 0``,
    ``Marsilya-Lyon maçında``, ``Hırvatistan maçında``, ``Hırvatistan ile 1-1 berabere kaldı``, ``Portekiz ile
    yapacağı maç``, ``Hamburg'a karşı oynanan maçta``. A side is a country
    (``is_country``) or, before the match word or a score with its result, a country or a city (``is_town``), never
    a region (``Avrupa maçları``). Run after the article's types are made one per name: the place stays a place
    elsewhere; but in a sports story (``sporting``) a city read as a side is the club where the article names it again
    with a club's word near, in no place's case nor the genitive, nor before a place's noun or one of the town's own
    (``Sivas maçı`` ... ``Sivas gibi güçlü bir rakip``, ``Auckland'i eleyerek çeyrek finale``; not ``Sivas'ta``,
    ``Sivas'ın soğuğu``, ``Sivas Valisi``, ``Marsilya sokakları``: :func:`club_cue_near`). There a foreign town one
    club's name holds (``club_town``: ``Dortmund``, ``Zaragoza``) is that club, match or no match, by a club's noun
    after it or a result in its sentence (:func:`_club_town_side`)."""
    ordered = sorted(spans, key=lambda s: s.start)
    changed: dict[int, Span] = {}
    for left, right in pairwise(ordered):
        if left.type != "LOC" or right.type != "LOC" or left.end > right.start:
            continue
        between = text[left.end : right.start]
        if _PAIR_HYPHEN.match(between) and (
            _MATCH_AFTER.match(text, right.end) or _FIXTURE_TIME.search(text, max(0, left.start - 12), left.start)
        ):
            sides = is_town(left.text) and is_town(right.text)
        else:
            sides = bool(_SCORE_BETWEEN.match(between)) and is_country(left.text) and is_country(right.text)
        if sides:
            changed[id(left)] = replace(left, type="ORG")
            changed[id(right)] = replace(right, type="ORG")
    for span in ordered:
        if span.type != "LOC" or id(span) in changed or not is_town(span.text):
            continue
        suffix = span.text[len(strip_apostrophe_suffix(span.text)) :]
        after = text[span.start + len(span.text) - len(suffix) : span.end] + text[span.end : span.end + 80]
        if (
            (not suffix and _MATCH_RIGHT_AFTER.match(text, span.end))
            or (sporting and not suffix and _SIDE_RIGHT_AFTER.match(text, span.end))
            or _SCORE_AFTER.match(after)
            or _MET_AFTER.match(after)
            or (sporting and _AGAINST_AFTER.match(after))  # ("Amerika'ya karşı bahis oynayan": no match)
            or (sporting and _PLAYER_OF_AFTER.match(after) and not is_country(strip_apostrophe_suffix(span.text)))
            or (sporting and _club_town_side(text, span, suffix, club_town))
        ):
            changed[id(span)] = replace(span, type="ORG")
    if sporting and changed:
        clubs = {name_key(s) for s in ordered if id(s) in changed and not is_country(strip_apostrophe_suffix(s.text))}
        for span in ordered:
            if (
                span.type == "LOC"
                and id(span) not in changed
                and name_key(span) in clubs
                and not in_place_case(span.text)
                and not in_genitive(span.text)
                and not next_word(text, span.end)[:1].isupper()
                and club_cue_near(text, span.start, span.end)
                and not _owned_by_town(text, span)
            ):
                changed[id(span)] = replace(span, type="ORG")
    return [changed.get(id(s), s) for s in spans] if changed else list(spans)


def _owned_by_town(text: str, span: Span) -> bool:
    """Whether a place's noun or one of a town's own nouns follows a town's mention: the town, not its club
    (``Donetsk kentinde``, ``Marsilya sokakları``, ``Marsilya halkı``; not ``Sivas kadrosunda``)."""
    after = next_word(text, span.end)
    return kind_after(after) == "LOC" or _TOWNS_OWN.match(turkish_lower(after)) is not None


def _club_town_side(text: str, span: Span, suffix: str, club_town: Callable[[str], bool]) -> bool:
    """Whether a town's mention in a sports story is the one club its name holds (see :func:`teams_in_matches`): a
    club's noun right after it (``Dortmund ekibi``) or a result, a fixture or a transfer later in its sentence
    (``Dortmund, Hamburg ve Hannover haftayı 3 puanla kapatan ekiplerden``), bare; in the locative, a player's verb
    after it (``Montpellier'de forma giyen``); in the accusative, a side's verb (``Napoli'yi elediğimiz gibi``). Never
    a venue or a host (``grup maçlarını Dortmund ve Hamburg'da oynayacak``, ``Dortmund, Münih ve Berlin'de oynanacak
    karşılaşmalar``, ``Atina ev sahipliği yapacak``), a year's games (``Paris 2024``) or what the town owns
    (``Marsilya sokakları``)."""
    if not club_town(span.text) or _owned_by_town(text, span) or _YEAR_AFTER.match(text, span.end):
        return False
    if in_locative_or_ablative(span.text):
        return not in_ablative(span.text) and _PLAYS_IN_AFTER.match(text, span.end) is not None
    if suffix:
        return _BEATEN_AFTER.match(text, span.end - len(suffix)) is not None
    if in_genitive(span.text):
        return False
    sentence = text[span.end : span.end + 120].split(". ", 1)[0].split("\n", 1)[0]
    if "ev sahipliği" in sentence or "oynan" in sentence:
        return False  # "Berlin, ... karşılaşmasına ev sahipliği yapacak", "Dortmund ve Berlin'de oynanacak": venues
    return _CLUB_NOUN_AFTER.match(text, span.end) is not None or _RESULT_LATER.search(sentence) is not None


# An ordinal league after a name: the name is the league's sponsor or organiser, inside its title ("PTT 1. Lig", "Bank
# Asya 1'inci Lig", "TFF 2. Lig").
_ORDINAL_LEAGUE = re.compile(r"\s+\d{1,2}(?:\.|['’][a-zçğıöşü]{2,4})\s+Lig\b")


def without_league_sponsors(text: str, spans: Sequence[Span], is_club: Callable[[str], bool]) -> list[Span]:
    """Bodies named only as an ordinal league's sponsor dropped (``PTT 1. Lig``), as the golds leave a name inside a
    competition's title out; a club before its league stays (``Boluspor 1. Lig'de``)."""
    if " Lig" not in text:
        return list(spans)  # the cheap test first
    return [s for s in spans if s.type != "ORG" or is_club(s.text) or _ORDINAL_LEAGUE.match(text, s.end) is None]


# What joins the members of a comma list of names: a comma, or "ve"/"ile" (a case ending may close a member).
_CASE = r"(?:['’][a-zçğıöşü]+)?"
_AND = r"[ \t]+(?:ve|ile)[ \t]+"
_LIST_SEPARATOR = re.compile(rf"{_CASE}(?:,[ \t]+|{_AND})")
_AND_SEPARATOR = re.compile(rf"{_CASE}{_AND}")
# What lies between two names of a comma list: the missing members, each closed by a comma or by "ve"/"ile".
_NAME_WORDS = r"[A-ZÇĞİÖŞÜ][\w.’'-]*(?:[ \t]+(?:el|al|bin|de|van|von|[A-ZÇĞİÖŞÜ][\w.’'-]*)){0,3}"
_LIST_GAP = re.compile(rf"{_CASE},[ \t]+((?:{_NAME_WORDS}(?:,[ \t]+|{_AND}))+)$")
_LIST_MEMBER = re.compile(rf"{_NAME_WORDS}(?=,[ \t]|{_AND})")
_LISTED_CONFIDENCE = MIN_PERSON_CONFIDENCE  # a listed name clears the bar the linker sets persons
_LIST_TAIL_WORD = re.compile(r"\S+")
_LIST_GLUE = frozenset({"ve", "gibi", "adlı", "isimli", "ünlü", "sevilen", "popüler"})


def listed_between(
    text: str, spans: Sequence[Span], may_be_listed: Callable[[str], bool], is_thing: Callable[[str], bool]
) -> list[Span]:
    """Names in a comma list between two names of one type are of that type too: ``Mustafa Ait Idır, Belkacem
    Bensayah, Lakhdar Boumediene``, ``Şam, Halep, Humus ve İdlib``; each of one to four capitalised words that
    ``may_be_listed`` and that name no thing (``is_thing``, of the canonical name). Persons vouched for in a list
    (:func:`_vouched_in_lists`) that ``may_be_listed`` clear the bar the linker sets persons."""
    ordered = sorted(spans, key=lambda s: s.start)
    vouched = {id(s) for s in _vouched_in_lists(text, ordered) if may_be_listed(s.text)}
    if vouched:
        ordered = [replace(s, confidence=_LISTED_CONFIDENCE) if id(s) in vouched else s for s in ordered]
    found: list[Span] = []
    for left, right in pairwise(ordered):
        if left.type != right.type or right.start - left.end > 120 or "," not in text[left.end : right.start]:
            continue  # the cheap test first: most neighbours are no list
        gap = _LIST_GAP.match(text, left.end, right.start)
        if gap is None or (_works_list(text, right.end) and not has_suffix_apostrophe(right.text)):
            continue  # (nor a list of works: "..., Wicked Game ve The Funeral Of Hearts gibi hit şarkıları")
        for member in _LIST_MEMBER.finditer(text, gap.start(1), gap.end(1)):
            if not may_be_listed(member.group()) or is_thing(canonical_name(member.group(), left.type)):
                break
            found.append(Span(left.type, member.start(), member.end(), member.group(), _LISTED_CONFIDENCE))
    return sorted([*ordered, *found], key=lambda s: s.start) if found else ordered


def _vouched_in_lists(text: str, ordered: list[Span]) -> list[Span]:
    """Persons of two words or more in a list of people next to a person the model is sure of, each then vouched
    for as that one is (``Mustafa Ait Idır, Belkacem Bensayah, ... ve Saber Lahmar Mahfoud``). A list is three
    names or more, or two joined by ``ve``/``ile``: one comma may be an apposition (``Dmitriy Peskov, Ruskaya
    Slujba Novostey ajansına``), and a name a noun after it types is none (``ajansına``)."""
    members = [s for s in ordered if s.type == "PER"]
    runs: list[list[Span]] = []
    for left, right in pairwise(members):
        if not _LIST_SEPARATOR.fullmatch(text, left.end, right.start):
            continue
        if runs and runs[-1][-1] is left:
            runs[-1].append(right)
        else:
            runs.append([left, right])
    vouched: dict[int, Span] = {}
    for run in runs:
        joined = len(run) > 2 or _AND_SEPARATOR.fullmatch(text, run[0].end, run[1].start) is not None
        if not joined or (_works_list(text, run[-1].end) and not has_suffix_apostrophe(run[-1].text)):
            continue  # (a works' noun after a genitive is the listed people's: "... ve Elif Şafak'ın kitapları")
        for pairs in (pairwise(run), ((b, a) for a, b in reversed(list(pairwise(run))))):
            for sure, other in pairs:
                if (
                    (sure.confidence >= _LISTED_CONFIDENCE or id(sure) in vouched)
                    and other.confidence < _LISTED_CONFIDENCE
                    and len(other.text.split()) > 1
                    and kind_after(next_word(text, other.end)) is None
                ):
                    vouched[id(other)] = other
    return list(vouched.values())


# "gibi" (_GIBI) and up to three words before a works' noun: "... ve Cars gibi ünlü Hollywood animasyon filmlerinin".
_WORDS_AFTER = re.compile(r"[\w'’-]+")
# The works' noun heading the phrase: plural or possessive (a bare "film" modifies the next noun: "film
# dünyasında"), not "eserleri" ("Yeni Cami, Bey Hamamı gibi Osmanlı eserleri" are buildings, places).
_WORKS_HEAD = re.compile(rf"(?!eser){WORK_FORMS}[a-zçğıöşü]*$")
# ... and a firm's, a brand's or a shop's noun in the plural: "gibi yeni butikler", "gibi markalar", "gibi şirketlere".
# (not in the genitive: "gibi büyük şirketlerin patronları", "gibi markaların tasarımcıları" are the listed people's)
_FIRMS_HEAD = re.compile(r"(?:marka|butik|şirket|firma|mağaza|holding|zincir)l[ae]r(?![ıi]n)[a-zçğıöşü]*$")
# A plural without the possessive: "filmler", "filmlerde", "şarkılarla" (not "filmleri", "filmlerinin").
_BARE_PLURAL = re.compile(r"l[ae]r(?:d[ae]|d[ae]n|l[ae]|[ae])?$")
# A word that ends the modifiers before it: a plural or a genitive ("Ceylan gibi yönetmenlerin filmleri").
_NOT_A_MODIFIER = re.compile(r"(?:l[ae]r[a-zçğıöşü]{0,6}|[ıiuü]n)$")
_MAX_BETWEEN = 3
# What stands between two members of such a list: a separator, or members the model did not read between two.
_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:ve|veya|ile)[ \t]+)"
_OTHER_MEMBERS = re.compile(
    rf"{_SEPARATOR}(?:[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*(?:[ \t]+[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*){{0,4}}{_SEPARATOR})*"
)
# ... and the members after the last one read, before "gibi": "Batman" + ", Örümcek Adam" + " gibi çizgi filmlerde".
_LATER_MEMBERS = re.compile(
    rf"(?:{_SEPARATOR}[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*(?:[ \t]+[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*){{0,4}}(?=\s+gibi\s|{_SEPARATOR}))*"
)


def without_listed_works(
    text: str,
    spans: Sequence[Span],
    is_known: Callable[[str], bool],
    is_given: Callable[[str], bool] = lambda _word: False,
) -> list[Span]:
    """The names of a list (or one name) given as examples of works dropped: ``Finding Nemo, Toy Story ve Cars gibi
    ünlü animasyon filmlerinin`` names titles, not a person nor a place. Not after a genitive word (``Ceylan gibi
    yönetmenlerin filmleri``: the examples are directors), and not a name the lists know. So are titles "adlı" and a
    works' noun follow (:func:`_named_works`: ``Manola, Zorro adlı üç romanı``) and a body's span before its year and
    publisher in brackets (``Harikalar Odası (2005, Sel Yayıncılık)``, a book; not ``Medyanet (2013)``, a photo's
    credit, nor a person, ``Pamuk (2006)``, a prize's winner, nor a place, ``Kuruçeşme Arena (2006)'da``)."""
    examples = _listed_examples(text, spans, _WORKS_HEAD, is_known) | _named_works(text, spans, is_known, is_given)
    examples.update(
        id(s)
        for s in spans
        if s.type == "ORG"
        and _YEAR_AND_PUBLISHER.match(text, s.end) is not None
        and not has_suffix_apostrophe(s.text)
        and not is_known(canonical_name(s.text, s.type))
    )
    return [s for s in sorted(spans, key=lambda s: s.start) if id(s) not in examples] if examples else list(spans)


# A book's year and publisher in brackets after its title: "(2005, Sel Yayıncılık)" (not a span of years).
_YEAR_AND_PUBLISHER = re.compile(r"[ \t]+\((?:19|20)\d\d,[ \t]+[A-ZÇĞİÖŞÜ]")
# "adlı" (named) and a number or an adjective before a works' noun ("adlı üç romanı", "isimli son filminde").
_NAMED_WORDS = r"(?:adlı|isimli|adındaki|başlıklı)"
_NAMED = re.compile(rf"[ \t]+{_NAMED_WORDS}[ \t]+")
# ... and the members after the last one read, before it: "Manola" + ", Zorro" + " adlı üç romanı".
_LATER_NAMED = re.compile(
    rf"(?:{_SEPARATOR}[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*(?:[ \t]+[A-ZÇĞİÖŞÜ0-9][\w'’.:-]*){{0,4}}"
    rf"(?=[ \t]+{_NAMED_WORDS}[ \t]|{_SEPARATOR}))*"
)
_PLURAL_WORK = re.compile(r"\wl[ae]r")  # a works' noun in the plural: "romanları", "filmlerinde"
# a count before the noun: "adlı üç romanı", a list's titles
_COUNTS = frozenset({"iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on"})


def _named_works(
    text: str, spans: Sequence[Span], is_known: Callable[[str], bool], is_given: Callable[[str], bool]
) -> set[int]:
    """The spans of titles "adlı" and a works' noun follow, right after it or after a count or another word in no
    genitive (``Kayıp Zaman adlı romanında``, ``adlı son filminde``; not ``Ayşe Yılmaz adlı yazarın kitabı``: the
    work is the writer's); where the noun is plural or counted, the list's members before it too (``Il Cantino di
    Zinco, Manola, Zorro adlı üç romanı vardır``). Not a name the lists know, a titled person, a person's name
    opening with a given name (``Sevgi Yılmaz, ...``) nor one opening the sentence before the list (``Sevgi Yılmaz,
    Kuşlar ve Bulutlar adlı iki kitabı``: the author). The single title "adlı" follows without a list is
    :func:`newswire_tagger.entities.nouns.without_bare_titles`' too."""
    if " adlı " not in text and " isimli " not in text and " başlıklı " not in text and " adındaki " not in text:
        return set()  # the cheap test first
    ordered = sorted(spans, key=lambda s: s.start)
    examples: set[int] = set()
    for i, last in enumerate(ordered):
        later = _LATER_NAMED.match(text, last.end)
        listed = later is not None and later.end() > last.end
        named = _NAMED.match(text, later.end() if later is not None else last.end)
        if named is None or has_suffix_apostrophe(last.text) or is_title(previous_word(text, last.start)):
            continue
        if listed and opens_sentence(text, last.start):
            continue  # "Sevgi Yılmaz, Kuşlar ve Bulutlar adlı iki kitabı": the sentence's subject, then the list
        words = [w.strip(",.;:!?\"'’”") for w in text[named.end() : named.end() + 60].split()[:2]]
        if not words:
            continue
        if _WORKS_HEAD.match(words[0]):
            noun = words[0]
        elif len(words) > 1 and _GENITIVE_WORD.search(words[0]) is None and _WORKS_HEAD.match(words[1]):
            noun = words[1]  # "adlı üç romanı", "adlı son filminde"
        else:
            continue
        first = i
        if listed or _PLURAL_WORK.search(noun) or words[0] in _COUNTS:
            while first > 0 and _OTHER_MEMBERS.fullmatch(text, ordered[first - 1].end, ordered[first].start):
                if opens_sentence(text, ordered[first - 1].start) and text.startswith(",", ordered[first - 1].end):
                    break  # the sentence's subject, then the list
                first -= 1
        examples.update(
            id(s)
            for s in ordered[first : i + 1]
            if not is_known(canonical_name(s.text, s.type)) and not _named_person(s, is_given)
        )
    return examples


# The genitive's ending on a lower-case word: "yazarın", "partinin", "şirketin" (the work's owner, before it).
_GENITIVE_WORD = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")


def _named_person(span: Span, is_given: Callable[[str], bool]) -> bool:
    """Whether a span is a person's of two words or more, a given name first."""
    return span.type == "PER" and " " in span.text and is_given(span.text.split()[0])


def firms_in_lists(text: str, spans: Sequence[Span], is_known: Callable[[str], bool]) -> list[Span]:
    """The names of a list given as examples of firms, brands or shops are bodies: ``Valentino, Stella McCartney,
    Pucci gibi yeni butikler``, ``Zara, Mango gibi markalar`` (the model reads a designer's house as its founder).
    Not a name the lists know."""
    examples = _listed_examples(text, spans, _FIRMS_HEAD, is_known)
    if not examples:
        return list(spans)
    # (a person the article names in full is listed beside the firms he attacked, not as one: "22 yaşında
    # Weatherhead, Mastercard, Visa, Paypal gibi şirketlere" after "Christopher Weatherhead")
    surnames = {fold(strip_apostrophe_suffix(s.text.split()[-1])) for s in spans if s.type == "PER" and " " in s.text}
    return [
        replace(s, type="ORG") if id(s) in examples and fold(strip_apostrophe_suffix(s.text)) not in surnames else s
        for s in sorted(spans, key=lambda s: s.start)
    ]


def _listed_examples(
    text: str, spans: Sequence[Span], head: re.Pattern[str], is_known: Callable[[str], bool]
) -> set[int]:
    """The spans of a list (or one span) ``gibi`` and a plural noun ``head`` matches follow (see
    :func:`_gives_examples`), no titled person and no name the lists know among them: the list's other members
    before the last, read or not, count too."""
    if " gibi " not in text:
        return set()  # the cheap test first
    ordered = sorted(spans, key=lambda s: s.start)
    examples: set[int] = set()
    for i, last in enumerate(ordered):
        if has_suffix_apostrophe(last.text) or not _gives_examples(text, last.end, head):
            continue
        if is_title(previous_word(text, last.start)):
            continue  # "Yazar Ahmet Ümit gibi ...": a titled person
        first = i
        while first > 0 and _OTHER_MEMBERS.fullmatch(text, ordered[first - 1].end, ordered[first].start):
            if opens_sentence(text, ordered[first - 1].start) and text.startswith(",", ordered[first - 1].end):
                break  # "Pixar, Finding Nemo ... gibi filmlerin yapımcısı": the sentence's subject, then the list
            first -= 1  # the list's other members, read or not: "Finding Nemo, Toy Story ve " + "Cars"
        examples.update(id(s) for s in ordered[first : i + 1] if not is_known(canonical_name(s.text, s.type)))
    return examples


def _gives_examples(text: str, end: int, head: re.Pattern[str]) -> bool:
    """Whether ``gibi`` and a noun ``head`` matches follow ``end`` (past the list's members the model did not read),
    at most three words between, none a genitive."""
    later = _LATER_MEMBERS.match(text, end)
    gibi = _GIBI.match(text, later.end() if later is not None else end)
    if gibi is None:
        return False
    previous = gibi.end()
    for count, word in enumerate(_WORDS_AFTER.finditer(text, gibi.end(), gibi.end() + 120)):
        if text[previous : word.start()].strip():
            return False  # punctuation between: the sentence goes on otherwise
        previous = word.end()
        if head.match(word.group()):
            # right after "gibi" the examples' own works in the possessive are a clause about them ("Yılmaz Güney
            # gibi filmleri yasaklanan", "Ahmet Ümit gibi kitapları çok satan"): a bare plural only there
            return count > 0 or _BARE_PLURAL.search(word.group()) is not None
        if count >= _MAX_BETWEEN or _NOT_A_MODIFIER.search(word.group()) or has_suffix_apostrophe(word.group()):
            return False  # "... gibi Türk yazarlardan 8 roman": the examples are writers
    return False


def _works_list(text: str, end: int) -> bool:
    """Whether the list going on at ``end`` closes with a works' noun: its members are titles, not names
    (``..., Wicked Game ve The Funeral Of Hearts gibi hit şarkıları``); a genitive before it names their authors
    (``Orhan Pamuk ve Elif Şafak'ın kitapları``)."""
    for count, word in enumerate(_LIST_TAIL_WORD.finditer(text, end, end + 300)):
        token = word.group().strip(",;\"'’”“")
        if count > 30 or not token:
            return False
        if is_works_noun(token):
            return True
        if has_suffix_apostrophe(token) or token.endswith("."):
            return False
        if token not in _LIST_GLUE and not token[:1].isupper() and not token[:1].isdigit():
            return False
    return False


# A plural street's, road's, quarter's or village's noun closing a list of their names, the list's shared head, in
# the possessive or bare: "İpek, Kaktüs ve Menekşe sokakları", "Aşiyan, Battal Gazi caddelerinde", "Parlar ve
# Tağmaç sokaklar" (not "sokaklara", "sokaklarda": to the streets, in the streets).
_STREET_PLURALS = r"(?:[Ss]okak|[Cc]adde|[Yy]okuş|[Bb]ulvar|[Kk]öy|[Mm]ahalle|[Çç]ıkmaz)l[ae]r"
_STREETS_NOUN = re.compile(rf"[^\S\n]+{_STREET_PLURALS}(?:[ıi]|[ıi]n[a-zçğıöşü]*)?(?![\w'’])")
# One member: a number alone (a numbered street, "9, 10, 11 ... sokakları") or up to three capitalised words, an
# ordinal first ("2. Mine").
_STREET_MEMBER = re.compile(
    r"(?:(?<![\w.])\d{1,4}(?:/\d{1,3})?|(?:(?<![\w.'’])\d{1,3}\.[^\S\n]+)?(?<![\w'’-])[A-ZÇĞİÖŞÜ][\w’'.-]*"
    r"(?:[^\S\n]+[A-ZÇĞİÖŞÜ][\w’'.-]*){0,2})$"
)
_STREET_SEPARATOR = re.compile(r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:ve|ile)[^\S\n]+)$")
# the cheap test: the plurals' stems anywhere, as plain substrings (a scan of a class-led alternation is slow)
_STREET_STEMS = tuple(
    f"{noun}l"
    for stem in ("sokak", "cadde", "yokuş", "bulvar", "köy", "mahalle", "çıkmaz")
    for noun in (stem, stem[0].upper() + stem[1:])
)
_STREET_CONFIDENCE = 0.9
_MIN_STREET_LETTERS = 2


def streets_in_lists(
    text: str,
    spans: Sequence[Span],
    may_be_member: Callable[[str, bool], bool],
    is_person_or_body: Callable[[str], bool],
) -> list[Span]:
    """Every member of a list of two names or more closed by a plural street's, road's or village's noun is a place
    (``Demirkapı Mahallesi İpek, Kaktüs, Menekşe, ... Melek sokakları``, ``Parlar ve Tağmaç sokaklar``): read by the
    model or not, whatever type it gave; what overlaps a member goes. A member stops at a word with a case ending or
    a head's word (``Demirkapı Mahallesi``, ``Fatih'te``); ``may_be_member(name, opens_sentence)`` says whether a
    member may be one (not ``Kürt ve Türk köyleri``, nor ``Ayrıca, İpek ve Kaktüs sokakları``). One name before the
    noun is a city's streets (``İstanbul sokaklarında``), no list; nor members all of whom the lists know as people or
    bodies (``Kılıçdaroğlu ve Bahçeli mahalleleri ziyaret etti``, ``Fenerbahçe ve Galatasaray sokakları``: the nouns'
    accusative, visited or filled by them)."""
    if not any(stem in text for stem in _STREET_STEMS):
        return list(spans)  # the cheap test first
    found: list[Span] = []
    for noun in _STREETS_NOUN.finditer(text):
        members = _street_members(text, noun.start(), may_be_member)
        if len(members) > 1 and not all(is_person_or_body(text[start:end]) for start, end in members):
            found.extend(Span("LOC", start, end, text[start:end], _STREET_CONFIDENCE) for start, end in members)
    if not found:
        return list(spans)
    kept = [s for s in spans if not any(s.start < m.end and m.start < s.end for m in found)]
    return sorted([*kept, *found], key=lambda s: s.start)


def _street_members(text: str, end: int, may_be_member: Callable[[str, bool], bool]) -> list[tuple[int, int]]:
    """The (start, end) of each member of the list ending at ``end``, last first (see :func:`streets_in_lists`)."""
    members: list[tuple[int, int]] = []
    while True:
        match = _STREET_MEMBER.search(text, max(0, end - 80), end)
        if match is None:
            return members
        start = _member_start(text, match.start(), end)
        if start is None or not may_be_member(text[start:end], opens_sentence(text, start)):
            return members
        member = text[start:end]
        letters = sum(c.isalpha() for c in member)
        if in_plural_genitive(member) or in_genitive(member) or 0 < letters < _MIN_STREET_LETTERS:
            return []  # "Katolikler ile Protestanların mahalleleri": their quarters, no names; "A" alone none
        if letters:
            members.append((start, end))  # (a numbered street, "9, 10, 11", is a member the list goes on past)
        if start > match.start():
            return members  # the member followed a head's word or a case ending: the list opens here
        separator = _STREET_SEPARATOR.search(text, max(0, start - 8), start)
        if separator is None:
            return members
        end = separator.start()


def _member_start(text: str, start: int, end: int) -> int | None:
    """Where a member found at ``start`` opens: after the last word of it with a case ending or a head's word
    (``Demirkapı Mahallesi İpek`` → ``İpek``); None when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for word in reversed(words):
        token = word.group()
        if has_suffix_apostrophe(token) or head_type(strip_apostrophe_suffix(token)) is not None:
            first = words.index(word) + 1
            return start + words[first].start() if first < len(words) else None
    return start
