"""`newswire evaluate entities`: document-level scoring of names, and the command on raw wire files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newswire_cli.evaluate import main as evaluate_main
from newswire_cli.evaluate import read_wire_file
from newswire_schemas import Article, Entity, EntityType, Mention
from newswire_tagger.evaluation import main as tagger_evaluate_main
from newswire_tagger.evaluation.entities import evaluate_entities, name_key, read_gold, score_document


def entity(entity_type: EntityType, name: str, *written: str) -> Entity:
    """An entity called ``name`` with one mention per ``written`` form."""
    mentions = [Mention(start=i, end=i + len(w), text=w) for i, w in enumerate(written)]
    return Entity(type=entity_type, name=name, confidence=0.9, relevance=1.0, mentions=mentions)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ABD'nin", "abd"),
        ("Gazze Şeridi’ne", "gazze seridi"),
        ("İSTANBUL", "istanbul"),
        ("Beyt Lahiya", "beyt lahiya"),
        ("Vefa el-Kefarine", "vefa el kefarine"),
        ("Hastanesinde", "hastanesinde"),  # only an apostrophe sets a suffix off
    ],
)
def test_names_compare_without_case_diacritics_or_apostrophe_suffix(name: str, key: str) -> None:
    assert name_key(name) == key


def test_a_linked_entity_is_credited_for_its_surface_forms() -> None:
    gold = {"LOC": {"abd", "gazze"}, "ORG": {"bm", "birlesmis milletler"}, "PER": set()}
    found = [
        entity("LOC", "Amerika Birleşik Devletleri", "ABD'nin"),
        entity("ORG", "Birleşmiş Milletler", "BM", "Birleşmiş Milletler'in"),
    ]
    score = score_document(gold, found)
    assert (score.correct["LOC"], score.predicted["LOC"], score.found["LOC"], score.gold["LOC"]) == (1, 1, 1, 2)
    assert (score.correct["ORG"], score.predicted["ORG"], score.found["ORG"], score.gold["ORG"]) == (1, 1, 2, 2)
    assert score.missed["LOC"] == ["gazze"]


def test_a_surname_entity_beside_the_full_name_is_a_false_positive() -> None:
    gold = {"PER": {"binyamin netanyahu"}, "ORG": set(), "LOC": set()}
    found = [entity("PER", "Binyamin Netanyahu", "Binyamin Netanyahu"), entity("PER", "Netanyahu", "Netanyahu")]
    score = score_document(gold, found)
    figures = score.figures()["per_type"]["PER"]
    assert (figures["precision"], figures["recall"]) == (0.5, 1.0)
    assert score.false_positives["PER"] == ["Netanyahu"]


def test_the_type_must_agree() -> None:
    gold = {"PER": set(), "ORG": {"hamas"}, "LOC": set()}
    score = score_document(gold, [entity("PER", "Hamas", "Hamas")])
    assert score.figures()["f1"] == 0.0


def test_read_gold_takes_long_or_lower_case_type_keys_and_says_what_it_leaves_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps(
            {"a.txt": {"PERSON": ["Ali Veli"], "organization": ["NATO'nun"], "Location": ["Bakü"], "DATE": ["dün"]}}
        ),
        encoding="utf-8",
    )
    assert read_gold(path) == {"a.txt": {"PER": {"ali veli"}, "ORG": {"nato"}, "LOC": {"baku"}}}
    assert "DATE" in caplog.text


def test_a_gold_without_any_of_the_three_types_is_an_error_not_a_zero(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"a.txt": {"PERSONS": ["Ali Veli"]}}), encoding="utf-8")
    with pytest.raises(ValueError, match="no PER, ORG or LOC name"):
        read_gold(path)


def test_read_gold_keys_names(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"a.txt": {"PER": ["Ali Veli"], "LOC": ["Bakü'de"]}}), encoding="utf-8")
    assert read_gold(path) == {"a.txt": {"PER": {"ali veli"}, "ORG": set(), "LOC": {"baku"}}}


def wire_folder(tmp_path: Path) -> tuple[Path, Path]:
    """Two agency-text files written for this test and their gold names."""
    data = tmp_path / "articles"
    data.mkdir()
    (data / "a.txt").write_text(
        " date 2024-10-21 Dışişleri Bakanı Hakan Fidan Ankara'da NATO heyetini kabul etti.\n\n"
        "Fidan, görüşmenin ardından açıklama yaptı.",
        encoding="utf-8",
    )
    (data / "b.txt").write_text(" date 2024-10-22 Galatasaray, İstanbul'da antrenman yaptı.", encoding="utf-8")
    gold = {
        "a.txt": {"PER": ["Hakan Fidan"], "ORG": ["NATO"], "LOC": ["Ankara"]},
        "b.txt": {"PER": [], "ORG": ["Galatasaray"], "LOC": ["İstanbul"]},
    }
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return data, gold_file


def test_the_command_scores_raw_wire_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold = wire_folder(tmp_path)
    errors = tmp_path / "errors.jsonl"
    args = ["entities", "--data", str(data), "--gold", str(gold), "--errors", str(errors)]
    assert evaluate_main(args) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["n_documents"] == 2
    assert set(result["per_type"]) == {"PER", "ORG", "LOC"}
    assert result["per_type"]["PER"]["support"] == 1
    assert result["per_type"]["PER"]["f1"] == 1.0  # one person, the lone surname merged into her
    assert result["f1"] > 0.8
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [line["file"] for line in lines] == ["a.txt", "b.txt"]


def test_without_a_wire_reader_the_tagger_entry_says_how_to_run_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, gold = wire_folder(tmp_path)
    with pytest.raises(SystemExit):
        tagger_evaluate_main(["entities", "--data", str(data), "--gold", str(gold)])
    assert "newswire evaluate entities" in capsys.readouterr().err


def test_one_unreadable_file_is_skipped_and_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_file = wire_folder(tmp_path)
    (data / "c.txt").write_bytes(b"\x00\xff\xfe binary, not a story \x00")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    gold["c.txt"] = {"PER": ["Ali Veli"], "ORG": [], "LOC": []}
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert evaluate_main(["entities", "--data", str(data), "--gold", str(gold_file)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (result["n_documents"], result["n_skipped"], result["skipped"]) == (2, 1, ["c.txt"])
    assert result["per_type"]["PER"]["support"] == 1  # the skipped file's gold is not counted as missed


def test_a_file_the_tagger_fails_on_is_skipped_and_counted(tmp_path: Path) -> None:
    data, _gold = wire_folder(tmp_path)
    article = read_wire_file(data / "b.txt")[0]

    def enrich(_article: Article) -> list[Entity]:
        raise ValueError("a labeller bug")

    gold = {"a.txt": {"PER": {"ali veli"}, "ORG": set(), "LOC": set()}}
    result = evaluate_entities([("a.txt", [article])], gold, enrich=enrich)
    assert (result["n_documents"], result["n_skipped"], result["skipped"]) == (0, 1, ["a.txt"])
