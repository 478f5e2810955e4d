"""Names glued to a name the article writes on its own elsewhere, taken apart.

The model runs two names together where nothing but a space stands between them, in headlines and in copy that
drops an apostrophe or a comma: ``Hikmet Çetin Mehmet Ali Birand'ın ailesine``, ``Brennan Obama'nın yeni
döneminde``, ``Mualla Akça Sakarya Eğitim ve Araştırma Hastanesi'ne kaldırıldı``; or it takes an epithet or a
demonym into a person's name (``Baba Lakaplı Müslüm Gürses``, ``Ordulu Nurdaş Yılmaz``). Where the article also
writes the person alone (``Mehmet Ali Birand dün hayatını kaybetti``), the glued span is two names, or a word and
the name, and the whole would otherwise take every mention of the person into one wrong entity.

Likewise a body's name the model cut inside a fuller name the article writes elsewhere (``Özgürlük Platformu`` in
``Gazetecilere Özgürlük Platformu``, ``Bayındırlık Komisyonu`` in ``İmar ve Bayındırlık Komisyonu``) is the fuller
name where the text says so at that mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newswire_schemas import EntityType

from newswire_tagger.entities.heads import head_type
from newswire_tagger.entities.names import fold, strip_apostrophe_suffix, turkish_lower, words_of
from newswire_tagger.entities.surface import surface_form
from newswire_tagger.entities.widening import LOWER_PARTICLES, PARTICLES
from newswire_tagger.spans import Span

__all__ = ["NameTests", "apart_from_named", "fuller_names"]

_MAX_LEAD = 3  # words a person's name may carry before a body's name glued to it
_WRITTEN_WHOLE = 3  # a name written so three times is a name (a headline's epithet is written twice: its lead too)
_NICKNAMED = frozenset({"lakaplı", "lakabıyla", "namıdiğer"})
# Particles inside a name (the Arabic ones the widening joins, and European ones): the word before one is the name's.
_PARTICLES = frozenset([*PARTICLES.split("|"), *LOWER_PARTICLES, "ül"])


def _key(words: Sequence[re.Match[str]]) -> str:
    """The lookup key of a run of a name's words, the last one's case ending aside."""
    written = [w.group() for w in words]
    written[-1] = strip_apostrophe_suffix(written[-1])
    return fold(" ".join(written))


def _alone_elsewhere(text: str, name: str, span: Span) -> bool:
    """Whether ``name`` is written outside ``span`` as a whole word with no capitalised word right after it (a name
    on its own)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before, after = text[at - 1 : at] if at else "", text[end : end + 1]
        rest = text[end:].lstrip(" \t")
        outside = not span.start <= at < span.end
        if outside and not (before.isalnum() or before in "'’") and not after.isalnum() and not rest[:1].isupper():
            return True
        at = text.find(name, at + 1)
    return False


@dataclass(frozen=True)
class NameTests:
    """What the rules ask of a word or a name, answered by the knowledge base and the corpora."""

    is_given_name: Callable[[str], bool]
    """A given name of any list (``Hikmet``, ``Brennan``); the lists leave out given names that are words too (``Can``,
    ``Deniz``, ``Hakkı``)."""
    is_surname_word: Callable[[str], bool]
    """A word that is only ever a name's: always capitalised, no given name (``Obama``; not ``Can``, a word too)."""
    said_before: Callable[[str], bool]
    """A word copy says before a person's name, not one of the name's (``Ordulu``, ``Hakemimiz``, ``Uyarıyorum``)."""
    opens_body: Callable[[str], bool]
    """A body or place of its own (known, or a known place's name up to a head)."""
    is_known: Callable[[str], bool]
    """A name the lists know whole (``Kanuni Sultan Süleyman``)."""


def apart_from_named(text: str, spans: Sequence[Span], tests: NameTests) -> list[Span]:
    """Spans glued to a person the article names on its own taken apart.

    - a person's span ending in such a person's full name: two people where the words before it open with a given
      name and are written on their own elsewhere too (``Hikmet Çetin`` + ``Mehmet Ali Birand``), the person alone
      where each word before it is a word said before a name, none a given name (``Baba Lakaplı`` + ``Müslüm
      Gürses``); a given name or a foreign word before it is the person's own (``Recep`` + ``Tayyip Erdoğan``,
      ``Luiz Inácio`` + ``Lula da Silva``, ``Usame`` + ``El Nuceyfi``);
    - a person's span of two surnames of two such people, the first a word only ever a name's: two people
      (``Brennan Obama``; not ``Can Tabakçı``, ``Can`` a given name and a word);
    - a body's or place's span opening with such a person's full name or surname, the rest a body of its own: the
      person and the body (``Mualla Akça`` + ``Sakarya Eğitim ve Araştırma Hastanesi``; not ``Mimar Sinan Güzel
      Sanatlar Üniversitesi``).

    A span the lists know whole (``Kanuni Sultan Süleyman``) stays as it is.
    """
    people = _People(spans)
    if not people.full:
        return list(spans)
    result: list[Span] = []
    for span in spans:
        words = words_of(span.text)
        if len(words) < 2 or tests.is_known(span.text):
            result.append(span)
        elif span.type == "PER":
            result.extend(_person_apart(text, span, words, people, tests))
        else:
            result.extend(_body_apart(span, words, people, tests))
    return result


class _People:
    """The full names (two words or more) of the article's persons and their surnames, with the spans that write
    them, so that a span is never its own evidence."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.full: dict[str, set[int]] = {}
        self.surnames: dict[str, dict[str, set[int]]] = {}
        self.alone: set[str] = set()  # words a person's span of one word writes ("Sergen")
        # whether a full name's last word is written as a surname is ("Vic Ciufettelli ActionCOACH" glued a company)
        self.written: dict[str, bool] = {}
        for span in spans:
            words = words_of(span.text)
            if span.type == "PER" and len(words) == 1:
                self.alone.add(_key(words))
            elif span.type == "PER" and len(words) > 1:
                key = _key(words)
                last = strip_apostrophe_suffix(words[-1].group())
                self.written[key] = last[:1].isupper() and last[1:] == turkish_lower(last[1:])
                self.full.setdefault(key, set()).add(id(span))
                # the surname as written ("Türk-İslam" is one word; "İbrahim.ABD" no surname "ABD")
                self.surnames.setdefault(_key(words[-1:]), {}).setdefault(key, set()).add(id(span))

    def named(self, key: str, span: Span) -> bool:
        """Whether a span other than ``span`` writes the full name ``key``."""
        return bool(self.full.get(key, set()) - {id(span)})

    def owners(self, surname: str, span: Span, tests: NameTests) -> set[str]:
        """The full names other spans than ``span`` write with ``surname`` last, opening with a given name (``John
        Brennan``; not the model's ``Keşke Aydın``)."""
        return {
            key
            for key, ids in self.surnames.get(surname, {}).items()
            if ids - {id(span)} and tests.is_given_name(key.split()[0]) and self.written.get(key, True)
        }


def _person_apart(
    text: str, span: Span, words: Sequence[re.Match[str]], people: _People, tests: NameTests
) -> list[Span]:
    """A person's span taken apart at a person named on its own (see :func:`apart_from_named`)."""
    if len(words) == 2:
        return _two_surnames(span, words, people, tests)
    for k in range(1, len(words) - 1):
        if people.named(_key(words[k:]), span):
            return _apart_at(text, span, words, k, people=people, tests=tests)
    return [span]


def _apart_at(
    text: str, span: Span, words: Sequence[re.Match[str]], k: int, *, people: _People, tests: NameTests
) -> list[Span]:
    """A person's span whose words from ``k`` on are a person named on its own: two people, the person alone, or the
    span as it is (see :func:`apart_from_named`)."""
    lead = words[:k]
    if turkish_lower(words[k].group()) in _PARTICLES:
        return [span]  # "Usame El Nuceyfi", "Renaud Van Ruymbeke": the given name of a name with a particle
    # the words before it are a person too where a word of theirs is written alone as one ("Sergen Yalçın Aykut
    # Kocaman'ı eleştirdi" ... "Sergen daha sonra konuştu"), or they open with a given name and are written on their
    # own ("Hikmet Çetin de ...")
    name_words = all(w.group()[:1].isupper() and turkish_lower(w.group()) not in _PARTICLES for w in lead)
    alone = name_words and bool({_key(lead[:1]), _key(lead[-1:])} & people.alone)
    if k > 1 and (alone or tests.is_given_name(lead[0].group())):
        two = alone or _alone_elsewhere(text, span.text[: lead[-1].end()], span)
        return (
            [span.part(lead[0].start(), lead[-1].end()), span.part(words[k].start(), words[-1].end())]
            if two
            else [span]
        )
    nickname = turkish_lower(lead[-1].group()) in _NICKNAMED  # "Baba Lakaplı": the words before it are a nickname
    said = nickname or all(tests.said_before(w.group()) for w in lead)
    # a name the article writes whole three times is written so, a given name no list holds included ("Hakkı Hasan
    # Yılmaz'ı" ... "Hakkı Hasan Yılmaz"): a glued epithet or a headline's verb is not repeated so often
    said = said and text.count(surface_form(span.text)) < _WRITTEN_WHOLE
    given = any(tests.is_given_name(w.group()) for w in lead)
    return [span.part(words[k].start(), words[-1].end())] if said and not given else [span]


def _two_surnames(span: Span, words: Sequence[re.Match[str]], people: _People, tests: NameTests) -> list[Span]:
    """A person's span of two words, each the surname of another person named in full, the first only ever a name's
    word."""
    first, second = people.owners(_key(words[:1]), span, tests), people.owners(_key(words[1:]), span, tests)
    apart = first and second and not first & second and not people.named(_key(words), span)
    if apart and tests.is_surname_word(words[0].group()):
        return [span.part(words[0].start(), words[0].end()), span.part(words[1].start(), words[1].end())]
    return [span]


def _body_apart(span: Span, words: Sequence[re.Match[str]], people: _People, tests: NameTests) -> list[Span]:
    """A body's or place's span opening with a person named on its own (see :func:`apart_from_named`)."""
    for k in range(1, min(_MAX_LEAD, len(words) - 2) + 1):
        lead = words[:k]
        key = _key(lead)
        if k > 1:
            person = people.named(key, span)
        else:  # (not an acronym: "ABD Dışişleri Bakanlığı")
            word = lead[0].group()
            person = bool(people.owners(key, span, tests)) and tests.is_surname_word(word) and not word.isupper()
        if person and tests.opens_body(span.text[words[k].start() :]):
            return [span.part(lead[0].start(), lead[-1].end(), "PER"), span.part(words[k].start(), words[-1].end())]
    return [span]


def fuller_names(
    text: str, spans: Sequence[Span], stands_alone: Callable[[str], bool], is_word: Callable[[str], bool]
) -> list[Span]:
    """A body's or place's span widened to a fuller name of the article that ends with it, where the words before
    the span are that name's missing words (``Özgürlük Platformu`` → ``Gazetecilere Özgürlük Platformu``), taking
    the type that name is written with most often (a body's where it is written as both).

    Never into the middle of another span (``İstanbul Atatürk Havalimanı`` + ``Emniyet Müdürlüğü``), and never a name
    that ``stands_alone`` (known on its own: ``Türkiye``) into a fuller name that does not and no head word ends, where
    the missing words stand alone too or are words (``is_word``): a glued span the model wrote once (``Kırım
    Türkiye``, ``AP Türkiye``, ``Güçlü Türkiye``) is no reason to glue the other mentions (``Rabita Bakü``, ``1461
    Trabzon`` are widened)."""
    fuller: dict[str, dict[str, list[EntityType]]] = {}
    for span in spans:
        if span.type != "PER" and " " in span.text.strip():
            whole = surface_form(span.text)
            for i in range(1, whole.count(" ") + 1):
                fuller.setdefault(whole.split(" ", i)[i], {}).setdefault(whole, []).append(span.type)
    if not fuller:
        return list(spans)
    taken = sorted((s.start, s.end) for s in spans)
    result: list[Span] = []
    for span in spans:
        result.append(_widened(text, span, fuller, taken, (stands_alone, is_word)) if span.type != "PER" else span)
    return result


def _widened(
    text: str,
    span: Span,
    fuller: dict[str, dict[str, list[EntityType]]],
    taken: list[tuple[int, int]],
    tests: tuple[Callable[[str], bool], Callable[[str], bool]],
) -> Span:
    """``span`` widened to the longest fuller name the text reads at it (see :func:`fuller_names`), or itself."""
    stands_alone, is_word = tests
    own = surface_form(span.text)
    names = fuller.get(own, {})
    for whole in sorted(names, key=len, reverse=True):
        start = span.start - (len(whole) - len(own))
        if start < 0 or text[start : span.start] != whole[: len(whole) - len(own)]:
            continue
        if (start and text[start - 1].isalnum()) or any(a < start < b for a, b in taken):
            continue  # not a whole word's start, or into the middle of another span's words
        missing = whole[: len(whole) - len(own)].split()
        glued = stands_alone(" ".join(missing)) or all(is_word(w) for w in missing)
        if glued and stands_alone(own) and not stands_alone(whole) and head_type(whole.split()[-1]) is None:
            continue  # "Kırım Türkiye", "AP Türkiye", "Güçlü Türkiye": two names, or a word and a name
        types = names[whole]
        kinds: tuple[EntityType, EntityType] = ("ORG", "LOC")
        entity_type = max(kinds, key=lambda t: (types.count(t), t == "ORG"))
        return Span(entity_type, start, span.end, text[start : span.end], span.confidence)
    return span
