"""Tokenise Turkish news text the way the NER training corpora are tokenised, keeping character offsets."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import NamedTuple

__all__ = ["SENTENCE_END", "Token", "as_read", "as_typed", "split_sentences", "tokenize", "uniform_apostrophes"]

_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_LOWER = "a-zçğıöşüâîû"
_APOS = "['’]"
# Titles and street words that end in a dot without ending the sentence.
_ABBREVIATIONS = (
    "Prof|Ord|Doç|Dr|Yrd|Av|Op|Uzm|Müh|Öğr|Gör|Dt|Ecz|Fzt|Hem|Dyt|Psk|Org|Orgeneral|Gen|Korg|Tümg|Tuğg|Alb|Bnb|Yzb|Sn|St|"
    "Mr|Mrs|Ms|Jr|vs|vb|bkz|No|"
    "Mah|Cad|Sok|Bul|Apt|Şti|Ltd|Inc|Co|Corp|San|Tic|İnş|Tur"
)
_TOKEN_RE = re.compile(
    rf"""
    (?:https?://|www\.)[^\s"'<>()]+[^\s"'<>().,;:!?]       # URLs stay whole
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                         # e-mail addresses
    | (?:[{_UPPER}]\.){{2}}(?:[{_UPPER}]\.)*(?:{_APOS}\w+)?   # A.Ş., M.S.
    | \b(?:{_ABBREVIATIONS})\.                             # Prof., Dr., vs.
    | \bUz\.(?=\s*Dr\b)                                     # Uz. Dr. (not the surname Uz ending a sentence)
    | [{_UPPER}]\.(?=\s*[{_UPPER}])                         # initials: B. Ecevit
    | \d+(?:[.,:/]\d+)*(?:-\d+(?:[.,:]\d+)*)*             # 1.5  17.00  1998-1999  4-0
      (?:{_APOS}\w+|\.(?=\s+[{_LOWER}\d]))?                # 2005'te, ordinal 21. yüzyıl
    | [^\W\d_]\w*(?:-\d\w*)?(?:{_APOS}\w+)?              # Türkiye'nin, G-7'nin, F-16
    | \.\.\.|…                                          # ellipsis as one token
    | [^\w\s]|_                                         # any other symbol on its own
    """,
    re.VERBOSE,
)
SENTENCE_END = frozenset({".", "!", "?", "...", "…"})
# Characters some outlets (and keyboards) write for the apostrophe before a case suffix: "Türkiye´nin", "Ankara`da",
# "Baküʼye", "İsrail‘in", "2005′te". Read as an apostrophe only there: after a letter or digit, before a lower-case
# letter (or a capital after a capital: "ALMANYA´DA"), so an opening quote after a space stays a quote.
_LOOKALIKES = "‘´`ʼ′＇"
_HAS_LOOKALIKE = re.compile(f"[{_LOOKALIKES}]")
_LOOKALIKE_APOSTROPHE = re.compile(
    rf"(?<=[^\W_])[{_LOOKALIKES}](?=[{_LOWER}])|(?<=[{_UPPER}])[{_LOOKALIKES}](?=[{_UPPER}])"
)
# An apostrophe mis-encoded as "í" by a copy's wrong code page ("New Yorkíta", "Türkiyeínin", "2001íle"): read as one
# between a capitalised word of three letters or more, an acronym (ABínin, BMíde) or a number and a case suffix that
# ends the word (not "María",
# "Martínez", "Díaz", "Aída Cuevas", "Zaída", "Míla": the code review).
_ENCODED_APOSTROPHE = re.compile(
    rf"(?<![\w])((?:[{_UPPER}]{{2,}}|[{_UPPER}][\w]{{2,}}|\d+))í"
    r"((?:n[ıiuü]n|[ıiuü]n|n?[dt][ae](?:n|ki)?|y[aeıiuü]|y?l[ae]|n[ıiuü])(?![\w]))"
)
_CLOSERS = frozenset({'"', "'", "’", "”", ")", "»"})


class Token(NamedTuple):
    """One token of the text: ``text == source[start:end]`` (a tuple: built once per word, so cheap to build)."""

    text: str
    start: int
    end: int


def uniform_apostrophes(text: str) -> str:
    """``text`` with apostrophe look-alikes before a suffix written ``'``, one character for one (offsets hold)."""
    if _HAS_LOOKALIKE.search(text) is None:
        return text  # nearly every text: one scan in C
    return _LOOKALIKE_APOSTROPHE.sub("'", text)


def as_typed(text: str) -> str:
    """``text`` as the tagger reads it: with one apostrophe (:func:`uniform_apostrophes`, and one mis-encoded as "í"
    before a suffix), one character for one (offsets hold); ``text`` itself when unchanged."""
    read = uniform_apostrophes(text)
    if "í" in read:  # (the cheap test first: nearly every text holds none)
        read = _ENCODED_APOSTROPHE.sub(r"\1'\2", read)
    return text if read == text else read


def as_read(word: str) -> str:
    """A word of a pre-tokenised corpus as the tagger reads it: composed (a file may store ``ş`` as ``s`` and a
    combining cedilla, which the ingest service composes in wire copy) and with one apostrophe."""
    if not word.isascii():
        word = uniform_apostrophes(unicodedata.normalize("NFC", word))
    return word


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; apostrophe suffixes stay on their word, punctuation stands alone."""
    new = tuple.__new__  # Token's own __new__ is a Python function: a tenth of tokenising's time
    return [new(Token, (m.group(), *m.span())) for m in _TOKEN_RE.finditer(text)]


def _starts_sentence(token: Token) -> bool:
    """Whether a token can open a sentence (capital letter, digit or opening quote)."""
    first = token.text[0]
    return first.isupper() or first.isdigit() or first in "\"“«'‘(-–—"


def _ends_sentence(current: list[Token]) -> bool:
    """Whether the tokens so far end in sentence punctuation, possibly followed by a closing quote."""
    last = current[-1].text
    return last in SENTENCE_END or (last in _CLOSERS and len(current) > 1 and current[-2].text in SENTENCE_END)


def split_sentences(text: str, tokens: list[Token] | None = None) -> list[list[Token]]:
    """Group tokens into sentences: at ., !, ? or ... before a capital, and at blank lines or line breaks."""
    toks = tokenize(text) if tokens is None else tokens
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for tok, nxt in itertools.pairwise(toks):
        current.append(tok)
        if (tok.end != nxt.start and "\n" in text[tok.end : nxt.start]) or (
            (tok.text in SENTENCE_END or tok.text in _CLOSERS)  # cheap test first: most tokens end nothing
            and _ends_sentence(current)
            and nxt.text not in _CLOSERS
            and _starts_sentence(nxt)
        ):
            sentences.append(current)
            current = []
    if toks:
        current.append(toks[-1])
    if current:
        sentences.append(current)
    return sentences
