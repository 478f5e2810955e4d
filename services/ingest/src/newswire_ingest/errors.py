"""Errors of the ingest service, split by what the caller does with them.

IngestError
├── RejectedInputError        invalid input: dead-letter it (and move the file to failed/), carry on
│   ├── TooLargeError         over the size limit
│   ├── TooComplexError       nested deeper, or holding more elements, than the parse limits
│   ├── EncodingError         bytes that decode in no supported encoding
│   ├── UnsupportedFormatError  content that matches no known wire format
│   │   └── NotAStoryError    a known format, but not a text story (concept, planning, photo item, fragment)
│   ├── MalformedInputError   a known format, but broken or missing required parts
│   └── HostileInputError     XML with entity or attribute-default declarations, external entities
├── RetriableError            the broker or a dependency is unavailable: retry with backoff
│   └── PublishError          Kafka did not acknowledge a message
└── ExposedEndpointError      the settings would open an unauthenticated endpoint to the network: fix them
"""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error the ingest service raises on purpose."""

    retriable: bool = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RejectedInputError(IngestError):
    """The input can never become an article: dead-letter it with :attr:`reason`."""


class TooLargeError(RejectedInputError):
    """The input exceeds the configured size limit."""


class TooComplexError(RejectedInputError):
    """The input nests deeper, or holds more elements, than the parse limits allow (refused while parsing)."""


class EncodingError(RejectedInputError):
    """The bytes decode in none of the supported encodings."""


class UnsupportedFormatError(RejectedInputError):
    """The content matches none of the supported wire formats."""


class NotAStoryError(UnsupportedFormatError):
    """Well-formed input of a known format that is no text story: a concept, planning or media item, a fragment."""


class MalformedInputError(RejectedInputError):
    """The content is of a known format but broken, or lacks a required part (headline, body)."""


class HostileInputError(RejectedInputError):
    """XML that declares entities or attribute defaults, or refers to external resources (XXE, billion laughs)."""


class RetriableError(IngestError):
    """A transient failure: the same input may succeed later."""

    retriable = True


class PublishError(RetriableError):
    """Kafka did not acknowledge a message in time."""


class UnpublishableError(RejectedInputError):
    """Kafka refused the message for good (e.g. larger than the broker accepts): dead-letter it."""


class ExposedEndpointError(IngestError):
    """The HTTP channel would listen beyond loopback without a token: the service refuses to start."""
