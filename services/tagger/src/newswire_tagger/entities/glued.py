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

from newswire_tagger.entities.names import fold, strip_apostrophe_suffix, words_of
from newswire_tagger.spans import Span

__all__ = ["NameTests", "apart_from_named", "fuller_names"]

_CAPITAL = "A-ZÇĞİÖŞÜ"
_MAX_LEAD = 3  # words a person's name may carry before a body's name glued to it
_NICKNAMED = frozenset({"lakaplı", "lakabıyla", "namıdiğer"})
_PARTICLES = frozenset(
    {"el", "al", "ül", "ed", "es", "eş", "de", "da", "di", "del", "van", "von", "bin", "ibn", "ebu", "abu"}
)


def _part(span: Span, first: re.Match[str], last: re.Match[str], entity_type: EntityType | None = None) -> Span:
    """The words ``first`` to ``last`` of ``span`` as a span of the article."""
    return Span(
        entity_type or span.type,
        span.start + first.start(),
        span.start + last.end(),
        span.text[first.start() : last.end()],
        span.confidence,
    )


def _key(words: Sequence[re.Match[str]]) -> str:
    """The lookup key of a run of a name's words, the last one's case ending aside."""
    written = [w.group() for w in words]
    written[-1] = strip_apostrophe_suffix(written[-1])
    return fold(" ".join(written))


def _alone_elsewhere(text: str, name: str, span: Span) -> bool:
    """Whether ``name`` is written outside ``span`` with no capitalised word right after it (a name on its own)."""
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?!\w)(?![ \t]+[{_CAPITAL}])")
    return any(not span.start <= m.start() < span.end for m in pattern.finditer(text))


@dataclass(frozen=True)
class NameTests:
    """What the rules ask of a word or a name, answered by the knowledge base and the corpora."""

    is_given_name: Callable[[str], bool]
    """A given name of any list (``Hikmet``, ``Brennan``)."""
    is_surname_word: Callable[[str], bool]
    """A word that is only ever a name's: always capitalised, no given name (``Obama``; not ``Can``, ``Aydın``)."""
    said_before: Callable[[str], bool]
    """A word copy says before a person's name, not one of the name's (``Fütürist``, ``Ordulu``, ``Hakemimiz``)."""
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
        for span in spans:
            words = words_of(span.text)
            if span.type == "PER" and len(words) == 1:
                self.alone.add(_key(words))
            elif span.type == "PER" and len(words) > 1:
                key = _key(words)
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
            if ids - {id(span)} and tests.is_given_name(key.split()[0])
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
    if words[k].group().lower() in _PARTICLES:
        return [span]  # "Usame El Nuceyfi", "Renaud Van Ruymbeke": the given name of a name with a particle
    # the words before it are a person too where a word of theirs is written alone as one ("Sergen Yalçın Aykut
    # Kocaman'ı eleştirdi" ... "Sergen daha sonra konuştu"), or they open with a given name and are written on their
    # own ("Hikmet Çetin de ...")
    name_words = all(w.group()[:1].isupper() and w.group().lower() not in _PARTICLES for w in lead)
    alone = name_words and bool({_key(lead[:1]), _key(lead[-1:])} & people.alone)
    if k > 1 and (alone or tests.is_given_name(lead[0].group())):
        two = alone or _alone_elsewhere(text, span.text[: lead[-1].end()], span)
        return [_part(span, lead[0], lead[-1]), _part(span, words[k], words[-1])] if two else [span]
    nickname = lead[-1].group().lower() in _NICKNAMED  # "Baba Lakaplı": the words before it are a nickname
    said = nickname or all(tests.said_before(w.group()) for w in lead)
    given = any(tests.is_given_name(w.group()) for w in lead)
    return [_part(span, words[k], words[-1])] if said and not given else [span]


def _two_surnames(span: Span, words: Sequence[re.Match[str]], people: _People, tests: NameTests) -> list[Span]:
    """A person's span of two words, each the surname of another person named in full, the first only ever a name's
    word."""
    first, second = people.owners(_key(words[:1]), span, tests), people.owners(_key(words[1:]), span, tests)
    apart = first and second and not first & second and not people.named(_key(words), span)
    if apart and tests.is_surname_word(words[0].group()):
        return [_part(span, words[0], words[0]), _part(span, words[1], words[1])]
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
            return [_part(span, lead[0], lead[-1], "PER"), _part(span, words[k], words[-1])]
    return [span]


def fuller_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """A body's or place's span widened to a fuller name of the article that ends with it, where the words before
    the span are that name's missing words (``Özgürlük Platformu`` → ``Gazetecilere Özgürlük Platformu``); it takes
    that name's type."""
    fuller: dict[str, list[tuple[str, EntityType]]] = {}
    for span in spans:
        if span.type != "PER" and " " in span.text:
            whole = _written(span)
            for i in range(1, whole.count(" ") + 1):
                fuller.setdefault(whole.split(" ", i)[i], []).append((whole, span.type))
    if not fuller:
        return list(spans)
    result: list[Span] = []
    for span in spans:
        widened = span
        if span.type != "PER":
            own = _written(span)
            # the longest first, of the span's own type first where two types write it
            ranked = sorted(fuller.get(own, ()), key=lambda f: (len(f[0]), f[1] == span.type), reverse=True)
            for whole, entity_type in ranked:
                missing = whole[: len(whole) - len(own)]
                if text[max(0, span.start - len(missing)) : span.start] == missing:
                    start = span.start - len(missing)
                    widened = Span(entity_type, start, span.end, text[start : span.end], span.confidence)
                    break
        result.append(widened)
    return result


def _written(span: Span) -> str:
    """A span's words as written, one space apart, the last one's case ending aside."""
    words = [w.group() for w in words_of(span.text)]
    words[-1] = strip_apostrophe_suffix(words[-1])
    return " ".join(words)
