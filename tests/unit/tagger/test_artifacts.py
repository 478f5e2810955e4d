"""``tagger_version``: the package version plus a hash of each model artifact, computed once at load."""

from __future__ import annotations

from pathlib import Path

from newswire_tagger import __version__
from newswire_tagger.artifacts import ARTIFACTS, artifact_files, artifact_hash, artifact_hashes, tagger_version
from packaging.version import Version


def _artifact(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(b"weights")
    (folder / "MODEL_CARD.md").write_text("what it is", encoding="utf-8")
    (folder / "LICENSE-DATA.txt").write_text("licence", encoding="utf-8")
    (folder / "metrics.json").write_text("{}", encoding="utf-8")
    return folder


def test_hash_follows_the_model_bytes_only(tmp_path: Path) -> None:
    folder = _artifact(tmp_path / "ner")
    before = artifact_hash([folder])
    (folder / "MODEL_CARD.md").write_text("rewritten card", encoding="utf-8")
    (folder / "metrics.json").write_text('{"f1": 0.9}', encoding="utf-8")
    assert artifact_hash([folder]) == before, "cards, licences and figures do not change a tag"
    (folder / "model.bin").write_bytes(b"retrained weights")
    assert artifact_hash([folder]) != before
    assert artifact_files([folder]) == [folder / "model.bin"]


def test_a_file_beside_the_folder_is_part_of_the_artifact(tmp_path: Path) -> None:
    folder, rules = _artifact(tmp_path / "topics"), tmp_path / "keywords.json"
    rules.write_text('{"a": 1}', encoding="utf-8")
    before = artifact_hash([folder, rules])
    rules.write_text('{"a": 2}', encoding="utf-8")
    assert artifact_hash([folder, rules]) != before


def test_version_of_the_packaged_models_is_a_pep440_local_version() -> None:
    hashes = artifact_hashes()
    assert list(hashes) == sorted(ARTIFACTS) == ["gazetteer", "kb", "ner", "topics"]
    for name, paths in ARTIFACTS.items():
        assert artifact_files(paths), f"{name}: no artifact file found"
    version = tagger_version(__version__, hashes)
    parsed = Version(version)
    assert parsed.public == __version__
    assert parsed.local == ".".join(f"{name}.{value}" for name, value in hashes.items())
    assert version == f"{__version__}+gazetteer.{hashes['gazetteer']}.kb.{hashes['kb']}.ner.{hashes['ner']}" + (
        f".topics.{hashes['topics']}"
    )
    with_overrides = tagger_version(__version__, hashes, "overrides.0a1b2c3d")
    assert Version(with_overrides).local.endswith("overrides.0a1b2c3d")  # type: ignore[union-attr]
    assert tagger_version(__version__, {}) == __version__


def test_a_renamed_file_changes_the_hash(tmp_path: Path) -> None:
    folder = _artifact(tmp_path / "kb")
    before = artifact_hash([folder])
    (folder / "model.bin").rename(folder / "model-v2.bin")
    assert artifact_hash([folder]) != before


def test_the_hash_does_not_depend_on_where_the_checkout_lives(tmp_path: Path) -> None:
    here, there = _artifact(tmp_path / "a" / "ner"), _artifact(tmp_path / "elsewhere" / "b" / "ner")
    assert artifact_hash([here]) == artifact_hash([there])
