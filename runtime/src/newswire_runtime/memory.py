"""Handing freed heap memory back to the operating system after a burst of large allocations.

CPython returns its own small-object arenas when they empty, but glibc keeps the memory ``free()`` gave back in its
heaps (one per thread that allocated) until the top of a heap is free, so a process that briefly parsed a few
hostile 10 MB files can stay hundreds of MB above its baseline for good. ``malloc_trim(0)`` releases every free
page of every heap. Elsewhere (musl, macOS) there is nothing to call and nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache
from typing import cast


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none."""
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return cast("Callable[[int], int]", trim)


def release_free_memory() -> bool:
    """Return the C heap's free pages to the operating system; True if the C library could be asked to."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
