"""Reading labelled topic corpora laid out as ``DIR/<8-digit IPTC code>/*.txt``, in UTF-8 or legacy encodings."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

_CODE_DIR = re.compile(r"^\d{8}$")
# Windows-1254 is the legacy Turkish code page; it decodes any byte string, so it is the last resort.
_FALLBACK_ENCODING = "cp1254"


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """One article of a labelled corpus: its gold top-level code, where it came from and its text."""

    code: str
    path: Path
    text: str


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
