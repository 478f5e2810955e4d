"""Turkish text to sparse topic features: normalised words and fixed-length prefix stems.

Shared by the training script and the worker, so the features seen at run time are exactly those trained on.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Stems are the first STEM_LEN letters of a word: Turkish is agglutinative and suffixing, so a fixed-length
# prefix ("bakan|lığı", "ekonomi|k") conflates inflected forms about as well as a full stemmer, at no cost.
STEM_LEN = 5
MIN_WORD_LEN = 2
HEADLINE_WEIGHT = 2
# The lead (the body's first LEAD_WORDS content words) says what the story is about, as the headline does; on
# wire copy the headline is sometimes a teaser ("Kasırga mı oldu niye panik var?"), the lead rarely.
LEAD_WORDS = 0
LEAD_WEIGHT = 2
# Adjacent content-word pairs ("kadına şiddet", "hava sıcaklığı") as features of their own.
BIGRAMS = False
# Character n-grams of each content word (padded "<word>"), lengths as listed: roots inside compounds and derived
# forms that a fixed-length prefix misses ("vergi" in "gelirvergisi", "sağlık"/"sağlıklı" suffix families).
CHAR_NGRAMS: tuple[int, ...] = ()

# Plain str.replace, not str.translate: translate is ~10x slower on non-ASCII text, and this runs per article.
_FOLDS = (("I", "ı"), ("İ", "i"), ("â", "a"), ("î", "i"), ("û", "u"))
# C1 control characters are what a cp1252 quote or dash becomes when it was decoded as Latin-1 upstream:
# map them back to the punctuation they were (\x92 → ’), so "Sam\x92ın" loses its suffix like "Sam’ın".
_C1 = {c: bytes([c]).decode("cp1252", errors="ignore") or " " for c in range(0x80, 0xA0)}
_HAS_C1 = re.compile("[\u0080-\u009f]")
_APOSTROPHE_SUFFIX = re.compile(r"['’‘`´ʼ′＇]\w*")  # the apostrophe and its look-alikes (see ner.tokenizer)
_TOKEN = re.compile(r"[^\W\d_]+")
# "iş birliği" (co-operation) is written apart or joined; apart, its "iş" (work, business) reads as economy.
_COMPOUNDS = re.compile(r"iş(?<!\wiş) (?=birli)")  # (the word's start looked behind at: a literal first scans fast)

# Function words carry no topic and only dilute the vector (closed class, hand-curated).
_STOP_WORDS_TEXT = """
    acaba ama ancak artık aslında az bana bazı belki ben beni benim beri bile bir biri birkaç birşey biz bize
    bizi bizim bu buna bunda bundan bunlar bunları bunların bunu bunun burada çok çünkü da daha dahi de değil
    diğer diye dolayı en gibi göre hem hep hepsi her hiç için ile ise işte kadar ki kim kimse mi mı mu mü
    nasıl ne neden nerede o olan olarak oldu olduğu olduğunu olmak olması olup olur şey şu şuna şunu tüm
    üzere ve veya ya yani yine yüzden zaten ayrıca sonra önce ilk son çok daha sadece bile bunun onun ona onu
    onlar onların olan olduğu etti eden edilen edildi yapılan yaptı ifade etti dedi kendi kendisi
"""
# Corpus quirks, not topics: dates (the training news is from one season of 2015), news agencies and outlets
# that sign some sections, and web boilerplate ("tıklayın"). Learnt, they would not carry to other sources.
_QUIRKS_TEXT = """
    ocak şubat nisan mayıs haziran temmuz ağustos eylül kasım aralık pazartesi salı çarşamba perşembe cumartesi
    anka aa dha iha ihlas cihan radikal milliyet hürriyet sabah zaman habertürk haberturk ntv cnn türk star
    sözcü posta vatan akşam yeni şafak yeniakit akit tıklayın tıklayınız tıkla tıklatın foto fotoğraf galeri
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split()) | frozenset(_QUIRKS_TEXT.split())


def normalise(text: str) -> str:
    """Lower-case the Turkish way (I→ı, İ→i), fold circumflexes, drop apostrophe suffixes and stray C1 bytes."""
    text = unicodedata.normalize("NFC", text)
    if _HAS_C1.search(text):
        text = text.translate(_C1)
    for upper, lower in _FOLDS[:2]:
        text = text.replace(upper, lower)
    text = text.lower()
    for accented, plain in _FOLDS[2:]:
        text = text.replace(accented, plain)
    return _COMPOUNDS.sub("iş", _APOSTROPHE_SUFFIX.sub("", text))


def tokens(text: str) -> list[str]:
    """Every normalised alphabetic token of ``text``, in order (what keyword rules match against)."""
    return _TOKEN.findall(normalise(text))


def content_words(toks: list[str]) -> list[str]:
    """The tokens that can carry a topic: stop words and one-letter tokens removed."""
    return [w for w in toks if len(w) >= MIN_WORD_LEN and w not in STOP_WORDS]


def words(text: str) -> list[str]:
    """Normalised alphabetic tokens of ``text``, stop words and one-letter tokens removed."""
    return content_words(tokens(text))


def _features_of(tokens: list[str]) -> Iterable[str]:
    # Stem bigrams and character n-grams were measured too (cross-validation; letter 4-grams again in the third
    # round, CHAR_NGRAMS): no gain beyond noise, and TTC-3600 and kemik42k lost; off in the shipped model.
    for word in tokens:
        yield "w:" + word
        yield "s:" + word[:STEM_LEN]
    if CHAR_NGRAMS:
        for word in tokens:
            padded = f"<{word}>"
            for n in CHAR_NGRAMS:
                for i in range(len(padded) - n + 1):
                    yield "c:" + padded[i : i + n]
    if BIGRAMS:
        for first, second in itertools.pairwise(tokens):
            yield f"b:{first[:STEM_LEN]}_{second[:STEM_LEN]}"


def extract(headline: str, text: str) -> Counter[str]:
    """Feature counts of an article; the headline counts ``HEADLINE_WEIGHT`` times, as editors put the topic there."""
    return extract_tokens(tokens(headline), tokens(text))


def extract_tokens(headline: list[str], body: list[str]) -> Counter[str]:
    """:func:`extract` on already tokenised headline and body (the classifier tokenises once for everything)."""
    words = content_words(body)
    counts: Counter[str] = Counter(_features_of(words))
    for feature in _features_of(content_words(headline)):
        counts[feature] += HEADLINE_WEIGHT
    if LEAD_WORDS:
        for feature in _features_of(words[:LEAD_WORDS]):
            counts[feature] += LEAD_WEIGHT - 1
    return counts


def describe(feature: str) -> str:
    """Human-readable form of a feature name, used in a topic's reasons (``w:bakan`` → ``term: bakan``)."""
    kind, _, value = feature.partition(":")
    if kind == "s":
        return f"stem: {value}-"
    if kind == "c":
        return f"letters: {value}"
    if kind == "b":
        return "pair: " + " ".join(f"{part}-" for part in value.split("_"))
    return f"term: {value}"
