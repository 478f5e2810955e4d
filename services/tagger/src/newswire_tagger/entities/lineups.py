"""A match report's box score, as Turkish agencies file it under a football or basketball story:

    Stat: Manisa 19 Mayıs
    Hakemler: Süleyman Abay, Erdem Bayık, Bahtiyar Birinci
    Eskişehirspor: Boffin, Tarık, Veysel, Servet (Dk. 76 Mehmet), Dede, Kamara (Dk. 61 Nuhiu), Alper, Hürriyet
    Anadolu Efes: Doğuş Balbay, Farmar 14, Lucas 16, Savanovic 4, Semih Erden 5

The referees and every name of a line-up (substitutes too) are people, whatever a list says of the word
(``Hürriyet`` is a newspaper and, here, a midfielder); the stadium or hall is a place. The block is recognised by
its referees' line, so an ordinary ``Katılanlar: ...`` list is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from newswire_tagger.entities.heads import head_type, is_company_word
from newswire_tagger.entities.names import turkish_lower, turkish_upper
from newswire_tagger.entities.nouns import is_works_noun
from newswire_tagger.entities.titles import RULERS
from newswire_tagger.spans import Span

__all__ = ["box_score", "fixture_venues", "play_credits", "prose_lineups", "with_box_score"]

BOX_SCORE_CONFIDENCE = 0.9
"""Confidence of a name read from a box score: its line says what it is."""


def _labels(*words: str) -> str:
    """A box score's labels as the copy writes them, in title case or in capitals ("Hakem: ...", "HAKEM: ..."), as
    a regex alternation (the longer word first)."""
    return "|".join(form for word in words for form in (word, turkish_upper(word)))


_REFEREE_LABEL = "Hakem"
_REFEREES = re.compile(
    rf"^[ \t]*(?:{_labels(_REFEREE_LABEL + 'ler', _REFEREE_LABEL)})[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.MULTILINE
)
_VENUE = re.compile(
    rf"^[ \t]*(?:{_labels('Stadyum', 'Stat', 'Salon')})[ \t]*:[ \t]*(?P<value>[^\n]+?)[ \t.]*$", re.MULTILINE
)
_LINEUP = re.compile(r"^[ \t]*[A-ZÇĞİÖŞÜ0-9][^:\n]{1,60}:[ \t]*(?P<value>[^\n]+)$", re.MULTILINE)
# One listed name: up to four capitalised words (initials and hyphens allowed), a player's points after it.
_ITEM = re.compile(r"^(?P<name>[A-ZÇĞİÖŞÜ][\w'’.-]*(?: [A-ZÇĞİÖŞÜ][\w'’.-]*){0,3})(?: \d{1,3})?$")
# A substitution inside brackets: "(Dk. 64 Bilal)", "(Dk. 90+2 Emre Çolak)".
_SUBSTITUTE = re.compile(r"Dk\. ?\d{1,3}(?:\+\d)? (?P<name>[A-ZÇĞİÖŞÜ][\w'’.-]*(?: [A-ZÇĞİÖŞÜ][\w'’.-]*){0,3})")
_BRACKETS = re.compile(r"\([^()\n]*\)")
# A stadium or hall: capitalised words, a date's day first ("19 Mayıs", "Türk Telekom Arena").
_VENUE_NAME = re.compile(r"(?:\d{1,3}\.? )?[A-ZÇĞİÖŞÜ][\w'’.-]*(?: [A-ZÇĞİÖŞÜ][\w'’.-]*){0,5}")
_MIN_PLAYERS = 5
# A fixture's line: the time, the two teams joined by a hyphen, the stadium or hall in brackets ("19.00
# Fenerbahçe-Göztepe (Fenerbahçe Şükrü Saracoğlu)", "16:30 Arkas Spor - Galatasaray (İzmir Atatürk)"), a closed
# match's note after it ("(Hüseyin Avni Aker - Seyircisiz)").
_FIXTURE = re.compile(
    r"^[ \t]*\d{1,2}[.:]\d{2}[ \t]+[^\n()]*?\S[ \t]*[-–][ \t]*\S[^\n()]*?[ \t]*"
    r"\((?P<value>[^()\n]+?)(?:[ \t]*[-–][ \t]*[Ss]eyircisiz)?\)[ \t.]*$",
    re.MULTILINE,
)
# What a fixture's bracket names when it is a broadcaster or the match's state, not a venue: "(Lig TV)",
# "(D-SMART)", "(NTV Spor)", "(S Sport)", "(TV8)", "(Canlı)", "(Ertelendi)".
_BROADCASTERS = frozenset(
    {"tv", "trt", "ntv", "atv", "d-smart", "dsmart", "digiturk", "tivibu", "bein", "kanal", "sport", "tv8"}
    | {"canlı", "ertelendi", "iptal", "yayın", "banttan", "naklen"}
)
_MIN_FIXTURES = 2  # lines: a list of fixtures, not one timed line of a programme


def box_score(text: str) -> list[Span]:
    """People and the venue a box score in ``text`` lists; none when the text has no referees' line."""
    if _REFEREE_LABEL not in text and turkish_upper(_REFEREE_LABEL) not in text:
        return []  # the cheap test first: most articles carry no box score
    referees = _REFEREES.search(text)
    if referees is None:
        return []
    spans = _names(referees.start("value"), referees.group("value"))
    for line in _LINEUP.finditer(text):
        if line.start() != referees.start() and line.group("value").count(",") + 1 >= _MIN_PLAYERS:
            spans += _names(line.start("value"), line.group("value"), lineup=True)
    venue = _VENUE.search(text)
    if venue is not None and _VENUE_NAME.fullmatch(venue.group("value")):
        spans.append(Span("LOC", venue.start("value"), venue.end("value"), venue.group("value"), BOX_SCORE_CONFIDENCE))
    return sorted(spans, key=lambda s: s.start)


def _names(offset: int, value: str, *, lineup: bool = False) -> list[Span]:
    """The people of one listed line; none unless every comma-separated item is a name (a line-up's with its
    substitutes)."""
    spans: list[Span] = []
    value = value.rstrip(" \t,")  # a comma after the last player ends no name
    flat = _BRACKETS.sub(lambda m: " " * len(m.group()), value)  # same offsets, substitutions blanked
    position = 0
    for item in flat.split(","):
        start = position + len(item) - len(item.lstrip())
        position += len(item) + 1
        match = _ITEM.match(item.strip())
        if match is None:
            return []  # "Goller: Dk. 6 Kenan (...)": not a list of names
        name = match.group("name")
        spans.append(Span("PER", offset + start, offset + start + len(name), name, BOX_SCORE_CONFIDENCE))
    if lineup:
        for sub in _SUBSTITUTE.finditer(value):
            begin = offset + sub.start("name")
            spans.append(Span("PER", begin, begin + len(sub.group("name")), sub.group("name"), BOX_SCORE_CONFIDENCE))
    return spans


def fixture_venues(text: str) -> list[Span]:
    """The stadiums and halls a list of fixtures names in brackets, each one place whatever its words (``Kamil
    Ocak``, ``Kasımpaşa Recep Tayyip Erdoğan``, ``Sivas 4 Eylül``); not a broadcaster (``(Lig TV)``)."""
    if "(" not in text:
        return []  # the cheap test first
    lines = list(_FIXTURE.finditer(text))
    if len(lines) < _MIN_FIXTURES:
        return []
    venues = []
    for line in lines:
        value = line.group("value")
        words = value.lower().split()
        if _VENUE_NAME.fullmatch(value) and not _BROADCASTERS & set(words) and words[-1] != "spor":
            venues.append(Span("LOC", line.start("value"), line.end("value"), value, BOX_SCORE_CONFIDENCE))
    return venues


# A line-up in running copy: at least six names, one to three capitalised words each, then "ilk 11'i ile", "ilk
# 11'inde" or "ilk on biri ile" ("... Schalke 04 ise Hildebrand, Hoger, ..., Draxler, Huntelaar ilk 11'i ile
# sahada yer alacak").
_NAME = r"[A-ZÇĞİÖŞÜ][\w'’.-]*(?: [A-ZÇĞİÖŞÜ][\w'’.-]*){0,2}"
_PROSE_LINEUP = re.compile(
    rf"(?P<value>(?:{_NAME}, ){{5,}}{_NAME}(?:,? ve {_NAME})?)"
    r"[ \t]+ilk[ \t]+(?:11['’]|on[ \t]*bir)(?:i|inde|iyle|ine)\b"
)


def prose_lineups(text: str, is_known: Callable[[str], bool]) -> list[Span]:
    """The players of a line-up the copy gives in a sentence (see ``_PROSE_LINEUP``), each a person; not a name the
    lists know (a club or a country before the line-up's words: "... Hollanda ve Belçika ilk 11 ayda" is no line-up,
    and a known player is a person anyway)."""
    if "ilk 11" not in text and "ilk on" not in text:
        return []  # the cheap test first
    spans: list[Span] = []
    for line in _PROSE_LINEUP.finditer(text):
        offset = line.start("value")
        for item in re.finditer(_NAME, line.group("value")):
            if not is_known(item.group()):
                spans.append(
                    Span("PER", offset + item.start(), offset + item.end(), item.group(), BOX_SCORE_CONFIDENCE)
                )
    return spans


# A play's or a film's credits: lines of a role and who holds it ("Yazan: William Shakespeare", "Yöneten/Dramaturji:
# Mehmet Birkiye", "Dekor: Ali Cem Köroğlu") and, among them, the cast's ("Duncan: Kubilay Karslıoğlu", a character
# and the actor playing it; "Kapıcı/Seyton: Bülent Şakrak / Efe Tunçer").
_CREDIT_ROLES = re.compile(
    r"(?:Yazan|Yazar|Çeviren|Çeviri|Uyarlama|Yöneten|Yönetmen|Rejisör|Dramaturji|Dramaturg|Dekor|Kostüm|Koreografi"
    r"|Koreograf|Müzik|Işık|Senaryo|Görüntü Yönetmeni|Kurgu|Yapımcı|Oyuncular|Oynayanlar|Seslendiren|Besteci"
    r"|Sahne Tasarımı|Sahne Asistanı|Sahne Amiri|Afiş|Ses|Efekt|Orkestra Şefi|Solistler)(?:[ \t]+(?:Yardımcısı"
    r"|Yardımcıları|Asistanı|Asistanları|Tasarımı|Tasarım|Uygulama|Düzeni))?"
)
_CREDIT = re.compile(
    r"^[ \t]*(?P<label>[A-ZÇĞİÖŞÜ0-9][^:\n]{0,40}?)[ \t]*:[ \t]*(?P<value>[^\n]*\S)[ \t]*$", re.MULTILINE
)
# ... and a block written on one line, each role's label right after the name before it ("Yazan: W. Shakespeare
# Çeviren-Yöneten: Nesrin Kazankaya Dramaturgi: Şafak Eruyar", "Shylock: Mehmet Ali Kaptanlar Antonio: Can Başak"):
# a label is a role (roles joined by a hyphen or a slash) or one capitalised word before a colon and a capital.
_ROLE = f"(?:{_CREDIT_ROLES.pattern})"
_RUN_ON_LABEL = re.compile(
    rf"(?<![\w'’.-])(?P<label>{_ROLE}(?:[-/]{_ROLE})*"
    r"|[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:/[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)?)[ \t]*:(?=[ \t]*[A-ZÇĞİÖŞÜ])"
)
_CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[ \t]))[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[ \t]+$")
_CREDIT_GAP = 2  # line breaks between two lines of one block
_FIRM_ENDS = frozenset({"Film", "Yapım", "Prodüksiyon", "Production", "Productions", "Pictures", "Films"})
_MIN_ROLES = 3  # role lines in one block: a credits block, not an interview's "Soru: ... Cevap: ..."


def play_credits(text: str, is_word: Callable[[str], bool] = lambda _word: False) -> list[Span]:
    """The people of a play's or a film's credits block (see ``_CREDIT_ROLES``): everyone a role's line names, and
    a character's line (``Duncan: Kubilay Karslıoğlu``: a label of capitalised words ``is_word`` calls no common
    word; not ``Ülke: Türkiye``, ``Yer: ...``), each a person (``/`` and commas part them). A block is such lines one
    after the other (one line between at most), three of them a role's at least, none a work's (an awards' list:
    ``Film: Argo``). A line whose value is not names only (``Süre: 120 dakika``) gives none, nor does a body's name
    (a head or a firm's word last: ``Zeyno Film``, ``Harbiye Açıkhava Tiyatrosu``)."""
    if text.count(":") < _MIN_ROLES:
        return []  # the cheap test first
    blocks: list[list[_Credit]] = []
    for credit in _credits(text, is_word):
        # (one line between may introduce the cast: "Oynayanlar sahneye giriş sırası ile;")
        if blocks and text.count("\n", blocks[-1][-1].end, credit.start) <= _CREDIT_GAP:
            blocks[-1].append(credit)
        else:
            blocks.append([credit])
    spans: list[Span] = []
    for block in blocks:
        labels = [credit.label for credit in block]
        roles = [all(_CREDIT_ROLES.fullmatch(part.strip()) for part in re.split("[/-]", label)) for label in labels]
        if sum(roles) < _MIN_ROLES or any(is_works_noun(turkish_lower(label.split()[-1])) for label in labels):
            continue  # (an awards' list names works by their categories: "Film: Argo", "Yabancı film: Amour")
        for credit, role in zip(block, roles, strict=True):
            if role or _character(credit.label, is_word):
                value = credit.value.replace("/", ",")  # (same length: the offsets hold)
                spans += [n for n in _names(credit.start, value) if not _body_name(n.text)]
    return spans


class _Credit(NamedTuple):
    """One label of a credits block and the value after it, from ``start`` to ``end`` in the text."""

    label: str
    start: int
    end: int
    value: str


def _credits(text: str, is_word: Callable[[str], bool]) -> list[_Credit]:
    """Every credit of ``text``: a line's label and value, or each of the labels a run-on line holds (three at
    least, the first opening the line), its value what comes before the next label (see :func:`_label_start`)."""
    credits: list[_Credit] = []
    for line in _CREDIT.finditer(text):
        labels = list(_RUN_ON_LABEL.finditer(line.group())) if line.group().count(":") >= _MIN_ROLES else []
        if len(labels) < _MIN_ROLES or line.group()[: labels[0].start()].strip():
            credits.append(_Credit(line.group("label"), line.start("value"), line.end("value"), line.group("value")))
            continue
        starts = [
            _label_start(line.group(), label, labels[i - 1].end() if i else 0, is_word)
            for i, label in enumerate(labels)
        ]
        for i, label in enumerate(labels):
            end = starts[i + 1] if i + 1 < len(labels) else len(line.group())
            value = line.group()[label.end() : end]
            lead = len(value) - len(value.lstrip())
            start = line.start() + label.end() + lead
            credits.append(_Credit(label.group("label"), start, start + len(value.strip()), value.strip()))
    return credits


def _label_start(line: str, label: re.Match[str], floor: int, is_word: Callable[[str], bool]) -> int:
    """Where a run-on line's label starts: at its match, or one word earlier where that word belongs to it and the
    value before keeps two words (from ``floor``, the previous label's end): a common word before a label that is
    one too (``Yapım`` of ``Yapım Asistanları:``), a ruler's title before a character's name (``Kral Lear:``); a
    role's label takes none, nor does a value's surname that is a word (``Ayşe Güneş Teknik Sorumlu:`` keeps
    ``Güneş``: two words left)."""
    start = label.start()
    name = label.group("label")
    before = _CAPITALISED_BEFORE.search(line, floor, start)
    if before is None or _CREDIT_ROLES.fullmatch(name) or len(line[floor : before.start()].split()) < 2:
        return start
    word = before.group().strip()
    common = is_word(name) and is_word(word)
    return before.start() if common or word in RULERS else start


def _character(label: str, is_word: Callable[[str], bool]) -> bool:
    """Whether a credits line's label names a character: capitalised words, one a name no common word, in one of its
    ``/`` parts at least (``Kapıcı/Seyton``: the porter, a role, is the character Seyton; ``Kral Duncan``)."""
    return any(
        (words := part.split())
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and any(not is_word(w) for w in words)
        for part in label.split("/")
    )


def _body_name(name: str) -> bool:
    """Whether a listed name is a body's: a head word or a firm's word last (``Zeyno Film``)."""
    last = name.rsplit(maxsplit=1)[-1]
    return head_type(last) is not None or is_company_word(last) or last in _FIRM_ENDS


def with_box_score(
    text: str,
    spans: Sequence[Span],
    is_known: Callable[[str], bool],
    is_word: Callable[[str], bool] = lambda _word: False,
) -> list[Span]:
    """``spans`` with the box score's names, the fixtures' venues, the players of a line-up in running copy and the
    people of a play's or a film's credits in place of any span they overlap (``is_known``: names the lists know,
    which no line-up retypes; ``is_word``: common words, no character's name in the credits)."""
    listed = sorted(
        [*box_score(text), *fixture_venues(text), *prose_lineups(text, is_known), *play_credits(text, is_word)],
        key=lambda s: s.start,
    )
    if not listed:
        return list(spans)
    kept = [s for s in spans if not any(s.start < b.end and b.start < s.end for b in listed)]
    return sorted([*kept, *listed], key=lambda s: s.start)
