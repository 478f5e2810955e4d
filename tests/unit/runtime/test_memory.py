"""release_free_memory asks glibc to trim its heaps (and is a no-op elsewhere)."""

from __future__ import annotations

import platform

from newswire_runtime import fix_malloc_thresholds, release_free_memory


def test_release_free_memory_runs_where_glibc_is() -> None:
    assert release_free_memory() is (platform.libc_ver()[0] == "glibc")


def test_malloc_thresholds_are_fixed_where_glibc_is() -> None:
    assert fix_malloc_thresholds() is (platform.libc_ver()[0] == "glibc")
