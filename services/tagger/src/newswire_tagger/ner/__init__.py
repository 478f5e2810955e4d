"""Turkish named-entity recognition (PER, ORG, LOC): tokenizer, CRF features and the packaged model."""

from newswire_tagger.ner.model import NerModel
from newswire_tagger.ner.tokenizer import Token, split_sentences, tokenize

__all__ = ["NerModel", "Token", "split_sentences", "tokenize"]
