"""Newswire tagger: Turkish named entities and IPTC Media Topics, a faust-streaming worker."""

from newswire_tagger.native import install

__version__ = "0.1.0"

# The hot modules run compiled when a build matching their sources is there (see `newswire_tagger.native`).
install()
