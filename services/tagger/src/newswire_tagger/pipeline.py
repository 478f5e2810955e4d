"""One article in, one enriched article out: language, entities and topics, models loaded once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from newswire_schemas import Article, EnrichedArticle, Entity, Language, Topic

from newswire_tagger import __version__
from newswire_tagger.agency import merge_agency_entities
from newswire_tagger.entities import EntityLinker
from newswire_tagger.language import detect
from newswire_tagger.ner import NerModel
from newswire_tagger.topics import TopicClassifier

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tagger:
    """The whole enrichment step; build it once per process with :meth:`load`."""

    ner: NerModel
    linker: EntityLinker
    topics: TopicClassifier
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    @classmethod
    def load(cls) -> Tagger:
        """Load the packaged models (seconds; do it once at start-up)."""
        return cls(ner=NerModel.load(), linker=EntityLinker.load(), topics=TopicClassifier.load())

    @property
    def version(self) -> str:
        """Version of the tagger code (the models ship inside the package)."""
        return __version__

    def enrich(self, article: Article) -> EnrichedArticle:
        """Tag one article; offsets of entity mentions refer to ``article.text``."""
        text = article.text
        language = detect(text)
        entities: list[Entity] = []
        topics: list[Topic] = []
        if language.supported:
            entities = self.linker.resolve(text, self.ner.extract(text))
            topics = self.topics.classify(article.headline, text)
        else:
            logger.info("article %s is in %r: entities and topics skipped", article.id, language.code)
        entities = merge_agency_entities(text, entities, article.agency_entities)  # after the tagger's own
        return EnrichedArticle(
            article=article,
            language=language if article.language is None else _stated(language, article.language),
            entities=entities,
            topics=topics,
            tagger_version=self.version,
            tagged_at=self.clock(),
        )


def _stated(detected: Language, stated: str) -> Language:
    """Prefer what the detector found, but note agreement with the language the format stated."""
    if detected.code == stated.split("-", maxsplit=1)[0].lower():
        return detected.model_copy(update={"confidence": max(detected.confidence, 0.99)})
    return detected
