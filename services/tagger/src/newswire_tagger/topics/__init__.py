"""IPTC Media Topics classification of Turkish news: a learnt 17-code multi-label model plus curated keyword rules."""

from __future__ import annotations

from newswire_tagger.topics.classifier import TopicClassifier
from newswire_tagger.topics.codes import TOP_LEVEL, TOPICS, TopicCode

__all__ = ["TOPICS", "TOP_LEVEL", "TopicClassifier", "TopicCode"]
