"""Entity linking: canonical names, merged mentions, ids, titles and scores for labelled spans."""

from newswire_tagger.entities.gazetteer import Gazetteer, Organisation, Place
from newswire_tagger.entities.linker import EntityLinker
from newswire_tagger.entities.names import canonical_name, fold, slugify, turkish_lower, turkish_upper
from newswire_tagger.entities.recall import RECALL_CONFIDENCE

__all__ = [
    "RECALL_CONFIDENCE",
    "EntityLinker",
    "Gazetteer",
    "Organisation",
    "Place",
    "canonical_name",
    "fold",
    "slugify",
    "turkish_lower",
    "turkish_upper",
]
