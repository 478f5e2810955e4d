"""Business copy: boards cut to their company, and company or product names the model took for persons.

Economy copy names companies, brands and products in the places where other copy names people (``Avea,
müşterilerini ...``, ``Cumhurbaşkanı Gül Instagram'da``), and headlines in capitals glue ordinary words into
two-word "names". These rules run inside :class:`~newswire_tagger.entities.consistency.Consolidator`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from newswire_tagger.entities.heads import head_type, is_company_word
from newswire_tagger.entities.kb import KnowledgeBase
from newswire_tagger.entities.names import (
    canonical_name,
    fold,
    has_suffix_apostrophe,
    is_acronym,
    strip_apostrophe_suffix,
    turkish_lower,
    turkish_upper,
    words_of,
)
from newswire_tagger.spans import Span

__all__ = [
    "board_of",
    "company_people",
    "cut_to_known",
    "described_acronym",
    "in_capitals",
    "is_thing",
    "is_unit",
    "people_named_like_companies",
    "split_known_edge",
    "with_legal_tail",
]

# "BİM İcra Kurulu", "DASK Yönetim Kurulu'nun": the board of a body is indexed as the body itself.
_BOARD = re.compile(r"^(?:yönetim|icra|denetim|danışma|yürütme|genel)$")
_BOARD_HEAD = re.compile(r"^kurul(?:u|unun|una|unda|undan|u['’]\w*)$")


# Case endings a common noun takes without an apostrophe: "İnternetin", "interneti", "internete".
_CASE_ENDING = re.compile(r"(?:nin|nın|nun|nün|in|ın|un|ün|e|a|ye|ya|de|da|te|ta|den|dan|ten|tan|i|ı|u|ü|yi|yı)$")
# Words that may follow a company's own name and still be part of it: "Microsoft Türkiye", "Vodafone Alternatif".
_LOCAL_ARM = frozenset({"türkiye", "turkey", "türk", "global", "international", "avrupa", "europe"})


# Units written after a number ("16 GB", "3 GHz"): in other copy GB is also Gümrük Birliği, so only there.
_UNITS = frozenset({"gb", "tb", "mb", "kb", "ghz", "mhz", "mah", "mbps", "gbps", "kw", "mw", "gw", "kwh", "mwh"})
_NUMBER_BEFORE = re.compile(r"\d\s?$")


def board_of(span: Span) -> Span | None:
    """``X Yönetim Kurulu`` → ``X`` as an organisation; None when the span names no board of something."""
    words = words_of(span.text)
    if len(words) < 3:
        return None
    if not (_BOARD_HEAD.match(turkish_lower(words[-1].group())) and _BOARD.match(turkish_lower(words[-2].group()))):
        return None
    return replace(span.part(0, words[-3].end()), type="ORG")


def in_capitals(span: Span, is_given_name: Callable[[str], bool]) -> bool:
    """A person span of two or more words all in capitals, not opening with a given name: a headline's words."""
    words = span.text.split()
    letters = [c for c in span.text if c.isalpha()]
    return (
        span.type == "PER"
        and len(words) >= 2
        and all(c.isupper() for c in letters)
        and not is_given_name(strip_apostrophe_suffix(words[0]))
    )


def split_known_edge(span: Span, kb: KnowledgeBase, surnames: frozenset[str] = frozenset()) -> list[Span] | None:
    """A person span glued to a company or a product at one end (``Gül Instagram'da``, ``Avea Pazarlamadan``).

    The company becomes its own span and a product is dropped; the rest stays a person only when it opens with
    a given name or keeps two words. None when neither end is such a word. A word that also ends people's names
    in the Wiki-NER votes (``Ford``, ``Dell``) is never cut off, nor is a company after a lone given name that is
    no surname of the article (folded, in ``surnames``): ``Sabri Ülker`` is the man, ``Gül Instagram'da`` after
    ``Abdullah Gül`` the president and the company.
    """
    words = words_of(span.text)
    if span.type != "PER" or len(words) < 2 or kb.known_type(canonical_name(span.text, "PER")) == "PER":
        return None
    for index, rest in ((len(words) - 1, words[:-1]), (0, words[1:])):
        word = strip_apostrophe_suffix(words[index].group())
        if kb.is_acronym_in_lower_case(word):
            continue  # "Kim Yong Un": a name's word, not the UN
        if (
            index == 0
            and not word.isupper()
            and any(_initials(e.name) == turkish_upper(word) for e in kb.entities(word))
        ):
            continue  # "Tim Duncan": a first name, though the lists know the body "TİM" by its letters
        # only curated names: a listed company's short name is often a surname as well ("Tom Brady", "Ball")
        is_org = any(e.type == "ORG" and e.kind != "listed" for e in kb.entities(word)) and kb.known_type(word) == "ORG"
        # a thing only at the end ("Tarayıcımıza Chrome"): a first word may be a given name the lists call a thing
        thing = index > 0 and kb.not_name(word) is not None
        if not (is_org or thing) or kb.hint_votes(word, "PER") > 0:
            continue
        first = strip_apostrophe_suffix(rest[0].group())
        if is_org and index > 0 and len(rest) == 1 and kb.is_given_name(first) and fold(first) not in surnames:
            return None  # a given name and a company's name: the person the company is named after, or his kin
        pieces = [replace(span.part(words[index].start(), words[index].end()), type="ORG")] if is_org else []
        if len(rest) >= 2 or kb.is_given_name(strip_apostrophe_suffix(rest[0].group())):
            pieces.append(span.part(rest[0].start(), rest[-1].end()))
        return sorted(pieces, key=lambda s: s.start)
    return None


def _initials(name: str) -> str:
    """The capitals of a name of several words: ``Türkiye İhracatçılar Meclisi`` → ``TİM``; ``""`` for one word."""
    words = name.split()
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


def _full_name_words(spans: Sequence[Span]) -> set[str]:
    """Folded words of the article's person names of two words or more."""
    return {
        part
        for s in spans
        if s.type == "PER" and " " in s.text.strip()
        for part in fold(canonical_name(s.text, "PER")).split()
    }


def people_named_like_companies(model: Sequence[Span], cleaned: Sequence[Span]) -> list[Span]:
    """A lone word the model called a person and the lists a company stays the person of a fuller name in the
    article: ``Ford`` after ``Henry Ford``, not the car maker."""
    was_person = {(s.start, s.end) for s in model if s.type == "PER"}
    in_full_names = _full_name_words(cleaned)
    return [
        replace(s, type="PER")
        if s.type == "ORG"
        and (s.start, s.end) in was_person
        and " " not in (name := canonical_name(s.text, "PER"))
        and fold(name) in in_full_names
        else s
        for s in cleaned
    ]


def company_people(spans: Sequence[Span], kb: KnowledgeBase, titled: Callable[[Span], bool]) -> list[Span]:
    """One-word "persons" the company votes call an organisation (``İpragaz``, ``Banvit``) become ORG.

    Not a given name, not a word of a fuller person's name in the same article (``Hattat`` after ``Mehmet Hattat``
    is the man, not his holding), and not a name a person's title comes before (``titled``: ``Savunma Bakanı
    Hagel'in``).
    """
    in_full_names = _full_name_words(spans)
    result = []
    for span in spans:
        name = canonical_name(span.text, "PER")
        key = fold(name)
        if (
            span.type == "PER"
            and " " not in key
            and key not in in_full_names
            and kb.hinted_type(name) == "ORG"
            and not kb.is_given_name(name)
            and not titled(span)
        ):
            span = replace(span, type="ORG")  # noqa: PLW2901 - the span, retyped
        result.append(span)
    return result


# A model's designation after a product line's name: a Roman or Arabic number, letters and digits, a variant word.
_MODEL_WORD = re.compile(
    r"(?:S?[IVX]{1,4}|[A-Z]{0,2}\d{1,4}[A-Za-z+]{0,3}|S|X|XL|SE|Note|Pro|Plus|Max|Mini|Ultra|Air|Tab|Edge|Lite)"
)


# A dish's last word, the name before it a dish's: "Çerkez Tavuğu", "Kestaneli Lahana Sarması", "Mercimek Çorbası".
_DISH_HEAD = re.compile(
    r"sarma|sarması|dolma|dolması|böreği|tavuğu|kebabı|köftesi|çorbası|tatlısı|pilavı|salatası|helvası|baklavası"
)


def is_thing(name: str, kb: KnowledgeBase) -> bool:
    """A product, term or currency from the lists, also with a case ending (``İnternetin``, ``CHROME’UN``)."""
    if kb.entities(name):
        return False
    bare = strip_apostrophe_suffix(name)
    if kb.not_name(name) is not None or kb.not_name(bare) is not None:
        return True
    if " " in bare:
        first, *model = bare.split()
        if _DISH_HEAD.fullmatch(turkish_lower(model[-1])):
            return True  # a dish: "Çerkez Tavuğu", "Yaprak Sarma", "Ak Pancar Böreği"
        # a product line and its model ("Galaxy S IV", "Galaxy SIII", "iPhone 5S", "Galaxy Note 3")
        return kb.not_name(first) == "product" and all(_MODEL_WORD.fullmatch(w) for w in model)
    stem = _CASE_ENDING.sub("", turkish_lower(bare))
    return len(stem) >= 3 and stem != turkish_lower(bare) and kb.not_name(stem) is not None


# How a Turkish word the sentence adds after a company's name ends: a vowel (possessive, dative, accusative) or a
# case ending ("Müşterilerine", "Lisansları", "Hisselerinden"); an arm's own name rarely does ("Pictures", "Sanat").
_INFLECTED = re.compile(r"(?:[aeıioöuü]|[dt][ae]n|n[ıiuü]n|[ıiuü]n|l[ae]r)(?:['’][a-zçğıöşü]+)?$")


def cut_to_known(span: Span, kb: KnowledgeBase) -> Span | None:
    """An ORG span that is a known company plus one or two loose words (``Türk Telekom Müşterilerine``) → the
    company (with ``Türkiye`` when it follows: ``Microsoft Türkiye``); None when the span is not shaped so."""
    words = words_of(span.text)
    if span.type != "ORG" or len(words) < 2 or kb.entities(canonical_name(span.text, "ORG")):
        return None
    for size in range(len(words) - 1, max(0, len(words) - 3), -1):
        prefix = " ".join(w.group() for w in words[:size])
        if kb.known_type(prefix) != "ORG":
            continue
        if any(head_type(w.group()) is not None or is_company_word(w.group()) for w in words[size:]):
            return None  # "Birleşmiş Milletler Özel Komitesi": a body of its own
        keep = size + 1 if turkish_lower(strip_apostrophe_suffix(words[size].group())) in _LOCAL_ARM else size
        if keep < len(words) and not _INFLECTED.search(words[-1].group()):
            return None  # "Sony Pictures", "Akbank Sanat": an arm's own name, no sentence's word after the company
        last = words[-1].group()
        if (
            keep < len(words)
            and has_suffix_apostrophe(last)
            and not _INFLECTED.search(strip_apostrophe_suffix(last))
            and _paper(prefix, kb)
        ):
            # "Posta Karnaval'dan", "AKŞAM LIFE'ın": a paper's supplement, its own name (not "Habertürk Ekranları'nda",
            # "Sabah Okurları'na": an ordinary noun owned by the paper)
            return None
        return None if keep == len(words) else span.part(0, words[keep - 1].end())
    return None


def _paper(name: str, kb: KnowledgeBase) -> bool:
    """Whether the lists know ``name`` as a paper, a channel or another outlet only."""
    known = kb.entities(name)
    return bool(known) and all(e.kind == "media" for e in known)


def described_acronym(span: Span, kb: KnowledgeBase) -> list[Span] | None:
    """A body's span that describes a known body before its acronym (``Rus İç İstihbaratı FSB``, ``Avusturya Devlet
    Televizyonu ORF``): the acronym, and the description as a body of its own where a head word ends it; None when
    the span is not shaped so, or the lists know it whole."""
    words = words_of(span.text)
    if span.type != "ORG" or len(words) < 3:
        return None
    acronym = strip_apostrophe_suffix(words[-1].group())
    if not is_acronym(acronym) or kb.known_type(acronym) != "ORG" or kb.known_type(canonical_name(span.text, "ORG")):
        return None
    description = span.part(0, words[-2].end())
    body = [description] if head_type(strip_apostrophe_suffix(words[-2].group())) == "ORG" else []
    return [*body, span.part(words[-1].start(), words[-1].end())]


def is_unit(text: str, span: Span) -> bool:
    """A unit after a number (``16 GB``, ``2,4 GHz'lik``): no entity."""
    bare = turkish_lower(strip_apostrophe_suffix(span.text.strip()))
    return bare in _UNITS and _NUMBER_BEFORE.search(text, max(0, span.start - 3), span.start) is not None


# The rest of a firm's legal form a span stopped before: "Ltd." and "Şti" ("HİPP Dış Ticaret Ltd. Şti", "Pfizer
# İlaçları Ltd. Şti", "Yılmaz İnşaat Ltd.Şti."): "Limited Şirketi", one form.
_LIMITED = re.compile(r"(?:Ltd|LTD)\.?$")
_COMPANY_TAIL = re.compile(r"\.?[ \t]*(?:Şti|ŞTİ)(?![\w])")


def with_legal_tail(text: str, spans: Sequence[Span]) -> list[Span]:
    """A firm's span that ends in "Ltd." grown over the "Şti" after it (``HİPP Dış Ticaret Ltd. Şti``): the legal form's
    second word, which the model leaves out."""
    if "Şti" not in text and "ŞTİ" not in text:
        return list(spans)  # the cheap test first: most articles name no limited company
    result: list[Span] = []
    for span in spans:
        tail = _COMPANY_TAIL.match(text, span.end) if span.type == "ORG" and _LIMITED.search(span.text) else None
        result.append(
            span
            if tail is None
            else Span(span.type, span.start, tail.end(), text[span.start : tail.end()], span.confidence)
        )
    return result
