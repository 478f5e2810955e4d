"""Document-level consistency: a person's full name or surname is a person wherever else the article uses it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newswire_tagger.ner.bio import chunks
from newswire_tagger.ner.lexicon import name_stem
from newswire_tagger.ner.tokenizer import Token
from newswire_tagger.spans import Span

__all__ = ["PROPAGATED_DISCOUNT", "propagate_names"]

# A propagated mention is only as sure as the name it copies, and less: the model itself said O there.
PROPAGATED_DISCOUNT = 0.8
_MIN_SURNAME = 3

Window = tuple[Sequence[Token], Sequence[str]]


def _names(
    windows: Sequence[Window], spans: Sequence[Span], is_common: Callable[[str], bool]
) -> dict[tuple[str, ...], float]:
    """Multi-word PER names as stem tuples, and each surname alone unless it is a common word, best confidence."""
    confidence_at = {(s.start, s.end): s.confidence for s in spans}
    names: dict[tuple[str, ...], float] = {}
    for tokens, tags in windows:
        for kind, first, stop in chunks(tags):
            if kind != "PER" or stop - first < 2:
                continue
            confidence = confidence_at.get((tokens[first].start, tokens[stop - 1].end), 0.0)
            full = tuple(name_stem(t.text) for t in tokens[first:stop])
            surname_alone = len(full[-1]) >= _MIN_SURNAME and not is_common(full[-1])
            for name in (full, full[-1:]) if surname_alone else (full,):
                names[name] = max(names.get(name, 0.0), confidence)
    return names


def propagate_names(
    text: str, windows: Sequence[Window], spans: Sequence[Span], is_common: Callable[[str], bool]
) -> list[Span]:
    """New PER spans where a known full name (longest first) or surname appears with every token tagged O.

    ``is_common`` tells surnames that are also ordinary words (``Sağ``, ``Yan``): those are not propagated alone.
    """
    names = _names(windows, spans, is_common)
    if not names:
        return []
    lengths = sorted({len(n) for n in names}, reverse=True)
    firsts = {name[0] for name in names}
    found: list[Span] = []
    for tokens, tags in windows:
        # Only title-case tokens can match: lower-case words and ALL-CAPS headline words are not names here.
        stems = [name_stem(t.text) if t.text[:1].isupper() and not t.text.isupper() else "" for t in tokens]
        i = 0
        while i < len(tokens):
            if stems[i] not in firsts:
                i += 1
                continue  # most tokens open no name: skip them before building candidate names
            for n in lengths:
                name = tuple(stems[i : i + n])
                if len(name) == n and name in names and all(tag == "O" for tag in tags[i : i + n]):
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    confidence = round(names[name] * PROPAGATED_DISCOUNT, 4)
                    found.append(Span("PER", start, end, text[start:end], confidence))
                    i += n - 1
                    break
            i += 1
    return found
