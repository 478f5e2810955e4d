"""Newswire ingest service: wire files from every channel to canonical articles on Kafka."""

__version__ = "0.1.0"
