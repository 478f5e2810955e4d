"""``python -m newswire_tagger.native build|status|clean``: compile the tagger's hot modules with mypyc, say whether
a build matching the sources is there, or remove it. Building needs mypy, setuptools and a C compiler."""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from newswire_tagger.native import COMPILED, GROUP, MANIFEST, NATIVE_DIR, PACKAGE_DIR, Status, digest, plan, source_of

# mypy's view of the copied package while compiling: the listed modules are checked, what they import is only read
# (the model wrappers import untyped pycrfsuite; the repository's `mypy --strict` checks everything).
_MYPY_OPTIONS = ["--follow-imports=silent", "--ignore-missing-imports"]


def _missing_tools() -> str | None:
    """What a build would miss before it starts (it fails only after a minute of code generation otherwise): a C
    compiler, Python's headers, mypyc or setuptools."""
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        return f"no C compiler ({compiler.split()[0]}) on PATH"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return f"no Python.h under {sysconfig.get_paths()['include']} (install Python's development headers)"
    for module in ("mypyc", "setuptools"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (the dev dependency group has it)"
    return None


def build(native_dir: Path = NATIVE_DIR, *, force: bool = False) -> Status:
    """Compile :data:`COMPILED` into ``native_dir`` unless a matching build is there (``force`` rebuilds).

    The package's sources are copied to a scratch directory and compiled there, so no build file ever lands next to
    them; ``native_dir`` is replaced whole, its manifest written last.
    """
    files, reason = plan(native_dir)
    if files and not force:
        return Status(compiled=True, reason=f"up to date: {reason}")
    missing = _missing_tools()
    if missing is not None:
        return Status(compiled=False, reason=f"not built: {missing}")
    from mypyc.build import mypycify  # noqa: PLC0415 - build-time only: mypy and setuptools are dev dependencies
    from setuptools import setup  # noqa: PLC0415

    started = time.monotonic()
    sources = {module: digest(source_of(module)) for module in COMPILED}
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    staging = native_dir.with_name(native_dir.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    files_out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="newswire-native-") as scratch:
        root = Path(scratch)
        ignored = shutil.ignore_patterns("_native*", "models", "__pycache__", "*.so")
        shutil.copytree(PACKAGE_DIR, root / "newswire_tagger", ignore=ignored)
        paths = [str(source_of(m).relative_to(PACKAGE_DIR.parent)) for m in COMPILED]
        cwd = Path.cwd()
        os.chdir(root)
        try:
            extensions = mypycify([*_MYPY_OPTIONS, *paths], opt_level="3", group_name=GROUP)
            setup(name="newswire-tagger-native", ext_modules=extensions, script_args=["build_ext", "--inplace", "-q"])
        finally:
            os.chdir(cwd)
        for path in sorted(p for p in root.rglob("*") if p.name.endswith(suffixes)):
            relative = path.relative_to(root)
            if relative.parts[0] == "build":
                continue  # setuptools' own copies
            module = ".".join([*relative.parts[:-1], relative.name.split(".", 1)[0]])
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / relative)
            files_out[module] = str(relative)
    expected = {*COMPILED, f"{GROUP}__mypyc"}
    if set(files_out) != expected:
        shutil.rmtree(staging, ignore_errors=True)
        raise RuntimeError(f"mypyc built {sorted(files_out)}, expected {sorted(expected)}")
    manifest = {"files": files_out, "sources": sources, "python": sys.implementation.cache_tag}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    shutil.rmtree(native_dir, ignore_errors=True)
    staging.rename(native_dir)
    return Status(compiled=True, reason=f"built {len(COMPILED)} modules in {time.monotonic() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """Run one action; exit 1 when ``status`` finds no usable build."""
    parser = argparse.ArgumentParser(prog="python -m newswire_tagger.native", description=__doc__)
    parser.add_argument("action", choices=("build", "status", "clean"))
    parser.add_argument("--force", action="store_true", help="rebuild even when a matching build is there")
    args = parser.parse_args(argv)
    if args.action == "build":
        result = build(force=args.force)
        if not result.compiled:
            sys.stdout.write(f"{result}\n")
            return 1
    elif args.action == "clean":
        shutil.rmtree(NATIVE_DIR, ignore_errors=True)
        result = Status(compiled=False, reason=f"removed {NATIVE_DIR}")
    else:
        files, reason = plan()
        result = Status(compiled=bool(files), reason=reason)
    sys.stdout.write(f"{result}\n")
    return 0 if result.compiled or args.action == "clean" else 1


if __name__ == "__main__":
    sys.exit(main())
