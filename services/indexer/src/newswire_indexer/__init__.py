"""Newswire indexer: enriched articles into Elasticsearch, idempotently, in bulk."""

from __future__ import annotations

from newswire_indexer.documents import deadletter_document, to_document
from newswire_indexer.layout import ensure_layout
from newswire_indexer.service import run_service, run_setup
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.versioning import decode_version, encode_version
from newswire_indexer.worker import IndexerWorker

__version__ = "0.1.0"

__all__ = [
    "IndexerSettings",
    "IndexerWorker",
    "__version__",
    "deadletter_document",
    "decode_version",
    "encode_version",
    "ensure_layout",
    "run_service",
    "run_setup",
    "to_document",
]
