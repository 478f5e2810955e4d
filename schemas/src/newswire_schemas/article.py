"""The canonical article published on ``newswire.articles``.

Version 2 (additive: every new field is optional, so version 1 messages still validate) carries the wire's own
semantics: ``urgency``, ``headline_only``, ``pubstatus`` (kills and withholds), ``embargoed`` /
``embargoed_until``, the entities, keywords, slugline, editorial note and priority the agency supplies, and
``run_id`` (the submission a file came with, for tracing).
"""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

SourceFormat = Literal["agency-text", "ninjs", "nitf", "newsml-g2", "text", "markdown"]
"""The wire formats the ingest service recognises."""

Channel = Literal["inbox", "folder", "http", "cli"]
"""How a file reached the ingest service."""

EntityType = Literal["PER", "ORG", "LOC"]
"""Entity types: people, organisations, places."""

PubStatus = Literal["usable", "withheld", "canceled"]
"""IPTC publishing status: ``usable``, or a kill (``canceled``) or a hold (``withheld``) of the story."""


class Subject(BaseModel):
    """A subject code carried by the source format (e.g. an IPTC ``medtop`` qcode)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Code as written by the source, e.g. 'medtop:11000000'.")
    name: str | None = Field(default=None, description="Human-readable name, if the source gives one.")
    scheme: str | None = Field(default=None, description="Vocabulary the code belongs to, e.g. 'medtop'.")


class AgencyEntity(BaseModel):
    """A person, organisation or place the agency itself marked in the item (NITF, NewsML-G2, ninjs)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: EntityType
    name: str = Field(min_length=1, description="The name as the agency wrote it.")
    code: str | None = Field(default=None, description="The agency's id or URI for it, e.g. a qcode or Wikidata URI.")


class Article(BaseModel):
    """A wire story after parsing and validation: the value of ``newswire.articles``."""

    model_config = ConfigDict(extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: Literal[1, 2] = Field(default=2, description="Version of this contract (2 adds wire semantics).")
    id: str = Field(
        min_length=1,
        max_length=200,
        description="Stable id: the format's guid where there is one, else a content hash.",
    )
    version: int = Field(default=1, ge=1, description="Corrections of the same guid carry a higher version.")
    guid: str | None = Field(default=None, description="The guid the source format gave, if any.")
    headline: str = Field(min_length=1, description="Headline (title) of the story.")
    lead: str | None = Field(default=None, description="First paragraph / summary, if distinct from body.")
    body: str = Field(description="Body text, paragraphs separated by blank lines; empty for a headline-only item.")
    dateline: str | None = Field(default=None, description="Dateline place, e.g. 'BAKÜ'.")
    published_at: AwareDatetime | None = Field(default=None, description="Publication time (UTC if no zone).")
    source: str | None = Field(default=None, description="Agency or provider.")
    byline: str | None = Field(default=None, description="Author(s) as credited.")
    language: str | None = Field(default=None, description="BCP 47 language tag if the format states it.")
    subjects: list[Subject] = Field(default_factory=list, description="Subject codes the format carries.")
    source_format: SourceFormat = Field(description="Wire format the file was parsed from.")
    channel: Channel = Field(description="How the file reached the ingest service.")
    file_name: str | None = Field(default=None, description="Original file name (metadata only).")
    content_hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$", description="SHA-256 of the raw bytes.")
    received_at: AwareDatetime = Field(description="When the ingest service received the file.")
    urgency: int | None = Field(
        default=None,
        ge=1,
        le=9,
        description="IPTC urgency, 1 most urgent to 9 least: as the format states it, else 1 for a FLAŞ, 2 for "
        "SON DAKİKA, 3 for ACİL headline prefixes; None when nothing says.",
    )
    headline_only: bool = Field(
        default=False, description="A flash or urgent: a headline with no text (body empty, lead None)."
    )
    pubstatus: PubStatus = Field(
        default="usable", description="'canceled' or 'withheld' takes the story out of search (a kill or a hold)."
    )
    embargoed: bool = Field(default=False, description="Held from publication: until embargoed_until, if given.")
    embargoed_until: AwareDatetime | None = Field(
        default=None,
        description="Release time of an embargoed item; None with embargoed=True means until a later version "
        "lifts the embargo.",
    )
    agency_entities: list[AgencyEntity] = Field(
        default_factory=list, description="People, organisations and places the agency marked in the item."
    )
    keywords: list[str] = Field(default_factory=list, description="Keywords the agency supplies.")
    slugline: str | None = Field(default=None, description="The agency's slug of the story, e.g. 'US-Finance-Fed'.")
    editorial_note: str | None = Field(default=None, description="Note to editors (not for publication).")
    priority: int | None = Field(
        default=None, ge=1, le=9, description="The agency's own priority where it sends one besides urgency."
    )
    run_id: str | None = Field(
        default=None,
        max_length=100,
        description="Submission the file came with (inbox header 'run-id', e.g. a `newswire demo` run): tracing.",
    )

    @property
    def text(self) -> str:
        """Headline, lead and body joined as the taggers see them."""
        parts = [self.headline, self.lead or "", self.body]
        return "\n\n".join(p for p in parts if p)
