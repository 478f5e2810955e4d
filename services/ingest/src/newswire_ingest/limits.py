"""The bounds every parse is held to: input size, nesting depth and element count (XML elements, JSON values).

They are enforced while the input is read, not on the finished tree: a hostile document is refused after at most
``max_elements`` elements or ``max_depth`` levels have been built, so its cost stays bounded whatever its size.
The service takes them from its settings (``INGEST_MAX_BYTES``, ``INGEST_MAX_DEPTH``, ``INGEST_MAX_ELEMENTS``);
the defaults here are the settings' defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

from newswire_ingest.errors import TooComplexError

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Bounds of one parse; every field is positive."""

    max_bytes: int = 10 * MIB
    """Largest input accepted, in bytes."""
    max_depth: int = 64
    """Deepest nesting accepted (XML elements, JSON arrays and objects); real wire files stay below 16."""
    max_elements: int = 100_000
    """Most XML elements or JSON values in one file; the largest IPTC example has 115 elements."""

    def __post_init__(self) -> None:
        if min(self.max_bytes, self.max_depth, self.max_elements) <= 0:
            raise ValueError(f"parse limits must be positive: {self}")

    def too_deep(self, label: str) -> TooComplexError:
        """The refusal of a document nested deeper than :attr:`max_depth`."""
        return TooComplexError(
            f"{label}: nested deeper than {self.max_depth:,} levels, the depth limit (INGEST_MAX_DEPTH); refused "
            "while parsing"
        )

    def too_many(self, label: str, what: str) -> TooComplexError:
        """The refusal of a document holding more than :attr:`max_elements` elements (or values)."""
        return TooComplexError(
            f"{label}: more than {self.max_elements:,} {what}, the element limit (INGEST_MAX_ELEMENTS); refused "
            "while parsing"
        )


DEFAULT_LIMITS = ParseLimits()
"""The limits of the service's default settings."""
