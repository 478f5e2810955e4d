"""The NER tokenizer keeps offsets exact, suffixes on their word and punctuation apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newswire_tagger.ner import split_sentences, tokenize
from newswire_tagger.ner.tokenizer import Token


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_apostrophe_suffixes_stay_attached() -> None:
    assert _texts("Türkiye'nin ve Bakü’ye, NATO'nun.") == ["Türkiye'nin", "ve", "Bakü’ye", ",", "NATO'nun", "."]


def test_punctuation_is_split_as_in_the_corpus() -> None:
    text = "Prof. Dr. B. Ecevit, \"21. yüzyılda\" 1.5 milyon (A.Ş.'nin) 1998-1999 Azerbaycan-Ermenistan G-7'nin..."
    assert _texts(text) == [
        "Prof.", "Dr.", "B.", "Ecevit", ",", '"', "21.", "yüzyılda", '"', "1.5", "milyon", "(", "A.Ş.'nin", ")",
        "1998-1999", "Azerbaycan", "-", "Ermenistan", "G-7'nin", "...",
    ]  # fmt: skip


def test_offsets_point_into_the_text() -> None:
    text = "  Ceyhun Bayramov,\tBakü'yü ziyaret eden NATO heyetini kabul etti.\n"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_offsets_hold_for_any_text(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.start >= previous_end
        assert not token.text.isspace()
        previous_end = token.end


def test_sentences_split_at_final_punctuation_and_line_breaks() -> None:
    text = "Ahmet Ankara'ya gitti. Dr. Ayşe de gitti!\nYeni paragraf 21. yüzyıl"
    sentences = [[t.text for t in s] for s in split_sentences(text)]
    assert sentences == [
        ["Ahmet", "Ankara'ya", "gitti", "."],
        ["Dr.", "Ayşe", "de", "gitti", "!"],
        ["Yeni", "paragraf", "21.", "yüzyıl"],
    ]


def test_tokens_are_named_tuples() -> None:
    token = tokenize("Bakü'yü")[0]
    assert isinstance(token, Token)
    assert (token.text, token.start, token.end) == ("Bakü'yü", 0, 7)


def test_a_closing_quote_after_final_punctuation_ends_the_sentence_with_it() -> None:
    text = '"Geri döneceğiz." Sonra gitti. Tek'
    sentences = [[t.text for t in s] for s in split_sentences(text)]
    assert sentences == [['"', "Geri", "döneceğiz", ".", '"'], ["Sonra", "gitti", "."], ["Tek"]]
    assert split_sentences("") == []
    assert [[t.text for t in s] for s in split_sentences("Tek")] == [["Tek"]]


@given(st.text(alphabet=st.sampled_from("Ab ç.!?\"'\n)ĞŞ1"), max_size=120))
def test_sentences_hold_every_token_once_in_order(text: str) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert [t for s in sentences for t in s] == tokens
    assert all(sentences)
