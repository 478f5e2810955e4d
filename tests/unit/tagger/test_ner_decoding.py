"""Names glued across a case suffix are split apart after decoding; other spans are left alone."""

from __future__ import annotations

import pytest
from newswire_tagger.ner.bio import chunks, has_adjacent, merge_adjacent
from newswire_tagger.ner.decoding import combine, ends_name, split_at_suffixes


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ankara'dan", True),
        ("Paris’te", True),
        ("NATO'nun", True),
        ("O'Neal", False),  # an apostrophe inside a foreign name, not a case suffix
        ("McDonald's", False),  # the English possessive
        ("Ankara", False),
        ("'", False),
    ],
)
def test_ends_name(word: str, expected: bool) -> None:
    assert ends_name(word) is expected


def test_two_places_glued_across_a_suffix_become_two() -> None:
    words = ["Suriye'nin", "Halep", "Kalesi'ne", "gittiler"]
    tags = ["B-LOC", "I-LOC", "I-LOC", "O"]
    assert split_at_suffixes(words, tags) == ["B-LOC", "B-LOC", "I-LOC", "O"]


def test_a_chain_of_names_is_split_at_every_suffix() -> None:
    words = ["Berlin'den", "Roma'ya", "Atina'ya", "uçtu"]
    assert chunks(split_at_suffixes(words, ["B-LOC", "I-LOC", "I-LOC", "O"])) == [
        ("LOC", 0, 1),
        ("LOC", 1, 2),
        ("LOC", 2, 3),
    ]


def test_the_split_off_name_takes_the_type_the_model_finds_most_likely() -> None:
    words = ["Meclis'in", "Ayşe", "Kaya'yı", "çağırdı"]
    tags = ["B-ORG", "I-ORG", "I-ORG", "O"]
    person = {("B-PER", 1): 0.6, ("I-PER", 2): 0.7, ("I-ORG", 1): 0.3, ("I-ORG", 2): 0.2}

    def marginal(label: str, i: int) -> float:
        return person.get((label, i), 0.0)

    assert split_at_suffixes(words, tags, marginal) == ["B-ORG", "B-PER", "I-PER", "O"]


def test_names_without_an_inner_suffix_stay_whole() -> None:
    words = ["Ali", "Rıza", "Demir'in", "açıklaması"]
    tags = ["B-PER", "I-PER", "I-PER", "O"]
    assert split_at_suffixes(words, tags) == tags
    # A lower-case word after the suffix is not where a new name starts: left as the model said.
    assert split_at_suffixes(["Kaya'nın", "evi"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]


def test_io_view_merges_touching_names_of_one_type_only() -> None:
    tags = ["B-LOC", "B-LOC", "O", "B-PER", "B-ORG", "I-ORG"]
    assert merge_adjacent(tags) == ["B-LOC", "I-LOC", "O", "B-PER", "B-ORG", "I-ORG"]
    assert has_adjacent(tags)
    assert not has_adjacent(merge_adjacent(tags))


class _Marginals:
    """A marginal function over a per-token table (labels not listed have probability 0) that records its calls."""

    def __init__(self, table: list[dict[str, float]]) -> None:
        self.table = table
        self.asked: set[int] = set()

    def __call__(self, label: str, i: int) -> float:
        self.asked.add(i)
        return self.table[i].get(label, 0.0)


def test_two_models_that_agree_need_no_marginals() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC"]
    marginal = _Marginals([])
    assert combine(tags, list(tags), marginal) == tags
    assert marginal.asked == set()


def test_a_disagreement_is_decoded_again_over_the_whole_name() -> None:
    # Ahmet Yılmaz Ankara'ya gitti: one model types the name PER, the other ORG on its second word only.
    first = ["B-PER", "I-PER", "B-LOC", "O"]
    second = ["B-PER", "I-ORG", "B-LOC", "O"]
    table = [
        {"B-PER": 0.9, "B-ORG": 0.1},
        {"I-PER": 0.45, "I-ORG": 0.5, "O": 0.05},  # I-ORG after B-PER is not valid BIO
        {"B-LOC": 1.0},
        {"O": 1.0},
    ]
    marginal = _Marginals(table)
    assert combine(first, second, marginal) == first
    assert marginal.asked == {0, 1}


def test_the_more_probable_reading_wins_a_disagreement() -> None:
    first = ["O", "B-ORG", "O"]
    second = ["O", "B-PER", "O"]
    table = [{"O": 1.0}, {"B-ORG": 0.3, "B-PER": 0.6, "O": 0.1}, {"O": 1.0}]
    assert combine(first, second, _Marginals(table)) == second
