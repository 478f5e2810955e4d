"""Newswire indexer: enriched articles into Elasticsearch, idempotently, in bulk."""

__version__ = "0.1.0"
