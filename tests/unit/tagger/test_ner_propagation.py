"""A person's full name or surname is tagged wherever else the article uses it, unless it is a common word."""

from __future__ import annotations

from newswire_tagger.ner import Token, tokenize
from newswire_tagger.ner.propagation import PROPAGATED_DISCOUNT, propagate_names
from newswire_tagger.spans import Span

TEXT = "Radmila Shekerinska geldi . Radmila Shekerinska ve Shekerinska'nın ekibi ; Ali Sağ , Sağ taraf ; ŞEKERİNSKA"


def _windows() -> list[tuple[list[Token], list[str]]]:
    tokens = tokenize(TEXT)
    tags = ["O"] * len(tokens)
    tags[0], tags[1] = "B-PER", "I-PER"
    ali = [t.text for t in tokens].index("Ali")
    tags[ali], tags[ali + 1] = "B-PER", "I-PER"
    return [(tokens, tags)]


def test_full_names_and_surnames_are_propagated() -> None:
    spans = [Span("PER", 0, 19, "Radmila Shekerinska", 0.9), Span("PER", 75, 82, "Ali Sağ", 0.5)]
    found = propagate_names(TEXT, _windows(), spans, is_common=lambda stem: stem == "sağ")
    assert [(s.text, s.confidence) for s in found] == [
        ("Radmila Shekerinska", round(0.9 * PROPAGATED_DISCOUNT, 4)),
        ("Shekerinska'nın", round(0.9 * PROPAGATED_DISCOUNT, 4)),
    ]
    for span in found:
        assert TEXT[span.start : span.end] == span.text


def test_nothing_without_a_multi_word_name() -> None:
    tokens = tokenize(TEXT)
    assert propagate_names(TEXT, [(tokens, ["O"] * len(tokens))], [], is_common=lambda _: False) == []
