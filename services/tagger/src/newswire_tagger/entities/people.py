"""People named after their title: ``uzmanı Dr. Nahreen Ahmed``, ``eski başkanı Giora Eiland``.

Wire copy introduces almost every person with a title or role right before the name. The capitalised words
after such a word are a person's name unless they are a known place or organisation, or end in a head word
(``Bakanı Ankara Üniversitesi``): the model's partial span (``Ahmed``) is widened to the whole name, a span of
the wrong type inside it (``Farah`` as a place) is replaced, and a name the model missed is added.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from newswire_tagger.entities.appositions import ADDRESS_FORM, CALLED_CONFIDENCE
from newswire_tagger.entities.heads import MONTHS_NO_ONE_NAMED, head_type, is_date_word, is_event_head
from newswire_tagger.entities.names import (
    canonical_name,
    fold,
    has_suffix_apostrophe,
    in_genitive,
    in_locative_or_ablative,
    is_acronym,
    opens_sentence,
    ordinal_cut,
    strip_apostrophe_suffix,
    turkish_lower,
    written_in_lower_case,
)
from newswire_tagger.entities.nouns import is_light_verb
from newswire_tagger.entities.titles import (
    EPITHET,
    GLUED_HONORIFIC,
    HEADLINE_WORDS,
    HONORIFICS,
    POSSESSIVE_HEADS,
    SPEECH_OPENERS,
    STANDALONE_HEADS,
    SURNAME_TITLES,
    TITLE_HEADS,
)
from newswire_tagger.entities.widening import LOWER_PARTICLES
from newswire_tagger.spans import Span

__all__ = [
    "NAMED_CONFIDENCE",
    "TITLED_CONFIDENCE",
    "aged_people",
    "common_words_opening_sentences",
    "extend_to_surnames",
    "full_name_words",
    "initials_in_lists",
    "is_title",
    "named_people",
    "next_word",
    "previous_word",
    "propagate_parts",
    "reporters",
    "speaks",
    "surnames_as_people",
    "titled_people",
]

TITLED_CONFIDENCE = 0.6
"""Confidence of a person added for the title or kin word before the name (``Bakan``, ``kızım``): the tuning sets'
titled persons the model had missed were all right, so they clear :data:`scoring.MIN_PERSON_CONFIDENCE`."""
NAMED_CONFIDENCE = 0.5
"""Confidence of a person added for a given name opening a capitalised run: no model, list or title vouches for it."""

_ROLES = (
    "muhabiri doktoru doktor uzmanı cerrahı cerrah hemşire gazeteci yazar futbolcu oyuncu aktivist avukat "
    "profesör akademisyen araştırmacı öğretim sanatçı yönetmen sözcü sözcüsü "
    # business and professional roles, bare and possessive: "analist Trip Kowalczyk", "ekonomisti Ayla Tunç"
    "ekonomist ekonomisti başekonomist başekonomisti analist analisti stratejist stratejisti yöneticisi "
    "ceo ceo'su ceo’su cfo'su cfo’su hemşiresi öğretmen öğretmeni avukatı editörü yazarı sunucusu "
    "yönetmeni yapımcısı oyuncusu futbolcusu sporcusu sanatçısı aktivisti araştırmacısı mühendisi pilotu "
    "profesörü kameramanı fotoğrafçısı milyarder işadamı işinsanı girişimci "
    # kin and companions: "kız kardeşi Sara Bahar", "oğlu Bilal"
    "kardeşi annesi babası eşi oğlu kızı ağabeyi ablası dedesi torunu amcası dayısı teyzesi halası yeğeni "
    "kuzeni arkadaşı meslektaşı komşusu görevlisi yetkilisi çalışanı sorumlusu "
    # as the speaker says them: "bir yaşındaki kızım Sara", "eşim Ahmed"
    "kızım oğlum eşim annem babam kardeşim ablam ağabeyim abim torunum yeğenim amcam dayım teyzem halam "
    "kuzenim arkadaşım komşum"
)
# Arts and stage, bare (in _ROLES) and possessed: "müzisyen Minik", "Sihirbaz Mendokan", "şarkıcısı Ayla".
_ARTS = (
    "müzisyen şarkıcı sihirbaz ressam şair besteci aktör aktris manken heykeltıraş sunucu komedyen dansçı "
    "koreograf piyanist kemancı gitarist viyolacı çellist viyolonselci flütçü klarnetçi saksafoncu trompetçi "
    "davulcu baterist perküsyoncu basçı vokalist tenor soprano bariton"
)
# Kin and role words as every speaker writes them: "Babanız Nejat Uygur", "Editörüm Tuncay Güven".
_KIN_AND_ROLE_STEMS = (
    "anne baba kardeş abla ağabey abi dede nine torun amca dayı teyze hala yeğen kuzen arkadaş meslektaş komşu "
    "eş kız hoca öğretmen editör avukat doktor müdür patron menajer antrenör " + _ARTS
)
_VOWELS = frozenset("aeıioöuü")


def _possessed(stem: str) -> set[str]:
    """The possessive forms of a kin or role word by vowel harmony (``baba`` → ``babam``, ``babası``, ``babamız``,
    ``babanız``); not the second person singular, written as the genitive is (``kızın``), nor the third plural,
    written as the plural's accusative is (``doktorları``)."""
    last = next(c for c in reversed(stem) if c in _VOWELS)
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    if stem[-1] in _VOWELS:
        endings = ["m", f"s{four}", f"m{four}z", f"n{four}z"]
    else:
        endings = [f"{four}m", four, f"{four}m{four}z", f"{four}n{four}z"]
    return {stem + ending for ending in endings}


_TITLE_SET = frozenset(
    {
        *(turkish_lower(w) for w in STANDALONE_HEADS | POSSESSIVE_HEADS),
        *_ROLES.split(),
        *_ARTS.split(),
        *(form for stem in _KIN_AND_ROLE_STEMS.split() for form in _possessed(stem)),
    }
)
# Runs of capitalised words (several spaces allowed: copy has "Dr.  Ndal Farah"); titles are found inside or
# right before a run by set lookups, far cheaper than one big alternation scanned over the whole text.
# (a scanner opens with its capital and looks behind it after: a pattern led by a character class scans fast, one led
# by a lookbehind tries every position)
_CAP_RUN = re.compile(r"[A-ZÇĞİÖŞÜ](?<![\w.'’-][A-ZÇĞİÖŞÜ])[\w.'’-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w.'’-]*)*")
_WORD = re.compile(r"\S+")
_MAX_NAME_WORDS = 4


_POSSESSIVE_TITLES = frozenset(turkish_lower(w) for w in POSSESSIVE_HEADS)
# A possessive title's case ending after its buffer "n": "Direktöründen", "Başkanına", "Sözcüsünün".
_TITLE_CASE = re.compile(r"^(?P<stem>.+[ıiuü])n(?:dan|den|da|de|a|e|ın|in|un|ün)$")


@lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """Whether ``word`` is a title, role or kin word that introduces a name (``Bakanı``, ``doktor``, ``Dr.``)."""
    return word in HONORIFICS or turkish_lower(word) in _TITLE_SET


@lru_cache(maxsize=65536)
def is_inflected_title(word: str) -> bool:
    """Whether ``word`` is a possessive title with a case ending (``Direktöründen``, ``Başkanına``): no part of a
    name written after it (``Teknik Direktöründen Emre Belözoğlu'na``), though it introduces none."""
    inflected = _TITLE_CASE.match(turkish_lower(word))
    return inflected is not None and inflected.group("stem") in _POSSESSIVE_TITLES


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` (empty at the end of the text), its closing punctuation stripped."""
    match = _WORD.search(text, end, min(len(text), end + 60))
    return match.group().strip('.,;:!?"”’)') if match else ""


def previous_word(text: str, start: int) -> str:
    """The word right before ``start`` on the same line, or ``""``."""
    window = text[max(0, start - 40) : start]
    if not window.endswith((" ", "\t")):
        return ""
    words = window.split()
    return words[-1] if words and "\n" not in window[window.rfind(words[-1]) :] else ""


def _last_title(words: list[tuple[int, str]], after: int) -> int:
    """Past a second title a word or two on (``Başkanı Kıdemli Yargıç Emine Dizdarlı``): the name starts after it,
    when a name is left after it."""
    for j in range(after, min(after + 3, len(words) - 1)):
        if words[j][1] in TITLE_HEADS and not any(has_suffix_apostrophe(w) for _p, w in words[after:j]):
            return j + 1
    return after


def _titled_names(text: str, is_given_name: Callable[[str], bool]) -> list[list[tuple[int, str]]]:
    """The words (with offsets) of each name written right after a title: title words skipped, cut at a suffix."""
    found = []
    for run in _CAP_RUN.finditer(text):
        # most runs hold no title and follow none: skip them before building word offsets
        if not any(map(is_title, run.group().split())) and not is_title(previous_word(text, run.start())):
            continue
        words = [(run.start() + m.start(), m.group()) for m in _WORD.finditer(run.group())]
        after: int | None = None
        for i, (_pos, word) in enumerate(words):
            if is_title(word):
                after = i + 1
            elif after is not None:
                break  # the name has begun
        if after is None:
            if not is_title(previous_word(text, run.start())):
                continue
            after = 0
        after = _last_title(words, after)
        name = _name_after_title(words[after : after + _MAX_NAME_WORDS], next_word(text, run.end()), is_given_name)
        if name:
            found.append(name)
    return found


def _name_after_title(
    words: Sequence[tuple[int, str]], after: str = "", is_given_name: Callable[[str], bool] = lambda _word: False
) -> list[tuple[int, str]]:
    """The words of the name that ``words`` (with offsets) open after a title: up to a sentence's end, a case
    ending, a form of address, the next person's title or a weekday dating what follows (``after``, the word after
    the last of ``words``)."""
    name: list[tuple[int, str]] = []
    for i, (pos, word) in enumerate(words):
        if word.endswith((".", "'", "’")):
            break  # a sentence (or a quotation) ends here
        following = words[i + 1][1] if i + 1 < len(words) else after
        if name and is_date_word(word, following):
            break  # "Selahattin Demirtaş Salı günü": the day, no name's word
        if is_light_verb(word):
            # a compound verb and its noun end a name that opens with a given name ("KENAN YAZICI İKNA ETTİ"); the
            # words before them are a sentence's otherwise ("YANARAK ŞEHİT OLDU", "BENİ TEDAVİYE İKNA ETTİ")
            del name[-1:]
            return name if name and is_given_name(canonical_name(name[0][1], "PER")) else []
        if name and ADDRESS_FORM.match(turkish_lower(word)):
            break  # "başkanı Kemal Bey": the form of address is no part of the name
        if len(name) > 1 and word in SPEECH_OPENERS:
            break  # "Milletvekili Enver Yılmaz Şu an ...": the speaker, then his speech
        if len(name) > 1 and strip_apostrophe_suffix(word) in POSSESSIVE_HEADS:
            del name[_next_title_start(name) :]  # "... Bilal Aslan TÜSİAD Başkanı Ümit Boyner": another's title
            break
        name.append((pos, word))
        if has_suffix_apostrophe(word):
            break
    return name[: ordinal_cut([w for _pos, w in name])]


def _next_title_start(name: list[tuple[int, str]]) -> int:
    """Where the next person's title begins in a titled name's words, a possessive title coming after them: at its
    office's nouns (``Bilal Aslan Belediye`` Başkanı, ``Genel`` Müdürü) and one acronym before them (the next person's
    body, ``Bilal Aslan TÜSİAD`` Başkanı, ``THY Genel`` Müdürü), never before the name's second word."""
    end = len(name)
    while end > 2 and name[end - 1][1] in _TITLE_NOUNS:
        end -= 1
    return end - 1 if end > 2 and is_acronym(strip_apostrophe_suffix(name[end - 1][1])) else end


_MEMBER_END = re.compile(r"['’]?l[ıiuü]$")
# A party's or a camp's word before a member's name, no -li in it: "Senatörü Cumhuriyetçi Bob Corker".
_PARTY_WORDS = frozenset(
    {"Cumhuriyetçi", "Demokrat", "Muhafazakar", "Muhafazakâr", "Liberal", "Sosyalist", "Komünist", "Bağımsız"}
)


def _member_lead(
    name: list[tuple[int, str]], spans: Sequence[Span], is_member: Callable[[str], bool] = lambda _word: False
) -> int:
    """How many words of a titled name are a body's member word and what precedes it: a word in -li that ends a
    body's or place's span of the model (``AK Partili``, ``CHP'li``), or one ``is_member`` knows (``Partili`` where
    the model read no party), or a party's word with no -li (``Cumhuriyetçi``), the person's name after it."""
    for k in range(len(name) - 1, 0, -1):
        pos, word = name[k - 1]
        if word in _PARTY_WORDS or (
            _MEMBER_END.search(word)
            and (is_member(word) or any(s.type != "PER" and s.end == pos + len(word) for s in spans))
        ):
            return k
    return 0


# A paper's or a magazine's noun right after a name: "Independent gazetesine", "Time dergisinde".
PAPER_AFTER = re.compile(r"[ \t]+(?:gazete|dergi)(?:si|sinde|sine|sinin|sini|sinden|siyle)(?![\w])")


def _paper_cut(text: str, name: list[tuple[int, str]], spans: Sequence[Span]) -> int:
    """Where a titled name ends before a paper the model or the rules found after it, its noun after (``Sir Geoffrey
    Nice`` + ``Independent gazetesine``): the paper the person speaks to."""
    starts = {s.start for s in spans if s.type == "ORG" and PAPER_AFTER.match(text, s.end)}
    return next((k for k in range(1, len(name)) if name[k][0] in starts), len(name))


def _place_cut(name: list[tuple[int, str]], spans: Sequence[Span]) -> int:
    """Where a titled name ends before a one-word place or body the model found after it with a case ending
    (``kardeşi Ramazan Karsu İmralı'ya``): where the person goes, not part of the name (the model's ``Van Den
    Burg'un`` inside ``Başkanı Vim Van Den Burg'un`` is its mistake)."""
    starts = {s.start for s in spans if s.type != "PER" and " " not in s.text and has_suffix_apostrophe(s.text)}
    return next(
        (
            k
            for k in range(1, len(name))
            if name[k][0] in starts
            # ... nor a month in the locative: "Başkan Obama Haziran'da Berlin'i ziyaret edecek"
            or (
                in_locative_or_ablative(name[k][1])
                and turkish_lower(strip_apostrophe_suffix(name[k][1])) in MONTHS_NO_ONE_NAMED
            )
        ),
        len(name),
    )


def titled_people(
    text: str,
    spans: Sequence[Span],
    not_a_person: Callable[[str], bool],
    is_given_name: Callable[[str], bool] = lambda _word: False,
    is_verb: Callable[[str], bool] = lambda _word: False,
    *,
    surname_place: Callable[[str, str], bool] = lambda _given, _place: False,
    known_cut: Callable[[Sequence[str]], int | None] = lambda _words: None,
    is_member: Callable[[str], bool] = lambda _word: False,
) -> list[Span]:
    """``spans`` with the names written after a title made into whole PER spans (see the module docstring).

    ``not_a_person`` says whether a name is a known place or organisation; a lone word after a title that the
    model did not tag is added only when ``is_given_name`` says it is one (``kızım Sara``). Words after a title
    that hold a verb (``is_verb``) are a sentence, no name: ``OĞLUM YALNIZCA DÖVDÜ`` in a headline in capitals. A
    known place in the genitive after a lone given name is the surname where ``surname_place(given, place)`` allows
    it: ``Orgeneral Eşref Bitlis'in``. Where ``known_cut(words)`` says the words are a known person, then another
    (``Başbakan Erdoğan Müslüm Gürses'in``, ``Yardımcısı Mehmet Ali Şahin Drogba``), the name is the words before
    that cut; ``is_member`` knows a body's member word that opens the name (``Belediye Başkanı AK Partili Ahmet
    Küçükler``).
    """
    result = list(spans)
    for name in _titled_names(text, is_given_name):
        words = [w for _pos, w in name]
        if any(map(is_verb, words)) or words[0][:1] + turkish_lower(words[0][1:]) in HEADLINE_WORDS:
            continue  # nor a headline's function word opening them: "Top Model Nasıl Olunur", a book's title
        # "Cumhurbaşkanı Emmanuel Macron Paris'te": a known place or body after the name is not part of it.
        cut = next((k for k in range(1, len(words)) if not_a_person(canonical_name(" ".join(words[k:]), "PER"))), None)
        known = known_cut([strip_apostrophe_suffix(w) for w in words]) if cut is None else None
        alone = known is not None
        if alone:
            cut = known  # "Başbakan Erdoğan Müslüm Gürses'in": the leader, then the singer (whatever the model joined)
        if cut == 1 and len(words) == 2 and in_genitive(words[1]) and surname_place(words[0], words[1]):
            # "Orgeneral Eşref Bitlis'in": a given name alone is no one's whole name, the place in the genitive his
            # surname ("Cumhurbaşkanı Gül İsveç'e": a known person's surname, then a place; "Kraliçe Elizabeth
            # İngiltere'nin": a country)
            cut = len(name)
        else:
            # "kardeşi Ramazan Karsu İmralı'ya gitti", "hukukçu Sir Geoffrey Nice Independent gazetesine"
            cut = min(cut or len(name), _place_cut(name, result), _paper_cut(text, name, result))
        kept, words = name[:cut], words[:cut]
        lead = _member_lead(kept, result, is_member)  # "üyesi AK Partili Mehmet Metiner": the member is the person
        kept, words = kept[lead:], words[lead:]
        start, end = kept[0][0], kept[-1][0] + len(kept[-1][1])
        if (glued := GLUED_HONORIFIC.match(text, start, end)) is not None:
            start, words = glued.end(), [text[glued.end() : start + len(words[0])], *words[1:]]  # "Dr.Oğuzhan Daver"
        if any(head_type(w) is not None for w in words) or not_a_person(canonical_name(" ".join(words), "PER")):
            continue  # "uzmanı Ankara Üniversitesi", "Bakanı Türkiye'nin": not a person's name
        inside = [s for s in result if s.start < end and s.end > start]
        if not alone and any(s.start < start or s.end > end for s in inside):
            continue  # the model's span runs past the title's name: trust the model
        if not inside and len(words) < 2 and not is_given_name(canonical_name(words[0], "PER")):
            continue
        confidence = max((s.confidence for s in inside), default=TITLED_CONFIDENCE)
        dropped = {id(s) for s in inside}
        result = [s for s in result if id(s) not in dropped]
        result.append(Span("PER", start, end, text[start:end], confidence))
    return sorted(result, key=lambda s: s.start)


_PREVIOUS_NAME_WORD = re.compile(r"(?:^|(?<=\s))([A-ZÇĞİÖŞÜ]\w+) $")
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-ZÇĞİÖŞÜ]")
_CAPITALISED_WORD = re.compile(r"[A-ZÇĞİÖŞÜ](?<![\w'’-][A-ZÇĞİÖŞÜ])[\w]*(?:['’][a-zçğıöşü]+)?(?![\w-])")


def propagate_parts(
    text: str, spans: Sequence[Span], is_word: Callable[[str], bool], is_name_part: Callable[[str, bool], bool]
) -> list[Span]:
    """A person's name written again elsewhere in the article, in part or in full, is that person too.

    ``Sara Bahar`` ... ``Sara,``: a full name's first or last word alone gets a PER span (``is_word`` rules
    out parts that are ordinary words or other names, such as ``Devlet`` or ``Gazze``). ``Hicazi`` ... ``Hüsni
    Hicazi``: a lone name the model found, written elsewhere after another name word, gets the whole name
    (``is_name_part(word, sentence_initial)`` judges that word). The linker then merges the mentions.
    """
    parts: dict[str, float] = {}
    owners: dict[str, set[str]] = {}
    for span in spans:
        words = canonical_name(span.text, "PER").split()
        if span.type == "PER" and len(words) >= 2:
            for part in (words[0], words[-1]):
                if len(part) >= 3 and not is_word(part):
                    parts[part] = max(parts.get(part, 0.0), span.confidence)
                    owners.setdefault(part, set()).add(" ".join(words))
        elif span.type == "PER" and len(words) == 1 and len(words[0]) >= 3 and not is_word(words[0]):
            parts.setdefault(words[0], span.confidence)
    if not parts:
        return list(spans)
    taken = sorted((s.start, s.end) for s in spans)
    found = list(spans)
    for match in _CAPITALISED_WORD.finditer(text):
        word = canonical_name(match.group(), "PER")
        if word not in parts or len(owners.get(word, ())) > 1 or _covered(taken, match.start(), match.end()):
            continue  # "Ali" of both "Ali Koç" and "Ali Babacan" stays unresolved
        if _NEXT_CAPITALISED.match(text, match.end()):
            continue  # "Ali Yerlikaya" the model missed is another person, not "Ali" of "Ali Koç"
        start = match.start()
        previous = _PREVIOUS_NAME_WORD.search(text, max(0, start - 40), start)
        if previous is not None and not _covered(taken, previous.start(), start):
            before = text[max(0, previous.start() - 3) : previous.start()].rstrip(" \t")
            if is_name_part(previous.group(1), not before or before[-1] in ".!?:;\n\"“”'"):
                start = previous.start()
        confidence = round(parts[word] * 0.8, 4)
        found.append(Span("PER", start, match.end(), text[start : match.end()], confidence))
    return sorted(found, key=lambda s: s.start)


def _covered(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted intervals."""
    i = bisect.bisect_right(taken, (start, float("inf")))
    return (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end)


_NAME_RUN = re.compile(
    r"[A-ZÇĞİÖŞÜ](?<![\w'’-][A-ZÇĞİÖŞÜ])\w+(?: (?:(?:el|es|et|ed|en|ez|eş|bin|ibn|van|von|der)[- ])?[A-ZÇĞİÖŞÜ][\w-]*)+"
    r"(?:['’][a-zçğıöşü]+)?"
)


def _opens_name(word: str, is_given_name: Callable[[str], bool]) -> bool:
    """A given name that is no title (``Kraliçe`` and ``Sultan`` are given names in the lists too)."""
    return word not in TITLE_HEADS and is_given_name(canonical_name(word, "PER"))


def _ends_name(words: Sequence[tuple[int, str]], pos: int, is_name_word: Callable[[str], bool]) -> bool:
    """Whether the word at ``pos`` closes the run, or a word no name holds follows it (``Ahmet Er Ankara'daki``)."""
    after = [w for p, w in words if p > pos]
    return not after or not is_name_word(canonical_name(after[0], "PER"))


def named_people(
    text: str, spans: Sequence[Span], is_given_name: Callable[[str], bool], is_name_word: Callable[[str], bool]
) -> list[Span]:
    """PER spans for uncovered capitalised words that start with a given name: ``Mark Perlmutter``.

    In a run of capitalised words (``Toplantıya Mark Perlmutter``), the name starts at the first given name and
    goes on while ``is_name_word`` accepts the words (not a place, a body, a title, a head word or a thing; a
    title's word that is a surname too is taken as the surname where it closes the run or no name's word follows it:
    ``Cengiz Er yönetiminde``, ``Ahmet Er Ankara'daki``; not ``Yusuf Emir Kaya``), up
    to four words; it needs two (or one given name a form of address closes: ``Şenol Hocanın``), and the whole
    must pass ``is_name_word`` too.
    """
    taken = sorted((s.start, s.end) for s in spans)
    found = list(spans)
    for run in _NAME_RUN.finditer(text):
        words = [(run.start() + m.start(), m.group()) for m in _WORD.finditer(run.group())]
        first = next((i for i, (_p, w) in enumerate(words) if _opens_name(w, is_given_name)), None)
        if first is None:
            continue
        name = [words[first]]
        inside = False  # "Oscar Akademi Ödülleri", "Kemal Advan Hastanesi": a prize's or a body's name, no person
        addressed = False
        for pos, word in words[first + 1 : first + _MAX_NAME_WORDS]:
            if ADDRESS_FORM.match(turkish_lower(word)):
                # "Şenol Hocanın", "Ayşe Hanım'ın": a form of address closes the name, a person's; not one inside a
                # longer name ("Ali Bey Resort Side", a hotel)
                addressed = (pos, word) == words[-1]
                break
            if is_light_verb(word):
                inside = True  # "Akın Etti", "OYA TAHVİL EDİLMEZ": a compound verb and its noun, a headline's words
                break
            if strip_apostrophe_suffix(word) in SURNAME_TITLES and _ends_name(words, pos, is_name_word):
                name.append((pos, word))
                break  # a title's word that is a surname, no name's word after it: "Cengiz Er", not "Yusuf Emir Kaya"
            if word[:1].isupper() and not is_name_word(canonical_name(word, "PER")):
                # and "Rüzgar Tersine Mi Dönüyor", a headline in title case
                inside = is_event_head(word) or head_type(word) is not None or word in HEADLINE_WORDS
                # "Dikmen Belediye Başkanı": the office's first noun, no surname; what precedes it is the office's town
                # or body ("Ülkü Ocakları Genel Başkanı"), no one's name either
                inside = inside or (strip_apostrophe_suffix(word) in POSSESSIVE_HEADS and name[-1][1] in _TITLE_NOUNS)
                break
            name.append((pos, word))
        start, end = name[0][0], name[-1][0] + len(name[-1][1])
        if (
            inside
            or (len(name) < 2 and not (addressed and is_given_name(name[0][1])))
            or any(len(w) < 2 for _p, w in name)
            or _covered(taken, start, end)
            or not is_name_word(canonical_name(text[start:end], "PER"))
            or EPITHET.fullmatch(text[start:end])  # "Ulu Önder Atatürk": the epithet before a name the lists know
        ):
            continue
        # (a form of address after the name says a person, as "adlı" does: "Şenol Hocanın" alone is Şenol)
        found.append(Span("PER", start, end, text[start:end], CALLED_CONFIDENCE if addressed else NAMED_CONFIDENCE))
    return sorted(found, key=lambda s: s.start)


# Initials a suspect or a minor is named by: "M.A.", "Ö.Ş.", "A.A" (the last dot dropped before a conjunction), or
# spaced, each with its dot: "M. K.", "A. E. E.".
_INITIALS_TAIL = r"\.(?:(?:[A-ZÇĞİÖŞÜ]\.)?[A-ZÇĞİÖŞÜ]\.?|(?: [A-ZÇĞİÖŞÜ]\.){1,2})"  # after the first initial
_INITIALS_WORD = rf"[A-ZÇĞİÖŞÜ]{_INITIALS_TAIL}"
_INITIALS = re.compile(rf"{_INITIALS_WORD}$")
_LISTED_AFTER = re.compile(rf"(?:,[ \t]*|[ \t]+(?:ve|ile)[ \t]+)({_INITIALS_WORD})(?:['’][a-zçğıöşü]+)?(?![\w.'’])")
_LISTED_BEFORE = re.compile(rf"(?<![\w.])({_INITIALS_WORD})(?:,[ \t]*|[ \t]+(?:ve|ile)[ \t]+)$")
# Initials that are no one's: a company's, the state's, an era's.
_NOT_INITIALS = frozenset({"A.Ş.", "A.Ş", "T.C.", "T.C", "M.Ö.", "M.S.", "S.S.", "Ş.T.İ."})


def _not_initials(written: str) -> bool:
    """Whether initials are a company's, the state's or an era's, spaced or not (``T. C.``, ``A.Ş.``)."""
    return written.replace(" ", "") in _NOT_INITIALS


# What copy calls someone a court or police story is about, right before his name: a suspect's, a victim's or a
# driver's word, or an age ("şüpheli G.T.", "Yaralı A.A", "32 yaşındaki Omeyd Mencırı").
_STORY_ROLES = (
    r"[Şş]üpheli(?:ler)?|[Zz]anlı(?:lar)?|[Ss]anık(?:lar)?|[Tt]utuklu(?:lar)?|[Yy]aralı(?:lar)?|[Ss]ürücü(?:sü)?"
    r"|[Mm]aktul|[Yy]aralanan|[Öö]ldürülen|[Tt]utuklanan|[Gg]özaltına[ \t]+alınan|\d+[ \t]+yaşındaki"
)


def _words_before(alternatives: str) -> re.Pattern[str]:
    """A pattern for one of ``alternatives`` as a whole word ending a search window, before a name."""
    return re.compile(rf"(?:^|(?<=\s))(?:{alternatives})[ \t]+$")


# What copy says of someone it names by initials: the role before them (the story's roles, or a word for a person:
# "öğrenci G.T.", "kızı A.A."), the age in brackets after them ("A.A. (45)") or a naming word ("G.T. isimli şüpheli").
_ROLE_BEFORE = _words_before(
    _STORY_ROLES + r"|[Öö]ğrenci(?:si)?|[İi]şçi|[Kk]adın|[Gg]enç|[Çç]ocuk|[Bb]ebek|[Hh]asta"
    r"|[Kk]ızı|[Oo]ğlu|[Ee]şi|[Aa]nnesi|[Bb]abası"
)
# An age in brackets right after a name: "Ece Doğu Çubuk (20)", "Ahmet Yılmaz (45)", "A.A. (45)".
_AGE = r"\([ \t]*\d{1,3}[ \t]*\)"
_NAMED_AFTER = re.compile(rf"[ \t]*(?:{_AGE}|[ \t]+(?:isimli|adlı|rumuzlu|kod[ \t]+adlı)\b)")
# (with a case ending after an apostrophe too: "R.İ'nin", "H.C'yi")
_INITIALS_ANYWHERE = re.compile(
    rf"(?P<initials>[A-ZÇĞİÖŞÜ](?<![\w.][A-ZÇĞİÖŞÜ]){_INITIALS_TAIL})"
    r"(?:['’][a-zçğıöşü]+)?(?![\w.'’-])"
)


def initials_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """Initials copy names someone by (see ``_ROLE_BEFORE``) as a person's span, the model's own span of them (as a
    body's, ``G.T``) retyped; at :data:`TITLED_CONFIDENCE`."""
    if "." not in text:
        return list(spans)
    found: dict[tuple[int, int], Span] = {}
    for match in _INITIALS_ANYWHERE.finditer(text):
        if _not_initials(match.group("initials")) or not (
            _ROLE_BEFORE.search(text, max(0, match.start() - 24), match.start())
            or _NAMED_AFTER.match(text, match.end())
        ):
            continue
        found[(match.start(), match.end())] = Span("PER", match.start(), match.end(), match.group(), TITLED_CONFIDENCE)
    if not found:
        return list(spans)
    kept = [s for s in spans if (s.start, s.end) not in found and not _covered_by(found, s)]
    taken = sorted((s.start, s.end) for s in kept)
    added = [s for s in found.values() if not _covered(taken, s.start, s.end)]
    return sorted([*kept, *added], key=lambda s: s.start)


def _covered_by(found: Mapping[tuple[int, int], Span], span: Span) -> bool:
    """Whether ``span`` lies inside one of the ``found`` initials (``G.T`` of ``G.T.``)."""
    return any(a <= span.start and span.end <= b for a, b in found)


def initials_in_lists(text: str, spans: Sequence[Span]) -> list[Span]:
    """A person named by initials makes the initials listed with them people too: ``M.A., Ö.D., T.A., Ö.Ş. ve E.A.
    gözaltına alındı``, ``H.K. ile M.D.``; each at :data:`TITLED_CONFIDENCE` at least (the list vouches for them)."""
    spans = initials_of_people(text, spans)
    people = [s for s in spans if s.type == "PER" and _INITIALS.match(s.text) and not _not_initials(s.text)]
    if not people:
        return list(spans)  # the cheap test first: most articles name no one by initials
    taken = sorted((s.start, s.end) for s in spans)
    named = {(s.start, s.end) for s in people}
    own = {s.start: s for s in spans if _INITIALS.match(strip_apostrophe_suffix(s.text))}
    listed: set[tuple[int, int]] = set()
    queue = list(named)
    while queue:
        start, end = queue.pop()
        after = _LISTED_AFTER.match(text, end)
        before = _LISTED_BEFORE.search(text, max(0, start - 16), start)
        for match in (after, before):
            if match is None or _not_initials(match.group(1)):
                continue
            found = (match.start(1), match.end(1))
            if found in listed:
                continue
            written = own.get(found[0])  # the model's own span of them with a case ending: "M.A'yı"
            if written is not None and written.end > found[1]:
                found = (written.start, written.end)
            elif found not in named and _covered(taken, *found):
                continue
            listed.add(found)
            queue.append(found)
    if not listed:
        return list(spans)
    result = [
        replace(s, type="PER", confidence=max(s.confidence, TITLED_CONFIDENCE)) if (s.start, s.end) in listed else s
        for s in spans
    ]
    have = {(s.start, s.end) for s in spans}
    result += [Span("PER", a, b, text[a:b], TITLED_CONFIDENCE) for a, b in sorted(listed - have)]
    return sorted(result, key=lambda s: s.start)


# The first noun of an office's name, in the bare form a title's compound takes: "Belediye Başkanı", "Genel Müdürü",
# "Şube Başkanı", "Yönetim Kurulu Başkanı".
_TITLE_NOUNS = frozenset(
    {
        *("Belediye", "Genel", "Şube", "İl", "İlçe", "Bölge", "Yönetim", "Meclis", "Kurul", "Parti", "Grup", "Daire"),
        *("Bölüm", "Kulüp", "Dernek", "Vakıf", "Birlik", "Oda", "Sendika", "Komisyon", "Kurum", "Merkez", "Şirket"),
        "Holding",
    }
)
_NEXT_NAME_WORD = re.compile(r" ([A-ZÇĞİÖŞÜ]\w+)(?:['’][a-zçğıöşü]+)?(?![\w-])")


def extend_to_surnames(text: str, spans: Sequence[Span]) -> list[Span]:
    """``Abbas`` + `` Arakçi``: a person's span takes the next word when the article names him by it alone.

    The model often tags the first name and stops; a later ``Arakçi,`` tagged alone says the word after
    ``Abbas`` is his surname.
    """
    lone = {canonical_name(s.text, "PER") for s in spans if s.type == "PER" and " " not in s.text.strip()}
    if not lone:
        return list(spans)
    taken = sorted((s.start, s.end) for s in spans)
    result = []
    for span in spans:
        after = _NEXT_NAME_WORD.match(text, span.end) if span.type == "PER" else None
        if (
            after is not None
            and not has_suffix_apostrophe(span.text)
            and after.group(1) in lone
            and canonical_name(span.text, "PER") != after.group(1)
            and not _covered(taken, after.start(1), after.end())
            and not is_event_head(next_word(text, after.end()))  # "Tuncay Güney Ergenekon Davası'nın": a trial's
            and not ADDRESS_FORM.match(turkish_lower(after.group(1)))  # "Fatih Hoca": a form of address, no surname
        ):
            end = after.end()
            result.append(Span("PER", span.start, end, text[span.start : end], span.confidence))
        else:
            result.append(span)
    return result


# A speaker's participle before a name (``... olduğunu belirten Karaman``), or one only a person takes (``gözaltına
# alınan Kars``, ``yaralanan Şaşmaz``), and a speech verb ending the sentence a name opens with a comma (``Karaman,
# "..." dedi.``): the name is a person's.
_SPEAKER_BEFORE = re.compile(
    r"(?:belirten|söyleyen|diyen|kaydeden|vurgulayan|anlatan|açıklayan|ekleyen|hatırlatan|uyaran|savunan|bildiren"
    r"|(?:ifade|iddia|sözlerine devam)[ \t]+eden|dile[ \t]+getiren"
    r"|[Gg]özaltına[ \t]+alınan|[Tt]utuklanan|[Yy]akalanan|[Yy]aralanan|[Öö]ldürülen|[Hh]ayatını[ \t]+kaybeden"
    r"|[Ss]erbest[ \t]+bırakılan|[Hh]astaneye[ \t]+kaldırılan)[ \t]+$"
)
_SPEECH_VERB = re.compile(
    r"[ \t\"”'’](?:dedi|söyledi|belirtti|kaydetti|vurguladı|anlattı|açıkladı|ekledi|uyardı|bildirdi|konuştu"
    r"|ifade[ \t]+etti|dile[ \t]+getirdi|iddia[ \t]+etti)[.!:]"
)
_QUOTES = "\"“‘'"
_MAX_SENTENCE = 300


def speaks(text: str, span: Span) -> bool:
    """Whether the copy makes the bare name ``span`` a speaker (see ``_SPEAKER_BEFORE``)."""
    if _SPEAKER_BEFORE.search(text, max(0, span.start - 40), span.start):
        return True
    if not text.startswith(",", span.end):
        return False
    line_end = text.find("\n", span.end)
    verb = _SPEECH_VERB.search(text, span.end, min(span.end + _MAX_SENTENCE, len(text) if line_end < 0 else line_end))
    if verb is None:
        return False
    between = text[span.end : verb.start()]
    stop = between.find(". ")
    return stop < 0 or any(q in between[:stop] for q in _QUOTES)  # one sentence, or a quote's own sentences


_AGE_AFTER = re.compile(rf"[ \t]?{_AGE}")
# What says a person follows, whatever his given name (a foreign one the lists lack): a nationality said of him
# ("Afganistan uyruklu Omeyd Mencırı (22)") or one of the story's roles ("şüpheli Omeyd Mencırı (22)").
# (not the words for a person of _ROLE_BEFORE, "genç", "kadın", "çocuk", "hasta", "işçi": a team's or a party's name
# opens with them too, "lider genç Ankara Yıldızları (12)")
_PERSON_BEFORE = _words_before(r"uyruklu|asıllı|kökenli|" + _STORY_ROLES)


def aged_people(
    text: str, spans: Sequence[Span], is_given_name: Callable[[str], bool], is_known: Callable[[str], bool]
) -> list[Span]:
    """A name of two words or more that opens with a given name, or follows a nationality or a role said of a person
    (``Afganistan uyruklu Omeyd Mencırı (22)``), and is followed by an age in brackets is a person's, whatever the
    model typed it (``Ece Doğu Çubuk (20)``); not a body a head word ends (``Gazi Üniversitesi (12)`` of a
    results table) nor a name the lists know. A name before an age that no span covers is added (see
    :func:`_aged_given_names`)."""
    result = [*spans, *_aged_given_names(text, spans, is_given_name, is_known)] if "(" in text else list(spans)
    for i, span in enumerate(result):
        words = span.text.split()
        aged = (
            span.type != "PER"
            and len(words) > 1
            and _AGE_AFTER.match(text, span.end) is not None
            and (
                is_given_name(words[0]) or _PERSON_BEFORE.search(text, max(0, span.start - 32), span.start) is not None
            )
            and not _body_named(words)  # "Gazi Üniversitesi (12)" of a results table
            and not is_known(canonical_name(span.text, span.type))
        )
        if aged:
            vouched = max(span.confidence, TITLED_CONFIDENCE)  # (the age vouches for the person)
            result[i] = replace(span, type="PER", confidence=vouched)
    return sorted(result, key=lambda s: s.start)


# A name before an age in brackets that no span covers, in a list of the people an accident or a crime hurt: "Nadide
# (86) ve Şahin Dertlioğlu (12)", "Gürsel Bay (43)" (the model reads most such names; a lone given name it misses).
# (the age found first, a scan led by a bracket; then the name that ends right before it)
_AGE_ALONE = re.compile(_AGE)
_NAME_BEFORE_AGE = re.compile(r"(?<![\w'’.-])[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşü]+){0,2}[ \t]*\Z")
_NAME_REACH = 80  # characters before the age the name may start at


def _body_named(words: Sequence[str]) -> bool:
    """Whether a head word closes a name's words (``Gazi Üniversitesi``, ``Akif Ersoy Ortaokulu``): a body's."""
    return head_type(strip_apostrophe_suffix(words[-1])) is not None


def _aged_given_names(
    text: str, spans: Sequence[Span], is_given_name: Callable[[str], bool], is_known: Callable[[str], bool]
) -> list[Span]:
    """A person for each name before an age in brackets no span covers, from its first given name on (``Sürücü
    Ahmet Kaya (45)``: ``Ahmet Kaya``); not a name the lists know (a place's, a people's: ``Çerkez (4)`` in a
    census's list)."""
    found = []
    for age in _AGE_ALONE.finditer(text):
        match = _NAME_BEFORE_AGE.search(text, max(0, age.start() - _NAME_REACH), age.start())
        if match is None:
            continue
        written = match.group().rstrip()
        start, end = match.start(), match.start() + len(written)
        if any(s.start < end and start < s.end for s in spans):
            continue
        words = written.split(" ")
        if _body_named(words):
            continue  # "Akif Ersoy Ortaokulu (12)": a body's name, a results table's
        for i, word in enumerate(words):
            if is_given_name(word):
                name = " ".join(words[i:])
                if not is_known(name):
                    found.append(Span("PER", end - len(name), end, name, TITLED_CONFIDENCE))  # (the age vouches)
                break
    return found


def surnames_as_people(text: str, spans: Sequence[Span], not_a_person: Callable[[str], bool]) -> list[Span]:
    """``Ahmed el-Faruk`` ... ``El-Faruk`` typed a place: a full name's surname or first name alone is that person.

    ``Leyla Hamdan`` ... ``"Leyla öldü"`` with ``Leyla`` typed a place is her too. ``not_a_person`` keeps known
    places and bodies (``Ahmet Ankara`` is no reason to make Ankara a person, nor ``Paris Duru`` Paris), but not a
    surname alone, bare, that the copy makes a speaker (``İhsan Karaman`` ... ``belirten Karaman``, ``Karaman, "..."
    dedi``): that is the person named in full before it.
    """
    parts = {
        fold(part)
        for s in spans
        if s.type == "PER" and len(words := canonical_name(s.text, "PER").split()) > 1
        for part in (words[0], words[-1])
        if len(part) >= 3
    }
    surnames = {
        fold(words[-1]): s.start
        for s in reversed(spans)
        if s.type == "PER" and len(words := canonical_name(s.text, "PER").split()) > 1
    }
    # a surname with its particle, capitalised opening a sentence ("Louis van Gaal" ... "Van Gaal, ..."), read as the
    # city Van and a word
    tails = {
        fold(" ".join(words[k:]))
        for s in spans
        if s.type == "PER"
        for words in [canonical_name(s.text, "PER").split()]
        for k in range(1, len(words) - 1)
        if turkish_lower(words[k]) in LOWER_PARTICLES
    }
    result = []
    for span in spans:
        name = canonical_name(span.text, "PER")
        if span.type != "PER" and fold(name) in tails:
            result.append(replace(span, type="PER"))
            continue
        part = span.type != "PER" and " " not in name and fold(name) in parts
        if part and not_a_person(name):
            first = surnames.get(fold(name))
            part = first is not None and first < span.start and span.text == name and speaks(text, span)
        result.append(replace(span, type="PER") if part else span)
    return result


def _asks(text: str, end: int) -> bool:
    """Whether the sentence going on at ``end`` is a question (its first stop is a question mark, within a line)."""
    stop = _SENTENCE_STOP.search(text, end)
    return stop is not None and stop.group() == "?"


_SENTENCE_STOP = re.compile(r"[.!?\n]")


def common_words_opening_sentences(
    text: str,
    spans: Sequence[Span],
    keeps_person: Callable[[Span], bool],
    keeps_other: Callable[[Span], bool] = lambda _: True,
    is_common: Callable[[str], bool] = lambda _word: False,
) -> list[Span]:
    """One-word names that are a common word capitalised by the sentence it opens: dropped.

    ``Hayati tehlikesi sürüyor`` (vital) or ``Kendisi de katıldı`` (himself) read as a given name, ``Ağrı`` (pain)
    in a health article as a town: when every mention of the word opens a sentence and the article also writes the
    word in lower case, it is that word. ``keeps_person(span)`` vetoes for a person (a known person, a title before
    the name), ``keeps_other(span)`` for a place (a country, a name the lists know); so does a person the article
    names in full with the word (``Hayati Yazıcı`` ... ``Hayati,``). A place counts only as written bare: ``Ağrı'da``
    is the town. Bodies are left alone: ``Meclis`` opens sentences and is written ``meclis`` too. A word the corpora
    write in lower case as often (``is_common``) that opens only questions is that word too, written so or not
    (``Kim, neye dayanarak bu kararı verdi?``, ``Deli misin?``).
    """
    by_word: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        word = span.text.strip()
        if " " not in word and (span.type == "PER" or (span.type == "LOC" and strip_apostrophe_suffix(word) == word)):
            by_word[strip_apostrophe_suffix(word)].append(span)
    openers = [w for w, group in by_word.items() if all(opens_sentence(text, s.start) for s in group)]
    if not openers:
        return list(spans)
    named = full_name_words(spans)
    dropped: set[int] = set()
    for word in openers:
        group = by_word[word]
        kept = any(keeps_person(s) if s.type == "PER" else keeps_other(s) for s in group)
        lower = written_in_lower_case(text, word) or (is_common(word) and all(_asks(text, s.end) for s in group))
        if fold(word) not in named and lower and not kept:
            dropped.update(id(s) for s in group)
    return [s for s in spans if id(s) not in dropped] if dropped else list(spans)


def full_name_words(spans: Sequence[Span]) -> frozenset[str]:
    """The words (folded, case ending off) of every person the spans name with two words or more: a lone word among
    them is that person (``Atilla Kart`` ... ``Kart,``), whatever a list or a sentence's start suggests."""
    return frozenset(
        fold(strip_apostrophe_suffix(word))
        for span in spans
        if span.type == "PER" and " " in span.text.strip()
        for word in span.text.split()
    )


# A reporter a byline names on a line of its own: a given name or two, the surname in capitals, then the slash before
# the dateline's town or the agency ("Osman BEKLEYEN / VAN, (DHA)", "Orkun Serhan SUFRACI/İSTANBUL"), after the
# paper's name too ("POSTA/Metin ÜNLÜ/DHA").
_REPORTER = re.compile(
    r"^[ \t]*(?:[A-ZÇĞİÖŞÜ]{2,12}[ \t]*/[ \t]*)?"
    r"(?P<name>(?P<given>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?:[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)?(?:[ \t]+[A-ZÇĞİÖŞÜ]{2,}){1,2})"
    r"[ \t]*/[ \t]*[A-ZÇĞİÖŞÜ]{2,}",
    re.M,
)


def reporters(text: str, spans: Sequence[Span], is_given_name: Callable[[str], bool]) -> list[Span]:
    """A byline's reporter one person's span (``Osman BEKLEYEN / VAN``), whatever the model made of the name's words
    (``Osman`` alone, the surname a place or a body), sure as a title makes it; only a name opening with a given name
    (``is_given_name``) or one the model read a person in (``POSTA/Metin ÜNLÜ/DHA``: "Metin" is a word too; not
    ``Haber MERKEZİ / ANKARA``)."""
    if "/" not in text:
        return list(spans)  # the cheap test first: most articles carry no such byline
    people = [s for s in spans if s.type == "PER"]
    names = [
        m
        for m in _REPORTER.finditer(text)
        if is_given_name(m.group("given")) or any(s.start < m.end("name") and m.start("name") < s.end for s in people)
    ]
    if not names:
        return list(spans)
    kept = [s for s in spans if not any(s.start < m.end("name") and m.start("name") < s.end for m in names)]
    kept += [Span("PER", m.start("name"), m.end("name"), m.group("name"), TITLED_CONFIDENCE) for m in names]
    return sorted(kept, key=lambda s: s.start)
