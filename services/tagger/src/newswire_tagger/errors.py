"""Errors of the tagger, split by what the caller does with them.

TaggerError
├── InvalidArticleError   the message is not a valid Article: dead-letter it, move on
├── TaggingError          a model failed on this article: dead-letter it, move on
└── RetriableError        Kafka did not acknowledge output: retry, do not ack the input
"""

from __future__ import annotations


class TaggerError(Exception):
    """Root of every error the tagger raises on purpose."""

    retriable: bool = False


class InvalidArticleError(TaggerError):
    """The consumed value does not validate as a :class:`newswire_schemas.Article`."""


class TaggingError(TaggerError):
    """Enrichment failed for one article (a bug or a pathological input)."""


class RetriableError(TaggerError):
    """A transient failure: the same input may succeed later."""

    retriable = True
