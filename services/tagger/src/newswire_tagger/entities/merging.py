"""Group the mentions of one entity: same name, a person's surname, an organisation's acronym."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from newswire_schemas import EntityType

from newswire_tagger.entities.gazetteer import Organisation, Place
from newswire_tagger.entities.heads import is_club, is_group_or_legal_form
from newswire_tagger.entities.kb import KnownEntity
from newswire_tagger.entities.names import KIN_NOUNS, fold, in_genitive, is_acronym, turkish_lower, turkish_upper
from newswire_tagger.entities.people import previous_word
from newswire_tagger.entities.titles import RULERS, TITLE_HEADS

# A case ending glued to a surname without its apostrophe: "Özenle", "Yıldızın", "Şallıya", "Keserin".
_GLUED_CASE = re.compile(
    r"(?<=[a-zçğıöşü])(?:yle|yla|le|la|nin|nın|nun|nün|in|ın|un|ün|ye|ya|yi|yı|yu|yü|e|a|i|ı|u|ü|de|da|den|dan)$"
)
_MIN_SURNAME = 4
_SHORT_AND_FORM = 2  # an acronym and its group's or legal form: "EVYAP Holding"
_FAMILY_AND_GIVEN = 2  # an East Asian name: a family name, then a given name ("Park Geun-hye")
# A kin word after a name in the genitive ("Park Chung-hee'nin kızıdır", "Kim Jong-il'in oğlu") or right before it
# ("babası Kim Jong-il'in ölümü").
_KIN_AFTER = re.compile(rf"[ \t]+(?:{KIN_NOUNS}|anma|cenaze)[a-zçğıöşü]*(?![\w])")
_KIN_BEFORE = re.compile(rf"(?:{KIN_NOUNS})[ \t]+$")
_MIN_VARIANT_LENGTH = 6  # shorter surnames one letter apart are often two names (Ercan, Ercen)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Function words an acronym skips: Avrupa Güvenlik ve İşbirliği Teşkilatı → AGİT.
_ACRONYM_SKIPPABLE = frozenset({"ve", "ile", "için", "of", "and", "the", "for", "de", "da", "du", "la", "el"})


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One span after normalisation: where it is, how it was written, the name it stands for."""

    start: int
    end: int
    text: str
    name: str
    confidence: float


@dataclass(slots=True)
class Cluster:
    """The mentions believed to name one entity, and what the gazetteer knows of it."""

    type: EntityType
    occurrences: list[Occurrence]
    place: Place | None = None
    organisation: Organisation | None = None
    key: str = field(default="")
    known: KnownEntity | None = None

    def names(self) -> list[str]:
        """Canonical names of the mentions, in text order."""
        return [o.name for o in self.occurrences]

    def absorb(self, other: Cluster) -> None:
        """Take over ``other``'s mentions (and its gazetteer match if this cluster has none)."""
        self.occurrences = sorted([*self.occurrences, *other.occurrences], key=lambda o: o.start)
        self.place = self.place or other.place
        self.organisation = self.organisation or other.organisation
        self.known = self.known or other.known

    def display_name(self) -> str:
        """The entity's name: the gazetteer's for countries and curated organisations, else the mentions' best."""
        if self.organisation is not None:
            return self.organisation.name
        if self.known is not None and self.known.type in ("PER", "ORG"):
            return self.known.name
        if self.place is not None and self.place.is_country:
            return self.place.name
        names = self.names()
        if self.type == "PER" or self.place is not None:
            # A dateline or headline in capitals (BAKÜ) is not how the name is spelt; an unknown
            # all-capitals place (KKTC) may be an acronym, so it is left as written.
            names = [n for n in names if n != turkish_upper(n)] or [self._spelt(n) for n in names]
        if self.type == "PER":
            best = max(names, key=lambda n: (len(n.split()), -names.index(n)))
            # "Tunca Zeki BERKKUR", as bylines write a surname: the name, not its typography; "Ahmet Ç.", the
            # initial a minor's or a suspect's surname is cut to, keeps its dot
            words = [_title_case(w) if len(w) > 2 and w == turkish_upper(w) else w for w in best.split(" ")]
            if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
                words[-1] += "."
            return " ".join(words)
        full = [n for n in names if not is_acronym(n)] or names
        # a headline's capitals are not how the name is spelt: "Süveyş Kanalı" beside "SÜVEYŞ KANALI"
        full = [n for n in full if n != turkish_upper(n)] or full
        counts = Counter(full)
        return max(full, key=lambda n: (counts[n], len(n), -names.index(n)))

    def _spelt(self, name: str) -> str:
        """A name in capitals in title case with the Turkish i/ı, but a foreign place's ``I`` as the gazetteer spells
        it (``INDIANA`` → ``Indiana``, not ``Indıana``; ``İSTANBUL`` stays ``İstanbul``)."""
        titled = _title_case(name)
        if self.place is not None and "ı" in titled and titled.replace("ı", "i") == self.place.name:
            return self.place.name
        return titled


_INITIALS = re.compile(r"^(?:\w\.)+\w?\.?$")
_ROMAN = re.compile(r"^[IVXLC]+\.?$")  # a regnal number: "XVI. Gustaf", "Louis XIV"


# A word in capitals no Turkish word is: no letter of Turkish's own (Ç, Ğ, İ, Ö, Ş, Ü) and a W, an X, a "CH", or two
# vowels Turkish never writes together ("HAWKING", "XAVI", "CHRISTIAN", "DANIEL", "GALILEO"): a foreign name, its I
# an i ("Hawking", not "Hawkıng"; Arabic names too: "NAIM" is "Naim"). Not an I before A, O or U: Turkish compounds
# write one (Sarıaslan, Hacıosman) as foreign names do (Maria, Dior), which stay as before; nor "ŞANLIURFA",
# "KIRAATHANE" (a long vowel), "SUMQAYIT" (Azerbaijani writes Q, and ı).
_FOREIGN_CAPITALS = re.compile(r"^[^ÇĞİÖŞÜ]*(?:W|X|CH|IE|EI|AI|OI|UI|EO|EA|OA|AE|OE)[^ÇĞİÖŞÜ]*$")


def _title_case(name: str) -> str:
    """``BAKÜ`` → ``Bakü``, ``İSTANBUL`` → ``İstanbul``, Turkish i/ı kept right, but a foreign name's I an i
    (``HAWKING`` → ``Hawking``); initials and regnal numbers stay capitals (``M.K.``, ``XVI.``)."""
    return " ".join(_title_word(word) for word in name.split(" "))


def _title_word(word: str) -> str:
    """One word of :func:`_title_case`."""
    if _INITIALS.match(word) or _ROMAN.match(word):
        return word
    rest = turkish_lower(word[1:])
    return word[:1] + (rest.replace("ı", "i") if _FOREIGN_CAPITALS.search(word) else rest)


def group_exact(clusters: Iterable[Cluster]) -> list[Cluster]:
    """Merge clusters with the same type and key (gazetteer id, else folded canonical name)."""
    by_key: dict[tuple[str, str], Cluster] = {}
    for cluster in clusters:
        existing = by_key.get((cluster.type, cluster.key))
        if existing is None:
            by_key[(cluster.type, cluster.key)] = cluster
        else:
            existing.absorb(cluster)
    return list(by_key.values())


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(token in remaining for token in short)


def _name_tokens(cluster: Cluster) -> list[str]:
    """Folded words of the cluster's fullest name (its key may be an id such as ``per:binyamin-netanyahu``)."""
    return max((fold(n).split() for n in cluster.names()), key=len, default=[])


def merge_person_parts(
    clusters: list[Cluster],
    text: str = "",
    is_given_name: Callable[[str], bool] | None = None,
    is_common_word: Callable[[str], bool] | None = None,
    headline_end: int = 0,
) -> list[Cluster]:
    """Fold ``Bayramov`` (or a first+last subset, or a lone first name, or given names alone where
    ``is_given_name`` tells them) into the one fuller name it belongs to.

    The fuller name keeps the known person a shorter mention was linked to only where it may be that person (a given
    name of theirs, or a common word the model glued first: ``is_common_word``); ``Hasan Erdoğan`` is someone else.

    A surname two people of ``text`` share goes, mention by mention, to the one named in full last before it,
    when a sentence ends between the two people's last full mentions. ``headline_end``: where the headline ends
    (0 when the text has none): a headline names a person short before the body names them in full.
    """
    people = sorted((c for c in clusters if c.type == "PER"), key=lambda c: -len(_name_tokens(c)))
    tokens_of = {id(c): _name_tokens(c) for c in people}
    root: dict[int, Cluster] = {}
    for i, short in enumerate(people):
        tokens = tokens_of[id(short)]
        if not tokens:
            continue
        given = is_given_name is not None and all(is_given_name(w) for w in max(short.names(), key=len).split())
        longer = [
            long
            for long in people[:i]
            if _part_of(tokens, tokens_of[id(long)])
            or (
                (_shortened(short, long) or (given and _given_names_of(tokens, tokens_of[id(long)])))
                and _named_first(long, short, headline_end)
            )
        ]
        if not longer and len(tokens) == 1 and _addressed(text, short):
            # "Tayyip Bey": a middle given name with an address, of one person the lists know or the copy named first
            longer = [
                long
                for long in people[:i]
                if tokens[0] in tokens_of[id(long)][1:-1]
                and (
                    long.known is not None
                    or _named_first(long, short, headline_end)
                    or _named_in_brackets(text, short, long)
                )
            ]
        if len(tokens) == 1 and short.known is not None and _titled(text, short):
            # a known person's surname after a title is that person, not the given name of another opening with it
            # ("Başbakan Erdoğan" beside "Enerji Bakanı Erdoğan Bayraktar"; "Fidan" after "Fidan Kırbaç" is hers)
            longer = [long for long in longer if tokens_of[id(long)][0] != tokens[0]]
        if not longer and len(tokens) == 1 and len(tokens[0]) >= _MIN_VARIANT_LENGTH:
            # "Henrik Christiensen" ... "Christensen": one letter apart, the same surname spelt twice ways
            longer = [long for long in people[:i] if _one_edit_apart(tokens[0], tokens_of[id(long)][-1])]
        # A lone word that ends one fuller name and starts another ("Günay" beside "Ertuğrul Günay" and a glued
        # "Günay Co-pilot") is the surname: a surname alone names someone far more often than a first name does.
        # ("Ebu Şerh" of "Hüseyin Ebu Şerh" likewise: a multi-word surname)
        by_surname = [long for long in longer if tokens_of[id(long)][-len(tokens) :] == tokens]
        hosts = {id(root.get(id(long), long)): root.get(id(long), long) for long in by_surname or longer}
        if len(hosts) == 1 and given and len(tokens) == 1 and _other_office(text, short, next(iter(hosts.values()))):
            continue  # "Kral Abdullah" ... "Cumhurbaşkanı Abdullah Gül": a king and a president, one given name
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            first_word = max(host.names(), key=len).split()[0]
            if (
                host.known is None
                and short.known
                and not _may_be(tokens_of[id(host)], first_word, short.known, is_common_word)
            ):
                if _titled(text, short) and not _titles(text, short) & _titles(text, host):
                    continue  # "Michelle Obama" ... "Başkan Obama": the president, a second person
                # ("Savcı Ali İhsan Demirel" ... "Savcı Demirel": the prosecutor the article names, by the same title)
                short.known = None  # "Hasan Erdoğan" ... "Erdoğan": the judge, not the president the lists know
            host.absorb(short)
            root[id(short)] = host
        elif (by_surname or _family_name_first(tokens, list(hosts.values()))) and (
            _share_by_position(short, list(hosts.values()), text)
        ):
            # Two people share the surname ("Nebile Bahar" ... "Sara Bahar" ... "Bahar,"): wire copy writes the
            # surname alone for the one it named in full last, so each mention goes to that person. An East Asian
            # family name is written first ("Park Geun-hye" ... "Park Won-soon" ... "Park,").
            root[id(short)] = short
    return [c for c in clusters if id(c) not in root]


def merge_unspaced(clusters: list[Cluster]) -> list[Cluster]:
    """A name of one word that is another name of the article without its spaces (``Mehmetİnceköy`` beside
    ``Mehmet İnceköy``: the copy lost a space) folded into that name's cluster."""
    spaced = {"".join(name.split()): c for c in clusters for name in c.names() if " " in name}
    if not spaced:
        return clusters
    folded: set[int] = set()
    for cluster in clusters:
        names = cluster.names()
        host = spaced.get(names[0]) if all(" " not in n and n == names[0] for n in names) else None
        if host is not None and id(host) not in folded:
            host.absorb(cluster)
            folded.add(id(cluster))
    return [c for c in clusters if id(c) not in folded]


def merge_glued_case_endings(clusters: list[Cluster], text: str) -> list[Cluster]:
    """Fold a person's name written with a case ending glued to the surname, no apostrophe (``Gökhan Özenle``,
    ``Bekir Yıldızın``, ``Ebru Şallıya``), into the person the article names without it (``Gökhan Özen``). Only a
    surname of four letters or more before the ending (``Ak``, ``Aka`` are two surnames), and not a name the lists
    know nor one the article writes with an apostrophe's ending too (``Ali Güneri'nin``: a surname of its own)."""
    people = {c.names()[0]: c for c in clusters if c.type == "PER" and c.names()}
    absorbed: set[int] = set()
    for name, cluster in people.items():
        if " " not in name or len(set(cluster.names())) != 1:
            continue
        glued = _GLUED_CASE.search(name)
        bare = name[: glued.start()] if glued is not None else ""
        host = people.get(bare)
        if host is None or host is cluster or len(bare.rsplit(maxsplit=1)[-1]) < _MIN_SURNAME:
            continue
        if cluster.known is not None or re.search(rf"\b{re.escape(name.rsplit(maxsplit=1)[-1])}['’]", text):
            continue  # a surname of its own, written with its case ending too ("Ali Güneri'nin" beside "Ali Güner")
        full = host.names()[0]
        host.absorb(Cluster(host.type, [replace(o, name=full) for o in cluster.occurrences]))
        absorbed.add(id(cluster))
    return [c for c in clusters if id(c) not in absorbed]


def _family_name_first(short: list[str], hosts: list[Cluster]) -> bool:
    """Whether the one folded word ``short`` opens every host's name, each written as an East Asian name: a family
    name and a hyphenated given name (``park`` of ``Park Geun-hye`` and ``Park Won-soon``)."""
    return len(short) == 1 and all(
        any(
            len(words := name.split()) == _FAMILY_AND_GIVEN and fold(words[0]) == short[0] and "-" in words[1]
            for name in host.names()
        )
        for host in hosts
    )


def _share_by_position(short: Cluster, hosts: list[Cluster], text: str) -> bool:
    """Give each of ``short``'s mentions to the host named in full last before it.

    Where that is unclear the surname is still one of theirs, never a person of its own: a headline's surname
    before any full name (``Denktaş, mezarı başında anıldı`` ... ``Rauf Denktaş`` ... ``oğlu Serdar Denktaş``) goes
    to the one named in full first, the article's subject; a surname after two people of one sentence (``Ahmet
    Yılmaz ile Mehmet Yılmaz görüştü. Yılmaz ...``) to the one named last.
    """
    full = sorted((o.start, o.end, i) for i, host in enumerate(hosts) for o in host.occurrences if " " in o.name)
    if not full:
        return False
    # a relative named in the genitive before a kin word is no one the copy goes on about ("Park Chung-hee'nin
    # kızı" ... "Park,": the daughter, named in full before)
    said = [(start, end, i) for start, end, i in full if not _relative_named(text, start, end)]
    full = said or full
    owners: list[int] = []
    for occurrence in short.occurrences:
        latest: dict[int, tuple[int, int]] = {i: (start, end) for start, end, i in full if start < occurrence.start}
        if not latest:
            owners.append(full[0][2])
            continue
        owner = max(latest, key=lambda i: latest[i][0])
        owners.append(owner)
    for k, host in enumerate(hosts):
        mine = [o for o, owner in zip(short.occurrences, owners, strict=True) if owner == k]
        if mine:
            host.absorb(Cluster(short.type, mine, key=short.key))
    return True


def _relative_named(text: str, start: int, end: int) -> bool:
    """Whether the name written at ``start:end`` is in the genitive with a kin word after or before it (``Kim
    Jong-il'in oğlu``, ``babası Kim Jong-il'in``): the relative of whom the article speaks."""
    return in_genitive(text[start:end]) and (
        _KIN_AFTER.match(text, end) is not None or _KIN_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _may_be(
    tokens: list[str], first_word: str, known: KnownEntity, is_common_word: Callable[[str], bool] | None
) -> bool:
    """Whether a person the article names in full (folded ``tokens``) may be the known person a shorter mention of
    theirs was linked to: one given name written is one of the known name's, spelt alike or one letter apart
    (``Recep Erdoğan``, ``Prof. Dr. Ahmet Davutoğlu``, ``Seyid Hasan Nasrallah``), or the first word is a common word
    opening a span the model glued (``first_word``, as written: ``Televizyon Konuluyor Öcalan``); not ``Hasan
    Erdoğan`` or ``Müslüm Şimşek``."""
    given = fold(known.name).split()[:-1]
    if any(
        word == other or (len(word) > 3 and _one_edit_apart(word, other)) for word in tokens[:-1] for other in given
    ):
        return True
    return is_common_word is not None and is_common_word(first_word)


def _titled(text: str, cluster: Cluster) -> bool:
    """Whether an office's title comes right before one of the cluster's mentions (``Başbakan Erdoğan``)."""
    return bool(_titles(text, cluster))


def _titles(text: str, cluster: Cluster) -> set[str]:
    """The offices' titles right before the cluster's mentions (``Savcı`` of ``Savcı Demirel``)."""
    return {word for o in cluster.occurrences if (word := previous_word(text, o.start)) in TITLE_HEADS}


def _other_office(text: str, short: Cluster, host: Cluster) -> bool:
    """Whether a given name alone is a ruler's (``Kral Abdullah``, ``Suudi Arabistan Kralı Abdullah``: rulers are named
    by the given name and the title) and the full name it would join is written after another office only
    (``Cumhurbaşkanı Abdullah Gül``); a ruler's title compared without its possessive (``Kralı``, ``Kral``)."""
    mine, theirs = _reigns(text, short), _reigns(text, host)
    return bool(mine) and bool(_titles(text, host)) and not mine & theirs


def _reigns(text: str, cluster: Cluster) -> set[str]:
    """The rulers' titles before the cluster's mentions, as their stems (``Kralı`` → ``kral``)."""
    found = set()
    for word in _titles(text, cluster):
        lowered = turkish_lower(word)
        stems = [stem for stem in _RULER_STEMS if lowered.startswith(stem) and len(lowered) <= len(stem) + 2]
        if stems:
            found.add(max(stems, key=len))
    return found


# The rulers' titles as stems a possessive may follow ("kral" of "Kralı").
_RULER_STEMS = frozenset(turkish_lower(title) for title in RULERS)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter inserted, dropped or changed turns ``a`` into ``b`` (and they differ)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


# The address after a given name, in any case: "Tayyip Bey", "Nurhan Hanım'ın", "Lütfi Beyin" (not "Ahmet Beyaz").
_GIVEN_NAME_ADDRESS = re.compile(
    r"[ \t]+(?:Bey|Hanım)(?:efendi)?(?:['’][a-zçğıöşü]+|[iı]n|[ea]|d[ea]n|l[ea]|[iı])?(?![\w])"
)


def _addressed(text: str, cluster: Cluster) -> bool:
    """Whether the copy addresses ``cluster``'s name with "Bey" or "Hanım" (``Tayyip Bey``): a given name a person
    goes by, the middle one of a full name too (``Recep Tayyip Erdoğan``), which Turkish addresses that way."""
    return any(_GIVEN_NAME_ADDRESS.match(text, o.end) is not None for o in cluster.occurrences)


# ... and the full name in brackets right after it: "Lütfi Beyin (Ömer Lütfi Akad)".
_BRACKETED_AFTER = re.compile(rf"{_GIVEN_NAME_ADDRESS.pattern}[ \t]*\([ \t]*")


def _named_in_brackets(text: str, short: Cluster, long: Cluster) -> bool:
    """Whether the copy names ``long`` in brackets right after ``short`` and its address (``Lütfi Beyin (Ömer Lütfi
    Akad)``): the person the address names, in full."""
    starts = {o.start for o in long.occurrences}
    return any(
        (after := _BRACKETED_AFTER.match(text, o.end)) is not None and after.end() in starts for o in short.occurrences
    )


def _part_of(short: list[str], long: list[str]) -> bool:
    """``Cook`` of ``Lisa Cook``, ``Recep Erdoğan`` of ``Recep Tayyip Erdoğan``, or a lone first name."""
    if len(long) <= len(short):
        return False
    if long[-1] == short[-1] and _is_subsequence(short, long):
        return True
    return len(short) == 1 and long[0] == short[0]


def _shortened(short: Cluster, long: Cluster) -> bool:
    """A two-word name's short form: its surname's initial (``Uğur K.`` of ``Uğur Korunmaz``; not of ``Uğur Sarı``
    for ``Uğur Ş.``: the initial is compared as written, not folded)."""
    first, second = (turkish_lower(max(c.names(), key=len)).split() for c in (short, long))
    if len(first) != 2 or len(second) != 2 or first[0] != second[0]:
        return False
    return len(first[1].rstrip(".")) == 1 and second[1][0] == first[1][0]


def _named_first(long: Cluster, short: Cluster, headline_end: int = 0) -> bool:
    """Whether the fuller name comes first, written with its words apart: copy names a person in full, then
    shortens (``Mehmet Ali Birand`` ... ``Mehmet Ali``); a fuller name only later is as often two names glued
    (``Selahattin Demirtaş Strasburg``), and so is one with a word joined by a stop (``Samira İbrahim.ABD``). A
    headline before the body counts as later: it shortens the name the body writes in full (``Engin Altan terk
    edildi`` ... ``Engin Altan Düzyatan``)."""
    first = min(long.occurrences, key=lambda o: o.start)
    short_first = min(o.start for o in short.occurrences)
    return (first.start < short_first or short_first < headline_end <= first.start) and len(first.name.split()) == len(
        fold(first.name).split()
    )


def _given_names_of(short: list[str], long: list[str]) -> bool:
    """``Mehmet Akif`` of ``Mehmet Akif Ersoy``: two given names or more before one surname (the caller checks
    they are given names: ``Justin Bieber`` of a glued ``Justin Bieber Selena`` is no such part; two people glued,
    ``Hikmet Çetin Mehmet Ali Birand``, have more words)."""
    return len(short) > 1 and len(long) == len(short) + 1 and long[: len(short)] == short


def spells(acronym: str, words: list[str]) -> bool:
    """Whether word prefixes, in order, spell ``acronym`` (``TÜİK`` ← Türkiye İstatistik Kurumu)."""
    letters = turkish_upper(acronym)
    upper = [turkish_upper(w) for w in words]
    skippable = [w.lower() in _ACRONYM_SKIPPABLE for w in words]

    def walk(i: int, j: int) -> bool:
        if j == len(upper):
            return i == len(letters)
        if skippable[j] and walk(i, j + 1):
            return True
        size = 1
        while i + size <= len(letters) and upper[j][:size] == letters[i : i + size]:
            if walk(i + size, j + 1):
                return True
            size += 1
        return False

    return len(words) >= 2 and walk(0, 0)


def merge_acronyms(clusters: list[Cluster], text: str) -> list[Cluster]:
    """Fold an organisation's acronym into its expansion when the article gives both (one expansion only).

    An acronym the lists link to another body (``AP``, Associated Press) joins the article's expansion only where
    the article defines it so, in brackets after it (``Avrupa Parlamentosu (AP)``), and then drops that link.
    """
    orgs = [c for c in clusters if c.type == "ORG"]
    absorbed: set[int] = set()
    for short in orgs:
        for acronym in dict.fromkeys(n for n in (short.display_name(), *short.names()) if is_acronym(n)):
            hosts = [
                c for c in orgs if c is not short and id(c) not in absorbed and spells(acronym, c.names()[0].split())
            ]
            if len(hosts) != 1:
                continue
            host = hosts[0]
            linked = short.known is not None or short.organisation is not None
            if linked and short.display_name() != acronym and not _same_body(host.names()[0], short.display_name()):
                # the lists spell the acronym out as another body ("Associated Press" for the article's "Avrupa
                # Parlamentosu"): the article's meaning only where it says so, and then not the lists'
                if not _defines(text, host, acronym):
                    continue
                short.known = short.organisation = None
            host.absorb(short)
            absorbed.add(id(short))
            break
    return [c for c in clusters if id(c) not in absorbed]


def merge_company_short_forms(
    clusters: list[Cluster], is_company_word: Callable[[str], bool], is_place: Callable[[str], bool]
) -> list[Cluster]:
    """Fold a company's short form into the one full name the article gives it: ``Karaca`` into ``Karaca
    Tekstil``, ``Doğuş`` into ``Doğuş Holding``.

    The full name is the short form then company words only (``is_company_word``: ``Tekstil``, ``Holding``); the short
    form an organisation's mention, or a person's the lists do not know (the model's guess), and no place
    (``is_place``: ``Japonya`` beside ``Japonya Havayolları``, ``Kayseri`` beside ``Kayseri Enerji``, whatever type the
    model read it as). Only where no other body's name opens with the word (``Garanti Teknoloji`` and ``Garanti
    Bankası``: which one is unclear). An acronym joins only a name of two words, its group's or legal form
    (``EVYAP Holding``; not ``ODTÜ Elektronik``, a firm apart from the university, nor ``TCDD Taşımacılık A.Ş.``); a
    short form the lists know joins only a full name they know as the same body (``Hürriyet`` the paper stays apart
    from ``Hürriyet Holding``; a listed club and its ``AŞ`` are one through the linker's legal forms).
    """
    hosts: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = max(cluster.names(), key=len).split() if cluster.type == "ORG" else []
        if len(words) > 1:
            hosts.setdefault(fold(words[0]), []).append(cluster)
    if not hosts:
        return clusters
    absorbed: set[int] = set()
    for short in clusters:
        names = set(short.names())
        if len(names) != 1 or " " in (name := names.pop()) or len(found := hosts.get(fold(name), [])) != 1:
            continue
        host = found[0]
        words = max(host.names(), key=len).split()
        linked = short.known is not None or short.organisation is not None or short.place is not None
        if (
            short.type == "LOC"
            or (linked and (host.known is None or short.known is None or short.known.id != host.known.id))
            or is_place(name)
            or not all(is_company_word(w) for w in words[1:])
            or (is_acronym(name) and not (len(words) == _SHORT_AND_FORM and is_group_or_legal_form(words[1])))
        ):
            continue
        # the short form's mentions stand for the full name ("Karaca" writes "Karaca Tekstil")
        full = " ".join(words)
        host.absorb(Cluster(host.type, [replace(o, name=full) for o in short.occurrences]))
        absorbed.add(id(short))
    return [c for c in clusters if id(c) not in absorbed]


def merge_body_tails(
    clusters: list[Cluster], text: str, is_head: Callable[[str], bool], is_abroad: Callable[[str], bool]
) -> list[Cluster]:
    """Fold a body's name that is the tail of the one fuller name the article gives (``Çağrı Merkezi`` into ``Doğan
    Çağrı Merkezi``, ``Diyanet Vakfı`` into ``Türkiye Diyanet Vakfı``): a second mention that drops the name's first
    words. Only a name of two words or more a head closes (``is_head``), that no list knows (``Dışişleri Bakanlığı``
    beside ``ABD Dışişleri Bakanlığı`` is the article's own country's), that ends exactly one fuller name, and whose
    mentions follow no capitalised word (``Yeni Özgürlük Platformu`` may be another platform). Not into a name that
    opens with a place abroad (``is_abroad``): ``Almanya Futbol Federasyonu`` ... ``Futbol Federasyonu Başkanı Mehmet
    Büyükekşi`` is the copy's own country's."""
    tails = [
        (c, name)
        for c in clusters
        if c.type == "ORG"
        and c.known is None
        and c.organisation is None
        and len(set(c.names())) == 1
        and " " in (name := c.names()[0])
        and is_head(name.rsplit(maxsplit=1)[-1])
        and not any(previous_word(text, o.start)[:1].isupper() for o in c.occurrences)
    ]
    if not tails:
        return clusters
    absorbed: set[int] = set()
    for short, name in tails:
        ending = " " + fold(name)
        hosts = [
            c
            for c in clusters
            if c is not short and c.type == "ORG" and any(fold(n).endswith(ending) for n in c.names())
        ]
        if len(hosts) != 1 or id(hosts[0]) in absorbed:
            continue
        host = hosts[0]
        full = max(host.names(), key=len)
        if is_abroad(full.split(maxsplit=1)[0]):
            continue
        host.absorb(Cluster(host.type, [replace(o, name=full) for o in short.occurrences]))
        absorbed.add(id(short))
    return [c for c in clusters if id(c) not in absorbed]


def _same_body(name: str, other: str) -> bool:
    """Whether ``name`` writes the body the lists call ``other``: each of its words (folded) opens like one of
    ``other``'s or is part of it (``Enerji Piyasası Düzenleme Kurulu``, ``Türkiye Taş Kömürü``; not ``İzmir
    Ticaret Borsası`` for İstanbul's, nor ``Türk Eczacıları Birliği`` for ``Türk Ekonomi Bankası``)."""
    words = [fold(w) for w in other.replace(",", " ").split() if w.lower() not in _ACRONYM_SKIPPABLE]
    joined = "".join(words)
    if not words or is_club(name.rsplit(maxsplit=1)[-1]) != is_club(words[-1]):
        return False  # "İstanbul Büyükşehir Belediyespor", the club, is not the city's council
    return all(
        any(w[:4] == k[:4] for k in words) or w in joined
        for w in (fold(w) for w in name.replace(",", " ").split() if w.lower() not in _ACRONYM_SKIPPABLE)
    )


def _defines(text: str, host: Cluster, acronym: str) -> bool:
    """Whether a mention of ``host`` is followed by ``acronym`` in brackets: ``Avrupa Parlamentosu (AP)``, past a
    closing quotation mark (``‘Deep Space Industries’ (DSI)``)."""
    return any(
        re.match(rf"[’'\"”]?\s*\({re.escape(acronym)}\)", text[o.end : o.end + len(acronym) + 9])
        for o in host.occurrences
    )


def cluster_key(name: str, place: Place | None, organisation: Organisation | None) -> str:
    """Grouping key: the gazetteer id when known (``Bakü`` and ``Baku`` agree), else the folded name. A name the
    gazetteer files under a place of Türkiye whose own name it neither holds nor spells alike (``Sakarya`` under
    Adapazarı, ``Seyhan`` under Adana: a province and its seat, a city and its district) keeps a key of its own."""
    if place is not None:
        written, own = fold(name), fold(place.name)
        if place.is_country or place.country_code != "TR" or written in own or own in written:
            return place.id  # (and "Londra" of London: another language's name, not another place)
        if SequenceMatcher(None, written, own).ratio() >= 0.7:
            return place.id  # spelt alike, a letter or two apart
        return f"{place.id}/{written}"
    if organisation is not None:
        return organisation.id
    return fold(name)
