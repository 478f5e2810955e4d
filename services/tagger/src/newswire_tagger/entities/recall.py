"""Gazetteer recall help: spans for well-known places and organisations the statistical model missed.

Precision first. A candidate is a run of capitalised words joined by single spaces (a hyphen, punctuation or a
suffixed word ends the run). A title-case name is added only when it is the whole run, so ``Azerbaycan`` in
``Azerbaycan Dışişleri Bakanlığı`` or ``Washington`` in ``Washington Zirvesi`` is left alone; the run's first
word may be an ordinary sentence-initial word (``Dün Ankara'da``). An acronym from the lexicon (``NATO``,
``ABD``) may stand anywhere in a run. A candidate never overlaps an existing span.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from newswire_tagger.entities.gazetteer import RecallEntry
from newswire_tagger.entities.heads import (
    BRAND_NOUNS,
    PLACE_NOUNS,
    QUOTED_FIRM_NOUNS,
    head_type,
    is_club_name,
    is_company_word,
    is_generic_body,
    numbered_roads,
    numbered_streets,
    place_noun_forms,
    place_plurals,
    street_word_end,
)
from newswire_tagger.entities.names import (
    APOSTROPHES,
    canonical_name,
    in_locative_or_ablative,
    is_quoted,
    opens_sentence,
    strip_apostrophe_suffix,
    strip_org_case_ending,
    turkish_lower,
    turkish_upper,
    written_in_lower_case,
)
from newswire_tagger.entities.titles import POSSESSIVE_HEADS, SENTENCE_OPENERS, STANDALONE_HEADS
from newswire_tagger.entities.widening import LOWER_PARTICLES, PARTICLES
from newswire_tagger.spans import Span

Lexicon = Mapping[str, RecallEntry]
"""Turkish-lowercased surface form → what it stands for (the gazetteer's and the knowledge base's forms)."""

RECALL_CONFIDENCE = 0.6
"""Confidence of an added span: below what the model gives the spans it is sure of."""
HEADED_CONFIDENCE = 0.5
"""Confidence of a span added for its head word alone (``Operasyonlar Bölümü``): no list knows the name."""

MAX_NAME_WORDS = 4
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
# One match per run, so Python-level work is per run rather than per word; a suffixed word ends the run.
# A word may carry an izafet ("Mescid-i Aksa"); words join by a space or an Arabic particle ("Deyr el-Belah").
_WORD_REST = r"\w*(?:-[ıiuü](?= ))?"
_WORD = rf"[{_UPPER}]{_WORD_REST}"
_JOIN = rf"(?: | (?:{PARTICLES})-)"
# Never from just after an apostrophe: "CHROMEBOOK'UN" in a headline holds no "UN" (United Nations). (The capital
# first, the lookbehind after it: a pattern led by a character class scans fast, one led by a lookbehind does not.)
_RUN = re.compile(
    rf"[{_UPPER}](?<![\w{APOSTROPHES}][{_UPPER}]){_WORD_REST}(?:{_JOIN}{_WORD})*"
    rf"(?:[{APOSTROPHES}](?P<suffix>[a-zçğıöşüâî]+))?"
)
# ... and one opening a quotation in single quotes, which only a name the lists know is taken from ("'Rudaw'
# gazetesinin", "'Ankara'da ...' dedi"): a quoted title of a work or a slogan is no name, whatever its head word
# ("'Kurtlar Vadisi'", "'Susam Sokağı'"); a whole quotation before a publication's or a firm's noun is that body
# (``_branded``: "'Assaut' dergisi").
_QUOTED_RUN = re.compile(
    rf"(?<=(?<!\w)[{APOSTROPHES}]){_WORD}(?:{_JOIN}{_WORD})*(?:[{APOSTROPHES}](?P<suffix>[a-zçğıöşüâî]+))?"
)
TITLE_WORDS = POSSESSIVE_HEADS | STANDALONE_HEADS


class Taken:
    """Sorted, non-overlapping character intervals already claimed by a span."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._intervals: list[tuple[int, int]] = []
        for interval in sorted((s.start, s.end) for s in spans):
            if self._intervals and interval[0] < self._intervals[-1][1]:  # overlapping input spans: coalesce
                previous = self._intervals.pop()
                interval = (previous[0], max(previous[1], interval[1]))  # noqa: PLW2901 - the coalesced interval
            self._intervals.append(interval)

    def is_free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no claimed interval."""
        i = bisect.bisect_left(self._intervals, (end, end))
        return not (i > 0 and self._intervals[i - 1][1] > start)

    def claim(self, start: int, end: int) -> bool:
        """Claim ``[start, end)`` unless it overlaps a claimed interval; whether it was free."""
        i = bisect.bisect_left(self._intervals, (end, end))
        if i > 0 and self._intervals[i - 1][1] > start:
            return False
        self._intervals.insert(i, (start, end))
        return True


# A lexicon form with a suffixed word before another word: "rusya'nın sesi", "moody's ınvestors service".
_INNER_SUFFIX = re.compile(rf"\w[{APOSTROPHES}]\w+ \w")
_ANY_APOSTROPHE = re.compile(rf"[{APOSTROPHES}]")
_CONNECTOR_LETTERS = 3
# The lower-case words inside a foreign name that end a run of capitalised words: "Corriere della Sera", "Stade de
# France", "Bank of America", "Cirque du Soleil", "Leading Hotels of the World", "La Gazzetta dello Sport".
_CONNECTORS = frozenset({*LOWER_PARTICLES, "of", "the", "and", "des", "do", "y", "dello", "delle", "degli", "dei"})


def _inner_connector(form: str) -> tuple[str, str] | None:
    """The last lower-case connector of a run inside a lexicon form and the word after it (``de``, ``france`` of
    ``stade de france``; ``the``, ``sun`` of ``empire of the sun``), or None: no connector inside, or an apostrophe
    in the form (a suffixed name's, read by its own test)."""
    if _ANY_APOSTROPHE.search(form):
        return None
    words = form.split(" ")
    for i in range(1, len(words) - 1):
        if words[i] in _CONNECTORS and words[i + 1] not in _CONNECTORS:
            return words[i], words[i + 1]
    return None


def _either_case(word: str) -> str:
    """A word as a pattern whose first letter may be written in either case (``[Ff]rance``, ``[Iı]nstitute``)."""
    return f"[{turkish_upper(word[0])}{word[0]}]{re.escape(word[1:])}"


def _head_closes(span: Span) -> bool:
    """Whether a head word closes ``span`` (``... Havalimanı``, ``... Topluluğu``)."""
    return head_type(strip_apostrophe_suffix(span.text.split()[-1])) is not None


def _headed_around(longer: Span, name: Span) -> bool:
    """Whether ``longer`` holds ``name`` and more, a head word closing it."""
    holds = longer.start <= name.start and name.end <= longer.end and longer.end - longer.start > name.end - name.start
    return holds and _head_closes(longer)


def _with_head_after(text: str, name: Span, spans: Sequence[Span]) -> Span:
    """``name`` grown to the end of a span that opens inside it and that a head word closes, of that span's type
    (``Leonardo Da Vinci`` + the model's ``Vinci Havalimanı'na``: the airport)."""
    for span in spans:
        if name.start < span.start < name.end < span.end and _head_closes(span):
            return Span(span.type, name.start, span.end, text[name.start : span.end], span.confidence)
    return name


class InnerBreakNames:
    """The names the lists know whose run of capitalised words breaks inside: at a suffixed word (``Rusya'nın
    Sesi``, ``Moody's Investors Service``) or at a lower-case connector (``Corriere della Sera``, ``Stade de
    France``). The model and the other recall rules see only pieces of such a name (``Rusya'nın``, a place;
    ``Sera``; ``Paris Stade``); the name the lists know is the whole."""

    def __init__(self, lexicon: Lexicon) -> None:
        # (not a long descriptive name with a place in the locative inside, whose place the corpora tag on its own:
        # "Yakın Doğu'daki Filistinli Mültecilere Yardım ve Bayındırlık Ajansı")
        suffixed = {
            _ANY_APOSTROPHE.sub("'", form): e
            for form, e in lexicon.items()
            if (inner := _INNER_SUFFIX.search(form)) is not None
            and not in_locative_or_ablative(form[: inner.end() - 2].rsplit(" ", 1)[-1])
        }
        connected = {form: e for form, e in lexicon.items() if _inner_connector(form) is not None}
        self._entries = {**connected, **suffixed}
        forms = sorted(self._entries, key=len, reverse=True)  # the longest first: "rusya'nın sesi radyosu"
        alternatives = "|".join(f"[{APOSTROPHES}]".join(map(re.escape, form.split("'"))) for form in forms)
        self._pattern = (
            re.compile(rf"(?i)(?<![\w{APOSTROPHES}])(?P<name>{alternatives})(?:[{APOSTROPHES}][a-zçğıöşüâî]+)?(?!\w)")
            if forms
            else None
        )
        # the cheap test: an apostrophe and what follows it in one of the names, or a connector and the word after
        # it, each first letter in either case, the rest as the lists write it (a scan led by a character class or
        # a space is fast; the names' own pattern, led by a lookbehind and case-blind, tries every position)
        after_apostrophe = "|".join(sorted({re.escape(form.split("'")[1]) for form in suffixed}))
        following: dict[str, set[str]] = defaultdict(set)  # by connector: at a space, a few branches to try
        for connector, word in (pair for form in connected if (pair := _inner_connector(form)) is not None):
            following[connector].add(_either_case(word))
        after_connector = "|".join(
            f"{_either_case(c)} (?:{'|'.join(sorted(words))})" for c, words in sorted(following.items())
        )
        screens = [
            *([rf"(?i:[{APOSTROPHES}](?:{after_apostrophe}))"] if suffixed else []),
            *([rf" (?:{after_connector})(?!\w)"] if connected else []),
        ]
        # (two scans, not one alternation: each keeps its fast first character)
        self._screens = [re.compile(screen) for screen in screens]

    def apply(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """``spans`` with each capitalised mention of such a name in place of the spans it overlaps, but for a longer
        name a head word closes (``Leonardo Da Vinci Havalimanı``: the airport, named after him)."""
        if self._pattern is None or not any(screen.search(text) for screen in self._screens):
            return list(spans)
        found = []
        for match in self._pattern.finditer(text):
            name = match.group("name")
            entry = self._entries.get(_ANY_APOSTROPHE.sub("'", turkish_lower(name)))
            # written as a name: each word capitalised but a connector ("ve", "of"), not a headline in capitals
            # ("Rusya'nın sesi" is the country's voice)
            capitalised = all(w[:1].isupper() or len(w) <= _CONNECTOR_LETTERS or w in _CONNECTORS for w in name.split())
            if entry is not None and capitalised and not name.isupper():
                found.append(Span(entry.type, match.start(), match.end(), match.group(), RECALL_CONFIDENCE))
        if not found:
            return list(spans)
        # (a longer name a head word closes holds it, and the name is no span of its own: "Leonardo Da Vinci
        # Havalimanı", "Cirque du Soleil Gösteri Topluluğu"; not the model's run past the name: "Moody's Investors
        # Service Türkiye")
        found = [_with_head_after(text, f, spans) for f in found if not any(_headed_around(s, f) for s in spans)]
        kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
        return sorted([*kept, *found], key=lambda s: s.start)


def _lookup(lexicon: Lexicon, words: list[str]) -> RecallEntry | None:
    """The entry for ``words``, also with a case ending cut off a head (``Cibaliya Mülteci Kampının``)."""
    entry = lexicon.get(turkish_lower(" ".join(words)))
    if entry is None and words:
        stem = strip_org_case_ending(words[-1])
        if stem != words[-1]:
            entry = lexicon.get(turkish_lower(" ".join([*words[:-1], stem])))
    return entry


def _people(lexicon: Lexicon, text: str, words: list[str], start: int, end: int) -> list[Span]:
    """Known persons of two words or more in a longer run: ``Bakanı Ceyhun Bayramov``, ``Fatih Karahan Londra'da``."""
    found = []
    offsets = [start]
    for word in words:
        offsets.append(offsets[-1] + len(word) + 1)
    i = 0
    while i < len(words) - 1:
        for j in range(min(len(words), i + MAX_NAME_WORDS), i + 1, -1):
            entry = _lookup(lexicon, words[i:j])
            if entry is not None and entry.type == "PER":
                stop = end if j == len(words) else offsets[j] - 1
                found.append(Span("PER", offsets[i], stop, text[offsets[i] : stop], RECALL_CONFIDENCE))
                i = j - 1
                break
        i += 1
    return found


def _around_title(
    lexicon: Lexicon, text: str, words: list[str], span: tuple[int, int], found: Sequence[Span]
) -> list[Span]:
    """``Belarus Cumhurbaşkanı Lukaşenko``: a known body or place before the title, a known person after it."""
    at = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in TITLE_WORDS), None)
    if at is None or found:
        return []
    start, end = span
    spans = []
    after = _lookup(lexicon, words[at + 1 :])
    if after is not None and after.type == "PER":
        offset = start + len(" ".join(words[: at + 1])) + 1
        spans.append(Span("PER", offset, end, text[offset:end], RECALL_CONFIDENCE))
    first = 1 if opens_sentence(text, start) and words[0] in SENTENCE_OPENERS else 0
    before = _lookup(lexicon, words[first:at]) if spans else None
    if before is not None and before.type != "PER" and not before.acronym:
        offset = start + sum(len(w) + 1 for w in words[:first])
        stop = start + len(" ".join(words[:at]))
        spans.append(Span(before.type, offset, stop, text[offset:stop], RECALL_CONFIDENCE))
    return spans


_OPENING_QUOTE = re.compile(
    rf"[{APOSTROPHES}](?<!\w[{APOSTROPHES}])[{_UPPER}]"
)  # the cheap test: most articles quote no name


def _quoted(lexicon: Lexicon, text: str, run: re.Match[str]) -> list[Span]:
    """A quotation's opening run as one name the lists know, whole, and closed by the quotation mark or a case
    ending (``'Rudaw' gazetesinin``, ``'Sudan'a yardım ...'``): not a word opening a sentence (``'Mübarek olsun'``,
    ``''Sudan geçince''``), nor a name inside a title (``'Da Vinci Şifresi'``)."""
    end = run.end()
    if run.group("suffix") is None and text[end : end + 1] not in APOSTROPHES:
        return []
    words = text[run.start() : run.start("suffix") - 1 if run.group("suffix") else end].split(" ")
    entry = _lookup(lexicon, words) if len(words) <= MAX_NAME_WORDS else None
    if entry is None or (entry.acronym and not words[0].isupper()):
        return []
    return [Span(entry.type, run.start(), end, text[run.start() : end], RECALL_CONFIDENCE)]


def _match(lexicon: Lexicon, text: str, run: re.Match[str]) -> list[Span]:
    """The whole run as one name (its first word may be sentence-initial), else known persons and acronyms in it."""
    start, end = run.span()
    suffix_start = run.start("suffix")
    words = (text[start : suffix_start - 1] if suffix_start >= 0 else run.group()).split(" ")
    first_free = 1 if len(words) > 1 and opens_sentence(text, start) else 0
    # (not a foreign name's word before its particle: "Van der Linden", "Van den Berg", no town)
    particled = suffix_start < 0 and _FOREIGN_PARTICLE_AFTER.match(text, end) is not None
    offset = start
    for i in range(0 if particled else first_free + 1):
        if 0 < len(words) - i <= MAX_NAME_WORDS:
            entry = _lookup(lexicon, words[i:])
            # "Un fiyatları" is flour, not the UN: an acronym must be written in capitals.
            if entry is not None and not (entry.acronym and not words[i].isupper()):
                return [Span(entry.type, offset, end, text[offset:end], RECALL_CONFIDENCE)]
        offset += len(words[i]) + 1
    glued = _GLUED_CHAIN.search(text, max(0, start - 40), start) if text[start - 1 : start] == "-" else None
    if glued is not None:
        # a name the lists know, its words glued by hyphens ("Eğitim-Bir-Sen": a run starts after each hyphen)
        entry = _lookup(lexicon, [glued.group() + words[0], *words[1:]])
        if entry is not None and not entry.acronym:
            return [Span(entry.type, glued.start(), end, text[glued.start() : end], RECALL_CONFIDENCE)]
    found = _people(lexicon, text, words, start, end)
    found.extend(_around_title(lexicon, text, words, (start, end), found))
    offset = start
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1 and not any(s.start <= offset < s.end for s in found):
            entry = lexicon.get(turkish_lower(word))
            if entry is not None and entry.acronym:
                word_end = end if i == len(words) - 1 else offset + len(word)
                found.append(Span(entry.type, offset, word_end, text[offset:word_end], RECALL_CONFIDENCE))
        offset += len(word) + 1
    return found


# A foreign name's lower-case particle and the capitalised word after it (not the Turkish "de", "da": "Ankara da
# İstanbul da"; nor "la", "le").
_FOREIGN_PARTICLE_AFTER = re.compile(
    rf" (?:{'|'.join(p for p in LOWER_PARTICLES if p not in ('de', 'da', 'la', 'le'))}) [{_UPPER}]"
)
# Capitalised words glued before a run by hyphens: "Eğitim-Bir-" of "Eğitim-Bir-Sen".
_GLUED_CHAIN = re.compile(rf"(?<![\w{APOSTROPHES}-])(?:[{_UPPER}]\w*-){{1,3}}$")
# A word glued before a name by a hyphen: an Arabic article or the first word of a union's name.
_GLUED_BEFORE = re.compile(rf"(?<![\w{APOSTROPHES}-])(?:el|al|[{_UPPER}]\w*)-$")


def _headed(text: str, run: re.Match[str]) -> list[Span]:
    """Capitalised words up to a head (``Sivil Savunma Müdürlüğü``, ``Operasyonlar Bölümü Başkanı``) as ORG/LOC."""
    start = run.start()
    words = run.group().split(" ")
    last = len(words) - 1
    # a company word heads a name only at the run's end: "Aksa Enerji", not "Enerji Bakanı Alparslan Bayraktar"
    at = next((i for i, w in enumerate(words) if head_type(w) and (i == last or not is_company_word(w))), None)
    if at is None or all(w.isupper() for w in words[: at + 1]):
        return []  # a headline or heading in capitals ("EĞİTİM SERVİSİ") is not a name
    kind = head_type(words[at])
    # the run's suffix stays on its last word, so a head that ends the run ends the name with it
    end = run.end() if at == len(words) - 1 else start + len(" ".join(words[: at + 1]))
    words = words[: at + 1]
    if words[0] in SENTENCE_OPENERS:
        start += len(words[0]) + 1  # "Ayrıca Sağlık Bakanlığı": an opener, not part of the name
        words = words[1:]
    # (one word only where it is a club's whole name: "Kocaelispor formasıyla")
    club = len(words) == 1 and is_club_name(strip_apostrophe_suffix(words[0]))
    if (len(words) < 2 and not club) or kind is None or words[0] == "En":
        return []  # (and "En İyi Grup", "En Büyük Holding": a superlative, a prize's or a ranking's words)
    if len(words) == 3 and opens_sentence(text, start) and is_generic_body(canonical_name(" ".join(words[1:]), kind)):
        return []  # "Karar Yönetim Kurulu'nda alındı": the sentence's subject, then a board named by its function
    glued = _GLUED_BEFORE.search(text, max(0, start - 30), start)
    if glued is not None:
        start = glued.start()  # "El-Ehli Baptist Hastanesi", "el-Vefa Hastanesi", "Kristal-İş Sendikası", "Eğitim-Sen"
    return [Span(kind, start, end, text[start:end], HEADED_CONFIDENCE)]


def find_missing(
    lexicon: Lexicon,
    text: str,
    spans: Sequence[Span],
    is_demonym: Callable[[str], bool] = lambda _word: False,
    is_body: Callable[[str], bool] = lambda _name: False,
    *,
    is_common: Callable[[str], bool] = lambda _word: False,
) -> list[Span]:
    """New spans for lexicon names, then for head-word names (``... Hastanesi``), not covered by ``spans``;
    ``is_demonym`` tells a nationality word before a brand's name (``Yunan Kathimerini gazetesi``), ``is_body`` a
    name the lists know as an organisation (a paper's before a byline's slash, ``POSTA/Uğur Kotan``), ``is_common`` a
    word the corpora seldom capitalise (``Dudak bölgesi``, ``Artık sokak``: a sentence's first word, no place)."""
    taken = Taken(spans)
    runs = list(_RUN.finditer(text))
    found = [span for run in runs for span in _match(lexicon, text, run) if taken.claim(span.start, span.end)]
    quoted = list(_QUOTED_RUN.finditer(text)) if _OPENING_QUOTE.search(text) else []
    found += [span for run in quoted for span in _quoted(lexicon, text, run) if taken.claim(span.start, span.end)]
    found += [span for run in runs for span in _headed(text, run) if taken.claim(span.start, span.end)]
    found += [span for run in runs for span in _address(text, run, is_common) if taken.claim(span.start, span.end)]
    found += [span for run in runs for span in _settlement(text, run, is_common) if taken.claim(span.start, span.end)]
    found += [
        span
        for run in (*runs, *quoted)
        for span in _branded(text, run, is_demonym)
        if taken.claim(span.start, span.end)
    ]
    found += [
        Span("LOC", start, end, text[start:end], HEADED_CONFIDENCE)
        for start, end in (*numbered_streets(text), *numbered_roads(text))
        if taken.claim(start, end)
    ]
    found += [span for span in _sites(text) if taken.claim(span.start, span.end)]
    found += [span for span in _codes(lexicon, text) if taken.claim(span.start, span.end)]
    found += [span for span in _credits(lexicon, text) if taken.claim(span.start, span.end)]
    found += [span for span in _bylines(text, is_body) if taken.claim(span.start, span.end)]
    found += [span for run in runs for span in _unmarked_town(lexicon, text, run) if taken.claim(span.start, span.end)]
    found += [span for span in _platforms(text) if taken.claim(span.start, span.end)]
    found += [span for run in runs for span in _titled_acronym(text, run) if taken.claim(span.start, span.end)]
    return sorted(found, key=lambda s: s.start)


# A body's office after an acronym, then the office holder's name: "TÜRDEV Başkanı Volkan Çandar", "TÜSEV Genel
# Sekreteri Ahmet", "ABCD CEO'su Ayşe".
_BODY_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:Genel[ \t]+|Yönetim[ \t]+Kurulu[ \t]+)?(?:Başkanı|Başkan[ \t]+Yardımcısı|Müdürü|Sekreteri|Sözcüsü"
    r"|[CK]EO['’]su)[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]"
)
_ACRONYM_LETTERS = (3, 8)


def _titled_acronym(text: str, run: re.Match[str]) -> list[Span]:
    """An acronym before a body's office and its holder's name (``TÜRDEV Başkanı Volkan Çandar``): the body whose
    office it is (one the lists know is found before, by the lexicon's match). One word in capitals, three to eight
    letters, not the run of a headline in capitals (its office would be in capitals too)."""
    word = run.group().split(" ", 1)[0]  # (the run goes on with the office and the name)
    if not word.isupper() or not _ACRONYM_LETTERS[0] <= len(word) <= _ACRONYM_LETTERS[1] or not word.isalpha():
        return []  # the cheap test first: most runs open with no acronym
    end = run.start() + len(word)
    if _BODY_OFFICE_AFTER.match(text, end) is None:
        return []
    return [Span("ORG", run.start(), end, word, HEADED_CONFIDENCE)]


# Case endings copy writes without the apostrophe after a Turkish town ("Mersinde", "Ankaradan", "Adananın"): the
# locative, the ablative and the genitive, which no common word of a town's letters takes unnoticed ("Kilise" is
# the church: the accusative and the dative are left out).
_UNMARKED_ENDINGS = (
    *("daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "nın", "nin", "nun", "nün"),
    *("da", "de", "ta", "te"),
)
_MIN_TOWN = 4  # letters: "Vanda" is a given name, not Van in the locative


def _unmarked_town(lexicon: Lexicon, text: str, run: re.Match[str]) -> list[Span]:
    """A Turkish town or a country the lists know written with a case ending and no apostrophe, mid-sentence
    (``Mersinde``, ``Almanyadaki tesislere``): the town's or the country's letters as a place."""
    if not run.group().endswith(_UNMARKED_ENDINGS):
        return []  # the cheap test first: most names end in no such ending
    words = run.group().split(" ")
    start = run.end() - len(words[-1])  # the last word, after a sentence's first word at most ("Vatandaşlar Adananın")
    if len(words) > 2 or (len(words) == 2 and not opens_sentence(text, run.start())):
        return []
    word = words[-1]
    if run.group("suffix") is not None or not word[-1:].islower() or opens_sentence(text, start):
        return []
    lowered = turkish_lower(word)
    for ending in _UNMARKED_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= _MIN_TOWN:
            entry = lexicon.get(lowered[: -len(ending)])
            if (
                entry is not None
                and entry.place is not None
                and (entry.place.country_code == "TR" or entry.place.is_country)
            ):
                stem_end = start + len(word) - len(ending)
                return [Span("LOC", start, stem_end, text[start:stem_end], RECALL_CONFIDENCE)]
    return []


# A line that only credits the source, as sites and agencies close their copy: " ntvmsnbc", "(dha)", "- reuters".
_CREDIT_LINE = re.compile(
    r"^[ \t]*[(\[-]?[ \t]*(?P<name>[^\W\d_][\w.]*(?:[ \t]+[^\W\d_][\w.]*)?)[ \t]*[)\]]?[ \t]*$", re.M
)


def _credits(lexicon: Lexicon, text: str) -> list[Span]:
    """An ORG span for a credit line written in lower case (`` ntvmsnbc``): a body the lists know, alone on the
    article's last line (a capitalised one is read like any name; a line of a poem, ``hürriyet``, is no credit)."""
    body = text.rstrip()
    last_break = body.rfind("\n")
    if last_break < 0 or last_break < text.find("\n") + 1:
        return []  # the headline's line, or one line only
    match = _CREDIT_LINE.fullmatch(body, last_break + 1)
    name = match.group("name") if match is not None else ""
    entry = lexicon.get(name) if name and name == turkish_lower(name) else None
    if match is None or entry is None or entry.type != "ORG":
        return []
    return [Span("ORG", match.start("name"), match.end("name"), name, HEADED_CONFIDENCE)]


# A byline that names the paper first, in capitals, then the reporter or photographer after a slash, on a line of its
# own: "POSTA/Uğur KOTAN", "SABAH / Ali Yılmaz".
_BYLINE = re.compile(r"^[ \t]*(?P<name>[A-ZÇĞİÖŞÜ]{2,12})[ \t]*/[ \t]*[A-ZÇĞİÖŞÜ][\w]+[ \t]+[A-ZÇĞİÖŞÜ]", re.M)


def _bylines(text: str, is_body: Callable[[str], bool]) -> list[Span]:
    """An ORG span for the paper a byline names before its slash, when the lists know it as a body (``is_body``)."""
    if "/" not in text:
        return []  # the cheap test first
    return [
        Span("ORG", m.start("name"), m.end("name"), m.group("name"), HEADED_CONFIDENCE)
        for m in _BYLINE.finditer(text)
        if is_body(m.group("name"))
    ]


# A social platform written in lower case, as copy often does, with its case ending or before the account's noun:
# "twitter'dan şunları yazdı", "instagram sayfasından", "facebook hesabından" (the linker keeps a known company's
# name in lower case).
PLATFORMS = ("twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "whatsapp")
"""Social platforms copy writes in lower case too (``twitter'dan``): a span of one of them is the platform."""
_PLATFORM = re.compile(
    rf"(?<![\w@/.])(?:{'|'.join(PLATFORMS)})"
    rf"(?:[{APOSTROPHES}][a-zçğıöşü]+|(?=[ \t]+(?:hesab|sayfa|adres|üzerinden|profil)))"
)


def _platforms(text: str) -> list[Span]:
    """ORG spans for social platforms the copy names in lower case (see ``_PLATFORM``)."""
    if not any(platform in text for platform in PLATFORMS):
        return []  # the cheap test first: most articles write no platform in lower case
    return [Span("ORG", m.start(), m.end(), m.group(), HEADED_CONFIDENCE) for m in _PLATFORM.finditer(text)]


# A web site cited as a source, as the copy cites a paper: the domain with a case suffix (``turkiyef1.com'un
# haberine göre``) or before ``adlı``/``sitesi`` (``EvdenEveNakliyat.gen.tr adlı site``). An address to visit
# (``tk.gov.tr adresine``, ``twitter.com/mesutyar``) is none.
WEB_DOMAIN = r"(?:www\.)?[\w-]+\.(?:com|net|org|tv|info|gen)(?:\.tr)?"
"""A web site's name as copy writes it: ``turkiyef1.com``, ``EvdenEveNakliyat.gen.tr`` (the linker keeps such
a span)."""
_SITE = re.compile(rf"(?<![\w@/.]){WEB_DOMAIN}(?:['’][a-zçğıöşü]+|(?=\s+(?:adlı|isimli|haber\s+sitesi|sitesi)\b))")


# A code of one or two capitals, a hyphen and a number, with its case ending: "E-5", "E-5'i", "D-100'de", "G-20"
# (not inside a longer hyphenated word: "Sivasspor-1461", "F-16-lar").
_CODE = re.compile(rf"(?<![\w{APOSTROPHES}-])(?P<code>[A-Z]{{1,2}}-\d{{1,3}})(?:[{APOSTROPHES}][a-zçğıöşü]+)?(?![\w-])")


def _codes(lexicon: Lexicon, text: str) -> list[Span]:
    """Spans for codes the lists know (``E-5``, a road's): the runs of capitalised words end at a hyphen."""
    found = []
    for m in _CODE.finditer(text):
        entry = lexicon.get(m.group("code").lower())
        if entry is not None:
            found.append(Span(entry.type, m.start(), m.end(), m.group(), RECALL_CONFIDENCE))
    return found


def _sites(text: str) -> list[Span]:
    """ORG spans for web sites the copy cites as sources (see ``_SITE``)."""
    if ".com" not in text and ".net" not in text and ".org" not in text and ".tr" not in text and ".tv" not in text:
        return []  # the cheap test first: most articles cite no site
    return [Span("ORG", m.start(), m.end(), m.group(), HEADED_CONFIDENCE) for m in _SITE.finditer(text)]


# A lower-case settlement or region noun right after a name says it is a place: "Polatlı ilçesinde", "Gelik
# beldesindeki", "Kuşçu köyünde", "Van ilinde", "Uruzgan vilayetinin", "Schwechat havaalanına". Forms that are
# also an accusative or a bare possessive ("köyü", "kenti": "Ahmet köyü gezdi") count only with a case ending
# after the possessive.
_FINDS = [noun for noun in PLACE_NOUNS if noun.finds]
_SETTLEMENT = re.compile(
    rf" (?:(?P<spot>{place_noun_forms([noun for noun in _FINDS if noun.spot])})"
    rf"|(?P<airport>{place_noun_forms([noun for noun in _FINDS if noun.airport])})"
    rf"|{place_noun_forms([noun for noun in _FINDS if not noun.spot and not noun.airport])}"
    # in the plural after a list of them: "Süleymaniye, Direkli ve Şehitlik mahallelerinde", "Kılıçlı ve Kızılkaş
    # köyleri arasındaki"
    rf"|(?P<plural>(?:{place_plurals(_FINDS)})[a-zçğıöşü]*))"
    r"(?=[\s,.;:)!?]|$)"
)
# ... and the nouns of a settlement or a locality, after which even a common word opening a sentence is a place's
# name ("Genç ilçesinde", "Moda semtini", "Palamut köyünde", "Çamlık mevkiinde", "Çiftlik yaylasında"); after any other
# noun it is no name ("Dudak bölgesi", "Baraj gölünde", "Tatil kentinde", "Dağ tepesinde": the code reviews).
_SETTLED = re.compile(r" (?:il|köy|semt|mahalle|belde|kasaba|mezra|mevki|yayla)")
# A capitalised word and a French or Spanish place's particle before a settlement's name ("Villiers le " Bel; not the
# Turkish "de", "da": "Ahmet de Polatlı ilçesinde"), or capitalised words joined to it by hyphens ("Saint-" Quen).
_PARTICLED_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:[A-ZÇĞİÖŞÜ][\w]+[ -](?:le|la|les|du|des|del|sur)[ -]|(?:[A-ZÇĞİÖŞÜ][\w]*-)+)$"
)
_SETTLEMENT_INITIALS = frozenset(noun.possessive[0] for noun in _FINDS)  # the cheap test before the pattern
# A genitive before a spot's noun makes it a part of the thing ("Kulenin tepesinde", "Silikon vadisinde" aside); a
# player's position is a spot too ("Forvet mevkisinde").
_GENITIVE = re.compile(r"n[ıiuü]n$")  # (a vowel's genitive only: "Aydın", "Erzin" are places)
_POSITIONS = frozenset({"Forvet", "Kaleci", "Defans", "Stoper", "Bek", "Kanat", "Santrafor", "Libero", "Orta"})
# The members of such a list before its last one: "Süleymaniye, Direkli ve " (one or two capitalised words each).
_SETTLEMENT_MEMBER = r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşü]+)?"
_SETTLEMENTS_BEFORE = re.compile(rf"((?:{_SETTLEMENT_MEMBER}, )*{_SETTLEMENT_MEMBER}) (?:ve|ile) $")


def _settlement(text: str, run: re.Match[str], is_common: Callable[[str], bool]) -> list[Span]:
    """Capitalised words before a lower-case settlement or region noun (``Polatlı ilçesinde``) as a place; not a
    sentence's first word the article writes in lower case or the corpora seldom capitalise (``is_common``: ``Dudak
    bölgesi için``)."""
    end = run.end()
    if text[end + 1 : end + 2] not in _SETTLEMENT_INITIALS or (noun := _SETTLEMENT.match(text, end)) is None:
        return []  # the cheap test first: most names are followed by no settlement noun
    if noun.group("airport") and " " not in run.group() and opens_sentence(text, run.start()):
        return []  # "Üçüncü havalimanı", "Gerek havaalanı gerekse ...": a sentence's first word, no town
    words = run.group().split(" ")
    if run.group("suffix") is not None or run.group().isupper() or len(words) > MAX_NAME_WORDS:
        return []
    if noun.group("spot") and (_GENITIVE.search(words[-1]) or words[-1] in _POSITIONS):
        return []  # "Kulenin tepesinde": the top of a tower; "Forvet mevkisinde": a player's position
    start = run.start()
    particled = _PARTICLED_BEFORE.search(text, max(0, start - 40), start)
    if particled is not None:
        start = particled.start()  # "Villiers le Bel banliyösünde", "Saint-Quen": a French place's particle
    elif opens_sentence(text, start):
        if len(words) > 1:
            start += len(words[0]) + 1  # "Kaza Polatlı ilçesinde": the sentence's subject, then the place
        elif written_in_lower_case(text, words[0]) or (is_common(words[0]) and not _SETTLED.match(noun.group())):
            return []  # "Görev bölgesi ... görev bölgesi": a common word capitalised by its sentence
    found = Span("LOC", start, run.end(), text[start : run.end()], HEADED_CONFIDENCE)
    return _with_listed(text, found) if noun.group("plural") else [found]


def _with_listed(text: str, last: Span) -> list[Span]:
    """The last place before a plural settlement noun and the others of its list; none without a list (a plural
    names places only after a list of them: ``Diğer bölgelerde``)."""
    listed = _listed_settlements(text, last.start)
    return [last, *listed] if listed and last.text not in _NO_SETTLEMENT else []


def _listed_settlements(text: str, start: int) -> list[Span]:
    """The other members of a list of settlements ending at ``start`` (``Süleymaniye, Direkli ve``), as places."""
    before = _SETTLEMENTS_BEFORE.search(text, max(0, start - 120), start)
    if before is None:
        return []
    found = []
    offset = before.start(1)
    for member in before.group(1).split(", "):
        at, name = offset, member
        if opens_sentence(text, at) and " " in name:
            at, name = at + name.index(" ") + 1, name.split(" ")[1]  # "Kaza Kuzucak ve ...": the subject first
        if name.split(" ")[0] in _NO_SETTLEMENT or written_in_lower_case(text, name.split(" ")[0]):
            return []  # "Diğer ve Başka bölgelerde", "Kuzey ve Güney bölgelerinde": kinds of places, no names
        if not opens_sentence(text, at):
            found.append(Span("LOC", at, at + len(name), name, HEADED_CONFIDENCE))
        offset += len(member) + 2
    return found


# Capitalised words before a plural settlement noun that name none: "Diğer bölgelerde", "Bazı köylerde".
_NO_SETTLEMENT = SENTENCE_OPENERS | frozenset(
    {
        *("Başka", "Diğer", "Belirli", "Değişik", "Farklı", "Çeşitli", "Tüm", "Bütün", "İç", "Dış", "Kırsal"),
        *("Sorunlu", "Kuzey", "Güney", "Doğu", "Batı", "Orta", "Yukarı", "Aşağı", "Yüksek", "Alçak", "Kentsel"),
    }
)


# A lower-case noun for a brand, a publication or a firm right after a name says it is a body: "TW Steel saat
# markasının" no, "TW Steel markasının", "Boxer dergisine", "Delta firmasında"; so does a party's ("Bildu partisi").
# Forms that are also an accusative ("şirketi", "ajansı": "Ahmet şirketi kurdu") count only with a case ending after
# the possessive.
_BODY_NOUN = re.compile(rf" (?:(?:{BRAND_NOUNS}|partisi)[a-zçğıöşü]*|(?:şirketi|ajansı)n[a-zçğıöşü]+)(?=[\s,.;:)!?]|$)")
# ... and, after a whole quotation only, a band's or an armed group's ("“One Direction” grubu", "'Ndrangheta'
# örgütüne"; bare, "Çalışma grubu" opens a sentence as often; not "hareketi": "“Dougie” hareketi" is a dance's move)
_QUOTED_BODY_NOUN = re.compile(r" (?:grubu(?!n )|örgütü)[a-zçğıöşü]*(?=[\s,.;:)!?]|$)")
# ... and a firm's or an agency's bare, after a whole quotation only ("“Orbital Sciences” şirketi tarafından")
_QUOTED_FIRM_NOUN = re.compile(rf" (?:{QUOTED_FIRM_NOUNS})(?:n[a-zçğıöşü]+)?(?=[\s,.;:)!?]|$)")
# Music or arms around a quoted one-word group's name: the band's or the armed group's.
_GROUP_CONTEXT = re.compile(r"şarkı|albüm|konser|sahne|müzi|beste|solist|vokal|örgüt|militan|silahlı|terör")
_CONTEXT = 150
_ONE = re.compile(r"(?:^|\s)[Bb]ir\s+$")  # "bir GSM şirketinden": any firm of a kind, not one named
_BODY_NOUN_INITIALS = frozenset("mdgfşasp")  # the first letters of those nouns
_NOUN_WINDOW = 40


def _branded(text: str, run: re.Match[str], is_demonym: Callable[[str], bool]) -> list[Span]:
    """Capitalised words before a lower-case brand, publication or firm noun (``Boxer dergisine``) as a body; a
    nationality before them is none of it (``Yunan Kathimerini gazetesi``). A nationality or a country alone
    (``Alman şirketi``) is dropped or retyped when the span is cleaned."""
    start, end = run.span()
    # in quotation marks, closed before the noun: "“Nature Genetics” dergisinde", "'The Lancet' dergisine"
    quoted = is_quoted(text, start, end)
    after = end + 1 if quoted else end
    noun = text[after : after + _NOUN_WINDOW]
    if quoted and noun[1:2].isupper():
        noun = (
            noun[0] + turkish_lower(noun[1]) + noun[2:]
        )  # a quoted title, then its noun capitalised: "“Nature” Dergisinde"
    if (noun[1:2] not in _BODY_NOUN_INITIALS and not (quoted and noun[1:2] == "ö")) or (
        _BODY_NOUN.match(noun) is None
        and not (quoted and (_QUOTED_BODY_NOUN.match(noun) or _QUOTED_FIRM_NOUN.match(noun)))
    ):
        return []  # the cheap test first: most names are followed by no such noun ("örgütü" only after a quotation)
    words = run.group().split(" ")
    firm = quoted and _QUOTED_FIRM_NOUN.match(noun) is not None
    if _BODY_NOUN.match(noun) is None and not firm and not _named_group(text, run, words, is_demonym):
        return []  # "“Risk” grubunda", "“Beyaz Türkler” grubuna": a quoted word, a people's word, no band
    if (
        run.group("suffix") is not None
        or (run.group().isupper() and len(words) > 1)
        or len(words) > MAX_NAME_WORDS
        or _ONE.search(text, max(0, start - 5), start)
    ):
        return []
    if not quoted:  # (quotation marks hold the name whole)
        if len(words) > 1 and is_demonym(words[0]):
            start += len(words[0]) + 1  # "Yunan Kathimerini gazetesi": the nationality, then the name
        elif opens_sentence(text, start):
            if len(words) == 1:
                return []  # "Moda dergisi", "Saat firması": a common word capitalised by its sentence, as often as not
            start += len(words[0]) + 1  # "Ünlü Boxer dergisine": the sentence's first word, then the name
    return [Span("ORG", start, end, text[start:end], HEADED_CONFIDENCE)]


def _named_group(text: str, run: re.Match[str], words: list[str], is_demonym: Callable[[str], bool]) -> bool:
    """Whether a quoted name before ``grubu`` or ``örgütü`` is a band's or an armed group's: two words or more, the
    last no people's word (``“One Direction”``; not ``“Beyaz Türkler”``), or one word where the copy speaks of music
    or arms around it (``“Risk” grubunda``, a risk group, is neither)."""
    if len(words) > 1:
        return not is_demonym(words[-1])
    return _GROUP_CONTEXT.search(text, max(0, run.start() - _CONTEXT), run.end() + _CONTEXT) is not None


def _address(text: str, run: re.Match[str], is_common: Callable[[str], bool]) -> list[Span]:
    """Capitalised words before a lower-case street or quarter word (``Tahta Tulumba sokak``) as a place; not a
    sentence's first word alone that the corpora seldom capitalise (``is_common``: ``Artık sokak lambaları``)."""
    end = street_word_end(text, run.end()) if run.group("suffix") is None else None
    words = run.group().split(" ")
    if end is None or run.group().isupper() or len(words) > MAX_NAME_WORDS:
        return []
    start = run.start()
    if opens_sentence(text, start):
        if len(words) > 1:
            start += len(words[0]) + 1  # "Ekipler Çınarlı sokağında": the sentence's subject, then the street
        elif is_common(words[0]):
            return []  # "Artık sokak aydınlatmaları": an adverb capitalised by its sentence
    return [Span("LOC", start, end, text[start:end], HEADED_CONFIDENCE)]
