"""Surface forms of an entity: how the article wrote it, Turkish suffix stripped (``ABD'nin`` → ``ABD``)."""

from __future__ import annotations

from collections.abc import Iterable

from newswire_tagger.entities.names import EDGE_JUNK, strip_apostrophe_suffix

__all__ = ["surface_form", "surface_forms"]


def surface_form(text: str) -> str:
    """A mention as written, edge punctuation and the apostrophe suffix of its last word removed."""
    words = text.strip(EDGE_JUNK).split()
    if words:
        words[-1] = strip_apostrophe_suffix(words[-1])
    return " ".join(words)


def surface_forms(texts: Iterable[str]) -> list[str]:
    """Distinct surface forms (:func:`surface_form`) of the mention ``texts``, in first-seen order."""
    return list(dict.fromkeys(form for text in texts if (form := surface_form(text))))
