"""One article in, one enriched article out: language, entities and topics, models loaded once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newswire_schemas import Article, EnrichedArticle, Entity, Language, Mention, Topic

from newswire_tagger import __version__, native
from newswire_tagger.agency import merge_agency_entities
from newswire_tagger.artifacts import artifact_hashes, tagger_version
from newswire_tagger.entities import EntityLinker
from newswire_tagger.language import detect
from newswire_tagger.ner import NerModel
from newswire_tagger.ner.tokenizer import as_typed, uniform_apostrophes
from newswire_tagger.overrides import NONE, LoadedOverrides, OverridesFile, apply_overrides
from newswire_tagger.overrides.reloading import Listener
from newswire_tagger.topics import TopicClassifier

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tagger:
    """The whole enrichment step; build it once per process with :meth:`load`."""

    ner: NerModel
    linker: EntityLinker
    topics: TopicClassifier
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    artifacts: dict[str, str] = field(default_factory=dict)
    """Hash of each model artifact loaded (see ``artifacts``), computed once by :meth:`load`."""
    overrides: OverridesFile | None = None
    """The operator's corrections, applied last (``TAGGER_OVERRIDES_FILE``); None: no overrides file."""

    @classmethod
    def load(
        cls, overrides_file: Path | None = None, *, check_interval: float = 2.0, listener: Listener | None = None
    ) -> Tagger:
        """Load the packaged models (seconds; do it once at start-up), hash them, read the overrides file."""
        logger.info("tagger code %s", native.status())
        overrides = None
        if overrides_file is not None:
            overrides = OverridesFile(overrides_file, check_interval=check_interval, listener=listener)
        return cls(
            ner=NerModel.load(),
            linker=EntityLinker.load(),
            topics=TopicClassifier.load(),
            artifacts=artifact_hashes(),
            overrides=overrides,
        )

    @property
    def model_version(self) -> str:
        """Code and model artifacts: ``0.1.0+gazetteer.<h>.kb.<h>.ner.<h>.topics.<h>``."""
        return tagger_version(__version__, self.artifacts)

    @property
    def version(self) -> str:
        """The model version, plus ``.overrides.<h>`` while override rules are in effect."""
        return self._version(self._overrides())

    def _version(self, overrides: LoadedOverrides) -> str:
        return tagger_version(__version__, self.artifacts, overrides.version_suffix)

    def _overrides(self) -> LoadedOverrides:
        """The overrides in effect now (the file is read again if it changed)."""
        return NONE if self.overrides is None else self.overrides.current()

    def enrich(self, article: Article) -> EnrichedArticle:
        """Tag one article; offsets of entity mentions refer to ``article.text``."""
        text = article.text
        language = detect(text)
        entities: list[Entity] = []
        topics: list[Topic] = []
        if language.supported:
            # Read with one apostrophe ("Türkiye´nin", "Türkiyeínin" as "Türkiye'nin"); offsets hold, mentions quote
            # the article.
            read = as_typed(text)
            entities = self.linker.resolve(read, self.ner.extract(read))
            if read is not text:
                entities = [_as_written(entity, text) for entity in entities]
            topics = self.topics.classify(uniform_apostrophes(article.headline), read)
        else:
            logger.info("article %s is in %r: entities and topics skipped", article.id, language.code)
        entities = merge_agency_entities(text, entities, article.agency_entities)  # after the tagger's own
        # Last step, kept apart from the models: the operator's corrections (overrides/), agency entities included.
        overrides = self._overrides()
        entities, topics = apply_overrides(overrides.rules, text, entities, topics)
        return EnrichedArticle(
            article=article,
            language=language if article.language is None else _stated(language, article.language),
            entities=entities,
            topics=topics,
            tagger_version=self._version(overrides),
            tagged_at=self.clock(),
        )


def _as_written(entity: Entity, text: str) -> Entity:
    """``entity`` with each mention's text taken from ``text`` (the article as written), offsets unchanged."""
    mentions = [Mention(start=m.start, end=m.end, text=text[m.start : m.end]) for m in entity.mentions]
    return entity.model_copy(update={"mentions": mentions})


def _stated(detected: Language, stated: str) -> Language:
    """Prefer what the detector found, but note agreement with the language the format stated."""
    if detected.code == stated.split("-", maxsplit=1)[0].lower():
        return detected.model_copy(update={"confidence": max(detected.confidence, 0.99)})
    return detected
