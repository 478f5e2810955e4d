"""Entity-level scoring follows conlleval: exact spans, PER/ORG/LOC only, fractions rounded to 4 decimals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newswire_tagger.evaluation import main
from newswire_tagger.evaluation.ner import (
    cut_names,
    evaluate_ner,
    gold_scheme,
    gold_tag,
    read_conll,
    read_documents,
    score,
)
from newswire_tagger.ner.bio import chunks

TINY = "Ahmet\tB-PER\nYılmaz\tI-PER\nAnkara'ya\tB-LOC\ngitti\tO\n\nNATO\tB-ORG\nbugün\tB-DATE\ntoplandı\tO\n"


def test_chunks_follow_conlleval() -> None:
    tags = ["B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-MISC", "B-LOC", "B-LOC"]
    assert chunks(tags) == [("PER", 0, 2), ("LOC", 2, 3), ("ORG", 4, 5), ("LOC", 6, 7), ("LOC", 7, 8)]


def test_score_counts_exact_matches_per_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    result = score(gold, pred)
    assert result["precision"] == round(1 / 3, 4)
    assert result["recall"] == round(1 / 3, 4)
    assert result["per_type"]["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert result["per_type"]["LOC"]["recall"] == 0.0


def test_evaluate_ner_on_a_tiny_file(tmp_path: Path) -> None:
    data = tmp_path / "tiny.conll"
    data.write_text(TINY, encoding="utf-8")
    result = evaluate_ner(data)
    assert result["n_sentences"] == 2
    assert result["n_tokens"] == 7
    assert set(result["per_type"]) == {"PER", "ORG", "LOC"}
    assert result["per_type"]["PER"]["support"] == 1
    assert 0.0 <= result["f1"] <= 1.0
    assert result["tokens_per_s"] > 0


def test_cli_entry_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "tiny.conll"
    data.write_text(TINY, encoding="utf-8")
    assert main(["ner", "--data", str(data)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["n_tokens"] == 7


def test_documents_are_read_from_doc_lines(tmp_path: Path) -> None:
    data = tmp_path / "docs.conll"
    data.write_text("# doc a.txt url 01.01.2024\n" + TINY + "\n# doc b.txt url 02.01.2024\nAli\tB-PER\ngeldi\tO\n")
    documents = read_documents(data)
    assert [len(d) for d in documents] == [2, 1]
    assert documents[1] == [(["Ali", "geldi"], ["B-PER", "O"])]
    result = evaluate_ner(data)
    assert (result["n_documents"], result["n_sentences"], result["n_tokens"]) == (2, 3, 9)


def test_conll_2003_docstart_lines_open_articles(tmp_path: Path) -> None:
    data = tmp_path / "docstart.conll"
    data.write_text(
        "-DOCSTART- -X- -X- O\n\nAhmet NNP B-PER\nYılmaz NNP I-PER\ngeldi VB O\n\nAnkara NNP B-LOC\n.\t.\tO\n\n"
        "-DOCSTART- -X- -X- O\n\nAli NNP B-PER\ngitti VB O\n",
        encoding="utf-8",
    )
    documents = read_documents(data)
    assert [len(d) for d in documents] == [2, 1]
    assert documents[0][0] == (["Ahmet", "Yılmaz", "geldi"], ["B-PER", "I-PER", "O"])
    assert all(w != "-DOCSTART-" for d in documents for words, _t in d for w in words)


def test_conll_u_comments_and_ontonotes_document_lines_are_not_tokens(tmp_path: Path) -> None:
    data = tmp_path / "commented.conll"
    data.write_text(
        "#begin document (a); part 000\n# sent_id = 1\n# text = Ali geldi #bugün\nAli\tB-PER\ngeldi\tO\n#\tO\n"
        "bugün\tO\n\n#end document\n#begin document (b); part 000\nNATO\tB-ORG\ntoplandı\tO\n",
        encoding="utf-8",
    )
    documents = read_documents(data)
    assert documents == [
        [(["Ali", "geldi", "#", "bugün"], ["B-PER", "O", "O", "O"])],  # "#" with its tag is a token
        [(["NATO", "toplandı"], ["B-ORG", "O"])],
    ]


def test_without_doc_lines_every_sentence_stands_alone(tmp_path: Path) -> None:
    data = tmp_path / "tiny.conll"
    data.write_text(TINY, encoding="utf-8")
    assert [len(d) for d in read_documents(data)] == [1, 1]


def test_io_scheme_does_not_count_a_boundary_the_gold_cannot_mark() -> None:
    gold = [["B-LOC", "I-LOC", "O"]]  # "Berlin'den Roma'ya gitti" as converted from IO tags
    pred = [["B-LOC", "B-LOC", "O"]]
    assert score(gold, pred)["f1"] == 0.0
    assert score(gold, pred, "io")["f1"] == 1.0


def test_names_cut_where_an_io_gold_cannot_mark_a_boundary_are_counted_and_credited() -> None:
    words = [["Schröder'in", "Kohl'e", "yanıtı"], ["Karadeniz", "Bölgesi", "ve", "Ankara"], ["Ahmet", "Yılmaz"]]
    gold = [["B-PER", "I-PER", "O"], ["B-LOC", "I-LOC", "O", "B-LOC"], ["B-PER", "I-PER"]]
    pred = [["B-PER", "B-PER", "O"], ["B-LOC", "B-LOC", "O", "B-LOC"], ["B-PER", "O"]]
    cuts = cut_names(words, gold, pred)
    # two gold names read as touching names; one after a case suffix; "Ahmet" alone is a plain miss, not a cut
    assert (cuts["names"], cuts["after_suffix"]) == (2, 1)
    assert cuts["examples"] == ["Schröder'in | Kohl'e", "Karadeniz | Bölgesi"]
    assert (cuts["precision"], cuts["recall"]) == (0.75, 0.75)  # 3 of 4 gold found once the cut names count once
    assert score(gold, pred)["recall"] == 0.25


def test_a_gold_that_marks_every_boundary_gets_no_cut_names(tmp_path: Path) -> None:
    data = tmp_path / "tiny.conll"
    data.write_text(TINY, encoding="utf-8")
    assert "cut_names" not in evaluate_ner(data)  # a BIO gold: a cut name is a plain error there


def test_gold_scheme_is_io_only_when_many_entities_never_touch() -> None:
    apart = [["B-PER", "O", "B-LOC"]] * 100
    assert gold_scheme(apart) == "io"
    assert gold_scheme(apart[:10]) == "bio"  # too few to tell
    assert gold_scheme([*apart, ["B-LOC", "B-LOC"]]) == "bio"


def test_headline_f1_is_strict_bio_and_the_io_view_is_extra(tmp_path: Path) -> None:
    # Two places glued across a case suffix in the gold, as milliyet's conversion from IO tags left them: the model
    # splits them (a name ends at its case suffix), which strict conlleval counts as wrong and the IO view does not.
    data = tmp_path / "glued.conll"
    data.write_text("Berlin'den\tB-LOC\nRoma'ya\tI-LOC\ngitti\tO\n", encoding="utf-8")
    result = evaluate_ner(data)
    assert (result["scheme"], result["f1"], result["per_type"]["LOC"]["support"]) == ("bio", 0.0, 1)
    assert result["f1_io"] == result["io"]["f1"] == result["io"]["LOC"] == 1.0
    assert result["gold_scheme"] == "bio"  # one entity is too few to call the gold IO-converted


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("B-PER", "B-PER"),
        ("B-PERSON", "B-PER"),
        ("I-ORGANIZATION", "I-ORG"),
        ("S-LOC", "B-LOC"),
        ("E-LOC", "I-LOC"),
        ("U-PER", "B-PER"),
        ("L-ORG", "I-ORG"),
        ("b-loc", "B-LOC"),
        ("PER", "I-PER"),
        ("LOCATION", "I-LOC"),
        ("B-MISC", "O"),
        ("DATE", "O"),
        ("O", "O"),
    ],
)
def test_gold_tags_of_other_schemes_are_read_as_bio2(raw: str, read: str) -> None:
    assert gold_tag(raw) == read


def test_a_corpus_in_columns_with_bioes_and_long_type_names_is_scored_on_its_entities(tmp_path: Path) -> None:
    data = tmp_path / "other.conll"
    data.write_text(
        "Ahmet NNP B-PERSON\nYılmaz NNP E-PERSON\nAnkara NNP S-LOCATION\n'ya PUNCT O\ngitti VERB O\n\n"
        "Pazartesi NNP S-DATE\nNATO NNP S-ORGANIZATION\ntoplandı VERB O\n",
        encoding="utf-8",
    )
    words, _tags = read_conll(data)
    assert words[0][:3] == ["Ahmet", "Yılmaz", "Ankara"]  # the token is the first column, the tag the last
    result = evaluate_ner(data)
    assert {kind: v["support"] for kind, v in result["per_type"].items()} == {"PER": 1, "ORG": 1, "LOC": 1}
    assert result["labels"]["read_as"] == {
        "B-PERSON": "B-PER",
        "E-PERSON": "I-PER",
        "S-LOCATION": "B-LOC",
        "S-ORGANIZATION": "B-ORG",
    }
    assert result["labels"]["ignored"] == {"S-DATE": 1}


def test_a_gold_without_any_of_the_three_types_is_an_error_not_a_zero(tmp_path: Path) -> None:
    data = tmp_path / "misc.conll"
    data.write_text("Pazartesi\tB-DATE\ngeldi\tO\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no PER, ORG or LOC entity"):
        evaluate_ner(data)
    with pytest.raises(SystemExit) as exited:
        main(["ner", "--data", str(data)])
    assert exited.value.code == 2
