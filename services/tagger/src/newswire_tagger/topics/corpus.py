"""Reading labelled topic corpora: ``DIR/<8-digit IPTC code>/*.txt`` folders, or a labels file of primary and
secondary codes per article (``{"kemik42k/genel/1002.txt": {"primary": "02000000", "secondary": ["14000000"]}}``; a code
may be written as its qcode, ``medtop:02000000``)."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from newswire_tagger.topics.codes import TOP_LEVEL

logger = logging.getLogger(__name__)

_CODE_DIR = re.compile(r"^\d{8}$")
# Windows-1254 is the legacy Turkish code page; it decodes any byte string, so it is the last resort.
_FALLBACK_ENCODING = "cp1254"
# Agency text files open with " date YYYY-MM-DD" before the lead (the ingest service's agency-text format).
_DATELINE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
MAX_TITLE_LINE = 200
"""A first line longer than this is prose, not a headline (as the ingest service decides)."""
HEADLINE_CHARS = 120


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """One article of a labelled corpus: its gold primary code, any secondary codes, where it came from, its text."""

    code: str
    path: Path
    text: str
    headline: str = ""
    secondary: tuple[str, ...] = field(default=())

    @property
    def codes(self) -> frozenset[str]:
        """Primary and secondary codes together."""
        return frozenset((self.code, *self.secondary))


def read_text(path: Path) -> str:
    """Decode a text file as UTF-8 (BOM allowed), else as Windows-1254."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        logger.debug("%s is not UTF-8, decoding as %s", path, _FALLBACK_ENCODING)
        return raw.decode(_FALLBACK_ENCODING, errors="replace")


def read_labelled_dir(root: Path) -> list[LabelledArticle]:
    """Every ``.txt`` article under ``root/<code>/``, sorted by code then file name for reproducible splits."""
    if not root.is_dir():
        raise FileNotFoundError(f"not a directory: {root}")
    articles = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and _CODE_DIR.match(p.name)):
        for path in sorted(folder.glob("*.txt")):
            articles.append(LabelledArticle(code=folder.name, path=path, text=read_text(path)))
    if not articles:
        raise ValueError(f"no DIR/<8-digit code>/*.txt articles under {root}")
    return articles


def read_story(text: str) -> tuple[str, str]:
    """Headline and body of a wire text file, split as the ingest service splits plain and agency text.

    Agency text (`` date YYYY-MM-DD`` then the lead): the headline is the lead's first sentence, cut to about
    120 characters, and the body is the whole text. Plain text: a first line of at most 200 characters followed
    by more text is the headline. Anything else has no headline.
    """
    text = text.strip()
    if _DATELINE.match(text):
        body = _DATELINE.sub("", text, count=1)
        first = _SENTENCE_END.split(body.split("\n", 1)[0], maxsplit=1)[0]
        return (first if len(first) <= HEADLINE_CHARS else first[:HEADLINE_CHARS].rsplit(" ", 1)[0] + "…"), body
    first, _, rest = text.partition("\n")
    if rest.strip() and len(first.strip()) <= MAX_TITLE_LINE:
        return first.strip(), rest.strip()
    return "", text


def _codes(key: str, entry: object) -> tuple[str, tuple[str, ...]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("primary"), str):
        # ValueError, not TypeError: a malformed entry is bad input in a data file, like every other check here.
        raise ValueError(f"{key}: expected {{'primary': CODE, 'secondary': [CODE, ...]}}, got {entry!r}")  # noqa: TRY004
    secondary = entry.get("secondary") or []
    if not isinstance(secondary, list) or not all(isinstance(c, str) for c in secondary):
        raise ValueError(f"{key}: 'secondary' must be a list of codes, got {secondary!r}")
    # a code may be written as its qcode ("medtop:02000000"), as the tagger's output writes it too
    primary, secondary = _code(entry["primary"]), [_code(c) for c in secondary]
    unknown = [c for c in (primary, *secondary) if c not in TOP_LEVEL]
    if unknown:
        raise ValueError(f"{key}: not top-level IPTC codes: {unknown}")
    return primary, tuple(dict.fromkeys(c for c in secondary if c != primary))


def _code(written: str) -> str:
    """An IPTC code as written in a labels file: ``02000000`` or ``medtop:02000000``."""
    return written.strip().removeprefix("medtop:")


def _resolve(key: str, roots: dict[str, Path]) -> Path | None:
    head, _, rest = key.partition("/")
    if head in roots and head:
        candidates = [roots[head] / rest]
    else:
        base = roots[""]
        candidates = [base / key, *(sub / key for sub in sorted(base.iterdir()) if sub.is_dir())]
    return next((c for c in candidates if c.is_file()), None)


def read_labels_file(labels: Path, roots: dict[str, Path]) -> list[LabelledArticle]:
    """Articles of a labels file, keyed by path; a key whose first part names a ``roots`` entry resolves there.

    ``roots`` maps a first path part to its folder (``{"seeds": Path("seeds")}``); other keys resolve under the
    ``""`` entry (``shared/data``) or one folder down (``kemik42k/genel/1.txt`` is ``shared/data/topics/kemik42k/
    genel/1.txt``). Headlines are split off as :func:`read_story` does.
    """
    document = json.loads(labels.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not document:
        raise ValueError(f"{labels}: expected a non-empty JSON object of path -> {{primary, secondary}}")
    articles = []
    for key in sorted(document):
        primary, secondary = _codes(key, document[key])
        path = _resolve(key, roots)
        if path is None:
            raise FileNotFoundError(f"{labels}: {key} is not a file under {roots[''] / key} or a folder beside it")
        headline, body = read_story(read_text(path))
        articles.append(LabelledArticle(primary, path, body, headline, secondary))
    return articles
