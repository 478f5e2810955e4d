"""Newswire tagger: Turkish named entities and IPTC Media Topics, a faust-streaming worker."""

__version__ = "0.1.0"
