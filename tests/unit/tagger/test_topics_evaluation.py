"""`newswire evaluate topics`: multi-label scoring, the labels-file layout, and wire-file headline splitting."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from newswire_tagger.evaluation import main
from newswire_tagger.evaluation.topics import Labels, evaluate_topics, score
from newswire_tagger.topics.codes import TOP_LEVEL
from newswire_tagger.topics.corpus import read_labels_file, read_story

CRIME, DISASTER, ECONOMY, POLITICS, SOCIETY, SPORT = (
    "02000000", "03000000", "04000000", "11000000", "14000000", "15000000",
)  # fmt: skip
FOOTBALL = (
    "Galatasaray, Trabzonspor'u 3-1 yendi\n"
    "Süper Lig'in 20. haftasında Galatasaray, sahasında Trabzonspor'u 3-1 yendi. Maçın ilk yarısında golle öne "
    "geçen sarı-kırmızılılar, ikinci yarıda iki gol daha buldu. Teknik direktör oyuncularını tebrik etti.\n"
)
EARTHQUAKE = (
    " date 2025-03-01 Malatya'da 5,2 büyüklüğünde deprem meydana geldi. AFAD'dan yapılan açıklamaya göre deprem "
    "yerin 7 kilometre derinliğinde gerçekleşti.\n\nArama kurtarma ekipleri bölgeye sevk edildi, binalarda hasar var.\n"
)


def _labels(primary: str, *secondary: str) -> Labels:
    return Labels(primary, frozenset((primary, *secondary)))


def test_score_counts_sets_and_primaries_separately() -> None:
    gold = [_labels(CRIME, SOCIETY), _labels(SPORT), _labels(DISASTER)]
    predicted = [_labels(CRIME), _labels(SPORT, POLITICS), _labels(CRIME, DISASTER)]
    result = score(gold, predicted)
    assert result["n"] == 3
    assert result["top_accuracy"] == pytest.approx(2 / 3)
    assert result["top_in_gold"] == pytest.approx(2 / 3)
    crime = result["per_code"][CRIME]
    assert (crime["precision"], crime["recall"], crime["support"]) == (pytest.approx(0.5), 1.0, 1)
    assert (crime["primary_precision"], crime["primary_recall"]) == (pytest.approx(0.5), 1.0)
    assert result["per_code"][SOCIETY]["recall"] == 0.0
    assert result["per_code"][DISASTER]["recall"] == 1.0  # returned as secondary: counts for the set figures
    assert result["per_code"][DISASTER]["primary_recall"] == 0.0
    # 4 codes with gold support: crime 2/3, society 0, sport 1, disaster 1
    assert result["codes_with_support"] == 4
    assert result["macro_f1"] == pytest.approx((2 / 3 + 0 + 1 + 1) / 4)
    tp, fp, fn = 3, 2, 1  # crime, sport, disaster found; politics and crime extra; society missed
    assert result["micro_f1"] == pytest.approx(2 * tp / (2 * tp + fp + fn))
    assert result["confusion"] == [{"gold": DISASTER, "predicted": CRIME, "n": 1}]
    assert set(result["per_code"]) == set(TOP_LEVEL)


def test_score_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="2 gold and 1 predicted"):
        score([_labels(CRIME), _labels(SPORT)], [_labels(CRIME)])


def test_read_story_splits_plain_and_agency_text() -> None:
    assert read_story(FOOTBALL)[0] == "Galatasaray, Trabzonspor'u 3-1 yendi"
    assert read_story(FOOTBALL)[1].startswith("Süper Lig'in 20. haftasında")
    headline, body = read_story(EARTHQUAKE)
    assert headline == "Malatya'da 5,2 büyüklüğünde deprem meydana geldi."
    assert body.startswith("Malatya'da")
    assert "Arama kurtarma" in body
    prose = "Çok uzun bir ilk satır " * 20
    assert read_story(prose + "\nikinci satır") == ("", (prose + "\nikinci satır").strip())
    assert read_story("tek satır") == ("", "tek satır")


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    (data / "kemik42k" / "spor").mkdir(parents=True)
    seeds.mkdir()
    (data / "kemik42k" / "spor" / "1.txt").write_text(FOOTBALL, encoding="utf-8")
    (seeds / "000_quake.txt").write_text(EARTHQUAKE, encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps(
            {
                "kemik42k/spor/1.txt": {"primary": SPORT, "secondary": []},
                "seeds/000_quake.txt": {"primary": DISASTER, "secondary": [DISASTER, ECONOMY]},
            }
        ),
        encoding="utf-8",
    )
    return labels, data


def test_read_labels_file_resolves_data_and_seed_paths(tmp_path: Path) -> None:
    labels, data = _corpus(tmp_path)
    articles = read_labels_file(labels, {"": data, "seeds": tmp_path / "seeds"})
    assert [a.path.name for a in articles] == ["1.txt", "000_quake.txt"]
    assert articles[0].headline == "Galatasaray, Trabzonspor'u 3-1 yendi"
    quake = articles[1]
    assert (quake.code, quake.secondary) == (DISASTER, (ECONOMY,))  # a primary repeated as secondary is dropped
    assert quake.codes == {DISASTER, ECONOMY}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"primary": "99000000"}, "not top-level IPTC codes"),
        ({"primary": SPORT, "secondary": "11000000"}, "must be a list"),
        ({"secondary": [SPORT]}, "expected"),
    ],
)
def test_read_labels_file_rejects_bad_entries(tmp_path: Path, entry: object, message: str) -> None:
    labels, data = _corpus(tmp_path)
    labels.write_text(json.dumps({"kemik42k/spor/1.txt": entry}), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_labels_file(labels, {"": data})


def test_read_labels_file_takes_codes_written_as_qcodes(tmp_path: Path) -> None:
    labels, data = _corpus(tmp_path)
    labels.write_text(
        json.dumps({"kemik42k/spor/1.txt": {"primary": f"medtop:{SPORT}", "secondary": [f"medtop:{ECONOMY}"]}}),
        encoding="utf-8",
    )
    [article] = read_labels_file(labels, {"": data})
    assert (article.code, article.secondary) == (SPORT, (ECONOMY,))


def test_read_labels_file_names_a_missing_article(tmp_path: Path) -> None:
    labels, data = _corpus(tmp_path)
    labels.write_text(json.dumps({"kemik42k/spor/2.txt": {"primary": SPORT}}), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=re.escape("kemik42k/spor/2.txt")):
        read_labels_file(labels, {"": data})


def test_evaluate_topics_with_a_labels_file(tmp_path: Path) -> None:
    labels, data = _corpus(tmp_path)
    result = evaluate_topics(labels=labels, root=data, seeds=tmp_path / "seeds")
    assert result["layout"] == "labels"
    assert result["n"] == 2
    assert result["top_accuracy"] == 1.0
    assert result["per_code"][ECONOMY]["support"] == 1
    assert 0.0 < result["macro_f1"] <= 1.0
    assert result["ms_per_article"] > 0.0


def test_cli_prints_one_json_line_last(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labels, data = _corpus(tmp_path)
    argv = ["topics", "--labels", str(labels), "--root", str(data), "--seeds", str(tmp_path / "seeds")]
    assert main(argv) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    figures = json.loads(last)
    assert figures["n"] == 2
    assert {"top_accuracy", "micro_f1", "macro_f1", "per_code", "confusion"} <= figures.keys()


def test_cli_wants_exactly_one_layout(tmp_path: Path) -> None:
    labels, data = _corpus(tmp_path)
    with pytest.raises(SystemExit):
        main(["topics", "--labels", str(labels), "--data", str(data)])
    with pytest.raises(SystemExit):
        main(["topics"])
