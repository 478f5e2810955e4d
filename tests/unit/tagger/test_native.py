"""The compiled modules: used only while they match their sources, and tagging as the sources do."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from newswire_tagger import native
from newswire_tagger.native import COMPILED, GROUP, MANIFEST, digest, plan, source_of

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _fake_build(tmp_path: Path, sources: dict[str, str] | None = None, suffix: str = SUFFIX) -> Path:
    """A build directory whose manifest lists every compiled module (empty files stand for the extensions)."""
    hashes = sources if sources is not None else {m: digest(source_of(m)) for m in COMPILED}
    files = {module: module.replace(".", "/") + suffix for module in [*hashes, f"{GROUP}__mypyc"]}
    for name in files.values():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).touch()
    (tmp_path / MANIFEST).write_text(json.dumps({"files": files, "sources": hashes}), encoding="utf-8")
    return tmp_path


def test_no_compiled_module_finds_its_data_next_to_its_own_file() -> None:
    """A compiled module's ``__file__`` is in ``_native/``: data files are found through the package instead."""
    for module in COMPILED:
        assert "__file__" not in source_of(module).read_text(encoding="utf-8"), module


def test_no_build_means_the_sources_run(tmp_path: Path) -> None:
    files, reason = plan(tmp_path)
    assert files == {}
    assert "no compiled modules" in reason


def test_a_matching_build_is_used_module_by_module(tmp_path: Path) -> None:
    files, reason = plan(_fake_build(tmp_path))
    assert set(files) == {*COMPILED, f"{GROUP}__mypyc"}
    assert files["newswire_tagger.entities.consistency"] == tmp_path / ("newswire_tagger/entities/consistency" + SUFFIX)
    assert f"{len(COMPILED)} modules" in reason


def test_an_edited_source_is_never_shadowed_by_its_stale_build(tmp_path: Path) -> None:
    hashes = {m: digest(source_of(m)) for m in COMPILED}
    hashes["newswire_tagger.ner.features"] = "0" * 64  # compiled from another version of the file
    files, reason = plan(_fake_build(tmp_path, hashes))
    assert files == {}
    assert "newswire_tagger.ner.features" in reason
    assert "native build" in reason


def test_a_build_of_another_module_list_is_rebuilt(tmp_path: Path) -> None:
    hashes = {m: digest(source_of(m)) for m in COMPILED if m != "newswire_tagger.ner.bio"}  # built before it was listed
    files, reason = plan(_fake_build(tmp_path, hashes))
    assert files == {}
    assert "list of compiled modules changed" in reason


def test_a_manifest_listing_other_files_or_garbage_is_not_used(tmp_path: Path) -> None:
    build = _fake_build(tmp_path)
    manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["newswire_tagger.pipeline"] = "newswire_tagger/pipeline" + SUFFIX  # not compiled here
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert plan(build)[1].endswith("lists other files than its modules")
    manifest["files"] = {"x": 1}
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert "must be strings" in plan(build)[1]


def test_a_build_that_cannot_be_loaded_leaves_the_sources_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Empty files stand for extensions built against another C library: the eager load fails, nothing is installed."""
    monkeypatch.setattr(native, "_status", native.status())
    monkeypatch.setenv(native.SWITCH, "1")  # also when the suite runs with the build turned off
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, native._Finder)])
    for module in [*COMPILED, f"{GROUP}__mypyc"]:
        monkeypatch.delitem(sys.modules, module, raising=False)  # as in a fresh process; restored after
    before = list(sys.meta_path)
    status = native.install(_fake_build(tmp_path))
    assert not status.compiled
    assert status.reason.startswith("the compiled modules cannot be loaded")
    assert sys.meta_path == before


def test_a_build_for_another_interpreter_is_not_loaded(tmp_path: Path) -> None:
    files, reason = plan(_fake_build(tmp_path, suffix=".cpython-399-x86_64-linux-gnu.so"))
    assert files == {}
    assert "another interpreter" in reason


def test_a_missing_extension_or_a_broken_manifest_falls_back(tmp_path: Path) -> None:
    build = _fake_build(tmp_path)
    (build / ("newswire_tagger/ner/bio" + SUFFIX)).unlink()
    assert plan(build) == ({}, f"compiled files missing: {build / ('newswire_tagger/ner/bio' + SUFFIX)}")
    (build / MANIFEST).write_text("{", encoding="utf-8")
    files, reason = plan(build)
    assert files == {}
    assert reason.startswith("unreadable manifest")


def test_the_switch_turns_the_build_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "_status", native.status())  # this process's decision, restored after the test
    monkeypatch.setenv(native.SWITCH, "0")
    before = list(sys.meta_path)
    status = native.install(_fake_build(tmp_path))
    assert not status.compiled
    assert native.SWITCH in status.reason
    assert sys.meta_path == before


def test_this_process_runs_what_install_decided() -> None:
    """Where `make setup` built the modules (CI does), the tests run them; otherwise the sources."""
    import newswire_tagger.entities.consistency as module  # noqa: PLC0415 - whichever build install() chose

    compiled = native.status().compiled
    assert str(module.__file__).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) == compiled
    if os.environ.get("CI") and os.environ.get(native.SWITCH, "1") != "0":
        assert compiled, f"CI runs the compiled tagger: {native.status()}"


_TAG = """
import json, sys
from datetime import UTC, datetime
from newswire_schemas import Article
from newswire_tagger import native
from newswire_tagger.pipeline import Tagger
tagger = Tagger.load()
result = []
for n, text in enumerate(json.loads(sys.stdin.read())):
    headline, _, body = text.partition("\\n")
    article = Article(id=f"a{n}", headline=headline, lead="", body=body, source_format="agency-text", channel="cli",
                      content_hash="sha256:" + "0" * 64, received_at=datetime(2026, 12, 4, tzinfo=UTC))
    enriched = tagger.enrich(article)
    result.append({"entities": [e.model_dump(mode="json") for e in enriched.entities],
                   "topics": [t.model_dump(mode="json") for t in enriched.topics]})
print(json.dumps({"compiled": native.status().compiled, "result": result}, ensure_ascii=False, sort_keys=True))
"""

_TEXTS = [
    "Dışişleri Bakanı Bakü'de\nDışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile "
    "Bakü'de görüştü. Fidan, NATO toplantısının ardından Ermenistan ile barış sürecini değerlendirdi.",
    "Deprem sonrası yardım\nAFAD, Malatya'da 5,2 büyüklüğündeki depremin ardından Kızılay ile birlikte çadır "
    "kurdu. Valilik açıklamasında can kaybı olmadığı belirtildi; Türk Telekom hatları onarıldı.",
    "Galatasaray kazandı\nGalatasaray, Süper Lig'de Fenerbahçe'yi 2-1 yendi. Mauro Icardi iki gol attı, Okan "
    "Buruk maçtan sonra oyuncularını kutladı.",
]


def _tag_in_subprocess(switch: str) -> dict[str, object]:
    env = {**os.environ, native.SWITCH: switch}
    completed = subprocess.run(
        [sys.executable, "-c", _TAG], input=json.dumps(_TEXTS), capture_output=True, text=True, env=env, check=True
    )
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_compiled_and_interpreted_tag_the_same() -> None:
    """The two builds of the same sources give the same entities (offsets, ids, confidences) and topics."""
    if not plan()[0]:
        pytest.skip(f"no usable compiled build here: {native.status()}")  # CI builds it: see the test above
    interpreted = _tag_in_subprocess("0")
    compiled = _tag_in_subprocess("1")
    assert interpreted["compiled"] is False
    assert compiled["compiled"] is True
    assert compiled["result"] == interpreted["result"]
    first = compiled["result"][0]  # type: ignore[index]
    assert {e["name"] for e in first["entities"]} >= {"Ceyhun Bayramov", "Bakü", "NATO"}
