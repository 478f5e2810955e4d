"""The team's mention-level NER labels: annotators' token strings become the spans the CRF is trained on."""

from __future__ import annotations

import json
from pathlib import Path

from newswire_tagger.ner import split_sentences

from services.tagger.training.ner.team import by_characters, corpus, locate

FIRST = "TOBB Başkanı Rifat Hisarcıklıoğlu , ABD Dışişleri Bakanı Hillary Clinton'un davetiyle Washington'a gidiyor ."
SECOND = "Clinton , Washington'da Clinton Vakfı yöneticileriyle görüştü ."
SENTENCES = [FIRST.split(" "), SECOND.split(" ")]


def test_mentions_are_found_in_order_so_a_repeated_name_is_its_own_span() -> None:
    spans, problems = locate(
        SENTENCES,
        [
            {"s": 1, "tokens": "TOBB", "type": "ORG"},
            {"s": 1, "tokens": "Rifat Hisarcıklıoğlu", "type": "PER"},
            {"s": 1, "tokens": "ABD", "type": "LOC"},
            {"s": 1, "tokens": "Hillary Clinton'un", "type": "PER"},
            {"s": 1, "tokens": "Washington'a", "type": "LOC"},
            {"s": 2, "tokens": "Clinton", "type": "PER"},
            {"s": 2, "tokens": "Washington'da", "type": "LOC"},
            {"s": 2, "tokens": "Clinton Vakfı", "type": "ORG"},
        ],
    )
    assert problems == []
    assert spans == [
        (0, 0, 1, "ORG"),
        (0, 2, 4, "PER"),
        (0, 5, 6, "LOC"),
        (0, 8, 10, "PER"),
        (0, 11, 12, "LOC"),
        (1, 0, 1, "PER"),
        (1, 2, 3, "LOC"),
        (1, 3, 5, "ORG"),  # the second "Clinton" of the sentence, after the first mention
    ]


def test_a_mention_that_is_not_in_its_sentence_or_has_an_unknown_type_is_reported_not_guessed() -> None:
    spans, problems = locate(
        SENTENCES,
        [
            {"s": 1, "tokens": "Hillary Clinton", "type": "PER"},  # the token is "Clinton'un"
            {"s": 2, "tokens": "Clinton", "type": "MISC"},
            {"s": 3, "tokens": "ABD", "type": "LOC"},
        ],
    )
    assert spans == []
    assert len(problems) == 3


def test_overlapping_mentions_keep_the_first() -> None:
    spans, problems = locate(
        SENTENCES,
        [{"s": 2, "tokens": "Clinton Vakfı", "type": "ORG"}, {"s": 2, "tokens": "Vakfı", "type": "ORG"}],
    )
    assert spans == [(1, 3, 5, "ORG")]
    assert problems == ["overlap (1, 4, 5, 'ORG')"]


def test_the_corpus_is_rebuilt_from_the_text_with_the_taggers_tokenizer(tmp_path: Path) -> None:
    article = tmp_path / "topics" / "kemik42k" / "dunya" / "1.txt"
    article.parent.mkdir(parents=True)
    article.write_text(
        "Başlık burada\nTOBB Başkanı Rifat Hisarcıklıoğlu Washington'a gitti. Orada Hillary Clinton ile görüştü.",
        encoding="utf-8",
    )
    text = article.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    # As ``collect`` stores an annotator's token spans: by their characters in the article.
    stored = by_characters(
        [sentences[1], sentences[2]], [(0, 0, 1, "ORG"), (0, 2, 4, "PER"), (0, 4, 5, "LOC"), (1, 1, 3, "PER")]
    )
    assert stored["mentions"][1] == [text.index("Rifat"), text.index("Washington") - 1, "PER"]
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"kemik42k/dunya/1.txt": stored}), "utf-8")
    assert corpus(tmp_path, labels) == [
        (
            ["TOBB", "Başkanı", "Rifat", "Hisarcıklıoğlu", "Washington'a", "gitti", "."],
            ["B-ORG", "O", "B-PER", "I-PER", "B-LOC", "O", "O"],
        ),
        (["Orada", "Hillary", "Clinton", "ile", "görüştü", "."], ["O", "B-PER", "I-PER", "O", "O", "O"]),
    ]


def test_labels_stay_on_their_words_when_the_tokenizer_reads_the_sentence_otherwise(tmp_path: Path) -> None:
    # Labelled when the splitter ended a sentence at "Tic." and cut "San." in two: stored by characters, the
    # labels survive a tokenizer that reads the abbreviations whole and the sentence on past them.
    text = "Başlık\nİstanbul Ulaşım San. ve Tic. AŞ Genel Müdürü Kasım Kutlu konuştu."
    article = tmp_path / "topics" / "kemik42k" / "guncel" / "1.txt"
    article.parent.mkdir(parents=True)
    article.write_text(text, encoding="utf-8")
    company = text.index("İstanbul")
    person = text.index("Kasım")
    labels = tmp_path / "labels.json"
    entry = {
        "sentences": [[company, text.index("AŞ") - 1], [text.index("AŞ"), len(text)]],
        "mentions": [[company, text.index("AŞ") - 1, "ORG"], [person, person + len("Kasım Kutlu"), "PER"]],
    }
    labels.write_text(json.dumps({"kemik42k/guncel/1.txt": entry}), "utf-8")
    assert corpus(tmp_path, labels) == [
        (["İstanbul", "Ulaşım", "San.", "ve", "Tic."], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]),
        (
            ["AŞ", "Genel", "Müdürü", "Kasım", "Kutlu", "konuştu", "."],
            ["O", "O", "O", "B-PER", "I-PER", "O", "O"],
        ),
    ]
