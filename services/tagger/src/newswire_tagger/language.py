"""Language identification from curated stop words and script: small, offline and fast (no model download).

Function words are the most frequent tokens of any text and differ between languages, so counting them
identifies a news paragraph reliably; scripts settle Cyrillic and Arabic text, and the letter ə separates
Azerbaijani from Turkish where they share words. Only Turkish is ``supported`` by the tagger's models.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newswire_schemas import Language

SUPPORTED: Final = frozenset({"tr"})
# Enough tokens to decide, few enough to stay well under half a millisecond on a long article.
MAX_TOKENS = 300
MIN_TOKENS = 3
MIN_STOP_RATIO = 0.04

_STOP_WORDS: Final[dict[str, str]] = {
    "tr": """ve bir bu da de için ile olarak daha çok en gibi ama ancak kadar sonra olan olduğu olduğunu ise veya
        ki ne her şey değil mi mı mu mü yani göre üzere tarafından ayrıca bile hem diye şu o bunu bunun onun
        etti dedi yaptı eden edilen edildi ilgili karşı arasında şekilde oldu olan sadece böyle""",
    "az": """və bir bu da də üçün ilə olaraq daha çox ən kimi amma ancaq qədər sonra olan olduğu isə ya ki nə
        hər şey deyil yəni görə tərəfindən həmçinin həm bunu onun edib edir olub edilib arasında ilə bildirib
        etdi qeyd""",
    "en": """the of and to in a is that for on was with as by at from it be are this have has an not but or
        which said were will their they his her been its who more would there also after than""",
    "de": """der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird
        werden bei nach aus wie oder sind war hat haben einer vor zum zur über noch nur""",
    "fr": """le la les de des et est un une du en que qui dans pour pas sur au aux par avec ce il elle sont a
        été ne se plus ont cette leur mais ou selon""",
    "es": """el la los las de del y en que un una es por con para no se al lo su como más pero sus ha le fue
        son está según""",
    "it": """il la le di che e un una per non in del della dei con è sono da al alla gli anche come più ha si
        nel delle""",
    "ru": """и в не на что с по как это он она к из за то же от для а но о его её было был так они все мы вы
        я у бы уже при также года который которые""",
    "ar": """في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما و ثم بعد قال كما بين أو إن هو هي ذلك عام
        وقد وفي""",
}
# token → languages it is a function word of: one dict lookup per token whatever the number of languages.
_INDEX: Final[dict[str, tuple[str, ...]]] = {}
for _lang, _words in _STOP_WORDS.items():
    for _w in _words.split():
        _INDEX[_w] = (*_INDEX.get(_w, ()), _lang)

_TOKEN = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_ONLY = re.compile(r"[پچژگکی]")
_SCHWA = "ə"
# Letters of the Turkish alphabet that no other language here writes (Azerbaijani shares them, but has ə).
_TURKISH_LETTERS = "ğış"
# A name with a Turkish case ending after an apostrophe ("NBA'de", "Ankara'dan", "Bush'un"): no other language here
# writes one so (English "'s", French "l'", "d'" do not match), and a results table of foreign names in Turkish copy
# has little else Turkish in it.
_TURKISH_SUFFIX = re.compile(
    r"\w['’](?:[dt][ae]n?|[dt][ae]ki|n?[ıiuü]n|y?[ae]|y?[ıiuü]|l[ae]r|[dt][ıiuü]r)(?![^\W\d_])"
)


def _undetermined() -> Language:
    return Language(code="und", confidence=0.0, supported=False)


def _script_language(sample: str) -> str | None:
    if max(sample) < "\u0400":
        return None  # the cheap test first: no letter as far on as the Cyrillic block (Latin scripts)
    letters = max(1, len(sample) - sample.count(" "))  # the sample is letters joined by single spaces
    if len(_CYRILLIC.findall(sample)) > letters / 2:
        return "ru"
    if len(_ARABIC.findall(sample)) > letters / 2:
        return "fa" if len(_PERSIAN_ONLY.findall(sample)) > letters / 50 else "ar"
    return None


def detect(text: str) -> Language:
    """The language of ``text`` as an ISO 639-1 code with a 0..1 confidence; ``und`` when it cannot tell."""
    head = text[: MAX_TOKENS * 12]  # ample for MAX_TOKENS words; the rest of a long article is never read
    tokens = _TOKEN.findall(head.replace("İ", "i").lower())[:MAX_TOKENS]
    if len(tokens) < MIN_TOKENS:
        return _undetermined()
    sample = " ".join(tokens)
    votes: Counter[str] = Counter()
    for token in tokens:
        for lang in _INDEX.get(token, ()):
            votes[lang] += 1
    if sample.count(_SCHWA) > len(sample) / 200:
        votes["az"] += len(tokens) // 10 + 1  # ə never occurs in Turkish: a strong Azerbaijani signal
    else:
        # Words with ğ, ı or ş are Turkish (or Azerbaijani, caught above): each counts as a Turkish vote, so a
        # Turkish text with a few Spanish-looking words ("son", "a") or English names stays Turkish.
        votes["tr"] += sum(1 for token in tokens if any(letter in token for letter in _TURKISH_LETTERS))
        if votes and votes.most_common(1)[0][0] != "tr":
            votes["tr"] += len(_TURKISH_SUFFIX.findall(head))  # (only where Turkish is not ahead: one scan saved)
    script = _script_language(sample)
    if script is not None:
        ratio = votes[script] / len(tokens)
        confidence = 0.6 + 0.4 * min(1.0, ratio / 0.15)
        return Language(code=script, confidence=round(confidence, 3), supported=script in SUPPORTED)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] / len(tokens) < MIN_STOP_RATIO:
        return _undetermined()
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # Share of the vote against the runner-up, damped when function words are few (short or odd text).
    confidence = hits / (hits + runner_up) * min(1.0, (hits / len(tokens)) / 0.15)
    return Language(code=best, confidence=round(confidence, 3), supported=best in SUPPORTED)
