"""The enriched article published on ``newswire.enriched`` by the tagger.

Version 2 (additive) carries the agency's own entities merged with the tagger's: each entity says who found it
(``sources``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from newswire_schemas.article import Article, EntityType

EntitySource = Literal["tagger", "agency"]
"""Who found an entity: the tagger's models, or the agency that marked it in the item."""

__all__ = ["EnrichedArticle", "Entity", "EntitySource", "EntityType", "GeoPoint", "Language", "Mention", "Topic"]


class Mention(BaseModel):
    """One occurrence of an entity in the article text (``Article.text`` offsets)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Start character offset in Article.text.")
    end: int = Field(ge=0, description="End character offset (exclusive) in Article.text.")
    text: str = Field(description='The mention as written, suffix included (e.g. "Bakü\'yü").')


class GeoPoint(BaseModel):
    """WGS84 coordinates of a place."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Entity(BaseModel):
    """A named entity of the article, its mentions merged."""

    model_config = ConfigDict(extra="forbid")

    type: EntityType
    name: str = Field(min_length=1, description="Canonical name, Turkish suffix removed ('Bakü').")
    id: str | None = Field(
        default=None,
        description="Stable id: 'iso3166:AZ' for countries, 'geonames:587084' for gazetteer places, else a slug.",
    )
    title: str | None = Field(default=None, description="Title the text gives a person ('Dışişleri Bakanı').")
    confidence: float = Field(ge=0, le=1, description="Confidence that the entity and its type are right.")
    relevance: float = Field(ge=0, le=1, description="How central the entity is to the article.")
    geo: GeoPoint | None = Field(default=None, description="Coordinates, for places found in a gazetteer.")
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code of a place's country.")
    mentions: list[Mention] = Field(default_factory=list, description="Every mention, in text order.")
    sources: list[EntitySource] = Field(
        default_factory=lambda: list[EntitySource](["tagger"]),
        min_length=1,
        description="Who found it: 'tagger', 'agency' (supplied with the item), or both.",
    )


class Topic(BaseModel):
    """An IPTC Media Topic assigned to the article."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^\d{8}$", description="IPTC Media Topic code, e.g. '11000000'.")
    qcode: str = Field(pattern=r"^medtop:\d{8}$", description="The code as an IPTC qcode.")
    label_en: str = Field(description="English label of the topic.")
    label_tr: str = Field(description="Turkish label of the topic.")
    level: int = Field(ge=1, le=5, description="1 for top-level topics.")
    parent: str | None = Field(default=None, description="Code of the parent topic for level > 1.")
    score: float = Field(ge=0, le=1, description="Score of the topic for this article.")
    rank: int = Field(ge=1, description="1 for the best top-level topic; children rank after their parent.")
    reasons: list[str] = Field(default_factory=list, description="Why it fired: strongest features/keywords.")


class Language(BaseModel):
    """The detected language of an article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="ISO 639-1 code, 'und' when undetermined.")
    confidence: float = Field(ge=0, le=1)
    supported: bool = Field(description="Whether the tagger's models cover this language.")


class EnrichedArticle(BaseModel):
    """An article with the tagger's output: the value of ``newswire.enriched``."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1, 2] = Field(default=2, description="Version of this contract (2: entity sources).")
    article: Article
    language: Language
    entities: list[Entity] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list, description="Ranked topics.")
    tagger_version: str = Field(description="Version of the tagger and its models.")
    tagged_at: AwareDatetime = Field(description="When the tagger produced this record.")
